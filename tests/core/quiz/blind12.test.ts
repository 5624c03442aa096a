/**
 * Faults found in round 12 (flashcard notes: Spaced Repetition cards, ✅ / ❌ / ⚠️ / 💡 bullets,
 * short file names), each as a case.
 */
import { describe, expect, test } from "vitest";
import { linkPrompt } from "../../../src/core/quiz/generators/linkedService";
import { oneOfOpenList } from "../../../src/core/quiz/stems";
import { examCue } from "../../../src/core/quiz/generators/scenario";
import { claimsSomething } from "../../../src/core/quiz/prose";
import { stemProblem } from "../../../src/core/quiz/stems";
import { clean } from "../../../src/core/quiz/text";
import { blankGivesAway } from "../../../src/core/quiz/terms";
import { isPartOf } from "../../../src/core/quiz/services";
import { typeable } from "../../../src/core/quiz/generators/fillBlank";
import { quizQuestions } from "./helpers";

const LINK = "\uE002";

describe("round 12", () => {
	test("an emoji inside a line is no part of it", () => {
		expect(clean("Writes to S3 Standard or One Zone-IA. ❌ Not straight to Glacier, use lifecycle for that.")).toBe("Writes to S3 Standard or One Zone-IA. Not straight to Glacier, use lifecycle for that.");
		expect(clean("Fast ⚡ and cheap")).toBe("Fast and cheap");
	});

	test("a cue whose answer names an alternative ('ElastiCache (or DynamoDB)') is not asked", () => {
		expect(examCue("Sessions shared by every instance behind an ALB → ElastiCache (or DynamoDB), so no sticky sessions needed.")).toBeNull();
		expect(examCue("Sessions shared by every instance behind an ALB → ElastiCache, so no sticky sessions needed.")?.answer).toBe("ElastiCache");
		expect(examCue("Cross-Region disaster recovery in seconds → Global Database (not cross-Region read replicas)")?.answer).toBe("Global Database");
	});

	test("'either one' points back at lines the statement does not carry", () => {
		expect(stemProblem("TTL: add an expiry to either one to limit staleness and memory use")).not.toBeNull();
		expect(stemProblem("Both of them scale to zero")).not.toBeNull();
		expect(stemProblem("TTL: add an expiry to keys to limit staleness and memory use")).toBeNull();
	});

	test("a link that is one example of an open list is not asked", () => {
		expect(oneOfOpenList(`Custom origins: ${LINK}, EC2, API Gateway, any public HTTP server (even on-prem)`, LINK)).toBe(true);
		expect(oneOfOpenList(`Direct SDK integrations, so often no glue Lambda is needed just to call DynamoDB or ${LINK}`, LINK)).toBe(true);
		expect(oneOfOpenList(`Sources such as ${LINK}, S3 or DynamoDB`, LINK)).toBe(true);
		expect(linkPrompt(`Custom origins: ${LINK}, EC2, API Gateway, any public HTTP server`, "CloudFront", true)).toBeNull();
		// A closed list names every member: the blank has one answer.
		expect(oneOfOpenList(`Attaches to ${LINK}, ALB, API Gateway, AppSync, Cognito user pools, App Runner`, LINK)).toBe(false);
		expect(linkPrompt(`Attaches to ${LINK}, ALB, API Gateway, AppSync, Cognito user pools, App Runner`, "WAF", true)).not.toBeNull();
		expect(oneOfOpenList(`Checkpoints are kept in ${LINK}`, LINK)).toBe(false);
	});

	test("no question of an emoji-marked note shows an emoji, an open-list blank or 'either one'", () => {
		const lines = [
			"#aws #flashcards #saa-c03",
			"# ElastiCache",
			"Managed in-memory cache (Redis OSS, Valkey or Memcached) in front of databases.",
			"## Key ideas",
			"- ✅ Sub-millisecond reads for read-heavy workloads",
			"- ❌ Lives in a VPC, not reachable from the internet directly.",
			"- Custom origins: [[Elastic Load Balancing|ALB]], EC2, API Gateway, any public HTTP server",
			"## Caching strategies",
			"- **Lazy loading**: check the cache, on a miss read the DB and fill the cache.",
			"- **Write-through**: write to the DB and the cache at the same time.",
			"- **TTL**: add an expiry to either one to limit staleness and memory use.",
			"## When to pick it",
			"- Sessions shared by every instance behind an ALB → ElastiCache (or DynamoDB), so no sticky sessions needed.",
			"- Caching for DynamoDB without code changes → DAX",
			"- Leaderboards sorted by score → ElastiCache for Redis sorted sets",
		];
		const all = quizQuestions("ElastiCache", lines);
		expect(all.length).toBeGreaterThan(3);
		for (const q of all) {
			const text = [q.prompt, ...q.choices].join(" | ");
			expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
			expect(text).not.toMatch(/either one|\(or DynamoDB\)/);
			if (q.kind === "linked-service") expect(q.prompt).not.toMatch(/Custom origins/);
		}
	});

	test("commentary and context-bound labels are no statements", () => {
		expect(stemProblem("Two separate pieces that I keep mixing up: user pools and identity pools")).toBe("talks about the student");
		expect(stemProblem("Lambdas invoking each other in a chain = anti-pattern; Step Functions is the answer")).toBe("talks about the exam or the note");
		expect(stemProblem("vs Global Accelerator: CloudFront = HTTP(S) with caching")).toBe("needs its context");
		expect(stemProblem("Off: each LB node only sends to targets in its own AZ")).toBe("needs its context");
		// Not the student: "I/O", an instance family, a roman numeral.
		expect(stemProblem("Provisioned IOPS suits I/O heavy databases")).toBeNull();
		expect(stemProblem("Offers IPv6 support in every Region")).toBeNull();
	});

	test("a flashcard that asks and answers is no true/false statement; the services a line serves are not what it uses", () => {
		const lines = [
			"#aws #flashcards",
			"# CloudFront",
			"Global CDN that caches content at edge locations close to users.",
			"## Key ideas",
			"- Origins can be S3 buckets, ALBs or any HTTP server",
			"- **Signed URLs** give access to one file, **signed cookies** to many files",
			"- The ACM certificate for a distribution must be in **us-east-1**",
			"- In-memory reads in front of [[RDS]] / [[Aurora]] → ElastiCache",
			"## Cards",
			"Where must the ACM certificate for CloudFront be created?::us-east-1 (N. Virginia)",
			"Default TTL::24 hours",
		];
		const all = quizQuestions("CloudFront", lines);
		expect(all.length).toBeGreaterThan(2);
		for (const q of all) {
			if (q.kind === "true-false") expect(q.prompt).not.toMatch(/\?\s+\S/);
			if (q.kind === "select-all") expect(q.prompt).not.toMatch(/read caching/);
		}
	});

	test("a label that tells the reader what to do makes no claim", () => {
		expect(claimsSomething("Scan less: columnar formats (Parquet, ORC), compression, partitions, fewer large files instead of millions of tiny ones")).toBe(false);
		expect(claimsSomething("Encryption: data at rest is encrypted with KMS keys by default")).toBe(true);
		expect(claimsSomething("Standard: the default class, which gives millisecond access with no retrieval fee")).toBe(true);
	});

	test("after the read: context, echoes, open lists and the services a note lists as integrations", () => {
		expect(stemProblem("Cross-account / cross-Region: Rules can target an event bus in another Region too.")).toBe("points at something it does not name");
		const lines = [
			"#aws #flashcards",
			"# Aurora",
			"MySQL- and PostgreSQL-compatible relational database built for the cloud.",
			"## Cluster layout",
			"- One writer + up to **15 Aurora Replicas** sharing one storage volume",
			"- Storage grows automatically up to **128 TiB**",
			"- Six copies of the data across **3 AZs**",
			"## Routing policies",
			"- **Weighted**: split traffic by relative weight (e.g. 90/10 canary).",
			"- **Failover**: active-passive, driven by health checks.",
			"- **Simple**: one record, no health checks.",
			"- **Latency**: the Region with the lowest latency for the user.",
			"## Integrations",
			"- Integrations: [[Amazon API Gateway]] checks the token; an [[Elastic Load Balancing|ALB]] can authenticate users first",
			"## Triggers",
			"- Lambda triggers for custom logic (pre sign-up, post confirmation, custom challenges...)",
		];
		const all = quizQuestions("Aurora", lines);
		expect(all.some((q) => q.prompt.startsWith("Aurora — Cluster layout: "))).toBe(true);
		for (const q of all) {
			expect(q.prompt, "a topic heading alone does not say whose it is").not.toMatch(/^(?:True or false: )?Cluster layout:/);
			if (q.kind === "fill-blank" && q.choices.length > 0) expect(q.prompt).not.toMatch(/relative weight/);
			if (q.kind === "select-all") expect(q.prompt).not.toMatch(/integrations/i);
			if (q.kind === "true-false") expect(q.prompt).not.toMatch(/\.\.\.|…/);
		}
	});

	test("a service's own noun after the blank gives it away; a two-sentence line asks no 'which of these'", () => {
		expect(blankGivesAway("____: message deleted after processing, one set of consumers per queue, nothing to provision", "SQS")).toBe(true);
		expect(blankGivesAway("____: message deleted after processing, one set of consumers per queue", "Kinesis Data Streams")).toBe(false);
		const lines = [
			"# Storage Gateway",
			"Hybrid storage service that gives on-premises apps access to AWS storage.",
			"## S3 File Gateway",
			"- Writes to S3 Standard, Standard-IA or Intelligent-Tiering. Not straight to Glacier, use lifecycle for that.",
			"- Serves NFS and SMB file shares to on-premises servers",
			"## FSx File Gateway",
			"- Gives low-latency local SMB access to a Windows file system in AWS",
			"## Volume Gateway",
			"- Presents iSCSI block devices with point-in-time snapshots",
			"## Tape Gateway",
			"- Presents a virtual library to existing backup software",
		];
		const all = quizQuestions("Storage Gateway", lines, "comparison");
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) expect(q.prompt).not.toMatch(/Glacier/);
	});

	test("self-check: a part of the note's service is asked with it, against the rival the note describes; no blank in a bracketed list or on a 'A / B' key", () => {
		expect(isPartOf("CloudFront Functions", "CloudFront")).toBe(true);
		expect(isPartOf("CloudFront", "CloudFront Functions")).toBe(false);
		expect(typeable("Guest / unauthenticated")).toBe(false);
		expect(typeable("TCP/UDP")).toBe(false);
		expect(typeable("Glue Data Catalog")).toBe(true);
		const lines = [
			"#aws #flashcards",
			"# CloudFront",
			"Global CDN that caches content at edge locations close to users.",
			"## Edge compute",
			"- **CloudFront Functions**: lightweight JS, viewer request/response only, sub-ms.",
			"- **Lambda@Edge**: Node.js/Python, also on origin request/response, more time/memory, network access.",
			"## Performance",
			"- Scan less: columnar formats (**Parquet**, ORC) and **compression** cut the bytes read.",
			"- ✅ **Guest / unauthenticated** access with its own restricted role.",
			"## Cards",
			"Lightweight JS at the edge for header manipulation → ==CloudFront Functions==",
		];
		const all = quizQuestions("CloudFront", lines);
		// Asked, it names CloudFront and stands against Lambda@Edge. Blind read 24: with no other CloudFront
		// part among the choices, "(CloudFront)" in front gives "CloudFront Functions" away, so it is not
		// asked; never against plain Lambda without CloudFront named.
		const scenarios = all.filter((q) => q.kind === "scenario" && q.answers[0] === "CloudFront Functions");
		for (const q of scenarios) {
			expect(q.prompt).toMatch(/^Scenario \(CloudFront\): /);
			expect(q.choices).toContain("Lambda@Edge");
			expect(q.choices.filter((c) => /CloudFront/.test(c)).length).toBeGreaterThan(1);
		}
		for (const q of all) {
			if (q.kind === "fill-blank") expect(q.prompt).not.toMatch(/\(____,/);
			expect(q.answers).not.toContain("Guest / unauthenticated");
		}
	});
});
