/**
 * Where the template sections are in a note, and which of them are in template order.
 * Shared by the checker (findings), the fix (insertion points) and the UI (jump to a section).
 *
 * All line numbers here are 1-based, like the note model.
 */

import type { Heading, NoteModel } from "../note/types";
import { DEFAULT_TEMPLATE, sectionMatcher, type TemplateSpec } from "./spec";

/** One heading that names a template section, with the extent of its section. */
export interface SectionOccurrence {
	/** Index of the template section in `spec.sections`. */
	section: number;
	heading: Heading;
	/** Heading line (1-based). For a setext heading, the text line (the underline is `line + 1`). */
	line: number;
	/** First body line (1-based). Greater than `end` when the section has no body lines at all. */
	start: number;
	/** Last line of the section, inclusive (1-based); trailing blank lines and `---` are included. */
	end: number;
	/** Body lines that carry content (the parser's `contentBetween`; see `isContentKind` in note/lineKinds.ts). */
	contentLines: number;
}

export interface SectionLocations {
	/** For each template section (same index as `spec.sections`), its occurrences in document order. */
	bySection: SectionOccurrence[][];
	/** Every occurrence of every template section, in document order. */
	ordered: SectionOccurrence[];
	/**
	 * The level a bold-only section heading (`**Overview**`) is given to decide where it ends: the
	 * shallowest level among the note's ATX/setext template headings, 2 when it has none.
	 */
	boldRank: number;
}

/**
 * Find every template-section heading and the extent of its section.
 *
 * A heading names a template section when `matchSection` says so; the H1 title never does.
 * A section runs from its heading to the line before the next heading that either names a
 * template section (at any level: template headings always start a new section) or is an
 * ATX/setext heading of the same or a higher rank (level <= the section heading's level; a bold-only
 * section heading takes `boldRank`). Bold-only lines that are not template headings are content
 * (notes use them as sub-labels), as are deeper headings like `### **1. Sub topic**`.
 * Never walks the note's lines: the cost depends on its headings only.
 */
export function locateSections(note: NoteModel, spec: TemplateSpec = DEFAULT_TEMPLATE): SectionLocations {
	return locate(note, spec, true);
}

/** The occurrences of a section a note does not have (shared, never written to). */
const NONE = Object.freeze([]) as unknown as SectionOccurrence[];

/** Per-heading match results, reused across calls (a typed array per note costs more than the matching). */
let scratch = new Int32Array(64);

/**
 * `locateSections`, where `exact: false` reports a section's content as 0 or 1 (empty or not): all
 * the checker and the fix need. Either way the counts come from the parser (`contentBetween`), so
 * no section's lines are walked.
 */
export function locate(note: NoteModel, spec: TemplateSpec, exact: boolean): SectionLocations {
	const match = sectionMatcher(spec);
	const headings = note.headings;
	const nH = headings.length;
	const nLines = note.lineCount;
	const titleLine = note.title ? note.title.line : -1;
	if (scratch.length < nH) scratch = new Int32Array(Math.max(nH, scratch.length * 2));
	const matched = scratch; // only the first nH entries are used, all written below
	let boldRank = 7;
	for (let i = 0; i < nH; i++) {
		const h = headings[i];
		const m = h.line === titleLine ? -1 : match(h.text);
		matched[i] = m;
		if (m >= 0 && h.kind !== "bold" && h.level !== null && h.level < boldRank) boldRank = h.level;
	}
	if (boldRank === 7) boldRank = 2;

	// Most sections occur once or not at all: an array is made on the first occurrence (sized to
	// it), and the sections a note lacks share one empty array.
	const bySection: SectionOccurrence[][] = new Array<SectionOccurrence[]>(spec.sections.length).fill(NONE);
	const ordered: SectionOccurrence[] = [];
	for (let i = 0; i < nH; i++) {
		if (matched[i] < 0) continue;
		const h = headings[i];
		const rank = h.kind === "bold" || h.level === null ? boldRank : h.level;
		let end = nLines;
		let nextIndex = -1;
		for (let j = i + 1; j < nH; j++) {
			const next = headings[j];
			if (matched[j] >= 0 || (next.kind !== "bold" && next.level !== null && next.level <= rank)) {
				end = next.line - 1;
				nextIndex = j;
				break;
			}
		}
		// Trap: a setext heading is two lines (text, then `===`/`---`); the body starts after the underline.
		const start = h.line + (h.kind === "setext" ? 2 : 1);
		const counted = note.contentBetween(i, nextIndex);
		const contentLines = exact || counted === 0 ? counted : 1;
		const occurrence: SectionOccurrence = { section: matched[i], heading: h, line: h.line, start, end, contentLines };
		const list = bySection[matched[i]];
		if (list === NONE) bySection[matched[i]] = [occurrence];
		else list.push(occurrence);
		ordered.push(occurrence);
	}
	return { bySection, ordered, boldRank };
}

/** Which first occurrences are in template order, and where a missing section belongs. */
export interface OrderPlan {
	/** First occurrence of each template section (same index as `spec.sections`), or null. */
	first: (SectionOccurrence | null)[];
	/**
	 * True for template sections whose first occurrence is part of the chosen longest run in
	 * template order (a longest increasing subsequence); the others are out of order.
	 */
	inOrder: boolean[];
}

/**
 * Choose the sections that are in order: the longest increasing subsequence of the first
 * occurrences (so one misplaced section yields one finding). Among runs of equal length the one
 * with the smallest template indexes wins, so with `Details, Overview` it is `Details` that is
 * reported (as "expected after Overview"). The number of sections is small, so O(k²) is fine.
 */
export function planOrder(locations: SectionLocations): OrderPlan {
	const sectionCount = locations.bySection.length;
	const first: (SectionOccurrence | null)[] = locations.bySection.map((occ) => (occ.length > 0 ? occ[0] : null));
	const inOrder: boolean[] = new Array<boolean>(sectionCount).fill(false);
	// Fast path: a note already in template order (the usual case) needs no search.
	let sorted = true;
	let prevSection = -1;
	for (const o of locations.ordered) {
		if (first[o.section] !== o) continue;
		if (o.section < prevSection) sorted = false;
		prevSection = o.section;
	}
	if (sorted) {
		for (const o of locations.ordered) if (first[o.section] === o) inOrder[o.section] = true;
		return { first, inOrder };
	}
	const seq: number[] = [];
	for (const o of locations.ordered) if (first[o.section] === o) seq.push(o.section);
	const k = seq.length;
	// best[i] = length of the longest increasing run that starts at seq[i].
	const best = new Array<number>(k).fill(1);
	let longest = 0;
	for (let i = k - 1; i >= 0; i--) {
		for (let j = i + 1; j < k; j++) if (seq[j] > seq[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
		if (best[i] > longest) longest = best[i];
	}
	let need = longest;
	let prev = -1;
	let from = 0;
	while (need > 0) {
		let pick = -1;
		for (let j = from; j < k; j++) {
			if (seq[j] > prev && best[j] === need && (pick === -1 || seq[j] < seq[pick])) pick = j;
		}
		if (pick === -1) break; // cannot happen; guards the loop
		inOrder[seq[pick]] = true;
		prev = seq[pick];
		from = pick + 1;
		need--;
	}
	return { first, inOrder };
}

/**
 * The in-order neighbours of template section `t`: the in-order section with the largest index
 * below `t` (`after`: `t` belongs after it) and the one with the smallest index above (`before`).
 */
export function neighbours(plan: OrderPlan, t: number): { after: SectionOccurrence | null; before: SectionOccurrence | null } {
	let after: SectionOccurrence | null = null;
	let before: SectionOccurrence | null = null;
	for (let u = t - 1; u >= 0; u--) {
		if (plan.inOrder[u]) {
			after = plan.first[u];
			break;
		}
	}
	for (let u = t + 1; u < plan.inOrder.length; u++) {
		if (plan.inOrder[u]) {
			before = plan.first[u];
			break;
		}
	}
	return { after, before };
}
