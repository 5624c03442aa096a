/**
 * Faults of blind read 52, each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { subjectLines } from "../../../src/core/quiz/generators/subjects";
import { stemProblem } from "../../../src/core/quiz/stems";
import { fromPlain, wordsBeforeFigure } from "../../../src/core/quiz/text";
import { facts, questionsOf, quizQuestions } from "./helpers";

describe("blind read 52", () => {
	test("a figure swapped in a statement keeps the words in front of it ('Bulk within 48 hrs' never becomes '30 days')", () => {
		expect(wordsBeforeFigure("Bulk within 48 hrs")).toBe("bulk within");
		expect(wordsBeforeFigure("48 hrs")).toBe("");
		const classes = [
			"# S3 storage classes",
			"",
			"## Glacier Flexible Retrieval",
			"- **min 90 days** storage charge",
			"- retrieval: **Expedited within 5 min**, **Bulk within 12 hrs**",
			"## Glacier Deep Archive",
			"- **min 180 days** storage charge",
			"- retrieval: **Standard within 12 hrs**, **Bulk within 48 hrs**",
			"## Standard-IA",
			"- **min 30 days** storage charge",
			"- lifecycle can move objects after **30 days**",
		];
		const statements = quizQuestions("S3 storage classes", classes, "true-false").filter((q) => /retrieval:/.test(q.prompt));
		for (const q of statements) expect(q.prompt, q.prompt).toMatch(/within \d+ (?:min|hrs)\.$/);
	});

	test("'ALB vs NLB vs GWLB' is about three things, and 'ALB / NLB health checks' about two", () => {
		const compare = [
			"# ALB vs NLB vs GWLB",
			"",
			"## Random exam gotchas",
			"- ALB gives a DNS name only, never reference its IPs",
			"- NLB has one static IP per AZ and can take Elastic IPs",
			"- GWLB uses GENEVE on port 6081 to reach its appliances",
			"- ALB / NLB health checks: ALB = HTTP/HTTPS, NLB = TCP, HTTP or HTTPS",
		];
		expect(facts("ALB vs NLB vs GWLB", ...compare).subjectGroups).toContainEqual(["ALB", "NLB", "GWLB"]);
		expect(subjectLines(facts("ALB vs NLB vs GWLB", ...compare)).filter((l) => /health checks/.test(l.plain))).toEqual([]);
		const prompts = questionsOf("ALB vs NLB vs GWLB", compare).map((q) => q.prompt);
		expect(prompts.filter((p) => /NLB vs GWLB:|ALB: \//.test(p))).toEqual([]);
	});

	test("a bullet typed as a glyph ('▸ Advanced queries') and a 'Correct/why:' label are no part of what a line says", () => {
		expect(fromPlain("▸ Advanced queries → SQL-like SELECT over the current config state")).toBe("Advanced queries → SQL-like SELECT over the current config state");
		expect(stemProblem("Correct/why: ____ — TCP/UDP, 2 static anycast IPs, no caching.")).not.toBeNull();
		expect(stemProblem("Global Accelerator — TCP/UDP, 2 static anycast IPs, no caching.")).toBeNull();
	});

	test("select-all: a thing's properties ('passed at AssumeRole time') are no members of a kind", () => {
		const map = [
			"# IAM mind map",
			"",
			"- IAM",
			"\t- Session policies",
			"\t\t- passed at AssumeRole time",
			"\t\t- further limit the session",
			"\t- Policy types",
			"\t\t- Identity-based",
			"\t\t- Resource-based",
			"\t\t- Permissions boundaries",
		];
		expect(questionsOf("IAM mind map", map).filter((q) => q.kind === "select-all" && /session policies/i.test(q.prompt))).toEqual([]);
	});

	test("a table whose first column names facts ('Snow fact | Detail') asks no 'which snow fact is this'", () => {
		const sheet = [
			"# Storage cheat sheet",
			"",
			"## Snow Family",
			"| Snow fact | Detail |",
			"|---|---|",
			"| When to use | network transfer would take more than a week |",
			"| Encryption | 256-bit, keys in KMS, never stored on the device |",
			"| Mgmt tool | AWS OpsHub (GUI) or the Snowball Edge client |",
			"| Import target | S3 buckets only |",
		];
		expect(questionsOf("Storage cheat sheet", sheet).filter((q) => /which snow fact/i.test(q.prompt))).toEqual([]);
	});
});
