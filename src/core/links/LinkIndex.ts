/**
 * The missing-notes analysis, kept incrementally: which `[[targets]]` of AWS notes have no note,
 * match only an alias, point at an empty note, or name a service the vault already has under
 * another name.
 *
 * Why incremental: the plugin keeps this current as notes change, and a vault can hold 10,000
 * notes. Each update touches only the changed note's links and the targets whose answer can
 * change (same name, same alias, same service); nothing walks the whole vault per event.
 *
 * This class holds what is known about the files (names, aliases, empty and hub notes) and decides
 * each target's status; the per-target state is in `targetState.ts`, the sorted list in
 * `targetList.ts`.
 */

import type { Link } from "../note/types";
import { findServices, noteNamesFor, type ServiceEntry } from "./catalog";
import { FileSet, linkKey } from "./resolve";
import { TargetList, type MissingTarget } from "./targetList";
import { TargetStates, type KeyState, type SourceLinks, type Status } from "./targetState";

export type { MissingTarget, Reference } from "./targetList";
export type { TargetKind } from "./targetState";

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

/** A note name that may name several services ("AWS Shield & WAF"). */
const COMBINED = /[&+,;]|\band\b/;

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

export class LinkIndex {
	readonly files = new FileSet();
	private readonly resolver: Resolver;
	/** source path → its links, one entry per key (in-scope notes only) */
	private outgoing = new Map<string, SourceLinks[]>();
	/** link key → state (who links to it, its status) */
	private readonly states = new TargetStates((ks) => this.compute(ks));
	private readonly list = new TargetList();
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

	constructor(resolver?: Resolver) {
		this.resolver = resolver ?? ((linkpath, source) => this.files.resolve(linkpath, source));
	}

	// --- Files -------------------------------------------------------------------------------------

	addFile(path: string): void {
		const name = this.files.add(path);
		if (isMarkdown(path)) this.fileServices(path, name, true);
		this.states.invalidateName(name);
	}

	removeFile(path: string): void {
		this.files.remove(path);
		this.removeNote(path);
		this.emptyFiles.delete(path);
		this.hubFiles.delete(path);
		const name = FileSet.nameKey(path);
		if (isMarkdown(path)) this.fileServices(path, name, false);
		this.states.invalidateName(name);
	}

	/**
	 * Keep same-service detection current for a note added or removed. Catalog look-ups per file
	 * are only paid for combined names, or once keys have asked for services (after the first
	 * listing): the initial bulk load of a large vault does none.
	 */
	private fileServices(path: string, name: string, added: boolean): void {
		const combined = COMBINED.test(name);
		if (!combined && !this.states.servicesInUse) return;
		// A combined note ("Amazon ECS & EKS") stands for every service it names.
		for (const svc of findServices(name)) {
			if (combined) {
				let set = this.combinedByService.get(svc.id);
				if (!set) this.combinedByService.set(svc.id, (set = new Set()));
				if (added) set.add(path);
				else set.delete(path);
			}
			this.states.invalidateService(svc.id);
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
			const out = this.states.collect(path, facts.links, facts.lineText);
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
			this.states.invalidateName(name);
			if (this.states.servicesInUse) this.states.invalidateServiceOf(name);
		}
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
		this.states.release(old);
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
			this.states.invalidateKey(a);
		}
		for (const a of after) {
			let set = this.aliasOwners.get(a);
			if (!set) this.aliasOwners.set(a, (set = new Set()));
			set.add(path);
			this.states.invalidateKey(a);
		}
		if (after.length > 0) this.aliasesOf.set(path, after);
		else this.aliasesOf.delete(path);
	}

	// --- Status ------------------------------------------------------------------------------------

	/**
	 * A key's status, resolved from one of its links: null when it resolves to a note with content,
	 * else an empty note, a note carrying it as an alias, a note about the same service, or nothing.
	 */
	private compute(ks: KeyState): Status | null {
		const entry = ks.sources[0];
		const resolved = this.resolver(entry.target, entry.path);
		if (resolved !== null) return this.emptyFiles.has(resolved) ? { kind: "empty", note: resolved } : null;
		const owners = this.aliasOwners.get(ks.key);
		if (owners && owners.size > 0) return { kind: "alias", note: [...owners].sort()[0] };
		const svc = this.states.serviceOf(ks, entry.target);
		if (svc) {
			const candidates = this.notesOfService(svc);
			if (candidates.length > 0) return { kind: "same-service", note: candidates[0] };
		}
		return { kind: "missing", note: null };
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

	// --- Queries -----------------------------------------------------------------------------------

	/** Number of targets that need attention, without building the list. */
	count(): number {
		this.states.refresh();
		return this.states.unresolved.size;
	}

	/** Number of distinct link targets of in-scope notes. */
	distinctTargets(): number {
		return this.states.size;
	}

	/** Every target that needs attention, most referenced first, then by name (see `TargetList`). */
	targets(): MissingTarget[] {
		this.states.refresh();
		return this.list.list(this.states);
	}

	/** Paths of the in-scope notes that link to a key (for "Fix links"). */
	sourcesOf(key: string): string[] {
		return (this.states.get(key)?.sources ?? []).map((e) => e.path).sort();
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
}
