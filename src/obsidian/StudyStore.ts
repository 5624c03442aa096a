/**
 * The learner's study data in the plugin's data (`data.json`, key `study`, beside the settings).
 * Changes are saved after a short pause (`SAVE_DELAY_MS`), so a quiz answered quickly costs one
 * write, and a crash loses at most the last few seconds; `flush` saves at once (on unload).
 */

import { debounce } from "obsidian";
import { decodeStudyData, emptyStudyData, encodeStudyData, noteAccuracies, type NoteAccuracy, type StoredStudyData, type StudyData } from "../core/study";

/** Pause after the last change before the study data is written. */
export const SAVE_DELAY_MS = 2000;

export type StudyListener = () => void;

export class StudyStore {
	data: StudyData = emptyStudyData();
	private listeners = new Set<StudyListener>();
	private accuracyCache: Map<string, NoteAccuracy> | null = null;
	private saveSoon: ReturnType<typeof debounce>;

	/** @param write saves the whole plugin data (settings and study) */
	constructor(private write: () => Promise<void>) {
		this.saveSoon = debounce(() => void this.write(), SAVE_DELAY_MS, true);
	}

	/** Load from what `loadData()` returned; the settings' last scores seed notes without answers. */
	load(raw: unknown, lastScores: Record<string, { correct: number; total: number }>): void {
		const study = typeof raw === "object" && raw !== null ? (raw as { study?: unknown }).study : undefined;
		this.data = decodeStudyData(study, lastScores);
		this.changed(false);
	}

	/** The on-disk form, for `saveData`. */
	stored(): StoredStudyData {
		return encodeStudyData(this.data);
	}

	/** Something changed: tell listeners, save after a pause. */
	changed(save = true): void {
		this.accuracyCache = null;
		if (save) this.saveSoon();
		for (const l of [...this.listeners]) l();
	}

	/** Save now (plugin unload, tests). */
	async flush(): Promise<void> {
		this.saveSoon.cancel();
		await this.write();
	}

	/** Recent accuracy per note (cached until the next change). */
	accuracies(): Map<string, NoteAccuracy> {
		this.accuracyCache ??= noteAccuracies(this.data);
		return this.accuracyCache;
	}

	accuracyOf(path: string): number | null {
		return this.accuracies().get(path)?.accuracy ?? null;
	}

	onChange(listener: StudyListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	dispose(): void {
		this.saveSoon.cancel();
		this.listeners.clear();
	}
}
