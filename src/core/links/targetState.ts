/**
 * What the link index knows about each link target (a link key): the in-scope notes linking to it,
 * on which lines, the catalog service it names, and its cached status. `TargetStates` tracks the
 * keys, registers each note's links with them, and marks dirty the keys whose answer may have
 * changed; `refresh` recomputes only those. `LinkIndex` decides what a status is; `TargetList`
 * lists the unresolved keys.
 */

import type { Link } from "../note/types";
import { findService, findServices, type ServiceEntry } from "./catalog";
import { attachmentExtension, folderOf, joinRelative, linkKey } from "./resolve";
import type { MissingTarget } from "./targetList";

export type TargetKind = "missing" | "alias" | "empty" | "same-service";

/** What a key that needs attention points at; a key that resolves to a note with content has none. */
export interface Status {
	kind: TargetKind;
	note: string | null;
}

/**
 * One source note's links to one key. Reference objects are built only when `targets()` lists the
 * key (most links resolve and are never listed), so this keeps line numbers and raw line texts:
 * the first inline (most notes link to a target from one line), any further ones in `more`.
 */
export interface SourceLinks {
	/** The key's state. */
	ks: KeyState;
	/** The linking note. */
	path: string;
	/** The link path as written in this source (first occurrence). */
	target: string;
	/** 1-based line of the first linking line, and its raw text. */
	line: number;
	text: string;
	/** Further linking lines (ascending) and their texts, or null. */
	more: { lines: number[]; texts: string[] } | null;
}

/** Everything known about one link key, so that a link costs one map lookup. */
export interface KeyState {
	key: string;
	/** Last path segment of the key (to invalidate on file events). */
	name: string;
	/**
	 * Each linking note's links to this key, in no particular order. An array, not a map: adding
	 * is the hot path (every link of every note at start-up); removing scans it, which is cheap even
	 * for a target linked from thousands of notes.
	 */
	sources: SourceLinks[];
	/** Catalog service of the first spelling: undefined until needed (most keys resolve and never need it). */
	service: ServiceEntry | null | undefined;
	/** Needs recomputing. */
	dirty: boolean;
	/** Null when it resolves to a note with content. */
	status: Status | null;
	/** The built list entry while unresolved; dropped when recomputed. */
	listed: MissingTarget | null;
}

/** Notes with more links than this find a key's entry through a map rather than a scan. */
const SCAN_LIMIT = 12;

/** A note's links to a key already seen in that note: one more linking line. */
function addLine(entry: SourceLinks, line: number, lineText: (line: number) => string): void {
	const more = entry.more;
	const last = more === null ? entry.line : more.lines[more.lines.length - 1];
	if (last === line) return;
	const text = lineText(line);
	if (more === null) entry.more = { lines: [line], texts: [text] };
	else {
		more.lines.push(line);
		more.texts.push(text);
	}
}

/** The key a link is grouped under, or null for links that cannot be missing notes. */
function keyOfLink(link: Link, path: string): string | null {
	if (link.external || link.target === "") return null;
	let target = link.target;
	if (target.charCodeAt(0) === 46 /* . */ && (target.startsWith("./") || target.startsWith("../"))) {
		const joined = joinRelative(folderOf(path), target);
		if (joined === null) return null;
		target = joined;
	}
	if (attachmentExtension(target) !== null) return null; // embeds and links to attachments are not notes
	const key = linkKey(target);
	return key === "" ? null : key;
}

export class TargetStates {
	/** link key → state; present while at least one in-scope note links to it */
	private keys = new Map<string, KeyState>();
	/**
	 * last path segment → states of keys with a folder part (`aws/amazon s3`), to invalidate on
	 * file events. A key without one is its own name, found in `keys` directly.
	 */
	private keysByName = new Map<string, Set<KeyState>>();
	/** catalog service id → key states naming it */
	private keysByService = new Map<string, Set<KeyState>>();
	/** Set once a key's service was looked up: from then on new files invalidate keys by service. */
	servicesInUse = false;
	private dirty: KeyState[] = [];
	/** Keys whose status is not null (they need attention). */
	readonly unresolved = new Set<KeyState>();
	/** Keys recomputed or dropped since the last listing (`TargetList` consumes and clears it). */
	readonly changed = new Set<KeyState>();

	/** @param compute A key's status from the current files, aliases and services. */
	constructor(private readonly compute: (ks: KeyState) => Status | null) {}

	/** Number of distinct keys linked from in-scope notes. */
	get size(): number {
		return this.keys.size;
	}

	get(key: string): KeyState | undefined {
		return this.keys.get(key);
	}

	// --- Links -------------------------------------------------------------------------------------

	/** A note's links, one entry per key, each registered with its key's state. */
	collect(path: string, links: readonly Link[], lineText: (line: number) => string): SourceLinks[] {
		const out: SourceLinks[] = [];
		let byKey: Map<string, SourceLinks> | null = null;
		for (const link of links) {
			const key = keyOfLink(link, path);
			if (key === null) continue;
			let entry: SourceLinks | undefined;
			if (byKey !== null) entry = byKey.get(key);
			else for (let i = 0; i < out.length; i++) if (out[i].ks.key === key) entry = out[i];
			if (entry !== undefined) {
				addLine(entry, link.line, lineText);
				continue;
			}
			const ks = this.keys.get(key) ?? this.track(key);
			const target = link.target.endsWith(".md") ? link.target.slice(0, -3) : link.target;
			entry = { ks, path, target, line: link.line, text: lineText(link.line), more: null };
			ks.sources.push(entry);
			this.markDirty(ks);
			out.push(entry);
			if (byKey !== null) byKey.set(key, entry);
			else if (out.length > SCAN_LIMIT) byKey = new Map(out.map((e) => [e.ks.key, e]));
		}
		return out;
	}

	/** Unregister a note's links (as `collect` returned them); keys no note links to any more are dropped. */
	release(entries: readonly SourceLinks[]): void {
		for (const entry of entries) {
			const ks = entry.ks;
			const i = ks.sources.indexOf(entry);
			if (i !== -1) {
				// Swap-remove: order does not matter (listings sort by path).
				ks.sources[i] = ks.sources[ks.sources.length - 1];
				ks.sources.pop();
			}
			if (ks.sources.length === 0) this.untrack(ks);
			else this.markDirty(ks);
		}
	}

	private track(key: string): KeyState {
		const ks: KeyState = {
			key,
			name: key.slice(key.lastIndexOf("/") + 1),
			sources: [],
			service: undefined,
			dirty: false,
			status: null,
			listed: null,
		};
		this.keys.set(key, ks);
		if (ks.name !== key) {
			let byName = this.keysByName.get(ks.name);
			if (!byName) this.keysByName.set(ks.name, (byName = new Set()));
			byName.add(ks);
		}
		return ks;
	}

	private untrack(ks: KeyState): void {
		this.keys.delete(ks.key);
		if (ks.name !== ks.key) {
			const byName = this.keysByName.get(ks.name);
			byName?.delete(ks);
			if (byName?.size === 0) this.keysByName.delete(ks.name);
		}
		if (ks.service) this.keysByService.get(ks.service.id)?.delete(ks);
		this.unresolved.delete(ks);
		ks.listed = null;
		this.changed.add(ks);
	}

	/** The catalog service a key names (looked up once, when first needed). */
	serviceOf(ks: KeyState, target: string): ServiceEntry | null {
		if (ks.service === undefined) {
			this.servicesInUse = true;
			ks.service = findService(target);
			if (ks.service) {
				let bySvc = this.keysByService.get(ks.service.id);
				if (!bySvc) this.keysByService.set(ks.service.id, (bySvc = new Set()));
				bySvc.add(ks);
			}
		}
		return ks.service;
	}

	// --- Invalidation ------------------------------------------------------------------------------

	private markDirty(ks: KeyState): void {
		if (ks.dirty) return;
		ks.dirty = true;
		this.dirty.push(ks);
	}

	invalidateKey(key: string): void {
		const ks = this.keys.get(key);
		if (ks) this.markDirty(ks);
	}

	invalidateName(nameKey: string): void {
		const own = this.keys.get(nameKey);
		if (own) this.markDirty(own);
		const set = this.keysByName.get(nameKey);
		if (set) for (const ks of set) this.markDirty(ks);
	}

	/** Re-check the keys naming the service a note name stands for. */
	invalidateServiceOf(name: string): void {
		for (const svc of findServices(name)) this.invalidateService(svc.id);
	}

	invalidateService(id: string): void {
		const set = this.keysByService.get(id);
		if (set) for (const ks of set) this.markDirty(ks);
	}

	/** Bring cached statuses up to date; costs O(changed keys). */
	refresh(): void {
		if (this.dirty.length === 0) return;
		for (const ks of this.dirty) {
			ks.dirty = false;
			if (ks.sources.length === 0) continue; // untracked meanwhile
			ks.status = this.compute(ks);
			ks.listed = null;
			this.changed.add(ks);
			if (ks.status === null) this.unresolved.delete(ks);
			else this.unresolved.add(ks);
		}
		this.dirty.length = 0;
	}
}
