/**
 * Faults found in the session of 2026-12-05 (fourth: blind read 19, notes written with Dataview
 * inline fields), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { namesAThing } from "../../../src/core/quiz/headings";
import { spellsOutAcronym } from "../../../src/core/quiz/acronyms";
import { nearQuantity } from "../../../src/core/quiz/terms";
import { comparisonPrompt } from "../../../src/core/quiz/generators/comparison";
import { CONTRAST } from "../../../src/core/quiz/generators/linkedService";
import { context, note, quizQuestions, SEEDS, withMore } from "./helpers";
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
		const q = withMore(generateQuiz(note(...lines), context("Amazon EFS", { siblings: ["AWS WAF", "AWS Shield", "Amazon EventBridge", "AWS Backup"] }), { count: 40, seed })).questions;
		for (const x of q) if (x.kind === "comparison" && /many instances in many AZs/.test(x.prompt)) out.push(...x.choices);
	}
	expect(out.length).toBeGreaterThan(0);
	expect(out.filter((c) => /WAF|Shield|EventBridge|Backup/.test(c))).toEqual([]);
});

test("a cue in a service's note that points elsewhere offers the note's own service as a wrong choice (Q5: Parameter Store against ACM, KMS, CloudHSM)", () => {
	const qs = quizQuestions("AWS Secrets Manager", [
		"## What it is",
		"**AWS Secrets Manager** stores secrets encrypted with KMS and rotates them automatically.",
		"## Key numbers",
		"- Max secret size: 64 KB",
		"- Price: $0.40 per secret per month",
		"- Deletion waits 7 to 30 days (recovery window)",
		"## Exam traps",
		'- "Rotate database credentials automatically every X days" → **Secrets Manager**, not Parameter Store',
		'- "Cheapest way to store config values, no rotation needed" → Parameter Store',
	], "scenario");
	const cheapest = qs.filter((q) => /cheapest/i.test(q.prompt));
	expect(cheapest.length).toBeGreaterThan(0);
	for (const q of cheapest) {
		expect(q.answers).toEqual(["Parameter Store"]);
		expect(q.choices).toContain("Secrets Manager");
	}
	// The trap the line names is a wrong choice where the situation says what sets them apart ("no rotation
	// needed", "cheapest"); "rotate credentials" alone does not, and a service that could do the job stays out.
	const rotate = qs.filter((q) => /rotate database credentials/i.test(q.prompt));
	expect(rotate.length).toBeGreaterThan(0);
	for (const q of rotate) expect(q.choices.some((c) => /Parameter Store/.test(c))).toBe(false);
});

describe("blind read 19: the judge's verdicts", () => {
	test("Q11: a value another side has too, with more, is no one side's ('Layer: 3/4' against '3/4 + 7')", () => {
		const qs = quizQuestions("AWS WAF", [
			"## What it is",
			"**AWS WAF** is a web application firewall for HTTP requests to CloudFront, ALB and API Gateway.",
			"## Compared with AWS Shield",
			"| | WAF | Shield Standard | Shield Advanced |",
			"|---|---|---|---|",
			"| Layer | 7 | 3/4 | 3/4 + 7 (w/ WAF) |",
			"| Cost | per rule + request | free | $3,000/mo |",
		], "comparison");
		expect(qs.filter((q) => /Layer/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		expect(qs.some((q) => /\$3,000\/mo/.test(q.prompt) && q.answers[0] === "Shield Advanced")).toBe(true);
	});

	test("Q1: Vault Lock and a logically air-gapped vault both keep backups nobody can delete: neither is the other's wrong choice", () => {
		const qs = quizQuestions("AWS Backup", [
			"## What it is",
			"**AWS Backup** centralizes and automates backups across AWS services.",
			"## Vaults",
			"- **Backup vault**: where recovery points are stored, encrypted with KMS",
			"- **Vault Lock**: WORM for a vault, governance or compliance mode",
			"- **Logically air-gapped vault**: isolated vault that can be shared with other accounts through RAM",
			"## Exam traps",
			'- "Backups must be immutable / survive ransomware or a rogue admin" → Vault Lock (compliance mode)',
			'- "Audit that backups meet policy" → Backup Audit Manager',
		], "scenario");
		const immutable = qs.filter((q) => /immutable/.test(q.prompt));
		// Asked against the other options, or not at all.
		for (const q of immutable) expect(q.choices.filter((c) => /air-gapped/i.test(c))).toEqual([]);
	});

	test("Q7, Q43, Q46: '____ policies' is IAM for any service: no such blank", () => {
		const qs = quizQuestions("Kinesis Data Streams", [
			"## What it is",
			"**Kinesis Data Streams** is a real-time data streaming service made of shards.",
			"## Security",
			"- [[IAM]] policies control access",
			"- [[IAM]] identity policies + a resource-based policy on the stream",
			"- KCL keeps checkpoints in a [[DynamoDB]] table",
		]);
		expect(qs.filter((q) => q.answers.includes("IAM")).map((q) => q.prompt)).toEqual([]);
	});

	test("Q14: after the definition, a trait the services set against it share is no which-service question", () => {
		const qs = quizQuestions("Amazon EFS", [
			"## What it is",
			"**Amazon EFS** is a managed NFS file system that many EC2 instances can mount at once. It grows and shrinks automatically up to petabytes, you never pick a size. It is a regional service that stores data across several AZs.",
		], "which-service");
		expect(qs.filter((q) => /grows and shrinks/.test(q.prompt))).toEqual([]);
		expect(qs.some((q) => /managed NFS file system/.test(q.prompt))).toBe(true);
		expect(qs.some((q) => /regional service/.test(q.prompt))).toBe(true);
	});
});

test("Q60: a service said to be legacy is never swapped ('Data Pipeline is legacy' is true too)", () => {
	const qs = quizQuestions("Step Functions", [
		"## What it is",
		"**AWS Step Functions** coordinates steps of an application as a state machine.",
		"## Exam traps",
		"- [[SWF]] is legacy; new orchestration = Step Functions",
		"- [[Amazon SQS]] queues decouple the steps of an application",
		"- Standard workflows run for up to 1 year, Express workflows for up to 5 minutes",
	], "true-false");
	expect(qs.filter((q) => /is legacy/.test(q.prompt) && q.answers[0] === "False").map((q) => q.prompt)).toEqual([]);
	// The same with the service in bold, not linked.
	const bold = quizQuestions("Step Functions", [
		"## What it is",
		"**AWS Step Functions** coordinates steps of an application as a state machine.",
		"## Exam traps",
		"- **SWF** is legacy; new orchestration = **Step Functions**",
		"- **SQS** queues decouple the steps of an application, **SNS** fans messages out",
		"- Standard workflows run for up to 1 year, Express workflows for up to 5 minutes",
	], "true-false");
	expect(bold.filter((q) => /is legacy/.test(q.prompt) && q.answers[0] === "False").map((q) => q.prompt)).toEqual([]);
});

describe("blind read 19's notes in the quality set (Dataview style)", () => {
	test("no blank over a word of a quoted cue's situation: the cue is asked as a scenario", () => {
		const lines = [
			"## What it is",
			"Fully managed service that **loads streaming data into destinations**. It buffers before delivering.",
			"## Key numbers",
			"- Buffer size:: 1-128 MB (default 5 MB for S3)",
			"- Max record size:: 1,000 KiB (before base64)",
			"## Exam traps",
			'- "Load streaming data into S3 / Redshift / OpenSearch with the **least operational overhead**" → Firehose',
			"- **Fargate** removes node management for both ECS and EKS → pay per pod.",
		];
		const qs = quizQuestions("Kinesis Data Firehose", lines);
		expect(qs.filter((q) => q.kind === "fill-blank" && /Load streaming data/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		expect(qs.some((q) => q.kind === "scenario" && /load streaming data/i.test(q.prompt))).toBe(true);
		// An arrow to a consequence is no cue: its terms are still asked.
		expect(qs.some((q) => q.kind === "fill-blank" && /removes node management/.test(q.prompt))).toBe(true);
	});

	test("'→ that's [[AWS WAF]], not Shield' is a cue keyed to WAF", () => {
		const qs = quizQuestions("Shield", [
			"## What it is",
			"Managed **DDoS protection** in two tiers, Standard and Advanced.",
			"## Key numbers",
			"- Shield Advanced costs $3,000 per month with a 1-year commitment",
			"- Shield Standard is free and automatic for every customer",
			"## Don't pick it when",
			"- Want to block SQL injection or XSS → that's [[AWS WAF]], not Shield",
		], "scenario");
		expect(qs.some((q) => /SQL injection/.test(q.prompt) && q.answers[0] === "AWS WAF")).toBe(true);
	});
});

test("a side written short is the service its heading names, and a context naming the sides is left out: '| | Firehose | Data Streams |'", () => {
	const qs = quizQuestions("Kinesis Data Firehose", [
		"## What it is",
		"Fully managed service that **loads streaming data into destinations**. It buffers before delivering.",
		"## Key numbers",
		"- Buffer size:: 1-128 MB (default 5 MB for S3)",
		"- Max record size:: 1,000 KiB (before base64)",
		"## Compared with [[Kinesis Data Streams]]",
		"| | Firehose | Data Streams |",
		"|---|---|---|",
		"| Latency | near real-time (buffered) | real-time (~200 ms) |",
		"| Storage / replay | none | 1-365 days, replay |",
		"| Pricing | per GB ingested | shard-hour / stream-hour |",
	], "comparison");
	expect(qs.length).toBeGreaterThan(0);
	for (const q of qs) {
		expect([...q.choices].sort()).toEqual(["Firehose", "Kinesis Data Streams"]);
		expect(q.prompt).not.toMatch(/Compared with/);
	}
});

test("Q13: 'EFS = many instances in many AZs' asks what it is for, not 'Which one is many instances'", () => {
	expect(comparisonPrompt({ name: "EFS", description: "many instances in many AZs", verb: false })).toBe("Which one is for many instances in many AZs?");
	expect(comparisonPrompt({ name: "EBS", description: "one instance (mostly) in one AZ", verb: false })).toBe("Which one is for one instance (mostly) in one AZ?");
	// A thing it is stays as it was.
	expect(comparisonPrompt({ name: "EKS", description: "Kubernetes orchestration", verb: false })).toBe("Which one is Kubernetes orchestration?");
	expect(comparisonPrompt({ name: "X", description: "one of the two tiers", verb: false })).toBe("Which one is one of the two tiers?");
});

test("Q15: a label whose description compares ('cheaper storage') is not blanked: a sibling may be cheaper still", () => {
	const qs = quizQuestions("Amazon EFS", [
		"## What it is",
		"**Amazon EFS** is a managed NFS file system that many EC2 instances can mount at once.",
		"## Storage classes",
		"- **Standard**: multi-AZ, for frequently used files",
		"- **Infrequent Access (IA)**: cheaper storage, you pay per GB read",
		"- **Archive**: for data touched a few times a year, 90-day minimum billing",
		"- **One Zone**: a single AZ, for files you can recreate",
	], "fill-blank");
	expect(qs.filter((q) => /cheaper storage/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
	expect(qs.some((q) => /90-day minimum billing/.test(q.prompt))).toBe(true);
});

test("Q10: an aspect that says what a side does is asked with its verb ('which one stops SQLi, XSS'), not 'Stops: ... Which is it'", () => {
	const qs = quizQuestions("AWS WAF", [
		"## What it is",
		"**AWS WAF** is a web application firewall for HTTP requests to CloudFront, ALB and API Gateway.",
		"## Versus Shield",
		"| | WAF | Shield Standard | Shield Advanced |",
		"|---|---|---|---|",
		"| Stops | SQLi, XSS, bad IPs | SYN/UDP floods, reflection | large DDoS with SRT help |",
		"| Cost | per rule + request | free | $3,000/mo |",
	], "comparison");
	expect(qs.filter((q) => /Stops:/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
	expect(qs.some((q) => /^Which one stops SQLi, XSS, bad IPs\?$/.test(q.prompt) && q.answers[0] === "WAF")).toBe(true);
});

test("a quiz never asks one line twice with one question's answer in the other's prompt ('Two flavors: ____ and FIFO' beside 'Standard and ____')", () => {
	const lines = [
		"## What it is",
		"Fully managed message queue. Two flavors: **Standard** and **FIFO**.",
		"## Details",
		"- **Long polling** waits up to 20 seconds for a message to arrive",
		"## Key numbers",
		"- Retention:: default 4 days, min 1 min, max 14 days",
		"- Max message size:: 256 KB",
	];
	for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
		const qs = withMore(generateQuiz(note(...lines), context("Amazon SQS"), { count: 20, seed })).questions;
		for (const [i, a] of qs.entries())
			for (const b of qs.slice(i + 1)) {
				if (a.source.line !== b.source.line || a.kind === "true-false" || b.kind === "true-false") continue;
				for (const k of a.answers) expect(b.prompt.includes(k), `${a.prompt} / ${b.prompt}`).toBe(false);
				for (const k of b.answers) expect(a.prompt.includes(k), `${a.prompt} / ${b.prompt}`).toBe(false);
			}
	}
});

test("the two sides of a table stand as choices whatever their form ('Which offers GPUs, EC2 launch type or Fargate?')", () => {
	const qs = quizQuestions("Fargate", [
		"## What it is",
		"**Serverless compute engine for containers**, works with ECS and EKS.",
		"## Compared with ECS on the EC2 launch type",
		"| | Fargate | EC2 launch type |",
		"|---|---|---|",
		"| Servers | none to manage | you patch/scale instances |",
		"| GPUs | no | yes |",
	], "comparison");
	expect(qs.some((q) => /GPUs/.test(q.prompt) && q.answers[0] === "EC2 launch type")).toBe(true);
	expect(qs.some((q) => /none to manage/.test(q.prompt) && q.answers[0] === "Fargate")).toBe(true);
});

describe("blind read 20 (notes exported from Notion, titled by slugs)", () => {
	const tgw = [
		"# ☁️ AWS Transit Gateway",
		"## 📌 What is it",
		"A regional **network transit hub** that connects VPCs and on-prem networks in a hub-and-spoke model.",
		"## 🔑 Key terms",
		"- **Attachment** — a VPC, VPN, Direct Connect gateway or peering connection plugged into the TGW",
		"- **Association** — which route table an attachment uses to look up where to send its traffic",
		"- **Propagation** — an attachment advertises its routes into a route table",
		"- **Appliance mode** — keeps both directions of a flow in the same AZ",
		"## 🔗 Attachments",
		"- VPN ([[AWS Site-to-Site VPN]])",
		"- Direct Connect gateway (via transit VIF, see [[AWS Direct Connect]])",
		"- memory metrics need the CW agent before you can scale on them ([[Amazon CloudWatch]])",
		"- If attached to a target group, instances get registered with the [[Elastic Load Balancing]] LB",
		"## 🧪 Exam scenarios",
		"- **Scenario:** app needs 10 min of boot before serving → **Answer:** warm pool or a longer grace period",
		"- **Scenario:** 50 VPCs and on-prem need to talk, peering is unmanageable → **Answer:** Transit Gateway",
	];
	const qs = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...tgw), context("aws-transit-gateway"), { count: 40, seed })).questions);

	test("a note stored under a slug is called by its first heading: no 'about aws-transit-gateway'", () => {
		expect(qs.filter((q) => /aws-transit-gateway/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		expect(qs.some((q) => /^AWS Transit Gateway: /.test(q.prompt))).toBe(true);
	});

	test("a link in parentheses glosses the words before it, and '____ LB' is ELB: no such blank (Q22, Q23, Q38, Q39)", () => {
		expect(qs.filter((q) => q.kind === "linked-service").map((q) => q.prompt)).toEqual([]);
	});

	test("'Scenario: ... → Answer: ...' is an exam question: asked as a scenario, never a blank or a statement", () => {
		expect(qs.filter((q) => q.kind !== "scenario" && /Scenario:|Answer:/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		expect(qs.some((q) => q.kind === "scenario" && /50 VPCs/.test(q.prompt) && q.answers[0] === "Transit Gateway")).toBe(true);
	});
});

test("'mixing up w/ [[Inspector]] and [[Macie]]' sets services apart: no 'use for mixing up w/'", () => {
	expect(CONTRAST.test("mixing up w/ Amazon Inspector (vulns) and Amazon Macie (sensitive data)")).toBe(true);
	expect(CONTRAST.test("Don't mix with Macie")).toBe(true);
	expect(CONTRAST.test("Mixes events from many sources")).toBe(false);
});

test("Q28: a figure is swapped for one of a near size ('90 days' for '7 days'), never for one false on sight ('5 min')", () => {
	expect(nearQuantity("90 days", "7 days")).toBe(true);
	expect(nearQuantity("90 days", "5 min")).toBe(false);
	expect(nearQuantity("256 KB", "1 MB")).toBe(true);
	expect(nearQuantity("5 TB", "5 MB")).toBe(false);
	const qs = quizQuestions("CloudTrail", [
		"## What it is",
		"**AWS CloudTrail** records API calls made in an AWS account.",
		"## Numbers",
		"- **90 days** event history, free",
		"- Digest files are delivered every **1 hour**",
		"- CloudTrail Lake keeps events up to **7 years**",
	], "true-false");
	expect(qs.filter((q) => /1 hour event history|every (?:90 days|7 years)|keeps events up to 1 hour/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
	// Near figures are still swapped.
	expect(qs.some((q) => /7 years event history/.test(q.prompt) && q.answers[0] === "False")).toBe(true);
});

test("Q5: the note's own service as the key is given away by its own word in the situation ('track config history' → AWS Config)", () => {
	const qs = quizQuestions("AWS Config", [
		"# AWS Config",
		"## What it is",
		"**AWS Config** records resource configurations and evaluates them against rules.",
		"## Numbers",
		"- **Configuration item** — a snapshot of one resource's attributes",
		"- **Conformance pack** — a set of rules and remediations deployed together",
		"## Exam scenarios",
		'- "Resource changes over time" / "track config history" / "auto-fix noncompliant" → AWS Config.',
		'- "Who made this API call?" → CloudTrail, not Config',
	], "scenario");
	expect(qs.filter((q) => /config history/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
});

test("Q54: a stem that spells out the key's acronym gives it away ('____ — software bill of materials' for 'SBOM export')", () => {
	expect(spellsOutAcronym(" — software bill of materials in CycloneDX or SPDX format to S3", "SBOM export")).toBe(true);
	expect(spellsOutAcronym("protects deletes with multi-factor authentication", "MFA Delete")).toBe(true);
	expect(spellsOutAcronym(" — scans images pushed to the registry", "ECR scanning")).toBe(false);
	const qs = quizQuestions("Amazon Inspector", [
		"# Amazon Inspector",
		"## What is it",
		"**Amazon Inspector** scans workloads for software vulnerabilities and network exposure.",
		"## Key terms",
		"- **SBOM export** — software bill of materials in CycloneDX or SPDX format to S3",
		"- **Suppression rules** — hide findings you accept so they stop showing up",
		"- **Inspector risk score** — CVSS adjusted for network reachability and exploitability",
		"- **ECR scanning** — scans container images on push and continuously",
	], "fill-blank");
	expect(qs.filter((q) => /software bill of materials/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
	expect(qs.some((q) => /hide findings you accept/.test(q.prompt))).toBe(true);
});
