/**
 * Faults of blind read 23 (notes typed during a video course: timestamps, asides about the course,
 * "Q said ... -> ..." lines from practice tests), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { examCue } from "../../../src/core/quiz/cues";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { serviceTitle, TOPIC_TITLE } from "../../../src/core/quiz/names";
import { stemProblem } from "../../../src/core/quiz/stems";
import { clean } from "../../../src/core/quiz/text";
import { checkFairness } from "../../../src/core/quiz/fairness";
import { context, note, quizQuestions, sampleQuestion, SEEDS, withMore } from "./helpers";

describe("blind read 23: what a video course leaves in the notes", () => {
	test("timestamps and asides about the course are no part of what a line says", () => {
		expect(clean("## Health checks [21:00]")).toBe("Health checks");
		expect(clean("- [12:40] SQS keeps messages 4 days by default")).toBe("SQS keeps messages 4 days by default");
		expect(clean("- NFS only, migrate ZFS workloads (1 min in the video, prob rarely asked)")).toBe("NFS only, migrate ZFS workloads");
		expect(clean("- Snowmobile (skip, not on SAA)")).toBe("Snowmobile");
		// Blind read 24: a heading's aside about the exam leaked into the prompt.
		expect(clean("## Deployment policies (exam favourite)")).toBe("Deployment policies");
		// Other asides and times stay.
		expect(clean("- retention 24h default (up to 365 days)")).toBe("retention 24h default (up to 365 days)");
		expect(clean("- backups run at 12:40 every day")).toBe("backups run at 12:40 every day");
	});

	test("'Lambda lecture' is a note about Lambda; 'CloudWatch and CloudTrail lecture' is no service to link to", () => {
		expect(serviceTitle("Lambda lecture")).toBe("Lambda");
		expect(serviceTitle("KMS and encryption lecture")).toBe("KMS");
		expect(TOPIC_TITLE.test("CloudWatch and CloudTrail lecture")).toBe(true);
		const qs = quizQuestions("KMS and encryption lecture", [
			"## Basics [00:40]",
			"- **KMS** creates and controls encryption keys, regional, backed by HSMs",
			"- every KMS API call logged in CloudTrail -> [[CloudWatch and CloudTrail lecture]]",
			"- **customer managed keys** cost 1 USD a month each and can be rotated yearly",
			"- **AWS managed keys** are free and rotated every year automatically",
			"- **CloudHSM** is single-tenant hardware you manage yourself",
		]);
		expect(qs.filter((q) => q.answers.concat(q.choices).some((c) => /lecture/.test(c))).map((q) => q.prompt)).toEqual([]);
	});

	test("'Q said \"...\" -> X' and 'instructor says \"...\" -> X' are cues; 'supports A, B -> Glacier via lifecycle' is none", () => {
		expect(examCue('Q said "serverless, key-value, millisecond, unpredictable traffic" -> DynamoDB')).toMatchObject({ situation: "serverless, key-value, millisecond, unpredictable traffic", lead: true });
		expect(examCue('Q "central login for 40 accounts" -> IAM Identity Center')).toMatchObject({ situation: "central login for 40 accounts", lead: true });
		expect(examCue('instructor says "least operational overhead" + containers -> Fargate')).toMatchObject({ answer: "Fargate", lead: true });
		expect(examCue("supports S3 Standard, Standard-IA, One Zone-IA, Intelligent-Tiering -> Glacier via lifecycle policy")).toBeNull();
		// A need that opens with a verb is still one.
		expect(examCue("needs sub-millisecond reads for a DynamoDB table -> DAX")).toMatchObject({ answer: "DAX" });
		expect(examCue("moving TBs of data over the wire takes forever -> Snowball Edge")).toMatchObject({ answer: "Snowball Edge" });
	});

	test("'do NOT affect the management account' has no subject", () => {
		expect(stemProblem("do NOT affect the management account")).toBe("has no subject");
		expect(stemProblem("don't grant anything, just filters")).toBe("has no subject");
		expect(stemProblem("SCPs do not affect the management account")).toBeNull();
	});
});

describe("blind read 23: blanks that are no terms", () => {
	test("'**EBS vs EFS**:' and '**keys are regional** ->' are not blanked", () => {
		const lines = [
			"## Storage",
			"- **EBS vs EFS**: EBS = 1 AZ, 1 instance mostly, block.",
			"- **EFS One Zone** keeps data in one AZ for less money",
			"- **EBS volume** attaches to one instance in one AZ",
			"## Keys",
			"- **keys are regional** -> copy an encrypted snapshot to another region = re-encrypt with a key there",
			"- **custom key store** puts KMS keys in your own CloudHSM cluster",
			"- **customer managed key** is one you create and control",
		];
		for (const seed of SEEDS) {
			const qs = withMore(generateQuiz(note(...lines), context("Amazon EBS"), { seed, count: 20, kinds: ["fill-blank"], minimum: 1 })).questions;
			expect(qs.filter((q) => /EBS vs EFS|keys are regional/.test(q.answers.concat(q.choices).join(" | "))).map((q) => q.prompt)).toEqual([]);
		}
	});
});

describe("blind read 23: tables", () => {
	test("a 'Default?' column and figure columns ('1 Gbps') are not asked; 'user/role' is no answer beside 'user/group/role'", () => {
		const lines = [
			"## Event types",
			"| Type | Default? | Examples |",
			"|---|---|---|",
			"| Management | Yes | CreateSubnet, AttachRolePolicy |",
			"| Data | No | S3 GetObject, Lambda Invoke |",
			"| Insights | No | unusual API call volume |",
			"## Transfer math",
			"| Data | 100 Mbps | 1 Gbps |",
			"|---|---|---|",
			"| 10 TB | ~12 days | ~1 day |",
			"| 100 TB | ~124 days | ~12 days |",
			"| 1 PB | ~3 years | ~124 days |",
			"## Policy types",
			"| Policy | Applies to | Grants? |",
			"|---|---|---|",
			"| identity policy | user/group/role | Yes |",
			"| perm boundary | user/role | No |",
			"| SCP | accounts in org | No |",
			"| resource policy | resource | Yes |",
		];
		const qs = quizQuestions("AWS CloudTrail", lines);
		expect(qs.filter((q) => /default\?|which data has|user\/role\b(?!\/)/i.test(q.prompt) && !/user\/group\/role/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		// The columns that compare still ask.
		expect(qs.some((q) => /accounts in org/.test(q.prompt))).toBe(true);
	});
});

describe("blind read 23: giveaways by letters and by form", () => {
	test("'migrate ZFS workloads' gives away 'FSx for OpenZFS' among other FSx; 'Amazon SQS: ...' does not give away 'SQS FIFO queue'", () => {
		const q = (prompt: string, key: string, choices: string[]) => ({ ...sampleQuestion({ kind: "comparison", prompt, answers: [key], choices, typed: false }), explanation: "x", source: { line: 1, text: "x" } });
		expect(checkFairness(q("Which of these is NFS only, to migrate ZFS workloads?", "FSx for OpenZFS", ["FSx for OpenZFS", "FSx for Lustre", "FSx for NetApp ONTAP"]))).toEqual(['the prompt\'s "ZFS" is part of the answer "FSx for OpenZFS" only']);
		expect(checkFairness(q("Amazon SQS: strict ordering, no duplicates. Which option fits?", "SQS FIFO queue", ["SQS FIFO queue", "Standard queue", "Delay queue"]))).toEqual([]);
	});

	test("a list is no term to fill in: 'endpoints: ____, public or private' keyed 'ALB, NLB, EC2, Elastic IP'", () => {
		const lines = [
			"## Global Accelerator",
			"- two static **anycast IPs** in front of your app",
			"- endpoints: **ALB, NLB, EC2, Elastic IP**, public or private",
			"- **endpoint groups** are per Region, with a traffic dial",
			"- **listeners** take TCP or UDP on a port range",
		];
		const qs = quizQuestions("AWS Global Accelerator", lines, "fill-blank");
		expect(qs.filter((q) => q.answers.concat(q.choices).some((c) => /,\s/.test(c))).map((q) => q.prompt)).toEqual([]);
	});
});
