/**
 * Faults of blind read 24 (Cornell notes: cues, notes and a summary, as tables, sections or
 * callouts), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { CONTRAST } from "../../../src/core/quiz/generators/linkedService";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { context, note, quizQuestions, SEEDS } from "./helpers";

describe("blind read 24: lines that link several services", () => {
	test("'Also not the same as [[MSK]] or [[EventBridge]]' sets them apart; 'Works with [[ECS]] and [[EKS]]' gives no role", () => {
		expect(CONTRAST.test("Also not the same as Amazon MSK or Amazon EventBridge")).toBe(true);
		expect(CONTRAST.test("different from Amazon SQS")).toBe(true);
		const lines = [
			"## Notes",
			"- **Amazon MQ** is a managed broker for ActiveMQ and RabbitMQ",
			"- Works with [[Amazon ECS]] (as a launch type) and [[Amazon EKS]] (through Fargate profiles)",
			"- Also not the same as [[Amazon MSK]] (Kafka streaming) or [[Amazon EventBridge]] (event bus, routing rules)",
			"- Organization trail in [[AWS CloudTrail]], [[AWS Config]] aggregators, [[AWS IAM Identity Center]] for SSO to all accounts, [[AWS RAM]] to share subnets",
			"- Storage via [[Amazon EBS]], [[Amazon EFS]] and [[Amazon S3]]",
		];
		const qs = quizQuestions("Amazon MQ", lines, "select-all");
		expect(qs.filter((q) => /use for (?:works|also|organization trail)/i.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		// A plain list with one role still asks.
		expect(qs.some((q) => /use for storage/.test(q.prompt))).toBe(true);
	});

	test("'Why FSx when [[Amazon EFS]] exists?' asks; no blank is made of it", () => {
		const lines = ["## Cues", "- Why FSx when [[Amazon EFS]] exists?", "- What does [[AWS DataSync]] move?", "## Notes", "- **FSx for Lustre** is the HPC file system, linked to S3", "- **FSx for Windows File Server** speaks SMB and joins Active Directory"];
		expect(quizQuestions("Amazon FSx", lines, "linked-service").filter((q) => /exists|move/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
	});
});

describe("blind read 24: a part of the note's service, named in front", () => {
	test("'Scenario (Amazon FSx): ...' stands 'FSx for Lustre' against another FSx (the catalog's, when the note names none)", () => {
		// The note names no other FSx: the catalog's are the rivals.
		const lines = [
			"## Notes",
			"- Managed third-party file systems, each for its own kind of workload",
			"- Backups go to S3, and every file system can span two AZs",
			"## Exam cues",
			'- "HPC, highest performance, process data stored in S3" → FSx for Lustre',
		];
		const asked = SEEDS.flatMap((seed) => generateQuiz(note(...lines), context("Amazon FSx"), { seed, kinds: ["scenario"], minimum: 1 }).questions).filter((q) => /^Scenario \(Amazon FSx\)/.test(q.prompt));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.choices.filter((c) => /FSx/.test(c)).length, `${q.prompt} ${q.choices.join(" / ")}`).toBeGreaterThan(1);
	});
});
