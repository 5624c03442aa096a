/**
 * Faults of blind read 60, each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { definitionPrompt } from "../../../src/core/quiz/generators/whichService";
import { facts, questionsOf } from "./helpers";

describe("blind read 60", () => {
	test("'X is the strongest keyword → Y' asks about X, without what the keyword is said to be", () => {
		const lines = [
			"# AWS Secrets Manager",
			"",
			"## Exam tips",
			'- "Automatic rotation" of credentials is the strongest keyword → Secrets Manager',
			"- cheapest way to store plain config values → Parameter Store",
			"- find PII in S3 buckets → Macie",
		];
		const scenarios = questionsOf("AWS Secrets Manager", lines).filter((q) => q.kind === "scenario" && /rotation/i.test(q.prompt));
		expect(scenarios.map((q) => q.prompt)).toEqual(["Scenario: automatic rotation of credentials. Which service fits?"]);
	});

	test("a sentence about the exam ('It shows up in half the exam questions') defines no service", () => {
		const names = facts("S3", "# S3", "", "Amazon S3 is object storage for any amount of data.").names;
		expect(definitionPrompt("It shows up in half the exam questions one way or another.", names)).toBeNull();
	});
});
