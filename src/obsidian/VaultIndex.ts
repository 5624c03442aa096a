/**
 * Keeps the core `CoachIndex` current from Obsidian's vault and metadata cache.
 *
 * - Start-up costs nothing: indexing starts in `workspace.onLayoutReady`, reads notes in slices of
 *   at most ~8 ms and yields between slices, so a 10,000-note vault never freezes the UI.
 * - After that, each event touches one note: `metadataCache` `changed` (which hands us the text),
 *   vault `create`/`delete`/`rename`. Listeners are told after a short debounce.
 * - Link resolution is Obsidian's own (`getFirstLinkpathDest`), so the panel agrees with the graph.
 */

import { type App, type Component, TFile, type TAbstractFile, debounce } from "obsidian";
import { CoachIndex, type CoachConfig } from "../core/CoachIndex";
import type { NoteModel } from "../core/note/types";

/** Longest uninterrupted slice of indexing work, in milliseconds. */
export const SLICE_MS = 8;

export type IndexListener = () => void;

export interface IndexProgress {
	done: number;
	total: number;
}

const yieldToUi = (): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, 0));

export class VaultIndex {
	core: CoachIndex;
	ready = false;
	progress: IndexProgress = { done: 0, total: 0 };
	private listeners = new Set<IndexListener>();
	private notify: ReturnType<typeof debounce>;
	private generation = 0;
	/** Texts of notes that changed while the full index was running. */
	private pendingTexts = new Map<string, string>();
	/** A file was created, deleted or renamed during the full index: index again. */
	private restartNeeded = false;
	/** Longest slice measured during the last full index (ms), for the benchmark and diagnostics. */
	longestSliceMs = 0;

	constructor(
		private app: App,
		private owner: Component,
		private getConfig: () => CoachConfig,
	) {
		this.core = this.makeCore();
		this.notify = debounce(() => this.emit(), 150, true);
	}

	private makeCore(): CoachIndex {
		const mc = this.app.metadataCache;
		return new CoachIndex(this.getConfig(), (linkpath, source) => mc.getFirstLinkpathDest(linkpath, source)?.path ?? null);
	}

	/** Register events and index once the layout is ready. */
	start(): void {
		const { vault, metadataCache, workspace } = this.app;
		this.owner.registerEvent(
			metadataCache.on("changed", (file, data) => {
				if (!this.ready) this.pendingTexts.set(file.path, data); // applied when indexing ends
				else this.updateFile(file, data);
			}),
		);
		this.owner.registerEvent(
			vault.on("create", (file) => {
				if (!(file instanceof TFile)) return;
				if (!this.ready) return void (this.restartNeeded = true);
				// Markdown notes arrive through `changed` once parsed; other files only resolve links.
				if (file.extension === "md") this.core.links.addFile(file.path);
				else this.core.addFile(file.path);
				this.changed();
			}),
		);
		this.owner.registerEvent(
			vault.on("delete", (file) => {
				if (!(file instanceof TFile)) return;
				if (!this.ready) return void (this.restartNeeded = true);
				this.core.removeNote(file.path);
				this.changed();
			}),
		);
		this.owner.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (!(file instanceof TFile)) return;
				if (!this.ready) return void (this.restartNeeded = true);
				if (file.extension !== "md") {
					this.core.links.renameFile(oldPath, file.path);
					this.changed();
					return;
				}
				this.core.renameNote(oldPath, file.path, null);
				void this.app.vault.cachedRead(file).then((text) => this.updateFile(file, text));
			}),
		);
		workspace.onLayoutReady(() => void this.rebuild());
	}

	/** Re-read the whole vault (start-up and settings changes). Safe to call again while running. */
	async rebuild(): Promise<void> {
		const gen = ++this.generation;
		this.ready = false;
		const core = this.makeCore();
		const { vault } = this.app;
		for (const f of vault.getFiles()) if (f.extension !== "md") core.addFile(f.path);
		const notes = vault.getMarkdownFiles();
		this.progress = { done: 0, total: notes.length };
		this.longestSliceMs = 0;
		this.emit();
		let sliceStart = performance.now();
		for (const file of notes) {
			if (core.isExcluded(file.path)) {
				core.links.addFile(file.path);
			} else {
				const text = await vault.cachedRead(file);
				if (gen !== this.generation) return;
				core.updateNote(file.path, text);
			}
			this.progress.done++;
			const now = performance.now();
			if (now - sliceStart >= SLICE_MS) {
				this.longestSliceMs = Math.max(this.longestSliceMs, now - sliceStart);
				await yieldToUi();
				if (gen !== this.generation) return;
				this.emit(); // progress
				sliceStart = performance.now();
			}
		}
		this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - sliceStart);
		if (this.restartNeeded) {
			this.restartNeeded = false;
			return this.rebuild();
		}
		for (const [path, text] of this.pendingTexts) if (path.toLowerCase().endsWith(".md")) core.updateNote(path, text);
		this.pendingTexts.clear();
		this.core = core;
		this.ready = true;
		this.emit();
	}

	/** Re-index one note from its current text. */
	updateFile(file: TFile, text: string): NoteModel | null {
		if (file.extension !== "md") return null;
		const note = this.core.updateNote(file.path, text);
		this.changed();
		return note;
	}

	/** Subscribe to changes; returns the unsubscribe function. */
	onChange(listener: IndexListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private changed(): void {
		this.notify();
	}

	/** Tell listeners now (tests and actions that need the UI current at once). */
	flush(): void {
		this.notify.cancel();
		this.emit();
	}

	private emit(): void {
		for (const l of [...this.listeners]) l();
	}

	/** The markdown file at a path, or null. */
	fileAt(path: string): TFile | null {
		const f: TAbstractFile | null = this.app.vault.getAbstractFileByPath(path);
		return f instanceof TFile ? f : null;
	}

	dispose(): void {
		this.generation++;
		this.notify.cancel();
		this.listeners.clear();
	}
}
