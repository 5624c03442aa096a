/**
 * The note model: what every feature reads instead of raw text.
 *
 * Line numbers are 1-based everywhere in this model (as in editors and in the CLI output);
 * `Editor` positions in Obsidian are 0-based, so the Obsidian layer subtracts one.
 * Column offsets (`start`/`end`) are 0-based UTF-16 offsets into the line's text
 * (the line as stored in `lines`, without its line ending and, on line 1, without the BOM).
 */

export interface NoteModel {
	/** The note's lines without line endings; `lines[0]` is line 1 (BOM removed). */
	lines: string[];
	/** Offset in the original text where each line starts (BOM and line endings counted). */
	lineStarts: number[];
	/** The line ending that ends each line ("" for the last line when the text does not end with one). */
	lineEndings: string[];
	/** The most frequent line ending, used when inserting lines ("\n" when there is none). */
	eol: "\n" | "\r\n" | "\r";
	/** True when the text starts with a UTF-8 byte order mark (U+FEFF). */
	bom: boolean;
	/** Total length of the original text. */
	length: number;
	/** Number of lines (`lines.length`, without building `lines`). */
	lineCount: number;
	/** True when the note has nothing beyond frontmatter and blank lines. */
	blankBody: boolean;

	frontmatter: Frontmatter | null;
	/** The first H1 of the body, when it comes before any other heading. */
	title: Heading | null;
	/** Every heading outside code: ATX (`## x`), setext, and bold-only lines (`**Overview**`). */
	headings: Heading[];
	/** Heading-delimited blocks (see `Section`). */
	sections: Section[];
	/** Wikilinks, embeds and markdown links outside code. */
	links: Link[];
	/** Every list item outside code, in document order; the tree is given by `parent`/`children`. */
	listItems: ListItem[];
	/** Bold spans outside code. */
	bold: BoldSpan[];
	/** Inline tags (`#aws`) outside code and headings, without the `#`. */
	inlineTags: Tag[];
	/** Fenced code blocks (``` and ~~~), 1-based inclusive line ranges; an unclosed fence runs to the end. */
	codeBlocks: CodeBlock[];
	/** True for a line (1-based index into this array is `line - 1`) that is inside frontmatter or a code block. */
	isCode: boolean[];
	/** Human-readable problems found while parsing (never thrown). */
	warnings: ParseWarning[];

	/** The text of a 1-based line ("" outside the note); cheap for lines with links. */
	lineText(line: number): string;
	/**
	 * Number of template-content lines (see `isContentKind`: not blank, not a rule, not a bare list
	 * marker or one-line comment; inside code, not blank) after heading `heading`'s own line(s) and
	 * before heading `next`'s first line (indexes into `headings`; `next` -1 for the end of the note).
	 */
	contentBetween(heading: number, next: number): number;
}

export interface Frontmatter {
	/** The YAML between the fences, line endings as "\n". */
	raw: string;
	/** Line of the opening `---` (always 1) and of the closing fence. */
	startLine: number;
	endLine: number;
	/** Parsed top-level mapping, or null when the YAML is malformed. */
	data: Record<string, unknown> | null;
	aliases: string[];
	tags: string[];
	error: { message: string; line: number } | null;
}

export type HeadingKind = "atx" | "setext" | "bold";

export interface Heading {
	line: number;
	/** 1–6 for ATX and setext headings; bold-only lines have no level of their own (null). */
	level: number | null;
	kind: HeadingKind;
	/** The heading text as written, markers and closing hashes removed (`**Details**`). */
	text: string;
	/** The text with markdown removed (`Details`). */
	plain: string;
}

export interface Section {
	heading: Heading;
	/** Heading line. */
	startLine: number;
	/** Last line of the section (inclusive): the line before the next heading of the same or a higher rank. */
	endLine: number;
	/**
	 * Number of lines in the section body that carry content: not blank, not a `---`/`***` rule.
	 * Sub-headings count as content.
	 */
	contentLines: number;
}

export interface Link {
	line: number;
	/** 0-based offsets of the whole link (`[[...]]` or `[..](..)`, including a leading `!`) in the line. */
	start: number;
	end: number;
	raw: string;
	kind: "wiki" | "markdown";
	embed: boolean;
	/** Link path before `#` and `|` (trimmed; URL-decoded for markdown links). Empty for `[[#Heading]]`. */
	target: string;
	/** `Heading` or `^block` after `#`, or null. */
	subpath: string | null;
	/** Text after `|` (wiki) or between brackets (markdown), or null. */
	display: string | null;
	/** True for markdown links with a URL scheme (`https:`, `mailto:`...): never a note. */
	external: boolean;
}

export interface ListItem {
	line: number;
	/** Nesting depth from the indentation: 0 for top-level items. */
	depth: number;
	/** The indentation as written (tabs and spaces). */
	indent: string;
	/** `-`, `*`, `+`, `1.`, `1)` */
	marker: string;
	/** `[ ]`/`[x]` state for task items, else null. */
	task: string | null;
	/** Item text after the marker (and checkbox), trailing spaces removed. */
	text: string;
	/** The text with markdown removed and mis-encodings repaired. */
	plain: string;
	/** Index of the parent item in `listItems`, or -1. */
	parent: number;
	/** Indexes of the child items in `listItems`. */
	children: number[];
	/** Index in `sections` of the innermost section that contains this item, or -1 before the first heading. */
	section: number;
}

export interface BoldSpan {
	line: number;
	/** 0-based offsets of the span including the `**` markers. */
	start: number;
	end: number;
	/** Inner text, markers excluded. */
	text: string;
}

export interface Tag {
	line: number;
	tag: string;
}

export interface CodeBlock {
	startLine: number;
	endLine: number;
	fence: string;
	info: string;
	closed: boolean;
}

export interface ParseWarning {
	line: number;
	message: string;
}
