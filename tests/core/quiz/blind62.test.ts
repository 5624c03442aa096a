/**
 * Faults of blind read 62, each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { parseEqualsPairs } from "../../../src/core/quiz/generators/comparison";
import { couldBothFit } from "../../../src/core/quiz/services";
import { stemProblem } from "../../../src/core/quiz/stems";
import { questionsOf, SEEDS, useCaseScenario } from "./helpers";

describe("blind read 62", () => {
	test("a blank keyed by a layer is not asked where the line names the layer in words", () => {
		const lines = [
			"# AWS Shield",
			"",
			"## Shield Advanced",
			"- **Layer 7**: AWS WAF usage included for protected resources; automatic application-layer DDoS mitigation creates WAF rules for you.",
			"- **Layer 3/4**: always-on detection of SYN floods and UDP reflection attacks on protected resources.",
			"- **Cost protection**: credits for scaling charges caused by an attack.",
		];
		expect(questionsOf("AWS Shield", lines).filter((q) => q.answers.includes("Layer 7"))).toEqual([]);
	});

	test("a cue whose situation says 'the hub' names the note's service in front", () => {
		const lines = [
			"# AWS Transit Gateway",
			"",
			"## Exam Tips",
			'- "Share the hub across accounts" → AWS RAM',
			'- "Connect thousands of VPCs and on-prem networks" → Transit Gateway',
			'- "Encrypted tunnel over the internet to on-prem" → Site-to-Site VPN',
		];
		const q = questionsOf("AWS Transit Gateway", lines).find((x) => x.answers.includes("AWS RAM"));
		expect(q?.prompt).toBe("Scenario (AWS Transit Gateway): share the hub across accounts. Which service fits?");
	});

	test("services sharing Aurora's storage, or DMS migrations, are no wrong choices for those jobs", () => {
		const cases: [string, string, string][] = [
			["Amazon Aurora", "6 copies across 3 AZs, self-healing storage", "DocumentDB"],
			["Amazon Aurora", "Migrating off commercial databases using AWS DMS and the Schema Conversion Tool", "Redshift"],
		];
		for (const [title, useCase, other] of cases) {
			for (const seed of SEEDS) {
				const q = useCaseScenario(title, useCase, seed);
				expect(q, `${useCase}, seed ${seed}`).toBeDefined();
				expect(q?.choices.filter((c) => c.endsWith(other)), `${useCase}, seed ${seed}`).toEqual([]);
			}
		}
	});

	test("a service written without its vendor ('File Cache') is still the catalog's, and its overlaps hold", () => {
		expect(couldBothFit("FSx for Lustre", "File Cache")).toBe(true);
		expect(couldBothFit("FSx for Lustre", "EBS")).toBe(false);
	});

	test("a later sentence of a labelled line keeps the label", () => {
		const lines = [
			"# Amazon Aurora",
			"",
			"## Key Features",
			"- **Automated backups**: continuous to [[Amazon S3]], with point-in-time restore. Retention is **1–35 days** and cannot be turned off.",
			"- **Backtrack**: rewind the cluster in place, up to **72 hours**, no restore needed.",
		];
		const q = questionsOf("Amazon Aurora", lines).find((x) => x.answers.includes("1–35 days"));
		expect(q?.prompt).toBe("Amazon Aurora: Automated backups: Retention is ____ and cannot be turned off.");
	});

	test("a figure with an arrow after a side ('1 msg → 1 consumer') is that side's detail, no side of its own", () => {
		const sides = parseEqualsPairs("SQS = pull, 1 msg → 1 consumer, deleted after processing; SNS = push to many subs, no storage");
		expect(sides.map((s) => s.name)).toEqual(["SQS", "SNS"]);
		expect(sides[0].description).toBe("pull, 1 msg → 1 consumer, deleted after processing");
	});

	test("a service in a list whose items carry a word or two ('[[EC2]] in ASG, [[ECS]] tasks') is not swapped", () => {
		const lines = ["# SQS", "", "## Consumers", "- consumers = [[EC2]] in ASG, [[ECS]] tasks, or [[Lambda]]", "- long polling cuts empty receives and cost"];
		for (const seed of SEEDS) {
			const swapped = questionsOf("SQS", lines, seed).filter((q) => q.kind === "true-false" && /consumers/.test(q.prompt) && q.answers[0] === "False");
			expect(swapped, `seed ${seed}`).toEqual([]);
		}
	});

	test("a statement that says only what the services' names say is not asked", () => {
		expect(stemProblem("Secrets Manager holds secrets; KMS holds keys.")).toBe("says only what the names say");
		expect(stemProblem("KMS doesn't store passwords")).toBeNull();
		expect(stemProblem("Secrets Manager rotates secrets on a schedule with a Lambda function")).toBeNull();
	});

	test("a use case that names a model of the service ('on sc1') is not asked which service fits", () => {
		const lines = ["# Amazon EBS", "", "## Use Cases", "- Cheap block storage for cold data on sc1", "- Boot volumes and databases for a single EC2 instance that need low latency"];
		const prompts = questionsOf("Amazon EBS", lines)
			.filter((q) => q.kind === "scenario")
			.map((q) => q.prompt);
		expect(prompts.some((p) => /sc1/.test(p))).toBe(false);
		expect(prompts.some((p) => /boot volumes/i.test(p))).toBe(true);
	});
});
