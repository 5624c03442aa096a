/**
 * The pieces that let the quiz read notes of any style and keep unfair stems out: section roles
 * under their many names, label lines, the stem filter, one sentence per question, choice types.
 */
import { describe, expect, test } from "vitest";
import { choiceType, sameType } from "../../../src/core/quiz/choiceType";
import { headingRole, labelText, sectionIdOf } from "../../../src/core/quiz/sections";
import { sentenceWith, stemProblem } from "../../../src/core/quiz/stems";
import { facts, withMore } from "./helpers";

describe("section roles under other names", () => {
	test.each([
		["How It Works", null, "details"],
		["Key Features", null, "details"],
		["## 3. Pricing", null, "details"],
		["1. What it is", "overview", "overview"],
		["What is Amazon SQS?", "overview", "overview"],
		["Summary", "overview", "overview"],
		["Common Use Cases", "useCases", "useCases"],
		["When to pick it", "useCases", "useCases"],
		["4. When to use", "useCases", "useCases"],
		["Exam reminders", "examTips", "examTips"],
		["Gotchas", "examTips", "examTips"],
		["🎯 Exam Tips:", "examTips", "examTips"],
		["See also", "references", "references"],
		["Related services", "references", "references"],
		["Further reading", "references", "references"],
		["Details", "details", "details"],
	])("%j → %j (role %j)", (heading, id, role) => {
		expect(sectionIdOf(heading)).toBe(id);
		expect(headingRole(heading)).toBe(role);
	});

	test.each([
		["Exam reminders:", "Exam reminders"],
		["**Comparisons:**", "Comparisons"],
		["Capacity modes:", "Capacity modes"],
		["Producers: SDK, KPL, Kinesis Agent", null],
		["A long line that ends with a colon but says a great deal first:", null],
	])("labelText(%j) = %j", (line, expected) => {
		expect(labelText(line)).toBe(expected);
	});

	test("a note in the description + How It Works / Key Features / Common Use Cases style has content, use cases and tips", () => {
		const f = facts(
			"Amazon Kinesis Data Streams",
			"Amazon Kinesis Data Streams collects and processes streams of records in real time.",
			"## How It Works",
			"- A stream is made of **shards**.",
			"## Key Features",
			"- Retention up to 365 days.",
			"## Common Use Cases",
			"- Real-time clickstream analytics.",
			"",
			"Exam reminders:",
			"- Many consumers and replay → Kinesis Data Streams",
			"",
			"Related:",
			"- [[Amazon Data Firehose]]",
		);
		const at = (line: number) => f.sectionOf[line - 1];
		expect(f.overviewLines.map((l) => l.line)).toEqual([1]);
		expect([at(3), at(5), at(7), at(10), at(13)]).toEqual(["details", "details", "useCases", "examTips", "references"]);
	});
});

describe("stems that do not read on their own", () => {
	test.each([
		["They do not affect the management account.", "starts with a word that points back"],
		["It is resilient in that AZ.", "starts with a word that points back"],
		["Data is resilient in that AZ.", "points at something it does not name"],
		["Exam questions often test rotation.", "talks about the exam or the note"],
		["e.g. block public access on a bucket", "needs its context"],
		["3 - Use a customer managed key", "needs its context"],
		["Used?", "a question"],
		["Real time + replay → Kinesis", "an arrow mapping"],
		["Kinesis keeps records for 24 hours by default.", null],
		["Who changed what and when", null],
	])("%j: %j", (text, expected) => {
		expect(stemProblem(text)).toBe(expected);
	});

	test("an arrow is allowed where a mapping reads fine", () => {
		expect(stemProblem("Durability → 11 nines", { arrows: true })).toBeNull();
	});

	test("one sentence of a paragraph, the one with the marker", () => {
		expect(sentenceWith("Athena is serverless. It reads \uE000 files in S3. You pay per scan.", "\uE000")).toBe("It reads \uE000 files in S3.");
		expect(sentenceWith("No marker here.", "\uE000")).toBeNull();
	});
});

describe("choice types", () => {
	test.each([
		["Amazon SQS", "service"],
		["Config", "service"],
		["15 minutes", "number"],
		["up to 365 days", "number"],
		["$5 per TB", "number"],
		["Partition projection", "term"],
		["IMDSv2", "term"],
		["Records stay in the stream until the retention period ends", "statement"],
		["True", "boolean"],
	])("%j is a %j", (text, expected) => {
		expect(choiceType(text)).toBe(expected);
	});

	test("numbers only stand next to numbers of the same unit kind", () => {
		expect(sameType("14 days", "12 hours")).toBe(true);
		expect(sameType("14 days", "256 KB")).toBe(false);
		expect(sameType("7–30 days", "Parameters and Secrets extension")).toBe(false);
		expect(sameType("Amazon SQS", "Amazon SNS")).toBe(true);
		expect(sameType("Amazon SQS", "Standard")).toBe(false);
	});
});

describe("headings that name a thing, and topic headings", () => {
	test.each([
		["Network Load Balancer (NLB)", true],
		["Management account", true],
		["NLB", true],
		["Hybrid", false],
		["How it works", false],
		["The important bits", false],
		["Records I need to know", false],
		["Making it cheap & fast", false],
		["Don't confuse", false],
		// A plain phrase ending in a collective noun introduces a list of things.
		["Supported resources", false],
		["Check categories (6)", false],
		["Org-level usage", false],
		["Capacity modes", false],
		["Core vocabulary", false],
		["Building blocks", false],
		["Standard queues", true],
		["Trusted Advisor Priority", true],
	])("%j names a thing: %j", async (heading, expected) => {
		const { namesAThing } = await import("../../../src/core/quiz/headings");
		expect(namesAThing(heading)).toBe(expected);
	});
});

describe("a statement under a label names its subject", () => {
	const note = [
		"# AWS Compute Optimizer",
		"",
		"Recommends the **right size** for resources from their **CloudWatch** metrics.",
		"",
		"## Details",
		"- Authentication options:",
		"\t- Recommendations for **EC2 instances** and **Lambda functions**.",
		"\t- Mutual TLS with certificates from **AWS Private CA**.",
	].join("\n");

	test("a blank under a label gets the note's service in front", async () => {
		const { parseNote } = await import("../../../src/core/note/parseNote");
		const { buildQuizContext } = await import("../../../src/core/quiz/context");
		const { generateQuiz } = await import("../../../src/core/quiz");
		const model = parseNote(note);
		const quiz = withMore(generateQuiz(model, buildQuizContext("AWS Compute Optimizer.md", model, []), { count: 30, kinds: ["fill-blank", "true-false"] }));
		const labelled = quiz.questions.filter((q) => q.prompt.includes("Authentication options:"));
		expect(labelled.length).toBeGreaterThan(0);
		for (const q of labelled) expect(q.prompt).toMatch(/^(?:True or false: )?AWS Compute Optimizer — Authentication options: /);
	});
});


describe("a combined note is never the key of a linked-service question", () => {
	test("[[Elastic Load Balancing (ELB) & Auto Scaling|ALB]] is not asked; a single-service link is", async () => {
		const { parseNote } = await import("../../../src/core/note/parseNote");
		const { buildQuizContext } = await import("../../../src/core/quiz/context");
		const { generateQuiz } = await import("../../../src/core/quiz");
		const text = [
			"**Overview**",
			"- Amazon Cognito adds sign-up and sign-in to web and mobile apps.",
			"## **Details**",
			"- An Application Load Balancer ([[Elastic Load Balancing (ELB) & Auto Scaling|ALB]]) can authenticate users with Cognito before forwarding requests.",
			"- Identity pools hand out temporary credentials from [[AWS Security Token Service (STS)|STS]] for direct access to AWS services.",
			"- Cognito user pools can trigger [[AWS Lambda]] functions to customise the sign-up flow.",
			"- Hosted UI pages can sit behind [[Amazon CloudFront]] for a custom domain.",
			"- Calls to the Cognito API are recorded by [[AWS CloudTrail]] for audits.",
		].join("\n");
		const model = parseNote(text);
		const quiz = withMore(generateQuiz(model, buildQuizContext("AWS/Amazon Cognito.md", model, []), { count: 20, kinds: ["linked-service"] }));
		expect(quiz.questions.some((q) => q.answers.some((a) => a.includes("&")))).toBe(false);
		expect(quiz.questions.some((q) => q.answers.includes("AWS Security Token Service (STS)"))).toBe(true);
	});
});
