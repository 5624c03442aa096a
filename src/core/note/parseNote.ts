/**
 * `parseNote(text)`: a note's text to its `NoteModel`, in one linear pass over its lines.
 *
 * The frontmatter is read first (`frontmatter.ts`), then the body (`body.ts`); the model
 * (`model.ts`) builds its per-line tables only when they are read. It never throws: whatever the
 * input, the result is a model, with `warnings` for what looked wrong.
 */

import { readBody } from "./body";
import { BOM } from "./chars";
import { readFrontmatter } from "./frontmatter";
import { ParsedNote } from "./model";
import type { NoteModel, ParseWarning } from "./types";

export interface ParseOptions {
	/** Build `listItems` (default true). The vault index does not need them; the quiz does. */
	lists?: boolean;
	/** Find bold spans (default true). */
	bold?: boolean;
}

/**
 * Parse a note's text into its model. Never throws.
 * Options only skip building `listItems`/`bold`; every other field is the same with or without them.
 */
export function parseNote(input: string, options: ParseOptions = {}): NoteModel {
	const text = typeof input === "string" ? input : String(input ?? "");
	const bom = text.charCodeAt(0) === BOM;
	const start = bom ? 1 : 0;
	const hasCR = text.indexOf("\r", start) !== -1;
	const warnings: ParseWarning[] = [];
	const { frontmatter, bodyStart, bodyLine } = readFrontmatter(text, start, hasCR, warnings);
	const body = readBody(text, hasCR, bodyStart, bodyLine, options.lists !== false, options.bold !== false, warnings);
	return new ParsedNote(text, start, bom, frontmatter, body, warnings);
}

/** Frontmatter tags and inline tags, without `#`, lower-cased, unique. */
export function noteTags(note: NoteModel): string[] {
	if (note.inlineTags.length === 0 && (note.frontmatter === null || note.frontmatter.tags.length === 0)) return [];
	const out = new Set<string>();
	for (const t of note.frontmatter?.tags ?? []) out.add(t.toLowerCase());
	for (const t of note.inlineTags) out.add(t.tag.toLowerCase());
	return [...out];
}
