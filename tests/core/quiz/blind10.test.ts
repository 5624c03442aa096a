/**
 * Faults a blind reader found in round 10 (numbered outlines: "## 2. Core concepts", "### 2.3 Error
 * handling", Dataview fields, "Term :: definition" lines, "If you see X, think Y" cues), each as a case.
 */
import { describe, expect, test } from "vitest";
import { namesAThing } from "../../../src/core/quiz/headings";
import { examCue } from "../../../src/core/quiz/generators/scenario";
import { sectionIdOf } from "../../../src/core/quiz/sections";
import { withoutNumbering } from "../../../src/core/quiz/text";
import { quizQuestions } from "./helpers";

const STEP_FUNCTIONS = [
	"---",
	"tags: [aws/saa]",
	"---",
	"Category:: Application integration",
	"# AWS Step Functions",
	"## 1. Overview",
	"**AWS Step Functions** runs workflows of steps as a state machine, defined in Amazon States Language.",
	"## 2. Core concepts",
	"### 2.1 Workflow types",
	"- **Standard** — runs for up to one year, exactly-once execution.",
	"- **Express** — runs for up to five minutes, at-least-once, for high-volume events.",
	"### 2.2 State types",
	"Task :: does work, such as invoking a Lambda function or calling an AWS API.",
	"Choice :: branches on a value of the input.",
	"Parallel :: runs fixed branches at the same time and waits for all of them.",
	"Map :: runs the same steps for each item of an array.",
	"### 2.3 Error handling",
	"1. `Retry` — retries a failed state with an interval, a maximum and a backoff rate.",
	"2. `Catch` — moves to a fallback state when retries are used up.",
	"3. Timeouts and heartbeats on tasks.",
	"### 2.4 Behaviour worth remembering",
	"- Can call more than 200 AWS services directly through SDK integrations.",
	"## 4. Exam scenarios",
	'- If you see "human approval step in a workflow", think **Wait for callback**.',
	"- Orchestrate several Lambda functions with retries → Step Functions",
];

describe("numbered outlines", () => {
	test("outline numbers are no part of a heading's words", () => {
		expect(withoutNumbering("2.3 Error handling")).toBe("Error handling");
		expect(withoutNumbering("2. Core concepts")).toBe("Core concepts");
		expect(withoutNumbering("1.2.1 Read replicas")).toBe("Read replicas");
		expect(withoutNumbering("IV) Pricing")).toBe("Pricing");
		expect(withoutNumbering("3 - Security")).toBe("Security");
		expect(withoutNumbering("S3 Glacier")).toBe("S3 Glacier");
		expect(withoutNumbering("2024 changes")).toBe("2024 changes");
		expect(sectionIdOf("## 4.1 Exam scenarios")).toBe("examTips");
	});

	test("what a service does is a topic, not a thing to ask 'which of these' about", () => {
		for (const topic of ["2.3 Error handling", "Message filtering", "Fan-out pattern", "2.4 Behaviour worth remembering", "2.2 Redis cluster modes"]) expect(namesAThing(topic), topic).toBe(false);
		for (const thing of ["Auto Scaling", "Network Load Balancer (NLB)", "Management account", "Aurora Serverless v2"]) expect(namesAThing(thing), thing).toBe(true);
	});

	test("no prompt or choice carries an outline number, and no line is said of another sub-heading", () => {
		const qs = quizQuestions("AWS Step Functions", STEP_FUNCTIONS);
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) {
			expect(q.prompt).not.toMatch(/\b\d\.\d\b/);
			for (const c of q.choices) expect(c).not.toMatch(/^\d/);
			expect(q.prompt, "a state is never said to be error handling").not.toMatch(/Error handling: Parallel|Error handling: Map|State types: Retry/);
		}
	});
});

describe("cues in words", () => {
	test("'If you see X, think Y' is a cue like 'X → Y'", () => {
		expect(examCue('If you see "anycast IP", think Global Accelerator.')).toMatchObject({ situation: "anycast IP", answer: "Global Accelerator", lead: true });
		expect(examCue('If you see "human approval step in a workflow", think **Wait for callback**.')?.answer).toMatch(/Wait for callback/);
		expect(examCue("If you think about it, caching helps.")).toBeNull();
	});

	test("a cue too loose to ask as a scenario is not asked at all: no blank, no true/false", () => {
		const lines = [
			"# Amazon SNS",
			"**Amazon SNS** is a managed pub/sub service that pushes each message to every subscription.",
			"## Details",
			"- **Standard topics** give best-effort ordering and at-least-once delivery.",
			"- **FIFO topics** keep strict order per message group and remove duplicates.",
			"- **Subscription filter policies** let a subscriber receive only matching messages.",
			"## Exam cues",
			'- If you see "route events by content to many targets incl. SaaS, with schedules", think [[Amazon EventBridge]].',
			'- If you see "one event to several queues that each keep their copy", think **fan-out to SQS**.',
		];
		const qs = quizQuestions("Amazon SNS", lines);
		expect(qs.filter((q) => /route events by content|several queues/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
	});
});

describe("blanks that grammar or wording give away", () => {
	const BACKUP = [
		"# AWS Backup",
		"**AWS Backup** centralises backups of many AWS services with backup plans.",
		"## 2. Core concepts",
		"- **Backup plan** — a schedule, a retention rule and a lifecycle for recovery points.",
		"- **Backup vault** — the container that holds recovery points, encrypted with KMS.",
		"- **Vault Lock** — a write-once setting that stops anyone deleting recovery points.",
		"- **Backup Audit Manager** — reports whether backups meet your controls.",
		"## 3. Multi-account",
		"- **Backup policies** in AWS Organizations push plans to every account in an OU.",
		"- **Tag policies** — standardize tag keys and values across accounts.",
		"- **Service control policies** — set the most permissions an account can have.",
		"- **Resource control policies** — set the most permissions a resource can grant.",
	];

	test("a plural verb after the blank gets plural choices only", () => {
		const asked = quizQuestions("AWS Backup", BACKUP).filter((q) => q.kind === "fill-blank" && q.answers[0] === "Backup policies");
		for (const q of asked) for (const c of q.choices) expect(c, q.prompt).toMatch(/s$/);
	});

	test("a key that repeats a word of the stem, alone among the choices, is not asked", () => {
		const asked = quizQuestions("AWS Backup", BACKUP).filter((q) => q.kind === "fill-blank" && q.answers[0] === "Tag policies" && q.choices.length > 0);
		expect(asked).toEqual([]);
	});
});

describe("an alias that names a feature", () => {
	test("'SCP' on the Organizations note is never asked as a service among services", () => {
		const lines = [
			"---",
			"aliases: [Organizations, SCP]",
			"---",
			"# AWS Organizations",
			"**AWS Organizations** groups AWS accounts into organizational units under one management account.",
			"## 2. Core concepts",
			"- **Consolidated billing** gives one bill and shared volume discounts.",
			"- **Organizational units** nest up to five levels under the root.",
			"## 4. Exam scenarios",
			"- Prevent any user, even root, in dev accounts from using a service → SCP",
			"- One bill for forty accounts with shared discounts → Consolidated billing",
		];
		const asked = quizQuestions("AWS Organizations", lines).filter((q) => q.answers[0] === "SCP");
		for (const q of asked) expect(q.prompt).not.toMatch(/Which service fits/);
	});
});
