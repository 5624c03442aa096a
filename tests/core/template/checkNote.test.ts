import { describe, expect, test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import { checkNote, locateSections } from "../../../src/core/template/checkNote";
import { DEFAULT_TEMPLATE, type Finding, type RuleId, type TemplateSpec } from "../../../src/core/template/spec";

/** A note in the user's style (frontmatter, bold Overview, `## **X**` headings, `---` between sections). */
const GOOD = [
	"---", //                                                        1
	"aliases:", //                                                   2
	"  - Amazon SQS", //                                             3
	"---", //                                                        4
	"", //                                                           5
	"**Overview**", //                                               6
	"**Amazon SQS** is a **managed message queue** for decoupling.", // 7
	"", //                                                           8
	"---", //                                                        9
	"", //                                                           10
	"## **Details**", //                                             11
	"- **Queue types**", //                                          12
	"\t- Standard: at-least-once delivery.", //                      13
	"\t- FIFO: exactly-once processing, strict order.", //           14
	"", //                                                           15
	"---", //                                                        16
	"", //                                                           17
	"## **Use Cases**", //                                           18
	"- Buffer writes between a web tier and workers.", //           19
	"", //                                                           20
	"---", //                                                        21
	"", //                                                           22
	"## **Exam Tips**", //                                           23
	"- **SQS = pull**, [[Amazon SNS]] = push.", //                   24
	"", //                                                           25
	"---", //                                                        26
	"", //                                                           27
	"## **References**", //                                          28
	"- [SQS docs](https://docs.aws.amazon.com/sqs/)", //            29
	"", //                                                           30 (virtual: the text ends with "\n")
];
const good = (): string[] => [...GOOD];

/** Remove 1-based lines `from`..`to` (inclusive). */
function without(lines: string[], from: number, to: number): string[] {
	return [...lines.slice(0, from - 1), ...lines.slice(to)];
}

type Expect = [RuleId, number, string | null];

function summary(findings: Finding[]): Expect[] {
	return findings.map((f) => [f.rule, f.line, f.section]);
}

function check(lines: string[] | string, spec?: TemplateSpec, disabledRules?: RuleId[]): Finding[] {
	const text = typeof lines === "string" ? lines : lines.join("\n");
	return checkNote(parseNote(text), spec, disabledRules ? { disabledRules } : undefined);
}

const ALL_MISSING_AT = (line: number): Expect[] =>
	DEFAULT_TEMPLATE.sections.map((s) => ["missing-section", line, s.name] as Expect);

describe("checkNote: table", () => {
	const cases: { name: string; lines: string[] | string; expected: Expect[] }[] = [
		{ name: "a conforming note", lines: good(), expected: [] },
		{ name: "missing at the start", lines: without(good(), 6, 10), expected: [["missing-section", 6, "Overview"]] },
		{ name: "missing in the middle", lines: without(good(), 18, 22), expected: [["missing-section", 18, "Use Cases"]] },
		{ name: "missing at the end: the last line", lines: without(good(), 26, 29), expected: [["missing-section", 26, "References"]] },
		{
			name: "missing at the end when an extra section follows: the line after the last section",
			lines: [...without(good(), 26, 30), "## Common Pitfalls", "- Forgetting the visibility timeout."],
			expected: [["missing-section", 26, "References"]],
		},
		{
			name: "two missing sections at one place",
			lines: without(good(), 11, 22),
			expected: [["missing-section", 11, "Details"], ["missing-section", 11, "Use Cases"]],
		},
		{ name: "empty section: blank lines and --- are not content", lines: without(good(), 19, 19), expected: [["empty-section", 18, "Use Cases"]] },
		{ name: "empty last section", lines: without(good(), 29, 29), expected: [["empty-section", 28, "References"]] },
		{ name: "empty section at the very last line", lines: good().slice(0, 28).join("\n"), expected: [["empty-section", 28, "References"]] },
		{
			name: "template placeholders are not content",
			lines: [...good().slice(0, 18), "- ", "- [ ]", "1.", "<!-- what is it for? -->", "%% todo %%", ...good().slice(19)],
			expected: [["empty-section", 18, "Use Cases"]],
		},
		{
			name: "duplicate section: the second occurrence",
			lines: [...good().slice(0, 22), "## Details", "- more details", "", ...good().slice(22)],
			expected: [["duplicate-section", 23, "Details"]],
		},
		{
			name: "an empty duplicate is also empty",
			lines: [...good().slice(0, 22), "## Details", "", ...good().slice(22)],
			expected: [["duplicate-section", 23, "Details"], ["empty-section", 23, "Details"]],
		},
		{
			name: "out of order: one misplaced section gives one finding",
			// References moved between Overview and Details.
			lines: [...good().slice(0, 10), "## **References**", "- a link", "", "---", "", ...good().slice(10, 25)],
			expected: [["out-of-order", 11, "References"]],
		},
		{
			name: "out of order: Overview last",
			lines: [...good().slice(10, 29), "", "---", "", ...good().slice(5, 7)],
			expected: [["out-of-order", 23, "Overview"]],
		},
		{
			name: "out of order: a swapped pair reports the later template section",
			lines: ["## Details", "- d", "## Overview", "- o", "## Use cases", "- u", "## Exam tips", "- e", "## References", "- r"],
			expected: [["out-of-order", 1, "Details"]],
		},
		{
			name: "every gap at once, sorted by line",
			lines: ["## Use cases", "", "## Overview", "- o", "## Overview", "- again"],
			expected: [
				["empty-section", 1, "Use Cases"],
				["out-of-order", 1, "Use Cases"],
				// Overview (line 3) is the in-order section; the missing ones belong after it, before the duplicate.
				["duplicate-section", 5, "Overview"],
				["missing-section", 5, "Details"],
				["missing-section", 5, "Exam Tips"],
				["missing-section", 5, "References"],
			],
		},
		{
			name: "invalid frontmatter is reported and the rest is still checked",
			lines: ["---", "aliases: [unclosed", "---", ...good().slice(4, 17), ...good().slice(22)],
			// The frontmatter is one line shorter than GOOD's, so Exam Tips is on line 17.
			expected: [["frontmatter-invalid", 2, null], ["missing-section", 17, "Use Cases"]],
		},
		{ name: "an empty note", lines: "", expected: ALL_MISSING_AT(1) },
		{ name: "only a newline", lines: "\n", expected: ALL_MISSING_AT(2) },
		{ name: "frontmatter only", lines: "---\ntags: [aws]\n---", expected: ALL_MISSING_AT(3) },
		{
			// The opening text becomes the Overview's content: Overview goes above it, the rest at the end.
			name: "text but no sections",
			lines: "# **Amazon SQS**\n\nQueues.\n",
			expected: [["missing-section", 3, "Overview"], ...ALL_MISSING_AT(4).slice(1)],
		},
		{
			name: "bold-line headings",
			lines: ["**Overview**", "o", "**Details**", "d", "**Use Cases:**", "u", "**Exam Tips**:", "e", "__References__", "r"],
			expected: [],
		},
		{
			name: "synonyms, case, colon, numbering and emoji",
			lines: [
				"# **Amazon SQS**",
				"## 1. introduction:",
				"o",
				"## II. 🔍 KEY FEATURES",
				"d",
				"## 3) **When to use**",
				"u",
				"### 🎯 Exam tip",
				"e",
				"## 5. Further Reading:",
				"r",
			],
			expected: [],
		},
		{
			name: "the H1 title is neither a section nor content",
			lines: ["# **Overview**", "", "## Details", "d", "## Use Cases", "u", "## Exam Tips", "e", "## References", "r"],
			expected: [["missing-section", 3, "Overview"]],
		},
		{
			name: "sub-headings inside a section are content",
			lines: ["## **Overview**", "### **1. Sub topic**", "## **Details**", "### **1. Pricing**", "", "### **2. Limits**", "## Use Cases", "u", "## Exam Tips", "e", "## References", "r"],
			expected: [],
		},
		{
			name: "extra sections are allowed, and end the section before them",
			lines: ["## Overview", "o", "## Details", "", "## **Common Pitfalls**", "- p", "## Use Cases", "u", "## Exam Tips", "e", "## References", "r"],
			expected: [["empty-section", 3, "Details"]],
		},
		{
			name: "headings inside code are not headings",
			lines: ["## Overview", "o", "## Details", "```md", "## Use Cases", "```", "## Exam Tips", "e", "## References", "r"],
			expected: [["missing-section", 7, "Use Cases"]],
		},
		{
			name: "a code block is content, even one made of ---",
			lines: ["## Overview", "```yaml", "---", "```", "## Details", "d", "## Use Cases", "u", "## Exam Tips", "e", "## References", "r"],
			expected: [],
		},
		{
			name: "setext headings",
			lines: ["Overview", "--------", "o", "", "Details", "-------", "", "## Use Cases", "u", "## Exam Tips", "e", "## References", "r"],
			expected: [["empty-section", 5, "Details"]],
		},
	];

	test.each(cases)("$name", ({ lines, expected }) => {
		expect(summary(check(lines))).toEqual(expected);
	});
});

describe("checkNote: messages", () => {
	test("missing-section says where it was expected and what was found", () => {
		const [f] = check(without(good(), 18, 22));
		expect(f).toEqual({
			rule: "missing-section",
			severity: "error",
			section: "Use Cases",
			line: 18,
			message: "Expected section \"Use Cases\" before \"Exam Tips\" (line 18); found no heading for it.",
		});
		expect(check(without(good(), 26, 29))[0].message).toBe("Expected section \"References\" after \"Exam Tips\" (line 23); found no heading for it.");
		expect(check("")[0].message).toBe("Expected section \"Overview\" in the note; found no template sections at all.");
	});

	test("empty-section", () => {
		const [f] = check(without(good(), 19, 19));
		expect(f.severity).toBe("warning");
		expect(f.message).toBe("Expected content under \"Use Cases\"; found only blank lines or separators before the next section.");
		expect(check(good().slice(0, 28).join("\n"))[0].message).toBe("Expected content under \"References\"; found nothing before the next section.");
	});

	test("duplicate-section names the first occurrence", () => {
		const [f] = check([...good().slice(0, 22), "## Details", "- more", "", ...good().slice(22)]);
		expect(f.message).toBe("Expected one \"Details\" section; found a second one here (the first is on line 11).");
	});

	test("out-of-order names the section it should follow, or precede", () => {
		const swapped = check(["## Details", "- d", "## Overview", "- o", "## Use cases", "- u", "## Exam tips", "- e", "## References", "- r"]);
		expect(swapped[0].message).toBe("Expected \"Details\" after \"Overview\" (line 3); found it before.");
		const overviewLast = check([...good().slice(10, 29), "", "---", "", ...good().slice(5, 7)]);
		expect(overviewLast[0].message).toBe("Expected \"Overview\" before \"Details\" (line 1); found it after.");
	});

	test("frontmatter-invalid carries the parser's message", () => {
		const [f] = check(["---", "aliases: [unclosed", "---", "## Overview", "o"]);
		expect(f.rule).toBe("frontmatter-invalid");
		expect(f.section).toBeNull();
		expect(f.message).toMatch(/^Expected valid YAML frontmatter; found an error: ./);
	});
});

describe("checkNote: options, specs and encodings", () => {
	test("CRLF gives the same findings as LF", () => {
		const lines = without(good(), 18, 22);
		expect(check(lines.join("\r\n"))).toEqual(check(lines.join("\n")));
		expect(check(good().join("\r\n"))).toEqual([]);
	});

	test("a BOM does not shift lines", () => {
		expect(check(`\uFEFF${good().join("\n")}`)).toEqual([]);
		expect(summary(check(`\uFEFF${without(good(), 18, 22).join("\n")}`))).toEqual([["missing-section", 18, "Use Cases"]]);
		expect(summary(check("\uFEFF## **Overview**\nx\n## Details\n\n## Use Cases\nu\n## Exam Tips\ne\n## References\nr"))).toEqual([["empty-section", 3, "Details"]]);
	});

	test("disabled rules are not reported", () => {
		const lines = ["---", "a: [", "---", "## Use cases", "", "## Overview", "o", "## Overview", "o"];
		const all = summary(check(lines)).map(([rule]) => rule);
		expect(new Set(all)).toEqual(new Set(["frontmatter-invalid", "missing-section", "empty-section", "out-of-order", "duplicate-section"]));
		expect(check(lines, undefined, ["missing-section", "empty-section", "out-of-order", "duplicate-section", "frontmatter-invalid"])).toEqual([]);
		expect(summary(check(lines, undefined, ["missing-section", "frontmatter-invalid"])).map(([rule]) => rule)).toEqual(["empty-section", "out-of-order", "duplicate-section"]);
	});

	test("optional sections are not reported missing, but are checked when present", () => {
		const spec: TemplateSpec = {
			sections: DEFAULT_TEMPLATE.sections.map((s) => ({ ...s, required: s.name !== "References" && s.name !== "Use Cases" })),
		};
		expect(check(without(good(), 18, 22), spec)).toEqual([]);
		expect(summary(check(without(good(), 19, 19), spec))).toEqual([["empty-section", 18, "Use Cases"]]);
	});

	test("a custom spec", () => {
		const spec: TemplateSpec = {
			sections: [
				{ name: "Summary", synonyms: ["TL;DR"], required: true },
				{ name: "Pricing", synonyms: ["Cost"], required: true },
				{ name: "Limits", synonyms: [], required: true },
			],
		};
		expect(summary(check(["## TL;DR", "x", "## Overview", "o", "## Limits", "l", "## Cost", "c"], spec))).toEqual([["out-of-order", 5, "Limits"]]);
		expect(summary(check(["## TL;DR", "x", "## Limits", "l"], spec))).toEqual([["missing-section", 3, "Pricing"]]);
	});
});

describe("section extents", () => {
	const extents = (lines: string[]): [string, number, number, number, number][] => {
		const loc = locateSections(parseNote(lines.join("\n")));
		return loc.ordered.map((o) => [DEFAULT_TEMPLATE.sections[o.section].name, o.line, o.start, o.end, o.contentLines]);
	};

	test("an ATX section ends at the next template heading of any level", () => {
		expect(extents(["## Details", "d", "#### Exam tips", "e"])).toEqual([["Details", 1, 2, 2, 1], ["Exam Tips", 3, 4, 4, 1]]);
	});

	test("an ATX section ends at a heading of the same or higher rank, not at a deeper one", () => {
		expect(extents(["## Details", "### Sub", "s", "## Pitfalls", "p"])).toEqual([["Details", 1, 2, 3, 2]]);
		expect(extents(["### Details", "## Pitfalls", "p"])).toEqual([["Details", 1, 2, 1, 0]]);
		expect(extents(["## Details", "# Part two", "p"])).toEqual([["Details", 1, 2, 1, 0]]);
	});

	test("a bold-line section takes the rank of the note's ATX template headings", () => {
		// The note's template headings are H2: a bold Overview ends at an H2, not at an H3.
		expect(extents(["**Overview**", "### Sub", "s", "## Pitfalls", "p", "## Details", "d"])).toEqual([
			["Overview", 1, 2, 3, 2],
			["Details", 6, 7, 7, 1],
		]);
		// With H3 template headings, an H3 extra section ends it.
		expect(extents(["**Overview**", "o", "### Pitfalls", "p", "### Details", "d"])).toEqual([
			["Overview", 1, 2, 2, 1],
			["Details", 5, 6, 6, 1],
		]);
	});

	test("a bold-only line that is not a template heading is content", () => {
		expect(extents(["**Overview**", "**Key idea**", "", "**Details**", "d"])).toEqual([
			["Overview", 1, 2, 3, 1],
			["Details", 4, 5, 5, 1],
		]);
		expect(extents(["## Details", "**Security**", "- IAM"])).toEqual([["Details", 1, 2, 3, 2]]);
	});

	test("a setext section body starts after its underline", () => {
		expect(extents(["Details", "---", "d"])).toEqual([["Details", 1, 3, 3, 1]]);
	});

	test("the extent includes trailing blank lines and separators", () => {
		expect(extents(["## Details", "d", "", "---", "", "## Use Cases", "u", ""])).toEqual([
			["Details", 1, 2, 5, 1],
			["Use Cases", 6, 7, 8, 1],
		]);
	});
});
