import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { linktextProblem, newNoteContent, rewriteLinks, safeFileName } from "../../../src/core/links/edits";
import { linkKey } from "../../../src/core/links/resolve";
import { parseNote } from "../../../src/core/note/parseNote";
import type { Link } from "../../../src/core/note/types";
import { DEFAULT_TEMPLATE } from "../../../src/core/template/spec";
import { checkNote } from "../../../src/core/template/checkNote";

const DEST = "Amazon Elastic Kubernetes Service (EKS)";

describe("rewriteLinks: before/after", () => {
	test.each([
		["- see [[Amazon EKS]].", `- see [[${DEST}|Amazon EKS]].`],
		["[[Amazon EKS|the service]]", `[[${DEST}|the service]]`],
		["[[amazon eks#Pricing]]", `[[${DEST}#Pricing|amazon eks > Pricing]]`],
		["![[Amazon EKS]]", `![[${DEST}]]`],
		["[docs](Amazon%20EKS.md)", "[docs](Amazon%20Elastic%20Kubernetes%20Service%20%28EKS%29.md)"],
		["`[[Amazon EKS]]` stays, [[Amazon EKS]] changes", `\`[[Amazon EKS]]\` stays, [[${DEST}|Amazon EKS]] changes`],
		["[[Amazon EKSX]] and [[Other]]", "[[Amazon EKSX]] and [[Other]]"],
		[
			"[docs](Amazon%20EKS.md) then [[Amazon EKS]]",
			`[docs](Amazon%20Elastic%20Kubernetes%20Service%20%28EKS%29.md) then [[${DEST}|Amazon EKS]]`,
		],
	])("%j", (before, after) => {
		expect(rewriteLinks(before, "amazon eks", DEST).text).toBe(after);
	});

	test("CRLF, BOM and code blocks: only link spans change", () => {
		const text = "\uFEFF---\r\naliases: [x]\r\n---\r\n- [[Amazon EKS]]  \r\n```\r\n[[Amazon EKS]]\r\n```\r\n";
		const r = rewriteLinks(text, "amazon eks", DEST);
		expect(r.count).toBe(1);
		expect(r.text).toBe(text.replace("- [[Amazon EKS]]", `- [[${DEST}|Amazon EKS]]`));
	});

	test.each([
		"- [[Amazon EKS]] and `kubectl` on one line",
		"- a lone ` before [[Amazon EKS]]",
		"- [[Amazon EKS]]",
	])("a destination name with a backtick is refused and nothing changes: %j", (text) => {
		// Written as "[[Amazon `EKS|Amazon EKS]]", the backtick would pair with the other one on the
		// line and the link would become inline code.
		const r = rewriteLinks(text, "amazon eks", "Amazon `EKS");
		expect(r).toEqual({ text, count: 0, kept: 0, refused: '"Amazon `EKS" has a backtick, which would turn the links into inline code' });
		expect(linktextProblem(DEST)).toBeNull();
	});

	test("a link whose own backticks the rewrite would drop is left as it is, and counted", () => {
		// Without its backticks the first line would open a code fence and swallow the next line.
		const r = rewriteLinks("```[[`x` S3|shown]]\n- [[`x` S3]]", "`x` s3", "Amazon S3");
		expect(r).toEqual({ text: "```[[`x` S3|shown]]\n- [[Amazon S3|`x` S3]]", count: 1, kept: 1, refused: null });
	});

	test("property: everything outside rewritten links is unchanged, and the links now point at the destination", () => {
		const piece = fc.oneof(
			fc.string({ maxLength: 20 }).filter((s) => !s.includes("[")),
			fc.constant("`"),
			fc.constant("`code`"),
			fc.constant("[[Amazon EKS]]"),
			fc.constant("[[Amazon EKS|shown]]"),
			fc.constant("\n"),
			fc.constant("\r\n"),
			fc.constant("[[Other]]"),
			fc.constant("[docs](Amazon%20EKS.md)"),
		);
		// Destination names as Obsidian allows them, backticks included.
		const dest = fc.oneof(fc.constant(DEST), fc.constant("Amazon `EKS`"), fc.constant("Amazon `EKS"), fc.string({ unit: fc.constantFrom("a", " ", "`", "(", ")"), minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s.trim() !== ""));
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), dest, (parts, name) => {
				const text = parts.join("");
				const to = (key: string, links: Link[]) => links.filter((l) => linkKey(l.target) === key);
				const before = to("amazon eks", parseNote(text).links).length;
				const r = rewriteLinks(text, "amazon eks", name);
				if (r.refused !== null) {
					expect(name).toContain("`");
					expect(r).toEqual({ text, count: 0, kept: 0, refused: r.refused });
					return;
				}
				const scrub = (s: string) => s.replace(/\[\[[^\]]*\]\]/g, "<L>").replace(/\[docs\]\([^)]*\)/g, "<L>");
				expect(scrub(r.text)).toBe(scrub(text));
				expect(r.count).toBe(before);
				const after = parseNote(r.text).links;
				expect(to("amazon eks", after)).toEqual([]);
				// Every rewritten link is still a link, to the destination.
				expect(to(linkKey(name), after).length).toBeGreaterThanOrEqual(before);
				expect(rewriteLinks(r.text, "amazon eks", name).count).toBe(0);
			}),
		);
	});
});

describe("safeFileName", () => {
	test.each([
		["Amazon S3", "Amazon S3", false],
		["AWS Shield & WAF", "AWS Shield & WAF", false],
		["CI/CD pipeline", "CI - CD pipeline", true],
		['What is "S3"?', "What is S3", true],
		["A|B#C^D[E]", "A - B C D E", true],
		["..hidden", "hidden", true],
		["", "Untitled", true],
		["<img src=x onerror=alert(1)>", "img src=x onerror=alert(1)", true],
	])("%j", (input, name, changed) => {
		expect(safeFileName(input)).toEqual({ name, changed });
	});

	test("property: never contains characters that break files or links", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
				const { name } = safeFileName(s);
				expect(name).not.toMatch(/[\\/:*?"<>|#^[\]\p{Cc}]/u);
				expect(name.length).toBeGreaterThan(0);
				expect(name.length).toBeLessThanOrEqual(180);
			}),
		);
	});
});

describe("newNoteContent", () => {
	test("built-in skeleton: aliases derived from the name, every template section, no missing-section finding", () => {
		const text = newNoteContent("Amazon Elastic Container Registry (ECR)", { spec: DEFAULT_TEMPLATE });
		const note = parseNote(text);
		expect(note.frontmatter?.aliases).toEqual(["Amazon ECR", "ECR"]);
		expect(checkNote(note, DEFAULT_TEMPLATE).filter((f) => f.rule === "missing-section")).toEqual([]);
	});

	test("a changed file name keeps the original name as an alias", () => {
		const text = newNoteContent("CI/CD: pipelines", { spec: DEFAULT_TEMPLATE, fileName: "CI - CD - pipelines" });
		expect(parseNote(text).frontmatter?.aliases).toContain("CI/CD: pipelines");
	});

	test("a template note's body is used, its frontmatter aliases merged and {{title}} filled", () => {
		const tpl = "---\naliases: [Study]\n---\n# {{title}}\n**Overview**\n\n## **Details**\n";
		const text = newNoteContent("AWS Glue", { spec: DEFAULT_TEMPLATE, templateText: tpl });
		expect(text).toContain("# AWS Glue\n**Overview**");
		expect(parseNote(text).frontmatter?.aliases).toContain("Study");
	});

	test("hostile names are quoted in YAML and stay text", () => {
		const text = newNoteContent('Amazon "X": <script>', { spec: DEFAULT_TEMPLATE, fileName: "Amazon X - script" });
		const fm = parseNote(text).frontmatter!;
		expect(fm.error).toBeNull();
		expect(fm.aliases).toContain('Amazon "X": <script>');
	});
});
