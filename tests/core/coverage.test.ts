/**
 * Exam coverage over the fixture vaults and small in-memory vaults: a service is covered by a note
 * under any of its names (note name, alias, combined note), never by a hub; each note's state; the
 * summary per category; the folder new notes go to.
 */
import { describe, expect, test } from "vitest";
import { CoachIndex } from "../../src/core/CoachIndex";
import { categoryFolders, computeCoverage, coverageHeadline, type CoverageRow } from "../../src/core/coverage";
import type { ExamGuide } from "../../src/core/exams/types";
import { DEFAULT_SCOPE } from "../../src/core/scope";
import { DEFAULT_TEMPLATE } from "../../src/core/template/spec";
import { indexVault } from "../fixtures/vaults/load";

/** A small exam of our own, so these tests do not move when the real exam lists change. */
const EXAM: ExamGuide = {
	id: "test",
	name: "Test exam",
	code: "TST-C01",
	domains: [
		{ number: 1, name: "One", weight: 50 },
		{ number: 2, name: "Two", weight: 50 },
	],
	services: [
		["AWS Lambda", [1]],
		["Amazon Elastic Container Service", [1, 2]],
		["Amazon Elastic Kubernetes Service", [2]],
		["AWS Key Management Service", [2]],
		["Amazon Simple Storage Service", []],
		["Amazon Simple Queue Service", [1]],
		["Amazon DynamoDB", [1]],
		["AWS Backup", [2]],
	],
};

const row = (rows: CoverageRow[], service: string): CoverageRow => {
	const r = rows.find((x) => x.service === service);
	if (!r) throw new Error(`no row for ${service}`);
	return r;
};

const FULL = (title: string) =>
	`# ${title}\n**Overview**\n- What it is.\n\n## Details\n- How it works.\n\n## Use Cases\n- When to use it.\n\n## Exam Tips\n- Pick it when the question says so.\n\n## References\n- Docs.\n`;

function memoryIndex(notes: Record<string, string>): CoachIndex {
	const index = new CoachIndex({ scope: { ...DEFAULT_SCOPE, includeFolders: [...DEFAULT_SCOPE.includeFolders] }, template: DEFAULT_TEMPLATE, disabledRules: [] });
	for (const [path, text] of Object.entries(notes)) index.updateNote(path, text);
	return index;
}

describe("which note covers a service", () => {
	test("our template's vault: a combined note covers both services, a hub never counts", () => {
		const { rows } = computeCoverage(EXAM, indexVault("template"));
		expect(row(rows, "Amazon Elastic Container Service").note).toBe("AWS/Containers/Amazon ECS & EKS.md");
		expect(row(rows, "Amazon Elastic Kubernetes Service").note).toBe("AWS/Containers/Amazon ECS & EKS.md");
		// "AWS KMS & Encryption" is a hub: the service note stands for KMS.
		expect(row(rows, "AWS Key Management Service").note).toBe("AWS/Security/AWS Key Management Service (KMS).md");
		expect(row(rows, "AWS Lambda")).toMatchObject({ note: "AWS/Compute/AWS Lambda.md", state: "complete", examTips: true });
		expect(row(rows, "Amazon Simple Storage Service").note).toBe("AWS/Storage/Amazon S3.md");
		expect(row(rows, "Amazon Simple Queue Service")).toMatchObject({ state: "no-note", note: null, examTips: false });
	});

	test("bare names: Lambda.md is AWS Lambda, SQS.md is Amazon SQS", () => {
		const { rows } = computeCoverage(EXAM, indexVault("bare"));
		expect(row(rows, "AWS Lambda").note).toBe("Lambda.md");
		expect(row(rows, "Amazon Simple Queue Service").note).toBe("SQS.md");
		expect(row(rows, "Amazon DynamoDB").note).toBe("DynamoDB.md");
		// A vault in its own structure: the notes have content but not the template's sections.
		expect(row(rows, "Amazon Simple Queue Service").state).toBe("incomplete");
	});

	test("numbered folders and #AWS tags: the tagged service notes count, the index and the overview do not", () => {
		const { rows } = computeCoverage(EXAM, indexVault("features"));
		expect(row(rows, "Amazon DynamoDB").note).toBe("05 Databases/DynamoDB.md");
		expect(rows.filter((r) => r.note !== null).every((r) => !/Index|Overview/.test(r.note ?? ""))).toBe(true);
	});

	test("a note under another name covers the service through its alias", () => {
		const index = memoryIndex({ "AWS/Containers/Kubernetes on AWS.md": `---\naliases: [Amazon EKS]\n---\n${FULL("Kubernetes on AWS")}` });
		expect(row(computeCoverage(EXAM, index).rows, "Amazon Elastic Kubernetes Service")).toMatchObject({ note: "AWS/Containers/Kubernetes on AWS.md", state: "complete" });
	});

	test("a word that is also a service name needs its prefix: Backup.md is not AWS Backup", () => {
		const index = memoryIndex({ "AWS/Backup.md": FULL("Backup"), "AWS/AWS Lambda.md": FULL("AWS Lambda") });
		const { rows } = computeCoverage(EXAM, index);
		expect(row(rows, "AWS Backup").state).toBe("no-note");
		expect(row(rows, "AWS Lambda").state).toBe("complete");
	});

	test("when several notes cover a service, the most complete one stands for it", () => {
		const index = memoryIndex({
			"AWS/Amazon ECS & EKS.md": "**Overview**\n- Both.\n",
			"AWS/Amazon EKS.md": FULL("Amazon EKS"),
		});
		const { rows } = computeCoverage(EXAM, index);
		expect(row(rows, "Amazon Elastic Kubernetes Service")).toMatchObject({ note: "AWS/Amazon EKS.md", state: "complete" });
		expect(row(rows, "Amazon Elastic Container Service")).toMatchObject({ note: "AWS/Amazon ECS & EKS.md", state: "incomplete" });
	});
});

describe("the state of a note", () => {
	const index = memoryIndex({
		"AWS/AWS Lambda.md": FULL("AWS Lambda"),
		"AWS/Amazon SQS.md": "---\naliases: [SQS]\n---\n\n",
		"AWS/Amazon S3.md": "**Overview**\n- Object storage.\n\n## Details\n- Buckets and keys.\n",
		"AWS/Amazon DynamoDB.md": FULL("Amazon DynamoDB").replace("- Pick it when the question says so.\n", ""),
	});
	const { rows, summary } = computeCoverage(EXAM, index);

	test("complete, empty, missing sections, and an empty Exam Tips section", () => {
		expect(row(rows, "AWS Lambda")).toMatchObject({ state: "complete", examTips: true });
		expect(row(rows, "Amazon Simple Queue Service")).toMatchObject({ state: "empty", note: "AWS/Amazon SQS.md", examTips: false });
		expect(row(rows, "Amazon Simple Storage Service")).toMatchObject({ state: "incomplete", examTips: false });
		expect(row(rows, "Amazon DynamoDB")).toMatchObject({ state: "incomplete", examTips: false });
	});

	test("the summary adds up, per category too", () => {
		expect(summary).toMatchObject({ total: 8, complete: 1, incomplete: 2, empty: 1, noNote: 4, covered: 3, withExamTips: 1 });
		expect(summary.categories.reduce((n, c) => n + c.total, 0)).toBe(8);
		expect(summary.categories.find((c) => c.category === "Compute")).toEqual({ category: "Compute", total: 1, covered: 1, complete: 1 });
		expect(coverageHeadline(summary)).toBe("1 of 8 services has a complete note");
	});

	test("rows come in catalog category order, then by name, with the exam's domains", () => {
		expect(rows.map((r) => r.category)[0]).toBe("Compute");
		expect(row(rows, "Amazon Elastic Container Service").domains).toEqual([1, 2]);
	});

	test("a template without an Exam Tips section: exam tips are any heading that says so", () => {
		const spec = { sections: DEFAULT_TEMPLATE.sections.filter((s) => s.name !== "Exam Tips") };
		const own = new CoachIndex({ scope: DEFAULT_SCOPE, template: spec, disabledRules: [] });
		own.updateNote("AWS/AWS Lambda.md", FULL("AWS Lambda"));
		own.updateNote("AWS/Amazon S3.md", "**Overview**\n- Object storage.\n");
		const r = computeCoverage(EXAM, own).rows;
		expect(row(r, "AWS Lambda").examTips).toBe(true);
		expect(row(r, "Amazon Simple Storage Service").examTips).toBe(false);
	});
});

describe("accuracy and folders", () => {
	test("accuracy is the covering note's, when it has one", () => {
		const index = memoryIndex({ "AWS/AWS Lambda.md": FULL("AWS Lambda"), "AWS/Amazon S3.md": FULL("Amazon S3") });
		const known: Record<string, number> = { "AWS/AWS Lambda.md": 0.75 };
		const acc = (p: string): number | null => known[p] ?? null;
		const { rows } = computeCoverage(EXAM, index, acc);
		expect(row(rows, "AWS Lambda").accuracy).toBe(0.75);
		expect(row(rows, "Amazon Simple Storage Service").accuracy).toBeNull();
		expect(row(rows, "Amazon DynamoDB").accuracy).toBeNull();
	});

	test("new notes go to the folder most notes of their category live in, else the usual folder", () => {
		const folders = categoryFolders(indexVault("template"));
		expect(folders("Storage")).toBe("AWS/Storage");
		expect(folders("Compute")).toBe("AWS/Compute");
		// No Databases note yet: the folder most AWS notes live in (ties: alphabetical).
		expect(folders("Databases")).toBe("AWS/Compute");
		expect(categoryFolders(indexVault("features"))("Databases")).toBe("05 Databases");
		expect(categoryFolders(memoryIndex({}))("Compute")).toBe("");
	});

	test("a note about a service by its alias counts for the service's category", () => {
		const aliased = (alias: string): string => `---\naliases:\n  - ${alias}\ntags: [aws]\n---\n**Overview**\n- Notes.\n`;
		const index = memoryIndex({
			"AWS/Misc/Notes on queues.md": aliased("Amazon SQS"),
			"AWS/Misc/Fan-out.md": aliased("Amazon SNS"),
			"AWS/Compute/AWS Lambda.md": FULL("AWS Lambda"),
			"AWS/Compute/AWS Fargate.md": FULL("AWS Fargate"),
			"AWS/Compute/Amazon EC2.md": FULL("Amazon EC2"),
		});
		// Two Application Integration notes by alias, in "AWS/Misc": new notes of that category go there.
		expect(categoryFolders(index)("Application Integration")).toBe("AWS/Misc");
	});
});
