import { describe, expect, test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import { addMissingSections, applyEdits, type AddSectionsOptions } from "../../../src/core/template/addMissingSections";
import { checkNote } from "../../../src/core/template/checkNote";
import { DEFAULT_TEMPLATE, type TemplateSpec } from "../../../src/core/template/spec";

function fix(text: string, spec?: TemplateSpec, options?: AddSectionsOptions): ReturnType<typeof addMissingSections> {
	return addMissingSections(text, parseNote(text), spec, options);
}

const L = (...lines: string[]): string => lines.join("\n");

/** Before/after pairs, as in obsidian-linter's rule tests. Every `after` is also checked to be a fixed point. */
const cases: { name: string; before: string; after: string; added: string[] }[] = [
	{
		name: "## **X** with the --- habit, missing at the start (after frontmatter)",
		before: L("---", "aliases: [SQS]", "---", "", "## **Details**", "- d", "", "---", "", "## **Use Cases**", "- u", "", "---", "", "## **Exam Tips**", "- e", "", "---", "", "## **References**", "- r", ""),
		after: L("---", "aliases: [SQS]", "---", "", "## **Overview**", "", "---", "", "## **Details**", "- d", "", "---", "", "## **Use Cases**", "- u", "", "---", "", "## **Exam Tips**", "- e", "", "---", "", "## **References**", "- r", ""),
		added: ["Overview"],
	},
	{
		name: "## **X** with the --- habit, missing in the middle",
		before: L("**Overview**", "o", "", "---", "", "## **Details**", "- d", "", "---", "", "## **Exam Tips**", "- e", "", "---", "", "## **References**", "- r", ""),
		after: L("**Overview**", "o", "", "---", "", "## **Details**", "- d", "", "---", "", "## **Use Cases**", "", "---", "", "## **Exam Tips**", "- e", "", "---", "", "## **References**", "- r", ""),
		added: ["Use Cases"],
	},
	{
		name: "## **X** with the --- habit, missing at the end",
		before: L("**Overview**", "o", "", "---", "", "## **Details**", "- d", "", "---", "", "## **Use Cases**", "- u", "", "---", "", "## **Exam Tips**", "- e", ""),
		after: L("**Overview**", "o", "", "---", "", "## **Details**", "- d", "", "---", "", "## **Use Cases**", "- u", "", "---", "", "## **Exam Tips**", "- e", "", "---", "", "## **References**", ""),
		added: ["References"],
	},
	{
		name: "several missing at the end, with the habit and trailing blank lines kept",
		before: L("## **Overview**", "o", "", "---", "", "## **Details**", "d", "", "---", "", "## **Use Cases**", "u", "", "", ""),
		after: L("## **Overview**", "o", "", "---", "", "## **Details**", "d", "", "---", "", "## **Use Cases**", "u", "", "", "---", "", "## **Exam Tips**", "", "---", "", "## **References**", ""),
		added: ["Exam Tips", "References"],
	},
	{
		name: "the note ends with a separator",
		before: L("## Overview", "o", "", "---", "", "## Details", "d", "", "---", "", "## Use Cases", "u", "", "---", "", "## Exam Tips", "e", "", "---", ""),
		after: L("## Overview", "o", "", "---", "", "## Details", "d", "", "---", "", "## Use Cases", "u", "", "---", "", "## Exam Tips", "e", "", "---", "", "## References", ""),
		added: ["References"],
	},
	{
		name: "## X without the habit, missing in the middle and at the end",
		before: L("## Overview", "o", "", "## Details", "d", "", "## Exam Tips", "e"),
		after: L("## Overview", "o", "", "## Details", "d", "", "## Use Cases", "", "## Exam Tips", "e", "", "## References", ""),
		added: ["Use Cases", "References"],
	},
	{
		name: "### X style",
		before: L("# SQS", "### Overview", "o", "### Details", "d", "### Use cases", "u", "### References", "r", ""),
		after: L("# SQS", "### Overview", "o", "### Details", "d", "### Use cases", "u", "", "### Exam Tips", "", "### References", "r", ""),
		added: ["Exam Tips"],
	},
	{
		name: "bold-line style",
		before: L("**Overview**", "o", "", "**Use Cases**", "u", "", "**Exam Tips**", "e", "", "**References**", "r", ""),
		after: L("**Overview**", "o", "", "**Details**", "", "**Use Cases**", "u", "", "**Exam Tips**", "e", "", "**References**", "r", ""),
		added: ["Details"],
	},
	{
		name: "a bold Overview with ## **X** sections: ATX wins the tie",
		before: L("**Overview**", "o", "", "---", "", "## **Details**", "d", ""),
		after: L("**Overview**", "o", "", "---", "", "## **Details**", "d", "", "---", "", "## **Use Cases**", "", "---", "", "## **Exam Tips**", "", "---", "", "## **References**", ""),
		added: ["Use Cases", "Exam Tips", "References"],
	},
	{
		name: "the heading it should precede comes right after text",
		before: L("## Overview", "o", "## Use Cases", "u", "## Exam Tips", "e", "## References", "r"),
		after: L("## Overview", "o", "", "## Details", "", "## Use Cases", "u", "## Exam Tips", "e", "## References", "r"),
		added: ["Details"],
	},
	{
		name: "an extra section after the last present one: inserted before it",
		before: L("## Overview", "o", "## Details", "d", "## Use Cases", "u", "## Exam Tips", "e", "", "## Common Pitfalls", "p", ""),
		after: L("## Overview", "o", "## Details", "d", "## Use Cases", "u", "## Exam Tips", "e", "", "## References", "", "## Common Pitfalls", "p", ""),
		added: ["References"],
	},
	{
		name: "CRLF",
		before: ["## Overview", "o", "", "---", "", "## Details", "d", "", "---", "", "## Exam Tips", "e", "", "---", "", "## References", "r", ""].join("\r\n"),
		after: ["## Overview", "o", "", "---", "", "## Details", "d", "", "---", "", "## Use Cases", "", "---", "", "## Exam Tips", "e", "", "---", "", "## References", "r", ""].join("\r\n"),
		added: ["Use Cases"],
	},
	{
		name: "no trailing newline: one is added before the appended block",
		before: L("## Overview", "o", "## Details", "d", "## Use Cases", "u", "## Exam Tips", "e"),
		after: L("## Overview", "o", "## Details", "d", "## Use Cases", "u", "## Exam Tips", "e", "", "## References", ""),
		added: ["References"],
	},
	{
		name: "BOM kept, inserting before line 1",
		before: `\uFEFF${L("## Details", "d", "## Use Cases", "u", "## Exam Tips", "e", "## References", "r", "")}`,
		after: `\uFEFF${L("## Overview", "", "## Details", "d", "## Use Cases", "u", "## Exam Tips", "e", "## References", "r", "")}`,
		added: ["Overview"],
	},
	{
		name: "no sections at all: Overview above the opening text (which becomes its content), the rest after it",
		before: L("# **Amazon SQS**", "", "Queues for decoupling.", ""),
		after: L("# **Amazon SQS**", "", "## **Overview**", "", "Queues for decoupling.", "", "## **Details**", "", "## **Use Cases**", "", "## **Exam Tips**", "", "## **References**", ""),
		added: ["Overview", "Details", "Use Cases", "Exam Tips", "References"],
	},
	{
		name: "an empty note",
		before: "",
		after: L("## **Overview**", "", "## **Details**", "", "## **Use Cases**", "", "## **Exam Tips**", "", "## **References**", ""),
		added: ["Overview", "Details", "Use Cases", "Exam Tips", "References"],
	},
	{
		name: "frontmatter only, without a trailing newline",
		before: L("---", "tags: [aws]", "---"),
		after: L("---", "tags: [aws]", "---", "", "## **Overview**", "", "## **Details**", "", "## **Use Cases**", "", "## **Exam Tips**", "", "## **References**", ""),
		added: ["Overview", "Details", "Use Cases", "Exam Tips", "References"],
	},
	{
		name: "opening text before the first section: Overview goes above it, never after the body",
		before: L("---", "aliases: [SQS]", "---", "SQS is a queue service.", "It decouples producers and consumers.", "", "## **Details**", "- d", ""),
		after: L("---", "aliases: [SQS]", "---", "## **Overview**", "", "SQS is a queue service.", "It decouples producers and consumers.", "", "## **Details**", "- d", "", "## **Use Cases**", "", "## **Exam Tips**", "", "## **References**", ""),
		added: ["Overview", "Use Cases", "Exam Tips", "References"],
	},
	{
		name: "a note that opens with a heading of its own: Overview before the first template section, as before",
		before: L("## Pricing", "- per request", "## **Details**", "- d", "## **Use Cases**", "- u", "## **Exam Tips**", "- e", "## **References**", "- r", ""),
		after: L("## Pricing", "- per request", "", "## **Overview**", "", "## **Details**", "- d", "## **Use Cases**", "- u", "## **Exam Tips**", "- e", "## **References**", "- r", ""),
		added: ["Overview"],
	},
	{
		name: "H1 title present, Overview missing",
		before: L("# **Amazon SQS**", "## **Details**", "d", "", "---", "", "## **Use Cases**", "u", "", "---", "", "## **Exam Tips**", "e", "", "---", "", "## **References**", "r", ""),
		after: L("# **Amazon SQS**", "", "## **Overview**", "", "---", "", "## **Details**", "d", "", "---", "", "## **Use Cases**", "u", "", "---", "", "## **Exam Tips**", "e", "", "---", "", "## **References**", "r", ""),
		added: ["Overview"],
	},
	{
		name: "a code block left open at the end is closed first",
		before: L("## Overview", "o", "## Details", "d", "## Use Cases", "u", "## Exam Tips", "~~~~bash", "aws sqs list-queues", ""),
		after: L("## Overview", "o", "## Details", "d", "## Use Cases", "u", "## Exam Tips", "~~~~bash", "aws sqs list-queues", "~~~~", "", "## References", ""),
		added: ["References"],
	},
	{
		name: "out-of-order notes: missing sections go next to the in-order ones",
		before: L("## References", "r", "## Overview", "o", "## Use Cases", "u", ""),
		after: L("## References", "r", "## Overview", "o", "", "## Details", "", "## Use Cases", "u", "", "## Exam Tips", ""),
		added: ["Details", "Exam Tips"],
	},
];

describe("addMissingSections: before/after", () => {
	test.each(cases)("$name", ({ before, after, added }) => {
		const result = fix(before);
		expect(result.text).toBe(after);
		expect(result.added).toEqual(added);
		expect(applyEdits(before, result.edits)).toBe(after);
		const again = fix(result.text);
		expect(again.edits).toEqual([]);
		expect(again.text).toBe(result.text);
		expect(checkNote(parseNote(result.text)).filter((f) => f.rule === "missing-section")).toEqual([]);
	});
});

describe("addMissingSections: edits and options", () => {
	test("edits are line-start insertions with offsets in the original text", () => {
		const before = L("## Overview", "o", "## Details", "d", "## Exam Tips", "e");
		const { edits } = fix(before);
		expect(edits).toEqual([
			// "d" is right above: a blank line is added first.
			{ offset: 27, line: 4, text: "\n## Use Cases\n\n" },
			{ offset: before.length, line: 6, text: "\n\n## References\n" },
		]);
		expect(before.slice(27)).toMatch(/^## Exam Tips/);
	});

	test("an edit at the end of a text ending with a newline is on its last (empty) line", () => {
		const before = L("## Overview", "o", "## Details", "d", "## Use Cases", "u", "## Exam Tips", "e", "");
		expect(fix(before).edits).toEqual([{ offset: before.length, line: 8, text: "\n## References\n" }]);
	});

	test("BOM: an insertion before line 1 is after the BOM", () => {
		const before = "\uFEFF## Details\nd\n## Use Cases\nu\n## Exam Tips\ne\n## References\nr\n";
		expect(fix(before).edits[0]).toEqual({ offset: 1, line: 0, text: "## Overview\n\n" });
	});

	test("a complete note is left alone", () => {
		const text = L("## Overview", "o", "## Details", "d", "## Use Cases", "u", "## Exam Tips", "e", "## References", "r");
		expect(fix(text)).toEqual({ text, edits: [], added: [] });
	});

	test("optional sections are not added", () => {
		const spec: TemplateSpec = { sections: DEFAULT_TEMPLATE.sections.map((s) => ({ ...s, required: s.name !== "References" })) };
		expect(fix(L("## Overview", "o", "## Details", "d", "## Use Cases", "u", ""), spec).added).toEqual(["Exam Tips"]);
	});

	test("a section whose name the template cannot recognise is not added (it would never go away)", () => {
		const spec: TemplateSpec = {
			sections: [
				{ name: "Notes", synonyms: ["Extra"], required: true },
				{ name: "Extra", synonyms: [], required: true },
				{ name: "🚀", synonyms: [], required: true },
			],
		};
		expect(fix("", spec)).toEqual({ text: "## **Notes**\n", edits: [{ offset: 0, line: 0, text: "## **Notes**\n" }], added: ["Notes"] });
	});

	test("style and separator can be given (e.g. the vault's habit)", () => {
		const result = fix("", undefined, { style: { kind: "atx", level: 3, bold: false }, separator: "***" });
		expect(result.text).toBe(L("### Overview", "", "***", "", "### Details", "", "***", "", "### Use Cases", "", "***", "", "### Exam Tips", "", "***", "", "### References", ""));
		expect(fix(L("## Overview", "o", "", "---", "", "## Details", "d", ""), undefined, { separator: null }).text).toBe(
			L("## Overview", "o", "", "---", "", "## Details", "d", "", "## Use Cases", "", "## Exam Tips", "", "## References", ""),
		);
	});

	test("the note must be the text's model", () => {
		expect(() => addMissingSections("abc", parseNote("abcd"))).toThrow(/not parsed from this text/);
	});
});

describe("applyEdits", () => {
	test("offsets refer to the original text; equal offsets keep array order", () => {
		expect(applyEdits("abc", [{ offset: 3, line: 1, text: "Z" }, { offset: 0, line: 0, text: "X" }, { offset: 3, line: 1, text: "W" }])).toBe("XabcZW");
	});
	test("rejects offsets outside the text", () => {
		expect(() => applyEdits("abc", [{ offset: 4, line: 1, text: "x" }])).toThrow(RangeError);
	});
});
