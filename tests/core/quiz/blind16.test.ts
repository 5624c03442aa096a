/**
 * Faults found in round 16 (notes typed along a video course: numbered files and headings, asides,
 * "->" mappings), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { textWithMarker } from "../../../src/core/quiz/facts";
import { allQuestions } from "../../../src/core/quiz/generateQuiz";
import { comparisonQuestions } from "../../../src/core/quiz/generators/comparison";
import { cueQuestions, examCue } from "../../../src/core/quiz/generators/scenario";
import { useCaseQuestions } from "../../../src/core/quiz/generators/whichService";
import { typeable } from "../../../src/core/quiz/generators/fillBlank";
import { serviceNames, serviceTitle } from "../../../src/core/quiz/names";
import { stemProblem } from "../../../src/core/quiz/stems";
import { createRng } from "../../../src/core/quiz/random";
import { facts, SEEDS } from "./helpers";

describe("round 16", () => {
	test("a course's numbering is no part of the service a title names", () => {
		expect(serviceTitle("07 - Amazon SQS")).toBe("Amazon SQS");
		expect(serviceTitle("Section 12. DynamoDB")).toBe("DynamoDB");
		expect(serviceTitle("3) EC2 basics")).toBe("EC2");
		expect(serviceTitle("Lecture 9 – Route 53")).toBe("Route 53");
		expect(serviceNames("18 - SNS", []).short).toBe("SNS");
		// A service and a topic of it name the service; two services stay a combined title.
		expect(serviceTitle("21 - KMS & encryption")).toBe("KMS");
		expect(serviceTitle("05 - EBS & EFS")).toBe("EBS & EFS");
		// A number that is part of the name stays.
		expect(serviceTitle("12 Factor Apps")).toBe("12 Factor Apps");
		expect(serviceTitle("S3")).toBe("S3");
	});

	test("a cue whose answer opens with a service and says how it is used is keyed to the service", () => {
		const f = facts(
			"18 - SNS",
			"# SNS - Simple Notification Service",
			"## Exam cues",
			'- if the question says "page the on-call engineer by SMS when an alarm fires" -> SNS topic as the alarm action.',
			'- if the question says "one order event must reach billing, shipping and analytics queues" -> SNS fan-out to several queues',
			'- if the question says "a container must read objects from a bucket" -> ECS task role',
		);
		const all = SEEDS.flatMap((seed) => cueQuestions(f, createRng(seed)));
		expect(all.some((q) => /page the on-call engineer/.test(q.prompt) && q.answers[0] === "SNS")).toBe(true);
		expect(all.some((q) => /billing, shipping and analytics/.test(q.prompt) && q.answers[0] === "SNS")).toBe(true);
		// A part of a service is the answer itself: "ECS" alone would not answer the need.
		expect(all.some((q) => q.answers[0] === "ECS")).toBe(false);
	});

	test("options a course note's cues name: listed ones against their list, unlisted ones against each other", () => {
		const f = facts(
			"22 - Auto Scaling",
			"# Auto Scaling",
			"## 2. Scaling policies",
			"- Target tracking - keep a metric near a target value",
			"- Step scaling - alarm thresholds with steps of different sizes",
			"- Simple scaling - one alarm, one adjustment, then a cooldown",
			"## 3. Aurora-like features",
			"Backtrack rewinds the cluster in place. Cloning makes a copy on write. Global Database replicates to other Regions.",
			"## 4. Exam cues",
			'- if the question says "keep average CPU around 40%" -> pick target tracking',
			'- if the question says "undo a bad DELETE within minutes, no restore" -> pick Backtrack',
			'- if the question says "hand the QA team a copy of production quickly" -> pick Aurora cloning',
			'- if the question says "survive a Region outage with a one-second RPO" -> pick Aurora Global Database',
			"- store database credentials and rotate them automatically -> use Secrets Manager",
		);
		const all = SEEDS.flatMap((seed) => cueQuestions(f, createRng(seed)));
		const target = all.filter((q) => q.answers[0] === "Target tracking");
		expect(target.length).toBeGreaterThan(0);
		for (const q of target) expect(q.choices).toEqual(expect.arrayContaining(["Step scaling", "Simple scaling"]));
		const backtrack = all.filter((q) => q.answers[0] === "Backtrack");
		expect(backtrack.length).toBeGreaterThan(0);
		for (const q of backtrack) expect(q.choices).toEqual(expect.arrayContaining(["Aurora cloning", "Aurora Global Database"]));
		// "them" is the credentials of the same line.
		expect(all.some((q) => q.answers[0] === "Secrets Manager")).toBe(true);
	});

	test("course asides, traits and bold-led parents", () => {
		// "⚠️ Gotcha:" is the student's label, not part of the statement.
		const cache = facts("10 - ElastiCache", "# ElastiCache", "## 1. What is it", "⚠️ Gotcha: using ElastiCache means **changing application code** to read and write the cache.");
		const gotcha = SEEDS.flatMap((seed) => [...allQuestions(cache, seed).values()].flat()).filter((q) => /application code|____ to read/.test(q.prompt));
		for (const q of gotcha) expect(q.prompt).not.toMatch(/Gotcha/);
		const raw = cache.note.lines[2];
		const at = raw.indexOf("**changing");
		expect(textWithMarker(cache, 3, at, raw.indexOf("code**") + 6, "@")).toBe("using ElastiCache means @ to read and write the cache.");
		// "POSIX file system => Linux only" states a trait: no option to pick.
		expect(examCue("managed NFS, POSIX file system => Linux only")).toBe(null);
		// A bullet led by a bold name is the subject of the bullets below it.
		const vpc = facts(
			"13 - VPC",
			"# VPC",
			"## 2. Internet access",
			"- **NAT Gateway**: lets private subnets reach out to the internet",
			"  - managed by AWS, lives in a public subnet",
			"  - no security group to manage",
		);
		expect(vpc.subjectAt(5)).toBe("NAT Gateway");
		// A side described with an arrow ("signed URL -> access to one file") is a mapping, not a description.
		const cdn = facts(
			"15 - CloudFront",
			"# CloudFront",
			"## Details",
			"- **Signed URLs vs Signed Cookies**",
			"  - signed URL -> access to one file (one URL per file)",
			"  - signed cookies -> access to many files (one cookie for all)",
			"- **Latency = lowest round trip for the user**, **Geolocation = answers by the country the user is in**, **Weighted = splits traffic by percentage**.",
		);
		const compared = SEEDS.flatMap((seed) => comparisonQuestions(cdn, createRng(seed)));
		expect(compared.length).toBeGreaterThan(0);
		for (const q of compared) expect(q.prompt).not.toMatch(/->|which one is (?:answers|splits)/);
	});

	test("a note about two services: numbered titles, tables and options say which", () => {
		const f = facts(
			"05 - EBS & EFS",
			"# EBS & EFS",
			"## 1. EBS - Elastic Block Store",
			"### 1.1 Volume types",
			"| Type | Use |",
			"|---|---|",
			"| gp3 | general purpose, most workloads |",
			"| io2 | critical databases with sustained IOPS |",
			"| st1 | throughput optimized, big data and logs |",
			"| sc1 | cheapest, rarely accessed cold data |",
			"- if the question says \"cheapest HDD for cold data\" -> pick sc1",
		);
		expect(f.combined).toBe(true);
		const all = SEEDS.flatMap((seed) => [...allQuestions(f, seed).values()].flat());
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) {
			expect(q.prompt).not.toMatch(/05 - |1\.1 |Which EBS & EFS option/);
		}
	});

	test("'only reachable from inside the VPC' asks with a verb of its own or not at all", () => {
		const f = facts(
			"09 - RDS & Aurora",
			"# RDS & Aurora",
			"## 1. RDS",
			"- managed relational databases with automated backups",
			"## 2. Aurora",
			"- storage grows automatically up to 128 TiB",
			"## 3. RDS Proxy",
			"- only reachable from inside the VPC",
			"- pools and shares database connections for Lambda functions",
		);
		const all = SEEDS.flatMap((seed) => [...allQuestions(f, seed).values()].flat());
		for (const q of all) expect(q.prompt).not.toMatch(/^Which of these only/);
	});

	test("a framing phrase is no part of a side's name; a list of domains and a vague value are not asked", () => {
		const watch = facts(
			"24 - CloudWatch",
			"# CloudWatch",
			"## Details",
			"- CloudWatch vs CloudTrail in one line: CloudWatch = performance monitoring, CloudTrail = audit of API calls",
		);
		const compared = SEEDS.flatMap((seed) => comparisonQuestions(watch, createRng(seed)));
		expect(compared.some((q) => q.answers[0] === "CloudTrail")).toBe(true);
		for (const q of compared) {
			expect(q.choices).not.toContain("CloudTrail in one line");
			expect(q.prompt).not.toMatch(/used to audit of/);
		}
		const dynamo = facts(
			"12 - DynamoDB",
			"# DynamoDB",
			"## Use cases",
			"- serverless apps, session state, shopping carts, gaming, IoT",
			"- a product catalog read by key at any scale with single-digit millisecond latency",
		);
		const uses = SEEDS.flatMap((seed) => useCaseQuestions(dynamo, createRng(seed)));
		expect(uses.some((q) => /product catalog/.test(q.prompt))).toBe(true);
		for (const q of uses) expect(q.prompt).not.toMatch(/shopping carts/);
		const sqs = facts(
			"17 - Amazon SQS",
			"# SQS",
			"## Standard vs FIFO",
			"| | Standard | FIFO |",
			"|---|---|---|",
			"| name | anything | must end in .fifo |",
			"| ordering | best effort | strict, per message group |",
			"| delivery | at least once | exactly once processing |",
		);
		const table = SEEDS.flatMap((seed) => comparisonQuestions(sqs, createRng(seed)));
		expect(table.some((q) => /ordering/.test(q.prompt))).toBe(true);
		for (const q of table) expect(q.prompt).not.toMatch(/anything/);
	});

	test("no typed lower-case phrase, no 'mixing them up', no settings against a service", () => {
		expect(typeable("changing application code")).toBe(false);
		expect(typeable("Multi-AZ")).toBe(true);
		expect(stemProblem("Policy structure: mixing them up is a classic reason for Access Denied")).not.toBe(null);
		const f = facts(
			"05 - EBS & EFS",
			"# EBS & EFS",
			"## EBS",
			"- **Delete on Termination**: the root volume is deleted with the instance by default",
			"- **Ephemeral** instance store is lost when the instance stops",
			"## Exam cues",
			"- **Throughput Optimized** st1 volumes suit big sequential reads",
			'💡 Exam tip: "shared file system for many Linux instances" => EFS. "file shares for Windows servers" => FSx for Windows, not EFS.',
		);
		const all = SEEDS.flatMap((seed) => cueQuestions(f, createRng(seed)));
		for (const q of all) expect(q.choices.filter((c) => /Delete on Termination|Ephemeral/.test(c))).toEqual([]);
	});

	test("a kind word is dropped from an option only when its list is of that kind", () => {
		const s3 = facts(
			"07 - Amazon S3",
			"# S3",
			"## 1. Core concepts",
			"- Bucket: a container for objects, its name is global",
			"- Object: a file and its metadata, up to 5 TB",
			"- Prefix: the path part of a key",
			"## 2. Exam cues",
			"- grant another account read access -> bucket policy",
		);
		const wrong = SEEDS.flatMap((seed) => cueQuestions(s3, createRng(seed)));
		for (const q of wrong) expect(q.answers[0]).not.toBe("Bucket");
		const r53 = facts(
			"14 - Route 53",
			"# Route 53",
			"## Routing policies",
			"- Weighted: split traffic by percentage",
			"- Latency: the Region with the lowest latency",
			"- Failover: a standby when the primary fails",
			"## Exam cues",
			"- send ten percent of users to the new version -> weighted policy",
		);
		const right = SEEDS.flatMap((seed) => cueQuestions(r53, createRng(seed)));
		expect(right.some((q) => q.answers[0] === "Weighted")).toBe(true);
	});
});
