import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { parseNote, noteTags } from "../../../src/core/note/parseNote";
import { boldLineText } from "../../../src/core/note/headings";
import { isRule } from "../../../src/core/note/lineKinds";

/** A note in the vault's style, written for these tests (tabs, trailing double spaces, arrows). */
const SQS = [
	"---",
	"aliases:",
	"  - Amazon SQS",
	"  - SQS",
	"tags: [aws, integration]",
	"---",
	"",
	"# **Amazon Simple Queue Service (SQS)**",
	"",
	"**Overview**",
	"**Amazon SQS** is a **fully managed message queue** for decoupling producers and consumers.  ",
	"",
	"---",
	"",
	"## **Details**",
	"- **Queue types**",
	"\t- **Standard queues**: at-least-once delivery, best-effort ordering.",
	"\t- **FIFO queues**: exactly-once processing â†’ ordered per message group.",
	"- Messages are kept up to **14 days** (default 4 days) → see [[Amazon SNS|SNS]] for fan-out.",
	"\t- Dead-letter queues catch poison messages, see [[Amazon SQS#Exam Tips]].",
	"",
	"### **1. Visibility timeout**",
	"- Hides a message while a consumer works on it.",
	"",
	"```yaml",
	"## **Use Cases**",
	"link: [[Not A Link]]",
	"```",
	"",
	"~~~",
	"[[Also Not A Link]]",
	"~~~",
	"",
	"Inline code `[[Nope]]` and `**not bold**` is not parsed; ![[queue diagram.png]] is an embed.",
	"See [the docs](https://docs.aws.amazon.com/sqs/) and [local](Other%20note.md#Part).",
	"",
	"---",
	"",
	"## **Exam Tips**",
	"- **Long polling** reduces empty receives. #exam-tip",
	"",
].join("\n");

describe("parseNote on a note in the vault's style", () => {
	const m = parseNote(SQS);

	test("frontmatter: aliases and tags parsed, closing line recorded", () => {
		expect(m.frontmatter).not.toBeNull();
		expect(m.frontmatter!.aliases).toEqual(["Amazon SQS", "SQS"]);
		expect(m.frontmatter!.tags).toEqual(["aws", "integration"]);
		expect(m.frontmatter!.endLine).toBe(6);
		expect(m.frontmatter!.error).toBeNull();
	});

	test("title, bold-line heading, ATX headings with line numbers; code headings ignored", () => {
		expect(m.title?.line).toBe(8);
		expect(m.title?.plain).toBe("Amazon Simple Queue Service (SQS)");
		expect(m.headings.map((h) => [h.line, h.kind, h.level, h.plain])).toEqual([
			[8, "atx", 1, "Amazon Simple Queue Service (SQS)"],
			[10, "bold", null, "Overview"],
			[15, "atx", 2, "Details"],
			[22, "atx", 3, "1. Visibility timeout"],
			[39, "atx", 2, "Exam Tips"],
		]);
	});

	test("sections end before the next heading of the same or higher rank", () => {
		const byLine = new Map(m.sections.map((s) => [s.startLine, s]));
		expect(byLine.get(10)!.endLine).toBe(14);
		expect(byLine.get(15)!.endLine).toBe(38);
		expect(byLine.get(22)!.endLine).toBe(38);
		expect(byLine.get(8)!.endLine).toBe(m.lines.length);
		// Overview: one line of text; the rule and blanks do not count.
		expect(byLine.get(10)!.contentLines).toBe(1);
	});

	test("links: wiki, piped, heading, embed and markdown; none from code", () => {
		const summary = m.links.map((l) => [l.line, l.kind, l.embed, l.target, l.subpath, l.display, l.external]);
		expect(summary).toEqual([
			[19, "wiki", false, "Amazon SNS", null, "SNS", false],
			[20, "wiki", false, "Amazon SQS", "Exam Tips", null, false],
			[34, "wiki", true, "queue diagram.png", null, null, false],
			[35, "markdown", false, "https://docs.aws.amazon.com/sqs/", null, "the docs", true],
			[35, "markdown", false, "Other note.md", "Part", "local", false],
		]);
		const l = m.links[0];
		expect(m.lines[l.line - 1].slice(l.start, l.end)).toBe("[[Amazon SNS|SNS]]");
	});

	test("bullet tree with tab indentation and depth", () => {
		const items = m.listItems.map((i) => [i.line, i.depth, i.parent === -1 ? null : m.listItems[i.parent].line]);
		expect(items).toEqual([
			[16, 0, null],
			[17, 1, 16],
			[18, 1, 16],
			[19, 0, null],
			[20, 1, 19],
			[23, 0, null],
			[40, 0, null],
		]);
		expect(m.listItems[0].children.map((c) => m.listItems[c].line)).toEqual([17, 18]);
		expect(m.listItems[2].plain).toBe("FIFO queues: exactly-once processing → ordered per message group.");
		expect(m.listItems[1].indent).toBe("\t");
	});

	test("bold spans outside inline code", () => {
		expect(m.bold.filter((b) => b.line === 11).map((b) => b.text)).toEqual(["Amazon SQS", "fully managed message queue"]);
		expect(m.bold.some((b) => b.text === "not bold")).toBe(false);
	});

	test("code blocks recorded and marked", () => {
		expect(m.codeBlocks.map((c) => [c.startLine, c.endLine, c.closed])).toEqual([
			[25, 28, true],
			[30, 32, true],
		]);
		expect(m.isCode[25]).toBe(true);
		expect(m.isCode[33]).toBe(false);
	});

	test("inline and frontmatter tags", () => {
		expect(m.inlineTags).toEqual([{ line: 40, tag: "exam-tip" }]);
		expect(noteTags(m)).toEqual(["aws", "integration", "exam-tip"]);
		expect(noteTags(parseNote("---\ntags: [AWS, Exam]\n---\n#aws #Exam-Tip #exam"))).toEqual(["aws", "exam", "exam-tip"]);
	});
});

describe("line endings, BOM and degenerate notes", () => {
	test.each([
		["empty note", "", 1],
		["only newline", "\n", 2],
		["frontmatter only", "---\naliases: [x]\n---", 3],
		["unclosed frontmatter", "---\naliases: [x]\n", 3],
	])("%s parses", (_name, text, lines) => {
		const m = parseNote(text);
		expect(m.lines.length).toBe(lines);
	});

	test("CRLF note: lines have no \\r and offsets point at line starts", () => {
		const text = "## **Details**\r\n- a [[X]]\r\n\r\n## **Exam Tips**\r\n";
		const m = parseNote(text);
		expect(m.eol).toBe("\r\n");
		expect(m.lines.slice(0, 4)).toEqual(["## **Details**", "- a [[X]]", "", "## **Exam Tips**"]);
		for (let i = 0; i < m.lines.length; i++) expect(text.slice(m.lineStarts[i], m.lineStarts[i] + m.lines[i].length)).toBe(m.lines[i]);
		expect(m.links[0].target).toBe("X");
	});

	test("mixed and lone-CR endings are split, the dominant one recorded", () => {
		const m = parseNote("a\r\nb\nc\r\nd\re");
		expect(m.lines).toEqual(["a", "b", "c", "d", "e"]);
		expect(m.lineEndings).toEqual(["\r\n", "\n", "\r\n", "\r", ""]);
		expect(m.eol).toBe("\r\n");
	});

	test("BOM is removed from line 1 but counted in offsets", () => {
		const m = parseNote("\uFEFF---\naliases: [Amazon X]\n---\n## **Details**");
		expect(m.bom).toBe(true);
		expect(m.frontmatter?.aliases).toEqual(["Amazon X"]);
		expect(m.lineStarts[0]).toBe(1);
		expect(m.headings[0].line).toBe(4);
	});

	test("malformed YAML gives an error with a line, and the body is still parsed", () => {
		const m = parseNote('---\naliases: ["Amazon SQS\n---\n## **Details**\n- [[Amazon SNS]]');
		expect(m.frontmatter?.data).toBeNull();
		expect(m.frontmatter?.error?.line).toBeGreaterThanOrEqual(2);
		expect(m.frontmatter?.error?.message).toMatch(/quote/i);
		expect(m.headings[0].plain).toBe("Details");
		expect(m.links[0].target).toBe("Amazon SNS");
	});

	test("unclosed code fence swallows the rest and warns", () => {
		const m = parseNote("## A\n```\n## B\n[[C]]");
		expect(m.headings.map((h) => h.plain)).toEqual(["A"]);
		expect(m.links).toEqual([]);
		expect(m.warnings[0].message).toMatch(/never closed/);
	});
});

describe("headings", () => {
	test.each([
		["## **Details**", "atx", 2, "Details"],
		["### **1. Sub topic**", "atx", 3, "1. Sub topic"],
		["## Use Cases ##", "atx", 2, "Use Cases"],
		["**Overview**", "bold", null, "Overview"],
		["**Exam Tips:**", "bold", null, "Exam Tips:"],
		["__References__", "bold", null, "References"],
		["## ****", "atx", 2, ""],
		["#", "atx", 1, ""],
	])("%j", (line, kind, level, plain) => {
		const h = parseNote(line).headings[0];
		expect(h.kind).toBe(kind);
		expect(h.level).toBe(level);
		expect(h.plain).toBe(plain);
	});

	test.each(["#tag at start", "**Amazon EKS** is a **thing**", "- **Bold item**", "    ## indented code-like", "**", "****"])(
		"%j is not a heading",
		(line) => {
			expect(parseNote(line).headings).toEqual([]);
		},
	);

	test("setext headings, but not after list items", () => {
		const m = parseNote("Title\n===\n\nPara\n---\n\n- item\n---\n");
		expect(m.headings.map((h) => [h.line, h.level, h.kind])).toEqual([
			[1, 1, "setext"],
			[4, 2, "setext"],
		]);
	});

	test("boldLineText and isRule", () => {
		expect(boldLineText("**Overview**")).toBe("Overview");
		expect(boldLineText("***Overview***")).toBe("Overview");
		expect(boldLineText("**a** b **c**")).toBeNull();
		expect(isRule("---")).toBe(true);
		expect(isRule(" * * *")).toBe(true);
		expect(isRule("--")).toBe(false);
		expect(isRule("-*-")).toBe(false);
	});
});

describe("links: odd forms", () => {
	test.each([
		["[[]]", []],
		["[[|x]]", []],
		["[[#Heading]]", [["", "Heading", null]]],
		["[[a|b|c]]", [["a", null, "b|c"]]],
		["[[Target", []],
		["[[[[x]]]]", [["x", null, null]]],
		["[[ Spaced  ]]", [["Spaced", null, null]]],
		["![[diagram.png|200]]", [["diagram.png", null, "200"]]],
		["[Amazon EKS](Amazon%20EKS.md)", [["Amazon EKS.md", null, "Amazon EKS"]]],
		["[bad](%E0%A4%A)", [["%E0%A4%A", null, "bad"]]],
		["`[[code]]` [[real]]", [["real", null, null]]],
	] as const)("%j", (line, expected) => {
		expect(parseNote(line).links.map((l) => [l.target, l.subpath, l.display])).toEqual(expected);
	});

	test("1,000 links on one line", () => {
		const line = Array.from({ length: 1000 }, (_, i) => `[[Note ${i}]]`).join(" ");
		const m = parseNote(line);
		expect(m.links.length).toBe(1000);
		expect(m.links[999].target).toBe("Note 999");
	});
});

describe("properties", () => {
	const lineArb = fc.oneof(
		fc.string({ unit: "grapheme", maxLength: 40 }),
		fc.constantFrom("---", "```", "~~~", "## **Details**", "**Overview**", "\t- **x**: y", "- [[A|b]]", "[[", "]]", "`", "", "\r", "\uFEFF"),
	);
	test("parseNote never throws and every line number is within the note", () => {
		fc.assert(
			fc.property(fc.array(lineArb, { maxLength: 40 }), fc.constantFrom("\n", "\r\n", "\r"), (ls, eol) => {
				const m = parseNote(ls.join(eol));
				const n = m.lines.length;
				const within = (l: number) => l >= 1 && l <= n;
				for (const h of m.headings) expect(within(h.line)).toBe(true);
				for (const l of m.links) {
					expect(within(l.line)).toBe(true);
					expect(m.lines[l.line - 1].slice(l.start, l.end)).toBe(l.raw);
				}
				for (const s of m.sections) expect(within(s.startLine) && s.endLine >= s.startLine - 1 && s.endLine <= n).toBe(true);
				for (const i of m.listItems) expect(within(i.line)).toBe(true);
				for (const b of m.bold) expect(within(b.line)).toBe(true);
				expect(m.isCode.length).toBe(n);
			}),
			{ numRuns: 400 },
		);
	});

	test("parseNote never throws on arbitrary full-unicode strings", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
				const m = parseNote(s);
				expect(m.lines.join("").length).toBeLessThanOrEqual(s.length);
			}),
			{ numRuns: 300 },
		);
	});

	test("section content counts equal a naive count of non-blank, non-rule body lines (code counts)", () => {
		fc.assert(
			fc.property(fc.array(lineArb, { maxLength: 40 }), (ls) => {
				const m = parseNote(ls.join("\n"));
				const fmEnd = m.frontmatter ? m.frontmatter.endLine : 0;
				// A nested setext heading is one content line: its underline is part of it ("$" over "-").
				const underlines = new Set(m.headings.filter((h) => h.kind === "setext").map((h) => h.line + 1));
				for (const s of m.sections) {
					const from = s.heading.kind === "setext" ? s.startLine + 2 : s.startLine + 1;
					let n = 0;
					for (let l = from; l <= s.endLine; l++) {
						if (underlines.has(l)) continue;
						const text = m.lines[l - 1];
						const code = l > fmEnd && m.isCode[l - 1];
						if (code || (!/^[ \t]*$/.test(text) && !isRule(text))) n++;
					}
					expect(s.contentLines).toBe(n);
				}
			}),
			{ numRuns: 400 },
		);
	});

	test("skipping lists and bold changes nothing else in the model", () => {
		fc.assert(
			fc.property(fc.array(lineArb, { maxLength: 40 }), (ls) => {
				const text = ls.join("\n");
				const full = parseNote(text);
				const lite = parseNote(text, { lists: false, bold: false });
				expect(lite.listItems).toEqual([]);
				expect(lite.bold).toEqual([]);
				expect({ ...lite, listItems: [], bold: [] }).toEqual({ ...full, listItems: [], bold: [] });
			}),
			{ numRuns: 300 },
		);
	});

	test("lines and endings reassemble the original text", () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("a", "\n", "\r", " ", "#", "-"), maxLength: 60 }), (s) => {
				const m = parseNote(s);
				const rebuilt = m.lines.map((l, i) => l + m.lineEndings[i]).join("");
				expect((m.bom ? "\uFEFF" : "") + rebuilt).toBe(s);
			}),
		);
	});
});
