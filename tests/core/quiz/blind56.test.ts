/**
 * Faults of blind reads 55 to 57, each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { askedLate } from "../../../src/core/quiz/generateQuiz";
import { optionPools } from "../../../src/core/quiz/leads";
import type { Question } from "../../../src/core/quiz/types";
import { facts, questionsOf, quizQuestions } from "./helpers";

describe("blind reads 55 to 57", () => {
	test("a list's labels ('Scope', 'Good for', 'Payment') are no options to choose from", () => {
		const lines = [
			"# EC2 purchase options",
			"",
			"## Reserved Instances",
			"- Commit to 1 or 3 years for a specific instance config",
			"- Payment: All Upfront / Partial Upfront / No Upfront",
			"- **Standard RI**",
			"\t- biggest discount, can be sold on the RI Marketplace",
			"- **Convertible RI**",
			"\t- can exchange for another family, OS or tenancy",
			"- **Scope**",
			"\t- Regional RI or Zonal RI",
			"- Good for: steady-state, always-on workloads",
			"",
			"## Savings Plans",
			"- **Compute Savings Plans**: any region, family, OS, also Fargate and Lambda",
			"- **EC2 Instance Savings Plans**: one family in one region, bigger discount",
			"",
			"## Exam cues",
			'- "might need to change instance type later but want RI" → **Convertible RI**',
			'- "sell the reservation when no longer needed" → **Standard RI**',
		];
		const pools = optionPools(facts("EC2 purchase options", ...lines), "Convertible RI", () => false).flat();
		expect(pools).toContain("Standard RI");
		expect(pools.filter((c) => /^(?:Scope|Good for|Payment)$/.test(c))).toEqual([]);
	});

	test("a use case that names a service of the note's own kind ('in Parameter Store', 'using Transit Gateway') is not asked", () => {
		const ssm = [
			"# AWS Systems Manager",
			"",
			"**Overview**",
			"AWS Systems Manager manages fleets of EC2 and on-premises servers.",
			"## **Use Cases**",
			"- Patching a mixed Linux/Windows fleet on a schedule",
			"- Keeping database URLs, AMI IDs and simple secrets in Parameter Store",
			"- Running the same command on hundreds of servers at once",
		];
		const vpc = [
			"# Amazon Virtual Private Cloud (VPC)",
			"",
			"**Overview**",
			"Amazon VPC is a logically isolated network in an AWS Region.",
			"## **Use Cases**",
			"- Central network hub for many accounts using Transit Gateway",
			"- Isolating a three-tier web app into public and private subnets",
			"- Reaching S3 from private subnets without a NAT gateway",
		];
		const ssmCases = questionsOf("AWS Systems Manager", ssm).filter((q) => q.kind === "scenario");
		expect(ssmCases.some((q) => /Patching/i.test(q.prompt))).toBe(true);
		expect(ssmCases.filter((q) => /Parameter Store/.test(q.prompt))).toEqual([]);
		const vpcCases = questionsOf("Amazon Virtual Private Cloud (VPC)", vpc).filter((q) => q.kind === "scenario");
		expect(vpcCases.some((q) => /three-tier/i.test(q.prompt))).toBe(true);
		expect(vpcCases.filter((q) => /Transit Gateway/.test(q.prompt))).toEqual([]);
	});

	test("push notifications keyed to SNS never offer Pinpoint or End User Messaging, which send them too", () => {
		const lines = [
			"# Amazon SNS",
			"",
			"**Overview**",
			"Amazon SNS is a managed pub/sub service that pushes messages to subscribers.",
			"## **Use Cases**",
			"- Mobile push notifications to app users",
			"- Fan-out of one order event to several SQS queues",
			"- Alarm notifications by email to the operations team",
		];
		const qs = quizQuestions("Amazon Simple Notification Service (SNS)", lines, "scenario").filter((q) => /push/i.test(q.prompt));
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.choices.filter((c) => /Pinpoint|End User Messaging/.test(c))).toEqual([]);
	});

	test("a table row that writes a side by its initials ('New SG: ...' for Security Group) is not asked", () => {
		const lines = [
			"# Amazon VPC",
			"",
			"## Security groups vs NACLs",
			"| | Security Group | Network ACL |",
			"|---|---|---|",
			"| State | Stateful | Stateless |",
			"| Default | New SG: no inbound, all outbound | Default NACL allows all |",
			"| Rules | Allow only | Allow and Deny |",
		];
		const rows = questionsOf("Amazon VPC", lines).filter((q) => q.kind === "comparison");
		expect(rows.some((q) => /Stateful/.test(q.prompt))).toBe(true);
		expect(rows.filter((q) => /New SG|Default NACL/.test(q.prompt))).toEqual([]);
	});

	test("a scenario whose situation has three words or fewer ('legacy only') is asked after the others", () => {
		const q = (prompt: string): Question => ({ id: prompt, kind: "scenario", type: "service", prompt, choices: ["CLB", "ALB", "NLB", "GWLB"], answers: ["CLB"], multi: false, typed: false, explanation: "", source: { line: 1, text: "" } });
		const short = q("Scenario (Elastic Load Balancing): legacy only. Which service fits?");
		const long = q("Scenario: third-party firewall appliances inspecting all traffic. Which service fits?");
		expect(askedLate([short, long]).map((x) => x.prompt)).toEqual([long.prompt, short.prompt]);
	});

	test("a use case that only mentions a service of its kind ('so Athena and EMR share one schema') is still asked", () => {
		const glue = [
			"# AWS Glue",
			"",
			"**Overview**",
			"AWS Glue is a serverless data integration service: crawlers, a Data Catalog and Spark ETL jobs.",
			"## **Use Cases**",
			"- Build a data lake catalog so Athena and EMR share one schema",
			"- Nightly ETL of CSV files into Parquet",
		];
		expect(questionsOf("AWS Glue", glue).some((q) => q.kind === "scenario" && /data lake catalog/i.test(q.prompt))).toBe(true);
	});

	test("a column that is a memory hook ('Think of it as') is no attribute to ask by", () => {
		const lines = [
			"# EBS",
			"",
			"## Volume types",
			"| Type | Media | Max IOPS | Think of it as |",
			"|---|---|---|---|",
			"| gp3 | SSD | 16,000 | The new default |",
			"| gp2 | SSD | 16,000 (burst) | Older default |",
			"| io2 Block Express | SSD | 256,000 | The database volume |",
			"| st1 | HDD | 500 | Big sequential reads |",
		];
		const qs = questionsOf("EBS", lines);
		expect(qs.some((q) => /256,000/.test(q.prompt))).toBe(true);
		expect(qs.filter((q) => /think of it as|older default/i.test(q.prompt))).toEqual([]);
	});

	test("a line about RDS is never said of Aurora to make it false: what RDS does, Aurora mostly does too", () => {
		const lines = [
			"# RDS vs Aurora vs DynamoDB",
			"",
			"## RDS",
			"- RDS automated backups keep 1–35 days, longer with manual snapshots",
			"- RDS Multi-AZ keeps a synchronous standby in another AZ",
			"## Aurora",
			"- Aurora storage keeps 6 copies across 3 AZs",
			"- Aurora Serverless v2 scales capacity in fine steps",
			"## DynamoDB",
			"- DynamoDB point-in-time recovery covers the last 35 days",
			"- DynamoDB global tables replicate across Regions",
		];
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
			const tf = questionsOf("RDS vs Aurora vs DynamoDB", lines, seed).filter((q) => q.kind === "true-false");
			expect(tf.filter((q) => /^True or false: Aurora\b.*(?:1–35 days|synchronous standby)/.test(q.prompt) || /^True or false: RDS\b.*6 copies/.test(q.prompt))).toEqual([]);
		}
	});

	test.each([
		["AWS Identity and Access Management (IAM)", "AWS IAM manages who can do what in an AWS account: users, groups, roles and policies.", "Cross-account access by letting a trusted account assume a role", /STS|Security Token/],
		["Amazon Virtual Private Cloud (VPC)", "Amazon VPC is a logically isolated network in an AWS Region.", "Private access to S3 and DynamoDB without traversing the internet", /PrivateLink/],
		["AWS Backup", "AWS Backup centralises backups of EBS, RDS, DynamoDB, EFS and more with backup plans.", "Disaster recovery with cross-Region and cross-account copies", /Disaster Recovery|DRS/],
	])("a use case of %s never offers the service that does the same job (blind read 59)", (title, overview, useCase, rival) => {
		const lines = [`# ${title}`, "", "**Overview**", overview, "## **Use Cases**", `- ${useCase}`, "- Auditing who changed what, with reports for compliance"];
		const qs = [1, 2, 3, 4, 5].flatMap((seed) => questionsOf(title, lines, seed)).filter((q) => q.kind === "scenario" && q.prompt.includes(useCase.slice(1, 20)));
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.choices.filter((c) => rival.test(c))).toEqual([]);
	});
});
