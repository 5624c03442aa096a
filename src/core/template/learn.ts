/**
 * Learn the template from the notes: the section headings most AWS notes share, in their usual
 * order, with headings that mean the same merged ("When to use" = "Use cases"). A vault whose
 * notes follow a structure of their own ("How It Works / Key Features / Common Use Cases") gets
 * that structure as its template instead of hundreds of "missing Overview" findings.
 *
 * Pure: it reads each note's section headings (`sectionHeadings`), which the index keeps.
 */

import type { NoteModel } from "../note/types";
import { DEFAULT_TEMPLATE, normalizeHeadingText, sectionMatcher, type TemplateSection, type TemplateSpec } from "./spec";

/**
 * Headings that name the same section in study notes. The default template's synonym groups,
 * plus a few groups no default section has.
 */
const EQUIVALENTS: readonly (readonly string[])[] = [
	...DEFAULT_TEMPLATE.sections.map((s) => [s.name, ...s.synonyms]),
	["How it works", "How does it work", "How it works?", "Architecture"],
	["Limits", "Limitations", "Quotas", "Service limits"],
	["Pricing", "Cost", "Costs", "Billing"],
	["Gotchas", "Pitfalls", "Caveats", "Common mistakes"],
	["See also", "Related", "Related services", "Related notes"],
	["Security", "Security considerations"],
	["Comparison", "Compared with", "Vs", "Versus", "Alternatives"],
];

/** Normalised heading → group key (the group's first member, normalised). */
const GROUP_OF: ReadonlyMap<string, string> = (() => {
	const map = new Map<string, string>();
	for (const group of EQUIVALENTS) {
		const key = normalizeHeadingText(group[0]);
		for (const name of group) {
			const n = normalizeHeadingText(name);
			if (!map.has(n)) map.set(n, key);
		}
	}
	return map;
})();

function groupKey(heading: string): string {
	const n = normalizeHeadingText(heading);
	return GROUP_OF.get(n) ?? n;
}

/**
 * A note's section headings, as written (markup removed): the headings at the note's section level
 * (the shallowest heading level below its title) and bold-only heading lines, without the title.
 */
export function sectionHeadings(note: NoteModel): string[] {
	const heads = note.title ? note.headings.filter((h) => h !== note.title) : note.headings;
	let level = 7;
	for (const h of heads) if (h.level !== null && h.kind !== "bold" && h.level < level) level = h.level;
	const out: string[] = [];
	for (const h of heads) {
		if (h.kind === "bold" || h.level === level) {
			const text = h.plain.trim();
			if (text !== "") out.push(text);
		}
	}
	return out;
}

export interface LearnedTemplate {
	spec: TemplateSpec;
	/** Notes that have every learned section. */
	following: number;
	/** Notes looked at. */
	total: number;
}

/** A section must appear in at least this share of the notes (and in two notes) to be learned. */
const MIN_SHARE = 0.5;

/**
 * The template most notes share, or null when fewer than two sections are shared by half of the
 * notes (no structure to learn). `notes` holds each note's `sectionHeadings`. Deterministic: ties
 * in order are broken by the group's first appearance.
 */
export function learnTemplate(notes: readonly (readonly string[])[]): LearnedTemplate | null {
	const total = notes.length;
	if (total < 2) return null;
	interface Group {
		notes: number;
		positions: number[];
		spellings: Map<string, number>;
		first: number;
	}
	const groups = new Map<string, Group>();
	let seen = 0;
	for (const headings of notes) {
		const inNote = new Set<string>();
		headings.forEach((h, i) => {
			const key = groupKey(h);
			if (key === "" || inNote.has(key)) return;
			inNote.add(key);
			let g = groups.get(key);
			if (!g) groups.set(key, (g = { notes: 0, positions: [], spellings: new Map(), first: seen++ }));
			g.notes++;
			g.positions.push(headings.length > 1 ? i / (headings.length - 1) : 0);
			g.spellings.set(h, (g.spellings.get(h) ?? 0) + 1);
		});
	}
	const shared = [...groups.entries()].filter(([, g]) => g.notes >= 2 && g.notes >= total * MIN_SHARE);
	if (shared.length < 2) return null;
	const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
	shared.sort((a, b) => mean(a[1].positions) - mean(b[1].positions) || a[1].first - b[1].first);

	const sections: TemplateSection[] = shared.map(([key, g]) => {
		// The most frequent spelling; on a tie the first one met (the sort is stable).
		const spellings = [...g.spellings.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
		const name = spellings[0];
		const group = EQUIVALENTS.find((grp) => normalizeHeadingText(grp[0]) === key) ?? [];
		const synonyms = [...new Set([...spellings.slice(1), ...group])].filter((s) => normalizeHeadingText(s) !== normalizeHeadingText(name));
		return { name, synonyms, required: true };
	});
	const keys = shared.map(([key]) => key);
	let following = 0;
	for (const headings of notes) {
		const have = new Set(headings.map(groupKey));
		if (keys.every((k) => have.has(k))) following++;
	}
	return { spec: { sections }, following, total };
}

/** "Overview / Details / Use Cases", for messages. */
export function describeTemplate(spec: TemplateSpec): string {
	return spec.sections.map((s) => s.name).join(" / ");
}

/** How many sections a matcher (`sectionMatcher`) finds among the headings, each counted once. */
function countShared(match: (heading: string) => number, headings: readonly string[]): number {
	const named = new Set<number>();
	for (const h of headings) {
		const i = match(h);
		if (i >= 0) named.add(i);
	}
	return named.size;
}

/** How many of the template's sections a note's section headings name (each section counted once). */
export function sharedSections(spec: TemplateSpec, headings: readonly string[]): number {
	return countShared(sectionMatcher(spec), headings);
}

export interface StructureHint {
	/** Notes sharing at least `MIN_SHARED` sections with the configured template. */
	sharing: number;
	total: number;
	/** The structure most of the notes share. */
	learned: LearnedTemplate;
	message: string;
}

/** A note "follows" the configured template for the hint when it shares at least this many of its sections. */
export const MIN_SHARED = 3;

/**
 * When fewer than half of the notes share at least three of the configured template's sections
 * and most of them share a structure of their own, one message says so and offers that structure,
 * instead of a finding per note. Null otherwise (the findings are then the useful answer).
 */
export function structureHint(spec: TemplateSpec, notes: readonly (readonly string[])[]): StructureHint | null {
	const total = notes.length;
	if (total === 0) return null;
	const need = Math.min(MIN_SHARED, spec.sections.length);
	const match = sectionMatcher(spec);
	const sharing = notes.filter((h) => countShared(match, h) >= need).length;
	if (sharing * 2 >= total) return null;
	// Only when the notes do share a structure of their own: otherwise the findings are the useful answer.
	const learned = learnTemplate(notes);
	if (learned === null || learned.following * 2 < total) return null;
	return {
		sharing,
		total,
		learned,
		message: `Most of your notes use another structure: ${describeTemplate(learned.spec)} (${learned.following} of ${total} notes). Use it? Only ${sharing} of ${total} AWS notes share ${need} or more of the template's sections (${describeTemplate(spec)}).`,
	};
}
