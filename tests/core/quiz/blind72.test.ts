/**
 * Faults of blind reads 72 to 75, each as a case written for these tests, and the quiz's questions held
 * back (`LATE_FILL`).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import { checkAnswer, generateQuiz, typedMatches } from "../../../src/core/quiz";
import { alsoAccepted } from "../../../src/core/quiz/accepts";
import { heldBack, isLate, LATE_FILL } from "../../../src/core/quiz/generateQuiz";
import { serviceNames } from "../../../src/core/quiz/names";
import { stemProblem } from "../../../src/core/quiz/stems";
import { context, facts, questionsOf, sampleQuestion, SEEDS } from "./helpers";

describe("typed answers (blind reads 72-77)", () => {
	test.each([
		["In-place deployment", "In-place", true],
		["X-Ray tracing", "X-Ray", true],
		["CloudWatch metrics", "CloudWatch", true],
		["Rightsizing recs", "Rightsizing", true],
		["Rightsizing recs", "rightsizing recommendations", true],
		["AMIs", "AMI", true],
		["ACLs", "acl", true],
		// Something of the name must be left, and it must be the same name.
		["CloudWatch metrics", "metrics", false],
		["X-Ray tracing", "tracing", false],
		["AMIs", "AMs", false],
		["Provisioned concurrency", "Reserved concurrency", false],
		// Blind reads 76-77.
		["VPC access", "VPC", true],
		["SQL queries", "SQL", true],
		["IAM authentication", "IAM", true],
		["1 management acct", "management account", true],
		["1 management acct", "one management account", true],
		["1 management acct", "2 management accounts", false],
		["1 day", "day", false],
		["1 GB", "GB", false],
	])("%s, typed %s: %s", (expected, given, right) => {
		expect(typedMatches(expected, given)).toBe(right);
	});
});

describe("a word of a typed key that says it alone in its note (blind reads 72-75)", () => {
	const prompt = "Trusted Advisor: ____ notification → to account contacts";
	test.each([
		["Weekly email", ["- **Weekly email** notification → to account contacts"], ["email"]],
		["External IdP", ["- **External IdP** — Okta, Entra ID, Ping"], ["IdP"]],
		["NACL deny rule", ["- Blocking one IP: **NACL deny rule**"], ["NACL"]],
		["Real-time collaboration", ["- **Real-time collaboration**: see each other's cursors"], ["collaboration"]],
		["Local caching", ["- **Local caching** of hot data, low latency on prem"], ["caching"]],
		// The first word sets the key apart: "administrator" is no delegated one, "concurrency" no provisioned one.
		["Delegated administrator", ["- **Delegated administrator** for GuardDuty"], []],
		["Provisioned concurrency", ["- **Provisioned concurrency** keeps functions warm"], []],
		// Another line names another thing, or the same one, by the word.
		["Weekly email", ["- **Weekly email** notification", "- SES sends email"], []],
		["Real-time subscriptions", ["- **Real-time subscriptions**: managed websockets", "- **Subscriptions** push changes to clients"], []],
		// Figures, services, acronyms of a kind, features named by both words, and words the prompt says.
		["1 year", ["- keeps up to **1 year** of data"], []],
		["Cost Explorer", ["- buy Savings Plans in **Cost Explorer**"], []],
		["Data API", ["- **Data API** over HTTPS"], []],
		["MFA Delete", ["- **MFA Delete** needs versioning"], []],
		["Transit VIF", ["- via a **Transit VIF**"], []],
		["Weekly notification", ["- **Weekly notification** to account contacts"], []],
	])("%s: %j", (key, lines, accepted) => {
		expect(alsoAccepted(key, prompt, lines)).toEqual(accepted);
	});

	test("checkAnswer takes them, and the key, and nothing else", () => {
		const q = { id: "x", kind: "fill-blank", prompt, choices: [], answers: ["Weekly email"], accepts: ["email"], type: "term", multi: false, typed: true, explanation: "", source: { line: 1, text: "" } } as const;
		const question = { ...q, choices: [...q.choices], answers: [...q.answers], accepts: [...q.accepts] };
		expect(checkAnswer(question, "Email")).toBe(true);
		expect(checkAnswer(question, "weekly email")).toBe(true);
		expect(checkAnswer(question, "weekly")).toBe(false);
		expect(checkAnswer({ ...question, accepts: undefined }, "email")).toBe(false);
	});

	test("a quiz's typed blank carries them: 'Weekly email' in a Trusted Advisor note", () => {
		const lines = ["# Trusted Advisor", "", "## Notifications", "- **Weekly email** notification → to account contacts (billing, operations, security)", "- **Service quotas** checks warn at 80% of a limit"];
		const blanks = SEEDS.flatMap((seed) => questionsOf("Trusted Advisor", lines, seed)).filter((q) => q.kind === "fill-blank" && q.answers[0] === "Weekly email");
		expect(blanks.length).toBeGreaterThan(0);
		for (const q of blanks) expect(q.accepts).toEqual(["email"]);
	});
});

describe("blind read 73", () => {
	test("'Single-AZ or ____' for Multi-AZ: the other side of an 'or' says all but one word of the key, so it is not typed", () => {
		const lines = ["# Timestream", "", "## Deployment", "- Timestream for InfluxDB: Single-AZ or **Multi-AZ** (standby), InfluxDB APIs and Telegraf"];
		const blanks = SEEDS.flatMap((seed) => questionsOf("Timestream", lines, seed)).filter((q) => q.kind === "fill-blank" && q.answers[0] === "Multi-AZ");
		for (const q of blanks) expect(q.choices.length, q.prompt).toBeGreaterThan(0);
		expect(blanks.filter((q) => q.choices.length === 0)).toEqual([]);
	});

	test("a flashcard's 'question? :: answer' is never made into a true/false statement", () => {
		const lines = [
			"# Timestream",
			"",
			"- **Memory store**",
			"\t- fast point-in-time queries, recent data",
			"\t- max retention? :: 8,766 hours (1 year)",
			"- **Magnetic store**",
			"\t- cheap, analytical queries on older data",
			"\t- max retention? :: 73,000 days (~200 yrs)",
		];
		const statements = SEEDS.flatMap((seed) => questionsOf("Timestream", lines, seed)).filter((q) => q.kind === "true-false");
		for (const q of statements) expect(q.prompt).not.toContain("::");
	});

	test("'→ Fargate (or AWS Batch on Fargate)': the note gives Batch as an alternative, so it is no wrong choice against Fargate", () => {
		const lines = [
			"# AWS Fargate",
			"",
			"## Exam tips",
			"- long batch job > 15 min → Fargate (or AWS Batch on Fargate)",
			'- "run containers serverless, job runs 2 hours" → Fargate (not Lambda)',
			"- need GPUs or custom AMIs → EC2 launch type",
			"- Kubernetes pods without nodes → EKS on Fargate",
		];
		const scenarios = SEEDS.flatMap((seed) => questionsOf("AWS Fargate", lines, seed)).filter((q) => q.kind === "scenario" && q.answers[0] === "Fargate");
		expect(scenarios.length).toBeGreaterThan(0);
		for (const q of scenarios) expect(q.choices.filter((c) => /\bBatch\b/.test(c)), q.prompt).toEqual([]);
	});
});

describe("blind reads 74 and 75: names", () => {
	test("'Amazon FSx for Lustre' is its own name, not FSx's", () => {
		const names = serviceNames("Amazon FSx for Lustre", ["FSx Lustre"]);
		expect(names.short).toBe("Amazon FSx for Lustre");
		expect(names.all).not.toContain("FSx");
		// A title that goes on in lower case is still about the service it starts with.
		expect(serviceNames("S3 static website", []).short).toBe("S3");
	});

	test("a numbered comparison note ('41 - ALB vs NLB') has its sides without the number", () => {
		const f = facts("41 - ALB vs NLB", "# ALB vs NLB", "", "- ALB: layer 7, path and host routing", "- NLB: layer 4, static IP per AZ");
		expect(f.subjectGroups).toContainEqual(["ALB", "NLB"]);
		const prompts = SEEDS.flatMap((seed) => questionsOf("41 - ALB vs NLB", ["# ALB vs NLB", "", "- ALB: layer 7, path and host routing", "- NLB: layer 4, static IP per AZ", "- NLB: backs PrivateLink endpoint services"], seed)).map((q) => q.prompt);
		for (const p of prompts) expect(p).not.toMatch(/\b41 -/);
	});
});

describe("blind read 76", () => {
	test("a comparison heading's aside ('KDS vs Firehose (always confusing them!!)') is no part of a side", () => {
		const lines = [
			"# Kinesis Data Firehose",
			"",
			"## KDS vs Firehose (always confusing them!!)",
			"- real-time, multiple consumers, replay, ordering per partition key → KDS",
			"- load streaming data into S3 / Redshift / OpenSearch with zero admin → Firehose",
			"- near real-time (buffering 60 s+) is fine, no consumers to write → Firehose",
		];
		const asked = SEEDS.flatMap((seed) => questionsOf("Kinesis Data Firehose", lines, seed));
		expect(asked.some((q) => q.kind === "scenario" && /Which fits, (?:Firehose or KDS|KDS or Firehose)\?$/.test(q.prompt))).toBe(true);
		for (const q of asked) for (const text of [q.prompt, ...q.choices]) expect(text).not.toContain("always confusing");
	});
});

describe("blind read 77: lines that are no statement", () => {
	test.each([
		["(newer Multi-AZ DB cluster = 2 readable standbys, MySQL/PG)", "an aside"],
		["The whole point is physics: 100 TB over a 1 Gbps line at full speed is", "cut mid-sentence"],
		["Replication is async and the", "cut mid-sentence"],
	])("%s: %s", (text, problem) => {
		expect(stemProblem(text)).toBe(problem);
	});

	test.each(["Multi-AZ standby is not readable (classic)", "Encryption must be turned on at creation", "Costs less than provisioned capacity at low use"])("%s reads on its own", (text) => {
		expect(stemProblem(text)).toBeNull();
	});

	test("a sentence wrapped onto the next line gives no true/false statement of its first line", () => {
		const lines = [
			"# Snow Family",
			"",
			"## Why",
			"The whole point is physics: 100 TB over a 1 Gbps line at full speed is",
			"100 × 10^12 × 8 bits / 10^9 bps = 800,000 s ≈ **9+ days**, and you never get full speed in real life.",
			"",
			"## Details",
			"Snowball Edge Storage Optimized holds **80 TB** usable.",
			"Snowcone holds **8 TB** and fits in a backpack.",
			"A migration of more than **10 PB** used to call for Snowmobile.",
		];
		const statements = SEEDS.flatMap((seed) => questionsOf("Snow Family", lines, seed)).filter((q) => q.kind === "true-false");
		for (const q of statements) expect(q.prompt).not.toMatch(/ is\.?$/);
		// Nor of its second: "about 9 days, and ..." goes on from the line above.
		for (const q of statements) expect(q.prompt).not.toMatch(/full speed in real life/);
	});

	test("lines of a fact each, without full stops, are statements of their own", () => {
		const lines = ["# Amazon S3", "", "## Details", "Amazon S3 stores objects in buckets that live in one Region", "Bucket names are unique across every AWS account", "S3 Standard keeps copies in at least three AZs"];
		const statements = SEEDS.flatMap((seed) => questionsOf("Amazon S3", lines, seed)).filter((q) => q.kind === "true-false");
		expect(statements.some((q) => /unique across every AWS account/.test(q.prompt))).toBe(true);
		expect(statements.some((q) => /at least three AZs/.test(q.prompt))).toBe(true);
	});
});

describe("blind reads 76-79: a table's cell asked under its column's name is held back (12 of 24 fair)", () => {
	test.each([
		["EC2 — Big comparison table: which one has discount: less?", true],
		["Route 53: which policy has knob: none, exact mapping?", true],
		["Elastic Beanstalk — Deployment Policies: which policy has extra cost: high (doubled capacity briefly)?", true],
		["Network mode: awsvpc only. Which is it, EC2 launch type or Fargate?", false],
		["EBS — Volume types: which volume has a max IOPS of 256,000?", false],
	])("%s: %s", (prompt, late) => {
		const q = sampleQuestion({ kind: "comparison", prompt, choices: ["A", "B", "C"], answers: ["A"] });
		expect(isLate(q)).toBe(late);
	});
});

describe("questions held back (LATE_FILL)", () => {
	// A note of the quality set with few questions that are not held back (course notes typed along a video).
	const text = readFileSync(fileURLToPath(new URL("./quality/course/22 - Auto Scaling.md", import.meta.url)), "utf8");
	const ask = (seed: number, count: number) => generateQuiz(parseNote(text), context("22 - Auto Scaling"), { seed, count });

	test("fill a short quiz up to five questions, never further; the rest are offered as more", () => {
		let filled = 0;
		let offered = 0;
		for (const seed of SEEDS) {
			const quiz = ask(seed, 10);
			const asked = quiz.questions;
			const more = quiz.more ?? [];
			// Whenever a question held back is asked, the quiz stops at LATE_FILL.
			if (asked.some(heldBack)) {
				filled++;
				expect(asked.length).toBe(LATE_FILL);
			}
			if (more.length > 0) offered++;
			expect(asked.length + more.length).toBeLessThanOrEqual(10);
			// No question is both asked and offered as more.
			expect(asked.filter((q) => more.some((m) => m.id === q.id))).toEqual([]);
		}
		expect(filled).toBeGreaterThan(0);
		expect(offered).toBeGreaterThan(0);
	});

	test("a quiz of five or fewer asked for is as before: nothing held back is left out", () => {
		for (const seed of SEEDS) {
			const quiz = ask(seed, 4);
			expect(quiz.questions.length).toBe(4);
			expect(quiz.more).toBeUndefined();
		}
	});
});
