/**
 * The note template: which sections a study note should have, in which order, and
 * how a heading is recognised as one of them.
 *
 * Pure code: no Obsidian, no Node APIs. Line numbers in findings are 1-based (as in the note model).
 */

import { EMOJI_RE } from "../emoji";
import type { NoteModel } from "../note/types";

/** One section of the template (`Overview`, `Details`...). */
export interface TemplateSection {
	/** Canonical name: used in findings and when the fix inserts the heading. */
	name: string;
	/** Other heading texts that count as this section (compared after `normalizeHeadingText`). */
	synonyms: string[];
	/** Only required sections are reported missing and inserted by the fix. */
	required: boolean;
}

/** An ordered list of sections; the order is the order the checker expects in a note. */
export interface TemplateSpec {
	sections: TemplateSection[];
}

/**
 * The template of the user's AWS study notes. Synonyms cover the variants seen in real vaults
 * so that a differently worded heading is not reported as a missing section.
 */
export const DEFAULT_TEMPLATE: TemplateSpec = {
	sections: [
		{ name: "Overview", synonyms: ["Introduction", "Summary", "What is it", "What is it?"], required: true },
		{ name: "Details", synonyms: ["Detail", "Key features", "Features", "Key concepts"], required: true },
		{ name: "Use Cases", synonyms: ["Use case", "Common use cases", "When to use", "When to use it"], required: true },
		{ name: "Exam Tips", synonyms: ["Exam tip", "Exam notes", "Tips"], required: true },
		{ name: "References", synonyms: ["Reference", "Resources", "Links", "Further reading"], required: true },
	],
};

/** Rule ids: stable strings used in settings (disabled rules), the CLI output and the UI. */
export type RuleId = "missing-section" | "empty-section" | "duplicate-section" | "out-of-order" | "frontmatter-invalid";

/** Every rule, in the order the settings UI lists them. */
export const ALL_RULES: readonly RuleId[] = ["missing-section", "empty-section", "duplicate-section", "out-of-order", "frontmatter-invalid"];

/** How a finding is shown (error/warning icon, CLI exit code); fixed per rule, see `RULE_SEVERITY`. */
export type Severity = "error" | "warning";

/** One fixed severity per rule: only an absent section is an error (the note lacks a part); the rest are style gaps. */
export const RULE_SEVERITY: Readonly<Record<RuleId, Severity>> = {
	"missing-section": "error",
	"empty-section": "warning",
	"duplicate-section": "warning",
	"out-of-order": "warning",
	"frontmatter-invalid": "warning",
};

/** One gap between a note and its template. */
export interface Finding {
	rule: RuleId;
	severity: Severity;
	/** Canonical template section name, or null for note-wide findings (frontmatter). */
	section: string | null;
	/** 1-based line (editors are 0-based: the Obsidian layer subtracts one). */
	line: number;
	/** Says what was expected and what was found. */
	message: string;
}

const WHITESPACE_RE = /\s+/g;
// Leading numbering: `1.`, `1)`, `(1)`, `1.2.`, `1.2`, `1 -`, `I.`, `iv)`, `a)`. A bare roman numeral
// or letter needs its `.`/`)` and a following space, so words like `Details` are never cut.
const NUMBERING_RE = /^(?:\(?\d+(?:\.\d+)*[.)](?!\d)|\d+(?:\.\d+)*(?=[\s:\-\u2013\u2014]|$)|\(?(?:[ivxlcdm]+|[a-z])[.)](?=\s|$))[\s:\-\u2013\u2014]*/;

/**
 * Reduce a heading's text to the key used to match template sections: emphasis markers
 * (`*`, `_`, `~`, `=`, backticks), emoji, leading numbering (`1.`, `1)`, `I.`) and a trailing colon are
 * removed, whitespace is collapsed and case is folded. Exported so the settings UI can show
 * users how their synonyms will be compared.
 */
export function normalizeHeadingText(text: string): string {
	let s = text;
	let ascii = true;
	// Fast path: almost every heading is ASCII, and the emoji pattern is the costly part.
	for (let i = 0; i < s.length; i++) {
		if (s.charCodeAt(i) > 0x7f) {
			ascii = false;
			s = s.replace(EMOJI_RE, " ");
			break;
		}
	}
	let out = "";
	let space = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		// * _ ~ = ` are emphasis/highlight/code markers: dropped, not turned into spaces
		// (`Use **Cases**` must stay two words, `**Use Cases**` must not grow spaces).
		if (c === 42 || c === 95 || c === 126 || c === 61 || c === 96) continue;
		if (c === 32 || c === 9) {
			space = out.length > 0;
			continue;
		}
		if (space) {
			out += " ";
			space = false;
		}
		out += s[i];
	}
	// Non-ASCII text may hold other spaces (NBSP, ideographic space) and the spaces emoji left behind.
	if (!ascii) out = out.replace(WHITESPACE_RE, " ").trim();
	out = out.toLowerCase().replace(NUMBERING_RE, "");
	// Trailing colon (ASCII or full-width) and the spaces around it.
	let end = out.length;
	while (end > 0) {
		const c = out.charCodeAt(end - 1);
		if (c === 58 || c === 0xff1a || c === 32) end--;
		else break;
	}
	return end === out.length ? out : out.slice(0, end);
}

interface Lookup {
	sections: TemplateSection[];
	byKey: Map<string, number>;
	/**
	 * Raw heading text -> section index. A vault repeats the same few headings (`**Details**`) thousands
	 * of times, so this skips normalisation for almost every heading. Cleared when it grows past
	 * `RAW_CACHE_LIMIT` so odd headings cannot make it grow without bound.
	 */
	byRaw: Map<string, number>;
}

const RAW_CACHE_LIMIT = 4096;

// Lookups are built once per spec object: matchSection runs for every heading of every note.
// Keyed by the spec and checked against its `sections` array, so replacing `sections` rebuilds it
// (mutating a section's synonyms in place does not: build a new spec instead).
const lookups = new WeakMap<TemplateSpec, Lookup>();

function lookupFor(spec: TemplateSpec): Lookup {
	const cached = lookups.get(spec);
	if (cached && cached.sections === spec.sections) return cached;
	const byKey = new Map<string, number>();
	spec.sections.forEach((section, index) => {
		for (const name of [section.name, ...section.synonyms]) {
			const key = normalizeHeadingText(name);
			// First section wins when two sections share a synonym, so the result is stable.
			if (key !== "" && !byKey.has(key)) byKey.set(key, index);
		}
	});
	const lookup: Lookup = { sections: spec.sections, byKey, byRaw: new Map() };
	lookups.set(spec, lookup);
	return lookup;
}

/**
 * Index in `spec.sections` of the section a heading text names, or -1.
 * The text may be raw (`**1. Use case:**`); it is normalised here.
 */
export function matchSection(spec: TemplateSpec, headingText: string): number {
	return matchIn(lookupFor(spec), headingText);
}

function matchIn(lookup: Lookup, headingText: string): number {
	const cached = lookup.byRaw.get(headingText);
	if (cached !== undefined) return cached;
	const index = lookup.byKey.get(normalizeHeadingText(headingText)) ?? -1;
	if (lookup.byRaw.size >= RAW_CACHE_LIMIT) lookup.byRaw.clear();
	lookup.byRaw.set(headingText, index);
	return index;
}

/**
 * `matchSection` bound to one spec, for loops over many headings: the per-spec lookup is found once
 * instead of once per heading. Same results as `matchSection(spec, text)`.
 */
export function sectionMatcher(spec: TemplateSpec): (headingText: string) => number {
	const lookup = lookupFor(spec);
	return (headingText) => matchIn(lookup, headingText);
}

/**
 * The heading text that makes a note have template section `t`: its name or, when an earlier
 * section claims that name already, the first synonym that still means `t`. Null when no name
 * of the section is read as it (an empty name, or every name shadowed by an earlier section, as
 * with two sections of the same name in settings): no note can have it, so it is never reported
 * missing and never inserted.
 */
export function writableName(spec: TemplateSpec, t: number): string | null {
	const section = spec.sections[t];
	if (!section) return null;
	for (const name of [section.name, ...section.synonyms]) {
		// Emphasis markers are ignored when matching, and written inside `**X**` they would break the heading.
		const text = name.replace(MARKERS_RE, "").replace(/\s+/g, " ").trim();
		if (text !== "" && matchSection(spec, text) === t) return text;
	}
	return null;
}

/** Error result of `templateFromNote`; a value, not an exception, so the settings UI can show it. */
export interface TemplateError {
	error: string;
}

/** Narrows a `templateFromNote` result. */
export function isTemplateError(value: TemplateSpec | TemplateError): value is TemplateError {
	return "error" in value;
}

const OPTIONAL_SUFFIX_RE = /\s*\((?:optional)\)\s*$/i;
const TEMPLATER_RE = /\{\{|<%/;
const MARKERS_RE = /[*_~=`]/g;
const NUMBERING_CASED_RE = new RegExp(NUMBERING_RE.source, "i");
const TRAILING_COLON_RE = /\s*[:\uff1a]+$/;

/** The display name of an unknown heading: its text without emphasis, numbering or trailing colon, case kept. */
function displayName(text: string): string {
	const plain = text.replace(EMOJI_RE, " ").replace(MARKERS_RE, "").replace(WHITESPACE_RE, " ").trim();
	return plain.replace(NUMBERING_CASED_RE, "").replace(TRAILING_COLON_RE, "").trim();
}

/**
 * Build a template from a template note in the vault (e.g. `Templates/AWS service.md`): its
 * section headings, in order, become the sections. Known sections keep their canonical name
 * and synonyms from `base`; unknown ones become required sections named after the heading.
 * A heading ending in `(optional)` makes its section optional.
 *
 * Which headings are sections: the H1 title and headings with template placeholders
 * (`{{title}}`, `<% %>`) are skipped. If some headings match `base`, sections are the headings of
 * the same kind and level as those matches (so `### 1. Sub topic` under `## Details` stays
 * content); otherwise they are the shallowest ATX headings, or the bold-only lines if there are none.
 */
export function templateFromNote(note: NoteModel, base: TemplateSpec = DEFAULT_TEMPLATE): TemplateSpec | TemplateError {
	const titleLine = note.title ? note.title.line : -1;
	const candidates = note.headings.filter((h) => h.line !== titleLine && !TEMPLATER_RE.test(h.text));
	const rank = (h: { kind: string; level: number | null }): string => (h.kind === "bold" ? "bold" : `h${h.level ?? 0}`);

	const ranks = new Set<string>();
	for (const h of candidates) {
		if (matchSection(base, h.text.replace(OPTIONAL_SUFFIX_RE, "")) >= 0) ranks.add(rank(h));
	}
	if (ranks.size === 0) {
		let minLevel = 7;
		for (const h of candidates) if (h.kind !== "bold" && h.level !== null && h.level < minLevel) minLevel = h.level;
		ranks.add(minLevel < 7 ? `h${minLevel}` : "bold");
	}

	const sections: TemplateSection[] = [];
	const seen = new Set<string>();
	for (const h of candidates) {
		if (!ranks.has(rank(h))) continue;
		const optional = OPTIONAL_SUFFIX_RE.test(h.text);
		const text = h.text.replace(OPTIONAL_SUFFIX_RE, "");
		const known = matchSection(base, text);
		const section: TemplateSection = known >= 0
			? { name: base.sections[known].name, synonyms: [...base.sections[known].synonyms], required: optional ? false : base.sections[known].required }
			: { name: displayName(text), synonyms: [], required: !optional };
		const key = known >= 0 ? `#${known}` : normalizeHeadingText(section.name);
		if (section.name === "" || seen.has(key)) continue;
		seen.add(key);
		sections.push(section);
	}
	if (sections.length === 0) return { error: "The template note has no section headings (expected headings such as \"## Overview\")." };
	return { sections };
}
