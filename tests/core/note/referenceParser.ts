/**
 * THE PREVIOUS PARSER, kept as a test oracle: `parseNote.differential.test.ts` checks that the
 * offset-based parser in src/core/note/parseNote.ts builds the same model. Not used by the plugin.
 *
 * `parseNote(text)`: one linear pass over a note's lines that builds the `NoteModel`.
 *
 * Written for speed (it runs on every note of a 10,000-note vault at start-up and on every edit):
 * each line is classified by its first non-blank character before any regular expression runs,
 * and costly derived text (a list item's plain text) is computed only when read.
 * It never throws: whatever the input, the result is a model, with `warnings` for what looked wrong.
 */

import { findBold, findLinks, maskInlineCode, plainText } from "../../../src/core/note/inline";
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
} from "../../../src/core/note/types";
import { parseFrontmatterYaml, readStringList } from "../../../src/core/note/yaml";

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

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const CLOSING_HASHES = /(?:^|[ \t]+)#+[ \t]*$/;
const TASK = /^\[([ xX/\-><?!*])\][ \t]+/;
const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const TAG = /(?:^|[\s(,])#([\p{L}\p{N}_\-/]*[\p{L}_\-/][\p{L}\p{N}_\-/]*)/gu;

/** Columns of an indentation string: a tab counts as four, as in Obsidian's editor. */
function indentWidth(indent: string): number {
	let w = 0;
	for (let i = 0; i < indent.length; i++) w += indent.charCodeAt(i) === 9 ? 4 - (w % 4) : 1;
	return w;
}

/** `---`, `***`, `___` (with optional spaces between): a thematic break. */
export function isRule(line: string): boolean {
	let ch = 0;
	let count = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 32 || c === 9) continue;
		if (c !== 45 && c !== 42 && c !== 95) return false;
		if (ch === 0) ch = c;
		else if (c !== ch) return false;
		count++;
	}
	return count >= 3 && leadingSpaces(line) <= 3;
}

function leadingSpaces(line: string): number {
	let i = 0;
	while (i < line.length && line.charCodeAt(i) === 32) i++;
	return i;
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

/**
 * Parse a note's text into its model. Never throws.
 * Options only skip building `listItems`/`bold`; every other field is the same with or without them.
 */
export type ReferenceModel = Omit<NoteModel, "lineCount" | "blankBody" | "lineText" | "contentBetween">;

export function parseNote(input: string, options: ParseOptions = {}): ReferenceModel {
	const wantLists = options.lists !== false;
	const wantBold = options.bold !== false;
	const text = typeof input === "string" ? input : String(input ?? "");
	const bom = text.charCodeAt(0) === 0xfeff;
	const offset0 = bom ? 1 : 0;

	// --- Lines, with their endings and offsets -------------------------------------------------
	const lines: string[] = [];
	const lineStarts: number[] = [];
	const lineEndings: string[] = [];
	let nLF = 0;
	let nCRLF = 0;
	let nCR = 0;
	{
		let start = offset0;
		const n = text.length;
		if (text.indexOf("\r", offset0) === -1) {
			for (;;) {
				const nl = text.indexOf("\n", start);
				lineStarts.push(start);
				if (nl === -1) {
					lines.push(text.slice(start));
					lineEndings.push("");
					break;
				}
				lines.push(text.slice(start, nl));
				lineEndings.push("\n");
				nLF++;
				start = nl + 1;
			}
		} else {
			let i = start;
			for (;;) {
				while (i < n) {
					const c = text.charCodeAt(i);
					if (c === 10 || c === 13) break;
					i++;
				}
				lineStarts.push(start);
				lines.push(text.slice(start, i));
				if (i >= n) {
					lineEndings.push("");
					break;
				}
				if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) {
					lineEndings.push("\r\n");
					nCRLF++;
					i += 2;
				} else if (text.charCodeAt(i) === 13) {
					lineEndings.push("\r");
					nCR++;
					i += 1;
				} else {
					lineEndings.push("\n");
					nLF++;
					i += 1;
				}
				start = i;
			}
		}
	}
	const eol: NoteModel["eol"] = nCRLF > nLF && nCRLF >= nCR ? "\r\n" : nCR > nLF && nCR > nCRLF ? "\r" : "\n";
	const nLines = lines.length;
	const isCode: boolean[] = new Array<boolean>(nLines).fill(false);
	const warnings: ParseWarning[] = [];

	// --- Frontmatter ---------------------------------------------------------------------------
	let frontmatter: Frontmatter | null = null;
	let bodyStart = 0; // 0-based index of the first body line
	if (nLines > 1 && lines[0].trimEnd() === "---") {
		let close = -1;
		for (let i = 1; i < nLines; i++) {
			if (lines[i].trimEnd() === "---") {
				close = i;
				break;
			}
		}
		if (close === -1) {
			warnings.push({ line: 1, message: "The note starts with `---` but the frontmatter is never closed, so it is read as text." });
		} else {
			const raw = lines.slice(1, close).join("\n");
			const parsed = parseFrontmatterYaml(raw);
			frontmatter = {
				raw,
				startLine: 1,
				endLine: close + 1,
				data: parsed.ok ? parsed.data : null,
				aliases: parsed.ok ? readStringList(parsed.data.aliases ?? parsed.data.alias, "aliases") : [],
				tags: parsed.ok ? readStringList(parsed.data.tags ?? parsed.data.tag, "tags") : [],
				error: parsed.ok ? null : { message: parsed.error.message, line: parsed.error.line + 1 },
			};
			if (!parsed.ok) warnings.push({ line: parsed.error.line + 1, message: `Frontmatter: ${parsed.error.message}` });
			for (let i = 0; i <= close; i++) isCode[i] = true;
			bodyStart = close + 1;
		}
	}

	// --- Body ----------------------------------------------------------------------------------
	const headings: Heading[] = [];
	const links: Link[] = [];
	const listItems: ListItemImpl[] = [];
	const bold: BoldSpan[] = [];
	const inlineTags: Tag[] = [];
	const codeBlocks: CodeBlock[] = [];
	// Section content is counted on the fly: `contentCount` is the number of content lines (not
	// blank, not a rule) seen so far, and `countBefore[h]` the count before heading h's first line.
	// (Typed arrays per note cost more to allocate than the whole count.)
	let contentCount = 0;
	const countBefore: number[] = [];

	let fence: CodeBlock | null = null;
	let fenceChar = 0;
	let fenceLen = 0;
	// Open list items by indentation width, innermost last.
	const listStack: { width: number; index: number }[] = [];
	let prevParagraph = false; // previous line was paragraph text (for setext headings)
	let prevBlank = true;

	for (let i = bodyStart; i < nLines; i++) {
		const line = lines[i];
		const lineNo = i + 1;

		if (fence !== null) {
			isCode[i] = true;
			contentCount++;
			const m = line.indexOf(fenceChar === 96 ? "```" : "~~~") !== -1 ? FENCE.exec(line) : null;
			if (m && m[2].charCodeAt(0) === fenceChar && m[2].length >= fenceLen && m[3].trim() === "") {
				fence.endLine = lineNo;
				fence.closed = true;
				fence = null;
			}
			prevParagraph = false;
			prevBlank = false;
			continue;
		}

		// Classify by the first non-blank character.
		let k = 0;
		while (k < line.length && (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9)) k++;
		if (k === line.length) {
			prevBlank = true;
			prevParagraph = false;
			continue;
		}
		const c = line.charCodeAt(k);

		if (c === 96 /* ` */ || c === 126 /* ~ */) {
			const m = FENCE.exec(line);
			if (m && !(c === 96 && m[3].includes("`"))) {
				fence = { startLine: lineNo, endLine: nLines, fence: m[2], info: m[3].trim(), closed: false };
				fenceChar = c;
				fenceLen = m[2].length;
				codeBlocks.push(fence);
				isCode[i] = true;
				contentCount++;
				prevParagraph = false;
				prevBlank = false;
				continue;
			}
		}

		let heading: Heading | null = null;
		let lazyContinuation = false;
		let marker: string | null = null;
		let markerEnd = 0;
		let rule = false;

		if (c === 35 /* # */ && k <= 3) {
			const m = ATX.exec(line);
			if (m) {
				let t = m[2] ?? "";
				if (t.indexOf("#") !== -1) t = t.replace(CLOSING_HASHES, "");
				heading = { line: lineNo, level: m[1].length, kind: "atx", text: t, plain: plainText(t) };
			}
		} else if ((c === 45 || c === 61) && k <= 3 && prevParagraph && !prevBlank) {
			// Setext underline: `Title` then `===` or `---` directly below paragraph text.
			const t = line.trim();
			let all = true;
			for (let j = 0; j < t.length; j++) if (t.charCodeAt(j) !== c) all = false;
			if (all) {
				const prev = headings.length > 0 && headings[headings.length - 1].line === lineNo - 1;
				if (!prev) {
					const text = lines[i - 1].trim();
					const h: Heading = { line: lineNo - 1, level: c === 61 ? 1 : 2, kind: "setext", text, plain: plainText(text) };
					// The previous line was counted as paragraph text; it is the heading's line now.
					headings.push(h);
					countBefore.push(contentCount - 1);
					listStack.length = 0;
					prevParagraph = false;
					prevBlank = false;
					continue;
				}
			}
		}

		if (heading === null) {
			if ((c === 45 || c === 42 || c === 95) && isRule(line)) rule = true;
			else if (c === 45 || c === 42 || c === 43) {
				// `-`, `*`, `+` followed by a space, a tab or the end of the line.
				const n = line.charCodeAt(k + 1);
				if (k + 1 === line.length || n === 32 || n === 9) {
					marker = line[k];
					markerEnd = k + 1;
				}
			} else if (c >= 48 && c <= 57) {
				// `1.` or `1)` (up to nine digits) followed by a space, a tab or the end of the line.
				let j = k;
				while (j < line.length && j - k < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
				const d = line.charCodeAt(j);
				const n = line.charCodeAt(j + 1);
				if ((d === 46 || d === 41) && (j + 1 === line.length || n === 32 || n === 9)) {
					marker = line.slice(k, j + 1);
					markerEnd = j + 1;
				}
			}
		}

		if (rule) {
			listStack.length = 0;
			prevParagraph = false;
			prevBlank = false;
			continue;
		}

		contentCount++;
		const masked = maskInlineCode(line);

		if (heading !== null) {
			headings.push(heading);
			countBefore.push(contentCount - 1);
			listStack.length = 0;
		} else if (marker !== null) {
			const indent = line.slice(0, k);
			const width = indentWidth(indent);
			while (listStack.length > 0 && listStack[listStack.length - 1].width >= width) listStack.pop();
			let index = -1;
			if (wantLists) {
				const parent = listStack.length > 0 ? listStack[listStack.length - 1].index : -1;
				let body = line.slice(markerEnd).trim();
				let task: string | null = null;
				if (body.charCodeAt(0) === 91 /* [ */) {
					const t = TASK.exec(body);
					if (t) {
						task = t[1];
						body = body.slice(t[0].length);
					}
				}
				index = listItems.length;
				listItems.push(new ListItemImpl(lineNo, listStack.length, indent, marker, task, body, parent, headings.length - 1));
				if (parent !== -1) listItems[parent].children.push(index);
			}
			listStack.push({ width, index });
		} else {
			const bl = k <= 3 ? boldLineText(line) : null;
			if (bl !== null) {
				headings.push({ line: lineNo, level: null, kind: "bold", text: line.trim(), plain: plainText(bl) });
				countBefore.push(contentCount - 1);
			}
			// Paragraph text at the margin after a blank line ends a list; other text continues the item above.
			if (k === 0 && prevBlank) listStack.length = 0;
			else if (listStack.length > 0) lazyContinuation = true;
		}

		if (masked.indexOf("[") !== -1) findLinks(line, masked, lineNo, links);
		if (wantBold && (masked.indexOf("**") !== -1 || masked.indexOf("__") !== -1)) findBold(line, masked, lineNo, bold);
		if (heading === null && masked.indexOf("#") !== -1) {
			TAG.lastIndex = 0;
			let m: RegExpExecArray | null;
			while ((m = TAG.exec(masked)) !== null) inlineTags.push({ line: lineNo, tag: m[1] });
		}

		// A setext underline needs paragraph text right above it; list item text does not qualify.
		prevParagraph = heading === null && marker === null && !lazyContinuation;
		prevBlank = false;
	}

	if (fence !== null) {
		warnings.push({ line: fence.startLine, message: "A code block is opened here and never closed; the rest of the note is read as code." });
	}

	// --- Sections ------------------------------------------------------------------------------
	const sections: Section[] = [];
	const rank = (h: Heading) => (h.level === null ? 7 : h.level);
	for (let h = 0; h < headings.length; h++) {
		const head = headings[h];
		const r = rank(head);
		let endLine = nLines;
		let endCount = contentCount;
		for (let j = h + 1; j < headings.length; j++) {
			if (rank(headings[j]) <= r) {
				endLine = headings[j].line - 1;
				endCount = countBefore[j];
				break;
			}
		}
		// The heading's own line is content of the sections around it, not of its own section
		// (a setext underline is never content).
		const contentLines = endCount - countBefore[h] - 1;
		sections.push({ heading: head, startLine: head.line, endLine, contentLines });
	}

	let title: Heading | null = null;
	if (headings.length > 0 && headings[0].level === 1) title = headings[0];

	return {
		lines,
		lineStarts,
		lineEndings,
		eol,
		bom,
		length: text.length,
		frontmatter,
		title,
		headings,
		sections,
		links,
		listItems,
		bold,
		inlineTags,
		codeBlocks,
		isCode,
		warnings,
	};
}

/** Frontmatter tags and inline tags, without `#`, lower-cased, unique. */
export function noteTags(note: ReferenceModel): string[] {
	const out = new Set<string>();
	for (const t of note.frontmatter?.tags ?? []) out.add(t.toLowerCase());
	for (const t of note.inlineTags) out.add(t.tag.toLowerCase());
	return [...out];
}
