/**
 * `MetadataCache`: per-file `CachedMetadata`, link resolution, `resolvedLinks`/`unresolvedLinks`.
 *
 * Like Obsidian, the cache lags behind the vault: after a write, `getFileCache` still returns the
 * old metadata until the cache has re-read the file and fired `changed` (then `resolve`, `resolved`)
 * on a later tick. Tests wait for that with the double-only `await metadataCache.settle()`.
 */
import type { CachedMetadata } from "obsidian";
import { Events } from "./events";
import { parentPath, TAbstractFile, TFile } from "./files";
import { computeMetadata } from "./metadata";
import { host } from "./host";
import { getLinkpath } from "./util";
import type { Vault, VaultObserver } from "./vault";

// Captured at load, before any `vi.useFakeTimers()`: the cache keeps working (and `settle()` returns)
// in tests that fake the clock for their own debounces.
const realSetTimeout: typeof setTimeout = host.setTimeout.bind(host);
const tick = (): Promise<void> => new Promise((resolve) => realSetTimeout(resolve, 0));

type Job = { kind: "index"; file: TFile } | { kind: "delete"; file: TFile; prev: CachedMetadata | null };

/** Resolves `./` and `../` segments; null when the path climbs above the vault root. */
function resolveDots(path: string): string | null {
	const out: string[] = [];
	for (const part of path.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (out.length === 0) return null;
			out.pop();
		} else out.push(part);
	}
	return out.join("/");
}

export class MetadataCache extends Events {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};

	private readonly caches = new Map<string, CachedMetadata>();
	private readonly queue = new Map<TAbstractFile, Job>();
	private scheduled = false;
	private running = false;
	private resolvedPending = false;
	private names: Map<string, TFile[]> | null = null;

	/** @internal The vault reports its changes here (not through `vault.on`, so listener counts stay the plugin's). */
	readonly observer: VaultObserver;

	constructor(private readonly vault: Vault) {
		super();
		this.observer = {
			created: (f) => {
				this.names = null;
				if (f instanceof TFile && f.extension === "md") this.enqueue({ kind: "index", file: f });
				else this.requestResolved();
			},
			modified: (f) => {
				if (f.extension === "md") this.enqueue({ kind: "index", file: f });
			},
			deleted: (f) => {
				this.names = null;
				if (f instanceof TFile && f.extension === "md") this.enqueue({ kind: "delete", file: f, prev: this.caches.get(f.path) ?? null });
				else this.requestResolved();
			},
			renamed: (f, oldPath) => {
				this.names = null;
				// The cache follows the file at once (its content did not change); resolution catches up later.
				const c = this.caches.get(oldPath);
				if (c) {
					this.caches.delete(oldPath);
					this.caches.set(f.path, c);
				}
				this.requestResolved();
			},
		};
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/**
	 * Obsidian's rules, in order: the exact vault path (also with `.md` added); the path relative to the
	 * source's folder; then every file whose name (or, for notes, basename) matches case-insensitively and
	 * whose path ends with the linkpath. Among several, the one in the source's folder wins, else the shortest path.
	 */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		if (linkpath === "") return this.vault.getFileByPath(sourcePath);
		const absolute = linkpath.startsWith("/");
		const lp = absolute ? linkpath.replace(/^\/+/, "") : linkpath;
		const exact = this.byPath(lp);
		if (exact) return exact;
		if (absolute) return null;
		const folder = parentPath(sourcePath);
		const relative = resolveDots(folder === "/" ? lp : `${folder}/${lp}`);
		const rel = relative === null ? null : this.byPath(relative);
		if (rel) return rel;

		const wanted = lp.toLowerCase();
		const last = wanted.slice(wanted.lastIndexOf("/") + 1);
		const candidates = (this.nameIndex().get(last) ?? []).filter((f) => {
			if (!wanted.includes("/")) return true;
			const p = f.path.toLowerCase();
			const noExt = f.extension === "md" ? p.slice(0, -3) : p;
			return [p, noExt].some((x) => x === wanted || x.endsWith(`/${wanted}`));
		});
		if (candidates.length === 0) return null;
		const sameFolder = candidates.find((f) => parentPath(f.path) === folder);
		if (sameFolder) return sameFolder;
		return candidates.slice().sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1))[0];
	}

	/** The shortest linktext that resolves back to `file` from `sourcePath`, else the full path. */
	fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
		const omit = omitMdExtension && file.extension === "md";
		const short = omit ? file.basename : file.name;
		if (this.getFirstLinkpathDest(short, sourcePath) === file) return short;
		return omit ? file.path.slice(0, -3) : file.path;
	}

	/** Double-only: resolves once every pending `changed`/`deleted`/`resolve`/`resolved` event has fired. */
	async settle(): Promise<void> {
		for (let ticks = 0; ticks < 10_000; ticks++) {
			await tick();
			if (!this.scheduled && !this.running && this.queue.size === 0) return;
		}
		throw new Error("metadataCache.settle(): files keep changing (a handler that writes on every `changed`/`resolved`?)");
	}

	/** @internal Index every note now, without events: the state Obsidian restores from its cache at start-up. */
	indexAllNow(): void {
		for (const f of this.vault.getMarkdownFiles()) this.caches.set(f.path, computeMetadata(this.vault.readNow(f)));
		this.resolveAll();
	}

	/** @internal Fires `resolved` on the next tick (start-up, or when non-note files change resolution). */
	requestResolved(): void {
		this.resolvedPending = true;
		this.schedule();
	}

	private enqueue(job: Job): void {
		this.queue.set(job.file, job);
		this.schedule();
	}

	private schedule(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		realSetTimeout(() => this.flush(), 0);
	}

	private flush(): void {
		this.scheduled = false;
		this.running = true;
		try {
			const jobs = [...this.queue.values()];
			this.queue.clear();
			const indexed: TFile[] = [];
			for (const job of jobs) {
				if (job.kind === "index") {
					if (this.vault.getFileByPath(job.file.path) !== job.file) continue;
					const data = this.vault.readNow(job.file);
					const cache = computeMetadata(data);
					this.caches.set(job.file.path, cache);
					indexed.push(job.file);
					this.trigger("changed", job.file, data, cache);
				} else {
					if (!this.vault.getAbstractFileByPath(job.file.path)) this.caches.delete(job.file.path);
					this.trigger("deleted", job.file, job.prev);
				}
			}
			this.resolveAll();
			for (const f of indexed) this.trigger("resolve", f);
			if (jobs.length > 0 || this.resolvedPending) {
				this.resolvedPending = false;
				this.trigger("resolved");
			}
		} finally {
			this.running = false;
		}
	}

	private byPath(path: string): TFile | null {
		return this.vault.getFileByPath(path) ?? this.vault.getFileByPath(`${path}.md`);
	}

	private nameIndex(): Map<string, TFile[]> {
		if (this.names) return this.names;
		const names = new Map<string, TFile[]>();
		const add = (key: string, f: TFile): void => {
			const list = names.get(key) ?? [];
			if (!list.includes(f)) list.push(f);
			names.set(key, list);
		};
		for (const f of this.vault.getFiles()) {
			add(f.name.toLowerCase(), f);
			if (f.extension === "md") add(f.basename.toLowerCase(), f);
		}
		this.names = names;
		return names;
	}

	private resolveAll(): void {
		const notes = new Set(this.vault.getMarkdownFiles().map((f) => f.path));
		for (const map of [this.resolvedLinks, this.unresolvedLinks]) {
			for (const k of Object.keys(map)) if (!notes.has(k)) delete map[k];
		}
		for (const path of notes) {
			const resolved: Record<string, number> = {};
			const unresolved: Record<string, number> = {};
			const cache = this.caches.get(path);
			const refs = [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])];
			for (const ref of refs) {
				const lp = getLinkpath(ref.link);
				if (lp === "") continue;
				const dest = this.getFirstLinkpathDest(lp, path);
				if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
				else unresolved[lp] = (unresolved[lp] ?? 0) + 1;
			}
			this.resolvedLinks[path] = resolved;
			this.unresolvedLinks[path] = unresolved;
		}
	}
}
