/**
 * No second right answer: wrong choices are never true per the note. Select-all lists under a
 * generic parent are not asked (another list's bullet is just as much a "feature"); lists of
 * services and linked services get wrong choices the note never mentions; link questions that would
 * read garbled ("use for passwords managed") are asked as the line with a blank.
 */
import { describe, expect, test } from "vitest";
import { linkPrompt, linkedServiceQuestions } from "../../../src/core/quiz/generators/linkedService";
import { selectAllQuestions } from "../../../src/core/quiz/generators/selectAll";
import { mentionedIn } from "../../../src/core/quiz/mentioned";
import { createRng } from "../../../src/core/quiz/random";
import { facts, withMore } from "./helpers";

const M = "\uE002";

const AURORA = [
	"**Overview**",
	"- Amazon Aurora is a relational database compatible with MySQL and PostgreSQL.",
	"## **Details**",
	"- Storage:",
	"\t- Six copies of the data across three Availability Zones.",
	"\t- Grows in 10 GB steps up to 128 TiB.",
	"- Other features:",
	"\t- Backtrack rewinds the cluster without a restore.",
	"\t- Cloning makes a copy-on-write clone for tests.",
	"\t- Passwords managed through [[AWS Secrets Manager]].",
	"- Integrates with:",
	"\t- [[AWS Lambda]]",
	"\t- [[Amazon S3]]",
	"\t- [[Amazon CloudWatch]]",
	"- Environment credentials can be encrypted with [[AWS Key Management Service (KMS)]].",
	"- Exports snapshots to [[Amazon S3]] and logs to [[Amazon CloudWatch]] for monitoring.",
	"## **Use Cases**",
	"- Relational workloads that outgrew one server.",
];

describe("select-all", () => {
	const qs = selectAllQuestions(facts("Amazon Aurora", ...AURORA), createRng(7));
	const f = facts("Amazon Aurora", ...AURORA);
	const mentioned = mentionedIn(f);

	test("a generic parent ('Other features') is not asked: every other bullet is a feature too", () => {
		expect(qs.map((q) => q.prompt).filter((p) => /Other features/.test(p))).toEqual([]);
	});

	test("a list of statements ('Storage') is not asked either: any other bullet might be true of it", () => {
		expect(qs.find((x) => x.prompt.includes("Storage"))).toBeUndefined();
	});

	test("a list of services: the wrong choices are services the note never mentions", () => {
		const q = qs.find((x) => x.prompt === "Integrates with: which of these services? Select all that apply.")!;
		expect(new Set(q.answers)).toEqual(new Set(["AWS Lambda", "Amazon S3", "Amazon CloudWatch"]));
		const wrong = q.choices.filter((c) => !q.answers.includes(c));
		expect(wrong.length).toBeGreaterThanOrEqual(1);
		for (const w of wrong) expect(mentioned(w), w).toBe(false);
	});

	test("a line linking several services: none of the wrong choices is mentioned in the note", () => {
		for (const q of qs.filter((x) => x.prompt.startsWith("Which services does"))) {
			for (const w of q.choices.filter((c) => !q.answers.includes(c))) expect(mentioned(w), w).toBe(false);
		}
	});
});

describe("linked-service", () => {
	test("wrong choices are never services the note mentions elsewhere", () => {
		const f = facts("Amazon Aurora", ...AURORA);
		const mentioned = mentionedIn(f);
		const qs = linkedServiceQuestions(f, createRng(3));
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) for (const w of q.choices.filter((c) => !q.answers.includes(c))) expect(mentioned(w), `${q.prompt}: ${w}`).toBe(false);
	});

	test.each([
		[`Passwords managed through ${M}.`, 'Which service fills the blank in this line about Amazon Aurora: "Passwords managed through ____"?'],
		[`Environment credentials can be encrypted with ${M}.`, 'Which service fills the blank in this line about Amazon Aurora: "Environment credentials can be encrypted with ____"?'],
		[`Encryption of secrets with ${M}.`, "Which service does Amazon Aurora use for encryption of secrets?"],
	])("linkPrompt(%j) reads right", (text, expected) => {
		expect(linkPrompt(text, "Amazon Aurora", true)).toBe(expected);
	});
});

describe("mentionedIn", () => {
	test("by link, by full name, by short name and abbreviation, as whole words", () => {
		const f = facts("Amazon Aurora", "**Overview**", "- Works with [[AWS Lambda]], Amazon S3 and EC2 instances.", "- Not about SQSX.");
		const m = mentionedIn(f);
		expect(m("AWS Lambda")).toBe(true);
		expect(m("Amazon Simple Storage Service (S3)")).toBe(true);
		expect(m("Amazon Elastic Compute Cloud (EC2)")).toBe(true);
		expect(m("Amazon Simple Queue Service (SQS)")).toBe(false);
		expect(m("Amazon DynamoDB")).toBe(false);
	});

	test("words in a row across punctuation and line breaks, never part of a longer word", () => {
		const f = facts("Amazon Aurora", "**Overview**", "- Rotates passwords with Secrets-Manager.", "- Snapshots go to Amazon", "S3 buckets.", "- EC22 is not a service; neither is XKMS.");
		const m = mentionedIn(f);
		expect(m("AWS Secrets Manager")).toBe(true);
		expect(m("Amazon Simple Storage Service (S3)")).toBe(true);
		expect(m("Amazon Elastic Compute Cloud (EC2)")).toBe(false);
		expect(m("AWS Key Management Service (KMS)")).toBe(false);
	});
});

describe("only services are offered as services", () => {
	test("concept, overview and combined sibling notes are never wrong answers to 'which service'", async () => {
		const { generateQuiz } = await import("../../../src/core/quiz");
		const { note } = await import("./helpers");
		const siblings = ["Shared Responsibility Model", "AWS Networking Overview", "Amazon ECS & EKS", "Study plan", "Amazon DynamoDB", "AWS Lambda", "Amazon Route 53"];
		const quiz = withMore(generateQuiz(
			note(
				"**Overview**",
				"- Amazon Simple Queue Service (SQS) is a fully managed message queue that decouples the parts of an application.",
				"## **Details**",
				"- Messages stay up to **14 days**; the default is **4 days**.",
				"- **Visibility timeout** hides a message while a consumer works on it.",
			),
			{ path: "AWS/Amazon Simple Queue Service (SQS).md", title: "Amazon Simple Queue Service (SQS)", aliases: [], siblings },
			{ count: 20, seed: 4 },
		));
		const offered = quiz.questions.flatMap((q) => q.choices);
		const { buildFacts } = await import("../../../src/core/quiz/facts");
		const f = buildFacts(note("**Overview**", "- Amazon SQS queues messages."), { path: "AWS/Amazon Simple Queue Service (SQS).md", title: "Amazon Simple Queue Service (SQS)", aliases: [], siblings });
		// Other categories than SQS's (application integration) come after the category's own services.
		expect([...f.otherServices, ...f.catalogServices, ...f.moreServices].filter((s) => siblings.includes(s))).toEqual(["Amazon DynamoDB", "AWS Lambda", "Amazon Route 53"]);
		expect(f.otherServices.filter((s) => siblings.includes(s))).toEqual([]);
		expect(quiz.questions.some((q) => q.kind === "which-service")).toBe(true);
		for (const bad of ["Shared Responsibility Model", "AWS Networking Overview", "Amazon ECS & EKS", "Study plan"]) expect(offered).not.toContain(bad);
	});
});

describe("wrong services come from the note's own domain", () => {
	test("same-category siblings and catalog services come before siblings of other categories", async () => {
		const { buildFacts } = await import("../../../src/core/quiz/facts");
		const { findService } = await import("../../../src/core/links/catalog");
		const { note } = await import("./helpers");
		const siblings = ["Amazon Redshift", "Amazon GuardDuty", "Amazon EFS", "Amazon Route 53", "Amazon EBS"];
		const f = buildFacts(note("**Overview**", "- Amazon S3 stores objects in buckets."), { path: "AWS/Amazon S3.md", title: "Amazon S3", aliases: [], siblings });
		const storage = findService("Amazon S3")?.category;
		// The services the exams set against S3 first, named as the vault names them when it does.
		expect(f.otherServices.slice(0, 2)).toEqual(["Amazon EFS", "Amazon EBS"]);
		for (const s of f.otherServices) expect(findService(s)?.category).toBe(storage);
		expect(f.otherServices.filter((s) => findService(s)?.name === "Amazon Elastic File System")).toEqual(["Amazon EFS"]);
		for (const s of f.catalogServices) expect(findService(s)?.category).toBe(storage);
		// The category's best-known services first ("Amazon S3 Glacier"), lesser-known and other categories last.
		expect(f.catalogServices.length).toBeLessThanOrEqual(8);
		expect(f.moreServices.slice(-3)).toEqual(["Amazon Redshift", "Amazon GuardDuty", "Amazon Route 53"]);
	});
});
