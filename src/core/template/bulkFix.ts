/**
 * Which notes "add missing sections" touches in bulk: the notes that miss a section, except those
 * written to another structure: sharing fewer than two sections with the template while having
 * two or more sections of their own ("How it works", "Pricing", ...). Adding every section of ours
 * to such a note would not fit it, so it is left alone and reported (one note at a time, the user
 * can still add them). A stub of our template (only an Overview, or nothing yet) is still filled in.
 */

import type { NoteReport } from "../CoachIndex";
import { sharedSections } from "./learn";
import type { TemplateSpec } from "./spec";

/** A note must already have this many of the template's sections to be fixed in bulk. */
export const BULK_MIN_SHARED = 2;

export interface BulkFixPlan {
	/** Paths to add sections to. */
	fix: string[];
	/** Paths that miss sections but are written to another structure (see the module comment). */
	unlike: string[];
}

/** Template sections a checked note has: the required ones not reported missing. */
export function sectionsPresent(report: NoteReport, spec: TemplateSpec): number {
	const required = spec.sections.filter((s) => s.required).length;
	const missing = new Set(report.findings.filter((f) => f.rule === "missing-section").map((f) => f.section));
	return required - missing.size;
}

/**
 * Split the notes that miss sections into those to fix and those written to another structure.
 * `headingsOf` gives a note's section headings (`sectionHeadings`, kept by the index).
 */
export function bulkFixPlan(reports: readonly NoteReport[], spec: TemplateSpec, headingsOf: (path: string) => readonly string[]): BulkFixPlan {
	const fix: string[] = [];
	const unlike: string[] = [];
	for (const r of reports) {
		if (!r.findings.some((f) => f.rule === "missing-section")) continue;
		if (sectionsPresent(r, spec) >= BULK_MIN_SHARED) {
			fix.push(r.path);
			continue;
		}
		const headings = headingsOf(r.path);
		const own = headings.length - sharedSections(spec, headings);
		if (own >= 2) unlike.push(r.path);
		else fix.push(r.path);
	}
	return { fix, unlike };
}

/** " Left 2 notes alone that use another structure (fewer than two template sections): a.md, b.md." or "". */
export function unlikeSentence(paths: readonly string[]): string {
	const n = paths.length;
	if (n === 0) return "";
	const shown = paths.slice(0, 10).join(", ") + (n > 10 ? `, and ${n - 10} more` : "");
	return ` Left ${n} note${n === 1 ? "" : "s"} alone that use${n === 1 ? "s" : ""} another structure (fewer than two template sections): ${shown}.`;
}
