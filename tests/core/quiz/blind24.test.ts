/**
 * Faults of blind read 24 (Cornell notes: cues, notes and a summary, as tables, sections or
 * callouts), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { CONTRAST } from "../../../src/core/quiz/generators/linkedService";
import { quizQuestions } from "./helpers";

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
