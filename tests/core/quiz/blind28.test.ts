/**
 * Faults of blind reads 27 and 28 (hands-on lab notes; casual notes with emoji headings), each as a
 * case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { echoedWord } from "../../../src/core/quiz/fairness";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { makeQuestion } from "../../../src/core/quiz/distractors";
import { nearDuplicate } from "../../../src/core/quiz/terms";
import { serviceTitle } from "../../../src/core/quiz/names";
import { context, loadFixture, note, SEEDS, withMore } from "./helpers";

const choice = (prompt: string, answer: string, wrong: string[]) =>
	makeQuestion({ kind: "fill-blank", prompt, choices: [answer, ...wrong], answers: [answer], multi: false, typed: true, explanation: "x", source: { line: 1, text: "x" } });

const quiz = (title: string, lines: string[], kinds: ("fill-blank" | "scenario" | "comparison" | "true-false")[]) =>
	SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context(title), { seed, kinds, count: 30, minimum: 1 })).questions);

describe("blind read 28: a word of three letters is a word", () => {
	test("'(standard tags)' gives away 'tag policies' when no wrong choice has 'tag'", () => {
		const q = choice("AWS Organizations: ____ (standard tags), backup policies", "tag policies", ["declarative policies", "resource control policies"]);
		expect(echoedWord(q, ["AWS Organizations"])).toBe("tag");
		// A word of grammar ("use", "per") shares nothing worth telling.
		const r = choice("Lambda: pay per ms of use", "per-ms billing", ["per-second billing", "hourly billing"]);
		expect(echoedWord(r, ["Lambda"])).toBe(null);
	});
});

describe("blind read 28: kinds of one thing are not near duplicates", () => {
	test("'AWS managed keys', 'Customer managed keys' and 'AWS owned keys' are three choices", () => {
		expect(nearDuplicate("AWS managed keys", "Customer managed keys")).toBe(false);
		expect(nearDuplicate("AWS managed keys", "AWS owned keys")).toBe(false);
		expect(nearDuplicate("S3 Glacier Instant Retrieval", "S3 Glacier Flexible Retrieval")).toBe(false);
		// Still one thing twice: the same words, one inside the other, or a different head noun.
		expect(nearDuplicate("Region", "Regions")).toBe(true);
		expect(nearDuplicate("Serverless v2", "Aurora Serverless v2")).toBe(true);
		expect(nearDuplicate("SSM Automation runbook", "SSM Automation remediation")).toBe(true);
		expect(nearDuplicate("IRSA / Pod Identity", "EKS Pod Identity")).toBe(true);
	});

	test("a bold term before an arrow is defined by what follows, and asked with its siblings as choices", () => {
		const kms = [
			"# AWS KMS",
			"## Key types",
			"- **AWS owned keys** -> used internally by AWS services, never visible in the account",
			"- **AWS managed keys** -> created for a service (aws/ebs), rotated yearly, policy not editable",
			"- **Customer managed keys** -> created by the account owner, $1/month, key policy and rotation under its control",
		];
		const blanks = quiz("AWS KMS", kms, ["fill-blank"]);
		const managed = blanks.find((q) => q.answers[0] === "AWS managed keys");
		expect(managed?.prompt).toMatch(/____ – created for a service/);
		expect(managed?.choices).toEqual(expect.arrayContaining(["Customer managed keys", "AWS owned keys"]));
	});
});

describe("blind read 28: emoji headings", () => {
	const eventBridge = [
		"#AWS #SAA",
		"# EventBridge",
		"## 🧠 what is it",
		"- serverless event bus, rules route events to targets",
		"## 🆚 vs [[SNS]]",
		"- => massive fan-out, low latency, push to phones/email -> SNS",
		"- => many SaaS sources and schema discovery -> EventBridge",
	];

	test("'## 🆚 vs [[SNS]]' sets the note's service against SNS; the emoji is never a choice", () => {
		const qs = quiz("EventBridge", eventBridge, ["scenario"]);
		expect(qs.flatMap((q) => q.choices).filter((c) => /\p{Extended_Pictographic}/u.test(c))).toEqual([]);
		const sns = qs.find((q) => q.answers[0] === "SNS");
		expect(sns?.choices.slice().sort()).toEqual(["EventBridge", "SNS"]);
	});

	test("between two choices, a word of the note's own name in the prompt gives it away", () => {
		const q = makeQuestion({ kind: "comparison", prompt: "Filtering: rich content filtering on whole event. Which is it, SNS or EventBridge?", choices: ["SNS", "EventBridge"], answers: ["EventBridge"], multi: false, typed: false, explanation: "x", source: { line: 1, text: "x" } });
		expect(echoedWord(q, ["EventBridge", "Amazon EventBridge"])).toBe("event");
		// Among four, the name of the note's service asked about ("Which EventBridge option fits?") gives nothing away.
		const r = makeQuestion({ kind: "scenario", prompt: "Scenario: reshape the event before the target. Which EventBridge option fits?", choices: ["Input transformer", "Archive", "Pipes", "Schema registry"], answers: ["Input transformer"], multi: false, typed: false, explanation: "x", source: { line: 1, text: "x" } });
		expect(echoedWord(r, ["EventBridge", "Amazon EventBridge"])).toBe(null);
	});
});

describe("blind read 27: hands-on lab notes", () => {
	test("a lab's title names its service: 'Lab 04 - EC2 Auto Scaling + ALB', 'SNS lab - fan-out', 'CloudWatch alarms and logs lab'", () => {
		expect(serviceTitle("Lab 04 - EC2 Auto Scaling + ALB")).toBe("EC2 Auto Scaling");
		expect(serviceTitle("Lab 07 - API Gateway REST API + Lambda")).toBe("API Gateway");
		expect(serviceTitle("Lab 11 - RDS Multi-AZ + read replicas")).toBe("RDS");
		expect(serviceTitle("SNS lab - fan-out")).toBe("SNS");
		expect(serviceTitle("CloudWatch alarms and logs lab")).toBe("CloudWatch");
		expect(serviceTitle("KMS hands-on")).toBe("KMS");
		expect(serviceTitle("S3 static website")).toBe("S3");
		// Two services side by side stay a note about both; a name in capitals throughout is a name.
		expect(serviceTitle("CloudFront and Global Accelerator")).toBe("CloudFront and Global Accelerator");
		expect(serviceTitle("EBS & EFS")).toBe("EBS & EFS");
		expect(serviceTitle("Security Groups vs NACLs")).toBe("Security Groups vs NACLs");
		expect(serviceTitle("Amazon S3 Glacier Deep Archive")).toBe("Amazon S3 Glacier Deep Archive");
	});

	const lab = [
		"# Lambda lab - S3 upload trigger",
		"## Steps",
		"1. Created the function with **128 MB** memory and a **3 s** timeout, then tried **1024 MB**.",
		"2. Uploaded a file; the log showed **Init Duration** of about **180 ms** on the first call.",
		"## Cleanup",
		"- Deleted the function, the bucket and the **log group** by hand.",
		"## What I learned",
		"- Timeout: default **3 s**, max **900 s** (15 min).",
		"- Sync invocation payload limit is **6 MB** per request and response.",
		"- Async invocation payload limit is **256 KB** per event.",
	];

	test("the lab's steps and cleanup are not asked; what was learned is asked with the service, not 'What I learned:'", () => {
		const qs = quiz("Lambda lab", lab, ["fill-blank", "true-false"]);
		const lines = new Set(qs.map((q) => q.source.line));
		expect([3, 4, 6].filter((l) => lines.has(l))).toEqual([]);
		expect(qs.some((q) => q.source.line >= 8)).toBe(true);
		expect(qs.filter((q) => /What I learned/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		expect(qs.filter((q) => q.source.line >= 8 && q.kind === "fill-blank").every((q) => /^Lambda: /.test(q.prompt))).toBe(true);
	});
});

describe("blind read 28: terse fragments and figures under a bound", () => {
	test("'incremental, stored in S3' under '## 📸 snapshots' is said of EBS snapshots, not of EBS", () => {
		const ebs = ["#AWS #SAA", "# EBS", "## 📸 snapshots", "- **incremental**, stored in S3 behind the scenes (you don't see the bucket)", "- copy to another region for DR, re-encrypt with a key there"];
		const statements = quiz("EBS", ebs, ["true-false"]).filter((q) => q.source.line === 4).map((q) => q.prompt);
		expect(statements.length).toBeGreaterThan(0);
		expect(statements.every((p) => /^True or false: EBS — snapshots: /.test(p))).toBe(true);
	});

	test("a figure after '>', 'under' or 'at least' is never swapped for a false statement", () => {
		const athena = [
			"# Athena",
			"## 🔢 numbers",
			"- bigger files (> ~128 MB) better than millions of tiny files",
			"- results land in S3; query timeout is 30 min by default",
			"- replicas lag way under 100 ms behind the writer",
			"- DDL statements time out after 600 min",
			"- a workgroup can cap data scanned per query at 10 MB or more",
		];
		const falses = quiz("Athena", athena, ["true-false"]).filter((q) => q.answers[0] === "False").map((q) => q.prompt);
		expect(falses.filter((p) => /> ~|under \d/.test(p))).toEqual([]);
	});
});

describe("blind read 28: more giveaways", () => {
	test("'need sub-second dashboards -> Redshift / OpenSearch' in the Athena note is not asked as an Athena option", () => {
		// The read's Athena note, as its writer left it.
		const { note: athena, context: ctx } = loadFixture("Athena (emoji).md");
		const scenarios = SEEDS.flatMap((seed) => withMore(generateQuiz(athena, ctx, { seed, kinds: ["scenario"], count: 30, minimum: 1 })).questions);
		expect(scenarios.length).toBeGreaterThan(0);
		expect(scenarios.filter((q) => /Redshift \/ OpenSearch/.test(q.answers[0]))).toEqual([]);
	});

	test("typed, 'deny list (...) vs ____' is not asked for 'allow list'; 'network-attached ____' is not asked for EBS's 'block storage'", () => {
		const orgs = ["# AWS Organizations", "## SCPs", "- strategies: **deny list** (keep FullAWSAccess + add explicit denies) vs **allow list** (replace it with only the allowed services)"];
		expect(quiz("AWS Organizations", orgs, ["fill-blank"]).filter((q) => q.answers[0] === "allow list" && q.choices.length === 0)).toEqual([]);
		const ebs = ["#AWS #SAA", "# EBS", "## 🧠 what is it", "- network-attached **block storage** for EC2, survives a stop of the instance", "- one AZ only; **snapshots** copy it to other AZs"];
		expect(quiz("EBS", ebs, ["fill-blank"]).filter((q) => q.answers[0] === "block storage")).toEqual([]);
	});

	test("'Your app's users' is no wrong choice", () => {
		const cognito = [
			"# Cognito",
			"## 🔑 key points",
			"- **User pool** -> sign-up / sign-in, returns JWTs",
			"- **Identity pool** -> swaps a token for temporary AWS credentials",
			"- **Your app's users** -> live in the user pool or come from Google / SAML",
			"- **Cognito user pool authorizer** -> API Gateway validates the JWT, no code needed",
		];
		expect(quiz("Cognito", cognito, ["fill-blank"]).flatMap((q) => q.choices).filter((c) => /^your/i.test(c))).toEqual([]);
	});
});
