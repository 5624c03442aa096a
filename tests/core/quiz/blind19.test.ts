/**
 * Faults found in the session of 2026-12-05 (fourth: blind read 19, notes written with Dataview
 * inline fields), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { namesAThing } from "../../../src/core/quiz/headings";
import { context, note, quizQuestions } from "./helpers";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";

describe("blind read 19: my own read", () => {
	test("'Integrates with', 'Works with', 'Compared with X' are topics, not things: no 'Lambda — Integrates with use for'", () => {
		for (const h of ["Integrates with", "Works with", "Compared with DynamoDB", "Used by", "Pairs with"]) expect(namesAThing(h)).toBe(false);
		// Names of things still name things.
		expect(namesAThing("Provisioned Concurrency")).toBe(true);
		const qs = quizQuestions("Lambda", [
			"## What it is",
			"**AWS Lambda** runs your code as functions without servers.",
			"## Integrates with",
			"- [[Amazon API Gateway|API Gateway]] for REST/HTTP APIs",
			"- [[AWS Secrets Manager]] for DB creds",
		]);
		expect(qs.filter((q) => /Integrates with/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		expect(qs.some((q) => q.kind === "linked-service" && /^Which service does Lambda use for DB creds\?$/.test(q.prompt))).toBe(true);
	});
});

describe("blind read 19: Limits and tables of a Dataview-style S3 note", () => {
	const s3 = [
		"## What it is",
		"**Object storage**. Durability is 11 nines for every storage class.",
		"## Limits",
		"- Max object size:: 5 TB",
		"- Single PUT:: 5 GB max, above that **multipart upload** is required",
		"- Bucket names: 3-63 chars, lowercase, globally unique",
		"- Buckets per account: 10,000 by default now, can request more",
		"- Object key length: up to 1,024 bytes",
		"## Storage classes",
		"| Class | Min duration | Notes |",
		"|---|---|---|",
		"| Standard | none | 99.99% availability, ≥3 AZs |",
		"| Standard-IA | 30 days | retrieval fee, min 128 KB billed |",
		"| One Zone-IA | 30 days | 1 AZ only, cheaper |",
		"| Glacier Instant Retrieval | 90 days | millisecond access |",
		"| Glacier Deep Archive | 180 days | standard within 12 h |",
	];

	test("a label is never said of a value of another kind: 'Bucket names: 10,000 by default'", () => {
		const qs = quizQuestions("Amazon S3", s3, "true-false");
		const said = qs.map((q) => q.prompt);
		expect(said.filter((p) => /Bucket names: (?:10,000|up to 1,024)|Buckets per account: 3-63|Object key length: (?:3-63|10,000)/.test(p))).toEqual([]);
	});

	test("a Notes column beside the compared columns is not asked: 'millisecond access' is no one class's", () => {
		const qs = quizQuestions("Amazon S3", s3);
		expect(qs.filter((q) => /millisecond access|1 AZ only|retrieval fee|notes of/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		// The compared column still is.
		expect(qs.some((q) => q.kind === "comparison" && /min duration of 180 days/.test(q.prompt))).toBe(true);
	});
});

describe("blind read 19: my own read of the frozen questions", () => {
	test("a clause is no role: not 'use for secrets come in via the task execution role'", () => {
		const qs = quizQuestions("Fargate", [
			"## What it is",
			"**AWS Fargate** runs containers without servers to manage.",
			"## Security",
			"- Secrets come in via the task execution role from [[AWS Secrets Manager]] or [[SSM Parameter Store]]",
			"- Logs go to [[Amazon CloudWatch]] or [[Amazon S3]] through FireLens",
			"- Storage options via [[Amazon EFS]] and [[Amazon EBS]]",
		], "select-all");
		expect(qs.filter((q) => /come in|go to/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		expect(qs.some((q) => /use for storage options\?/.test(q.prompt))).toBe(true);
	});
});

test("'→ ECS on Fargate' is two services together: not keyed 'ECS' against Fargate", () => {
	const qs = quizQuestions("ECS", [
		"## What it is",
		"**Amazon ECS** runs and schedules Docker containers on a cluster.",
		"## Exam traps",
		'- "Least operational overhead to run containers" → ECS on Fargate',
		'- "Kubernetes API needed" → EKS, not ECS',
		"- Alarm on a failed deployment → SNS topic as the alarm action",
	], "scenario");
	expect(qs.filter((q) => /least operational overhead/i.test(q.prompt)).map((q) => q.answers)).toEqual([]);
	// One service and how it is used still keys the service.
	expect(qs.some((q) => /failed deployment/i.test(q.prompt) && q.answers[0] === "SNS")).toBe(true);
});

test("a storage side of a comparison gets storage services as wrong choices, not the vault's firewall note", () => {
	const lines = [
		"## What it is",
		"**Amazon EFS** is a managed NFS file system that many instances mount at once.",
		"## Compared",
		"- [[Amazon EBS|EBS]] = one instance (mostly) in one AZ; EFS = many instances in many AZs",
	];
	const out: string[] = [];
	for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
		const q = generateQuiz(note(...lines), context("Amazon EFS", { siblings: ["AWS WAF", "AWS Shield", "Amazon EventBridge", "AWS Backup"] }), { count: 40, seed }).questions;
		for (const x of q) if (x.kind === "comparison" && /many instances in many AZs/.test(x.prompt)) out.push(...x.choices);
	}
	expect(out.length).toBeGreaterThan(0);
	expect(out.filter((c) => /WAF|Shield|EventBridge|Backup/.test(c))).toEqual([]);
});
