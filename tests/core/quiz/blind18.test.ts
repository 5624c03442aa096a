/**
 * Faults found in the session of 2026-12-05 (third of the day: a self-read of every select-all
 * question of the quality set, then round 18), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { listPrompt, selectAllQuestions } from "../../../src/core/quiz/generators/selectAll";
import { serviceNames } from "../../../src/core/quiz/names";
import { createRng } from "../../../src/core/quiz/random";
import { facts, quizQuestions, SEEDS } from "./helpers";

describe("self-read of the select-all questions", () => {
	test("links that a verb acts on are not services the note's service uses", () => {
		const f = facts(
			"AWS Key Management Service (KMS)",
			"**Overview**",
			"- Creates and controls encryption keys.",
			"## **Use Cases**",
			"- Encrypting [[Amazon EBS]] volumes and [[Amazon RDS]] databases at rest.",
			"- Storage encryption via [[Amazon S3]] and [[Amazon EFS]].",
		);
		const prompts = SEEDS.flatMap((seed) => selectAllQuestions(f, createRng(seed)).map((q) => q.prompt));
		expect(prompts.some((p) => /for encrypting\b/.test(p))).toBe(false);
		// A role joined to its links by a word ("via") is still asked.
		expect(prompts.some((p) => /use for storage encryption\?/.test(p))).toBe(true);
	});

	test("'Consumers include A, B and C' is an open list of examples, not a role: no select-all", () => {
		const f = facts(
			"Amazon Kinesis Data Streams",
			"**Overview**",
			"- Real-time data streaming in shards.",
			"## **Details**",
			"- Consumers include [[AWS Lambda]], the Kinesis Client Library and [[Amazon Managed Service for Apache Flink]].",
		);
		const prompts = SEEDS.flatMap((seed) => selectAllQuestions(f, createRng(seed)).map((q) => q.prompt));
		expect(prompts.filter((p) => /include/.test(p))).toEqual([]);
	});

	test("a title that names the kind already is not said twice: 'EBS HDD volume types'", () => {
		expect(listPrompt("HDD volume types", "EBS Volume Types")).toBe("Which of these are EBS HDD volume types? Select all that apply.");
		expect(listPrompt("**Storage classes:**", "Amazon S3")).toBe("Which of these are Amazon S3 storage classes? Select all that apply.");
		// At least one word of the subject stays.
		expect(listPrompt("Types", "Types")).toBe("Which of these are types? Select all that apply.");
	});

	test("a topic heading led by another service's name is about that service: 'CloudFront basics' in a note on two services", () => {
		const lines = [
			"Both services use the AWS global network, and the exam likes to set them side by side.",
			"",
			"## CloudFront basics",
			"- CloudFront caches content at edge locations close to viewers.",
			"- Origin types",
			"  - S3 bucket - static files, kept private with origin access control",
			"  - Application Load Balancer - dynamic web applications",
			"  - Custom HTTP origin - any web server, including servers on premises",
			"",
			"## Global Accelerator basics",
			"- Global Accelerator gives two static anycast IP addresses.",
			"- Endpoint types",
			"  - Network Load Balancer - TCP and UDP traffic",
			"  - Elastic IP address - a single instance",
			"  - EC2 instance - reached directly",
		];
		const all = quizQuestions("CloudFront and Global Accelerator", lines, "select-all").map((q) => q.prompt);
		expect(all).toContain("Which of these are CloudFront origin types? Select all that apply.");
		expect(all).toContain("Which of these are Global Accelerator endpoint types? Select all that apply.");
		expect(all.some((p) => p.includes("CloudFront and Global Accelerator"))).toBe(false);
	});

	test("a title written out with its vendor keeps its name unless its abbreviation is one students use", () => {
		expect(serviceNames("Amazon Kinesis Data Streams", []).short).toBe("Amazon Kinesis Data Streams");
		expect(serviceNames("Amazon Simple Queue Service", []).short).toBe("Amazon SQS");
		expect(serviceNames("Amazon Elastic Kubernetes Service (EKS)", []).short).toBe("Amazon EKS");
		expect(serviceNames("Step Functions", []).short).toBe("Step Functions");
	});
});
