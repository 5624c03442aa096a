/**
 * Faults of blind read 26 (mind-map notes: deep outlines of terse fragments under a few branches),
 * each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { unlabelledFigure, withoutGloss } from "../../../src/core/quiz/generators/fillBlank";
import { branchLabel } from "../../../src/core/quiz/headings";
import { blankGivesAway } from "../../../src/core/quiz/terms";
import { context, loadFixture, note, SEEDS, withMore } from "./helpers";

const blanks = (title: string, lines: string[]) =>
	SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context(title), { seed, kinds: ["fill-blank"], count: 20, minimum: 1 })).questions.map((q) => q.prompt));

describe("blind read 26: a branch says what its twigs are about", () => {
	test("'sync → ____ req / resp' under 'payload', 'must allow ____ return traffic' under '**NACL** → stateless'", () => {
		const lambda = ["# Lambda", "## Limits", "- timeout → 3s default, **15 min max**", "- payload", "\t- sync → **6 MB** req / resp", "\t- async → **256 KB** per event", "- env vars → **4 KB** total"];
		expect(blanks("Lambda", lambda).some((p) => /payload: sync → ____ req \/ resp/.test(p))).toBe(true);
		// The read's VPC note, as its writer left it.
		const { note: vpc, context: ctx } = loadFixture("VPC (mind map).md");
		const prompts = SEEDS.flatMap((seed) => withMore(generateQuiz(vpc, ctx, { seed, kinds: ["fill-blank"], count: 20, minimum: 1 })).questions.map((q) => q.prompt));
		expect(prompts.some((p) => /NACL: must allow ____ 1024-65535/.test(p))).toBe(true);
	});

	test("a topic or a relation ('Cluster Basics', 'Compared') is no branch label; neither is a sentence", () => {
		expect(branchLabel("payload")).toBe("payload");
		expect(branchLabel("NACL → subnet level, stateless, allow + deny")).toBe("NACL");
		expect(branchLabel("Cluster Basics")).toBe(null);
		expect(branchLabel("Compared")).toBe(null);
		// "Provisioned" (a capacity mode) names a thing, though it ends like a relation.
		expect(branchLabel("Provisioned → RCU / WCU, auto scaling")).toBe("Provisioned");
		expect(branchLabel("Each function gets its own execution role.")).toBe(null);
	});
});

describe("blind read 26: a gloss after the blank", () => {
	test("an aside that says the key again goes; one that says what is asked stays", () => {
		expect(withoutGloss(" (PySpark / Scala) → auto-provisioned workers", "Apache Spark")).toBe(" → auto-provisioned workers");
		expect(withoutGloss(" (no UDP).", "TCP only")).toBe(".");
		expect(withoutGloss(" (~$18/mo)", "$0.025/hr")).toBe("");
		expect(withoutGloss(" (typically secs)", "< 1 min")).toBe("");
		expect(withoutGloss(" (API server and etcd) in its own account.", "control plane")).toBe(" (API server and etcd) in its own account.");
		expect(withoutGloss(" (serverless pods).", "AWS Fargate")).toBe(" (serverless pods).");
	});

	test("a quiz never shows the gloss beside its blank", () => {
		const glue = ["# Glue", "## Core", "- runs on **Apache Spark** (PySpark / Scala) → auto-provisioned workers", "- **crawler** → infers schema, writes tables to the Data Catalog", "- **job bookmarks** → skip data already processed"];
		const prompts = blanks("Glue", glue);
		expect(prompts.some((p) => /runs on ____/.test(p))).toBe(true);
		expect(prompts.filter((p) => /____ \(PySpark/.test(p))).toEqual([]);
	});
});

describe("blind read 26: terse cues", () => {
	const lambda = [
		"# Lambda",
		"## Scaling & perf",
		"- **reserved concurrency** → caps a function and guarantees it a slice of the pool",
		"- VPC",
		"\t- Hyperplane ENIs, no ENI per invoke",
		"\t- internet from private subnet → **NAT GW** needed",
		"\t- many DB conns → [[RDS Proxy]]",
		"## Async",
		"- lose failed async events → **DLQ / on-failure destination**",
		"- event source mapping → Lambda polls",
	];
	const scenarios = () => SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lambda), context("Lambda"), { seed, kinds: ["scenario"], minimum: 1 })).questions);

	test("a fragment of four words or fewer is asked with whose it is: the note's service and its branch", () => {
		const proxy = scenarios().filter((q) => q.answers[0] === "RDS Proxy");
		expect(proxy.length).toBeGreaterThan(0);
		for (const q of proxy) expect(q.prompt).toMatch(/^Scenario \(Lambda — VPC\): many DB conns\./);
	});

	test("a thing and what it does or needs ('NAT GW needed', 'Lambda polls') is neither a key nor a wrong choice", () => {
		for (const q of scenarios()) expect([...q.choices, ...q.answers].filter((c) => /needed$|polls$/.test(c)), q.prompt).toEqual([]);
	});
});

describe("blind read 26: a noun only one service has", () => {
	test("'____ alarms' can only be CloudWatch", () => {
		expect(blankGivesAway("PaaS → upload code, EB provisions EC2 + ASG + ELB + ____ alarms", "Amazon CloudWatch")).toBe(true);
		expect(blankGivesAway("Scaling policies react to ____ thresholds", "Amazon CloudWatch")).toBe(false);
	});
});

describe("blind read 26: a typed figure says what it measures", () => {
	test("'Fargate Spot: up to ____' and '< ____, 10 KB code' are not asked; 'Retention: up to ____' is", () => {
		const fargate = ["# Fargate", "## Pricing", "- per vCPU + GB per second", "- Fargate Spot", "\t- up to **70% off**", "\t- 2-min warning before stop"];
		expect(blanks("Fargate", fargate).filter((p) => /up to ____$/.test(p))).toEqual([]);
		const cf = ["# CloudFront", "## Edge compute", "- CloudFront Functions", "\t- < **1 ms**, 10 KB code, millions req/s"];
		expect(blanks("CloudFront", cf).filter((p) => /< ____/.test(p))).toEqual([]);
		const kinesis = ["# Kinesis", "## Limits", "- Retention: up to **365 days**", "- Shards: **1 MB/s** in per shard"];
		expect(blanks("Kinesis", kinesis).some((p) => /Retention: up to ____/.test(p))).toBe(true);
	});

	test("unlabelledFigure looks at the figure's own words and its label", () => {
		expect(unlabelledFigure("up to ", "", "70% off")).toBe(true);
		expect(unlabelledFigure("< ", ", 10 KB code, millions req/s", "1 ms")).toBe(true);
		expect(unlabelledFigure("Retention: up to ", "", "365 days")).toBe(false);
		expect(unlabelledFigure("visibility timeout up to ", "", "12 hours")).toBe(false);
		expect(unlabelledFigure("up to ", "", "15 read replicas")).toBe(false);
	});
});
