/**
 * Bad input: what a real vault contains must give a clear message or a sane result, never a crash
 * and never a hang. Large inputs run in a worker with a deadline (see `bounded.ts`): a hang fails
 * the test instead of freezing the run. Deadlines are generous for a slow CI machine; the time the
 * work took here is printed by the assertion messages when they fail.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cpSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { CliResult } from "../../src/cli/main";
import { CoachIndex } from "../../src/core/CoachIndex";
import { parseNote } from "../../src/core/note/parseNote";
import { generateQuiz } from "../../src/core/quiz";
import { buildQuizContext } from "../../src/core/quiz/context";
import { compileScope, DEFAULT_SCOPE } from "../../src/core/scope";
import { addMissingSections } from "../../src/core/template/addMissingSections";
import { checkNote } from "../../src/core/template/checkNote";
import { DEFAULT_TEMPLATE } from "../../src/core/template/spec";
import { runBounded } from "./bounded";
import {
	INVALID_UTF8,
	LONG_LINE_TOKENS,
	MB5,
	RTL_NAME,
	RTL_OVERRIDE_NAME,
	byteLines,
	fixtureFiles,
	isSubsequence,
	longLine,
	writeFixtureVault,
} from "./fixtures";

interface CoreSummary {
	parseMs: number;
	length: number;
	lines: number;
	headings: number;
	links: number;
	listItems: number;
	warnings: string[];
	findings: string[];
	added: string[];
	missingAfterFix: number;
	targets: number;
	rewritten: number;
}

const REQUIRED = DEFAULT_TEMPLATE.sections.map((s) => s.name);

describe("large and pathological notes finish (parse, check, fix, index, rewrite links)", () => {
	test("a 5 MB note: parsed in under 5 s, checked and fixed without losing a line", async () => {
		const big = fixtureFiles()["AWS/Big 5MB.md"] as string;
		expect(big.length).toBeGreaterThanOrEqual(MB5);
		const { result, ms } = await runBounded<CoreSummary>("core", { text: big }, 30000);
		expect(result.parseMs, `parse took ${result.parseMs} ms`).toBeLessThan(5000);
		expect(ms).toBeLessThan(30000);
		expect(result.lines).toBeGreaterThan(50000);
		expect(result.links).toBeGreaterThan(10000);
		expect(result.missingAfterFix).toBe(0);
	});

	test("a 5 MB note on a single line (a pasted blob) finishes", async () => {
		const { result } = await runBounded<CoreSummary>("core", { text: { repeat: "lorem [[ipsum]] **dolor** `sit` amet ", times: MB5 / 38 } }, 30000);
		expect(result.lines).toBe(1);
		expect(result.parseMs).toBeLessThan(5000);
		expect(result.added).toEqual(REQUIRED);
	});

	test("a note of 50,000 lines finishes and keeps its structure", async () => {
		const { result } = await runBounded<CoreSummary>("core", { text: fixtureFiles()["AWS/Fifty thousand lines.md"] as string }, 20000);
		expect(result.lines).toBe(50001);
		expect(result.parseMs).toBeLessThan(3000);
		expect(result.headings).toBe(6);
		expect(result.added).toEqual(["Use Cases", "Exam Tips", "References"]);
	});

	test("10,000-character lines of backtracking bait, as text, bullets and headings, finish in the core", async () => {
		const lines: string[] = ["## **Overview**"];
		for (const t of LONG_LINE_TOKENS) lines.push(longLine(t), "- " + longLine(t), "## " + longLine(t));
		const { result } = await runBounded<CoreSummary>("core", { text: lines.join("\n") }, 30000);
		expect(result.lines).toBe(1 + 3 * LONG_LINE_TOKENS.length);
		expect(result.parseMs).toBeLessThan(10000);
		// Long headings never match a template section; the missing ones are still added.
		expect(result.missingAfterFix).toBe(0);
	});

	test("plain text (labels, prompts) of 10,000-character lines finishes", async () => {
		const text = LONG_LINE_TOKENS.map((t) => longLine(t)).join("\n");
		const { ms } = await runBounded("plain", { text }, 20000);
		expect(ms).toBeLessThan(20000);
	});

	test("a quiz from 10,000-character lines without bold markers finishes", async () => {
		const tokens = LONG_LINE_TOKENS.filter((t) => !/[*_]/.test(t));
		const text = "## **Overview**\n- AWS Lambda runs code without servers.\n" + tokens.map((t) => "- " + longLine(t)).join("\n") + "\n";
		const { result } = await runBounded<{ questions: number }>("quiz", { text }, 20000);
		expect(result.questions).toBeGreaterThanOrEqual(0);
	});

	// Regressions of quadratic plain-text regexes: a lazy `.*?` emphasis scan and link scans that
	// crossed unclosed brackets made these take 74 s and 3.5 s before `plainText` stopped each scan
	// at the next marker.
	test("a quiz from a 10,000-character line of 2,000 `***a` bold spans finishes within 3 s", async () => {
		await runBounded("quiz", { text: { prefix: "## **Overview**\n- ", repeat: "***a ", times: 2000, suffix: "\n" } }, 3000);
	});

	test("a quiz from a 5 MB note finishes within 8 s (the plugin runs it on the UI thread)", async () => {
		const { result } = await runBounded<{ questions: number }>("quiz", { text: fixtureFiles()["AWS/Big 5MB.md"] as string }, 8000);
		expect(result.questions).toBe(10);
	});

	// parseNote computes `plainText` of every heading at once, and `plainText`'s link regex
	// `\[\[([^\]|]*)…\]\]` rescans to the end of the line from every `[[` without a `]]`:
	// quadratic. A 200 KB heading of `[[` takes about a minute; a 5 MB one would never finish.
	test("a 200,000-character heading of unclosed `[[` parses within 2 s", async () => {
		await runBounded("core", { text: { prefix: "## ", repeat: "[[", times: 100000 } }, 2000);
	});
});

describe("the CLI over a vault of bad files", () => {
	let vault: string;
	const cli = async (argv: string[], deadline = 30000): Promise<CliResult> => (await runBounded<CliResult>("cli", { argv }, deadline)).result;

	beforeAll(() => {
		vault = writeFixtureVault();
	});
	afterAll(() => rmSync(vault, { recursive: true, force: true }));

	test("check --json: one JSON document, every markdown note checked, other files ignored", async () => {
		const r = await cli(["check", vault, "--json"]);
		expect(r.stderr).toBe("");
		expect(r.code).toBe(1); // sections are missing
		const doc = JSON.parse(r.stdout) as { notes: { path: string; findings: { rule: string; section: string | null; line: number; message: string }[] }[] };
		const paths = doc.notes.map((n) => n.path);
		const mdInAws = Object.keys(fixtureFiles()).filter((p) => p.endsWith(".md") && /(^|\/)AWS\//.test(p));
		expect(paths.sort()).toEqual(mdInAws.sort());
		for (const p of ["AWS/diagram.png", "AWS/manual.pdf", "AWS/notes.txt", "AWS/data.json", "AWS/no-extension", "AWS/Amazon Backup.md.bak"]) {
			expect(paths).not.toContain(p);
		}
		const byPath = new Map(doc.notes.map((n) => [n.path, n.findings]));
		// Malformed YAML: a clear message with the line, and the body is still checked.
		const yaml = byPath.get("AWS/Malformed YAML.md")!;
		// The line the YAML parser names, inside the frontmatter (lines 2-3 of this note).
		expect(yaml[0]).toMatchObject({ rule: "frontmatter-invalid" });
		expect(yaml[0].line).toBeGreaterThanOrEqual(2);
		expect(yaml[0].line).toBeLessThanOrEqual(3);
		expect(yaml[0].message).toMatch(/^Expected valid YAML frontmatter; found an error: /);
		expect(yaml.filter((f) => f.rule === "missing-section").length).toBe(4);
		// An unclosed code fence: the headings inside it are code, so they are missing.
		expect(byPath.get("AWS/Unclosed fence.md")!.filter((f) => f.rule === "missing-section").length).toBe(4);
		// A note that is only frontmatter misses every section.
		expect(byPath.get("AWS/Only frontmatter.md")!.map((f) => f.rule)).toEqual(Array(5).fill("missing-section"));
		// `## ****` is an empty heading, not a template section; the real Overview is found.
		expect(byPath.get("AWS/Empty emphasis.md")!.filter((f) => f.section === "Overview")).toEqual([]);
		// Every finding line is a real line of its note.
		for (const n of doc.notes) {
			const raw = readFileSync(join(vault, n.path), "latin1");
			const count = raw.split(/\r\n|\r|\n/).length;
			for (const f of n.findings) expect(f.line >= 1 && f.line <= count).toBe(true);
		}
	});

	test("missing --json: odd links give sane targets; self links, attachments and code are not missing notes", async () => {
		const r = await cli(["missing", vault, "--json"]);
		expect(r.code).toBe(0);
		const doc = JSON.parse(r.stdout) as { targets: { target: string; kind: string; references: { path: string; line: number }[] }[] };
		const names = doc.targets.map((t) => t.target);
		// `[[a|b|c]]` links to "a", `[[[[Nested]]]]` to "Nested"; 1,000 links on one line are 1,000 targets.
		expect(names).toContain("a");
		expect(names).toContain("Nested");
		for (let i = 0; i < 1000; i++) expect(names).toContain(`Note ${i}`);
		expect(doc.targets.find((t) => t.target === "Note 999")!.references).toEqual([{ path: "AWS/Odd links.md", line: 5 }]);
		for (const bad of ["", "Target", "Heading", "Odd links", "x", "b|c", "diagram.png", "nothing.pdf", "Inside Code", "Not A Link", "Text File Link", "No Extension Link", "Backup Link"]) {
			expect(names, bad).not.toContain(bad);
		}
		// An emoji/RTL-override name resolves to its note; the service the notes link to is missing.
		expect(names.some((n) => n.includes("😀"))).toBe(false);
		const sources = (target: string) => [...new Set(doc.targets.find((t) => t.target === target)?.references.map((r) => r.path))];
		expect(sources("Amazon S3")).toEqual(["AWS/Fifty thousand lines.md", RTL_NAME]);
		// The `AWS` folder inside a client project counts (any depth, as documented), so its links are analysed too.
		expect(sources("Invoice 2024")).toEqual(["Projects/Client/AWS/Meeting notes.md"]);
	});

	test("parse and quiz run on every small note; bad bytes and names give results, not errors", async () => {
		const paths = Object.keys(fixtureFiles()).filter((p) => p.endsWith(".md") && !p.includes("Big 5MB") && !p.includes("Fifty"));
		const argvs = paths.flatMap((p) => [
			["parse", vault, p, "--json"],
			["quiz", vault, p, "--json", "--count", "5"],
		]);
		const { result } = await runBounded<(CliResult & { argv: string[] })[]>("cliAll", { argvs }, 30000);
		for (const r of result) {
			expect(r.code, `${r.argv.join(" ")}: ${r.stderr}`).toBe(0);
			const doc = JSON.parse(r.stdout) as { path?: string; note?: string };
			expect(doc.path ?? doc.note).toBe(r.argv[2]);
		}
		const fence = await cli(["parse", vault, "AWS/Unclosed fence.md"]);
		expect(fence.stdout).toMatch(/warning line 3: A code block is opened here and never closed/);
		const yaml = await cli(["parse", vault, "AWS/Malformed YAML.md"]);
		expect(yaml.stdout).toMatch(/warning line [23]: Frontmatter: /);
	});

	test("a note path that is not in the vault, or not markdown, is a usage error (exit 2)", async () => {
		for (const path of ["AWS/diagram.png", "AWS/nothing.md", "../outside.md"]) {
			const r = await cli(["quiz", vault, path]);
			expect(r.code).toBe(2);
			expect(r.stderr).toMatch(/^Note not found in the vault: /);
		}
	});

	describe("check --fix keeps every byte of every note", () => {
		let copy: string;
		const before = new Map<string, Buffer>();
		let fixed: { path: string; added: string[] }[] = [];
		let skipped: { path: string; reason: string }[] = [];

		beforeAll(async () => {
			copy = vault + "-fix";
			cpSync(vault, copy, { recursive: true });
			for (const p of Object.keys(fixtureFiles())) before.set(p, readFileSync(join(copy, p)));
			const r = await cli(["check", copy, "--fix", "--json"], 60000);
			expect(r.stderr).toBe("");
			const doc = JSON.parse(r.stdout) as { fixed: typeof fixed; skipped?: typeof skipped };
			fixed = doc.fixed;
			skipped = doc.skipped ?? [];
		}, 70000);
		afterAll(() => rmSync(copy, { recursive: true, force: true }));

		const after = (p: string) => readFileSync(join(copy, p));

		test("every original line survives, in order, in every note; nothing else is touched", () => {
			for (const [p, bytes] of before) {
				const now = after(p);
				if (!p.endsWith(".md") || !fixed.some((f) => f.path === p)) {
					expect(now.equals(bytes), `${p} changed`).toBe(true);
					continue;
				}
				expect(isSubsequence(byteLines(bytes), byteLines(now)), `${p} lost a line`).toBe(true);
			}
			expect(fixed.map((f) => f.path)).toContain("AWS/Fifty thousand lines.md");
		});

		test("a note that is not valid UTF-8 is never rewritten (its bytes would be lost), and the report says so", () => {
			expect(after("AWS/Invalid UTF-8.md").equals(INVALID_UTF8)).toBe(true);
			expect(fixed.map((f) => f.path)).not.toContain("AWS/Invalid UTF-8.md");
			expect(skipped).toEqual([{ path: "AWS/Invalid UTF-8.md", reason: expect.stringMatching(/not valid UTF-8/) }]);
		});

		test("CRLF stays CRLF, a BOM stays first, NUL bytes and mis-encoded text stay as they were", () => {
			const crlf = after("AWS/CRLF.md").toString("utf8");
			expect(crlf.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
			expect(crlf.startsWith("## **Overview**\r\n- a\r\n\r\n## **Details**\r\n- b\r\n")).toBe(true);
			const bom = after("AWS/BOM.md");
			expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			expect(bom.toString("utf8")).toMatch(/^\uFEFF---\naliases: \[Amazon BOM\]\n---\n## \*\*Overview\*\*\n- a\n/);
			expect(after("AWS/NUL bytes.md").toString("utf8").startsWith("## **Overview**\n- a\u0000b\n\u0000\n")).toBe(true);
			expect(after("AWS/Mojibake.md").toString("utf8")).toContain("- Amazon S3 â†’ Amazon S3 Glacier for â€œcoldâ€\u009d data\n");
		});

		test("an unclosed fence is closed before the new headings (which would otherwise be code)", () => {
			const text = after("AWS/Unclosed fence.md").toString("utf8");
			expect(text.startsWith("## **Overview**\n- intro\n```js\nconst a = 1;\n## **Details**\n[[Inside Code]]\n```\n")).toBe(true);
			const model = parseNote(text);
			expect(model.codeBlocks.every((b) => b.closed)).toBe(true);
			expect(checkNote(model).filter((f) => f.rule === "missing-section")).toEqual([]);
		});

		test("a note that is only frontmatter keeps it, and gets the sections below it", () => {
			const text = after("AWS/Only frontmatter.md").toString("utf8");
			expect(text.startsWith("---\naliases: [Amazon Only]\n---\n")).toBe(true);
			expect(parseNote(text).frontmatter?.aliases).toEqual(["Amazon Only"]);
		});

		test("a second run changes nothing", async () => {
			const snapshot = new Map([...before.keys()].map((p) => [p, after(p)]));
			const r = await cli(["check", copy, "--fix", "--json"], 60000);
			expect((JSON.parse(r.stdout) as { fixed: unknown[] }).fixed).toEqual([]);
			for (const [p, bytes] of snapshot) expect(after(p).equals(bytes), p).toBe(true);
		}, 70000);
	});
});

describe("specific inputs give a clear message or a sane result", () => {
	const index = (files: Record<string, string>) => {
		const i = new CoachIndex({ scope: DEFAULT_SCOPE, template: DEFAULT_TEMPLATE, disabledRules: [] });
		for (const p of Object.keys(files)) i.addFile(p);
		for (const [p, t] of Object.entries(files)) i.updateNote(p, t);
		return i;
	};

	test("malformed YAML: the error says what and where; aliases are empty rather than garbage", () => {
		for (const yaml of ["aliases: [unclosed", "aliases:\n  - a\n - b", "key: 'open", "a: b: c", "\t- tab", "&anchor x", "key: *unknown", "{a: 1"]) {
			const note = parseNote(`---\n${yaml}\n---\n## **Overview**\n- x\n`);
			expect(note.frontmatter?.error, yaml).not.toBeNull();
			expect(note.frontmatter!.aliases).toEqual([]);
			const f = checkNote(note).find((x) => x.rule === "frontmatter-invalid")!;
			expect(f.line).toBeGreaterThanOrEqual(2);
			expect(f.line).toBeLessThanOrEqual(note.frontmatter!.endLine);
			expect(f.message.length).toBeGreaterThan(40);
		}
	});

	test("CRLF and mixed line endings: the fix uses the note's own line ending", () => {
		const crlf = "## **Overview**\r\n- a\r\n## **Details**\r\n- b\r\n";
		const fix = addMissingSections(crlf, parseNote(crlf));
		expect(fix.text.slice(crlf.length).replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
		const lone = "## **Overview**\r- a\r";
		expect(addMissingSections(lone, parseNote(lone)).text.slice(lone.length)).not.toMatch(/\n/);
	});

	test("a link to the note itself is not a missing note; a heading-only link neither", () => {
		const i = index({ "AWS/Amazon S3.md": "## **Overview**\n- [[Amazon S3]] [[#Overview]] [[Amazon S3#Overview|here]]\n" });
		expect(i.links.targets()).toEqual([]);
	});

	test("RTL and emoji names resolve, also when the file name is in decomposed Unicode (macOS)", () => {
		const decomposed = "AWS/Amazon Cafe\u0301 ☕.md";
		const i = index({
			"AWS/Links.md": "- [[Amazon Café ☕]] [[שירות אחסון 🚀]] [[Amazon \u202Edrow\u202C 😀]]\n",
			[decomposed]: "## **Overview**\n- x\n",
			[RTL_NAME]: "## **Overview**\n- x\n",
			[RTL_OVERRIDE_NAME]: "## **Overview**\n- x\n",
		});
		expect(i.links.targets()).toEqual([]);
	});

	test("mis-encoded text (`â†’`) is repaired in quiz text but never in the note", () => {
		const text = "## **Overview**\n- **Amazon S3 Glacier** is cheap storage â†’ for archives\n- **Amazon S3** stores objects â†’ in buckets\n- **Amazon EBS** is block storage â†’ for EC2\n## **Details**\n- Glacier retrieval takes minutes â†’ hours\n";
		const note = parseNote(text);
		const quiz = generateQuiz(note, buildQuizContext("AWS/Storage.md", note, []), { count: 10 });
		const shown = quiz.questions.flatMap((q) => [q.prompt, q.explanation, ...q.choices]).join("\n");
		expect(shown).not.toContain("â†’");
		expect(addMissingSections(text, note).text.startsWith(text)).toBe(true);
	});

	test("`## ****` and `# ****` are empty headings: not the title, not a section, no empty quiz prompt", () => {
		const text = "# ****\n## ****\n## **Overview**\n- **Amazon S3** stores objects\n";
		const note = parseNote(text);
		expect(checkNote(note).filter((f) => f.rule === "missing-section").map((f) => f.section)).toEqual(REQUIRED.slice(1));
		const quiz = generateQuiz(note, buildQuizContext("AWS/x.md", note, []), {});
		for (const q of quiz.questions) expect(q.prompt.trim()).not.toBe("");
		const fixed = addMissingSections(text, note).text;
		expect(addMissingSections(fixed, parseNote(fixed)).edits).toEqual([]);
	});

	test("a folder named AWS inside a client project is in scope (any depth, as documented) and can be excluded", () => {
		const facts = { aliases: [], tags: [] };
		expect(compileScope(DEFAULT_SCOPE).inScope("Projects/Client/AWS/Meeting notes.md", facts)).toBe(true);
		expect(compileScope(DEFAULT_SCOPE).inScope("Projects/Client/Budget.md", facts)).toBe(false);
		expect(compileScope(DEFAULT_SCOPE).inScope("Projects/Client/AWSome/Notes.md", facts)).toBe(false);
		const excluded = compileScope({ ...DEFAULT_SCOPE, excludeFolders: ["Templates", "Projects"] });
		expect(excluded.inScope("Projects/Client/AWS/Meeting notes.md", facts)).toBe(false);
		expect(excluded.inScope("AWS/Compute/AWS Lambda.md", facts)).toBe(true);
		const rooted = compileScope({ ...DEFAULT_SCOPE, includeFolders: ["Study/AWS"] });
		expect(rooted.inScope("Projects/Client/AWS/Meeting notes.md", facts)).toBe(false);
		expect(rooted.inScope("Study/AWS/Compute/x.md", facts)).toBe(true);
	});

	test("NUL bytes and replacement characters parse as text", () => {
		const text = "## **Overview**\n- a\u0000b [[Amazon\u0000S3]] \uFFFD\uFFFD\n\u0000\n";
		const note = parseNote(text);
		expect(note.lines.length).toBe(4);
		expect(note.links.map((l) => l.target)).toEqual(["Amazon\u0000S3"]);
		expect(() => index({ "AWS/x.md": text }).links.targets()).not.toThrow();
	});
});
