/**
 * Faults of blind reads 29 and 30 (practice-exam review notes: "### Q: ..." with "my answer: ❌" and
 * "correct: ✅"; plain prose notes), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { echoedWord } from "../../../src/core/quiz/fairness";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { makeQuestion } from "../../../src/core/quiz/distractors";
import { definitionPrompt } from "../../../src/core/quiz/generators/whichService";
import { serviceNames } from "../../../src/core/quiz/names";
import { practiceCues } from "../../../src/core/quiz/practice";
import { stemProblem } from "../../../src/core/quiz/stems";
import { clean } from "../../../src/core/quiz/text";
import { context, facts, loadFixture, note, SEEDS, withMore } from "./helpers";

const quiz = (title: string, lines: string[], kinds: ("fill-blank" | "scenario" | "comparison" | "true-false" | "which-service")[]) =>
	SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context(title), { seed, kinds, count: 30, minimum: 1 })).questions);

describe("blind read 29: practice questions written down after a test", () => {
	test("'### Q: ...' with 'correct: **X** ✅' is a scenario keyed X, with 'my answer' as a wrong choice", () => {
		const s3 = [
			"# Amazon S3",
			"## Questions I got wrong",
			"### Q: a contractor without an AWS account must upload one file to a private bucket, for a day",
			"- my answer: **bucket policy** allowing the contractor ❌",
			"- correct: **pre-signed URL** ✅",
			"- why: anyone holding the URL can PUT until it expires; no IAM identity needed",
			"## Must know",
			"- **bucket policy**: resource-based JSON policy on the bucket",
			"- **pre-signed URL**: time-limited link signed with the creator's credentials",
			"- **S3 Access Points**: named endpoints with their own policy",
			"- **Block Public Access**: account or bucket level override",
		];
		const cues = practiceCues(facts("Amazon S3", ...s3));
		expect(cues.map((c) => [c.line, c.cue.answer, c.cue.not])).toEqual([[5, "pre-signed URL", "bucket policy"]]);
		const scenario = quiz("Amazon S3", s3, ["scenario"]).find((q) => q.source.line === 5);
		expect(scenario?.prompt).toMatch(/^Scenario: a contractor without an AWS account must upload one file to a private bucket, for a day\. Which .* fits\?$/);
		expect(scenario?.answers[0].toLowerCase()).toBe("pre-signed url");
		expect(scenario?.choices.map((c) => c.toLowerCase())).toContain("bucket policy");
	});

	test("the answer bullets are never asked on their own; nor are remarks about the practice tests", () => {
		const { note: lambda, context: ctx } = loadFixture("Lambda (practice review).md");
		const qs = SEEDS.flatMap((seed) => withMore(generateQuiz(lambda, ctx, { seed, count: 30, minimum: 1 })).questions);
		expect(qs.length).toBeGreaterThan(5);
		expect(qs.filter((q) => q.kind !== "scenario" && /\b(?:correct|my answer|why|trap)\s*:/i.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		expect(stemProblem("Lost 3 questions on test 5 here.")).not.toBe(null);
		expect(stemProblem("10+ questions per test.")).not.toBe(null);
		expect(stemProblem("correct: create an interface VPC endpoint")).not.toBe(null);
	});

	test("the student's aside '(I thought 1 day was the minimum, it isn't)' is no part of a statement", () => {
		expect(clean("Rotation can be as often as every 4 hours (I thought 1 day was the minimum, it isn't).")).toBe("Rotation can be as often as every 4 hours.");
	});

	test("'data as S3 objects' gives away 'S3 File Gateway' when no other choice says S3", () => {
		const q = makeQuestion({ kind: "scenario", prompt: "Scenario: NFS/SMB on-prem, data as S3 objects. Which Storage Gateway option fits?", choices: ["S3 File Gateway", "Volume Gateway", "Tape Gateway", "FSx File Gateway"], answers: ["S3 File Gateway"], multi: false, typed: false, explanation: "x", source: { line: 1, text: "x" } });
		expect(echoedWord(q, ["AWS Storage Gateway", "Storage Gateway"])).toBe("s3");
	});
});

describe("blind read 30: plain prose", () => {
	test("'those logs', 'The token this gives' point at what the line does not say", () => {
		expect(stemProblem("Amazon ECR: The token this gives is valid for 12 hours.")).not.toBe(null);
		const trail = ["# CloudTrail", "CloudTrail records API calls in an account as events.", "## Exam angle", "- If the question is about detecting threats from those logs automatically, the answer is usually **Amazon GuardDuty**."];
		expect(quiz("CloudTrail", trail, ["scenario"]).filter((q) => /those logs/.test(q.prompt))).toEqual([]);
	});

	test("which-service: a name used as a common noun, or spelled out, gives the key away", () => {
		expect(definitionPrompt("It is also the main tool for proving backup compliance across an organisation.", serviceNames("AWS Backup", []))).toBe(null);
		expect(definitionPrompt("AWS WAF is a web application firewall that inspects HTTP requests at layer 7.", serviceNames("AWS WAF", []))).toBe(null);
		expect(definitionPrompt("AWS Backup is a managed service that keeps backup plans for EBS, RDS and EFS in one place.", serviceNames("AWS Backup", []))).toBe(null);
		expect(definitionPrompt("AWS WAF filters HTTP requests by rules you attach to CloudFront, ALB or API Gateway.", serviceNames("AWS WAF", []))).toMatch(/^Which AWS service filters HTTP requests/);
	});
});

describe("blind read 28: a bold name on its own line owns the bullets below it", () => {
	test("'**🟩 Network Load Balancer (NLB)** -> layer 4' then bullets: they are NLB's", () => {
		const elb = [
			"# Elastic Load Balancing",
			"## ⚖️ the three types",
			"**🟦 Application Load Balancer (ALB)** -> layer 7",
			"- path / host based routing, targets grouped into **target groups**",
			"",
			"**🟩 Network Load Balancer (NLB)** -> layer 4",
			"- **millions of req/s**, ultra low latency, handles sudden spiky traffic",
			"- **one static IP per AZ**, can assign Elastic IPs",
		];
		const statements = quiz("Elastic Load Balancing", elb, ["true-false"]).filter((q) => q.source.line === 7).map((q) => q.prompt);
		expect(statements.length).toBeGreaterThan(0);
		expect(statements.every((p) => /Network Load Balancer/.test(p))).toBe(true);
	});
});

describe("blind read 29: an option stands against its own family", () => {
	test("'Deep Archive' against the other storage classes, not against 'Object Lock' or 'Transfer Acceleration'", () => {
		const s3 = [
			"# Amazon S3",
			"## Must know",
			"- storage classes: Standard, Standard-IA, One Zone-IA, Intelligent-Tiering, Glacier Instant Retrieval, Glacier Flexible Retrieval, Deep Archive",
			"## Keyword -> answer",
			'- "cheapest, retrieval within 12-48 h" → Deep Archive',
			'- "WORM / regulatory / nobody may delete" → Object Lock compliance',
			'- "upload faster over long distance" → Transfer Acceleration',
			'- "replicate the objects that already exist" → Batch Replication',
		];
		const q = quiz("Amazon S3", s3, ["scenario"]).find((x) => x.answers[0] === "Deep Archive");
		expect(q).toBeDefined();
		expect(q?.choices.filter((c) => c !== "Deep Archive").every((c) => /Standard|One Zone|Intelligent|Glacier/.test(c))).toBe(true);
	});

	test("a family of another service is not used: 'One Zone-IA' in an EFS note is no S3 class", () => {
		const efs = ["# Amazon EFS", "## Classes", "- Standard, Infrequent Access, Archive; One Zone-IA in one AZ", "## Keyword -> answer", '- "lowest cost, data can be recreated" → One Zone-IA', '- "shared across AZs, Linux" → Standard', '- "rarely read" → Archive'];
		const qs = quiz("Amazon EFS", efs, ["scenario"]).filter((x) => x.answers[0] === "One Zone-IA");
		expect(qs.flatMap((x) => x.choices).filter((c) => /Glacier|Intelligent/.test(c))).toEqual([]);
	});
});
