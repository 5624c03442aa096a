/**
 * Notes that are not service notes although they sit with them: a README, an index or "map of
 * content", and hub notes that are mostly a list of links to other notes ("AWS Networking
 * Overview", "AWS KMS & Encryption" when it only points at the service notes).
 *
 * Such notes are left out of the template check, and never stand in for a service in the
 * missing-notes panel ("same service under another name").
 */

import type { NoteModel } from "../note/types";

/** Note names that are navigation by convention, compared lower-cased without ".md". */
const NAVIGATION_NAME = /^(?:readme|index|home|dashboard|start here|contents|table of contents|moc|map of contents?)$|(?:^|[\s_-])(?:moc|index|map of contents?)$|^(?:moc|index)[\s_-]/;

/** Whether a note's file name marks it as a README or an index / MOC note. */
export function isNavigationName(path: string): boolean {
	const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "").trim().toLowerCase();
	return NAVIGATION_NAME.test(base);
}

/** At least this many lines that are only links, and this share of the content lines. */
const HUB_MIN_LINK_LINES = 5;
const HUB_SHARE = 0.6;
/** Words a line may carry besides its links and still count as a link line ("- [[S3]]: object storage"). */
const LINK_LINE_WORDS = 6;

const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/;
const RULE = /^\s*(?:[-*_]\s*){3,}$/;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Whether the note is mostly a list of links: at least 5 lines that hold a wikilink and little
 * else, and they make up 60% or more of the lines with content (headings, blank lines, rules,
 * frontmatter and code are not counted). Cheap for the usual note: only notes with enough
 * linking lines are read line by line.
 */
export function isHubNote(note: NoteModel): boolean {
	const linkLines = new Set<number>();
	for (const l of note.links) if (!l.external && !l.embed) linkLines.add(l.line);
	if (linkLines.size < HUB_MIN_LINK_LINES) return false;
	if (linkLines.size < note.lineCount * HUB_SHARE * 0.4) return false; // far too much else in the note

	const headingLines = new Set(note.headings.map((h) => h.line));
	let content = 0;
	let onlyLinks = 0;
	for (let line = 1; line <= note.lineCount; line++) {
		if (note.isCode[line - 1] || headingLines.has(line)) continue;
		const text = note.lineText(line);
		if (text.trim() === "" || RULE.test(text)) continue;
		content++;
		if (!linkLines.has(line)) continue;
		const rest = text
			.replace(/!?\[\[[^\]]*\]\]/g, " ")
			.replace(/!?\[[^\]]*\]\([^)]*\)/g, " ")
			.replace(LIST_MARKER, "");
		if ((rest.match(WORD) ?? []).length <= LINK_LINE_WORDS) onlyLinks++;
	}
	return onlyLinks >= HUB_MIN_LINK_LINES && onlyLinks >= content * HUB_SHARE;
}
