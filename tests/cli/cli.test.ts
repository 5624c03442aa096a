import { describe, expect, test, beforeAll, afterAll } from "vitest";
import { cpSync, linkSync, statSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, parseArgs } from "../../src/cli/main";
import { openVault, safePath, writeNoteAtomic } from "../../src/cli/diskVault";

const VAULT = "examples/vault";
const expected = JSON.parse(readFileSync("tests/fixtures/example-vault-expected.json", "utf8")) as {
	awsNotes: string[];
	template: Record<string, { missing: string[]; empty: string[]; duplicate: string[]; outOfOrder: string[]; frontmatterInvalid: boolean }>;
	missingTargets: string[];
	aliasOnly: Record<string, string>;
	empty: Record<string, string>;
	sameService: Record<string, string>;
	codeOnlyTargets: string[];
};

interface CheckJson {
	template: string[];
	notes: { path: string; findings: { rule: string; severity: string; section: string | null; line: number; message: string }[] }[];
	summary: { checked: number; conforming: number; errors: number; warnings: number };
}

describe("check on the example vault", () => {
	const r = run(["check", VAULT, "--json"]);
	const doc = JSON.parse(r.stdout) as CheckJson;

	test("prints one JSON document with the template and every AWS note", () => {
		expect(doc.template).toEqual(["Overview", "Details", "Use Cases", "Exam Tips", "References"]);
		expect(doc.notes.map((n) => n.path).sort()).toEqual([...expected.awsNotes].sort());
	});

	test("findings per note match the vault's known deviations", () => {
		for (const note of doc.notes) {
			const want = expected.template[note.path];
			const of = (rule: string) => note.findings.filter((f) => f.rule === rule).map((f) => f.section).sort();
			expect({ path: note.path, missing: of("missing-section") }).toEqual({ path: note.path, missing: [...want.missing].sort() });
			expect(of("empty-section")).toEqual([...want.empty].sort());
			expect(of("duplicate-section")).toEqual([...want.duplicate].sort());
			expect(of("out-of-order")).toEqual([...want.outOfOrder].sort());
			expect(note.findings.some((f) => f.rule === "frontmatter-invalid")).toBe(want.frontmatterInvalid);
			for (const f of note.findings) expect(f.line).toBeGreaterThanOrEqual(1);
		}
	});

	test("summary counts agree with the notes, exit code 1 because sections are missing", () => {
		const conforming = doc.notes.filter((n) => n.findings.length === 0).length;
		expect(doc.summary.checked).toBe(expected.awsNotes.length);
		expect(doc.summary.conforming).toBe(conforming);
		expect(doc.summary.errors).toBe(doc.notes.flatMap((n) => n.findings).filter((f) => f.severity === "error").length);
		expect(r.code).toBe(1);
	});

	test("text output: one finding a line with path:line, then a summary", () => {
		const t = run(["check", VAULT]);
		expect(t.stdout).toMatch(/^AWS\/Management\/AWS CloudTrail\.md:\d+ {2}warning {2}duplicate-section {2}Expected one "Exam Tips"/m);
		expect(t.stdout).toMatch(/34 AWS notes checked: \d+ follow the template/);
	});
});

describe("missing on the example vault", () => {
	const r = run(["missing", VAULT, "--json"]);
	const doc = JSON.parse(r.stdout) as { targets: { target: string; kind: string; service: boolean; note?: string; references: { path: string; line: number }[] }[] };
	const byKind = (k: string) => doc.targets.filter((t) => t.kind === k);

	test("exactly the missing, alias-only, empty and same-service targets the vault contains", () => {
		expect(byKind("missing").map((t) => t.target).sort()).toEqual([...expected.missingTargets].sort());
		expect(Object.fromEntries(byKind("alias").map((t) => [t.target, t.note]))).toEqual(expected.aliasOnly);
		expect(Object.fromEntries(byKind("empty").map((t) => [t.target, t.note]))).toEqual(expected.empty);
		expect(Object.fromEntries(byKind("same-service").map((t) => [t.target, t.note]))).toEqual(expected.sameService);
	});

	test("links in code are never targets; services are flagged", () => {
		const names = doc.targets.map((t) => t.target);
		for (const c of expected.codeOnlyTargets) expect(names).not.toContain(c);
		expect(doc.targets.find((t) => t.target === "AWS WAF")?.service).toBe(true);
		expect(doc.targets.find((t) => t.target === "Kubernetes")?.service).toBe(false);
	});

	test("references point at lines that contain the link", () => {
		for (const t of doc.targets) {
			for (const ref of t.references) {
				const line = readFileSync(join(VAULT, ref.path), "utf8").split(/\r?\n/)[ref.line - 1];
				expect(line.toLowerCase()).toContain(t.target.toLowerCase());
			}
		}
	});

	test("text output groups services first and other notes after", () => {
		const t = run(["missing", VAULT]).stdout;
		expect(t.indexOf("Service notes")).toBeLessThan(t.indexOf("Other notes"));
		expect(t).toMatch(/Amazon EKS {2}\[alias only, note is AWS\/Containers\/Amazon Elastic Kubernetes Service \(EKS\)\.md\]/);
	});
});

describe("quiz and parse", () => {
	const eks = "AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md";

	test("quiz --json: one document, deterministic per seed", () => {
		const a = JSON.parse(run(["quiz", VAULT, eks, "--json", "--seed", "3"]).stdout);
		const b = JSON.parse(run(["quiz", VAULT, eks, "--json", "--seed", "3"]).stdout);
		const c = JSON.parse(run(["quiz", VAULT, eks, "--json", "--seed", "4"]).stdout);
		expect(a).toEqual(b);
		expect(a).not.toEqual(c);
		expect(a.note).toBe(eks);
		// Ten asked for; the questions held back (LATE_FILL) never fill a quiz beyond five.
		expect(a.questions.length).toBeGreaterThanOrEqual(5);
		expect(a.questions.length).toBeLessThanOrEqual(10);
		// The rest of the ten, held back, are listed as "more" (seed 1 holds one back); the text output says how many.
		expect(a.questions.length + (a.more?.length ?? 0)).toBe(10);
		const d = JSON.parse(run(["quiz", VAULT, eks, "--json", "--seed", "1"]).stdout) as { questions: unknown[]; more?: unknown[] };
		expect(d.questions.length + (d.more?.length ?? 0)).toBe(10);
		const more = d.more?.length ?? 0;
		expect(more).toBeGreaterThan(0);
		expect(run(["quiz", VAULT, eks, "--seed", "1"]).stdout).toContain(`${more} more question${more === 1 ? "" : "s"} held back`);
		for (const q of a.questions) {
			if (q.choices.length > 0) for (const ans of q.answers) expect(q.choices).toContain(ans);
		}
	});

	test("quiz --count and a note given without .md", () => {
		const q = JSON.parse(run(["quiz", VAULT, eks.replace(/\.md$/, ""), "--json", "--count", "4"]).stdout);
		expect(q.questions.length).toBe(4);
	});

	test("parse --json prints the note model", () => {
		const r = run(["parse", VAULT, eks, "--json"]);
		const doc = JSON.parse(r.stdout);
		expect(doc.model.frontmatter.aliases).toContain("Amazon EKS");
		expect(doc.model.listItems[0].plain).toEqual(expect.any(String));
	});
});

describe("usage errors exit with code 2", () => {
	test.each([
		[["check"], /Missing <vault>/],
		[["check", "no/such/folder"], /not found/],
		[["check", "package.json"], /Not a folder/],
		[["frobnicate", VAULT], /Unknown command/],
		[["check", VAULT, "--bogus"], /Unknown option/],
		[["quiz", VAULT], /Missing <note>/],
		[["quiz", VAULT, "Nope.md"], /Note not found/],
		[["quiz", VAULT, "AWS/Compute/Amazon EC2.md", "--count", "x"], /whole number/],
		[[], /Usage/],
	])("%j", (argv, message) => {
		const r = run(argv);
		expect(r.code).toBe(2);
		expect(r.stderr + r.stdout).toMatch(message);
	});

	test("--help prints usage with exit code 0", () => {
		const r = run(["--help"]);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/Usage: aws-notes-coach/);
	});

	test("parseArgs accepts --flag=value", () => {
		expect(parseArgs(["quiz", "v", "n", "--seed=5"]).flags.get("seed")).toBe("5");
	});
});

describe("check --fix writes atomically inside the vault only", () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "anc-cli-"));
		cpSync(VAULT, join(dir, "vault"), { recursive: true });
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test("adds missing sections, keeps every original line, then reports none missing", () => {
		const vault = join(dir, "vault");
		const path = "AWS/Storage/Amazon EFS.md";
		const before = readFileSync(join(vault, path), "utf8");
		const r = run(["check", vault, "--fix", "--json"]);
		const doc = JSON.parse(r.stdout);
		expect(doc.fixed.map((f: { path: string }) => f.path)).toContain(path);
		const after = readFileSync(join(vault, path), "utf8");
		expect(after).toContain("Use Cases");
		// Every original line survives, in order.
		const afterLines = after.split("\n");
		let j = 0;
		for (const line of before.split("\n")) {
			while (j < afterLines.length && afterLines[j] !== line) j++;
			expect(j).toBeLessThan(afterLines.length);
			j++;
		}
		expect(doc.notes.flatMap((n: { findings: { rule: string }[] }) => n.findings).filter((f: { rule: string }) => f.rule === "missing-section")).toEqual([]);
		// No temporary files left behind.
		const leftovers = readdirSync(join(vault, "AWS/Storage")).filter((f) => f.endsWith(".tmp"));
		expect(leftovers).toEqual([]);
		// Idempotent: a second run changes nothing.
		const again = JSON.parse(run(["check", vault, "--fix", "--json"]).stdout);
		expect(again.fixed).toEqual([]);
	});

	test("never follows a symbolic link out of the vault", () => {
		const outside = join(dir, "outside");
		mkdirSync(outside, { recursive: true });
		writeFileSync(join(outside, "Amazon Outside.md"), "## **Details**\n- x\n");
		const vault = join(dir, "vault2");
		mkdirSync(join(vault, "AWS"), { recursive: true });
		writeFileSync(join(vault, "AWS", "Amazon Inside.md"), "## **Details**\n- y\n");
		symlinkSync(outside, join(vault, "AWS", "linked"));
		symlinkSync(join(outside, "Amazon Outside.md"), join(vault, "AWS", "Amazon Link.md"));
		const doc = JSON.parse(run(["check", vault, "--fix", "--json"]).stdout);
		expect(doc.notes.map((n: { path: string }) => n.path)).toEqual(["AWS/Amazon Inside.md"]);
		expect(readFileSync(join(outside, "Amazon Outside.md"), "utf8")).toBe("## **Details**\n- x\n");
		expect(existsSync(join(vault, "AWS", "Amazon Inside.md"))).toBe(true);
	});

	test("safePath refuses paths out of the vault: .., absolute, through a symlinked folder, onto a symlink", () => {
		const outside = join(dir, "outside3");
		mkdirSync(outside, { recursive: true });
		writeFileSync(join(outside, "x.md"), "outside\n");
		const root = join(dir, "vault3");
		mkdirSync(join(root, "AWS"), { recursive: true });
		writeFileSync(join(root, "AWS", "ok.md"), "inside\n");
		symlinkSync(outside, join(root, "AWS", "linked"));
		symlinkSync(join(outside, "x.md"), join(root, "AWS", "file-link.md"));
		const vault = openVault(root);
		expect(safePath(vault, "AWS/ok.md")).toBe(join(root, "AWS", "ok.md"));
		expect(safePath(vault, "AWS/new folder/new.md")).toBe(join(root, "AWS", "new folder", "new.md"));
		for (const bad of ["../outside3/x.md", "AWS/../../outside3/x.md", join(outside, "x.md"), "/etc/passwd", "", ".", "AWS/linked/x.md", "AWS/linked/new.md", "AWS/file-link.md"]) {
			expect(() => safePath(vault, bad), bad).toThrow(/^Refusing/);
			expect(() => writeNoteAtomic(vault, bad, "pwned\n"), bad).toThrow(/^Refusing/);
		}
		expect(readFileSync(join(outside, "x.md"), "utf8")).toBe("outside\n");
		expect(readdirSync(outside)).toEqual(["x.md"]);
	});

	test("a folder swapped for a symlink after the vault was read is refused at write time", () => {
		const outside = join(dir, "outside4");
		mkdirSync(outside, { recursive: true });
		const root = join(dir, "vault4");
		mkdirSync(join(root, "AWS"), { recursive: true });
		writeFileSync(join(root, "AWS", "Amazon Swap.md"), "## **Details**\n- x\n");
		const vault = openVault(root);
		expect(vault.notes).toEqual(["AWS/Amazon Swap.md"]);
		rmSync(join(root, "AWS"), { recursive: true });
		symlinkSync(outside, join(root, "AWS"));
		expect(() => writeNoteAtomic(vault, "AWS/Amazon Swap.md", "pwned\n")).toThrow(/^Refusing a path outside the vault/);
		expect(readdirSync(outside)).toEqual([]);
	});

	test("a hard link (here to a file outside the vault): --fix leaves it alone and says so; the link and both names' bytes stay", () => {
		const outside = join(dir, "outside5");
		mkdirSync(outside, { recursive: true });
		writeFileSync(join(outside, "shared.md"), "## **Details**\n- shared\n");
		const root = join(dir, "vault5");
		mkdirSync(join(root, "AWS"), { recursive: true });
		linkSync(join(outside, "shared.md"), join(root, "AWS", "Amazon Hard.md"));
		writeFileSync(join(root, "AWS", "Amazon Plain.md"), "## **Details**\n- plain\n");
		const doc = JSON.parse(run(["check", root, "--fix", "--json"]).stdout);
		expect(doc.fixed.map((f: { path: string }) => f.path)).toEqual(["AWS/Amazon Plain.md"]);
		expect(doc.skipped).toEqual([{ path: "AWS/Amazon Hard.md", reason: expect.stringMatching(/^AWS\/Amazon Hard\.md has 1 other hard link: left as it is/) }]);
		expect(readFileSync(join(outside, "shared.md"), "utf8")).toBe("## **Details**\n- shared\n");
		expect(readFileSync(join(root, "AWS", "Amazon Hard.md"), "utf8")).toBe("## **Details**\n- shared\n");
		expect(statSync(join(root, "AWS", "Amazon Hard.md")).nlink).toBe(2);
	});

	test("a vault given as a symbolic link is followed once, as the root; writes land in the real folder", () => {
		const real = join(dir, "real6");
		mkdirSync(join(real, "AWS"), { recursive: true });
		writeFileSync(join(real, "AWS", "Amazon Real.md"), "## **Details**\n- x\n");
		symlinkSync(real, join(dir, "alias6"));
		const doc = JSON.parse(run(["check", join(dir, "alias6"), "--fix", "--json"]).stdout);
		expect(doc.fixed.map((f: { path: string }) => f.path)).toEqual(["AWS/Amazon Real.md"]);
		expect(readFileSync(join(real, "AWS", "Amazon Real.md"), "utf8")).toContain("## **Overview**");
	});

	test("--template and note arguments outside the vault are usage errors, and nothing is read from there", () => {
		const outside = join(dir, "outside7");
		mkdirSync(outside, { recursive: true });
		writeFileSync(join(outside, "t.md"), "## A\n## B\n");
		const root = join(dir, "vault7");
		mkdirSync(join(root, "AWS"), { recursive: true });
		writeFileSync(join(root, "AWS", "Amazon X.md"), "## **Details**\n- x\n");
		symlinkSync(join(outside, "t.md"), join(root, "t.md"));
		for (const argv of [
			["check", root, "--template", "../outside7/t.md"],
			["check", root, "--template", join(outside, "t.md")],
			["check", root, "--template", "t.md"],
			["quiz", root, "../outside7/t.md"],
			["parse", root, join(outside, "t.md")],
			["parse", root, "t.md"],
		]) {
			const r = run(argv);
			expect(r.code, argv.join(" ")).toBe(2);
			expect(r.stderr).toMatch(/not found in the vault/);
		}
	});
});
