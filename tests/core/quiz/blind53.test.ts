/**
 * Faults of blind read 53, each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { stemProblem } from "../../../src/core/quiz/stems";
import { withoutNumbering } from "../../../src/core/quiz/text";
import { questionsOf } from "./helpers";

describe("blind read 53", () => {
	test("'no built-in automatic rotation → that's Secrets Manager' explains a lack: no scenario keyed to it", () => {
		const ssm = [
			"# Systems Manager",
			"",
			"## Exam tips",
			"- Parameter Store: free standard tier, SecureString with KMS",
			"- no built-in automatic rotation → that's Secrets Manager",
			"- find CVEs on EC2 instances and ECR images → Inspector",
			"- store database credentials that rotate every 30 days → Secrets Manager",
		];
		const scenarios = questionsOf("Systems Manager", ssm).filter((q) => q.kind === "scenario");
		expect(scenarios.filter((q) => /rotation/.test(q.prompt))).toEqual([]);
		expect(scenarios.some((q) => q.answers.includes("Inspector"))).toBe(true);
	});

	test("a practice question's 'Q2 - Inspector' heading loses its label", () => {
		expect(withoutNumbering("Q2 - Inspector vs GuardDuty")).toBe("Inspector vs GuardDuty");
		expect(withoutNumbering("QLDB retired")).toBe("QLDB retired");
	});

	test("'Operations: Scan vs Scan and Install' under a named heading sets two things side by side: no statement", () => {
		const ssm = [
			"# Systems Manager",
			"",
			"## Patch Manager",
			"- Operations: Scan vs Scan and Install",
			"- patches by patch baselines, on a maintenance window",
			"## Session Manager",
			"- shell access without SSH keys or open port 22",
			"- sessions logged to S3 or CloudWatch Logs",
			"## Run Command",
			"- runs a document on many instances at once",
		];
		expect(questionsOf("Systems Manager", ssm).filter((q) => q.kind === "true-false" && /Scan vs/.test(q.prompt))).toEqual([]);
	});

	test("the figure going into a single worked example ('____ write = 2 WCU') is not blanked", () => {
		expect(stemProblem("How do RCUs and WCUs work? ____ write = 2 WCU")).not.toBeNull();
		expect(stemProblem("How do RCUs and WCUs work? 1.5 KB write = ____")).toBeNull();
	});
});
