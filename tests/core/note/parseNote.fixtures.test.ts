/**
 * The model of small notes, field by field: each fixture pins what the parser reads in one corner
 * of Markdown (frontmatter; ATX, setext and bold-only headings; lists; code; links, tags and bold
 * spans; what the template check counts as content). The fields derived from these (the lines,
 * their offsets and endings, `isCode`, `title`, `blankBody`, the list tree's `children`...) are
 * checked against their definitions on any text in `parseNote.properties.test.ts`.
 */
import { describe, expect, test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import type { Frontmatter, HeadingKind, NoteModel } from "../../../src/core/note/types";

type HeadingRow = [line: number, kind: HeadingKind, level: number | null, text: string, plain: string];
/** A section starts at its heading (same index in `headings`). */
type SectionRow = [endLine: number, contentLines: number];
type LinkRow = [line: number, start: number, end: number, kind: "wiki" | "markdown", embed: boolean, target: string, subpath: string | null, display: string | null, external: boolean];
type ItemRow = [line: number, depth: number, indent: string, marker: string, task: string | null, text: string, plain: string, parent: number, section: number];
type BoldRow = [line: number, start: number, end: number, text: string];
type TagRow = [line: number, tag: string];
type CodeRow = [startLine: number, endLine: number, fence: string, info: string, closed: boolean];
type WarningRow = [line: number, message: string];

/** What a fixture expects; an absent field is empty (no frontmatter, no headings...). */
interface Expected {
	frontmatter?: Omit<Frontmatter, "startLine">;
	headings?: HeadingRow[];
	sections?: SectionRow[];
	/** For each heading, `contentBetween` it and each later heading, then the end of the note. */
	content?: number[][];
	links?: LinkRow[];
	listItems?: ItemRow[];
	bold?: BoldRow[];
	inlineTags?: TagRow[];
	codeBlocks?: CodeRow[];
	warnings?: WarningRow[];
}

function view(m: NoteModel): Expected {
	const out: Expected = {};
	if (m.frontmatter !== null) {
		const { startLine: _startLine, ...rest } = m.frontmatter;
		out.frontmatter = rest;
	}
	const put = <K extends Exclude<keyof Expected, "frontmatter">>(key: K, rows: NonNullable<Expected[K]>): void => {
		if (rows.length > 0) out[key] = rows;
	};
	put("headings", m.headings.map((h): HeadingRow => [h.line, h.kind, h.level, h.text, h.plain]));
	put("sections", m.sections.map((s): SectionRow => [s.endLine, s.contentLines]));
	put("content", m.headings.map((_, h) => [...m.headings.slice(h + 1).map((_next, j) => m.contentBetween(h, h + 1 + j)), m.contentBetween(h, -1)]));
	put("links", m.links.map((l): LinkRow => [l.line, l.start, l.end, l.kind, l.embed, l.target, l.subpath, l.display, l.external]));
	put("listItems", m.listItems.map((i): ItemRow => [i.line, i.depth, i.indent, i.marker, i.task, i.text, i.plain, i.parent, i.section]));
	put("bold", m.bold.map((b): BoldRow => [b.line, b.start, b.end, b.text]));
	put("inlineTags", m.inlineTags.map((t): TagRow => [t.line, t.tag]));
	put("codeBlocks", m.codeBlocks.map((c): CodeRow => [c.startLine, c.endLine, c.fence, c.info, c.closed]));
	put("warnings", m.warnings.map((w): WarningRow => [w.line, w.message]));
	return out;
}

const FIXTURES: [name: string, text: string, expected: Expected][] = [
	[
		"an empty note",
		"",
		{},
	],
	[
		"blank lines only: a blank body, no warning",
		"\n  \n\t\n\u00a0",
		{},
	],
	[
		"frontmatter: aliases, tags as a string, CRLF endings",
		"---\r\naliases:\r\n  - Amazon SQS\r\ntags: aws integration\r\n---\r\n# **Amazon SQS**\r\n",
		{
			frontmatter: { raw: "aliases:\n  - Amazon SQS\ntags: aws integration", endLine: 5, data: { aliases: ["Amazon SQS"], tags: "aws integration" }, aliases: ["Amazon SQS"], tags: ["aws", "integration"], error: null },
			headings: [
				[6, "atx", 1, "**Amazon SQS**", "Amazon SQS"],
			],
			sections: [
				[7, 0],
			],
			content: [
				[0],
			],
			bold: [
				[6, 2, 16, "Amazon SQS"],
			],
		},
	],
	[
		"frontmatter with a BOM and `alias`/`tag` keys; blank body",
		"\ufeff---\nalias: Amazon X\ntag: [\"#aws\", exam]\n---\n\n",
		{
			frontmatter: { raw: "alias: Amazon X\ntag: [\"#aws\", exam]", endLine: 4, data: { alias: "Amazon X", tag: ["#aws", "exam"] }, aliases: ["Amazon X"], tags: ["aws", "exam"], error: null },
		},
	],
	[
		"frontmatter closed on the last line, no newline",
		"---\na: 1\n---",
		{
			frontmatter: { raw: "a: 1", endLine: 3, data: { a: 1 }, aliases: [], tags: [], error: null },
		},
	],
	[
		"fences with trailing blanks open and close the frontmatter",
		"--- \ntags: [a]\n---\t\ntext",
		{
			frontmatter: { raw: "tags: [a]", endLine: 3, data: { tags: ["a"] }, aliases: [], tags: ["a"], error: null },
		},
	],
	[
		"unclosed frontmatter is body text, with a warning",
		"---\naliases: [A]\n## Heading\n",
		{
			headings: [
				[3, "atx", 2, "Heading", "Heading"],
			],
			sections: [
				[4, 0],
			],
			content: [
				[0],
			],
			warnings: [
				[1, "The note starts with `---` but the frontmatter is never closed, so it is read as text."],
			],
		},
	],
	[
		"invalid YAML: an error with its line, the body still read",
		"---\naliases: [\"Amazon SQS\n---\n## **Details**\n- [[Amazon SNS]]",
		{
			frontmatter: { raw: "aliases: [\"Amazon SQS", endLine: 3, data: null, aliases: [], tags: [], error: { message: "Missing closing \"quote", line: 2 } },
			headings: [
				[4, "atx", 2, "**Details**", "Details"],
			],
			sections: [
				[5, 1],
			],
			content: [
				[1],
			],
			links: [
				[5, 2, 16, "wiki", false, "Amazon SNS", null, null, false],
			],
			listItems: [
				[5, 0, "", "-", null, "[[Amazon SNS]]", "Amazon SNS", -1, 0],
			],
			bold: [
				[4, 3, 14, "Details"],
			],
			warnings: [
				[2, "Frontmatter: Missing closing \"quote"],
			],
		},
	],
	[
		"a note that is only `---`",
		"---",
		{},
	],
	[
		"ATX headings: levels, closing hashes, blanks, too many hashes",
		"# One\n#\tTab after\n## Two ##\n### Three #\n#### Four#\n##### \t Five \t\n###### Six ######   \n####### Seven\n#NoSpace\n   # Three spaces\n    # Four spaces\n\t# Tab\n#\n## ****",
		{
			headings: [
				[1, "atx", 1, "One", "One"],
				[2, "atx", 1, "Tab after", "Tab after"],
				[3, "atx", 2, "Two", "Two"],
				[4, "atx", 3, "Three", "Three"],
				[5, "atx", 4, "Four#", "Four#"],
				[6, "atx", 5, "Five", "Five"],
				[7, "atx", 6, "Six", "Six"],
				[10, "atx", 1, "Three spaces", "Three spaces"],
				[13, "atx", 1, "", ""],
				[14, "atx", 2, "****", ""],
			],
			sections: [
				[1, 0],
				[9, 7],
				[9, 6],
				[9, 5],
				[9, 4],
				[9, 3],
				[9, 2],
				[12, 2],
				[14, 1],
				[14, 0],
			],
			content: [
				[0, 1, 2, 3, 4, 5, 8, 11, 12, 13],
				[0, 1, 2, 3, 4, 7, 10, 11, 12],
				[0, 1, 2, 3, 6, 9, 10, 11],
				[0, 1, 2, 5, 8, 9, 10],
				[0, 1, 4, 7, 8, 9],
				[0, 3, 6, 7, 8],
				[2, 5, 6, 7],
				[2, 3, 4],
				[0, 1],
				[0],
			],
			inlineTags: [
				[9, "NoSpace"],
			],
		},
	],
	[
		"an ATX heading holding a line separator is text",
		"# a\u2028b\n## c\u2029d\n### fine",
		{
			headings: [
				[3, "atx", 3, "fine", "fine"],
			],
			sections: [
				[3, 0],
			],
			content: [
				[0],
			],
		},
	],
	[
		"setext headings under paragraph text",
		"Title\n===\nText\n--\n  Spaced title  \n   -\u00a0\nP\n    ===\nQ\n \t ==",
		{
			headings: [
				[1, "setext", 1, "Title", "Title"],
				[3, "setext", 2, "Text", "Text"],
				[5, "setext", 2, "Spaced title", "Spaced title"],
				[9, "setext", 1, "Q", "Q"],
			],
			sections: [
				[8, 4],
				[4, 0],
				[8, 2],
				[10, 0],
			],
			content: [
				[0, 2, 6, 8],
				[0, 4, 6],
				[2, 4],
				[0],
			],
		},
	],
	[
		"no setext heading under a list item, a heading, a bold-only line or a blank line",
		"- item\n---\n# H\n===\n**Bold**\n---\n**Bold**\n===\n\n---\nText\n= =\nText\n-=-",
		{
			headings: [
				[3, "atx", 1, "H", "H"],
				[5, "bold", null, "**Bold**", "Bold"],
				[7, "bold", null, "**Bold**", "Bold"],
			],
			sections: [
				[14, 8],
				[6, 0],
				[14, 5],
			],
			content: [
				[1, 2, 8],
				[0, 6],
				[5],
			],
			listItems: [
				[1, 0, "", "-", null, "item", "item", -1, -1],
			],
			bold: [
				[5, 0, 8, "Bold"],
				[7, 0, 8, "Bold"],
			],
		},
	],
	[
		"setext after a lazy continuation line is not a heading; after margin text it is",
		"- item\nlazy\n---\n\nmargin\n---",
		{
			headings: [
				[5, "setext", 2, "margin", "margin"],
			],
			sections: [
				[6, 0],
			],
			content: [
				[0],
			],
			listItems: [
				[1, 0, "", "-", null, "item", "item", -1, -1],
			],
		},
	],
	[
		"bold-only lines: markers, colon, bold italic, indentation, odd whitespace",
		"**Overview**\n**Trailing**  \n__Exam Tips__:\n**Exam Tips:**\n***Both***\n**a** b **c**\n\u00a0**Nbsp**\n\u000b**Vtab**\n   **Three**\n    **Four**\n**\n****\n**x**y\n__  __\n* **x**",
		{
			headings: [
				[1, "bold", null, "**Overview**", "Overview"],
				[2, "bold", null, "**Trailing**", "Trailing"],
				[3, "bold", null, "__Exam Tips__:", "Exam Tips"],
				[4, "bold", null, "**Exam Tips:**", "Exam Tips:"],
				[5, "bold", null, "***Both***", "Both"],
				[7, "bold", null, "**Nbsp**", "Nbsp"],
				[8, "bold", null, "**Vtab**", "Vtab"],
				[9, "bold", null, "**Three**", "Three"],
			],
			sections: [
				[1, 0],
				[2, 0],
				[3, 0],
				[4, 0],
				[6, 1],
				[7, 0],
				[8, 0],
				[15, 4],
			],
			content: [
				[0, 1, 2, 3, 5, 6, 7, 12],
				[0, 1, 2, 4, 5, 6, 11],
				[0, 1, 3, 4, 5, 10],
				[0, 2, 3, 4, 9],
				[1, 2, 3, 8],
				[0, 1, 6],
				[0, 5],
				[4],
			],
			listItems: [
				[15, 0, "", "*", null, "**x**", "x", -1, 7],
			],
			bold: [
				[1, 0, 12, "Overview"],
				[2, 0, 12, "Trailing"],
				[3, 0, 13, "Exam Tips"],
				[4, 0, 14, "Exam Tips:"],
				[5, 1, 10, "Both*"],
				[6, 0, 5, "a"],
				[6, 8, 13, "c"],
				[7, 1, 9, "Nbsp"],
				[8, 1, 9, "Vtab"],
				[9, 3, 12, "Three"],
				[10, 4, 12, "Four"],
				[13, 0, 5, "x"],
				[15, 2, 7, "x"],
			],
		},
	],
	[
		"list items: markers, nesting by indentation, tasks",
		"- a\n\t- b\n  - c\n    - d\n   * e\n+ f\n1. one\n2) two\n123456789. nine\n1234567890. ten\n1.no\n-no\n- [x] done\n- [/] half\n- [ ] open\n- [?]not\n-\n- \n1)",
		{
			listItems: [
				[1, 0, "", "-", null, "a", "a", -1, -1],
				[2, 1, "\t", "-", null, "b", "b", 0, -1],
				[3, 1, "  ", "-", null, "c", "c", 0, -1],
				[4, 2, "    ", "-", null, "d", "d", 2, -1],
				[5, 2, "   ", "*", null, "e", "e", 2, -1],
				[6, 0, "", "+", null, "f", "f", -1, -1],
				[7, 0, "", "1.", null, "one", "one", -1, -1],
				[8, 0, "", "2)", null, "two", "two", -1, -1],
				[9, 0, "", "123456789.", null, "nine", "nine", -1, -1],
				[13, 0, "", "-", "x", "done", "done", -1, -1],
				[14, 0, "", "-", "/", "half", "half", -1, -1],
				[15, 0, "", "-", " ", "open", "open", -1, -1],
				[16, 0, "", "-", null, "[?]not", "[?]not", -1, -1],
				[17, 0, "", "-", null, "", "", -1, -1],
				[18, 0, "", "-", null, "", "", -1, -1],
				[19, 0, "", "1)", null, "", "", -1, -1],
			],
		},
	],
	[
		"list items: depth from columns (a tab is four)",
		"- a\n  \t- b\n\t  - c\n      - d\n - e\n- f",
		{
			listItems: [
				[1, 0, "", "-", null, "a", "a", -1, -1],
				[2, 1, "  \t", "-", null, "b", "b", 0, -1],
				[3, 2, "\t  ", "-", null, "c", "c", 1, -1],
				[4, 2, "      ", "-", null, "d", "d", 1, -1],
				[5, 1, " ", "-", null, "e", "e", 0, -1],
				[6, 0, "", "-", null, "f", "f", -1, -1],
			],
		},
	],
	[
		"lists end at a heading, a rule or margin text after a blank line; not at a bold-only line",
		"- a\ncontinues\n\n  indented continues\n  - child\n\n one space continues\n  - child\n- b\n\nmargin\n  - not a child\n- c\n---\n  - not a child\n- d\n## H\n  - not a child\n**Bold heading**\n    - child",
		{
			headings: [
				[17, "atx", 2, "H", "H"],
				[19, "bold", null, "**Bold heading**", "Bold heading"],
			],
			sections: [
				[20, 3],
				[20, 1],
			],
			content: [
				[1, 3],
				[1],
			],
			listItems: [
				[1, 0, "", "-", null, "a", "a", -1, -1],
				[5, 1, "  ", "-", null, "child", "child", 0, -1],
				[8, 1, "  ", "-", null, "child", "child", 0, -1],
				[9, 0, "", "-", null, "b", "b", -1, -1],
				[12, 0, "  ", "-", null, "not a child", "not a child", -1, -1],
				[13, 0, "", "-", null, "c", "c", -1, -1],
				[15, 0, "  ", "-", null, "not a child", "not a child", -1, -1],
				[16, 0, "", "-", null, "d", "d", -1, -1],
				[18, 0, "  ", "-", null, "not a child", "not a child", -1, 0],
				[20, 1, "    ", "-", null, "child", "child", 8, 1],
			],
			bold: [
				[19, 0, 16, "Bold heading"],
			],
		},
	],
	[
		"list items record the innermost heading above them",
		"- before\n# T\n- one\nSub\n---\n- two\n**Bold**\n- three",
		{
			headings: [
				[2, "atx", 1, "T", "T"],
				[7, "bold", null, "**Bold**", "Bold"],
			],
			sections: [
				[8, 5],
				[8, 1],
			],
			content: [
				[3, 5],
				[1],
			],
			listItems: [
				[1, 0, "", "-", null, "before", "before", -1, -1],
				[3, 0, "", "-", null, "one", "one", -1, 0],
				[6, 0, "", "-", null, "two", "two", -1, 0],
				[8, 0, "", "-", null, "three", "three", -1, 1],
			],
			bold: [
				[7, 0, 8, "Bold"],
			],
		},
	],
	[
		"code blocks: fences, info strings, closing rules",
		"```js\n# not a heading\n[[not a link]] #nottag\n```\n~~~~\n~~~\n~~~~\n```a`b\ntext\n````\n  ```  \nafter\n   ~~~ info ~~~\n```\n~~~",
		{
			codeBlocks: [
				[1, 4, "```", "js", true],
				[5, 7, "~~~~", "", true],
				[10, 15, "````", "", false],
			],
			warnings: [
				[10, "A code block is opened here and never closed; the rest of the note is read as code."],
			],
		},
	],
	[
		"an unclosed code block runs to the end, with a warning",
		"## A\n```\n## B\n[[C]]\n",
		{
			headings: [
				[1, "atx", 2, "A", "A"],
			],
			sections: [
				[5, 4],
			],
			content: [
				[3],
			],
			codeBlocks: [
				[2, 5, "```", "", false],
			],
			warnings: [
				[2, "A code block is opened here and never closed; the rest of the note is read as code."],
			],
		},
	],
	[
		"a closing fence must not be shorter and must have nothing after it",
		"````\n```\n```` x\n````\n````` \ntext",
		{
			codeBlocks: [
				[1, 4, "````", "", true],
				[5, 6, "`````", "", false],
			],
			warnings: [
				[5, "A code block is opened here and never closed; the rest of the note is read as code."],
			],
		},
	],
	[
		"links: wiki, piped, subpaths, embeds, markdown, external, escaped",
		"See [[A|b]] and [[B#Part]] and ![[img.png|200]] [t](Other%20note.md#h) [ext](https://e.com/x) \\[[esc]] `[[code]]` [[ ]] [[#Own]]",
		{
			links: [
				[1, 4, 11, "wiki", false, "A", null, "b", false],
				[1, 16, 26, "wiki", false, "B", "Part", null, false],
				[1, 31, 47, "wiki", true, "img.png", null, "200", false],
				[1, 120, 128, "wiki", false, "", "Own", null, false],
				[1, 48, 70, "markdown", false, "Other note.md", "h", "t", false],
				[1, 71, 93, "markdown", false, "https://e.com/x", null, "ext", true],
			],
		},
	],
	[
		"links in a table and in headings",
		"## [[Heading Link]]\n| [[Amazon S3\\|S3]] | [x](y.md) |\n**[[Bold link]]**",
		{
			headings: [
				[1, "atx", 2, "[[Heading Link]]", "Heading Link"],
				[3, "bold", null, "**[[Bold link]]**", "Bold link"],
			],
			sections: [
				[3, 2],
				[3, 0],
			],
			content: [
				[1, 2],
				[0],
			],
			links: [
				[1, 3, 19, "wiki", false, "Heading Link", null, null, false],
				[2, 2, 19, "wiki", false, "Amazon S3", null, "S3", false],
				[2, 22, 31, "markdown", false, "y.md", null, "x", false],
				[3, 2, 15, "wiki", false, "Bold link", null, null, false],
			],
			bold: [
				[3, 0, 17, "[[Bold link]]"],
			],
		},
	],
	[
		"inline tags: not on headings, not in code, not all digits",
		"## H #notag\ntext #yes and (#paren,#comma) #123 #a1 `#code`\n#start\n- item #inlist\n**Bold** #onbold\nmid#word",
		{
			headings: [
				[1, "atx", 2, "H #notag", "H #notag"],
			],
			sections: [
				[6, 5],
			],
			content: [
				[5],
			],
			listItems: [
				[4, 0, "", "-", null, "item #inlist", "item #inlist", -1, 0],
			],
			bold: [
				[5, 0, 8, "Bold"],
			],
			inlineTags: [
				[2, "yes"],
				[2, "paren"],
				[2, "comma"],
				[2, "a1"],
				[3, "start"],
				[4, "inlist"],
				[5, "onbold"],
			],
		},
	],
	[
		"bold spans, outside inline code",
		"**a** and __b__ and `**c**` and a__d__e and ***f*** and ** g** and **h **",
		{
			bold: [
				[1, 0, 5, "a"],
				[1, 45, 51, "f*"],
				[1, 10, 15, "b"],
			],
		},
	],
	[
		"template content: placeholders, comments, rules and code",
		"## A\n-\n1.\n- [ ]\n* [ ] \n<!-- c -->\n<!--->\n%% c %%\n%%\n%%%\n***\n\n## B\n```\n\n---\n```\ntext\n## C\n<!--\n-->\n12345678901.\n- x",
		{
			headings: [
				[1, "atx", 2, "A", "A"],
				[13, "atx", 2, "B", "B"],
				[19, "atx", 2, "C", "C"],
			],
			sections: [
				[12, 9],
				[18, 5],
				[23, 4],
			],
			content: [
				[3, 8, 12],
				[4, 8],
				[3],
			],
			listItems: [
				[2, 0, "", "-", null, "", "", -1, 0],
				[3, 0, "", "1.", null, "", "", -1, 0],
				[4, 0, "", "-", null, "[ ]", "[ ]", -1, 0],
				[5, 0, "", "*", null, "[ ]", "[ ]", -1, 0],
				[23, 0, "", "-", null, "x", "x", -1, 2],
			],
			codeBlocks: [
				[14, 17, "```", "", true],
			],
		},
	],
	[
		"template content around a setext heading",
		"Intro\n# Top\ntext\nSub\n===\nmore\nSub2\n---\n",
		{
			headings: [
				[2, "atx", 1, "Top", "Top"],
				[4, "setext", 1, "Sub", "Sub"],
				[7, "setext", 2, "Sub2", "Sub2"],
			],
			sections: [
				[3, 1],
				[9, 2],
				[9, 0],
			],
			content: [
				[1, 4, 5],
				[1, 2],
				[0],
			],
		},
	],
	[
		"a closing `---` may not be indented",
		"---\na: 1\n  ---\nb: 2\n---\ntext",
		{
			frontmatter: { raw: "a: 1\n  ---\nb: 2", endLine: 5, data: { a: "1 ---", b: 2 }, aliases: [], tags: [], error: null },
		},
	],
	[
		"sections: a bold-only heading ranks below every level",
		"###### Six\n**Bold**\ntext\n###### Next\n**Other**\n# Top",
		{
			headings: [
				[1, "atx", 6, "Six", "Six"],
				[2, "bold", null, "**Bold**", "Bold"],
				[4, "atx", 6, "Next", "Next"],
				[5, "bold", null, "**Other**", "Other"],
				[6, "atx", 1, "Top", "Top"],
			],
			sections: [
				[3, 2],
				[3, 1],
				[5, 1],
				[5, 0],
				[6, 0],
			],
			content: [
				[0, 2, 3, 4, 5],
				[1, 2, 3, 4],
				[0, 1, 2],
				[0, 1],
				[0],
			],
			bold: [
				[2, 0, 8, "Bold"],
				[5, 0, 9, "Other"],
			],
		},
	],
	[
		"a code block does not end a list: the text after it continues the item",
		"- a\n```\n```\ntext\n---",
		{
			listItems: [
				[1, 0, "", "-", null, "a", "a", -1, -1],
			],
			codeBlocks: [
				[2, 3, "```", "", true],
			],
		},
	],
	[
		"mixed line endings",
		"a\r\nb\rc\nd\r\n\r\n",
		{},
	],
	[
		"lone CR endings dominate",
		"# A\r- x\r- y\nz",
		{
			headings: [
				[1, "atx", 1, "A", "A"],
			],
			sections: [
				[4, 3],
			],
			content: [
				[3],
			],
			listItems: [
				[2, 0, "", "-", null, "x", "x", -1, 0],
				[3, 0, "", "-", null, "y", "y", -1, 0],
			],
		},
	],
	[
		"rules: tabs and spaces before and between, and too much indentation",
		"# H\nText\n\n\t---\n\t\t\t\t---\n    ***\n   ___\n - - -\n-- -\n__",
		{
			headings: [
				[1, "atx", 1, "H", "H"],
			],
			sections: [
				[10, 3],
			],
			content: [
				[3],
			],
		},
	],
];

describe("parseNote on small notes, field by field", () => {
	test.each(FIXTURES)("%s", (_name, text, expected) => {
		expect(view(parseNote(text))).toEqual(expected);
		// Without list items and bold spans, the rest of the model is the same.
		const { listItems: _items, bold: _bold, ...rest } = expected;
		expect(view(parseNote(text, { lists: false, bold: false }))).toEqual(rest);
	});
});
