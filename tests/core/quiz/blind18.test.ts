/**
 * Faults found in the session of 2026-12-05 (third of the day: a self-read of every select-all
 * question of the quality set, then round 18), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { listPrompt, selectAllQuestions } from "../../../src/core/quiz/generators/selectAll";
import { abbreviation, serviceNames } from "../../../src/core/quiz/names";
import { createRng } from "../../../src/core/quiz/random";
import { context, facts, quizQuestions, SEEDS, withMore } from "./helpers";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { parseNote } from "../../../src/core/note/parseNote";
import { linkPrompt } from "../../../src/core/quiz/generators/linkedService";
import { isQuestionHeading, namesAThing } from "../../../src/core/quiz/headings";
import { lowerFirst } from "../../../src/core/quiz/text";
import { endsARange, restated } from "../../../src/core/quiz/terms";
import { sameQuantity } from "../../../src/core/quiz/terms";
import { optionsOverlap } from "../../../src/core/quiz/services";

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

describe("self-read of the whole quality set and example vault, round 18", () => {
	test("a past participle without -ed makes a clause: 'Dashboards typically built in [[QuickSight]]' is no role", () => {
		const M = "\uE002";
		expect(linkPrompt(`Dashboards typically built in ${M}`, "Amazon Redshift", true)).toBe('Which service fills the blank in this line about Amazon Redshift: "Dashboards typically built in ____"?');
		expect(linkPrompt(`Small steps inside workflows run by ${M}`, "AWS Lambda", true)).not.toMatch(/use for/);
		// A role stays a role.
		expect(linkPrompt(`Encryption of secrets with ${M}`, "AWS Secrets Manager", true)).toBe("Which service does AWS Secrets Manager use for encryption of secrets?");
	});

	test("a link that starts a longer name is not swapped: 'the [[AWS Glue]] Data Catalog' never becomes 'the Amazon QuickSight Data Catalog'", () => {
		const lines = [
			"# Amazon Redshift",
			"## Details",
			"- **Redshift Spectrum** queries files in [[Amazon S3]] without loading them, using the [[AWS Glue]] Data Catalog.",
			"- Dashboards are usually built in [[Amazon QuickSight]] on top of the warehouse.",
			"- Loads data with the COPY command from [[Amazon S3]] in parallel.",
			"- Streaming ingestion reads from [[Amazon Kinesis Data Streams]] directly.",
		];
		const all = quizQuestions("Amazon Redshift", lines, "true-false").filter((q) => /Data Catalog/.test(q.prompt));
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) expect(q.prompt).toMatch(/using the AWS Glue Data Catalog/);
	});

	test("a figure restated in other units is not swapped: '24 hours (86,400 seconds)' would give itself away", () => {
		const line = "- The default TTL is 24 hours (86,400 seconds) when the origin sends no caching headers.";
		const at = (x: string): [number, number] => [line.indexOf(x), line.indexOf(x) + x.length];
		expect(restated(line, ...at("24 hours"))).toBe(true);
		expect(restated(line, ...at("86,400 seconds"))).toBe(true);
		expect(restated("- Invalidations: the first 1,000 paths (each month) are free.", 29, 34)).toBe(false);
		const lines = [
			"# CloudFront",
			"## Caching",
			"- The default TTL is 24 hours (86,400 seconds) when the origin sends no caching headers.",
			"- The minimum TTL defaults to 0 seconds.",
			"- Error responses are cached for 10 seconds by default.",
			"- A CloudFront Function must finish within 1 millisecond.",
			"- Lambda@Edge viewer functions may run for 5 seconds.",
		];
		const ttl = quizQuestions("CloudFront", lines, "true-false").filter((q) => /default TTL/.test(q.prompt));
		for (const q of ttl) expect(q.prompt).toMatch(/24 hours \(86,400 seconds\)/);
	});

	test("SSE-KMS and DSSE-KMS both keep their keys in KMS: neither is swapped for the other, nor the other's wrong blank", () => {
		expect(optionsOverlap("SSE-KMS", "DSSE-KMS")).toBe(true);
		expect(optionsOverlap("SSE-KMS", "SSE-S3")).toBe(false);
		const lines = [
			"# 18 - KMS & encryption",
			"## S3 encryption options",
			"- SSE-S3 - S3 manages the keys (AES-256), the default for new objects",
			"- SSE-KMS - the key lives in KMS, so you get key policies and CloudTrail logs of every use",
			"- DSSE-KMS - two independent layers of encryption with KMS keys, for strict compliance rules",
			"- SSE-C - you send your own key with every request, and AWS does not store it",
		];
		const all = quizQuestions("18 - KMS & encryption", lines);
		const keyLives = all.filter((q) => /the key lives in KMS/.test(q.prompt));
		expect(keyLives.length).toBeGreaterThan(0);
		for (const q of keyLives) {
			expect(q.prompt, q.prompt).not.toMatch(/^True or false: DSSE-KMS - the key lives/);
			expect(q.choices, q.prompt).not.toContain("DSSE-KMS");
		}
	});
});

describe("self-read of every false statement, round 18", () => {
	test("one amount in other units is the same figure: never swapped in, never a wrong blank", () => {
		expect(sameQuantity("10 GB", "10,240 MB")).toBe(true);
		expect(sameQuantity("1 GB", "1,000 MB")).toBe(true);
		expect(sameQuantity("15 minutes", "900 seconds")).toBe(true);
		expect(sameQuantity("24 hours", "1 day")).toBe(true);
		expect(sameQuantity("2 weeks", "14 days")).toBe(true);
		expect(sameQuantity("10 GB", "10 MB")).toBe(false);
		expect(sameQuantity("15 minutes", "15 seconds")).toBe(false);
		expect(sameQuantity("1 to 35 days", "1 day")).toBe(false);

		const lines = [
			"# Lambda",
			"## Limits",
			"- Functions can be packaged as container images of up to 10 GB.",
			"- Ephemeral storage in /tmp can be set as high as 10,240 MB for each function.",
			"- A function runs for at most 900 seconds before it is stopped.",
			"- Environment variables are limited to 4 KB in total for each function.",
			"- Each invocation payload is limited to 6 MB when the call is synchronous.",
		];
		const all = quizQuestions("Lambda", lines);
		const images = all.filter((q) => q.kind === "true-false" && /container images of up to/.test(q.prompt));
		expect(images.length).toBeGreaterThan(0);
		for (const q of images) if (q.answers[0] === "False") expect(q.prompt).not.toMatch(/10,240 MB/);
	});

	test("a blank's wrong choices are never its key in other units", () => {
		const lines = [
			"# Lambda",
			"## Limits",
			"- Container images: up to **10 GB** each.",
			"- Ephemeral storage: up to **10,240 MB** in /tmp.",
			"- Timeout: at most **15 minutes** a run.",
			"- Environment variables: **4 KB** in total.",
			"- Synchronous payloads: **6 MB** each way.",
			"- Memory: from **128 MB** upwards.",
		];
		const blanks = quizQuestions("Lambda", lines, "fill-blank").filter((q) => q.answers[0] === "10 GB" || q.answers[0] === "10,240 MB");
		expect(blanks.filter((q) => q.choices.length > 0).length).toBeGreaterThan(0);
		for (const q of blanks) expect(q.choices.filter((c) => c === "10 GB" || c === "10,240 MB"), q.prompt).toHaveLength(q.choices.length > 0 ? 1 : 0);
	});

	test("a range is not put in for one figure, and 'up to' or bold ends a range", () => {
		expect(endsARange("- Kept for 4 days, adjustable from 1 minute up to 14 days.", 49, 56)).toBe(true);
		expect(endsARange("- Memory goes from **128 MB** to **10,240 MB**, and CPU grows with it.", 35, 44)).toBe(true);
		const lines = [
			"# Aurora",
			"## Replicas",
			"- Up to 15 replicas share the cluster volume, with replica lag usually under 100 milliseconds.",
			"- Automated backups are kept for 1 to 35 days.",
			"- A failed writer is replaced by a promoted replica, usually in under 30 seconds.",
			"- Backtrack rewinds the cluster by up to 72 hours without a restore.",
		];
		const lag = quizQuestions("Aurora", lines, "true-false").filter((q) => /replica lag usually under/.test(q.prompt));
		expect(lag.length).toBeGreaterThan(0);
		for (const q of lag) expect(q.prompt).not.toMatch(/under 1 to 35 days/);
	});

	test("one service of a list is not swapped: the note rarely lists them all ('SQS and SNS', where EventBridge is right too)", () => {
		const lines = [
			"# Amazon S3",
			"## Details",
			"- Event notifications can invoke [[AWS Lambda]] functions or send messages to [[Amazon SQS]] and [[Amazon SNS]].",
			"- Static websites are often served through [[Amazon CloudFront]] for caching at the edge.",
			"- Server access logs and [[AWS CloudTrail]] data events record requests to objects.",
			"- Objects can be queried in place with [[Amazon Athena]] using standard SQL.",
		];
		const all = quizQuestions("Amazon S3", lines, "true-false").filter((q) => /Event notifications/.test(q.prompt));
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) expect(q.prompt).toMatch(/to Amazon SQS and Amazon SNS/);
	});
});

describe("self-read of every scenario, round 18", () => {
	test("an option whose line is often true of another is not that one's wrong choice: SSE-KMS against DSSE-KMS", () => {
		// The quality set's callout-style KMS note, cues and options as written there.
		const text = readFileSync(fileURLToPath(new URL("./quality/callouts/AWS KMS.md", import.meta.url)), "utf8");
		const all = SEEDS.flatMap((seed) => withMore(generateQuiz(parseNote(text), context("AWS KMS"), { count: 40, seed })).questions.filter((q) => q.kind === "scenario"));
		expect(all.length).toBeGreaterThan(0);
		for (const q of all.filter((q) => q.answers[0] === "SSE-KMS")) expect(q.choices).not.toContain("DSSE-KMS");
		for (const q of all.filter((q) => q.answers[0] === "DSSE-KMS")) expect(q.choices).not.toContain("SSE-KMS");
		// Other options stay wrong choices: asymmetric keys against the other key options. (Multi-Region
		// keys, asked "decrypt in a disaster recovery Region ...", is given away by its name.)
		const regions = all.filter((q) => q.answers[0] === "Asymmetric");
		expect(regions.length).toBeGreaterThan(0);
		// Key types only: "SSE-S3", an encryption mode of another list, is no key type.
		for (const q of regions) for (const c of q.choices) expect(["Asymmetric", "Symmetric", "HMAC"]).toContain(c);
	});
});

describe("blind read 17: notes written as questions and answers (read by me while the judge read them)", () => {
	const FAQ = [
		"---",
		"tags: [aws, saa]",
		"---",
		"# CloudWatch",
		"Category:: Monitoring",
		"",
		"## What is it?",
		"Short answer: metrics, logs, alarms and dashboards for AWS resources and your apps.",
		"",
		"### How long are metrics kept?",
		"- 1 min: 15 days",
		"- 5 min: 63 days",
		"- 1 hour: 455 days",
		"",
		"## Is it regional?",
		"- **Cross-account observability**: one monitoring account sees metrics of many source accounts.",
		"- **Metric streams**: push metrics in near real time to Data Firehose for a third-party tool.",
		"",
		"## What can an alarm do?",
		"- Alarm actions:",
		"\t- notify via [[Amazon SNS]]",
		"\t- scale an [[EC2 Auto Scaling]] group",
		"\t- stop, terminate or reboot an instance",
		"",
		"## When would I pick something else?",
		"- Windows SMB shares for a fleet -> FSx for Windows File Server",
		"- Who made an API call yesterday -> CloudTrail",
	];

	test("a short answer under a question heading is asked with its question", () => {
		const all = quizQuestions("CloudWatch", FAQ).filter((q) => /\b(?:15|63|455) days\b|\b(?:1|5) min\b|1 hour/.test(q.prompt));
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) expect(q.prompt, q.prompt).toMatch(/How long are metrics kept\?/);
	});

	test("a question heading is no thing and no label: 'Is it regional' leads no blank", () => {
		expect(isQuestionHeading("Is it regional?")).toBe(true);
		expect(isQuestionHeading("How it works")).toBe(true);
		expect(isQuestionHeading("Metric streams")).toBe(false);
		expect(namesAThing("Is KMS regional?")).toBe(false);
		const all = quizQuestions("CloudWatch", FAQ);
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) expect(q.prompt, q.prompt).not.toMatch(/Is it regional:/);
	});

	test("a verb before the link reads 'use to notify', not 'use for notify'; a lower-case piece of a line is not asked alone", () => {
		const M = "\uE002";
		expect(linkPrompt(`notify via ${M}`, "CloudWatch", true)).toBe("Which service does CloudWatch use to notify?");
		expect(linkPrompt(`scale an ${M} group`, "CloudWatch", true)).toBeNull();
		const all = quizQuestions("CloudWatch", FAQ, "linked-service").map((q) => q.prompt);
		expect(all.some((p) => /use for notify/.test(p))).toBe(false);
		expect(all.some((p) => /scale an ____ group/.test(p))).toBe(false);
	});

	test("names keep their capital at the start of a scenario; one sentence end, not '!.'", () => {
		expect(lowerFirst("Windows SMB shares")).toBe("Windows SMB shares");
		expect(lowerFirst("Active Directory trust")).toBe("Active Directory trust");
		expect(lowerFirst("Active-active replication")).toBe("active-active replication");
		const lines = [
			"# Route 53",
			"## What routing policies are there?",
			"| Policy | Use it when |",
			"|---|---|",
			"| Simple | one resource, no health checks |",
			"| Failover | active-passive, the primary needs a health check |",
			"| Geolocation | by the user's country or continent. Add a default record! |",
			"| Weighted | split traffic by percentage for A/B tests |",
			"| Latency | send users to the Region with the lowest latency |",
		];
		const all = quizQuestions("Route 53", lines, "scenario").map((q) => q.prompt);
		expect(all.length).toBeGreaterThan(0);
		for (const p of all) {
			expect(p).not.toMatch(/[!?]\./);
			// The question heading is no context of the table: "Scenario (Route 53): ...".
			expect(p).not.toMatch(/What routing policies/);
		}
	});

	test("a description in parentheses is no abbreviation: 'Amazon CloudFront (CDN)' is not 'Amazon CDN'", () => {
		expect(serviceNames("Amazon CloudFront (CDN)", []).short).toBe("Amazon CloudFront");
		// Nor is "CDN" a name of the note's service, which would hide "CDN" in its lines as a self-mention.
		expect(abbreviation("Amazon CloudFront (CDN)")).toBeNull();
		expect(abbreviation("Amazon Simple Storage Service (S3)")).toBe("S3");
		expect(serviceNames("AWS Certificate Manager (ACM)", []).short).toBe("AWS ACM");
		expect(serviceNames("Amazon Elastic Compute Cloud (EC2)", []).short).toBe("Amazon EC2");
		expect(serviceNames("AWS Systems Manager (SSM)", []).short).toBe("AWS SSM");
		expect(serviceNames("Amazon DynamoDB (DDB)", []).short).toBe("Amazon DynamoDB");
	});

	test("a term glossed in parentheses is not swapped: 'LSI (global secondary index)' contradicts itself", () => {
		const lines = [
			"# DynamoDB",
			"## What about indexes?",
			"- **LSI** (local secondary index): same partition key, another sort key, only at table creation, max 5.",
			"- **GSI** (global secondary index): another partition key and sort key, can be added any time.",
			"- **PK** (partition key): spreads items across partitions, so pick one with many values.",
		];
		const all = quizQuestions("DynamoDB", lines, "true-false");
		for (const q of all) expect(q.prompt, q.prompt).not.toMatch(/LSI \(global|GSI \(local|PK \((?:local|global)/);
	});
});
