/**
 * `parseNote(text)`: one linear pass over a note's lines that builds the `NoteModel`.
 *
 * Written for speed (it runs on every note of a 10,000-note vault at start-up and on every edit):
 * each line is classified by its first non-blank character before any regular expression runs,
 * and costly derived text (a list item's plain text) is computed only when read.
 * It never throws: whatever the input, the result is a model, with `warnings` for what looked wrong.
 */

import { findBold, findLinks, maskInlineCode, plainText } from "./inline";
import { isBareListMarkerAt, isContentAt, isRuleAt } from "./lineKinds";
import type {
	BoldSpan,
	CodeBlock,
	Frontmatter,
	Heading,
	Link,
	ListItem,
	NoteModel,
	ParseWarning,
	Section,
	Tag,
} from "./types";
import { parseFrontmatterYaml, readStringList } from "./yaml";

/** A list item whose plain text is derived on first read (most callers never need it). */
class ListItemImpl implements ListItem {
	private plainCache: string | null = null;
	children: number[] = [];
	constructor(
		public line: number,
		public depth: number,
		public indent: string,
		public marker: string,
		public task: string | null,
		public text: string,
		public parent: number,
		public section: number,
	) {}
	get plain(): string {
		if (this.plainCache === null) this.plainCache = plainText(this.text);
		return this.plainCache;
	}
	toJSON(): ListItem {
		return {
			line: this.line,
			depth: this.depth,
			indent: this.indent,
			marker: this.marker,
			task: this.task,
			text: this.text,
			plain: this.plain,
			parent: this.parent,
			children: this.children,
			section: this.section,
		};
	}
}

const CLOSING_HASHES = /(?:^|[ \t]+)#+[ \t]*$/;
const TASK = /^\[([ xX/\-><?!*])\][ \t]+/;
const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const TAG = /(?:^|[\s(,])#([\p{L}\p{N}_\-/]*[\p{L}_\-/][\p{L}\p{N}_\-/]*)/gu;

/** The level of the heading `atxAt` found last (a result object per heading would be garbage at once). */
let atxLevel = 0;

/**
 * An ATX heading (`## Text ##`) on `text[s, e)`: its text (closing hashes not yet removed), its
 * level in `atxLevel`; or null. Up to three leading spaces, one to six `#`, then a space or a tab
 * or the end of the line.
 */
function atxAt(text: string, s: number, e: number): string | null {
	let j = s;
	while (j < e && text.charCodeAt(j) === 32) j++;
	if (j - s > 3 || text.charCodeAt(j) !== 35) return null;
	let h = j;
	while (h < e && text.charCodeAt(h) === 35) h++;
	if (h - j > 6) return null;
	if (h < e && text.charCodeAt(h) !== 32 && text.charCodeAt(h) !== 9) return null;
	let a = h;
	while (a < e && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
	let b = e;
	while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
	const t = text.slice(a, b);
	// Line separators end a line for the editor: such a line is not one heading.
	if (t.indexOf("\u2028") !== -1 || t.indexOf("\u2029") !== -1) return null;
	atxLevel = h - j;
	return t;
}

/** Columns of an indentation (`text` from `s` to `k`): a tab counts as four, as in Obsidian's editor. */
function indentWidth(text: string, s: number, k: number): number {
	let w = 0;
	for (let i = s; i < k; i++) w += text.charCodeAt(i) === 9 ? 4 - (w % 4) : 1;
	return w;
}

/** `---`, `***`, `___` (with optional spaces between): a thematic break. */
export function isRule(line: string): boolean {
	return isRuleAt(line, 0, line.length);
}

/**
 * A line that holds only bold text (`**Overview**`, `__Overview__`, `**Exam Tips:**`, `**Overview**:`):
 * some notes use it instead of a heading. Returns the inner text or null.
 */
export function boldLineText(line: string): string | null {
	const t = line.trim();
	if (t.length < 5) return null;
	const d = t.charCodeAt(0);
	if ((d !== 42 && d !== 95) || t.charCodeAt(1) !== d) return null;
	const delim = d === 42 ? "**" : "__";
	let body = t.endsWith(":") ? t.slice(0, -1).trimEnd() : t;
	if (!body.endsWith(delim)) return null;
	// Strip a third marker for ***bold italic***.
	let open = 2;
	let close = body.length - 2;
	if (body.charCodeAt(2) === d && body.charCodeAt(close - 1) === d) {
		open = 3;
		close -= 1;
	}
	if (close <= open) return null;
	body = body.slice(open, close);
	if (body.includes(delim) || body.trim() === "") return null;
	return body;
}

export interface ParseOptions {
	/** Build `listItems` (default true). The vault index does not need them; the quiz does. */
	lists?: boolean;
	/** Find bold spans (default true). */
	bold?: boolean;
}

/** Where the line starting at `pos` ends (before its line ending). */
function lineEnd(text: string, pos: number, hasCR: boolean): number {
	if (!hasCR) {
		const nl = text.indexOf("\n", pos);
		return nl === -1 ? text.length : nl;
	}
	const n = text.length;
	let i = pos;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 13) return i;
		i++;
	}
	return n;
}

/** Where the next line starts after a line ending at `end`, or -1 at the end of the text. */
function nextLine(text: string, end: number): number {
	if (end >= text.length) return -1;
	return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

/** Whether `text[s, e)` is blank as `String.prototype.trim` sees it. */
function isBlankTrim(text: string, s: number, e: number): boolean {
	for (let i = s; i < e; i++) {
		const c = text.charCodeAt(i);
		if (c > 32 && c < 127) return false;
		if (c !== 32 && c !== 9) return text.slice(i, e).trim() === "";
	}
	return true;
}

/** Lines, their offsets and their endings: derived on first read (the vault index never reads them). */
interface LineTable {
	lines: string[];
	lineStarts: number[];
	lineEndings: string[];
	eol: NoteModel["eol"];
}

function splitLines(text: string, offset0: number): LineTable {
	const lines: string[] = [];
	const lineStarts: number[] = [];
	const lineEndings: string[] = [];
	let nLF = 0;
	let nCRLF = 0;
	let nCR = 0;
	const hasCR = text.indexOf("\r", offset0) !== -1;
	let pos = offset0;
	for (;;) {
		const end = lineEnd(text, pos, hasCR);
		lineStarts.push(pos);
		lines.push(text.slice(pos, end));
		const next = nextLine(text, end);
		if (next === -1) {
			lineEndings.push("");
			break;
		}
		if (next === end + 2) {
			lineEndings.push("\r\n");
			nCRLF++;
		} else if (text.charCodeAt(end) === 13) {
			lineEndings.push("\r");
			nCR++;
		} else {
			lineEndings.push("\n");
			nLF++;
		}
		pos = next;
	}
	const eol: NoteModel["eol"] = nCRLF > nLF && nCRLF >= nCR ? "\r\n" : nCR > nLF && nCR > nCRLF ? "\r" : "\n";
	return { lines, lineStarts, lineEndings, eol };
}

/**
 * Heading-delimited sections: each runs to the line before the next heading of the same or a
 * higher rank (bold-only headings rank below every level). Linear: open headings are kept on a
 * stack of increasing rank, and a heading closes every open one of its rank or lower.
 */
function buildSections(headings: Heading[], countBefore: number[], contentCount: number, nLines: number): Section[] {
	const rank = (h: Heading) => (h.level === null ? 7 : h.level);
	// Filled out of order (a heading is closed when a later one of its rank appears).
	const sections = new Array<Section>(headings.length);
	const open: number[] = [];
	const close = (h: number, endLine: number, endCount: number): void => {
		// The heading's own line is content of the sections around it, not of its own section
		// (a setext underline is never content).
		sections[h] = { heading: headings[h], startLine: headings[h].line, endLine, contentLines: endCount - countBefore[h] - 1 };
	};
	for (let j = 0; j < headings.length; j++) {
		const r = rank(headings[j]);
		while (open.length > 0 && rank(headings[open[open.length - 1]]) >= r) close(open.pop()!, headings[j].line - 1, countBefore[j]);
		open.push(j);
	}
	while (open.length > 0) close(open.pop()!, nLines, contentCount);
	return sections;
}

/** Template-check content counts around each heading (see `NoteModel.contentBetween`). */
interface ContentCounts {
	/** Content lines before heading h's (first) line. */
	before: number[];
	/** Content lines up to and including heading h's own line(s). */
	after: number[];
	total: number;
}

/**
 * The model. Headings, links and the rest are read in one pass; the per-line tables (`lines`,
 * `lineStarts`, `lineEndings`, `isCode`, `eol`) are built on first read, because the vault
 * index, which parses every note of a large vault, needs none of them.
 */
class ParsedNote implements NoteModel {
	private table: LineTable | null = null;
	private codeTable: boolean[] | null = null;
	private sectionTable: Section[] | null = null;
	constructor(
		private readonly text: string,
		private readonly offset0: number,
		readonly lineCount: number,
		readonly bom: boolean,
		readonly length: number,
		readonly frontmatter: Frontmatter | null,
		readonly title: Heading | null,
		readonly headings: Heading[],
		/** Parser content counts (not blank, not a rule) before each heading, and in all, for `sections`. */
		private readonly sectionCounts: { before: number[]; total: number },
		readonly links: Link[],
		/** The text of each link's line, parallel to `links`. */
		private readonly linkLines: string[],
		readonly listItems: ListItem[],
		readonly bold: BoldSpan[],
		readonly inlineTags: Tag[],
		readonly codeBlocks: CodeBlock[],
		readonly warnings: ParseWarning[],
		readonly blankBody: boolean,
		private readonly content: ContentCounts,
	) {}

	private lineTable(): LineTable {
		return (this.table ??= splitLines(this.text, this.offset0));
	}
	get lines(): string[] {
		return this.lineTable().lines;
	}
	get lineStarts(): number[] {
		return this.lineTable().lineStarts;
	}
	get lineEndings(): string[] {
		return this.lineTable().lineEndings;
	}
	get eol(): NoteModel["eol"] {
		return this.lineTable().eol;
	}
	get isCode(): boolean[] {
		if (this.codeTable === null) {
			const isCode = new Array<boolean>(this.lineCount).fill(false);
			if (this.frontmatter) for (let i = 0; i < this.frontmatter.endLine; i++) isCode[i] = true;
			for (const b of this.codeBlocks) for (let l = b.startLine; l <= b.endLine; l++) isCode[l - 1] = true;
			this.codeTable = isCode;
		}
		return this.codeTable;
	}

	get sections(): Section[] {
		return (this.sectionTable ??= buildSections(this.headings, this.sectionCounts.before, this.sectionCounts.total, this.lineCount));
	}

	lineText(line: number): string {
		if (this.table === null) {
			// Lines with links are at hand without splitting the note (links are in line order).
			let lo = 0;
			let hi = this.links.length - 1;
			while (lo <= hi) {
				const mid = (lo + hi) >> 1;
				const l = this.links[mid].line;
				if (l === line) return this.linkLines[mid];
				if (l < line) lo = mid + 1;
				else hi = mid - 1;
			}
		}
		return this.lineTable().lines[line - 1] ?? "";
	}

	contentBetween(heading: number, next: number): number {
		const c = this.content;
		return (next < 0 || next >= c.before.length ? c.total : c.before[next]) - c.after[heading];
	}

	toJSON(): Record<string, unknown> {
		return {
			lines: this.lines,
			lineStarts: this.lineStarts,
			lineEndings: this.lineEndings,
			eol: this.eol,
			bom: this.bom,
			length: this.length,
			lineCount: this.lineCount,
			frontmatter: this.frontmatter,
			title: this.title,
			headings: this.headings,
			sections: this.sections,
			links: this.links,
			listItems: this.listItems,
			bold: this.bold,
			inlineTags: this.inlineTags,
			codeBlocks: this.codeBlocks,
			isCode: this.isCode,
			warnings: this.warnings,
			blankBody: this.blankBody,
		};
	}
}

/**
 * Parse a note's text into its model. Never throws.
 * Options only skip building `listItems`/`bold`; every other field is the same with or without them.
 */
export function parseNote(input: string, options: ParseOptions = {}): NoteModel {
	const wantLists = options.lists !== false;
	const wantBold = options.bold !== false;
	const text = typeof input === "string" ? input : String(input ?? "");
	const bom = text.charCodeAt(0) === 0xfeff;
	const offset0 = bom ? 1 : 0;
	const hasCR = text.indexOf("\r", offset0) !== -1;
	const warnings: ParseWarning[] = [];

	// --- Frontmatter ---------------------------------------------------------------------------
	let frontmatter: Frontmatter | null = null;
	let bodyPos = offset0; // offset of the first body line
	let bodyLine = 1; // its 1-based number
	{
		const end0 = lineEnd(text, offset0, hasCR);
		const next0 = nextLine(text, end0);
		if (next0 !== -1 && text.slice(offset0, end0).trimEnd() === "---") {
			const yamlLines: string[] = [];
			let pos = next0;
			let line = 2;
			let closed = false;
			for (;;) {
				const end = lineEnd(text, pos, hasCR);
				const raw = text.slice(pos, end);
				const next = nextLine(text, end);
				if (raw.trimEnd() === "---") {
					closed = true;
					bodyPos = next === -1 ? text.length + 1 : next;
					bodyLine = line + 1;
					break;
				}
				yamlLines.push(raw);
				if (next === -1) break;
				pos = next;
				line++;
			}
			if (!closed) {
				warnings.push({ line: 1, message: "The note starts with `---` but the frontmatter is never closed, so it is read as text." });
			} else {
				const raw = yamlLines.join("\n");
				const parsed = parseFrontmatterYaml(raw);
				frontmatter = {
					raw,
					startLine: 1,
					endLine: bodyLine - 1,
					data: parsed.ok ? parsed.data : null,
					aliases: parsed.ok ? readStringList(parsed.data.aliases ?? parsed.data.alias, "aliases") : [],
					tags: parsed.ok ? readStringList(parsed.data.tags ?? parsed.data.tag, "tags") : [],
					error: parsed.ok ? null : { message: parsed.error.message, line: parsed.error.line + 1 },
				};
				if (!parsed.ok) warnings.push({ line: parsed.error.line + 1, message: `Frontmatter: ${parsed.error.message}` });
			}
		}
	}

	// --- Body ----------------------------------------------------------------------------------
	const headings: Heading[] = [];
	const links: Link[] = [];
	const linkLines: string[] = [];
	const listItems: ListItemImpl[] = [];
	const bold: BoldSpan[] = [];
	const inlineTags: Tag[] = [];
	const codeBlocks: CodeBlock[] = [];
	// Section content is counted on the fly: `contentCount` is the number of content lines (not
	// blank, not a rule) seen so far, and `countBefore[h]` the count before heading h's first line.
	let contentCount = 0;
	const countBefore: number[] = [];
	// The same for the template check's idea of content (see `isContentAt`).
	let checkCount = 0;
	let checkCountPrev = 0; // `checkCount` before the previous line
	let lineCheckBefore = 0; // `checkCount` before the current line
	const checkBefore: number[] = [];
	const checkAfter: number[] = [];
	let blankBody = true;

	let fence: CodeBlock | null = null;
	let fenceChar = 0;
	let fenceLen = 0;
	// Open list items by indentation width (and their index in `listItems`), innermost last.
	const stackWidth: number[] = [];
	const stackIndex: number[] = [];
	let depth = 0;
	let prevParagraph = false; // previous line was paragraph text (for setext headings)
	let prevBlank = true;
	// Offsets of the previous and the current line (the setext check reads the previous one).
	let prevStart = 0;
	let prevEnd = 0;
	let lineStart = 0;
	let lineEndAt = 0;
	// Next offsets of characters that make a line worth a closer look (-2: not searched yet, -1: none left).
	let nextBracket = -2;
	let nextHash = -2;
	let nextStar = -2;
	let nextUnder = -2;

	let lineNo = bodyLine - 1;
	let pos = bodyPos;
	let lastLine = bodyLine - 1;
	while (pos <= text.length) {
		const s = pos;
		const e = lineEnd(text, s, hasCR);
		const next = nextLine(text, e);
		pos = next === -1 ? text.length + 1 : next;
		lineNo++;
		lastLine = lineNo;
		// What was "current" is "previous" now, whichever branch below ends the line.
		prevStart = lineStart;
		prevEnd = lineEndAt;
		checkCountPrev = lineCheckBefore;
		lineStart = s;
		lineEndAt = e;
		const checkBeforeLine = (lineCheckBefore = checkCount);

		if (fence !== null) {
			contentCount++;
			let k = s;
			while (k < e && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
			if (k < e) checkCount++;
			if (text.charCodeAt(k) === fenceChar) {
				const m = FENCE.exec(text.slice(s, e));
				if (m && m[2].charCodeAt(0) === fenceChar && m[2].length >= fenceLen && m[3].trim() === "") {
					fence.endLine = lineNo;
					fence.closed = true;
					fence = null;
				}
			}
			prevParagraph = false;
			prevBlank = false;
			continue;
		}

		// Classify by the first non-blank character.
		let k = s;
		while (k < e && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
		if (k === e) {
			prevBlank = true;
			prevParagraph = false;
			continue;
		}
		if (blankBody && !isBlankTrim(text, k, e)) blankBody = false;
		const c = text.charCodeAt(k);
		const indent = k - s;
		const ruleLine = (c === 45 || c === 42 || c === 95) && isRuleAt(text, s, e);
		// `isContentAt(text, s, e, false)`, reusing what is known of the line already.
		if (ruleLine ? false : c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57) ? !isBareListMarkerAt(text, k, e) : c === 60 || c === 37 ? isContentAt(text, s, e, false) : true) checkCount++;

		if (c === 96 /* ` */ || c === 126 /* ~ */) {
			const m = FENCE.exec(text.slice(s, e));
			if (m && !(c === 96 && m[3].includes("`"))) {
				fence = { startLine: lineNo, endLine: 0, fence: m[2], info: m[3].trim(), closed: false };
				fenceChar = c;
				fenceLen = m[2].length;
				codeBlocks.push(fence);
				contentCount++;
				prevParagraph = false;
				prevBlank = false;
				continue;
			}
		}

		let heading: Heading | null = null;
		let lazyContinuation = false;
		let item = false;
		let markerEnd = 0;
		let rule = false;
		let line: string | null = null; // the line's text, sliced only when needed

		if (c === 35 /* # */ && indent <= 3) {
			let t = atxAt(text, s, e);
			if (t !== null) {
				const level = atxLevel;
				if (t.indexOf("#") !== -1) t = t.replace(CLOSING_HASHES, "");
				heading = { line: lineNo, level, kind: "atx", text: t, plain: plainText(t) };
			}
		} else if ((c === 45 || c === 61) && indent <= 3 && prevParagraph && !prevBlank) {
			// Setext underline: `Title` then `===` or `---` directly below paragraph text.
			const t = text.slice(s, e).trim();
			let all = true;
			for (let j = 0; j < t.length; j++) if (t.charCodeAt(j) !== c) all = false;
			if (all) {
				const prev = headings.length > 0 && headings[headings.length - 1].line === lineNo - 1;
				if (!prev) {
					const title = text.slice(prevStart, prevEnd).trim();
					const h: Heading = { line: lineNo - 1, level: c === 61 ? 1 : 2, kind: "setext", text: title, plain: plainText(title) };
					// The previous line was counted as paragraph text; it is the heading's line now.
					headings.push(h);
					countBefore.push(contentCount - 1);
					checkBefore.push(checkCountPrev);
					checkAfter.push(checkCount);
					depth = 0;
					prevParagraph = false;
					prevBlank = false;
					continue;
				}
			}
		}

		if (heading === null) {
			if (ruleLine) rule = true;
			else if (c === 45 || c === 42 || c === 43) {
				// `-`, `*`, `+` followed by a space, a tab or the end of the line.
				const n = text.charCodeAt(k + 1);
				if (k + 1 === e || n === 32 || n === 9) {
					item = true;
					markerEnd = k + 1;
				}
			} else if (c >= 48 && c <= 57) {
				// `1.` or `1)` (up to nine digits) followed by a space, a tab or the end of the line.
				let j = k;
				while (j < e && j - k < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
				const d = j < e ? text.charCodeAt(j) : -1;
				const n = j + 1 < e ? text.charCodeAt(j + 1) : -1;
				if ((d === 46 || d === 41) && (j + 1 === e || n === 32 || n === 9)) {
					item = true;
					markerEnd = j + 1;
				}
			}
		}

		if (rule) {
			depth = 0;
			prevParagraph = false;
			prevBlank = false;
			continue;
		}

		contentCount++;

		if (heading !== null) {
			headings.push(heading);
			countBefore.push(contentCount - 1);
			checkBefore.push(checkBeforeLine);
			checkAfter.push(checkCount);
			depth = 0;
		} else if (item && !wantLists) {
			// Without list items only "is a list open" matters (for lazy continuation lines).
			depth = 1;
		} else if (item) {
			const width = indentWidth(text, s, k);
			while (depth > 0 && stackWidth[depth - 1] >= width) depth--;
			const parent = depth > 0 ? stackIndex[depth - 1] : -1;
			let body = text.slice(markerEnd, e).trim();
			let task: string | null = null;
			if (body.charCodeAt(0) === 91 /* [ */) {
				const t = TASK.exec(body);
				if (t) {
					task = t[1];
					body = body.slice(t[0].length);
				}
			}
			const index = listItems.length;
			listItems.push(new ListItemImpl(lineNo, depth, text.slice(s, k), text.slice(k, markerEnd), task, body, parent, headings.length - 1));
			if (parent !== -1) listItems[parent].children.push(index);
			stackWidth[depth] = width;
			stackIndex[depth] = index;
			depth++;
		} else {
			// (`boldLineText` trims as `String.prototype.trim` does, so odd leading whitespace can precede the markers.)
			const bl = indent <= 3 && (c === 42 || c === 95 || c < 32 || c > 127) ? boldLineText((line ??= text.slice(s, e))) : null;
			if (bl !== null) {
				headings.push({ line: lineNo, level: null, kind: "bold", text: line!.trim(), plain: plainText(bl) });
				countBefore.push(contentCount - 1);
				checkBefore.push(checkBeforeLine);
				checkAfter.push(checkCount);
			}
			// Paragraph text at the margin after a blank line ends a list; other text continues the item above.
			if (indent === 0 && prevBlank) depth = 0;
			else if (depth > 0) lazyContinuation = true;
		}

		// Inline content: only lines holding `[`, `#` (or, for bold spans, `**`/`__`) are looked at closely.
		if (nextBracket !== -1 && nextBracket < s) nextBracket = text.indexOf("[", s);
		if (nextHash !== -1 && nextHash < s) nextHash = text.indexOf("#", s);
		const hasBracket = nextBracket !== -1 && nextBracket < e;
		const hasHash = heading === null && nextHash !== -1 && nextHash < e;
		let hasBold = false;
		if (wantBold) {
			if (nextStar !== -1 && nextStar < s) nextStar = text.indexOf("**", s);
			if (nextUnder !== -1 && nextUnder < s) nextUnder = text.indexOf("__", s);
			hasBold = (nextStar !== -1 && nextStar + 1 < e) || (nextUnder !== -1 && nextUnder + 1 < e);
		}
		if (hasBracket || hasHash || hasBold) {
			line ??= text.slice(s, e);
			const masked = maskInlineCode(line);
			if (hasBracket && masked.indexOf("[") !== -1) {
				const before = links.length;
				findLinks(line, masked, lineNo, links);
				for (let j = before; j < links.length; j++) linkLines.push(line);
			}
			if (hasBold && (masked.indexOf("**") !== -1 || masked.indexOf("__") !== -1)) findBold(line, masked, lineNo, bold);
			if (hasHash && masked.indexOf("#") !== -1) {
				TAG.lastIndex = 0;
				let m: RegExpExecArray | null;
				while ((m = TAG.exec(masked)) !== null) inlineTags.push({ line: lineNo, tag: m[1] });
			}
		}

		// A setext underline needs paragraph text right above it; list item text does not qualify.
		prevParagraph = heading === null && !item && !lazyContinuation;
		prevBlank = false;
	}
	const nLines = Math.max(lastLine, bodyLine - 1);

	if (fence !== null) {
		fence.endLine = nLines;
		warnings.push({ line: fence.startLine, message: "A code block is opened here and never closed; the rest of the note is read as code." });
	}

	let title: Heading | null = null;
	if (headings.length > 0 && headings[0].level === 1) title = headings[0];

	return new ParsedNote(
		text,
		offset0,
		nLines,
		bom,
		text.length,
		frontmatter,
		title,
		headings,
		{ before: countBefore, total: contentCount },
		links,
		linkLines,
		listItems,
		bold,
		inlineTags,
		codeBlocks,
		warnings,
		blankBody,
		{ before: checkBefore, after: checkAfter, total: checkCount },
	);
}

/** Frontmatter tags and inline tags, without `#`, lower-cased, unique. */
export function noteTags(note: NoteModel): string[] {
	if (note.inlineTags.length === 0 && (note.frontmatter === null || note.frontmatter.tags.length === 0)) return [];
	const out = new Set<string>();
	for (const t of note.frontmatter?.tags ?? []) out.add(t.toLowerCase());
	for (const t of note.inlineTags) out.add(t.tag.toLowerCase());
	return [...out];
}
