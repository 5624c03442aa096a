/**
 * Faults of blind read 54, each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { stemProblem } from "../../../src/core/quiz/stems";
import { questionsOf, quizQuestions } from "./helpers";

describe("blind read 54", () => {
	const snow = [
		"# Snow Family",
		"",
		"## Devices",
		"- **Snowball Edge Storage Optimized**: bulk transfer, 210 TB NVMe",
		"- **Snowball Edge Compute Optimized**: heavy edge compute, up to 104 vCPU",
		"- **Snowcone**: small, about 2 kg, 14 TB SSD",
		"",
		"## Exam tips",
		'- "small, portable, rugged, ship back or send online" → Snowcone',
		'- "10 PB or more in one go" → Snowmobile',
		'- "petabytes over a slow link" → Snowball Edge',
	];

	test("a Snowcone scenario stands against the other Snow devices, not file-transfer services", () => {
		const qs = quizQuestions("Snow Family", snow, "scenario").filter((q) => q.answers[0] === "Snowcone");
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) {
			expect(q.choices.filter((c) => /^Snow/.test(c)).length).toBeGreaterThanOrEqual(2);
			expect(q.choices).not.toContain("Migration Hub");
		}
	});

	test("wrong choices that could do each other's job (SNS, EventBridge) are both wrong against SQS, so both may stand", () => {
		const lines = [
			"# Ch 6 - Decoupling",
			"",
			"## Exam tips",
			"- high-volume stream, replay, multiple readers → Kinesis",
			"- fan-out to many subscribers → SNS",
			"- buffer work, consumers pull at their own pace → SQS",
		];
		const qs = quizQuestions("Ch 6 - Decoupling", lines, "scenario").filter((q) => q.answers[0] === "SQS");
		expect(qs.length).toBeGreaterThan(0);
		expect(qs.some((q) => q.choices.includes("SNS") && q.choices.includes("EventBridge"))).toBe(true);
		for (const q of qs) expect(q.choices).not.toContain("MQ");
	});

	test("a full-text search scenario keyed to OpenSearch never offers CloudSearch, which does that job too", () => {
		const lines = [
			"# OpenSearch Service",
			"",
			"## Exam tips",
			"- full-text search, partial matching, search box for a product catalog → OpenSearch",
			"- ad-hoc SQL on logs in S3, pay per query → Athena",
			"- petabyte data warehouse with BI joins → Redshift",
			"- dashboards for business users → QuickSight",
		];
		const qs = quizQuestions("OpenSearch Service", lines, "scenario").filter((q) => q.answers[0] === "OpenSearch");
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.choices).not.toContain("CloudSearch");
	});

	test("a note titled by an AWS thing named with an acronym ('NAT Gateway') says whose a bare bullet is", () => {
		const lines = [
			"#aws",
			"",
			"# NAT Gateway",
			"",
			"## Setup (public NAT GW)",
			"- create in a **public** subnet with a route to the IGW",
			"- needs an **Elastic IP** attached",
			"- private subnet route table: 0.0.0.0/0 to the NAT GW",
		];
		const blanks = questionsOf("NAT Gateway", lines).filter((q) => q.kind === "fill-blank" && q.answers[0] === "Elastic IP");
		expect(blanks.length).toBeGreaterThan(0);
		for (const q of blanks) expect(q.prompt).toMatch(/^NAT Gateway\b/);
	});

	test("a bullet under a topic sub-heading ('### Producers') of a subject is never said of another subject", () => {
		const lines = [
			"# Kinesis",
			"",
			"## Kinesis Data Streams",
			"- stream = set of shards, each 1 MB/s in",
			"### Producers",
			"- AWS SDK (PutRecord / PutRecords batch)",
			"- CloudWatch Logs subscription, IoT, etc.",
			"## Amazon Data Firehose",
			"- no shards, no capacity planning, auto-scales",
			"## Kinesis Video Streams",
			"- video from cameras and drones, playback with HLS",
		];
		const tf = questionsOf("Kinesis", lines).filter((q) => q.kind === "true-false");
		expect(tf.filter((q) => /PutRecord|CloudWatch Logs subscription/.test(q.prompt))).toEqual([]);
		expect(tf.some((q) => /set of shards/.test(q.prompt))).toBe(true);
	});

	test("'along the way' points at a path the line does not show", () => {
		expect(stemProblem("Flow Logs record what happens along the way.")).not.toBeNull();
		expect(stemProblem("Flow Logs record accepted and rejected IP traffic at the ENI level.")).toBeNull();
	});

	test("a row of a three-way table names the sides it compares ('Which is it, Role, User or Group?')", () => {
		const lines = [
			"# IAM Roles",
			"",
			"## Users vs groups vs roles",
			"| | User | Group | Role |",
			"|---|---|---|---|",
			"| who | 1 person/app | collection of users | anyone trusted |",
			"| creds | long-term | none | temporary |",
			"| typical use | a human admin | attach policies to many | EC2, Lambda, cross-account |",
		];
		const rows = questionsOf("IAM Roles", lines).filter((q) => q.kind === "comparison");
		expect(rows.length).toBeGreaterThan(0);
		for (const q of rows) {
			expect(q.choices).toHaveLength(3);
			expect(q.prompt.endsWith(`, ${q.choices[0]}, ${q.choices[1]} or ${q.choices[2]}?`)).toBe(true);
		}
	});

	const chapter = [
		"# Ch 9 – High availability",
		"",
		"## 9.2 EC2 Auto Scaling",
		"An ASG keeps the desired number of healthy instances running across the AZs you choose.",
		"- A **launch template** sets the AMI, instance type, security groups and user data",
		"- **Min / max / desired** capacity",
		"",
		"Scaling policies:",
		"- **Target tracking**: e.g. keep average CPU at 50%. The easiest, and usually the right answer.",
		"- **Step / simple**: driven by CloudWatch alarms, with a cooldown (default 300 s).",
		"- **Scheduled**: for known patterns, like Monday 9am",
		"- **Predictive**: ML forecast from past load",
		"",
		"## 9.3 Elastic Load Balancing",
		"| Type | Layer | Use it for |",
		"|---|---|---|",
		"| **ALB** | 7 (HTTP/S) | path/host/header routing, Lambda targets |",
		"| **NLB** | 4 (TCP/UDP) | extreme performance, static IP per AZ |",
		"| **GWLB** | 3 (GENEVE) | third-party firewall appliances |",
		"| CLB | 4/7 | legacy only |",
	];

	test("a course section that names a service ('9.2 EC2 Auto Scaling') is the subject of its lines", () => {
		const blanks = questionsOf("Ch 9 – High availability", chapter).filter((q) => q.kind === "fill-blank" && /Predictive|Target tracking|Scheduled/.test(q.answers[0]));
		expect(blanks.length).toBeGreaterThan(0);
		for (const q of blanks) expect(q.prompt).toMatch(/^EC2 Auto Scaling\b/);
	});

	test("a table under a heading that names a service is asked with that service, not the chapter's title", () => {
		const rows = questionsOf("Ch 9 – High availability", chapter).filter((q) => q.source.line >= 17 && q.kind !== "true-false");
		expect(rows.length).toBeGreaterThan(0);
		for (const q of rows) {
			expect(q.prompt).not.toMatch(/Ch 9/);
			expect(q.prompt).toMatch(/Elastic Load Balancing/);
		}
	});

	describe("our own read of every question of read 54's notes", () => {
		test("a service swapped into a statement whose figure the note gives that service too is no false statement", () => {
			const lines = [
				"# Numbers to remember",
				"",
				"## Security",
				"- **KMS** direct encrypt max **4 KB**. Key deletion waiting period **7–30 days** (default 30).",
				"- **Secrets Manager** deletion recovery window 7–30 days",
				"- **CloudTrail** Event history: **90 days** (use a trail for longer)",
				"- **IAM**: a user can be in at most 10 groups",
			];
			for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
				const qs = questionsOf("Numbers to remember", lines, seed);
				expect(qs.filter((q) => q.kind === "true-false" && /^True or false: KMS deletion recovery window/.test(q.prompt))).toEqual([]);
			}
		});

		test("what services of a kind all do ('pay per GB ingested') is never said of another to make it false", () => {
			const lines = [
				"# Kinesis",
				"",
				"## Amazon Data Firehose",
				"- pay per GB ingested (+ conversion)",
				"- buffers by size or time, then delivers to S3, Redshift or OpenSearch",
				"## Kinesis Video Streams",
				"- video from cameras and drones, playback with HLS",
				"## Kinesis Data Streams",
				"- stream = set of shards, each 1 MB/s in",
			];
			const tf = questionsOf("Kinesis", lines).filter((q) => q.kind === "true-false" && /pay per GB/.test(q.prompt));
			for (const q of tf) expect(q.answers).toEqual(["True"]);
		});

		test("a comparative alone ('mgmt: more') says nothing a side can be told by", () => {
			const lines = [
				"# Kinesis",
				"",
				"## Data Streams vs Firehose",
				"| | Data Streams | Firehose |",
				"|---|---|---|",
				"| mgmt | more | none, fully managed |",
				"| latency | real-time (~200 ms) | near real-time (buffered) |",
				"| replay | yes | no |",
			];
			const rows = questionsOf("Kinesis", lines).filter((q) => q.kind === "comparison");
			expect(rows.filter((q) => /mgmt: more\./.test(q.prompt))).toEqual([]);
			expect(rows.some((q) => /near real-time/.test(q.prompt))).toBe(true);
		});

		test("a whitepaper's chapters ('Design principles', 'Change management') are not things to match a line to", () => {
			const lines = [
				"# Well-Architected - Reliability pillar",
				"",
				"## Design principles",
				"- Automatically recover from failure: monitor KPIs and trigger automated recovery",
				"## Change management",
				"- Monitor workload resources with CloudWatch and CloudTrail",
				"## Availability math",
				"- 99.9% allows about 8.76 h of downtime a year",
				"## Failure management",
				"- Back up data and test restores",
			];
			expect(questionsOf("Well-Architected - Reliability pillar", lines).filter((q) => q.kind === "comparison" && /^Which of these/.test(q.prompt))).toEqual([]);
		});
	});
});
