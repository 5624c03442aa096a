/**
 * Template findings as an editor shows them: where each missing section would be inserted, and
 * which heading lines carry an empty, duplicated or out-of-order finding.
 *
 * Pure (no editor, no Obsidian): the editor extension turns the result into decorations, the tests
 * and the benchmark call it directly. The places come from `addMissingSections` itself, so a hint
 * stands exactly where its *Add* button inserts the heading.
 */

import { addTo } from "../collections";
import type { NoteModel } from "../note/types";
import { parseNote } from "../note/parseNote";
import { addMissingSections, type InsertEdit } from "./addMissingSections";
import { checkNote, type CheckOptions } from "./checkNote";
import { DEFAULT_TEMPLATE, type Finding, type TemplateSpec } from "./spec";

/** A missing section, at the offset where adding it inserts its heading. */
export interface MissingSectionHint {
	/** Canonical template name ("Use Cases"). */
	section: string;
	/** UTF-16 offset in the text where the heading would be inserted (a line start, or the end). */
	offset: number;
	/** The 1-based line the checker reports the finding on. */
	line: number;
	message: string;
}

/** Findings on one existing line (a heading): empty, duplicated, out of order, invalid frontmatter. */
export interface LineHint {
	/** 1-based line. */
	line: number;
	findings: Finding[];
}

export interface TemplateHints {
	missing: MissingSectionHint[];
	lines: LineHint[];
}

export const NO_HINTS: TemplateHints = { missing: [], lines: [] };

/**
 * The hints for a note's text. A missing section the fix cannot add (no writable heading name)
 * keeps its checker line as its place, so the user still sees it.
 */
export function templateHints(text: string, spec: TemplateSpec = DEFAULT_TEMPLATE, options: CheckOptions = {}, note: NoteModel = parseNote(text)): TemplateHints {
	const findings = checkNote(note, spec, options);
	if (findings.length === 0) return NO_HINTS;
	const missing: MissingSectionHint[] = [];
	const byLine = new Map<number, Finding[]>();
	for (const f of findings) {
		if (f.rule === "missing-section" && f.section !== null) {
			const edit = addMissingSections(text, note, spec, { only: [f.section] }).edits[0];
			missing.push({ section: f.section, offset: edit ? edit.offset : note.lineStarts[f.line - 1] ?? text.length, line: f.line, message: f.message });
			continue;
		}
		addTo(byLine, f.line, f);
	}
	const lines = [...byLine.entries()].map(([line, fs]) => ({ line, findings: fs })).sort((a, b) => a.line - b.line);
	missing.sort((a, b) => a.offset - b.offset);
	return { missing, lines };
}

/**
 * The insertions that add the named sections (all missing ones when `sections` is undefined) to the
 * text as it is now: the same edits as the "add sections" command, so the note's heading style and
 * separators are kept and every existing byte stays where it was.
 */
export function sectionInsertions(text: string, spec: TemplateSpec = DEFAULT_TEMPLATE, sections?: readonly string[]): InsertEdit[] {
	return addMissingSections(text, parseNote(text), spec, sections ? { only: sections } : {}).edits;
}
