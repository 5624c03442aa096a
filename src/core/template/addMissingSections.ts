/**
 * The safe fix for `missing-section`: insert each missing required section, and nothing else.
 *
 * Every change is an insertion of whole lines at a line start (or at the very end), so every
 * original line survives byte for byte and in order; the edits can be applied by the Obsidian layer
 * as one editor transaction or through `Vault.process`. Running the fix on its own output adds nothing.
 */

import type { NoteModel } from "../note/types";
import { locate, planOrder, type SectionLocations } from "./locate";
import { placeMissing } from "./placement";
import { parseNote } from "../note/parseNote";
import { DEFAULT_TEMPLATE, matchSection, writableName, type TemplateSpec } from "./spec";

/** One insertion. Offsets and lines refer to the ORIGINAL text (not shifted by earlier edits). */
export interface InsertEdit {
	/** UTF-16 offset in the original text (after the BOM when inserting before line 1). */
	offset: number;
	/**
	 * 0-based (editor-style, unlike the 1-based model) index of the line before which `text` is
	 * inserted; `lines.length` means after the last line of a text that does not end with a line ending
	 * (an editor has no such line: insert at the end of the document, or use `offset`).
	 */
	line: number;
	/** The inserted text: whole lines, each ending with the note's line ending. */
	text: string;
}

/** How section headings are written: `## **X**` / `## X` / `### X` (atx) or a bold-only line `**X**`. */
export type HeadingStyle = { kind: "atx"; level: number; bold: boolean } | { kind: "bold" };

/** Overrides for what is otherwise detected from the note (a note with 0–1 sections shows no habit). */
export interface AddSectionsOptions {
	/** Heading style to use instead of the one detected from the note (e.g. a vault-wide habit). */
	style?: HeadingStyle;
	/** Separator line between sections (`---`), or null for none; detected from the note when undefined. */
	separator?: string | null;
	/** Add only these sections (canonical names); the others stay missing. All missing sections when undefined. */
	only?: readonly string[];
}

/** The fixed text plus the same change as edits, so the caller can apply it to a live editor instead. */
export interface AddSectionsResult {
	text: string;
	/** Sorted by offset, non-overlapping, at distinct offsets. */
	edits: InsertEdit[];
	/** Canonical names of the sections added, in template order. */
	added: string[];
}

/** The style sections get when the note has no template heading to copy: the user's usual `## **X**`. */
export const DEFAULT_HEADING_STYLE: HeadingStyle = { kind: "atx", level: 2, bold: true };

function isBlank(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c !== 32 && c !== 9) return false;
	}
	return true;
}

/** `---`, `***`, `___` with optional inner spaces. */
function isRuleLine(line: string): boolean {
	const t = line.trim();
	if (t.length < 3) return false;
	const ch = t.charCodeAt(0);
	if (ch !== 45 && ch !== 42 && ch !== 95) return false;
	let count = 0;
	for (let i = 0; i < t.length; i++) {
		const c = t.charCodeAt(i);
		if (c === ch) count++;
		else if (c !== 32 && c !== 9) return false;
	}
	return count >= 3;
}

function isBoldText(text: string): boolean {
	const t = text.trim();
	return t.length > 4 && ((t.startsWith("**") && t.endsWith("**")) || (t.startsWith("__") && t.endsWith("__")));
}

/**
 * The heading style the note already uses for its template sections: the most frequent one,
 * ties going to ATX headings (a note with `**Overview**` and `## **Details**` gets `## **X**`),
 * then to the style seen first. Setext headings count as ATX of their level.
 */
export function detectHeadingStyle(locations: SectionLocations): HeadingStyle {
	const counts = new Map<string, { style: HeadingStyle; count: number }>();
	for (const o of locations.ordered) {
		const h = o.heading;
		const style: HeadingStyle = h.kind === "bold" || h.level === null
			? { kind: "bold" }
			: { kind: "atx", level: h.level, bold: isBoldText(h.text) };
		const key = style.kind === "bold" ? "bold" : `${style.level}:${style.bold ? "b" : ""}`;
		const entry = counts.get(key);
		if (entry) entry.count++;
		else counts.set(key, { style, count: 1 });
	}
	let best: { style: HeadingStyle; count: number } | null = null;
	for (const entry of counts.values()) {
		if (
			best === null ||
			entry.count > best.count ||
			(entry.count === best.count && entry.style.kind === "atx" && best.style.kind === "bold")
		) best = entry;
	}
	return best ? best.style : DEFAULT_HEADING_STYLE;
}

/**
 * The note's separator habit: the `---` (as written, trimmed) when at least as many template
 * headings (after the first) are preceded by a separator (blank lines skipped) as are not; else null.
 * A setext underline is not a separator.
 */
export function detectSeparator(note: NoteModel, locations: SectionLocations): string | null {
	let yes = 0;
	let no = 0;
	let sep: string | null = null;
	const ordered = locations.ordered;
	for (let k = 1; k < ordered.length; k++) {
		// `i` is a 0-based index: the line just above the heading is `line - 2`.
		let i = ordered[k].line - 2;
		while (i >= 0 && isBlank(note.lines[i])) i--;
		const found = i >= 0 && !note.isCode[i] && isRuleLine(note.lines[i]) && !isSetextUnderline(note, i);
		if (found) {
			yes++;
			if (sep === null) sep = note.lines[i].trim();
		} else no++;
	}
	return yes > 0 && yes >= no ? sep : null;
}

/** Is 0-based line `i` the underline of a setext heading (whose text is 1-based line `i`)? */
function isSetextUnderline(note: NoteModel, i: number): boolean {
	for (const h of note.headings) if (h.kind === "setext" && h.line === i) return true;
	return false;
}

/**
 * The heading line for a section name in a style. Never an H1: an H1 placed before every other
 * heading would become the note's title, which is not a section, so the fix would not be idempotent.
 */
export function formatHeading(style: HeadingStyle, name: string): string {
	if (style.kind === "bold") return `**${name}**`;
	const level = Math.min(6, Math.max(2, Math.floor(style.level)));
	return `${"#".repeat(level)} ${style.bold ? `**${name}**` : name}`;
}

interface Group {
	/** 0-based index of the line the block goes before; the effective line count for "end". */
	at: number;
	kind: "before" | "end";
	/** A template section comes before the block (so a separator may open it). */
	afterSection: boolean;
	names: string[];
}

/**
 * Insert every missing required section of `spec` into `text` (whose model is `note`).
 *
 * Position: before the heading of the next in-order template section that follows it in the
 * template; else after the end of the last in-order section before it (its extent includes trailing
 * blank lines and `---`, so this is just before the next heading, or at the end of the note); with no
 * template section at all, at the end of the note (after the frontmatter and title of a note
 * without body). Several sections due at one place are inserted together, in template order.
 *
 * Layout: the note's heading style and `---` habit; a new section is its heading and one blank line
 * (so it reads as empty and the checker asks the user to fill it). Before a heading the block is
 * `heading, blank, [---, blank]`; at the end it is `[blank, ---,] blank, heading`. A blank line is
 * added first when the line above is not blank. Inserted lines end with `note.eol`; a note that does
 * not end with a line ending gets one before an appended block. A code block left open at the end of
 * the note is closed first (otherwise the new headings would be code).
 *
 * @throws Error if `note` was not parsed from `text` (lengths differ): a caller bug, not bad input.
 */
export function addMissingSections(
	text: string,
	note: NoteModel,
	spec: TemplateSpec = DEFAULT_TEMPLATE,
	options: AddSectionsOptions = {},
): AddSectionsResult {
	if (note.length !== text.length) throw new Error("addMissingSections: the note model was not parsed from this text.");
	const locations = locate(note, spec, false);
	const plan = planOrder(locations);
	const lines = note.lines;
	const n = lines.length;
	// Trap: a text ending with a line ending has a last, empty "virtual" line in the model
	// ("a\n" is ["a", ""]); so does the empty text. Appending happens at its start (= text.length).
	const virtual = n === 0 || (lines[n - 1] === "" && note.lineEndings[n - 1] === "");
	const effective = virtual ? Math.max(0, n - 1) : n;

	const style = options.style ?? detectHeadingStyle(locations);
	const groups: Group[] = [];
	const added: string[] = [];
	for (let t = 0; t < spec.sections.length; t++) {
		const section = spec.sections[t];
		if (!section.required || locations.bySection[t].length > 0) continue;
		if (options.only && !options.only.includes(section.name)) continue;
		// The heading is written with a name that is read back as this section: the canonical name,
		// or a synonym when an earlier section shadows the name. With none (see `writableName`), or
		// when the written line would not be read as that heading, the section cannot be added:
		// inserting it would not make it found, and the fix would not be idempotent.
		const heading = writableName(spec, t);
		if (heading === null || !readsAsSection(formatHeading(style, heading), spec, t)) continue;
		const place = placeMissing(note, spec, plan, t);
		const group: Group =
			place.kind === "before"
				? { at: place.line - 1, kind: "before", afterSection: place.afterSection, names: [] }
				: { at: effective, kind: "end", afterSection: place.afterSection, names: [] };
		const same = groups.find((g) => g.at === group.at && g.kind === group.kind);
		if (same) same.names.push(heading);
		else {
			group.names.push(heading);
			groups.push(group);
		}
		added.push(section.name);
	}
	if (groups.length === 0) return { text, edits: [], added: [] };

	const sep = options.separator !== undefined ? options.separator : detectSeparator(note, locations);
	const eol = note.eol;
	const edits: InsertEdit[] = [];
	for (const g of groups) {
		const out: string[] = [];
		let prefix = "";
		if (g.kind === "before") {
			// A blank line above the heading, unless the line above is blank or closes the frontmatter.
			const afterFrontmatter = note.frontmatter !== null && g.at === note.frontmatter.endLine;
			if (g.at > 0 && !isBlank(lines[g.at - 1]) && !afterFrontmatter) out.push("");
			for (const name of g.names) {
				out.push(formatHeading(style, name), "");
				if (sep) out.push(sep, "");
			}
			edits.push({ offset: note.lineStarts[g.at], line: g.at, text: joinLines(out, eol) });
			continue;
		}
		// At the end of the note.
		const lastIdx = effective - 1; // 0-based index of the last real line, -1 for an empty note
		if (lastIdx >= 0 && note.lineEndings[lastIdx] === "") prefix = eol;
		const lastBlock = note.codeBlocks.length > 0 ? note.codeBlocks[note.codeBlocks.length - 1] : null;
		let q = lastIdx;
		while (q >= 0 && isBlank(lines[q])) q--;
		let trailingBlank = q < lastIdx;
		let lastIsSep = q >= 0 && !note.isCode[q] && isRuleLine(lines[q]) && !isSetextUnderline(note, q);
		if (lastBlock && !lastBlock.closed) {
			// Close the fence so the headings are not code. Rendering is unchanged: an open fence ran to the
			// end anyway (no blank line before the fence: it would be added to the code).
			out.push(lastBlock.fence);
			trailingBlank = false;
			lastIsSep = false;
		}
		if (q >= 0 || out.length > 0) {
			if (sep && g.afterSection && !lastIsSep) {
				if (!trailingBlank) out.push("");
				out.push(sep, "");
			} else if (!trailingBlank) out.push("");
		}
		g.names.forEach((name, i) => {
			if (i > 0) {
				out.push("");
				if (sep) out.push(sep, "");
			}
			out.push(formatHeading(style, name));
		});
		edits.push({ offset: text.length, line: virtual ? Math.max(0, n - 1) : n, text: prefix + joinLines(out, eol) });
	}
	edits.sort((a, b) => a.offset - b.offset);
	return { text: applyEdits(text, edits), edits, added };
}

/** Whether a heading line, parsed on its own, is a heading that names template section `t`. */
function readsAsSection(line: string, spec: TemplateSpec, t: number): boolean {
	const h = parseNote(line).headings[0];
	return h !== undefined && h.line === 1 && matchSection(spec, h.text) === t;
}

function joinLines(lines: string[], eol: string): string {
	let s = "";
	for (const l of lines) s += l + eol;
	return s;
}

/**
 * Apply insertions to the text they were computed on. Offsets refer to the original text;
 * edits at the same offset are inserted in array order.
 *
 * @throws RangeError for an offset outside the text.
 */
export function applyEdits(text: string, edits: readonly InsertEdit[]): string {
	const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.offset - b.e.offset || a.i - b.i);
	let out = "";
	let pos = 0;
	for (const { e } of sorted) {
		if (e.offset < 0 || e.offset > text.length) throw new RangeError(`applyEdits: offset ${e.offset} is outside the text (length ${text.length}).`);
		out += text.slice(pos, e.offset) + e.text;
		pos = e.offset;
	}
	return out + text.slice(pos);
}
