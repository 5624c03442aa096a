/**
 * What the learner's history says: recent accuracy per note and per category, the weakest notes,
 * answers per day, exam scores over time. Pure functions over `StudyData`.
 */

import type { StudyData } from "./data";

/** A note's accuracy is over its last this many answers ("recent"). */
export const RECENT_ANSWERS = 20;

export interface NoteAccuracy {
	path: string;
	correct: number;
	total: number;
	accuracy: number;
}

/**
 * Recent accuracy per note: the last `RECENT_ANSWERS` answers of each note; notes with no answers
 * fall back to the last quiz score kept before study data existed (`baseline`). One pass over the
 * answers, newest first.
 */
export function noteAccuracies(data: StudyData): Map<string, NoteAccuracy> {
	const out = new Map<string, NoteAccuracy>();
	const answers = data.answers;
	for (let i = answers.length - 1; i >= 0; i--) {
		const path = answers.note(i);
		let n = out.get(path);
		if (!n) out.set(path, (n = { path, correct: 0, total: 0, accuracy: 0 }));
		if (n.total >= RECENT_ANSWERS) continue;
		n.total++;
		if (answers.correct(i)) n.correct++;
	}
	for (const [path, s] of Object.entries(data.baseline)) if (!out.has(path) && s.total > 0) out.set(path, { path, correct: s.correct, total: s.total, accuracy: 0 });
	for (const n of out.values()) n.accuracy = n.correct / n.total;
	return out;
}

/** The `count` notes with the lowest recent accuracy (ties: fewer answers first, then by path). */
export function weakestNotes(accuracies: Map<string, NoteAccuracy>, count: number, exists: (path: string) => boolean = () => true): NoteAccuracy[] {
	return [...accuracies.values()]
		.filter((n) => exists(n.path))
		.sort((a, b) => a.accuracy - b.accuracy || a.total - b.total || (a.path < b.path ? -1 : 1))
		.slice(0, count);
}

export interface CategoryAccuracy {
	category: string;
	correct: number;
	total: number;
}

/** Recent accuracy per category, summed over its notes (`categoryOf` gives a note's category or null). */
export function categoryAccuracies(accuracies: Map<string, NoteAccuracy>, categoryOf: (path: string) => string | null): CategoryAccuracy[] {
	const by = new Map<string, CategoryAccuracy>();
	for (const n of accuracies.values()) {
		const category = categoryOf(n.path) ?? "Other";
		let c = by.get(category);
		if (!c) by.set(category, (c = { category, correct: 0, total: 0 }));
		c.correct += n.correct;
		c.total += n.total;
	}
	return [...by.values()].sort((a, b) => a.correct / a.total - b.correct / b.total || (a.category < b.category ? -1 : 1));
}

/** Local calendar day of a time, "2026-12-04". */
export function dayKey(ms: number): string {
	const d = new Date(ms);
	const two = (n: number): string => String(n).padStart(2, "0");
	return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** Answers per day for the `days` days ending today (oldest first). */
export function answersPerDay(data: StudyData, now: number, days = 30): { date: string; count: number }[] {
	const out: { date: string; count: number }[] = [];
	const index = new Map<string, number>();
	const today = new Date(now);
	for (let i = days - 1; i >= 0; i--) {
		const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i, 12);
		const key = dayKey(d.getTime());
		index.set(key, out.length);
		out.push({ date: key, count: 0 });
	}
	const first = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1)).getTime();
	const answers = data.answers;
	for (let i = answers.length - 1; i >= 0; i--) {
		const t = answers.at(i);
		if (t < first) continue;
		const at = index.get(dayKey(t));
		if (at !== undefined) out[at].count++;
	}
	return out;
}
