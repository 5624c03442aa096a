/**
 * Where a missing template section goes. Shared by the checker (the line of a `missing-section`
 * finding), the fix (`addMissingSections`) and the editor hints, so all three agree.
 *
 * - Before the in-order section it precedes, else right after the one it follows, else at the end.
 * - The first missing section that comes before every section the note has goes above the note's
 *   opening text, when the note starts with text rather than a heading: that text then becomes
 *   the section's content ("SQS is a queue service." under a new Overview), instead of an empty
 *   Overview standing after the body.
 */

import type { NoteModel } from "../note/types";
import { neighbours, type OrderPlan } from "./locate";
import type { TemplateSpec } from "./spec";

export type Placement =
	/** Insert before 1-based line `line`; `afterSection`: a template section comes right above (separator habit). */
	| { kind: "before"; line: number; afterSection: boolean }
	/** Append at the end of the note. */
	| { kind: "end"; afterSection: boolean };

const RULE = /^\s*(?:[-*_]\s*){3,}$/;

/**
 * The first line of the note's opening text, above `limit` (1-based, exclusive): the first line
 * after the frontmatter and the title that is not blank and not a rule, when it is not a heading.
 * Null when the note opens with a heading (or has no opening text).
 */
export function openingText(note: NoteModel, limit: number): number | null {
	const fmEnd = note.frontmatter ? note.frontmatter.endLine : 0;
	const headingLines = new Set(note.headings.map((h) => h.line));
	for (let line = fmEnd + 1; line < limit && line <= note.lineCount; line++) {
		if (note.title && line === note.title.line) continue;
		if (note.title && note.title.kind === "setext" && line === note.title.line + 1) continue;
		const text = note.lineText(line);
		if (text.trim() === "" || (!note.isCode[line - 1] && RULE.test(text))) continue;
		return headingLines.has(line) ? null : line;
	}
	return null;
}

/** The last line that is a line of the text (a text ending with a line ending has an empty last line in the model). */
function lastRealLine(note: NoteModel): number {
	const n = note.lineCount;
	const virtual = n === 0 || (note.lineText(n) === "" && note.lineEndings[n - 1] === "");
	return virtual ? Math.max(0, n - 1) : n;
}

/** Index of the first required section that is missing and has no in-order section above it, or -1. */
function firstLeading(spec: TemplateSpec, plan: OrderPlan): number {
	for (let t = 0; t < spec.sections.length; t++) {
		if (plan.first[t] !== null) continue;
		if (!spec.sections[t].required) continue;
		return neighbours(plan, t).after === null ? t : -1;
	}
	return -1;
}

/** Where missing section `t` goes (see the module comment). */
export function placeMissing(note: NoteModel, spec: TemplateSpec, plan: OrderPlan, t: number): Placement {
	const { after, before } = neighbours(plan, t);
	if (after === null && t === firstLeading(spec, plan)) {
		const opening = openingText(note, before ? before.line : note.lineCount + 1);
		if (opening !== null) return { kind: "before", line: opening, afterSection: false };
	}
	if (before) return { kind: "before", line: before.line, afterSection: after !== null };
	// After the last section it follows: right below it, above any section of the user's own
	// that comes after it (so that one keeps its content and its place at the end).
	if (after && after.end < lastRealLine(note)) return { kind: "before", line: after.end + 1, afterSection: true };
	return { kind: "end", afterSection: after !== null };
}
