/**
 * Faults found in the session of 2026-12-05 (fourth: blind read 19, notes written with Dataview
 * inline fields), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { namesAThing } from "../../../src/core/quiz/headings";
import { quizQuestions } from "./helpers";

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
