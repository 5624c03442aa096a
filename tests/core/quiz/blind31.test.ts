/**
 * Faults of blind reads 31 and 32 (notes imported from Notion or Evernote; a study journal of dated
 * entries), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { readableContext } from "../../../src/core/quiz/context";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { namesAThing } from "../../../src/core/quiz/headings";
import { isDate } from "../../../src/core/quiz/text";
import { serviceTitle } from "../../../src/core/quiz/names";
import { clean } from "../../../src/core/quiz/text";
import { context, loadFixture, note, SEEDS, withMore } from "./helpers";

const quiz = (title: string, lines: string[], kinds: ("fill-blank" | "scenario" | "true-false")[]) =>
	SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context(title), { seed, kinds, count: 30, minimum: 1 })).questions);

describe("blind read 31: notes imported from Notion", () => {
	test("the page id after an exported title is no part of the note's name", () => {
		const sqs = note("# Amazon SQS", "- **Visibility timeout**: default **30 s**, up to **12 h**");
		expect(readableContext(context("Amazon SQS 5f3a9c2e1b7d48a6b0c2e9f14d7a3b21"), sqs).title).toBe("Amazon SQS");
		expect(readableContext(context("Amazon Route 53 3e7b1d9a04c2"), sqs).title).toBe("Amazon Route 53");
		// A name that ends in a word or a year keeps it.
		expect(readableContext(context("Amazon S3 Glacier"), sqs).title).toBe("Amazon S3 Glacier");
		expect(serviceTitle("AWS Lambda - notes")).toBe("AWS Lambda");
		const lines = ["# Amazon SQS", "Created: May 3, 2024 4:12 PM", "## Limits", "- Visibility timeout: default **30 s**, range 0 s – **12 h**", "- Retention: default **4 days**, up to **14 days**", "- Max message size: **256 KB**"];
		const prompts = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), readableContext(context("Amazon SQS 5f3a9c2e1b7d48a6b0c2e9f14d7a3b21"), note(...lines)), { seed, count: 20, minimum: 1 })).questions.map((q) => q.prompt));
		expect(prompts.length).toBeGreaterThan(0);
		expect(prompts.filter((p) => /5f3a9c2e/.test(p))).toEqual([]);
	});

	test("importer leftovers are read as what they stand for: '&nbsp;', '\\-', 'Toggle:'", () => {
		expect(clean("Viewer triggers: 5 s timeout, 128 MB&nbsp;|&nbsp;origin triggers: 30 s")).toBe("Viewer triggers: 5 s timeout, 128 MB | origin triggers: 30 s");
		expect(clean("Member accounts \\- belong to exactly one org at a time")).toBe("Member accounts - belong to exactly one org at a time");
		expect(clean("**Toggle: Reserved concurrency**")).toBe("Reserved concurrency");
		expect(clean("a &lt; b &amp; c")).toBe("a < b & c");
	});

	test("'Lambda vs others' sets Lambda against no placeholder", () => {
		const lambda = ["# AWS Lambda", "## Lambda vs others", "- Short event-driven code, spiky traffic → Lambda", "- Long-running container service → ECS"];
		expect(quiz("AWS Lambda", lambda, ["scenario"]).flatMap((q) => q.choices).filter((c) => /^others$/i.test(c))).toEqual([]);
	});
});

describe("blind read 32: a study journal", () => {
	test("a dated heading is no thing, no topic and no subject to swap", () => {
		for (const d of ["Mon 15 Apr", "2024-03-02", "Day 12 — 2024-03-09", "Thu 25 Jul", "March 3, 2024"]) expect(isDate(d)).toBe(true);
		for (const d of ["Multi-AZ", "Read replicas", "Savings Plans"]) expect(isDate(d)).toBe(false);
		expect(namesAThing("Mon 15 Apr")).toBe(false);
		const eb = [
			"# Elastic Beanstalk",
			"## Mon 15 Apr",
			"- **Rolling** deploys in batches; capacity drops during the deploy",
			"- **Immutable** launches a new ASG, safest rollback",
			"## Tue 16 Apr",
			"- EB CLI: eb init, eb create, eb deploy, eb logs",
			"- customize with .ebextensions/*.config in the root of the source bundle",
		];
		const statements = quiz("Elastic Beanstalk", eb, ["true-false"]);
		expect(statements.filter((q) => /Mon 15 Apr|Tue 16 Apr/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
	});

	test("'TODO' is no term and no option", () => {
		// The read's RDS note, as its writer left it.
		const { note: rds, context: ctx } = loadFixture("RDS (journal).md");
		const qs = SEEDS.flatMap((seed) => withMore(generateQuiz(rds, ctx, { seed, count: 30, minimum: 1 })).questions);
		expect(qs.length).toBeGreaterThan(5);
		expect(qs.flatMap((q) => [...q.choices, ...q.answers]).filter((c) => /^todo$/i.test(c))).toEqual([]);
		// Nor are the student's marker and a topic label options of S3 beside Intelligent-Tiering.
		const { note: s3, context: s3ctx } = loadFixture("S3 (journal).md");
		const scenarios = SEEDS.flatMap((seed) => withMore(generateQuiz(s3, s3ctx, { seed, kinds: ["scenario"], count: 30, minimum: 1 })).questions);
		expect(scenarios.length).toBeGreaterThan(0);
		expect(scenarios.flatMap((q) => q.choices).filter((c) => /^(?:todo|security)$/i.test(c))).toEqual([]);
	});
});
