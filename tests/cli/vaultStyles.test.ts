/**
 * The CLI on vaults in other styles: one "another structure" message instead of a finding per
 * note, `--all` to list them anyway, `template suggest`, and `check --template auto`.
 */
import { describe, expect, test } from "vitest";
import { run } from "../../src/cli/main";
import { VAULTS_DIR } from "../fixtures/vaults/load";

const vault = (style: string) => `${VAULTS_DIR}/${style}`;

describe("a vault whose notes use another structure", () => {
	test("check prints the hint once, then the summary, and no per-note findings", () => {
		const r = run(["check", vault("features")]);
		expect(r.stdout.split("\n")).toEqual([
			"Most of your notes use another structure: How It Works / Key Features / Common Use Cases (5 of 5 notes). Use it? Only 0 of 5 AWS notes share 3 or more of the template's sections (Overview / Details / Use Cases / Exam Tips / References).",
			"Check against it with --template auto, or list every finding with --all.",
			"",
			"5 AWS notes checked: 0 follow the template, 15 errors, 0 warnings.",
			"",
		]);
		expect(r.code).toBe(1);
	});

	test("--all lists every finding", () => {
		const r = run(["check", vault("bare"), "--all"]);
		expect(r.stdout).not.toContain("another structure");
		expect(r.stdout.split("\n").filter((l) => l.includes("missing-section"))).toHaveLength(20);
	});

	test("--json keeps the findings and adds the hint", () => {
		const doc = JSON.parse(run(["check", vault("features"), "--json"]).stdout) as { hint: { learned: string[]; sharing: number; total: number }; notes: unknown[] };
		expect(doc.hint).toMatchObject({ learned: ["How It Works", "Key Features", "Common Use Cases"], sharing: 0, total: 5 });
		expect(doc.notes).toHaveLength(5);
	});

	test("template suggest prints the shared sections with their other names", () => {
		const r = run(["template", "suggest", vault("features")]);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain("5 of 5 AWS notes have these sections, in this order:");
		expect(r.stdout).toContain("1. How It Works");
		expect(r.stdout).toMatch(/3\. Common Use Cases {2}\(also: .*Use Cases/);
		const doc = JSON.parse(run(["template", "suggest", vault("bare"), "--json"]).stdout) as { sections: { name: string }[]; following: number };
		expect(doc.sections.map((s) => s.name)).toEqual(["What is it", "How it works", "Pricing", "Gotchas", "Related"]);
		expect(doc.following).toBe(5);
	});

	test("check --template auto checks against the learned structure", () => {
		const r = run(["check", vault("features"), "--template", "auto"]);
		expect(r.code).toBe(0);
		expect(r.stdout).toBe("5 AWS notes checked: 5 follow the template, 0 errors, 0 warnings.\n");
	});

	test("a vault in our template gets no hint; template suggest with nothing shared says so", () => {
		expect(run(["check", vault("template")]).stdout).not.toContain("another structure");
		const r = run(["template", "suggest", vault("template")]);
		expect(r.stdout).toContain("1. Overview");
		expect(run(["template", "nonsense", vault("template")]).code).toBe(2);
	});
});

describe("check --fix on notes of another structure", () => {
	test("leaves them byte for byte and says why", async () => {
		const { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } = await import("node:fs");
		const { tmpdir } = await import("node:os");
		const { join } = await import("node:path");
		const dir = mkdtempSync(join(tmpdir(), "anc-bare-"));
		try {
			cpSync(vault("bare"), dir, { recursive: true });
			const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
			const r = run(["check", dir, "--fix", "--all"]);
			expect(r.stdout).toContain("skipped Lambda.md: uses another structure (fewer than two template sections, two or more of its own)");
			expect(r.stdout.match(/^skipped /gm)).toHaveLength(5);
			for (const [f, text] of Object.entries(before)) expect(readFileSync(join(dir, f), "utf8")).toBe(text);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe("report: check and missing in one pass", () => {
	test("--json holds exactly the check and missing documents", () => {
		const r = run(["report", "examples/vault", "--json"]);
		const doc = JSON.parse(r.stdout) as { check: unknown; missing: unknown };
		expect(doc.check).toEqual(JSON.parse(run(["check", "examples/vault", "--json"]).stdout));
		expect(doc.missing).toEqual(JSON.parse(run(["missing", "examples/vault", "--json"]).stdout));
		expect(r.code).toBe(run(["check", "examples/vault"]).code);
	});

	test("text: the check output, then the missing list", () => {
		const r = run(["report", "examples/vault"]);
		expect(r.stdout).toBe(`${run(["check", "examples/vault"]).stdout}\n${run(["missing", "examples/vault"]).stdout}`);
	});
});
