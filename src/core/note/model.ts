/**
 * The `NoteModel` the parser returns. What the one pass over the body finds is kept as read; the
 * per-line tables (`lines`, `lineStarts`, `lineEndings`, `eol`, `isCode`) and `sections` are built
 * on first read, because the vault index, which parses every note of a large vault, needs none of them.
 */

import type { Body, ContentCounts } from "./body";
import { skipBlanks } from "./chars";
import { isRule } from "./lineKinds";
import { splitLines, type LineTable } from "./lines";
import type { BoldSpan, CodeBlock, Frontmatter, Heading, Link, ListItem, NoteModel, ParseWarning, Section, Tag } from "./types";

export class ParsedNote implements NoteModel {
	readonly length: number;
	readonly lineCount: number;
	readonly blankBody: boolean;
	readonly title: Heading | null;
	readonly headings: Heading[];
	readonly links: Link[];
	/** The text of each link's line, parallel to `links`. */
	private readonly linkLines: string[];
	readonly listItems: ListItem[];
	readonly bold: BoldSpan[];
	readonly inlineTags: Tag[];
	readonly codeBlocks: CodeBlock[];
	private readonly content: ContentCounts;
	private table: LineTable | null = null;
	private codeTable: boolean[] | null = null;
	private sectionTable: Section[] | null = null;

	/** The note `text`, whose first line starts at `start`, read into `frontmatter` and `body`. */
	constructor(
		private readonly text: string,
		private readonly start: number,
		readonly bom: boolean,
		readonly frontmatter: Frontmatter | null,
		body: Body,
		readonly warnings: ParseWarning[],
	) {
		this.length = text.length;
		this.lineCount = body.lineCount;
		this.blankBody = body.blankBody;
		this.headings = body.headings;
		this.title = this.headings.length > 0 && this.headings[0].level === 1 ? this.headings[0] : null;
		this.links = body.links;
		this.linkLines = body.linkLines;
		this.listItems = body.listItems;
		this.bold = body.bold;
		this.inlineTags = body.inlineTags;
		this.codeBlocks = body.codeBlocks;
		this.content = body.content;
	}

	private lineTable(): LineTable {
		return (this.table ??= splitLines(this.text, this.start));
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
		return (this.sectionTable ??= buildSections(this.headings, this.lines, this.isCode));
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
 * Heading-delimited sections: each runs to the line before the next heading of the same or a
 * higher rank (bold-only headings rank below every level). Its content lines are those after the
 * heading's own line(s): in code, every line; elsewhere, lines that are not blank, not a rule and
 * not a setext underline (a setext heading inside the section counts as one line).
 */
function buildSections(headings: Heading[], lines: string[], isCode: boolean[]): Section[] {
	const underlines = new Set<number>();
	for (const h of headings) if (h.kind === "setext") underlines.add(h.line + 1);
	// contentUpTo[l]: the content lines among lines 1 to l.
	const contentUpTo = [0];
	for (let l = 1; l <= lines.length; l++) {
		const line = lines[l - 1];
		const content = isCode[l - 1] || (skipBlanks(line, 0, line.length) < line.length && !isRule(line) && !underlines.has(l));
		contentUpTo.push(contentUpTo[l - 1] + (content ? 1 : 0));
	}
	const rank = (h: Heading): number => h.level ?? 7;
	return headings.map((heading, h) => {
		let endLine = lines.length;
		for (let j = h + 1; j < headings.length; j++) {
			if (rank(headings[j]) <= rank(heading)) {
				endLine = headings[j].line - 1;
				break;
			}
		}
		const ownLines = heading.kind === "setext" ? 2 : 1;
		return { heading, startLine: heading.line, endLine, contentLines: contentUpTo[endLine] - contentUpTo[heading.line + ownLines - 1] };
	});
}
