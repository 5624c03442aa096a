/**
 * The offset-based parser against the previous, line-array parser (`referenceParser.ts`): the
 * same model for any text, plus the fields only the new one has (`lineCount`, `blankBody`,
 * `lineText`, `contentBetween`) against their definitions.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isContentLine } from "../../../src/core/note/lineKinds";
import { parseNote, type ParseOptions } from "../../../src/core/note/parseNote";
import type { NoteModel } from "../../../src/core/note/types";
import { parseNote as referenceParse, type ReferenceModel } from "./referenceParser";

/** Everything the previous model had, as plain data. */
function plain(m: ReferenceModel | NoteModel): unknown {
	return JSON.parse(
		JSON.stringify({
			lines: m.lines,
			lineStarts: m.lineStarts,
			lineEndings: m.lineEndings,
			eol: m.eol,
			bom: m.bom,
			length: m.length,
			frontmatter: m.frontmatter,
			title: m.title,
			headings: m.headings,
			sections: m.sections,
			links: m.links,
			listItems: m.listItems,
			bold: m.bold,
			inlineTags: m.inlineTags,
			codeBlocks: m.codeBlocks,
			isCode: m.isCode,
			warnings: m.warnings,
		}),
	);
}

/** The definition of `contentBetween`, by walking the lines. */
function contentByLines(m: NoteModel, h: number, next: number): number {
	const head = m.headings[h];
	const start = head.line + (head.kind === "setext" ? 2 : 1);
	const end = next < 0 ? m.lines.length : m.headings[next].line - 1;
	let n = 0;
	for (let l = start; l <= end; l++) if (isContentLine(m.lines[l - 1], m.isCode[l - 1])) n++;
	return n;
}

function blankBodyByLines(m: NoteModel): boolean {
	const start = m.frontmatter ? m.frontmatter.endLine : 0;
	for (let i = start; i < m.lines.length; i++) if (m.lines[i].trim() !== "") return false;
	return true;
}

function agree(text: string, options?: ParseOptions): void {
	// `lineText` first, on a fresh model, so that it is read before the line table exists.
	const fresh = parseNote(text, options);
	const lazyTexts: string[] = [];
	for (let l = 0; l <= fresh.lineCount + 1; l++) lazyTexts.push(fresh.lineText(l));

	const m = parseNote(text, options);
	expect(plain(m)).toEqual(plain(referenceParse(text, options)));
	expect(m.lineCount).toBe(m.lines.length);
	expect(m.blankBody).toBe(blankBodyByLines(m));
	expect(lazyTexts).toEqual(["", ...m.lines, ""]);
	for (let h = 0; h < m.headings.length; h++) {
		expect(m.contentBetween(h, -1)).toBe(contentByLines(m, h, -1));
		for (let j = h + 1; j < m.headings.length; j++) expect(m.contentBetween(h, j)).toBe(contentByLines(m, h, j));
	}
}

const lineArb = fc.oneof(
	{ weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
	{
		weight: 6,
		arbitrary: fc.constantFrom(
			"---",
			"***",
			" - - -",
			"===",
			"-",
			"- ",
			"1.",
			"1) x",
			"- [ ]",
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

describe("the offset-based parser builds the same model as the line-array parser", () => {
	test.each([
		"",
		"\n",
		"\uFEFF",
		"---",
		"---\n",
		"---\n---",
		"---\n---\n",
		"---\naliases: [A]\n---\n**Overview**\n- x\n",
		"---\nnever closed\n## **Details**",
		"Title\n===\nbody\nSub\n---\n",
		"```\n## not a heading\n",
		"a\r\nb\rc\n",
		"- a\n\t- b\n  lazy\n\nmargin\n",
	])("%j", (text) => {
		agree(text);
		agree(text, { lists: false, bold: false });
	});

	test("on generated notes, with and without lists and bold spans", () => {
		fc.assert(
			fc.property(textArb, fc.boolean(), fc.boolean(), (text, lists, bold) => {
				agree(text, { lists, bold });
			}),
			{ numRuns: 600 },
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
