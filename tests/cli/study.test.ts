/**
 * The CLI's study commands over the example vault: a quiz over a folder, a category or an exam's
 * services; a practice exam's questions; the Anki export. Every question names its note, its
 * category and its id.
 */
import { describe, expect, test } from "vitest";
import { run } from "../../src/cli/main";

const VAULT = "examples/vault";

interface SetDoc {
	quiz?: { set: string; notes: number; notesUsed: number; seed: number };
	exam?: { set: string; notes: number; count: number; minutes: number };
	questions: { id: string; note: string; category: string | null; kind: string; prompt: string; answers: string[]; choices: string[]; source: { line: number } }[];
	reason?: string;
}
const json = (argv: string[]): SetDoc => {
	const r = run([...argv, "--json"]);
	expect(r.code, r.stderr).toBe(0);
	return JSON.parse(r.stdout) as SetDoc;
};

describe("quiz over a set of notes", () => {
	test("a folder: every question from a note of that folder, with note, category and id", () => {
		const doc = json(["quiz", VAULT, "--folder", "AWS/Storage", "--count", "8"]);
		expect(doc.quiz).toMatchObject({ set: "folder AWS/Storage", notes: 4, seed: 1 });
		expect(doc.questions).toHaveLength(8);
		for (const q of doc.questions) {
			expect(q.note.startsWith("AWS/Storage/")).toBe(true);
			expect(q.category).toBe("Storage");
			expect(q.id).toMatch(/^[a-z-]+-[0-9a-z]+-[0-9a-z]+$/);
		}
		// Spread: 8 questions over 4 notes, two each.
		const per = new Map<string, number>();
		for (const q of doc.questions) per.set(q.note, (per.get(q.note) ?? 0) + 1);
		expect([...per.values()]).toEqual([2, 2, 2, 2]);
	});

	test("a category, by the service each note is about, and the same questions for the same seed", () => {
		const a = json(["quiz", VAULT, "--category", "databases", "--seed", "4"]);
		expect(new Set(a.questions.map((q) => q.category))).toEqual(new Set(["Databases"]));
		expect(json(["quiz", VAULT, "--category", "Databases", "--seed", "4"]).questions).toEqual(a.questions);
	});

	test("an exam's services: only notes that cover them", () => {
		const doc = json(["quiz", VAULT, "--exam", "clf", "--count", "12"]);
		expect(doc.questions).toHaveLength(12);
		expect(doc.questions.every((q) => !q.note.startsWith("Daily/") && !q.note.startsWith("Exam prep/"))).toBe(true);
	});

	test("a set that matches no note says so", () => {
		const doc = json(["quiz", VAULT, "--folder", "Nowhere"]);
		expect(doc.questions).toEqual([]);
		expect(doc.reason).toBe("No AWS note in folder Nowhere.");
	});

	test.each([
		[["quiz", VAULT, "--folder", "AWS", "--tag", "aws"], /Choose one set/],
		[["quiz", VAULT, "--category", "Food"], /Unknown category "Food"/],
		[["quiz", VAULT, "--domain", "2"], /--domain needs --exam/],
		[["quiz", VAULT, "--exam", "saa", "--domain", "9"], /SAA-C03 has domains 1 to 4/],
		[["quiz", VAULT, "AWS/Compute/AWS Lambda.md", "--folder", "AWS"], /not both/],
		[["export", VAULT], /--format anki-tsv/],
	])("%j is a usage error", (argv, message) => {
		const r = run(argv);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(message);
	});
});

describe("exam and export", () => {
	test("exam: 65 questions over every AWS note by default, with the time limit", () => {
		const doc = json(["exam", VAULT, "--seed", "2"]);
		expect(doc.exam).toMatchObject({ set: "the whole vault", count: 65, minutes: 130, notes: 34 });
		expect(doc.questions).toHaveLength(65);
		expect(new Set(doc.questions.map((q) => q.id)).size).toBe(65);
		const kinds = new Set(doc.questions.map((q) => q.kind));
		expect(kinds.size).toBeGreaterThanOrEqual(5);
	});

	test("exam as text: numbered questions with their note and line", () => {
		const r = run(["exam", VAULT, "--count", "3", "--folder", "AWS/Compute"]);
		expect(r.stdout).toMatch(/^Practice exam on folder AWS\/Compute \(seed 1, 3 questions from 3 notes\)\n\n1\. \[/);
		expect(r.stdout).toMatch(/\n {3}From AWS\/Compute\/[^:]+\.md:\d+\n/);
	});

	test("export --format anki-tsv: the header, then one line of four fields per question", () => {
		const r = run(["export", VAULT, "--format", "anki-tsv", "--folder", "AWS/Containers", "--count", "6"]);
		expect(r.code).toBe(0);
		const lines = r.stdout.trimEnd().split("\n");
		expect(lines.slice(0, 2)).toEqual(["#separator:tab", "#html:true"]);
		const rows = lines.filter((l) => !l.startsWith("#"));
		expect(rows).toHaveLength(6);
		for (const row of rows) {
			const fields = row.split("\t");
			expect(fields).toHaveLength(4);
			expect(fields[2]).toMatch(/^<a href="obsidian:\/\/open\?vault=vault&file=AWS%2FContainers%2F[^"]+">[^<]+<\/a> \(line \d+\)$/);
			expect(fields[3]).toMatch(/^aws-notes-coach containers note::/);
		}
	});
});
