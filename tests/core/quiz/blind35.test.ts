/**
 * Faults of blind read 35 (fifteen new notes, one in each style read before), each as a case
 * written for these tests.
 */
import { describe, expect, test } from "vitest";
import { examCue } from "../../../src/core/quiz/cues";
import { stemProblem } from "../../../src/core/quiz/stems";
import { echoes, spellsOutAcronym } from "../../../src/core/quiz/terms";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import type { Question } from "../../../src/core/quiz/types";
import { context, note, quizQuestions, SEEDS } from "./helpers";

const quiz = (title: string, lines: string[], kinds: Question["kind"][]) =>
	SEEDS.flatMap((seed) => generateQuiz(note(...lines), context(title), { seed, kinds, count: 30, minimum: 1 }).questions);

describe("blind read 35", () => {
	test("'→ DLM is enough (simpler)': the verdict is no part of the answer", () => {
		expect(examCue('"Automate EBS snapshots / EBS-backed AMIs only" → Amazon Data Lifecycle Manager (DLM) is enough (simpler, free).')?.answer).toBe("Amazon Data Lifecycle Manager (DLM)");
		expect(examCue("Static website, no server code → S3 alone will do")?.answer).toBe("S3");
		expect(examCue("Need a managed Kafka cluster → MSK")?.answer).toBe("MSK");
	});

	test("'____ (resource control policies)' spells out the key 'RCPs', plural and all", () => {
		expect(spellsOutAcronym("for that use ____ (resource control policies) or a condition", "RCPs")).toBe(true);
		expect(spellsOutAcronym("for that use ____ or a condition", "RCPs")).toBe(false);
		const org = ["# AWS Organizations", "## SCPs", "- SCPs don't affect principals outside the org → for that use **RCPs** (resource control policies) or the aws:PrincipalOrgID condition"];
		expect(quizQuestions("AWS Organizations", org, "fill-blank").filter((q) => q.answers[0] === "RCPs")).toEqual([]);
	});

	test("'opted in' is echoed by '(Settings → Service opt-in)'", () => {
		expect(echoes("Services must be ____ per region (Settings → Service opt-in)", "opted in")).toBe(true);
		expect(echoes("Services must be ____ per region", "opted in")).toBe(false);
	});

	test("a sentence with no subject ('Can't read from Firehose though.') is no statement", () => {
		expect(stemProblem("Can't read from Firehose though.")).not.toBe(null);
		expect(stemProblem("Cannot be changed after creation.")).not.toBe(null);
		expect(stemProblem("Flink can't read from Firehose.")).toBe(null);
	});

	test("'Kinesis Data Analytics was renamed ...' is no sentence about Kinesis: its 'It' is not Kinesis", () => {
		const kinesis = [
			"# Kinesis",
			"## Kinesis Data Analytics",
			"Kinesis Data Analytics for Apache Flink was renamed Amazon Managed Service for Apache Flink in 2023. It runs Apache Flink applications on managed infrastructure, reading from Kinesis Data Streams or Amazon MSK. It scales the application with Kinesis Processing Units.",
		];
		const statements = quiz("Kinesis", kinesis, ["true-false"]).map((q) => q.prompt);
		expect(statements.length).toBeGreaterThan(0);
		expect(statements.filter((p) => /Kinesis (?:runs|scales)/.test(p))).toEqual([]);
	});

	test("'**Guard** custom policy rule' names a kind of rule; any other fits the blank", () => {
		const config = ["# AWS Config", "## Rules", "- **Guard** custom policy rule", "\t- CloudFormation Guard DSL, no Lambda to maintain", "- **Conformance packs** bundle rules and remediation actions as one YAML template"];
		const keys = quiz("AWS Config", config, ["fill-blank"]).map((q) => q.answers[0]);
		expect(keys).toContain("Conformance packs");
		expect(keys).not.toContain("Guard");
	});

	test("'WAF = L7 filtering': the wrong choices are services set against WAF, not IAM or SSO", () => {
		const waf = ["# WAF", "## Exam Tips", "- WAF = L7 filtering by content; Shield = DDoS protection at layers 3 and 4"];
		const qs = SEEDS.flatMap((seed) => generateQuiz(note(...waf), context("WAF"), { seed, kinds: ["comparison"], count: 30, minimum: 1 }).questions).filter((q) => q.answers[0] === "WAF");
		expect(qs.length).toBeGreaterThan(0);
		const choices = qs.flatMap((q) => q.choices);
		expect(choices.filter((c) => /^(?:IAM|SSO|Cognito)$/.test(c))).toEqual([]);
		expect(choices.some((c) => /Firewall/.test(c))).toBe(true);
	});
});
