/**
 * Faults found in session of 2026-12-05 (self-audit and round 17), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { setAgainst } from "../../../src/core/quiz/mentioned";
import { endsARange } from "../../../src/core/quiz/terms";
import { optionsOverlap } from "../../../src/core/quiz/services";
import { isKnownService, serviceNames } from "../../../src/core/quiz/names";
import { definitionPrompt } from "../../../src/core/quiz/generators/whichService";
import { context, facts, note, quizQuestions, SEEDS, withMore } from "./helpers";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { linkPrompt } from "../../../src/core/quiz/generators/linkedService";
import { selectAllQuestions } from "../../../src/core/quiz/generators/selectAll";
import { createRng } from "../../../src/core/quiz/random";
import { cueQuestions, examCue, scenarioQuestions } from "../../../src/core/quiz/generators/scenario";
import { comparisonPrompt } from "../../../src/core/quiz/generators/comparison";

describe("round 17", () => {
	test("an end of a range is not swapped for another figure: the range would run backwards or still hold", () => {
		const line = "- The scratch space is configurable from 512 MB to 10 GB, and the timeout is 15 minutes.";
		const at = (s: string): [number, number] => [line.indexOf(s), line.indexOf(s) + s.length];
		expect(endsARange(line, ...at("512 MB"))).toBe(true);
		expect(endsARange(line, ...at("10 GB"))).toBe(true);
		expect(endsARange(line, ...at("15 minutes"))).toBe(false);
		expect(endsARange("Retention is 1–365 days.", 15, 23)).toBe(true);

		const lines = [
			"# AWS Lambda",
			"## Limits",
			"- The scratch space is configurable from 512 MB to 10 GB for each function.",
			"- A function can run for at most 15 minutes before it is stopped.",
			"- A synchronous request payload can be at most 6 MB in either direction.",
			"- Environment variables are limited to 4 KB in total for each function.",
			"- Deployment packages are limited to 250 MB unzipped, layers included.",
		];
		const all = SEEDS.flatMap(() => quizQuestions("AWS Lambda", lines, "true-false"));
		const scratch = all.filter((q) => /scratch space/.test(q.prompt));
		// Asked as written, or not at all: never with one end swapped.
		expect(scratch.every((q) => /from 512 MB to 10 GB/.test(q.prompt))).toBe(true);
		expect(all.some((q) => q.answers[0] === "False")).toBe(true);
	});

	test("service choices are written like their key: a bare key among vendor names is found by its form", () => {
		const lines = [
			"DynamoDB is a serverless NoSQL database that stores items in tables and scales throughput without servers to manage.",
			"",
			"## Use cases",
			"- Shopping carts for e-commerce sites with huge traffic peaks.",
			"- Leaderboards for mobile games with millions of players.",
			"- Metadata indexes for objects stored in S3 buckets.",
		];
		const all = quizQuestions("DynamoDB", lines).filter((q) => q.type === "service" && q.answers[0] === "DynamoDB");
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) for (const c of q.choices) expect(c, q.prompt).not.toMatch(/^(?:Amazon|AWS)\s|\(/);
		// Well-known abbreviations stay short; the rest are names, not abbreviations few students know.
		for (const q of all) for (const c of q.choices) expect(c, q.prompt).not.toMatch(/^(?:KDS|AMP|ADOT|SFN)$/);
	});

	test("a table's plural column takes no article: 'has units of 1 RCU', not 'has an units of'", () => {
		const lines = [
			"# DynamoDB capacity",
			"## Capacity units",
			"| Operation | Item size | Units |",
			"| --- | --- | --- |",
			"| Strongly consistent read | 4 KB | 1 RCU |",
			"| Eventually consistent read | 8 KB | 0.5 RCU |",
			"| Standard write | 1 KB | 1 WCU |",
			"| Transactional write | 1 KB | 2 WCU |",
		];
		const all = quizQuestions("DynamoDB", lines);
		expect(all.some((q) => /has units of/.test(q.prompt))).toBe(true);
		expect(all.some((q) => /\ban units\b|\ba units\b/.test(q.prompt))).toBe(false);
	});

	test("purchase options that share a line's claim are not swapped for each other nor offered as wrong answers", () => {
		expect(optionsOverlap("Standard Reserved Instances", "EC2 Instance Savings Plans")).toBe(true);
		expect(optionsOverlap("standard reserved instance", "EC2 Instance Savings Plan")).toBe(true);
		expect(optionsOverlap("Standard Reserved Instances", "Convertible Reserved Instances")).toBe(false);
		const lines = [
			"# EC2 purchasing options",
			"## Commitments",
			"- Standard Reserved Instances – up to 72% discount, but they cannot be exchanged for a different instance family.",
			"- Convertible Reserved Instances – up to 66% discount, and they can be exchanged for other families or operating systems.",
			"- EC2 Instance Savings Plans – up to 72% discount for a commitment to one instance family in one Region.",
			"- Compute Savings Plans – up to 66% discount on any instance family, Region, Fargate or Lambda.",
			"- Spot Instances – up to 90% discount, but AWS can reclaim them with a two-minute warning.",
		];
		const all = quizQuestions("EC2 purchasing options", lines);
		const pairs: [RegExp, RegExp][] = [
			[/Standard Reserved/, /EC2 Instance Savings/],
			[/Convertible Reserved/, /Compute Savings/],
		];
		for (const q of all) {
			for (const [a, b] of pairs) {
				// True/false: a statement of one never carries the other's name.
				const src = q.source.text;
				if (q.kind === "true-false" && q.answers[0] === "False") {
					expect(a.test(src) && b.test(q.prompt), q.prompt).toBe(false);
					expect(b.test(src) && a.test(q.prompt), q.prompt).toBe(false);
				}
				// Choices: never both, one as the key and the other as a wrong answer.
				if (q.kind !== "true-false") expect(q.choices.some((c) => a.test(c)) && q.choices.some((c) => b.test(c)), q.prompt).toBe(false);
			}
		}
		expect(all.some((q) => q.kind === "true-false" && q.answers[0] === "False")).toBe(true);
	});

	test("the service a line sets its subject against is not swapped: 'Unlike Aurora DSQL, DynamoDB has no joins' is true too", () => {
		expect(setAgainst("Unlike [[Amazon RDS|RDS]], DynamoDB has no joins.", 7)).toBe(true);
		expect(setAgainst("Pick SQS rather than SNS here.", 21)).toBe(true);
		expect(setAgainst("Streams trigger [[AWS Lambda|Lambda]] functions.", 16)).toBe(false);
		const lines = [
			"Amazon DynamoDB is a fully managed NoSQL database that answers in single-digit milliseconds at any scale. Unlike [[Amazon RDS|RDS]], DynamoDB has no joins, so you design tables around your queries. Unlike EC2, DynamoDB needs no servers to patch. Items can be at most 400 KB each, attribute names included.",
			"",
			"DynamoDB Streams can trigger [[AWS Lambda|Lambda]] functions on every change, and [[Amazon Kinesis Data Streams|Kinesis Data Streams]] can receive the changes as well.",
		];
		const all = quizQuestions("DynamoDB", lines, "true-false");
		expect(all.some((q) => /^True or false: .*Unlike (?!RDS|EC2)/.test(q.prompt))).toBe(false);
		expect(all.length).toBeGreaterThan(0);
	});

	test("a key written with its vendor gets vendor names with known abbreviations: 'Amazon ECS', not 'Amazon Elastic Container Service (ECS)'", () => {
		const lines = [
			"Amazon EKS runs the Kubernetes control plane for you across several Availability Zones, so a team only manages its worker nodes or uses Fargate.",
			"",
			"## Use cases",
			"- Moving self-managed Kubernetes clusters to a managed control plane.",
			"- Running the same Kubernetes tooling on premises and in the cloud.",
			"- Hosting microservices that already ship as Helm charts.",
		];
		const all = quizQuestions("Amazon EKS", lines).filter((q) => q.type === "service" && q.answers[0] === "Amazon EKS");
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) for (const c of q.choices) expect(c, q.prompt).not.toMatch(/\(/);
		expect(all.some((q) => q.choices.includes("Amazon ECS") || q.choices.includes("AWS Fargate"))).toBe(true);
	});

	test("the service a cue rules out is written like the key: 'AWS CloudTrail' beside 'AWS Config'", () => {
		const lines = [
			"# Governance exam tips",
			"## Which service?",
			"- Resource configuration history and compliance rules → AWS Config, not CloudTrail",
			"- Find out which user deleted the bucket → AWS CloudTrail",
			"- Share subnets with other accounts → AWS Resource Access Manager",
		];
		const all = quizQuestions("Governance exam tips", lines, "scenario").filter((q) => q.answers[0] === "AWS Config");
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) expect(q.choices, q.prompt).not.toContain("CloudTrail");
		expect(all.every((q) => q.choices.includes("AWS CloudTrail"))).toBe(true);
	});

	test("a versus note's scenario names both sides as the note does: 'EBS or EFS', not 'EBS or Amazon EFS'", () => {
		const lines = [
			"# EBS vs EFS",
			"",
			"EBS: block volumes for one EC2 instance in one Availability Zone.",
			"EFS: an NFS file system that many Linux instances across AZs mount at once.",
			"",
			"## When to pick which",
			"- Boot volume for an EC2 instance → Amazon EBS",
			"- Shared content for an Auto Scaling group spread over several AZs → Amazon EFS",
		];
		const all = quizQuestions("EBS vs EFS", lines, "scenario").filter((q) => /Which fits, /.test(q.prompt));
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) expect([...q.choices].sort(), q.prompt).toEqual(["EBS", "EFS"]);
	});

	test("a vendor and a phrase ('AWS managed keys') is no service: no services stand against it", () => {
		expect(isKnownService("AWS managed keys")).toBe(false);
		expect(isKnownService("AWS account")).toBe(false);
		expect(isKnownService("AWS Lambda")).toBe(true);
		expect(isKnownService("Amazon S3")).toBe(true);
		const lines = [
			"# AWS KMS",
			"## Key types",
			"- Customer managed keys – you create them, set the key policy and can turn on rotation; a monthly fee per key.",
			"- AWS managed keys – created for you by a service such as S3 or EBS, rotated every year, no monthly fee.",
			"- AWS owned keys – used across many accounts, invisible to you, free.",
			"## Exam cues",
			"- Encryption at rest with no key to manage and no monthly key fee → AWS managed keys",
			"- Dedicated single-tenant HSMs under your exclusive control → AWS CloudHSM",
		];
		const all = quizQuestions("AWS KMS", lines).filter((q) => q.answers.includes("AWS managed keys"));
		for (const q of all) expect(q.choices.filter((c) => /CloudHSM|WAF|Audit Manager|Secrets Manager/.test(c)), q.prompt).toEqual([]);
	});

	test("a name used as a common noun ('a managed relational database service') is not masked as 'a managed this service'", () => {
		const names = serviceNames("Amazon Relational Database Service (RDS)", []);
		expect(definitionPrompt("Amazon RDS is a managed relational database service that patches and backs up SQL databases for you.", names)).toBeNull();
		expect(definitionPrompt("Amazon RDS sets up, patches and backs up SQL databases for you.", names)).toBe("Which AWS service sets up, patches and backs up SQL databases for you?");
	});

	test("links in two clauses are not one role: 'keys from KMS; export to S3 for analytics' asks nothing of KMS for analytics", () => {
		const lines = [
			"# Amazon DynamoDB",
			"## Details",
			"- Encrypted at rest by default with keys from [[AWS KMS]]; export to [[Amazon S3]] for analytics.",
			"- Monitoring through [[Amazon CloudWatch]] and [[AWS CloudTrail]] for metrics and API calls.",
		];
		const f = facts("Amazon DynamoDB", ...lines);
		const all = SEEDS.flatMap((seed) => selectAllQuestions(f, createRng(seed)));
		expect(all.some((q) => /analytics/.test(q.prompt))).toBe(false);
		expect(all.some((q) => /use for monitoring/i.test(q.prompt))).toBe(true);
	});

	test("an '=' pair with a bare description keeps the '=' in a statement: 'DynamoDB = in-memory cache', not 'is in-memory cache'", () => {
		const lines = ["# Databases", "## Exam tips", "- DynamoDB = NoSQL key-value, RDS = relational SQL, ElastiCache = in-memory cache."];
		const all = quizQuestions("Databases", lines, "true-false");
		expect(all.length).toBeGreaterThan(0);
		expect(all.some((q) => /\bis (?:in-memory|relational|NoSQL)/.test(q.prompt))).toBe(false);
		expect(all.some((q) => / = (?:in-memory|relational|NoSQL)/.test(q.prompt))).toBe(true);
	});

	test("a false statement never swaps in a service that could do the job, the note's own, or one the line names", () => {
		const lines = [
			"# AWS CloudTrail",
			"## Details",
			"- Logs can be queried with [[Amazon Athena]] when stored in S3 buckets.",
			"- Templates are uploaded to [[Amazon S3]]; [[AWS Elastic Beanstalk]] and AWS SAM build on AWS CloudFormation.",
			"- Events also flow to [[Amazon EventBridge]] for real-time reactions to API calls.",
			"- Insights events flag unusual write activity, and [[Amazon GuardDuty]] reads the same events for threats.",
		];
		const all = quizQuestions("AWS CloudTrail", lines, "true-false");
		expect(all.some((q) => q.answers[0] === "False" && /Redshift/.test(q.prompt))).toBe(false);
		expect(all.some((q) => q.answers[0] === "False" && /(?:CloudFormation|CloudTrail) and AWS SAM build on/.test(q.prompt))).toBe(false);
		expect(all.some((q) => q.answers[0] === "False")).toBe(true);
	});

	test("a role cut off before its object ('deliver events to an [[S3]] bucket') is not asked as 'use for deliver events to an'", () => {
		const f = facts(
			"AWS CloudTrail",
			"# AWS CloudTrail",
			"## Details",
			"- Trails",
			"\t- Deliver events to an [[Amazon S3]] bucket for long-term storage, optionally to [[Amazon CloudWatch]] Logs.",
			"- Storage via [[Amazon S3]] and [[Amazon S3 Glacier]]",
		);
		const all = SEEDS.flatMap((seed) => selectAllQuestions(f, createRng(seed)));
		expect(all.some((q) => /use for deliver/i.test(q.prompt))).toBe(false);
		expect(all.some((q) => /use for storage/i.test(q.prompt))).toBe(true);
	});

	test("a 'Choose SQS if' scenario's wrong choices are names students know, not 'KDS' or 'SFN'", () => {
		const lines = [
			"# Amazon SQS",
			"Amazon SQS is a fully managed message queue that lets producers and consumers work at their own pace.",
			"## When to choose",
			"- Choose SQS if:",
			"\t- Producers and consumers must scale and fail independently.",
			"\t- Each message is processed by one consumer and then removed.",
		];
		const f = facts("Amazon SQS", ...lines);
		const all = SEEDS.flatMap((seed) => scenarioQuestions(f, createRng(seed))).filter((q) => q.answers[0] === "SQS");
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) for (const c of q.choices) expect(["KDS", "SFN", "AMP", "ADOT"], q.prompt).not.toContain(c);
	});

	test("a cue answer that names a service and what it gives ('GuardDuty findings') is keyed to the service", () => {
		const f = facts(
			"AWS IAM",
			"# AWS IAM",
			"AWS IAM controls who can sign in and what they may do in an AWS account.",
			"## Exam tips",
			"- Suspicious use of credentials → [[Amazon GuardDuty]] findings.",
			"- Record every API call made with the credentials → [[AWS CloudTrail]]",
		);
		const all = SEEDS.flatMap((seed) => cueQuestions(f, createRng(seed))).filter((q) => /suspicious use of credentials/i.test(q.prompt));
		expect(all.length).toBeGreaterThan(0);
		expect(all.every((q) => q.answers[0] === "Amazon GuardDuty")).toBe(true);
	});

	test("a side described by a clause ('you control policy and rotation') is asked as 'Which one matches this: ...'", () => {
		expect(comparisonPrompt({ name: "Customer managed key", description: "you control policy and rotation", verb: false })).toBe("Which one matches this: you control policy and rotation?");
		expect(comparisonPrompt({ name: "EKS", description: "Kubernetes orchestration", verb: false })).toBe("Which one is Kubernetes orchestration?");
	});

	test("a link that glosses the name before it ('An Application Load Balancer ([[ELB|ALB]])') is not swapped", () => {
		const lines = [
			"# Amazon Cognito",
			"Amazon Cognito gives web and mobile apps sign-up, sign-in and temporary AWS credentials.",
			"## Integrations",
			"- An Application Load Balancer ([[Elastic Load Balancing|ALB]]) can authenticate users with Cognito before forwarding requests.",
			"- [[Amazon API Gateway]] authorizers validate user pool tokens before a request reaches the backend.",
		];
		const all = quizQuestions("Amazon Cognito", lines, "true-false");
		expect(all.some((q) => /Application Load Balancer \((?!ALB\))/.test(q.prompt))).toBe(false);
	});

	test("a combined note's title ('ELB & Auto Scaling') is never the key of a which-service or use-case question", () => {
		const lines = [
			"# Elastic Load Balancing (ELB) & Auto Scaling",
			"Elastic Load Balancing spreads incoming traffic over healthy targets in several Availability Zones.",
			"## Use cases",
			"- Web applications that must survive the loss of an AZ.",
			"- Workloads with daily or weekly traffic patterns.",
			"- Inserting a fleet of firewall appliances into the traffic path.",
		];
		const all = quizQuestions("Elastic Load Balancing (ELB) & Auto Scaling", lines);
		expect(all.some((q) => q.answers.some((a) => a.includes("&")))).toBe(false);
	});

	test("a name with capitals inside ('DDoS protection ... comes from [[AWS Shield]]') is not read as a verb", () => {
		const prompt = linkPrompt("DDoS protection for DNS comes from \uE002", "Amazon Route 53", true);
		expect(prompt).not.toMatch(/\bddo\b/);
		expect(linkPrompt("DDoS filtering of DNS traffic from \uE002", "Amazon Route 53", true)).not.toMatch(/\bddo\b/);
		expect(linkPrompt("Pulls container images from \uE002", "Amazon EKS", true)).toBe("Which service does Amazon EKS pull container images from?");
	});

	test("'X keyword → Y' is what a question mentions; 'mountable from' is no role; 'block storage' is no verb", () => {
		const cue = examCue("Hybrid storage keyword → Storage Gateway.");
		expect(cue?.situation).toBe("Hybrid storage");
		expect(cue?.lead).toBe(true);
		expect(comparisonPrompt({ name: "EBS", description: "block storage for one instance", verb: false })).toBe("Which one is block storage for one instance?");
		expect(comparisonPrompt({ name: "Lambda", description: "fix cold starts", verb: false })).toBe("Which one is used to fix cold starts?");
		const f = facts(
			"Amazon EFS",
			"# Amazon EFS",
			"## Details",
			"- Mountable from [[Amazon EC2]], [[AWS Fargate]] and [[AWS Lambda]].",
		);
		const all = SEEDS.flatMap((seed) => selectAllQuestions(f, createRng(seed)));
		expect(all.some((q) => /use for mountable/i.test(q.prompt))).toBe(false);
	});

	test("a quiz never holds a lone true statement when the note offers no false one and enough else", () => {
		const lines = [
			"AWS Lambda runs code in response to events without servers to manage.",
			"",
			"## How it works",
			"- Each request gets its own execution environment, which is reused for later requests.",
			"- Functions scale out on their own as more events arrive at the same time.",
			"## Use cases",
			"- Resizing images as soon as they land in a bucket.",
			"- Small APIs behind an HTTP front door with spiky traffic.",
			"- Scheduled clean-up jobs that run for a few seconds each night.",
		];
		for (const seed of SEEDS) {
			const all = withMore(generateQuiz(note(...lines), context("AWS Lambda"), { count: 4, seed })).questions;
			expect(all.length).toBe(4);
			const quiz = all.filter((q) => q.kind === "true-false");
			const trues = quiz.filter((q) => q.answers[0] === "True").length;
			if (quiz.every((q) => q.answers[0] === "True")) expect(trues, `seed ${seed}`).toBe(0);
		}
	});
});
