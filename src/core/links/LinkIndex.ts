/**
 * The missing-notes analysis, kept incrementally: which `[[targets]]` of AWS notes have no note,
 * match only an alias, point at an empty note, or name a service the vault already has under
 * another name.
 *
 * Why incremental: the plugin keeps this current as notes change, and a vault can hold 10,000
 * notes. Each update touches only the changed note's links and the targets whose answer can
 * change (same name, same alias, same service); nothing walks the whole vault per event.
 */

import type { Link } from "../note/types";
import { findService, findServices, isServiceName, noteNamesFor, type ServiceEntry } from "./catalog";
import { FileSet, attachmentExtension, folderOf, joinRelative, linkKey } from "./resolve";

export type TargetKind = "missing" | "alias" | "empty" | "same-service";

export interface Reference {
	/** Vault path of the linking note. */
	path: string;
	/** 1-based line of the link. */
	line: number;
	/** The linking line's text, trimmed (shown in the panel). */
	text: string;
}

export interface MissingTarget {
	/** Grouping key (see `linkKey`). */
	key: string;
	/** The link path as written, first spelling seen. */
	target: string;
	kind: TargetKind;
	/** True when the target names an AWS service (catalog or naming pattern). */
	service: boolean;
	/** For `alias`, `empty` and `same-service`: the existing note the target really means. */
	note: string | null;
	/** Every linking line, ordered by path then line. */
	references: Reference[];
}

/** What the index needs to know about one markdown note. */
export interface NoteLinkFacts {
	/** Whether the note is an AWS note; only AWS notes' links are analysed. */
	inScope: boolean;
	links: readonly Link[];
	/** The text of a 1-based line, for reference texts (only read for lines with links of in-scope notes). */
	lineText: (line: number) => string;
	aliases: readonly string[];
	/** No content beyond frontmatter and blank lines. */
	empty: boolean;
	/** Mostly links to other notes (a hub or overview note): never stands in for a service. */
	hub?: boolean;
}

/** Resolve a link path from a source note to a vault path (Obsidian's rules), or null. */
export type Resolver = (linkpath: string, sourcePath: string) => string | null;

interface Status {
	kind: TargetKind;
	note: string | null;
}

const MAX_REF_TEXT = 300;

/** A note name that may name several services ("AWS Shield & WAF"). */
const COMBINED = /[&+,;]|\band\b/;

/**
 * One source note's links to one key. Reference objects are built only when `targets()` lists the
 * key (most links resolve and are never listed), so this keeps line numbers and raw line texts:
 * the first inline (most notes link to a target from one line), any further ones in `more`.
 */
interface SourceLinks {
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

/** A note's links to a key already seen in that note: one more linking line. */
function addLine(entry: SourceLinks, line: number, facts: NoteLinkFacts): void {
	const more = entry.more;
	const last = more === null ? entry.line : more.lines[more.lines.length - 1];
	if (last === line) return;
	const text = facts.lineText(line);
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

/** `.md`, in any case. */
function isMarkdown(path: string): boolean {
	const n = path.length;
	return n > 3 && path.charCodeAt(n - 3) === 46 && (path.charCodeAt(n - 2) | 32) === 109 && (path.charCodeAt(n - 1) | 32) === 100;
}

/** Notes about one service before combined notes ("Amazon ECS & EKS"), then by path; sorts in place. */
function singleServiceFirst(paths: string[]): string[] {
	const combined = (p: string): number => (COMBINED.test(FileSet.nameKey(p)) ? 1 : 0);
	return paths.sort((a, b) => combined(a) - combined(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Notes with more links than this find a key's entry through a map rather than a scan. */
const SCAN_LIMIT = 12;

/** Most referenced first, then by name (code units: localeCompare is far slower), then by key. */
function compareTargets(a: MissingTarget, b: MissingTarget): number {
	const d = b.references.length - a.references.length;
	if (d !== 0) return d;
	if (a.target !== b.target) return a.target < b.target ? -1 : 1;
	return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Everything known about one link key, so that a link costs one map lookup. */
interface KeyState {
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
	/** Names a service (catalog or naming pattern): undefined until listed. */
	serviceNamed: boolean | undefined;
	/** Needs recomputing. */
	dirty: boolean;
	/** Null when it resolves to a note with content. */
	status: Status | null;
	/** The built list entry while unresolved; dropped when recomputed. */
	listed: MissingTarget | null;
}

export class LinkIndex {
	readonly files = new FileSet();
	private readonly resolver: Resolver;
	/** source path → its links, one entry per key (in-scope notes only) */
	private outgoing = new Map<string, SourceLinks[]>();
	/** link key → state; present while at least one in-scope note links to it */
	private keys = new Map<string, KeyState>();
	/** alias key → note paths that carry it */
	private aliasOwners = new Map<string, Set<string>>();
	private aliasesOf = new Map<string, string[]>();
	private emptyFiles = new Set<string>();
	private hubFiles = new Set<string>();
	/**
	 * catalog service id → notes whose (combined) name names it: "Elastic Load Balancing (ELB) &
	 * Auto Scaling". Notes with plain names are found through `noteNamesFor` lookups instead.
	 */
	private combinedByService = new Map<string, Set<string>>();
	/** Set once a key's service was looked up: from then on new files invalidate keys by service. */
	private servicesInUse = false;
	/**
	 * last path segment → states of keys with a folder part (`aws/amazon s3`), to invalidate on
	 * file events. A key without one is its own name, found in `keys` directly.
	 */
	private keysByName = new Map<string, Set<KeyState>>();
	/** catalog service id → key states naming it */
	private keysByService = new Map<string, Set<KeyState>>();
	private dirty: KeyState[] = [];
	private unresolved = new Set<KeyState>();
	/** The last sorted list, and the keys recomputed or dropped since (see `targets`). */
	private sorted: MissingTarget[] | null = null;
	private changed = new Set<KeyState>();

	constructor(resolver?: Resolver) {
		this.resolver = resolver ?? ((linkpath, source) => this.files.resolve(linkpath, source));
	}

	// --- Files -------------------------------------------------------------------------------------

	addFile(path: string): void {
		const name = this.files.add(path);
		if (isMarkdown(path)) this.fileServices(path, name, true);
		this.invalidateName(name);
	}

	removeFile(path: string): void {
		this.files.remove(path);
		this.removeNote(path);
		this.emptyFiles.delete(path);
		this.hubFiles.delete(path);
		const name = FileSet.nameKey(path);
		if (isMarkdown(path)) this.fileServices(path, name, false);
		this.invalidateName(name);
	}

	/**
	 * Keep same-service detection current for a note added or removed. Catalog look-ups per file
	 * are only paid for combined names, or once keys have asked for services (after the first
	 * listing): the initial bulk load of a large vault does none.
	 */
	private fileServices(path: string, name: string, added: boolean): void {
		const combined = COMBINED.test(name);
		if (!combined && !this.servicesInUse) return;
		// A combined note ("Amazon ECS & EKS") stands for every service it names.
		for (const svc of findServices(name)) {
			if (combined) {
				let set = this.combinedByService.get(svc.id);
				if (!set) this.combinedByService.set(svc.id, (set = new Set()));
				if (added) set.add(path);
				else set.delete(path);
			}
			this.invalidateService(svc.id);
		}
	}

	renameFile(oldPath: string, newPath: string): void {
		const aliases = this.aliasesOf.get(oldPath) ?? [];
		const wasEmpty = this.emptyFiles.has(oldPath);
		const wasHub = this.hubFiles.has(oldPath);
		this.removeFile(oldPath);
		this.addFile(newPath);
		if (wasEmpty) this.emptyFiles.add(newPath);
		if (wasHub) this.hubFiles.add(newPath);
		if (aliases.length > 0) this.setAliases(newPath, aliases);
		// Outgoing links are re-sent by the caller through `setNote`: the text is the same, but
		// relative links and the scope may differ in the new folder.
	}

	// --- Notes -------------------------------------------------------------------------------------

	/** Record (or replace) what a note says: its links when in scope, its aliases, its emptiness. */
	setNote(path: string, facts: NoteLinkFacts): void {
		if (!this.files.has(path)) this.addFile(path);
		this.removeOutgoing(path);
		if (facts.inScope && facts.links.length > 0) {
			const out = this.collect(path, facts);
			if (out.length > 0) this.outgoing.set(path, out);
		}
		this.setAliases(path, facts.aliases);
		const wasEmpty = this.emptyFiles.has(path);
		const hub = facts.hub === true;
		const wasHub = this.hubFiles.has(path);
		if (facts.empty !== wasEmpty || hub !== wasHub) {
			if (facts.empty) this.emptyFiles.add(path);
			else this.emptyFiles.delete(path);
			if (hub) this.hubFiles.add(path);
			else this.hubFiles.delete(path);
			// Keys resolving to it, and keys it stands in for as the same service, may change kind.
			const name = FileSet.nameKey(path);
			this.invalidateName(name);
			if (this.servicesInUse) this.invalidateServiceOf(name);
		}
	}

	/** A note's links, one entry per key, each registered with its key's state. */
	private collect(path: string, facts: NoteLinkFacts): SourceLinks[] {
		const out: SourceLinks[] = [];
		let byKey: Map<string, SourceLinks> | null = null;
		for (const link of facts.links) {
			const key = keyOfLink(link, path);
			if (key === null) continue;
			let entry: SourceLinks | undefined;
			if (byKey !== null) entry = byKey.get(key);
			else for (let i = 0; i < out.length; i++) if (out[i].ks.key === key) entry = out[i];
			if (entry !== undefined) {
				addLine(entry, link.line, facts);
				continue;
			}
			const ks = this.keys.get(key) ?? this.trackKey(key);
			const target = link.target.endsWith(".md") ? link.target.slice(0, -3) : link.target;
			entry = { ks, path, target, line: link.line, text: facts.lineText(link.line), more: null };
			ks.sources.push(entry);
			this.markDirty(ks);
			out.push(entry);
			if (byKey !== null) byKey.set(key, entry);
			else if (out.length > SCAN_LIMIT) byKey = new Map(out.map((e) => [e.ks.key, e]));
		}
		return out;
	}

	/** Forget a note's links and aliases (the file may still exist). */
	removeNote(path: string): void {
		this.removeOutgoing(path);
		this.setAliases(path, []);
	}

	private removeOutgoing(path: string): void {
		const old = this.outgoing.get(path);
		if (!old) return;
		this.outgoing.delete(path);
		for (const entry of old) {
			const ks = entry.ks;
			const i = ks.sources.indexOf(entry);
			if (i !== -1) {
				// Swap-remove: order does not matter (listings sort by path).
				ks.sources[i] = ks.sources[ks.sources.length - 1];
				ks.sources.pop();
			}
			if (ks.sources.length === 0) this.untrackKey(ks);
			else this.markDirty(ks);
		}
	}

	private setAliases(path: string, aliases: readonly string[]): void {
		const before = this.aliasesOf.get(path);
		if (aliases.length === 0 && before === undefined) return;
		const after = [...new Set(aliases.map(linkKey).filter((a) => a !== ""))];
		const prev = before ?? [];
		if (prev.length === after.length && prev.every((a, i) => a === after[i])) return;
		for (const a of prev) {
			const set = this.aliasOwners.get(a);
			set?.delete(path);
			if (set && set.size === 0) this.aliasOwners.delete(a);
			this.invalidateKey(a);
		}
		for (const a of after) {
			let set = this.aliasOwners.get(a);
			if (!set) this.aliasOwners.set(a, (set = new Set()));
			set.add(path);
			this.invalidateKey(a);
		}
		if (after.length > 0) this.aliasesOf.set(path, after);
		else this.aliasesOf.delete(path);
	}

	// --- Invalidation ------------------------------------------------------------------------------

	private trackKey(key: string): KeyState {
		const ks: KeyState = {
			key,
			name: key.slice(key.lastIndexOf("/") + 1),
			sources: [],
			service: undefined,
			serviceNamed: undefined,
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

	/** The catalog service a key names (looked up once, when first needed). */
	private serviceOf(ks: KeyState, target: string): ServiceEntry | null {
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

	/** Existing notes (with content) named after a service, sorted. */
	private notesOfService(svc: ServiceEntry): string[] {
		const found = new Set<string>();
		for (const name of noteNamesFor(svc)) {
			for (const p of this.files.byLinkName(name)) if (p.toLowerCase().endsWith(".md")) found.add(p);
		}
		for (const p of this.combinedByService.get(svc.id) ?? []) found.add(p);
		// Hub notes never stand in for a service; a note about this service alone comes before a combined one.
		return singleServiceFirst([...found].filter((f) => !this.emptyFiles.has(f) && !this.hubFiles.has(f)));
	}

	/**
	 * Every note about a service, for exam coverage: notes named after it (any of its names), notes
	 * carrying one of its names as an alias, and combined notes naming it ("Amazon ECS & EKS"). A name
	 * only counts when the catalog reads it as this service ("Backup.md" is not AWS Backup). Hub notes
	 * never count; empty notes do (see `isEmpty`). Sorted: single-service notes first, then by path.
	 */
	notesAbout(svc: ServiceEntry): string[] {
		const found = new Set<string>();
		const names = (p: string, name: string): void => {
			if (!this.hubFiles.has(p) && findServices(name).includes(svc)) found.add(p);
		};
		for (const name of noteNamesFor(svc)) {
			for (const p of this.files.byLinkName(name)) if (p.toLowerCase().endsWith(".md")) names(p, name);
			for (const p of this.aliasOwners.get(name) ?? []) names(p, name);
		}
		for (const p of this.combinedByService.get(svc.id) ?? []) if (!this.hubFiles.has(p)) found.add(p);
		return singleServiceFirst([...found]);
	}

	/** A note's aliases as link keys (lower case). */
	aliasKeysOf(path: string): readonly string[] {
		return this.aliasesOf.get(path) ?? [];
	}

	/** The existing notes an in-scope note links to (resolved as the panel resolves them), sorted. */
	linkedNotes(path: string): string[] {
		const out = new Set<string>();
		for (const entry of this.outgoing.get(path) ?? []) {
			const resolved = this.resolver(entry.target, path);
			if (resolved !== null && resolved !== path && isMarkdown(resolved)) out.add(resolved);
		}
		return [...out].sort();
	}

	/** True for a note with nothing beyond frontmatter and blank lines. */
	isEmpty(path: string): boolean {
		return this.emptyFiles.has(path);
	}

	private untrackKey(ks: KeyState): void {
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

	private markDirty(ks: KeyState): void {
		if (ks.dirty) return;
		ks.dirty = true;
		this.dirty.push(ks);
	}

	private invalidateKey(key: string): void {
		const ks = this.keys.get(key);
		if (ks) this.markDirty(ks);
	}

	private invalidateName(nameKey: string): void {
		const own = this.keys.get(nameKey);
		if (own) this.markDirty(own);
		const set = this.keysByName.get(nameKey);
		if (set) for (const ks of set) this.markDirty(ks);
	}

	/** Re-check the keys naming the service a note name stands for. */
	private invalidateServiceOf(name: string): void {
		for (const svc of findServices(name)) this.invalidateService(svc.id);
	}

	private invalidateService(id: string): void {
		const set = this.keysByService.get(id);
		if (set) for (const ks of set) this.markDirty(ks);
	}

	// --- Queries -----------------------------------------------------------------------------------

	private compute(ks: KeyState): Status | null {
		const entry = ks.sources[0];
		const resolved = this.resolver(entry.target, entry.path);
		if (resolved !== null) return this.emptyFiles.has(resolved) ? { kind: "empty", note: resolved } : null;
		const owners = this.aliasOwners.get(ks.key);
		if (owners && owners.size > 0) return { kind: "alias", note: [...owners].sort()[0] };
		const svc = this.serviceOf(ks, entry.target);
		if (svc) {
			const candidates = this.notesOfService(svc);
			if (candidates.length > 0) return { kind: "same-service", note: candidates[0] };
		}
		return { kind: "missing", note: null };
	}

	/** Bring cached statuses up to date; costs O(changed keys). */
	private refresh(): void {
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

	/** Number of targets that need attention, without building the list. */
	count(): number {
		this.refresh();
		return this.unresolved.size;
	}

	/** Number of distinct link targets of in-scope notes. */
	distinctTargets(): number {
		return this.keys.size;
	}

	/**
	 * Every target that needs attention, most referenced first, then by name. After the first call
	 * the sorted list is patched: entries of changed keys are taken out and re-inserted by binary
	 * search, so one edit in a large vault costs O(targets) copying, not a full sort.
	 */
	targets(): MissingTarget[] {
		this.refresh();
		if (this.sorted === null) {
			const out: MissingTarget[] = [];
			for (const ks of this.unresolved) out.push((ks.listed ??= this.build(ks)));
			out.sort(compareTargets);
			this.sorted = out;
		} else if (this.changed.size > 0) {
			const keys = new Set<string>();
			for (const ks of this.changed) keys.add(ks.key);
			const kept = this.sorted.filter((t) => !keys.has(t.key));
			for (const ks of this.changed) {
				if (!this.unresolved.has(ks)) continue;
				const t = (ks.listed ??= this.build(ks));
				let lo = 0;
				let hi = kept.length;
				while (lo < hi) {
					const mid = (lo + hi) >> 1;
					if (compareTargets(kept[mid], t) < 0) lo = mid + 1;
					else hi = mid;
				}
				kept.splice(lo, 0, t);
			}
			this.sorted = kept;
		}
		this.changed.clear();
		return this.sorted.slice();
	}

	/** The listed form of one unresolved key (references sorted by path, then line). */
	private build(ks: KeyState): MissingTarget {
		const st = ks.status!;
		const references: Reference[] = [];
		let target: string | null = null;
		const sources = [...ks.sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		for (const e of sources) {
			if (target === null) target = e.target;
			references.push({ path: e.path, line: e.line, text: e.text.trim().slice(0, MAX_REF_TEXT) });
			if (e.more !== null) {
				for (let i = 0; i < e.more.lines.length; i++) references.push({ path: e.path, line: e.more.lines[i], text: e.more.texts[i].trim().slice(0, MAX_REF_TEXT) });
			}
		}
		const name = target ?? ks.key;
		ks.serviceNamed ??= this.serviceOf(ks, name) !== null || isServiceName(name);
		return { key: ks.key, target: name, kind: st.kind, service: ks.serviceNamed, note: st.note, references };
	}

	/** Paths of the in-scope notes that link to a key (for "Fix links"). */
	sourcesOf(key: string): string[] {
		return (this.keys.get(key)?.sources ?? []).map((e) => e.path).sort();
	}
}
