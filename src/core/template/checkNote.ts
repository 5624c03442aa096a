/**
 * The template checker: every gap between a note and its template, reported at once.
 *
 * Pure and linear in the note's size (it runs on every note of a 10,000-note vault);
 * it never throws. Finding lines are 1-based.
 */

import type { NoteModel } from "../note/types";
import { locate, neighbours, planOrder, type OrderPlan, type SectionLocations } from "./locate";
import { placeMissing } from "./placement";
import { DEFAULT_TEMPLATE, RULE_SEVERITY, writableName, type Finding, type RuleId, type TemplateSpec } from "./spec";

export { locateSections, type SectionLocations, type SectionOccurrence } from "./locate";

/** Per-call switches, from the plugin settings or CLI flags. */
export interface CheckOptions {
	/** Rules the user turned off in settings: they are not reported. */
	disabledRules?: readonly RuleId[];
}

/**
 * The 1-based line where a missing template section `t` belongs: where `addMissingSections` inserts
 * it (see `placeMissing`): the line it goes before, or the last line when it goes at the end.
 * Clipped to the last line, so an empty note gives 1.
 */
export function missingSectionLine(note: NoteModel, plan: OrderPlan, t: number, spec: TemplateSpec = DEFAULT_TEMPLATE): number {
	const last = Math.max(1, note.lineCount);
	const place = placeMissing(note, spec, plan, t);
	return place.kind === "before" ? Math.min(place.line, last) : last;
}

function quote(name: string): string {
	return `"${name}"`;
}

/**
 * Check a note against a template and return every finding, sorted by line.
 * `spec` defaults to the AWS study-note template; pass `templateFromNote(...)` for a user's own.
 */
export function checkNote(note: NoteModel, spec: TemplateSpec = DEFAULT_TEMPLATE, options: CheckOptions = {}): Finding[] {
	const disabled = options.disabledRules;
	const on = (rule: RuleId): boolean => disabled === undefined || !disabled.includes(rule);
	const findings: Finding[] = [];
	const last = Math.max(1, note.lineCount);
	const clip = (line: number): number => (line < 1 ? 1 : line > last ? last : line);
	const add = (rule: RuleId, section: string | null, line: number, message: string): void => {
		findings.push({ rule, severity: RULE_SEVERITY[rule], section, line: clip(line), message });
	};

	const fmError = note.frontmatter?.error;
	if (fmError && on("frontmatter-invalid")) {
		add("frontmatter-invalid", null, fmError.line, `Expected valid YAML frontmatter; found an error: ${fmError.message}`);
	}

	const locations: SectionLocations = locate(note, spec, false);
	const sections = spec.sections;
	const plan = planOrder(locations);

	for (let t = 0; t < sections.length; t++) {
		const name = sections[t].name;
		const occurrences = locations.bySection[t];
		if (occurrences.length === 0) {
			// A section no heading can name (see `writableName`) cannot be missing from one note only.
			if (sections[t].required && on("missing-section") && writableName(spec, t) !== null) {
				const { after, before } = neighbours(plan, t);
				const where = before
					? `before ${quote(sections[before.section].name)} (line ${before.line})`
					: after
						? `after ${quote(sections[after.section].name)} (line ${after.line})`
						: "in the note";
				const found = locations.ordered.length === 0 ? "found no template sections at all" : "found no heading for it";
				add("missing-section", name, missingSectionLine(note, plan, t, spec), `Expected section ${quote(name)} ${where}; ${found}.`);
			}
			continue;
		}
		const firstLine = occurrences[0].line;
		for (let i = 0; i < occurrences.length; i++) {
			const o = occurrences[i];
			if (i > 0 && on("duplicate-section")) {
				add("duplicate-section", name, o.line, `Expected one ${quote(name)} section; found a second one here (the first is on line ${firstLine}).`);
			}
			if (o.contentLines === 0 && on("empty-section")) {
				const found = o.end >= o.start ? "only blank lines or separators" : "nothing";
				add("empty-section", name, o.line, `Expected content under ${quote(name)}; found ${found} before the next section.`);
			}
		}
		if (!plan.inOrder[t] && on("out-of-order")) {
			const { after, before } = neighbours(plan, t);
			const here = occurrences[0];
			// The flagged heading is either above the section it should follow or below the one it should precede
			// (otherwise it would extend the in-order run).
			let message: string;
			if (after && here.line < after.line) {
				message = `Expected ${quote(name)} after ${quote(sections[after.section].name)} (line ${after.line}); found it before.`;
			} else if (before) {
				message = `Expected ${quote(name)} before ${quote(sections[before.section].name)} (line ${before.line}); found it after.`;
			} else {
				message = `Expected ${quote(name)} in template order; found it elsewhere.`;
			}
			add("out-of-order", name, here.line, message);
		}
	}

	// Stable sort: same-line findings keep the order above (frontmatter, then template order).
	findings.sort((a, b) => a.line - b.line);
	return findings;
}
