/**
 * The body of a note (everything after the frontmatter), read in one pass, line by line, by
 * offsets into the text. Each line is told apart by its first non-blank character before any
 * regular expression runs, and only the lines that may hold links, tags or bold spans are sliced
 * out of the text: this runs on every note of a large vault at start-up and on every edit.
 *
 * The state of the pass is a plain object made by one object literal (`startPass`), and the
 * steps are functions of it, not methods of a class. This is for speed: V8 drops the shape of
 * short-lived class instances at each full garbage collection, and with it the optimised code of
 * the line loop (the parse, YAML aside, measured 1.4x slower as a class); a literal's shape stays.
 */

import { BACKTICK, HASH, skipBlanks, TILDE } from "./chars";
import { atxHeading, boldLineText, mayBeBoldLine, setextLevel } from "./headings";
import { findBold, findLinks, findTags, maskInlineCode, plainText } from "./inline";
import { closesFence, isContentKind, listMarkerEnd, openingFence, templateKindAt, type TemplateLineKind } from "./lineKinds";
import { lineEnd, nextLineStart } from "./lines";
import { addListItem, closeLists, startLists, type ListState } from "./lists";
import type { BoldSpan, CodeBlock, Heading, Link, ListItem, ParseWarning, Tag } from "./types";

/** Template-check content counts around each heading (see `NoteModel.contentBetween`). */
export interface ContentCounts {
	/** Content lines before heading h's (first) line. */
	before: number[];
	/** Content lines up to and including heading h's own line(s). */
	after: number[];
	/** Content lines in the whole note. */
	total: number;
}

/** What the pass over the body finds. */
export interface Body {
	/** The number of the last line: the note's line count. */
	lineCount: number;
	/** No body line holds anything but whitespace. */
	blankBody: boolean;
	headings: Heading[];
	links: Link[];
	/** The text of each link's line, parallel to `links` (see `NoteModel.lineText`). */
	linkLines: string[];
	listItems: ListItem[];
	bold: BoldSpan[];
	inlineTags: Tag[];
	codeBlocks: CodeBlock[];
	content: ContentCounts;
}

/**
 * Where a string next occurs in the text, searched forward as the lines are read: a line is worth
 * a closer look only when it holds `[` (links), `#` (tags) or `**`/`__` (bold spans).
 */
interface NextOccurrence {
	readonly needle: string;
	/** Offset of the next occurrence: -2 before the first search, -1 when there is none left. */
	at: number;
}

/** Whether `next.needle` occurs whole in `text[s, e)`; `s` never decreases from one call to the next. */
function occursWithin(text: string, next: NextOccurrence, s: number, e: number): boolean {
	if (next.at !== -1 && next.at < s) next.at = text.indexOf(next.needle, s);
	return next.at !== -1 && next.at + next.needle.length <= e;
}

/** What the previous line was, for the line after it: a setext underline needs a paragraph line above. */
type Previous = "blank" | "paragraph" | "other";

/** The state of one pass over a body, and what it has found so far (see the module comment). */
interface Pass {
	readonly text: string;
	readonly body: Body;
	readonly lists: ListState;
	readonly wantBold: boolean;
	/** The number of the line being read (of the last one, once the pass is over). */
	line: number;
	/** The code block the lines are in, or null. */
	code: CodeBlock | null;
	previous: Previous;
	/** The last paragraph line (offsets, and the content count before it), for a setext underline below it. */
	paragraphStart: number;
	paragraphEnd: number;
	paragraphContentBefore: number;
	readonly brackets: NextOccurrence;
	readonly hashes: NextOccurrence;
	readonly stars: NextOccurrence;
	readonly underscores: NextOccurrence;
}

/** A pass over `text` about to read line `firstLine`. */
function startPass(text: string, firstLine: number, lists: boolean, wantBold: boolean): Pass {
	const listState = startLists(lists);
	const body: Body = {
		lineCount: 0,
		blankBody: true,
		headings: [],
		links: [],
		linkLines: [],
		listItems: listState.items,
		bold: [],
		inlineTags: [],
		codeBlocks: [],
		content: { before: [], after: [], total: 0 },
	};
	return {
		text,
		body,
		lists: listState,
		wantBold,
		line: firstLine - 1,
		code: null,
		previous: "blank",
		paragraphStart: 0,
		paragraphEnd: 0,
		paragraphContentBefore: 0,
		brackets: { needle: "[", at: -2 },
		hashes: { needle: "#", at: -2 },
		stars: { needle: "**", at: -2 },
		underscores: { needle: "__", at: -2 },
	};
}

/**
 * Read the body of `text`: its lines from offset `start` (line `firstLine`) to the end. `hasCR`:
 * the text holds a `\r` (see `lineEnd`); `lists`/`bold`: build list items and find bold spans.
 * Problems go to `warnings`.
 */
export function readBody(text: string, hasCR: boolean, start: number, firstLine: number, lists: boolean, bold: boolean, warnings: ParseWarning[]): Body {
	const pass = startPass(text, firstLine, lists, bold);
	let pos = start;
	while (pos <= text.length) {
		const end = lineEnd(text, pos, hasCR);
		pass.line++;
		readLine(pass, pos, end);
		const next = nextLineStart(text, end);
		pos = next === -1 ? text.length + 1 : next;
	}
	pass.body.lineCount = pass.line;
	if (pass.code !== null) {
		pass.code.endLine = pass.line;
		warnings.push({ line: pass.code.startLine, message: "A code block is opened here and never closed; the rest of the note is read as code." });
	}
	return pass.body;
}

/** The line `text[s, e)`: counted for the template check, then read for what it holds. */
function readLine(pass: Pass, s: number, e: number): void {
	const { text, body } = pass;
	const k = skipBlanks(text, s, e);
	const kind = templateKindAt(text, s, k, e);
	const contentBefore = body.content.total;
	if (isContentKind(kind, pass.code !== null)) body.content.total++;
	if (pass.code !== null) return readCodeLine(pass, pass.code, s, k, e);
	if (kind === "blank") {
		pass.previous = "blank";
		return;
	}
	readTextLine(pass, s, k, e, kind, contentBefore);
}

/** A line with text outside code, its first non-blank character at `k`. */
function readTextLine(pass: Pass, s: number, k: number, e: number, kind: TemplateLineKind, contentBefore: number): void {
	const { text, body } = pass;
	if (body.blankBody && text.slice(k, e).trim() !== "") body.blankBody = false;
	const c = text.charCodeAt(k);
	if (c === BACKTICK || c === TILDE) {
		const block = openingFence(text.slice(s, e), pass.line);
		if (block !== null) return openCode(pass, block);
	}
	if (c === HASH) {
		const heading = atxHeading(text, s, e, pass.line);
		if (heading !== null) return readAtxHeading(pass, heading, s, e, contentBefore);
	}
	if (pass.previous === "paragraph" && readSetextUnderline(pass, s, k, e)) return;
	if (kind === "rule") {
		closeLists(pass.lists);
		pass.previous = "other";
		return;
	}
	const markerEnd = listMarkerEnd(text, k, e);
	if (markerEnd !== -1) return readListItem(pass, s, k, markerEnd, e);
	readParagraph(pass, s, k, e, contentBefore);
}

/** A line inside the code block `code`: only its closing fence matters. */
function readCodeLine(pass: Pass, code: CodeBlock, s: number, k: number, e: number): void {
	if (pass.text.charCodeAt(k) === code.fence.charCodeAt(0) && closesFence(pass.text.slice(s, e), code.fence)) {
		code.endLine = pass.line;
		code.closed = true;
		pass.code = null;
	}
	pass.previous = "other";
}

function openCode(pass: Pass, block: CodeBlock): void {
	pass.body.codeBlocks.push(block);
	pass.code = block;
}

function readAtxHeading(pass: Pass, heading: Heading, s: number, e: number, contentBefore: number): void {
	addHeading(pass.body, heading, contentBefore);
	closeLists(pass.lists);
	readInline(pass, s, e, true);
	pass.previous = "other";
}

/**
 * `===` or `---` right under a paragraph line makes that line a heading, unless the line is a
 * bold-only heading already. Returns whether this line was such an underline. (No list is open:
 * a paragraph line is one that did not continue a list item.)
 */
function readSetextUnderline(pass: Pass, s: number, k: number, e: number): boolean {
	const level = setextLevel(pass.text, s, k, e);
	if (level === 0) return false;
	const headings = pass.body.headings;
	if (headings.length > 0 && headings[headings.length - 1].line === pass.line - 1) return false;
	const title = pass.text.slice(pass.paragraphStart, pass.paragraphEnd).trim();
	addHeading(pass.body, { line: pass.line - 1, level, kind: "setext", text: title, plain: plainText(title) }, pass.paragraphContentBefore);
	pass.previous = "other";
	return true;
}

function readListItem(pass: Pass, s: number, k: number, markerEnd: number, e: number): void {
	addListItem(pass.lists, pass.text, s, k, markerEnd, e, pass.line, pass.body.headings.length - 1);
	readInline(pass, s, e, false);
	pass.previous = "other";
}

/** Any other line: paragraph text, which may be a bold-only heading or continue a list item. */
function readParagraph(pass: Pass, s: number, k: number, e: number, contentBefore: number): void {
	const indent = k - s;
	if (indent <= 3 && mayBeBoldLine(pass.text.charCodeAt(k))) {
		const line = pass.text.slice(s, e);
		const inner = boldLineText(line);
		if (inner !== null) addHeading(pass.body, { line: pass.line, level: null, kind: "bold", text: line.trim(), plain: plainText(inner) }, contentBefore);
	}
	// Text at the margin after a blank line ends a list; other text continues the item above.
	let continuesItem = false;
	if (indent === 0 && pass.previous === "blank") closeLists(pass.lists);
	else continuesItem = pass.lists.depth > 0;
	readInline(pass, s, e, false);
	if (continuesItem) {
		// A setext underline needs paragraph text above it; the text of a list item does not qualify.
		pass.previous = "other";
	} else {
		pass.previous = "paragraph";
		pass.paragraphStart = s;
		pass.paragraphEnd = e;
		pass.paragraphContentBefore = contentBefore;
	}
}

/** `contentBefore`: the content count before the heading's first line. */
function addHeading(body: Body, heading: Heading, contentBefore: number): void {
	body.headings.push(heading);
	body.content.before.push(contentBefore);
	body.content.after.push(body.content.total);
}

/** Links, bold spans and (except on ATX headings) tags on the line `text[s, e)`, outside inline code. */
function readInline(pass: Pass, s: number, e: number, atx: boolean): void {
	const { text, body } = pass;
	const mayHaveLinks = occursWithin(text, pass.brackets, s, e);
	const mayHaveTags = !atx && occursWithin(text, pass.hashes, s, e);
	const mayHaveBold = pass.wantBold && (occursWithin(text, pass.stars, s, e) || occursWithin(text, pass.underscores, s, e));
	if (!mayHaveLinks && !mayHaveTags && !mayHaveBold) return;
	const line = text.slice(s, e);
	const masked = maskInlineCode(line);
	if (mayHaveLinks && masked.includes("[")) {
		const before = body.links.length;
		findLinks(line, masked, pass.line, body.links);
		for (let i = before; i < body.links.length; i++) body.linkLines.push(line);
	}
	if (mayHaveBold && (masked.includes("**") || masked.includes("__"))) findBold(line, masked, pass.line, body.bold);
	if (mayHaveTags && masked.includes("#")) findTags(masked, pass.line, body.inlineTags);
}
