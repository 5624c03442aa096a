/**
 * Faults of blind reads 48 and 49, each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { definitionPrompt } from "../../../src/core/quiz/generators/whichService";
import { serviceNames } from "../../../src/core/quiz/names";
import { stemProblem } from "../../../src/core/quiz/stems";
import { withoutNumbering } from "../../../src/core/quiz/text";
import { allQuestions } from "../../../src/core/quiz/generateQuiz";
import { facts, quizQuestions } from "./helpers";

describe("mind maps", () => {
	const map = [
		"# DynamoDB mind map",
		"",
		"- DynamoDB study map",
		"\t- Capacity",
		"\t\t- on-demand → pay per request, spiky traffic",
		"\t\t- provisioned → set RCU and WCU, add auto scaling",
		"\t- Indexes",
		"\t\t- LSI → same partition key, created with the table only",
		"\t\t- GSI → other partition key, add any time",
		"\t- Exam traps",
		"\t\t- hot partition → throttling although table capacity is free",
		"\t\t- scan reads the whole table, query reads one partition",
		"\t- Streams",
		"\t\t- 24 hour retention of item-level changes",
		"\t\t- triggers Lambda for every change in order per item",
	];

	test("which branch of the map's one root a leaf hangs on is no question", () => {
		const asked = quizQuestions("DynamoDB mind map", map, "comparison");
		expect(asked.filter((q) => q.choices.includes("Exam traps"))).toEqual([]);
	});

	test("the same things under a topic of a larger outline are still asked", () => {
		const outline = ["# DynamoDB", "", "- Overview: key-value and document database", ...map.slice(2)];
		const asked = quizQuestions("DynamoDB", outline, "comparison");
		expect(asked.some((q) => q.choices.includes("Exam traps") || q.choices.includes("Streams"))).toBe(true);
	});
});

describe("blind read 49", () => {
	test("an FAQ heading 'Q: Run Command?' names its topic without its label", () => {
		expect(withoutNumbering("Q: Run Command?")).toBe("Run Command?");
		expect(withoutNumbering("Q3. Parameter Store vs Secrets Manager?")).toBe("Parameter Store vs Secrets Manager?");
		expect(withoutNumbering("Quotas and limits")).toBe("Quotas and limits");
		const faq = [
			"# Systems Manager FAQ",
			"",
			"### Q: Run Command?",
			"- Runs a document on many instances at once without SSH.",
			"- Targets instances by instance IDs, tags or resource groups.",
			"- Output can go to S3 or CloudWatch Logs.",
			"",
			"### Q: Parameter Store vs Secrets Manager?",
			"- **Secrets Manager** = built-in automatic rotation, costs per secret",
			"- **Parameter Store** = free standard tier, no native rotation",
			"- \"Rotate DB creds automatically\" -> Secrets Manager.",
		];
		const asked = quizQuestions("Systems Manager FAQ", faq);
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) {
			expect(q.prompt, q.prompt).not.toMatch(/\bQ:/);
			for (const c of q.choices) expect(c, q.prompt).not.toMatch(/^Q:/);
		}
	});

	test("lab narration ('Problem 4 – ...'), a practice question's gist and 'both types' need their context", () => {
		expect(stemProblem("Problem 4 – S3 still timing out. endpoint was on the main RT but the subnet used another RT.")).not.toBeNull();
		expect(stemProblem("Gist: company moving a Windows .NET app to EC2, needs shared storage across instances.")).not.toBeNull();
		expect(stemProblem("S3 has both types (interface one for on-prem access)")).not.toBeNull();
		expect(stemProblem("S3 supports both types of endpoint: gateway and interface")).toBeNull();
		expect(stemProblem("Gateway endpoints are free and work through route tables")).toBeNull();
	});

	test("the figure that goes into a worked example is not blanked: other figures give its result", () => {
		expect(stemProblem("round item size up: 6 KB strong read = 2 RCU, ____ write = 3 WCU")).not.toBeNull();
		expect(stemProblem("round item size up: 6 KB strong read = 2 RCU, 2.5 KB write = ____")).toBeNull();
		expect(stemProblem("DynamoDB: ____ = one strongly consistent read per second of up to 4 KB")).toBeNull();
	});

	test("two sides set against each other on a line stand alone: no third service that fits too", () => {
		const review = [
			"# EFS - practice exam review",
			"",
			"## Takeaways",
			"- **EBS** = one AZ, one instance at a time; **EFS** = many instances, multi-AZ, pay per GB used",
			"- EFS lifecycle management moves cold files to Infrequent Access after 30 days",
			"- EFS Replication copies a file system to another Region in minutes",
		];
		const asked = quizQuestions("EFS - practice exam review", review, "comparison").filter((q) => /many instances/.test(q.prompt));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect([...q.choices].sort()).toEqual(["EBS", "EFS"]);
	});

	test("'It is also what sits behind ...' loses its 'also'", () => {
		expect(definitionPrompt("It is also what sits behind an AWS PrivateLink endpoint service.", serviceNames("Elastic Load Balancing", []))).toBe("Which AWS service is what sits behind an AWS PrivateLink endpoint service?");
	});

	test("under 'Hosted zones', a child that is no hosted zone makes no outline question", () => {
		const map = [
			"# Route 53",
			"",
			"- Route 53",
			"\t- Hosted zones",
			"\t\t- Public hosted zone",
			"\t\t\t- Answers queries from the internet",
			"\t\t\t- Costs about half a dollar per zone per month",
			"\t\t- Private hosted zone",
			"\t\t\t- Associated with one or more VPCs",
			"\t\t\t- Can be shared across accounts",
			"\t\t- Auto created records",
			"\t\t\t- NS record set and SOA record",
			"\t- Routing policies",
			"\t\t- Weighted",
			"\t\t\t- Splits traffic by relative weights for canary tests",
			"\t\t- Latency",
			"\t\t\t- Sends users to the Region with the lowest latency",
			"\t\t- Failover",
			"\t\t\t- Active-passive with health checks on the primary",
		];
		const asked = allQuestions(facts("Route 53", ...map), 1).get("comparison") ?? [];
		expect(asked.filter((q) => q.choices.includes("Auto created records"))).toEqual([]);
		expect(asked.some((q) => q.choices.includes("Weighted"))).toBe(true);
	});

	test("an aspect services of a kind share ('multi-account: delegated administrator') is never said of another as false", () => {
		const log = [
			"# 2024-12-28 study log",
			"",
			"## facts learned",
			"### GuardDuty",
			"- threat detection from CloudTrail events, VPC Flow Logs and DNS logs",
			"- multi-account: delegated administrator via Organizations, can auto-enable for new accounts",
			"- findings go to EventBridge for automatic remediation",
			"### Inspector",
			"- vulnerability management: scans EC2 instances, ECR images and Lambda functions for CVEs",
			"- rescans automatically when a new CVE is published",
			"### Macie",
			"- finds sensitive data such as PII in S3 buckets only",
			"- uses managed and custom data identifiers",
		];
		const asked = quizQuestions("2024-12-28 study log", log, "true-false").filter((q) => /delegated administrator/.test(q.prompt));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.answers, q.prompt).toEqual(["True"]);
	});
});
