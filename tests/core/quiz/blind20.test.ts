/**
 * Faults of blind read 20 (notes exported from Notion, slug file names) still open at the start of
 * the session of 2026-12-05 (night), and faults of blind read 21 (Logseq pages), each as a case
 * written for these tests.
 */
import { describe, expect, test } from "vitest";
import { withoutEmoji } from "../../../src/core/emoji";
import { examCue } from "../../../src/core/quiz/cues";
import { pickDistractors } from "../../../src/core/quiz/distractors";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { createRng } from "../../../src/core/quiz/random";
import { showsInitials } from "../../../src/core/quiz/acronyms";
import { blankGivesAway, nearDuplicate } from "../../../src/core/quiz/terms";
import { clean } from "../../../src/core/quiz/text";
import { oneOfOpenList } from "../../../src/core/quiz/stems";
import { context, note, SEEDS, withMore } from "./helpers";

describe("blind read 20: choices that are one answer twice", () => {
	test("'60 min' is no wrong answer beside '1 hr', nor '1 day' beside '24 hours'", () => {
		for (const seed of SEEDS) {
			const picked = pickDistractors(["1 hr"], [["60 min", "5 min", "30 min", "12 hrs", "3,600 seconds"]], 3, createRng(seed));
			expect(picked).not.toContain("60 min");
			expect(picked).not.toContain("3,600 seconds");
			expect(picked.length).toBe(3);
		}
		expect(pickDistractors(["1 day"], [["24 hours"]], 1, createRng(1))).toEqual([]);
	});

	test("'Static anycast IP addresses' says what 'Static IPs' says: an acronym's plural is its word", () => {
		expect(nearDuplicate("Static IPs", "Static anycast IP addresses")).toBe(true);
		expect(nearDuplicate("AZs", "AZ")).toBe(true);
		// Acronyms that end in S are no plurals, and short lower-case words are still no content words.
		expect(nearDuplicate("SQS", "SQ")).toBe(false);
		expect(nearDuplicate("Listener", "Static IPs")).toBe(false);
		expect(nearDuplicate("go to S3", "go to EFS")).toBe(false);
	});
});

describe("blind read 20: arrows that are emoji too", () => {
	test("'A↔B and B↔C' keeps its arrows; decorative emoji still go", () => {
		expect(withoutEmoji("No. A↔B and B↔C does NOT give A↔C")).toBe("No. A↔B and B↔C does NOT give A↔C");
		expect(withoutEmoji("🚉 Transit Gateway ⚠️")).toBe("Transit Gateway");
		expect(clean("- No. A↔B and B↔C does NOT give A↔C ⚠️")).toBe("No. A↔B and B↔C does NOT give A↔C");
	});

	test("'➡️' reads as an arrow in an exam cue", () => {
		expect(examCue("If the question says PII in S3 ➡️ Macie")).toMatchObject({ situation: "PII in S3", answer: "Macie" });
	});
});

describe("blind read 20: lines that state a mistake", () => {
	const vpc = [
		"## What is it",
		"Your own isolated network in a region. Each **subnet** lives in exactly one AZ.",
		"## Key terms",
		"- **NAT Gateway** — lets private subnets reach the internet, blocks inbound.",
		"- **Security Group** — stateful, instance level, allow rules only.",
		"- **NACL** — stateless, subnet level, allow and deny rules.",
		"## ⚠️ Common mistakes",
		"- Thinking a subnet can span AZs.",
		"- Forgetting that a NAT Gateway lives in one AZ, so one outage kills egress for the others.",
		"- Choosing [[Amazon GuardDuty]] for \"find PII\" questions ([[Amazon Macie]] does that).",
	];

	test("nothing is asked from a 'Common mistakes' section: each line there says something wrong", () => {
		for (const seed of SEEDS) {
			const qs = withMore(generateQuiz(note(...vpc), context("Amazon VPC"), { seed, count: 20 })).questions;
			expect(qs.filter((q) => q.source.line >= 8).map((q) => q.prompt)).toEqual([]);
			expect(qs.length).toBeGreaterThan(0);
		}
	});
});

describe("blind read 20: a procedure's steps", () => {
	const trail = [
		"## What it is",
		"**CloudTrail** records the API calls made in an AWS account.",
		"## How it works",
		"1. someone calls an API",
		"2. CloudTrail records the event, usually within about 5 minutes",
		"3. the trail writes gzipped JSON files to an S3 bucket",
		"## Facts",
		"1. **Event history** keeps 90 days of management events for free.",
		"2. **CloudTrail Lake** stores events for years and is queried with SQL.",
	];

	test("a step with nothing to swap is not asked as written: 'someone calls an API' tests nothing", () => {
		const said = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...trail), context("AWS CloudTrail"), { seed, count: 30 })).questions);
		expect(said.filter((q) => /someone calls an API/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		// A step with a figure is still asked; a numbered list of facts is no procedure.
		expect(said.some((q) => /within about/.test(q.prompt))).toBe(true);
		expect(said.some((q) => q.kind === "true-false" && q.source.line >= 8)).toBe(true);
	});
});

describe("blind read 20: a situation that says only when", () => {
	test("'needed this week' names no need: no scenario", () => {
		expect(examCue('If the question says "needed this week" → it\'s VPN, not DX.')).toBeNull();
		expect(examCue("Needed by tomorrow → VPN")).toBeNull();
		// A need with a deadline is a situation.
		expect(examCue("Need an encrypted hybrid link up by tomorrow → Site-to-Site VPN")).toMatchObject({ answer: "Site-to-Site VPN" });
	});
});

describe("blind read 20: a true statement beside a blank of its line", () => {
	test("'Redrive moves messages ...' is not asked beside '____ moves messages ...'", () => {
		const lines = [
			"## What it is",
			"**Amazon SQS** is a fully managed message queue that decouples producers from consumers.",
			"## Error handling",
			"- A **dead-letter queue** receives messages that failed more times than the maxReceiveCount.",
			"- **Redrive** moves messages from the dead-letter queue back to the source queue after a fix.",
			"- **Long polling** waits up to 20 seconds for a message and cuts the number of empty responses.",
			"- **Short polling** returns at once, even when the queue is empty.",
			"- **Delay queues** postpone the delivery of new messages for up to 15 minutes.",
			"- **Visibility timeout** hides a received message from other consumers for 30 seconds by default.",
		];
		for (const seed of SEEDS) {
			const qs = withMore(generateQuiz(note(...lines), context("Amazon SQS"), { seed, count: 20 })).questions;
			for (const q of qs) {
				if (q.kind === "true-false") continue;
				const sameLine = qs.filter((p) => p !== q && p.source.line === q.source.line);
				for (const p of sameLine) expect(p.prompt.includes(q.answers[0]), `${p.prompt} / ${q.prompt}`).toBe(false);
			}
		}
	});
});

describe("blind read 21: initials in the stem", () => {
	test("'defined in JSON = ____ (ASL)' gives away Amazon States Language", () => {
		expect(showsInitials("defined in JSON = ____ (ASL), or drag and drop in Workflow Studio", "Amazon States Language")).toBe(true);
		expect(showsInitials("fan out to ____ and KDS consumers", "Kinesis Data Streams")).toBe(true);
		expect(blankGivesAway("defined in JSON = ____ (ASL)", "Amazon States Language")).toBe(true);
		// Initials that are not in the stem, or a one-word key, give nothing away.
		expect(showsInitials("defined in JSON = ____, or drag and drop", "Amazon States Language")).toBe(false);
		expect(showsInitials("an ASL file", "Lambda")).toBe(false);
		expect(showsInitials("STANDARD tier", "Standard Tier")).toBe(false);
	});
});

describe("blind read 21: a linked service with none of its rivals among the choices", () => {
	const waf = [
		"## What it is",
		"**AWS WAF** is a web application firewall for CloudFront, ALB, API Gateway and AppSync.",
		"## Compared",
		"- [[AWS Shield]] -> DDoS protection, Standard is free and always on",
		"- [[AWS Firewall Manager]] -> central WAF rules across the accounts of an organization",
		"- [[AWS Network Firewall]] -> VPC level, stateful, any traffic entering or leaving the VPC",
	];

	test("no 'which service fills the blank' whose wrong choices are only services of the category", () => {
		for (const seed of SEEDS) {
			const qs = withMore(generateQuiz(note(...waf), context("AWS WAF"), { seed, count: 20, kinds: ["linked-service"], minimum: 1 })).questions;
			for (const q of qs) expect(q.choices.some((c) => /Shield|Firewall Manager|Network Firewall|WAF/.test(c) && !q.answers.includes(c)), q.prompt).toBe(true);
			expect(qs.filter((q) => q.answers[0] === "AWS Network Firewall")).toEqual([]);
		}
	});
});

describe("blind read 21: arrows as shorthand", () => {
	const redshift = [
		"- ## Overview",
		"	- managed **data warehouse** -> OLAP, not OLTP",
		"	- columnar storage + massively parallel processing",
		"- ## Features",
		"	- queries data sitting in S3 without loading it, through external tables",
		"	- serverless capacity is counted in RPUs and billed only while queries run",
		"- ## Redshift vs the rest",
		"	- vs [[Amazon EMR]] -> EMR = Spark/Hadoop clusters, more control, more work",
		"- ## Exam tips",
		'	- "query S3 data and warehouse tables together" -> Spectrum',
		'	- "force COPY traffic to stay private" -> Enhanced VPC routing',
		'	- "sporadic analytics, no clusters to manage" -> Redshift Serverless',
	];

	test("'managed data warehouse -> OLAP' in an Overview is no cue; 'EMR = Spark clusters' is no option", () => {
		expect(examCue("vs Amazon EMR -> EMR = Spark/Hadoop clusters, more control")).toBeNull();
		for (const seed of SEEDS) {
			const qs = withMore(generateQuiz(note(...redshift), context("Amazon Redshift"), { seed, count: 20, kinds: ["scenario"], minimum: 1 })).questions;
			expect(qs.length).toBeGreaterThan(0);
			for (const q of qs) {
				expect(q.answers).not.toContain("OLAP");
				expect(q.choices.join(" | ")).not.toMatch(/OLAP|=/);
			}
		}
	});

	test("a note with no headings keeps its cues: nothing there is an Overview", () => {
		const qs = withMore(generateQuiz(
			note("# Messaging Exam Tips", "", "- Decouple two tiers with a buffer → Amazon SQS", "- Push one event to many subscribers → Amazon SNS", "- Managed Apache Kafka → Amazon MSK", "- React to changes in SaaS applications with rules → Amazon EventBridge"),
			context("Messaging Exam Tips"),
			{ count: 10, kinds: ["scenario"], minimum: 1 },
		)).questions;
		expect(qs.map((q) => q.answers[0]).sort()).toEqual(["Amazon EventBridge", "Amazon MSK", "Amazon SNS", "Amazon SQS"]);
	});
});

describe("blind read 22: topic study guides", () => {
	const guide = [
		"# Analytics pipeline",
		"## Redshift",
		"- Leader node + compute nodes; RA3 nodes separate compute from managed storage; **Redshift Serverless** for spiky use",
		"- **Spectrum** queries data in S3 without loading it",
		"## Athena",
		"- **Serverless SQL** over S3, billed per TB scanned",
		"## EMR",
		"- **EMR Serverless** runs Spark and Hive jobs without clusters",
		"## ACM",
		"- Free public TLS certificates for integrated services: **ELB**, CloudFront, API Gateway, App Runner…",
		"- Certificates for CloudFront must live in **us-east-1**",
	];

	test("'Redshift: ... ____ for spiky use' is not offered with 'Redshift Serverless' the only choice naming Redshift", () => {
		for (const seed of SEEDS) {
			const qs = withMore(generateQuiz(note(...guide), context("Analytics pipeline"), { seed, count: 20, kinds: ["fill-blank"], minimum: 1 })).questions;
			for (const q of qs.filter((x) => x.answers[0] === "Redshift Serverless" && x.choices.length > 0)) {
				expect(q.choices.filter((c) => /Redshift/.test(c)).length, q.prompt).toBeGreaterThan(1);
			}
		}
	});

	test("a blank in an open list ('ELB, CloudFront, API Gateway, App Runner…') is not asked: any other service fits", () => {
		expect(oneOfOpenList("integrated services: \uE000, CloudFront, API Gateway, App Runner…", "\uE000")).toBe(true);
		const said = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...guide), context("Analytics pipeline"), { seed, count: 20, minimum: 1 })).questions);
		expect(said.filter((q) => q.kind === "fill-blank" && q.answers[0] === "ELB").map((q) => q.prompt)).toEqual([]);
	});
});

describe("blind read 21: an aside that rules the other option out", () => {
	test("'must be a ____ key (AWS managed keys can't be shared)' loses the aside", () => {
		const lines = [
			"## Key types",
			"- **Customer managed keys**: you create them, you write the key policy, 1 USD a month",
			"- **AWS managed keys**: created for you by a service, free, rotated every year",
			"- **AWS owned keys**: used across accounts by AWS, invisible to you",
			"## Sharing",
			"- share an encrypted AMI with another account: it must use a **customer managed** key, shared through the key policy (AWS managed keys can't be shared)",
		];
		const said = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context("AWS KMS"), { seed, count: 20, kinds: ["fill-blank"], minimum: 1 })).questions);
		const sharing = said.filter((q) => q.source.line === 6);
		expect(sharing.length).toBeGreaterThan(0);
		for (const q of sharing) expect(q.prompt).not.toMatch(/can't be shared/);
	});
});
