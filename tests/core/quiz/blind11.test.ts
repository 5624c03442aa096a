/**
 * Faults a blind reader found in round 11 (video-course notes: tag lines, "###" lecture headings,
 * "=>" shorthand, flat bullet dumps), each as a case.
 */
import { describe, expect, test } from "vitest";
import { generateQuiz } from "../../../src/core/quiz";
import { checkFairness } from "../../../src/core/quiz/fairness";
import { allQuestions } from "../../../src/core/quiz/generateQuiz";
import { oneKind } from "../../../src/core/quiz/generators/subjects";
import { sameOrder } from "../../../src/core/quiz/terms";
import { cueQuestions } from "../../../src/core/quiz/generators/scenario";
import { createRng } from "../../../src/core/quiz/random";
import { context, facts, note, SEEDS, withMore } from "./helpers";

const EC2 = [
	"#aws #saa #compute",
	"### EC2 basics",
	"- Virtual servers you rent by the second => the core compute service",
	"### Security Groups",
	"- Stateful firewall at the instance level, allow rules only",
	"- Return traffic is allowed automatically",
	"### Placement groups",
	"- Cluster => one AZ, low latency between instances (HPC)",
	"- Spread => each instance on its own rack, max 7 per AZ",
	"### Instance store",
	"- Physically attached disk, very high IOPS",
	"- Data is LOST when the instance stops",
	"- buffer / cache / scratch only",
	"### Hibernate",
	"- RAM is saved to the encrypted EBS root volume",
	"- Instance RAM must be under 150 GB",
];

describe("lecture headings are topics of different kinds", () => {
	test("a group of one kind: services, or names with one head noun", () => {
		expect(oneKind(["SQS", "SNS"])).toBe(true);
		expect(oneKind(["S3 File Gateway", "FSx File Gateway", "Volume Gateway", "Tape Gateway"])).toBe(true);
		expect(oneKind(["Standard queues", "FIFO queue"])).toBe(true);
		expect(oneKind(["Placement groups", "Instance store", "Pricing"])).toBe(false);
		expect(oneKind(["Management account", "Organizational units (OUs)", "Service control policies (SCPs)"])).toBe(false);
	});

	test("a line under one lecture heading is never said of another", () => {
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			for (const q of withMore(generateQuiz(note(...EC2), context("EC2"), { count: 40, seed })).questions) {
				if (q.kind !== "true-false") continue;
				expect(q.prompt, "the instance store line said of placement groups").not.toMatch(/Placement groups: .*(?:LOST|scratch|IOPS)/);
				expect(q.prompt).not.toMatch(/(?:Security Groups|Hibernate|Instance store): .*(?:rack|latency|LOST|firewall|RAM is saved)/);
			}
		}
	});
});

describe("figures stand against figures of their order", () => {
	test("a latency is not offered against retention periods", () => {
		expect(sameOrder("90 days", "1 year")).toBe(true);
		expect(sameOrder("30 seconds", "5 minutes")).toBe(true);
		expect(sameOrder("70-200 ms", "365 days")).toBe(false);
		expect(sameOrder("5 min", "90 days")).toBe(false);
		expect(sameOrder("256 KB", "1 MB")).toBe(true);
		expect(sameOrder("4 KB", "10 GB")).toBe(false);
	});
});

describe("cue situations", () => {
	test("a pronoun whose referent is on another line makes no scenario", async () => {
		const { examCue } = await import("../../../src/core/quiz/generators/scenario");
		expect(examCue("need to stop it happening in the first place => SCP")).toBeNull();
		expect(examCue("Need to keep them for seven years → S3 Glacier Deep Archive")).toBeNull();
		expect(examCue("Need to audit who changed a resource and when → Config")).not.toBeNull();
	});
});

describe("a scenario keeps the note's context", () => {
	const DYNAMO = [
		"#aws #saa #database",
		"### DynamoDB basics",
		"- Serverless key-value and document database, single-digit ms latency",
		"- Partition key (+ optional sort key) decides where items live",
		"### Exam cues",
		"- microsecond read latency => DAX",
		"- replicate tables across regions => Global Tables",
		"- react to item changes with a function => DynamoDB Streams + Lambda",
	];
	test("a part of the note's service is asked with the service named", () => {
		const dax = SEEDS.flatMap((seed) => cueQuestions(facts("DynamoDB", ...DYNAMO), createRng(seed))).filter((q) => q.answers[0] === "DAX");
		expect(dax.length).toBeGreaterThan(0);
		for (const q of dax) expect(q.prompt).toBe("Scenario (DynamoDB): microsecond read latency. Which service fits?");
	});

	const CLOUDFRONT = [
		"#aws #networking",
		"### CloudFront basics",
		"- CDN with edge locations caching content close to users",
		"- Origins can be S3 buckets, ALBs or any HTTP server",
		"### CloudFront vs Global Accelerator",
		"- static and dynamic web content cached at the edge => CloudFront",
		"- non-HTTP traffic or need static anycast IPs => Global Accelerator",
	];
	test("a cue under 'X vs Y' chooses between the two, named in the question", () => {
		const ga = SEEDS.flatMap((seed) => allQuestions(facts("CloudFront", ...CLOUDFRONT), seed, ["scenario"]).get("scenario") ?? []).filter((q) => q.answers[0] === "Global Accelerator");
		expect(ga.length).toBeGreaterThan(0);
		for (const q of ga) {
			expect(q.prompt).toMatch(/^Scenario: non-HTTP traffic or need static anycast IPs\. Which fits, (?:CloudFront or Global Accelerator|Global Accelerator or CloudFront)\?$/);
			expect([...q.choices].sort()).toEqual(["CloudFront", "Global Accelerator"]);
			expect(checkFairness(q)).toEqual([]);
		}
	});
});
