/**
 * Faults of blind read 61, each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { examCue } from "../../../src/core/quiz/cues";
import { stemProblem } from "../../../src/core/quiz/stems";
import { questionsOf, SEEDS, useCaseScenario } from "./helpers";

describe("blind read 61", () => {
	test("a statement that says only that something differs ('priced a bit differently') is not asked", () => {
		expect(stemProblem("custom routing accelerators priced a bit differently")).toBe("too vague");
		expect(stemProblem("Standard and FIFO queues behave slightly different from each other")).toBe("too vague");
		expect(stemProblem("custom routing accelerators map listener ports to EC2 instances")).toBeNull();
		const lines = ["# Global Accelerator", "", "## Pricing", "- fixed hourly fee per accelerator plus data transfer premium", "- custom routing accelerators priced a bit differently"];
		expect(questionsOf("Global Accelerator", lines).filter((q) => /differently/.test(q.prompt))).toEqual([]);
	});

	test("a cue whose answer waits for something the line does not say ('→ VPN in the meantime') is no scenario", () => {
		expect(examCue("need connectivity next week?? → Site-to-Site VPN in the meantime")).toBeNull();
		expect(examCue("need a private link that is ready in minutes → Site-to-Site VPN")).not.toBeNull();
	});

	test("three domains of a word or two ('Online gaming, VoIP, IoT') are no use case to ask", () => {
		const lines = [
			"# Global Accelerator",
			"",
			"## Common Use Cases",
			"- Online gaming, VoIP, IoT (UDP / custom TCP)",
			"- Multi-region apps that need static anycast IP addresses for clients to allow-list",
		];
		const prompts = questionsOf("Global Accelerator", lines)
			.filter((q) => q.kind === "scenario")
			.map((q) => q.prompt);
		expect(prompts.some((p) => /gaming/i.test(p))).toBe(false);
		expect(prompts.some((p) => /anycast/i.test(p))).toBe(true);
	});

	test("a course's 'Recap:' label in front of a section's thing leaves the thing its lines' subject", () => {
		const lines = [
			"# ElastiCache vs DynamoDB DAX",
			"",
			"## 1. Recap: ElastiCache",
			"- engines: **Redis** and **Memcached**",
			"",
			"## 2. Recap: DAX (DynamoDB Accelerator)",
			"- fully managed in-memory cache only for DynamoDB",
			"- default TTL **5 min** (both caches)",
			"- cluster: up to **11 nodes** (1 primary + 10 read replicas)",
		];
		const blank = questionsOf("ElastiCache vs DynamoDB DAX", lines).find((q) => q.answers.includes("11 nodes"));
		expect(blank?.prompt).toMatch(/^DAX\b/);
	});

	test("a cue answered by two services ('→ S3 / Redshift') is no option among the note's other cue options", () => {
		const lines = [
			"# AWS Glue",
			"",
			"## Use Cases",
			"- Nightly ETL from RDS → S3 / Redshift",
			"",
			"## Exam Tips",
			'- "discover schema of data in S3 automatically" → **Glue crawler**',
			'- "avoid processing the same data again" → **job bookmarks**',
			'- "convert CSV to Parquet for Athena" → Glue ETL job',
		];
		const choices = questionsOf("AWS Glue", lines)
			.filter((q) => q.kind === "scenario")
			.flatMap((q) => q.choices);
		expect(choices).not.toContain("S3 / Redshift");
	});

	test("a bullet's category label ('**Auth**:', '**Serverless** -') is no term to fill in", () => {
		const mq = [
			"# Amazon MQ",
			"",
			"## Key Features",
			"- **Storage types (ActiveMQ)**: EFS = durability-optimized, multi-AZ; EBS = throughput-optimized",
			"- **Encryption**: at rest w/ KMS, in transit TLS",
			"- **Auth**: broker users (username/pw); ActiveMQ also supports LDAP",
			"- Monitoring w/ [[CloudWatch]] metrics + logs",
		];
		const glue = [
			"# AWS Glue",
			"",
			"## Key Features",
			"**Job Bookmarks** - remember what data was already processed",
			"**Serverless** - capacity measured in **DPUs** (1 DPU = 4 vCPU + 16 GB RAM)",
			"**Streaming ETL** - continuous jobs reading from Kinesis Data Streams",
		];
		const blanks = [...questionsOf("Amazon MQ", mq), ...questionsOf("AWS Glue", glue)].filter((q) => q.kind === "fill-blank").flatMap((q) => q.answers);
		expect(blanks).toContain("DPUs");
		for (const label of ["Auth", "Encryption", "Serverless"]) expect(blanks).not.toContain(label);
	});

	test("a use case that names a job several services do ('fast failover') has none of them as a wrong choice", () => {
		const cases: [string, string, string[]][] = [
			["Global Accelerator", "Multi-region active/active or active/passive apps needing fast failover", ["Route 53", "Application Recovery Controller", "ELB", "CloudFront"]],
			["Amazon Redshift", "Near-real-time analytics on streams delivered by Firehose or streaming ingestion", ["OpenSearch"]],
			["Amazon GuardDuty", "Organisation-wide threat visibility for a central security team", ["Security Hub", "Detective"]],
			["KMS", "Digital signing with asymmetric keys", ["CloudHSM"]],
		];
		for (const [title, useCase, others] of cases) {
			for (const seed of SEEDS) {
				const q = useCaseScenario(title, useCase, seed);
				expect(q, `${title}, seed ${seed}`).toBeDefined();
				for (const other of others) expect(q?.choices.filter((c) => c === other || c.endsWith(` ${other}`) || c.endsWith(` ${other} Service`)), `${title}, seed ${seed}`).toEqual([]);
			}
		}
	});
});
