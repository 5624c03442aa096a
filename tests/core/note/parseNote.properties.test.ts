/**
 * The fields of the model that follow from others, against their definitions, on generated notes,
 * arbitrary strings and every note of the example vault: the lines and their endings, `isCode`,
 * `title`, `blankBody`, `lineText`, `contentBetween`, the sections and the list tree. What the parser
 * reads in the first place (headings, items, links...) is pinned by `parseNote.fixtures.test.ts`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { boldLineText } from "../../../src/core/note/headings";
import { plainText } from "../../../src/core/note/inline";
import { isContentLine, isRule } from "../../../src/core/note/lineKinds";
import { parseNote, type ParseOptions } from "../../../src/core/note/parseNote";
import type { NoteModel } from "../../../src/core/note/types";

/** The definition of `contentBetween`, by walking the lines. */
function contentByLines(m: NoteModel, h: number, next: number): number {
	const head = m.headings[h];
	const start = head.line + (head.kind === "setext" ? 2 : 1);
	const end = next < 0 ? m.lines.length : m.headings[next].line - 1;
	let n = 0;
	for (let l = start; l <= end; l++) if (isContentLine(m.lines[l - 1], m.isCode[l - 1])) n++;
	return n;
}

/** The definition of a section's `contentLines`: body lines that are code, or not blank, not a rule, not a setext underline. */
function sectionContentByLines(m: NoteModel, s: NoteModel["sections"][number]): number {
	const underlines = new Set(m.headings.filter((h) => h.kind === "setext").map((h) => h.line + 1));
	let n = 0;
	for (let l = s.startLine + (s.heading.kind === "setext" ? 2 : 1); l <= s.endLine; l++) {
		const text = m.lines[l - 1];
		if (m.isCode[l - 1] || (!/^[ \t]*$/.test(text) && !isRule(text) && !underlines.has(l))) n++;
	}
	return n;
}

function blankBodyByLines(m: NoteModel): boolean {
	const start = m.frontmatter ? m.frontmatter.endLine : 0;
	for (let i = start; i < m.lines.length; i++) if (m.lines[i].trim() !== "") return false;
	return true;
}

function eolByLines(m: NoteModel): NoteModel["eol"] {
	const count = (ending: string): number => m.lineEndings.filter((x) => x === ending).length;
	const [lf, crlf, cr] = [count("\n"), count("\r\n"), count("\r")];
	if (crlf > lf && crlf >= cr) return "\r\n";
	return cr > lf && cr > crlf ? "\r" : "\n";
}

function codeLinesByBlocks(m: NoteModel): boolean[] {
	const code = m.lines.map(() => false);
	for (let l = 1; l <= (m.frontmatter?.endLine ?? 0); l++) code[l - 1] = true;
	for (const b of m.codeBlocks) for (let l = b.startLine; l <= b.endLine; l++) code[l - 1] = true;
	return code;
}

const rank = (level: number | null): number => level ?? 7;

function agree(text: string, options?: ParseOptions): void {
	// `lineText` of the lines with links first, on a fresh model: read before the line table exists.
	const fresh = parseNote(text, options);
	const linkLineTexts = fresh.links.map((l) => fresh.lineText(l.line));
	const lineTexts: string[] = [];
	for (let l = 0; l <= fresh.lineCount + 1; l++) lineTexts.push(fresh.lineText(l));

	const m = parseNote(text, options);
	expect(linkLineTexts).toEqual(m.links.map((l) => m.lines[l.line - 1]));
	expect(lineTexts).toEqual(["", ...m.lines, ""]);

	// Lines: split at every line ending, and nowhere else.
	const bom = text.charCodeAt(0) === 0xfeff;
	expect(m.bom).toBe(bom);
	expect(m.length).toBe(text.length);
	expect((bom ? "\uFEFF" : "") + m.lines.map((l, i) => l + m.lineEndings[i]).join("")).toBe(text);
	for (const l of m.lines) expect(/[\r\n]/.test(l)).toBe(false);
	m.lineEndings.forEach((ending, i) => expect(ending === "" ? i === m.lines.length - 1 : ["\n", "\r\n", "\r"].includes(ending)).toBe(true));
	let offset = bom ? 1 : 0;
	m.lines.forEach((l, i) => {
		expect(m.lineStarts[i]).toBe(offset);
		offset += l.length + m.lineEndings[i].length;
	});
	expect(m.eol).toBe(eolByLines(m));
	expect(m.lineCount).toBe(m.lines.length);
	expect(m.isCode).toEqual(codeLinesByBlocks(m));
	expect(m.blankBody).toBe(blankBodyByLines(m));

	// Headings: in line order, outside code; the title is a first H1.
	const inBody = (l: number): boolean => l >= 1 && l <= m.lines.length && !m.isCode[l - 1];
	m.headings.forEach((h, i) => {
		expect(inBody(h.line)).toBe(true);
		if (i > 0) expect(h.line).toBeGreaterThan(m.headings[i - 1].line);
		expect(h.plain).toBe(plainText(h.kind === "bold" ? (boldLineText(h.text) ?? "") : h.text));
		if (h.kind === "bold") expect(h.text).toBe(m.lines[h.line - 1].trim());
		if (h.kind === "setext") expect(h.text).toBe(m.lines[h.line - 1].trim());
	});
	expect(m.title).toBe(m.headings.length > 0 && m.headings[0].level === 1 ? m.headings[0] : null);
	for (let h = 0; h < m.headings.length; h++) {
		expect(m.contentBetween(h, -1)).toBe(contentByLines(m, h, -1));
		for (let j = h + 1; j < m.headings.length; j++) expect(m.contentBetween(h, j)).toBe(contentByLines(m, h, j));
	}

	// Sections: one per heading, to the line before the next heading of the same or a higher rank.
	expect(m.sections.map((s) => s.heading)).toEqual(m.headings);
	m.sections.forEach((s, i) => {
		const closer = m.headings.slice(i + 1).find((h) => rank(h.level) <= rank(s.heading.level));
		expect(s.startLine).toBe(s.heading.line);
		expect(s.endLine).toBe(closer ? closer.line - 1 : m.lines.length);
		expect(s.contentLines).toBe(sectionContentByLines(m, s));
	});

	// The list tree: parents above their children, one level up; each item under the heading above it.
	m.listItems.forEach((item, i) => {
		expect(inBody(item.line)).toBe(true);
		if (i > 0) expect(item.line).toBeGreaterThan(m.listItems[i - 1].line);
		expect(item.children).toEqual(m.listItems.flatMap((c, j) => (c.parent === i ? [j] : [])));
		expect(item.parent).toBeLessThan(i);
		expect(item.depth).toBe(item.parent === -1 ? 0 : m.listItems[item.parent].depth + 1);
		expect(item.section).toBe(m.headings.filter((h) => h.line < item.line).length - 1);
		expect(item.plain).toBe(plainText(item.text));
		expect(m.lines[item.line - 1].startsWith(item.indent + item.marker)).toBe(true);
	});

	// Inline content: outside code, where it says it is.
	for (const l of m.links) {
		expect(inBody(l.line)).toBe(true);
		expect(m.lines[l.line - 1].slice(l.start, l.end)).toBe(l.raw);
	}
	for (const b of m.bold) {
		expect(inBody(b.line)).toBe(true);
		const span = m.lines[b.line - 1].slice(b.start, b.end);
		expect(span.slice(2, span.length - 2)).toContain(b.text);
	}
	for (const t of m.inlineTags) {
		expect(inBody(t.line)).toBe(true);
		expect(m.lines[t.line - 1]).toContain(`#${t.tag}`);
		// (A setext heading's text was read as paragraph text, tags and all, before its underline.)
		expect(m.headings.some((h) => h.line === t.line && h.kind === "atx")).toBe(false);
	}
	for (const c of m.codeBlocks) expect(m.lines[c.startLine - 1].trimStart().startsWith(c.fence)).toBe(true);

	// Options only skip list items and bold spans.
	const withoutListsAndBold = (model: NoteModel): unknown => ({ ...(JSON.parse(JSON.stringify(model)) as object), listItems: [], bold: [] });
	expect(withoutListsAndBold(parseNote(text, { lists: false, bold: false }))).toEqual(withoutListsAndBold(m));
	if (options?.lists === false) expect(m.listItems).toEqual([]);
	if (options?.bold === false) expect(m.bold).toEqual([]);
}

const lineArb = fc.oneof(
	{ weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
	{ weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(" ", "\t", "#", "-", "=", "*", "_", "+", "1", ".", ")", "`", "~", "[", "]", "(", "!", "|", "<", "%", ":", "a", "\u00a0"), maxLength: 14 }) },
	{
		weight: 6,
		arbitrary: fc.constantFrom(
			"---",
			"***",
			" - - -",
			"   ---",
			"===",
			"-",
			"- ",
			"1.",
			"1) x",
			"- [ ]",
			"- [x] done",
			"<!-- todo -->",
			"%% note %%",
			"```",
			"```js",
			"~~~",
			"  ```",
			"# Title",
			"## **Details**",
			"### Sub ###",
			"#nottag",
			"text #tag here",
			"**Overview**",
			"__Exam Tips__:",
			"\u00a0**Overview**",
			"\u00a0",
			"\t- **Term**: value",
			"    - deep",
			"- [[Amazon EKS|EKS]] and [[Amazon S3#Classes]]",
			"![[diagram.png]]",
			"[S3](Amazon%20S3.md) `[[not a link]]`",
			"see `code` and [[A]] then ``x``",
			"aliases: [Amazon EKS]",
			"tags: aws",
			"Text under a paragraph",
			"[[",
			"]]",
			"`",
			"**",
			"__a__",
			"",
			"  ",
			"\t",
			"\r",
			"\uFEFF",
		),
	},
);
const eolArb = fc.constantFrom("\n", "\r\n", "\r");
const textArb = fc
	.tuple(fc.boolean(), fc.array(lineArb, { maxLength: 30 }), fc.array(eolArb, { minLength: 1, maxLength: 30 }), fc.boolean())
	.map(([bom, lines, eols, frontmatter]) => {
		const all = frontmatter ? ["---", "aliases: [X]", "---", ...lines] : lines;
		let out = bom ? "\uFEFF" : "";
		all.forEach((l, i) => (out += l + (i < all.length - 1 ? eols[i % eols.length] : "")));
		return out;
	});

describe("the derived fields of the model match their definitions", () => {
	test.each([
		"",
		"\n",
		"\uFEFF",
		"---",
		"---\n",
		"---\n---",
		"---\n---\n",
		"---\naliases: [A]\n---\n**Overview**\n- x\n",
		"---\na: 1\n---\n\u00a0\n\t",
		"Title\n===\nbody\nSub\n---\n",
		"a\r\nb\rc\n",
		"  [[A]]  \n\t[x](y) \n- [[B]]\t",
	])("%j",
		(text) => {
			agree(text);
			agree(text, { lists: false, bold: false });
		},
	);

	test("on generated notes, with and without lists and bold spans", () => {
		fc.assert(
			fc.property(textArb, fc.boolean(), fc.boolean(), (text, lists, bold) => {
				agree(text, { lists, bold });
			}),
			{ numRuns: 500 },
		);
	});

	test("on arbitrary strings", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
				agree(text);
			}),
			{ numRuns: 300 },
		);
	});

	test("on every note of the example vault", () => {
		const root = join(__dirname, "../../../examples/vault");
		const files: string[] = [];
		const walk = (dir: string): void => {
			for (const name of readdirSync(dir)) {
				if (name.startsWith(".")) continue;
				const p = join(dir, name);
				if (statSync(p).isDirectory()) walk(p);
				else if (name.endsWith(".md")) files.push(p);
			}
		};
		walk(root);
		expect(files.length).toBeGreaterThan(30);
		for (const f of files) agree(readFileSync(f, "utf8"));
	});
});
