/**
 * Faults found in round 16 (notes typed along a video course: numbered files and headings, asides,
 * "->" mappings), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { cueQuestions } from "../../../src/core/quiz/generators/scenario";
import { serviceNames, serviceTitle } from "../../../src/core/quiz/names";
import { createRng } from "../../../src/core/quiz/random";
import { facts, SEEDS } from "./helpers";

describe("round 16", () => {
	test("a course's numbering is no part of the service a title names", () => {
		expect(serviceTitle("07 - Amazon SQS")).toBe("Amazon SQS");
		expect(serviceTitle("Section 12. DynamoDB")).toBe("DynamoDB");
		expect(serviceTitle("3) EC2 basics")).toBe("EC2");
		expect(serviceTitle("Lecture 9 – Route 53")).toBe("Route 53");
		expect(serviceNames("18 - SNS", []).short).toBe("SNS");
		// A service and a topic of it name the service; two services stay a combined title.
		expect(serviceTitle("21 - KMS & encryption")).toBe("KMS");
		expect(serviceTitle("05 - EBS & EFS")).toBe("EBS & EFS");
		// A number that is part of the name stays.
		expect(serviceTitle("12 Factor Apps")).toBe("12 Factor Apps");
		expect(serviceTitle("S3")).toBe("S3");
	});

	test("a cue whose answer opens with a service and says how it is used is keyed to the service", () => {
		const f = facts(
			"18 - SNS",
			"# SNS - Simple Notification Service",
			"## Exam cues",
			'- if the question says "page the on-call engineer by SMS when an alarm fires" -> SNS topic as the alarm action.',
			'- if the question says "one order event must reach billing, shipping and analytics queues" -> SNS fan-out to several queues',
			'- if the question says "a container must read objects from a bucket" -> ECS task role',
		);
		const all = SEEDS.flatMap((seed) => cueQuestions(f, createRng(seed)));
		expect(all.some((q) => /page the on-call engineer/.test(q.prompt) && q.answers[0] === "SNS")).toBe(true);
		expect(all.some((q) => /billing, shipping and analytics/.test(q.prompt) && q.answers[0] === "SNS")).toBe(true);
		// A part of a service is the answer itself: "ECS" alone would not answer the need.
		expect(all.some((q) => q.answers[0] === "ECS")).toBe(false);
	});

	test("options a course note's cues name: listed ones against their list, unlisted ones against each other", () => {
		const f = facts(
			"22 - Auto Scaling",
			"# Auto Scaling",
			"## 2. Scaling policies",
			"- Target tracking - keep a metric near a target value",
			"- Step scaling - alarm thresholds with steps of different sizes",
			"- Simple scaling - one alarm, one adjustment, then a cooldown",
			"## 3. Aurora-like features",
			"Backtrack rewinds the cluster in place. Cloning makes a copy on write. Global Database replicates to other Regions.",
			"## 4. Exam cues",
			'- if the question says "keep average CPU around 40%" -> pick target tracking',
			'- if the question says "undo a bad DELETE within minutes, no restore" -> pick Backtrack',
			'- if the question says "hand the QA team a copy of production quickly" -> pick Aurora cloning',
			'- if the question says "survive a Region outage with a one-second RPO" -> pick Aurora Global Database',
			"- store database credentials and rotate them automatically -> use Secrets Manager",
		);
		const all = SEEDS.flatMap((seed) => cueQuestions(f, createRng(seed)));
		const target = all.filter((q) => q.answers[0] === "Target tracking");
		expect(target.length).toBeGreaterThan(0);
		for (const q of target) expect(q.choices).toEqual(expect.arrayContaining(["Step scaling", "Simple scaling"]));
		const backtrack = all.filter((q) => q.answers[0] === "Backtrack");
		expect(backtrack.length).toBeGreaterThan(0);
		for (const q of backtrack) expect(q.choices).toEqual(expect.arrayContaining(["Aurora cloning", "Aurora Global Database"]));
		// "them" is the credentials of the same line.
		expect(all.some((q) => q.answers[0] === "Secrets Manager")).toBe(true);
	});
});
