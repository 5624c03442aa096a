/**
 * Faults of blind read 25 (FAQ notes: every heading a question the student asked, answered below
 * it), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { echoedWord } from "../../../src/core/quiz/fairness";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { shortWhenEchoed } from "../../../src/core/quiz/generators/linkedService";
import { makeQuestion, pickDistractors } from "../../../src/core/quiz/distractors";
import { createRng } from "../../../src/core/quiz/random";
import { context, facts, loadFixture, note, quizQuestions, SEEDS, withMore } from "./helpers";

const choice = (prompt: string, answer: string, wrong: string[]) =>
	makeQuestion({ kind: "scenario", prompt, choices: [answer, ...wrong], answers: [answer], multi: false, typed: false, explanation: "x", source: { line: 1, text: "x" } });

describe("blind read 25: a word of the prompt that only the key has", () => {
	test("'reduce cost of polling' gives 'Long polling' away; 'replace physical tapes' gives 'Tape Gateway' away; 'syncing' gives 'DataSync' away", () => {
		expect(echoedWord(choice("Scenario: reduce empty responses / reduce cost of polling. Which Amazon SQS option fits?", "Long polling", ["DLQ", "SQS FIFO"]), ["Amazon SQS"])).toBe("pol");
		expect(echoedWord(choice("Scenario: replace physical tapes, keep the backup software. Which Storage Gateway option fits?", "Tape Gateway", ["Volume Gateway", "S3 File Gateway"]))).toBe("tap");
		expect(echoedWord(choice("Scenario: migrate and keep syncing a NAS to AWS. Which service fits?", "AWS DataSync", ["AWS DMS", "AWS Transfer Family", "AWS Snowball Edge"]))).toBe("sync");
	});

	test("no giveaway: a wrong choice shares the word, the word is the note's own name, a label of the group, or a figure's unit", () => {
		// "Which DynamoDB option fits?" names the note's service, which the key names too.
		expect(echoedWord(choice("Scenario: trigger a Lambda function on every item change. Which DynamoDB option fits?", "DynamoDB Streams", ["DAX", "Global tables", "PITR"]), ["DynamoDB"])).toBe(null);
		expect(echoedWord(choice("Scenario: survive the loss of a tape library. Which option fits?", "Tape Gateway", ["Tape archive", "Volume Gateway"]))).toBe(null);
		// "CloudFront — Edge compute — Runtime: ..." : the heading names what both sides are.
		expect(echoedWord(choice("CloudFront — Edge compute — Runtime: Node.js, Python. Which is it?", "Lambda@Edge", ["CloudFront Functions", "CloudFront KeyValueStore"]))).toBe(null);
		expect(echoedWord(choice("Metric retention: 1 min ____ · 5 min 63 days", "15 days", ["1 day", "12 hrs"]))).toBe(null);
		// "MongoDB" and "DocumentDB" share a piece of a name, no word.
		expect(echoedWord(choice("A question mentions MongoDB compatibility. Which service fits?", "Amazon DocumentDB", ["Amazon Neptune", "Amazon Keyspaces", "Amazon Timestream"]))).toBe(null);
	});

	test("a quiz never asks a question whose key the prompt echoes", () => {
		const lines = [
			"## What does the exam like to ask?",
			'- If the question says "reduce empty responses / reduce cost of polling" -> long polling',
			'- If the question says "messages must be processed in order, exactly once" -> FIFO queue',
			'- If the question says "keep failed messages for later inspection" -> dead-letter queue',
			"## What are the options?",
			"- **Long polling** waits up to 20 seconds for a message",
			"- **FIFO queue** keeps order within a message group",
			"- **Dead-letter queue** receives messages that failed too often",
		];
		const all = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context("Amazon SQS"), { seed, count: 20, minimum: 1 })).questions);
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) expect(echoedWord(q, ["Amazon SQS", "SQS"]), `${q.prompt} ${q.choices.join(" / ")}`).toBe(null);
		expect(all.some((q) => q.kind === "scenario" && q.answers[0] === "FIFO queue")).toBe(true);
	});

	test("a wrong choice with the prompt's word comes first, so the word tells no choice apart", () => {
		const pool = ["AWS CodeCommit", "AWS CodeArtifact", "Amazon Elastic Container Service (ECS)", "AWS Serverless Application Repository (SAR)"];
		for (const seed of SEEDS) {
			const wrong = pickDistractors(["Amazon Elastic Container Registry (ECR)"], [pool], 3, createRng(seed), { prompt: "Which service does Amazon EKS pull container images from?" });
			expect(wrong).toContain("Amazon Elastic Container Service (ECS)");
		}
		// Without a prompt, any three.
		const plain = new Set(SEEDS.flatMap((seed) => pickDistractors(["Amazon Elastic Container Registry (ECR)"], [pool], 3, createRng(seed))));
		expect(plain.size).toBe(4);
	});

	test("a name written out that says what the prompt asks is asked in its short form", () => {
		expect(shortWhenEchoed("Which service does Amazon EKS pull container images from?", "Amazon Elastic Container Registry (ECR)")).toBe("Amazon ECR");
		expect(shortWhenEchoed("Which service does Amazon EKS use for load balancing?", "Amazon Elastic Container Registry (ECR)")).toBe("Amazon Elastic Container Registry (ECR)");
		expect(shortWhenEchoed("Which service does Amazon EKS pull container images from?", "Amazon ECR")).toBe("Amazon ECR");
	});
});

describe("blind read 25: FAQ notes", () => {
	const ACM = [
		"# ACM",
		"## How does renewal work?",
		"- Cert must be in use by **ELB**, CloudFront or API Gateway to be eligible for managed renewal.",
		"- Renewal starts **60 days** before expiry for DNS-validated certs.",
		"## What about wildcards & SANs?",
		"- Default up to **10 domain names** per cert (can raise to 100).",
		"## What does the exam like to ask?",
		"- A certificate for CloudFront must be requested in **us-east-1** and nowhere else.",
		"## Gotchas?",
		"- An imported certificate is never renewed by ACM; you re-import it before it expires.",
	];

	test("a line under a question heading is asked with its question, up to twenty words", () => {
		const prompts = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...ACM), context("ACM"), { seed, count: 20, minimum: 1 })).questions.map((q) => q.prompt));
		expect(prompts.some((p) => /How does renewal work\? Cert must be in use by ____/.test(p))).toBe(true);
		expect(prompts.some((p) => /What about wildcards & SANs\? Default up to ____/.test(p))).toBe(true);
		// A question about the exam, or the student's "Gotchas?", gives no context to what is below it.
		expect(prompts.filter((p) => /What does the exam like to ask\?|Gotchas\?/.test(p))).toEqual([]);
	});

	test("a topic heading that asks nothing ('How it works') leads only short lines", () => {
		const lines = ["# ACM", "## How it works", "- ACM renews a DNS-validated certificate **60 days** before it expires, as long as the CNAME record stays in place.", "- Validation by **DNS** or by email"];
		const prompts = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context("ACM"), { seed, count: 20, minimum: 1 })).questions.map((q) => q.prompt));
		expect(prompts.some((p) => /renews a DNS-validated/.test(p))).toBe(true);
		expect(prompts.filter((p) => /How it works: ACM renews/.test(p))).toEqual([]);
	});

	test("'How do SCPs actually work?' is about SCPs, not 'SCPs actually'", () => {
		const lines = [
			"# AWS Organizations",
			"## What are the pieces?",
			"- **Management account** pays the bill for every member account",
			"## How do SCPs actually work?",
			"SCP = Service Control Policy. JSON that looks like IAM, but it's a **maximum permissions boundary** for every principal in the affected accounts.",
			"- SCPs **never grant** anything: IAM must allow it too.",
			"- Limits: max **5 SCPs** attached per root, OU or account, each up to **5,120 characters**.",
			"## What's the difference between all features and consolidated billing only?",
			"- **All features** is needed for SCPs; consolidated billing only shares the bill.",
		];
		expect(facts("AWS Organizations", ...lines).subjectAt(7)).toBe("SCPs");
		const qs = quizQuestions("AWS Organizations", lines);
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.prompt).not.toMatch(/SCPs actually(?! work)/);
	});
});

describe("blind read 25: options of one kind", () => {
	test("'Flexible Retrieval' stands against the other classes of the note's table ('Glacier Instant Retrieval'), not 'Glacier Vault Lock'", () => {
		const lines = [
			"# S3 Glacier",
			"| Class | Retrieval | Min storage |",
			"|---|---|---|",
			"| Glacier Instant Retrieval | milliseconds | 90 days |",
			"| Glacier Flexible Retrieval | minutes to hours | 90 days |",
			"| Glacier Deep Archive | 12-48 hours | 180 days |",
			"## How long does a restore take?",
			"- **Flexible Retrieval**: Expedited 1-5 min, Standard 3-5 hours, Bulk 5-12 hours",
			"- **Deep Archive**: Standard within 12 hours, Bulk within 48 hours",
			"## What else is there?",
			"- **Glacier Vault Lock**: a WORM policy on a vault",
			"- **Lifecycle rules**: move objects to a colder class after N days",
			"## What does the exam like to ask?",
			'- "archive, a restore within a few hours is fine, sometimes urgent" -> **Flexible Retrieval**',
			'- "cheapest possible, 48 hours is fine" -> **Deep Archive**',
		];
		const asked = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context("S3 Glacier"), { seed, kinds: ["scenario"], minimum: 1 })).questions).filter((q) => q.answers[0] === "Flexible Retrieval");
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) {
			expect(q.choices).toContain("Instant Retrieval");
			expect(q.choices.filter((c) => /Vault Lock|Lifecycle/.test(c))).toEqual([]);
		}
	});

	test("a mode listed under a bold lead ('**Volume Gateway**' over '**Stored volumes**') never has its lead, nor a thing of another lead, as a wrong choice", () => {
		// The FAQ note of blind read 25, as its writer left it.
		const { note: faq, context: ctx } = loadFixture("Storage Gateway (FAQ).md");
		const all = SEEDS.flatMap((seed) => withMore(generateQuiz(faq, ctx, { seed, kinds: ["scenario"], minimum: 1 })).questions);
		expect(all.some((q) => q.answers[0] === "Tape Gateway" || q.answers[0] === "Volume Gateway")).toBe(true);
		for (const q of all.filter((q) => /^(?:Stored|Cached)/.test(q.answers[0]))) {
			expect(q.choices.filter((c) => /Gateway/.test(c)), q.prompt).toEqual([]);
		}
	});
});

describe("blind read 25: a line labelled by another service", () => {
	test("'SQS: each message processed by one consumer ...' in the Kinesis note is not said of Kinesis", () => {
		const lines = [
			"# Kinesis Data Streams",
			"## How is it different from a queue?",
			"- Kinesis: many consumers read the same records, ordered per shard, kept for replay",
			"- SQS: each message is processed by one consumer and then deleted, with no ordering unless FIFO",
			"- SNS: pushes every message to all subscribers at once, with no replay",
		];
		const all = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context("Kinesis Data Streams"), { seed, kinds: ["fill-blank"], minimum: 1 })).questions);
		const sqs = all.filter((q) => q.answers[0] === "SQS");
		expect(sqs.length).toBeGreaterThan(0);
		for (const q of sqs) expect(q.prompt).not.toMatch(/Kinesis/);
	});
});

describe("blind read 25: figures", () => {
	test("a range ('24-72 hours') is no wrong answer for one end of a range ('____ to 1 year')", () => {
		const pool = ["24-72 hours", "6 hours", "12 hours", "3-5 hours", "7 days"];
		const prompt = "Recycle Bin keeps deleted snapshots (____ to 1 year)";
		for (const seed of SEEDS) for (const c of pickDistractors(["1 day"], [pool], 3, createRng(seed), { prompt })) expect(c).not.toMatch(/-/);
	});
});
