/**
 * Exam cues become scenario questions: "If the exam mentions X → Y", "situation → answer",
 * "→ Config, not CloudTrail". Wrong choices are the note's other cue answers of the same kind (the
 * ruled-out option first); lines that are commentary, not a choice, are left alone.
 */
import { describe, expect, test } from "vitest";
import { cueQuestions, examCue, scenarioSentence } from "../../../src/core/quiz/generators/scenario";
import { createRng } from "../../../src/core/quiz/random";
import { facts, withMore } from "./helpers";

describe("examCue", () => {
	test.each([
		["If the exam mentions discovering PII in S3 → Macie", { situation: "discovering PII in S3", answer: "Macie", not: null, lead: true }],
		["Who changed what and when → Config, not CloudTrail", { situation: "Who changed what and when", answer: "Config", not: "CloudTrail", lead: false }],
		['"Unpredictable or intermittent workload" -> Aurora Serverless v2.', { situation: "Unpredictable or intermittent workload", answer: "Aurora Serverless v2", not: null, lead: false }],
		["Workforce single sign-on for employees → IAM Identity Center instead", { situation: "Workforce single sign-on for employees", answer: "IAM Identity Center", not: null, lead: false }],
		["If the exam mentions Kubernetes → Amazon EKS", { situation: "Kubernetes", answer: "Amazon EKS", not: null, lead: true }],
		["Sees 'cheapest for fault-tolerant batch containers' → think Fargate Spot", { situation: "cheapest for fault-tolerant batch containers", answer: "Fargate Spot", not: null, lead: true }],
		["The question says real-time dashboards on S3 data → Athena", { situation: "real-time dashboards on S3 data", answer: "Athena", not: null, lead: true }],
		// The options ruled out in parentheses: the first one is a wrong choice, none is cut in half.
		['"Developers just want to upload code, no infrastructure management" → Beanstalk (not Lambda, not raw CloudFormation).', { situation: "Developers just want to upload code, no infrastructure management", answer: "Beanstalk", not: "Lambda", lead: false }],
		["Shared file system for Linux instances → EFS (rather than EBS)", { situation: "Shared file system for Linux instances", answer: "EFS", not: "EBS", lead: false }],
	])("%j", (line, cue) => {
		expect(examCue(line)).toEqual(cue);
	});

	test.each([
		"Six copies, three AZs → a common exam number",
		"Failover → about 30 seconds",
		"EC2 → see the EC2 note",
		"A → B → C chain of steps here",
		"Short → x",
		"Plain sentence without an arrow at all",
		"Long jobs that need a server → Batch (or ECS, see",
	])("not a cue: %j", (line) => {
		expect(examCue(line)).toBeNull();
	});
});

describe("cue questions", () => {
	const NOTE = [
		"**Overview**",
		"- Amazon Macie finds sensitive data in Amazon S3.",
		"## **Exam Tips**",
		"- If the exam mentions discovering PII in S3 → Macie",
		"- Vulnerability scanning of EC2 instances and container images → Inspector",
		"- Threat detection from VPC Flow Logs and DNS logs → GuardDuty",
		"- Who changed a resource's configuration and when → Config, not CloudTrail",
	];
	const qs = cueQuestions(facts("Amazon Macie", ...NOTE), createRng(5));

	test("one scenario per cue, keyed with the cue's answer", () => {
		expect(qs.map((q) => [q.prompt, q.answers])).toEqual([
			["Scenario: discovering PII in S3. Which service fits?", ["Macie"]],
			["Scenario: vulnerability scanning of EC2 instances and container images. Which service fits?", ["Inspector"]],
			["Scenario: threat detection from VPC Flow Logs and DNS logs. Which service fits?", ["GuardDuty"]],
			["Scenario: who changed a resource's configuration and when. Which service fits?", ["Config"]],
		]);
		for (const q of qs) expect(q.kind).toBe("scenario");
	});

	test("the ruled-out option is a wrong choice; so are the services the exams set against the key", () => {
		const config = qs.find((q) => q.answers[0] === "Config")!;
		expect(config.choices).toContain("CloudTrail");
		const macie = qs.find((q) => q.answers[0] === "Macie")!;
		expect(macie.choices.filter((c) => c !== "Macie").some((c) => ["Inspector", "GuardDuty", "Config", "Detective", "Security Hub"].includes(c))).toBe(true);
		for (const q of qs) expect(new Set(q.choices).size).toBe(q.choices.length);
	});
});

describe("scenario sentences", () => {
	test("a bullet opening with a plural noun keeps it as the subject", () => {
		expect(scenarioSentence(["Producers and consumers must scale independently", "Each message is processed once"])).toBe(
			"Producers and consumers must scale independently and each message is processed once.",
		);
		expect(scenarioSentence(["Needs portability"])).toBe("The team needs portability.");
	});
});

describe("near-duplicate answers", () => {
	test("an answer that contains another is never its wrong choice", () => {
		const qs = cueQuestions(
			facts(
				"Amazon CloudWatch",
				"## **Details**",
				"- **CloudWatch agent**: collects OS-level metrics and logs from instances.",
				"- **Logs Insights**: a query language over log groups.",
				"- **Metric filter**: turns matching log lines into a metric.",
				"- **Contributor Insights**: ranks the top contributors in log data.",
				"## **Exam Tips**",
				"- EC2 memory and disk metrics → CloudWatch agent",
				"- Memory usage missing from the console → install the CloudWatch agent",
				"- Recover an impaired instance automatically → alarm with the recover action",
				"- Search application logs with queries → Logs Insights",
				"- A metric from a pattern in log lines → Metric filter",
				"- Top talkers in VPC Flow Logs → Contributor Insights",
			),
			createRng(2),
		);
		const agent = qs.find((q) => q.answers[0] === "CloudWatch agent")!;
		expect(agent.choices).not.toContain("install the CloudWatch agent");
		// Lower-case sentences are not named options: never a choice next to "Logs Insights".
		expect(agent.choices).not.toContain("alarm with the recover action");
	});
});

describe("question ids", () => {
	test("stay the same when lines are added above the source line, change when the line changes", async () => {
		const { generateQuiz } = await import("../../../src/core/quiz");
		const { note, context } = await import("./helpers");
		const lines = [
			"**Overview**",
			"- Amazon Macie finds sensitive data in Amazon S3.",
			"## **Exam Tips**",
			"- If the exam mentions discovering PII in S3 → Macie",
			"- Vulnerability scanning of EC2 instances and container images → Inspector",
			"- Threat detection from VPC Flow Logs and DNS logs → GuardDuty",
		];
		const ids = (ls: string[]) => withMore(generateQuiz(note(...ls), context("Amazon Macie"), { count: 20, seed: 1 })).questions.map((q) => `${q.id} ${q.source.text}`);
		const before = ids(lines);
		expect(before.length).toBeGreaterThan(2);
		const shifted = ids([lines[0], "- A new first bullet about Macie pricing per GB scanned.", ...lines.slice(1)]);
		for (const id of before.filter((x) => x.includes("→"))) expect(shifted).toContain(id);
		const edited = ids(lines.map((l) => l.replace("discovering PII", "finding PII")));
		expect(edited.filter((x) => x.includes("finding PII")).every((x) => !before.includes(x))).toBe(true);
	});
});

describe("cue answers that are clauses", () => {
	test("\"→ AWS resources resolve on-prem domains\" is no option and no service among the choices", async () => {
		const { parseNote } = await import("../../../src/core/note/parseNote");
		const { buildQuizContext } = await import("../../../src/core/quiz/context");
		const { generateQuiz } = await import("../../../src/core/quiz");
		const text = [
			"# Route 53",
			"Amazon Route 53 is the DNS service of AWS.",
			"## Resolver",
			"- **Inbound endpoint** → on-prem resolves AWS private zones",
			"- **Outbound endpoint** + forwarding rules → AWS resources resolve on-prem domains",
			"## Routing policies",
			"- **Simple**: one record, no health checks.",
			"- **Weighted**: split traffic by weights.",
			"- **Latency-based**: the Region with the lowest latency.",
			"- **Geolocation**: by the user's country or continent.",
			"- **Failover**: active-passive with health checks.",
			"## If the exam says",
			"- On-prem needs to resolve AWS private zones → Resolver inbound endpoint",
			"- Users in Germany must hit EU servers → Geolocation",
			"- Send 10% of users to the new version → Weighted",
			"- Users must reach the Region with the lowest response time → Latency-based",
			"- Zone apex pointing at a load balancer → Alias A record",
		].join("\n");
		const model = parseNote(text);
		const quiz = withMore(generateQuiz(model, buildQuizContext("Route 53.md", model, []), { count: 20, kinds: ["scenario"] }));
		expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
		for (const q of quiz.questions) expect(q.choices.join(" | ")).not.toMatch(/resolve on-prem domains/i);
	});
});
