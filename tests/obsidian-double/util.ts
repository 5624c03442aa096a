/**
 * Obsidian's free functions that do not need the DOM or the vault.
 */
import { host } from "./host";
import { parse as parseYamlText, stringify as stringifyYamlText } from "yaml";

/** The obsidian.d.ts version the double follows. */
export const apiVersion = "1.12.3";

export function requireApiVersion(version: string): boolean {
	const a = version.split(".").map(Number);
	const b = apiVersion.split(".").map(Number);
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const x = a[i] ?? 0;
		const y = b[i] ?? 0;
		if (x !== y) return x < y;
	}
	return true;
}

/**
 * Obsidian's own logic: slashes (and backslashes) collapsed to one `/`, no leading or trailing slash,
 * the empty path becomes the root `/`, non-breaking spaces become spaces, then Unicode NFC.
 */
export function normalizePath(path: string): string {
	let p = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
	if (p === "") p = "/";
	p = p.replace(/\u00A0|\u202F/g, " ");
	return p.normalize("NFC");
}

export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

/**
 * Real timers from the global `setTimeout` at call time, so `vi.useFakeTimers()` controls them.
 * Without `resetTimer`, calls while a run is pending only replace the arguments; with it, each call
 * restarts the wait.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pendingArgs: T | null = null;
	const fire = (): V | void => {
		timer = null;
		if (!pendingArgs) return;
		const args = pendingArgs;
		pendingArgs = null;
		return cb(...args);
	};
	const debounced = function (...args: [...T]) {
		pendingArgs = args;
		if (timer !== null && resetTimer) {
			host.clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = host.setTimeout(fire, timeout);
		return debounced;
	} as Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) host.clearTimeout(timer);
		timer = null;
		pendingArgs = null;
		return debounced;
	};
	debounced.run = () => {
		if (timer === null) return;
		host.clearTimeout(timer);
		return fire();
	};
	return debounced;
}

/** `Note#Heading` → `{ path: "Note", subpath: "#Heading" }`. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const i = linktext.indexOf("#");
	if (i < 0) return { path: linktext, subpath: "" };
	return { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}

export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

export function stripHeading(heading: string): string {
	return heading.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, " ").replace(/\s+/g, " ").trim();
}

export function stripHeadingForLink(heading: string): string {
	return heading.replace(/[#|^\\%[\]:]/g, " ").replace(/\s+/g, " ").trim();
}

export function parseYaml(yaml: string): any {
	return parseYamlText(yaml);
}

export function stringifyYaml(obj: any): string {
	return stringifyYamlText(obj);
}

export interface FrontMatterInfo {
	exists: boolean;
	frontmatter: string;
	from: number;
	to: number;
	contentStart: number;
}

export function getFrontMatterInfo(content: string): FrontMatterInfo {
	const none: FrontMatterInfo = { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const lineRe = /([^\r\n]*)(\r\n|\r|\n|$)/g;
	let first = true;
	let from = 0;
	for (let m = lineRe.exec(content); m && m[0].length > 0; m = lineRe.exec(content)) {
		const isFence = m[1].trimEnd() === "---";
		if (first) {
			if (!isFence) return none;
			first = false;
			from = m.index + m[0].length;
		} else if (isFence) {
			return { exists: true, frontmatter: content.slice(from, m.index), from, to: m.index, contentStart: m.index + m[0].length };
		}
	}
	return none;
}

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

export interface RequestUrlParam {
	url: string;
	method?: string;
	contentType?: string;
	body?: string | ArrayBuffer;
	headers?: Record<string, string>;
	throw?: boolean;
}

/** Double-only: every network request the code under test attempted (all of them throw). */
export const networkAttempts: string[] = [];

/** The plugin must make no network request: any attempt throws, and is recorded in `networkAttempts`. */
export function requestUrl(request: RequestUrlParam | string): never {
	const url = typeof request === "string" ? request : request.url;
	networkAttempts.push(url);
	throw new Error(`obsidian double: network access is not allowed (requestUrl ${url})`);
}

export function request(request: RequestUrlParam | string): never {
	return requestUrl(request);
}

export type SearchMatchPart = [number, number];
export type SearchMatches = SearchMatchPart[];
export interface SearchResult {
	score: number;
	matches: SearchMatches;
}

/** Every space-separated word of the query must occur in the text (case-insensitive). */
export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
	return (text: string) => {
		const lower = text.toLowerCase();
		const matches: SearchMatches = [];
		for (const w of words) {
			const i = lower.indexOf(w);
			if (i < 0) return null;
			matches.push([i, i + w.length]);
		}
		matches.sort((a, b) => a[0] - b[0]);
		return { score: -matches.reduce((s, m) => s + m[0], 0) / Math.max(1, text.length), matches };
	};
}

/** The query's characters must appear in order; fewer and shorter gaps score higher (scores are ≤ 0). */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	return (text: string) => {
		const lower = text.toLowerCase();
		const matches: SearchMatches = [];
		let from = 0;
		let gaps = 0;
		for (const ch of q) {
			const i = lower.indexOf(ch, from);
			if (i < 0) return null;
			const last = matches[matches.length - 1];
			if (last && last[1] === i) last[1] = i + 1;
			else {
				if (last) gaps += i - last[1];
				matches.push([i, i + 1]);
			}
			from = i + 1;
		}
		return { score: -(matches.length - 1) - gaps / 100 - (matches[0]?.[0] ?? 0) / 1000, matches };
	};
}

export function sortSearchResults(results: { match: SearchResult }[]): void {
	results.sort((a, b) => b.match.score - a.match.score);
}

export function getLanguage(): string {
	return "en";
}

export function arrayBufferToBase64(buffer: ArrayBuffer): string {
	let s = "";
	for (const b of new Uint8Array(buffer)) s += String.fromCharCode(b);
	return btoa(s);
}

export function base64ToArrayBuffer(base64: string): ArrayBuffer {
	const s = atob(base64);
	const out = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
	return out.buffer;
}

export function arrayBufferToHex(data: ArrayBuffer): string {
	return Array.from(new Uint8Array(data), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function hexToArrayBuffer(hex: string): ArrayBuffer {
	const out = new Uint8Array(hex.length / 2);
	for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
	return out.buffer;
}
