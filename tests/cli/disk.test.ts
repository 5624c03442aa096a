/**
 * The CLI on a real disk: --fix keeps each note's permissions and leaves read-only notes alone, an
 * unreadable note is reported and skipped (exit 3) while the others are checked, --json errors are
 * JSON, a closed pipe ends quietly, --version, extra arguments and --count 0 are refused, and a vault
 * with no AWS note says why.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { indexVault, run } from "../../src/cli/main";
import { openVault } from "../../src/cli/diskVault";
import { DEFAULT_TEMPLATE } from "../../src/core/template/spec";
import manifest from "../../manifest.json";

const ROOT = process.getuid?.() === 0;
/** The uid and gid of `nobody` on Debian. */
const NOBODY = 65534;
const STUB = "## **Overview**\n- A queue.\n## **Details**\n- Messages.\n";
let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "anc-disk-"));
	mkdirSync(join(dir, "AWS"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("--fix on a real disk", () => {
	test("a 0600 note stays 0600; a read-only note is left byte for byte and reported", () => {
		writeFileSync(join(dir, "AWS/Amazon SQS.md"), STUB);
		chmodSync(join(dir, "AWS/Amazon SQS.md"), 0o600);
		writeFileSync(join(dir, "AWS/Amazon SNS.md"), STUB);
		chmodSync(join(dir, "AWS/Amazon SNS.md"), 0o444);
		const r = run(["check", dir, "--fix"]);
		expect(statSync(join(dir, "AWS/Amazon SQS.md")).mode & 0o777).toBe(0o600);
		expect(readFileSync(join(dir, "AWS/Amazon SQS.md"), "utf8")).toContain("## **References**");
		expect(readFileSync(join(dir, "AWS/Amazon SNS.md"), "utf8")).toBe(STUB);
		expect(statSync(join(dir, "AWS/Amazon SNS.md")).mode & 0o777).toBe(0o444);
		expect(r.stdout).toContain("fixed AWS/Amazon SQS.md: added Use Cases, Exam Tips, References");
		expect(r.stdout).toContain("skipped AWS/Amazon SNS.md: read-only: left as it is");
	});

	test.runIf(ROOT)("run as root, --fix keeps each note's owner and group", () => {
		writeFileSync(join(dir, "AWS/Amazon SQS.md"), STUB);
		chownSync(join(dir, "AWS/Amazon SQS.md"), NOBODY, NOBODY);
		run(["check", dir, "--fix"]);
		expect(readFileSync(join(dir, "AWS/Amazon SQS.md"), "utf8")).toContain("## **References**");
		expect(statSync(join(dir, "AWS/Amazon SQS.md"))).toMatchObject({ uid: NOBODY, gid: NOBODY });
	});
});

/** The built CLI run as the unprivileged user `nobody` (root can start it so with `setpriv`). */
function runAsNobody(args: string[]): { code: number | null; stdout: string } {
	const r = spawnSync("setpriv", [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", process.execPath, join(process.cwd(), "dist/cli.js"), ...args], { encoding: "utf8" });
	return { code: r.status, stdout: r.stdout };
}

describe.runIf(ROOT && existsSync("/usr/bin/setpriv") && existsSync("dist/cli.js"))("as a user who is not root", () => {
	beforeEach(() => {
		chmodSync(dir, 0o777);
		chmodSync(join(dir, "AWS"), 0o777);
	});

	test("--fix writes the user's own notes and leaves another user's note alone, owner and bytes", () => {
		writeFileSync(join(dir, "AWS/Amazon SQS.md"), STUB);
		chownSync(join(dir, "AWS/Amazon SQS.md"), NOBODY, NOBODY);
		writeFileSync(join(dir, "AWS/Amazon SNS.md"), STUB);
		chmodSync(join(dir, "AWS/Amazon SNS.md"), 0o666);
		const r = runAsNobody(["check", dir, "--fix"]);
		expect(readFileSync(join(dir, "AWS/Amazon SQS.md"), "utf8")).toContain("## **References**");
		expect(statSync(join(dir, "AWS/Amazon SQS.md"))).toMatchObject({ uid: NOBODY, gid: NOBODY });
		expect(readFileSync(join(dir, "AWS/Amazon SNS.md"), "utf8")).toBe(STUB);
		expect(statSync(join(dir, "AWS/Amazon SNS.md")).uid).toBe(0);
		expect(r.stdout).toContain("skipped AWS/Amazon SNS.md: AWS/Amazon SNS.md belongs to user 0: rewriting it would make it yours, so it is left as it is");
	});

	test("permission denied: exit 3, the JSON document holds the error, the other note is checked", () => {
		writeFileSync(join(dir, "AWS/Amazon SQS.md"), STUB);
		writeFileSync(join(dir, "AWS/Amazon SNS.md"), STUB);
		chmodSync(join(dir, "AWS/Amazon SQS.md"), 0o644);
		chmodSync(join(dir, "AWS/Amazon SNS.md"), 0o000);
		const r = runAsNobody(["check", dir, "--json"]);
		expect(r.code).toBe(3);
		const doc = JSON.parse(r.stdout) as { errors: { path: string }[]; summary: { checked: number } };
		expect(doc.errors.map((e) => e.path)).toEqual(["AWS/Amazon SNS.md"]);
		expect(doc.summary.checked).toBe(1);
	});
});

describe("unreadable notes", () => {
	test("a note that vanished after the walk is reported; every other note is still checked", () => {
		writeFileSync(join(dir, "AWS/Amazon SQS.md"), STUB);
		writeFileSync(join(dir, "AWS/Amazon SNS.md"), STUB);
		const vault = openVault(dir);
		unlinkSync(join(dir, "AWS/Amazon SNS.md"));
		const index = indexVault(vault, DEFAULT_TEMPLATE, null);
		expect(vault.unreadable).toEqual([{ path: "AWS/Amazon SNS.md", error: "ENOENT" }]);
		expect(index.summary().checked).toBe(1);
	});

	test.skipIf(process.getuid?.() === 0)("permission denied: exit 3, the JSON document holds the error", () => {
		writeFileSync(join(dir, "AWS/Amazon SQS.md"), STUB);
		writeFileSync(join(dir, "AWS/Amazon SNS.md"), STUB);
		chmodSync(join(dir, "AWS/Amazon SNS.md"), 0o000);
		const r = run(["check", dir, "--json"]);
		expect(r.code).toBe(3);
		const doc = JSON.parse(r.stdout) as { errors: { path: string }[]; summary: { checked: number } };
		expect(doc.errors.map((e) => e.path)).toEqual(["AWS/Amazon SNS.md"]);
		expect(doc.summary.checked).toBe(1);
	});
});

describe("usage", () => {
	test("--version prints the plugin's version", () => {
		expect(run(["--version"])).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });
	});

	test("extra arguments and --count 0 are refused with exit 2", () => {
		expect(run(["check", dir, "extra"])).toMatchObject({ code: 2 });
		expect(run(["check", dir, "extra"]).stderr).toContain("Unexpected argument: extra");
		writeFileSync(join(dir, "AWS/Amazon SQS.md"), STUB);
		expect(run(["quiz", dir, "AWS/Amazon SQS.md", "--count", "0"]).stderr).toContain("--count must be a whole number of at least 1");
	});

	test("with --json a usage error is one JSON document on stdout", () => {
		const r = run(["check", join(dir, "nope"), "--json"]);
		expect(r.code).toBe(2);
		expect(JSON.parse(r.stdout)).toEqual({ error: { message: `Vault folder not found: ${join(dir, "nope")}`, exit: 2 } });
	});

	test("a vault without AWS notes says why", () => {
		writeFileSync(join(dir, "Shopping.md"), "- milk\n");
		expect(run(["check", dir]).stdout).toMatch(/^0 AWS notes found: no note is in a folder named AWS, tagged #aws/);
	});
});

describe("a closed pipe", () => {
	test("check | head -1 ends quietly: no EPIPE error, no stack trace", () => {
		for (let i = 0; i < 3000; i++) writeFileSync(join(dir, "AWS", `Amazon Service ${i}.md`), "## **Overview**\n- x\n");
		execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "ignore" });
		const r = spawnSync("sh", ["-c", `node dist/cli.js check "${dir}" --all | head -1`], { encoding: "utf8" });
		expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
		expect(r.stderr).toBe("");
	});
});

describe("the plugin's settings in the vault", () => {
	const settings = (dir: string, configDir: string, data: unknown) => {
		mkdirSync(join(dir, configDir, "plugins", "aws-notes-coach"), { recursive: true });
		writeFileSync(join(dir, configDir, "plugins", "aws-notes-coach", "data.json"), JSON.stringify(data));
	};
	const FULL = "**Overview**\n- a\n## Details\n- b\n## Use Cases\n- c\n## Exam Tips\n- d\n## References\n- e\n";

	test("scope and template come from data.json, in .obsidian or another config folder", () => {
		mkdirSync(join(dir, "Study"));
		writeFileSync(join(dir, "Study/Queues.md"), "## Summary\n- a\n## Limits\n- b\n");
		writeFileSync(join(dir, "AWS/Amazon SQS.md"), FULL);
		for (const configDir of [".obsidian", ".my-config"]) {
			rmSync(join(dir, ".obsidian"), { recursive: true, force: true });
			rmSync(join(dir, ".my-config"), { recursive: true, force: true });
			settings(dir, configDir, {
				scope: { includeFolders: ["Study"], excludeFolders: [], tags: [], namePrefixes: [], serviceNames: false },
				sections: [{ name: "Summary" }, { name: "Limits" }],
			});
			const doc = JSON.parse(run(["check", dir, "--json"]).stdout) as { template: string[]; notes: { path: string }[]; summary: { conforming: number } };
			expect(doc.template).toEqual(["Summary", "Limits"]);
			expect(doc.notes.map((n) => n.path)).toEqual(["Study/Queues.md"]);
			expect(doc.summary.conforming).toBe(1);
		}
	});

	test("--scope-folder, --scope-tag and --exclude override them", () => {
		settings(dir, ".obsidian", { scope: { includeFolders: ["Study"], excludeFolders: [], tags: [], namePrefixes: [], serviceNames: false } });
		writeFileSync(join(dir, "AWS/Amazon SQS.md"), FULL);
		mkdirSync(join(dir, "Old"));
		writeFileSync(join(dir, "Old/Tagged.md"), "---\ntags: [cloud]\n---\n" + FULL);
		const paths = (...flags: string[]) => (JSON.parse(run(["check", dir, "--json", ...flags]).stdout) as { notes: { path: string }[] }).notes.map((n) => n.path);
		expect(paths()).toEqual([]);
		expect(paths("--scope-folder", "AWS")).toEqual(["AWS/Amazon SQS.md"]);
		expect(paths("--scope-folder", "AWS", "--scope-tag", "#cloud")).toEqual(["AWS/Amazon SQS.md", "Old/Tagged.md"]);
		expect(paths("--scope-folder", "AWS", "--scope-tag", "cloud", "--exclude", "Old")).toEqual(["AWS/Amazon SQS.md"]);
	});
});
