/**
 * `coverage <vault> --exam <id>`: the exam's services with the state of their notes, as text and as
 * one JSON document; the exam and the quiz scores come from the plugin's settings in the vault.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { findExam } from "../../src/core/exams";

const VAULT = "examples/vault";

interface CoverageJson {
	exam: { id: string; name: string; code: string };
	services: { service: string; category: string; domains: number[]; state: string; note: string | null; examTips: boolean; accuracy: number | null }[];
	summary: { total: number; covered: number; complete: number; incomplete: number; empty: number; noNote: number; withExamTips: number; categories: { category: string; total: number; covered: number; complete: number }[] };
}

describe("coverage on the example vault", () => {
	const r = run(["coverage", VAULT, "--exam", "saa", "--json"]);
	const doc = JSON.parse(r.stdout) as CoverageJson;
	const of = (service: string) => doc.services.find((s) => s.service === service);

	test("one JSON document, exit 0, every service of the exam once", () => {
		expect(r.code).toBe(0);
		expect(doc.exam).toMatchObject({ id: "saa", code: "SAA-C03" });
		expect(doc.services.length).toBe(findExam("saa")!.services.length);
		expect(new Set(doc.services.map((s) => s.service)).size).toBe(doc.services.length);
		for (const s of doc.services) expect(["no-note", "empty", "incomplete", "complete"]).toContain(s.state);
	});

	test("notes under other names count: aliases, a short name, a combined note", () => {
		expect(of("Amazon Elastic Kubernetes Service")).toMatchObject({ state: "complete", note: "AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md" });
		expect(of("Amazon Simple Storage Service")?.note).toBe("AWS/Storage/Amazon S3.md");
		expect(of("Elastic Load Balancing")?.note).toBe("AWS/Networking/Elastic Load Balancing (ELB) & Auto Scaling.md");
		expect(of("Amazon EC2 Auto Scaling")?.note).toBe("AWS/Networking/Elastic Load Balancing (ELB) & Auto Scaling.md");
		expect(of("AWS WAF")).toMatchObject({ state: "no-note", note: null, accuracy: null });
		// An empty note is there but says nothing yet.
		expect(of("AWS Systems Manager")).toMatchObject({ state: "empty", note: "AWS/Management/AWS Systems Manager.md", examTips: false });
	});

	test("the summary adds up", () => {
		const s = doc.summary;
		expect(s.complete + s.incomplete + s.empty + s.noNote).toBe(s.total);
		expect(s.covered).toBe(s.complete + s.incomplete);
		expect(s.categories.reduce((n, c) => n + c.total, 0)).toBe(s.total);
		expect(s.complete).toBe(doc.services.filter((x) => x.state === "complete").length);
	});

	test("the text table: a block per category and the headline", () => {
		const text = run(["coverage", VAULT, "--exam", "SAA-C03"]);
		expect(text.code).toBe(0);
		expect(text.stdout).toMatch(/^AWS Certified Solutions Architect . Associate \(SAA-C03\)\n/);
		expect(text.stdout).toMatch(/\nContainers: \d+ of \d+ covered, \d+ complete\n/);
		expect(text.stdout).toMatch(/\n {2}complete {4}Amazon Elastic Kubernetes Service +AWS\/Containers\/Amazon Elastic Kubernetes Service \(EKS\)\.md {2}exam tips\n/);
		expect(text.stdout).toContain(`${doc.summary.complete} of ${doc.summary.total} services have a complete note;`);
	});

	test("no exam, or an unknown one: exit 2 with the exam ids", () => {
		const none = run(["coverage", VAULT]);
		expect(none.code).toBe(2);
		expect(none.stderr).toMatch(/Which exam\? Use --exam with one of: clf, saa, dva, soa, aif, sap/);
		const bad = run(["coverage", VAULT, "--exam", "xyz", "--json"]);
		expect(bad.code).toBe(2);
		expect(JSON.parse(bad.stdout).error.message).toMatch(/Unknown exam "xyz"/);
	});
});

describe("coverage reads the exam and the quiz scores from the plugin's settings", () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "anc-coverage-"));
		cpSync(VAULT, join(dir, "vault"), { recursive: true });
		mkdirSync(join(dir, "vault/.obsidian/plugins/aws-notes-coach"), { recursive: true });
		writeFileSync(
			join(dir, "vault/.obsidian/plugins/aws-notes-coach/data.json"),
			JSON.stringify({
				examId: "dva",
				lastScores: { "AWS/Compute/AWS Lambda.md": { correct: 4, total: 5, date: "2026-12-01" }, "AWS/Databases/Amazon DynamoDB.md": { correct: 1, total: 1, date: "2026-11-01" } },
				// Recorded answers win over the last score: DynamoDB, 1 right of 4.
				study: { version: 1, answers: { notes: ["AWS/Databases/Amazon DynamoDB.md"], ids: ["q1", "q2"], log: [0, 0, 1764000000, 1, 0, 1, 1764000060, 0, 0, 0, 1764000120, 0, 0, 1, 1764000180, 0] }, review: { log: [] } },
			}),
		);
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test("the settings' exam, and each note's accuracy: its recorded answers, else its last score", () => {
		const doc = JSON.parse(run(["coverage", join(dir, "vault"), "--json"]).stdout) as CoverageJson;
		expect(doc.exam.id).toBe("dva");
		expect(doc.services.find((s) => s.service === "AWS Lambda")?.accuracy).toBe(0.8);
		expect(doc.services.find((s) => s.service === "Amazon DynamoDB")?.accuracy).toBe(0.25);
		expect(doc.services.find((s) => s.service === "Amazon Simple Queue Service")?.accuracy).toBeNull();
		// --exam wins over the settings.
		expect((JSON.parse(run(["coverage", join(dir, "vault"), "--exam", "clf", "--json"]).stdout) as CoverageJson).exam.id).toBe("clf");
	});
});
