/**
 * Which notes are "AWS notes": the ones the template check, the missing-notes analysis and the
 * status bar look at. The seed's vault keeps them under `AWS/<Category>/...`; other vaults name
 * them by the bare service ("Lambda.md", "SQS.md") in numbered folders, or tag every note `#AWS`.
 * So a note counts by folder, by tag, by a name prefix ("Amazon ...", "AWS ..."), or because its
 * name or an alias is a catalog service name; and README, index / MOC and hub notes (mostly links
 * to other notes) are left out whatever else they match. Each decision keeps its reason, for the
 * settings ("which rule made this an AWS note").
 */

import { findServices } from "./links/catalog";
import { isNavigationName } from "./links/hubNote";

export interface ScopeSettings {
	/** Folder names (any depth) or folder paths from the vault root (containing `/`, or starting with it: `/AWS`) whose notes are in scope. */
	includeFolders: string[];
	/** Same forms; an excluded folder wins over an included one. */
	excludeFolders: string[];
	/** Tags (without `#`) that put a note in scope; nested tags (`aws/storage`) count for their parent. */
	tags: string[];
	/** File name or alias prefixes that put a note in scope (case-insensitive). */
	namePrefixes: string[];
	/** A note whose name or alias is a catalog service name ("Lambda", "SQS", "Elastic File System") is in scope (default true). */
	serviceNames?: boolean;
}

export const DEFAULT_SCOPE: ScopeSettings = {
	includeFolders: ["AWS"],
	excludeFolders: ["Templates"],
	tags: ["aws"],
	namePrefixes: ["Amazon ", "AWS "],
	serviceNames: true,
};

/** "a, b or c" (`word` "or"), "a, b and c" (`word` "and"). */
function joinList(items: readonly string[], word = "or"): string {
	return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/**
 * Why a vault has no AWS note, from the scope rules in force: "no note is in a folder named AWS,
 * tagged #aws, ... README, index and hub notes and the Templates folder never count." The CLI and
 * the panel say the same.
 */
export function noAwsNotesReason(scope: ScopeSettings): string {
	const rules: string[] = [];
	const folders = scope.includeFolders.map((f) => f.trim()).filter((f) => f !== "");
	if (folders.length > 0) rules.push(`in a folder named ${joinList(folders)}`);
	const tags = scope.tags.map((t) => t.trim().replace(/^#/, "")).filter((t) => t !== "");
	if (tags.length > 0) rules.push(`tagged ${joinList(tags.map((t) => `#${t}`))}`);
	const prefixes = scope.namePrefixes.map((p) => p.trim()).filter((p) => p !== "");
	if (prefixes.length > 0) rules.push(`named ${joinList(prefixes.map((p) => `"${p} ..."`))}`);
	if (scope.serviceNames !== false) rules.push('named after an AWS service ("Lambda", "SQS")');
	const excluded = scope.excludeFolders.map((f) => f.trim()).filter((f) => f !== "");
	const never = `README, index and hub notes${excluded.length > 0 ? ` and the ${joinList(excluded, "and")} folder${excluded.length > 1 ? "s" : ""}` : ""} never count.`;
	if (rules.length === 0) return `the scope names no folder, tag or name rule, so no note can count. ${never}`;
	const said = rules.length === 1 ? rules[0] : `${rules.slice(0, -1).join(", ")}, or ${rules[rules.length - 1]}`;
	return `no note is ${said}. ${never}`;
}

/** What scope needs to know about a note besides its path. */
export interface ScopeFacts {
	aliases: readonly string[];
	/** Tags without `#`, any case. */
	tags: readonly string[];
	/** The note is mostly a list of links to other notes (see `isHubNote`). */
	hub?: boolean;
}

/** The rule that put a note in scope, or kept it out (`none`: no rule matched). */
export type ScopeRule = "folder" | "tag" | "prefix" | "service-name" | "excluded" | "navigation" | "hub";

/** Why a note is, or is not, an AWS note: the rule, and the folder, tag, prefix or name it matched. */
export type ScopeReason = { rule: ScopeRule; value: string } | { rule: "none"; value: "" };

export interface ScopeDecision {
	inScope: boolean;
	reason: ScopeReason;
}

/** A scope with its lists normalised once, so that matching 10,000 paths stays cheap. */
export interface CompiledScope {
	decide(path: string, facts: ScopeFacts): ScopeDecision;
	inScope(path: string, facts: ScopeFacts): boolean;
	isExcluded(path: string): boolean;
}

/** One line for the settings and the CLI: "in the folder AWS", "left out: mostly links to other notes". */
export function describeScopeReason(reason: ScopeReason): string {
	switch (reason.rule) {
		case "folder":
			return `in the folder ${reason.value}`;
		case "tag":
			return `tagged #${reason.value}`;
		case "prefix":
			return `name or alias starts with "${reason.value.trim()}"`;
		case "service-name":
			return `named after the service ${reason.value}`;
		case "excluded":
			return `left out: ${reason.value}`;
		case "navigation":
			return "left out: a README or index note";
		case "hub":
			return "left out: mostly links to other notes (a hub note)";
		case "none":
			return "not an AWS note";
	}
}

const IN = (reason: ScopeReason): ScopeDecision => ({ inScope: true, reason });
const OUT = (reason: ScopeReason): ScopeDecision => ({ inScope: false, reason });
const NONE: ScopeDecision = OUT({ rule: "none", value: "" });

function cleanFolder(f: string): string {
	return f.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "").toLowerCase();
}

/** Compile scope settings; `extraExcludedPaths` (e.g. the template note) are never in scope. */
export function compileScope(settings: ScopeSettings, extraExcludedPaths: readonly string[] = []): CompiledScope {
	// "AWS" is a folder name at any depth; "Study/AWS" or "/AWS" (leading slash) a path from the vault root.
	const split = (folders: string[]): [Set<string>, string[]] => {
		const names = new Set<string>();
		const paths: string[] = [];
		for (const raw of folders) {
			const f = cleanFolder(raw);
			if (f === "") continue;
			if (f.includes("/") || /^\s*[\\/]/.test(raw)) paths.push(f + "/");
			else names.add(f);
		}
		return [names, paths];
	};
	const [includeNames, includePaths] = split(settings.includeFolders);
	const [excludeNames, excludePaths] = split(settings.excludeFolders);
	const tags = settings.tags.map((t) => t.trim().replace(/^#/, "").toLowerCase()).filter(Boolean);
	const prefixes = settings.namePrefixes.map((p) => p.toLowerCase()).filter((p) => p.trim() !== "");
	const excludedFiles = new Set(extraExcludedPaths.map((p) => p.toLowerCase()));

	// A folder name matches as the first segment ("aws/...") or a later one (".../aws/..."); the
	// strings are built once here, not per path.
	const segments = (names: Set<string>): { first: string[]; inner: string[] } => ({
		first: [...names].map((n) => n + "/"),
		inner: [...names].map((n) => "/" + n + "/"),
	});
	const includeSegments = segments(includeNames);
	const excludeSegments = segments(excludeNames);
	/** The folder name or path that matches, as the user wrote it in settings, or null. */
	const folderMatch = (lowerPath: string, names: { first: string[]; inner: string[] }, paths: string[]): string | null => {
		for (let i = 0; i < names.first.length; i++) {
			if (lowerPath.startsWith(names.first[i]) || lowerPath.includes(names.inner[i])) return names.first[i].slice(0, -1);
		}
		for (const p of paths) if (lowerPath.startsWith(p)) return p.slice(0, -1);
		return null;
	};
	const original = (folders: string[], match: string): string => folders.find((f) => cleanFolder(f) === match)?.trim().replace(/^\/+|\/+$/g, "") ?? match;

	const excludedLower = (lower: string): boolean => excludedFiles.has(lower) || folderMatch(lower, excludeSegments, excludePaths) !== null;
	const isExcluded = (path: string): boolean => excludedLower(path.toLowerCase());

	const decide = (path: string, facts: ScopeFacts): ScopeDecision => {
		const lower = path.toLowerCase();
		if (excludedFiles.has(lower)) return OUT({ rule: "excluded", value: "the template note" });
		const excludedBy = folderMatch(lower, excludeSegments, excludePaths);
		if (excludedBy !== null) return OUT({ rule: "excluded", value: `in the excluded folder ${original(settings.excludeFolders, excludedBy)}` });
		const why = ruleFor(path, lower, facts);
		if (why === null) return NONE;
		// Notes that would count but are navigation, not service notes.
		if (isNavigationName(path)) return OUT({ rule: "navigation", value: "" });
		if (facts.hub) return OUT({ rule: "hub", value: "" });
		return IN(why);
	};

	/** The first rule that makes the note an AWS note, or null. */
	const ruleFor = (path: string, lower: string, facts: ScopeFacts): ScopeReason | null => {
		const folder = folderMatch(lower, includeSegments, includePaths);
		if (folder !== null) return { rule: "folder", value: original(settings.includeFolders, folder) };
		for (const t of facts.tags) {
			const tag = t.replace(/^#/, "").toLowerCase();
			for (const want of tags) if (tag === want || tag.startsWith(want + "/")) return { rule: "tag", value: t.replace(/^#/, "") };
		}
		const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
		if (prefixes.length > 0) {
			for (const n of [base, ...facts.aliases]) {
				const nl = n.toLowerCase();
				for (const p of prefixes) if (nl.startsWith(p)) return { rule: "prefix", value: settings.namePrefixes.find((x) => x.toLowerCase() === p) ?? p };
			}
		}
		if (settings.serviceNames !== false) {
			for (const n of [base, ...facts.aliases]) {
				const services = findServices(n);
				if (services.length > 0) return { rule: "service-name", value: services.map((e) => e.name).join(", ") };
			}
		}
		return null;
	};

	return {
		isExcluded,
		decide,
		inScope: (path, facts) => decide(path, facts).inScope,
	};
}
