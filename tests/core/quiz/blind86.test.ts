/**
 * Faults found by blind reads 86-87 (Notion exports, Cornell notes, practice-question notes,
 * whitepaper summaries, comparison grids, property-heavy notes), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { typedMatches } from "../../../src/core/quiz";
import { alsoAccepted } from "../../../src/core/quiz/accepts";
import { checkFairness } from "../../../src/core/quiz/fairness";
import { sectionIdOf } from "../../../src/core/quiz/sections";
import { stemProblem } from "../../../src/core/quiz/stems";
import { questionsOf, sampleQuestion } from "./helpers";

const blank = (prompt: string, key: string) => sampleQuestion({ kind: "fill-blank", type: "term", typed: true, prompt, choices: [], answers: [key] });

describe("blind reads 86-87: giveaways", () => {
	test("a one-word key written as words in the prompt ('alert manager' for 'Alertmanager') gives it away", () => {
		expect(checkFairness(blank("Managed Prometheus: ____ is managed too → upload an alert manager definition", "Alertmanager")).join()).toMatch(/spells the answer/);
		expect(checkFairness(blank("Managed Prometheus: ____ is managed too → upload a routing definition", "Alertmanager"))).toEqual([]);
	});

	test("a figure of an example ('ex: send email → wait ____') is the note's own pick", () => {
		expect(checkFairness(blank("Pinpoint — Journeys: multi-step workflows. ex: send email → wait ____ → if not opened → send SMS.", "2 days")).join()).toMatch(/example/);
		expect(checkFairness(blank("Pinpoint — Journeys: a journey waits at most ____ between steps.", "2 days"))).toEqual([]);
		// A term in an example is no pick of the note's: "e.g. CSV → JSON" for a transform's service.
		expect(checkFairness(blank("Firehose: transforms records with ____ (e.g. CSV → JSON)", "Lambda"))).toEqual([]);
	});
});

describe("blind reads 86-87: garbled sides and headings", () => {
	test("a side that says 'or' itself ('CSV or Apache Parquet') blurs the sides", () => {
		const q = sampleQuestion({ kind: "comparison", type: "term", prompt: "Which one is a daily file to an S3 bucket, CSV or Apache Parquet or Metrics export?", choices: ["CSV or Apache Parquet", "Metrics export"], answers: ["Metrics export"] });
		expect(checkFairness(q).join()).toMatch(/says "or"/);
	});

	test("a table's 'Moves what' column asks what each one moves, under a heading without the student's aside", () => {
		const lines = [
			"# Amazon AppFlow",
			"",
			"### Confusions — don't mix these up!!",
			"| Service | Moves what | From where |",
			"|---|---|---|",
			"| AppFlow | SaaS app records | Salesforce, Slack |",
			"| DataSync | files / objects | on-prem NFS/SMB shares |",
			"| DMS | database rows | Oracle, MySQL |",
			"| Glue | ETL jobs (Spark) | data already in AWS |",
			"| Transfer Family | files over SFTP/FTPS | partners pushing files |",
		];
		const asked = questionsOf("Amazon AppFlow", lines).filter((q) => q.kind === "comparison");
		const rows = asked.find((q) => q.answers[0] === "DMS");
		expect(rows?.prompt).toBe("Amazon AppFlow — Confusions: which service moves database rows?");
		for (const q of asked) expect(q.prompt).not.toMatch(/mix these up|moves what/);
		// "files over SFTP" opens with the word "files / objects" does: Transfer Family is no wrong choice there.
		for (const q of asked.filter((x) => x.answers[0] === "DataSync")) expect(q.choices).not.toContain("Transfer Family");
	});
});

describe("blind reads 86-87: sections, statements and swaps", () => {
	test.each([
		["Pick it when", "useCases"],
		["Use it when", "useCases"],
		["Pick something else when", "details"],
		["Pick your battles", null],
	])("the heading %s has the role %s", (heading, role) => {
		expect(sectionIdOf(heading)).toBe(role);
	});

	test("'both' with no pair named before it points at something unnamed", () => {
		expect(stemProblem("Managed Grafana can enable both on one workspace")).toMatch(/does not name/);
		expect(stemProblem("DAX keeps an item cache and a query cache, both with a default TTL of 5 min")).toBeNull();
	});

	test("a service is swapped only for one of its own kind in a false statement", () => {
		const lines = [
			"# Amazon CodeGuru",
			"",
			"## Profiler",
			"- Profiler runs on **EC2**, containers, **Lambda** and on-prem servers with low overhead.",
			"- Findings can be stored in **Secrets Manager** for later review by the team lead.",
			"- Reviewer comments on pull requests in **CodeCommit** and GitHub repositories.",
			"- Long jobs on **AWS Batch** or **Lightsail** boxes can be profiled the same way.",
		];
		const falses = [1, 2, 3, 4, 5, 6].flatMap((seed) => questionsOf("Amazon CodeGuru", lines, seed)).filter((q) => q.kind === "true-false" && q.answers[0] === "False" && q.source.line === 4);
		expect(falses.length).toBeGreaterThan(0);
		for (const q of falses) expect(q.prompt).toMatch(/AWS Batch|Lightsail/);
	});
});

describe("blind reads 86-87: keys and typed answers", () => {
	test("a figure's 'by default' stays outside its blank", () => {
		const lines = ["# AWS CodeArtifact", "", "## Auth", "- Developers log in with the CLI before installing packages.", "- Token valid **12h by default** (can be shorter with a flag).", "- Upstream repos pull from **npmjs** and **PyPI** when a package is missing."];
		const q = questionsOf("AWS CodeArtifact", lines).find((x) => x.kind === "fill-blank" && x.source.line === 5);
		expect(q?.prompt).toMatch(/Token valid ____ by default/);
		expect(q?.answers).toEqual(["12h"]);
	});

	test("a standard is typed without its major version where the note names no other", () => {
		expect(alsoAccepted("SAML 2.0", "Grafana: sign in through a ____ IdP", ["- Grafana: SAML 2.0 or IAM Identity Center"])).toEqual(["SAML"]);
		expect(alsoAccepted("SAML 2.0", "Grafana: sign in through a ____ IdP", ["- old apps still speak SAML 1.1"])).toEqual([]);
		expect(alsoAccepted("TLS 1.2", "ALB: the policy sets a minimum of ____", [])).toEqual([]);
	});

	test("an executor is typed by its name, as a kind word goes without saying", () => {
		expect(typedMatches("Celery executor", "Celery")).toBe(true);
		expect(typedMatches("SaaS apps", "SaaS")).toBe(true);
		expect(typedMatches("Celery executor", "Kubernetes")).toBe(false);
	});
});

describe("blind reads 86-87: false statements that contradict themselves", () => {
	const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
	test("an 'X = a, Y = b' line whose description says '=' again gives no swapped statement", () => {
		const lines = [
			"# AWS Fault Injection Service",
			"",
			"## Confusions",
			"- **[[AWS Resilience Hub]]** → *assesses* your app vs RTO/RPO targets, can **generate FIS experiments** to check → Resilience Hub = plan/assess, FIS = actually break things",
			"- Chaos Monkey = open-source idea from Netflix, FIS = the managed AWS version with guardrails",
		];
		const tf = seeds.flatMap((seed) => questionsOf("AWS Fault Injection Service", lines, seed)).filter((q) => q.kind === "true-false");
		expect(tf.filter((q) => q.source.line === 4)).toEqual([]);
		expect(tf.some((q) => q.source.line === 5)).toBe(true);
	});
});

describe("blind reads 86-87: the note's own service as a key", () => {
	test("a title with an aside in parentheses ('Athena (week 3)') keys its service by name", () => {
		const lines = ["# Athena", "", "## Overview", "Amazon Athena is a serverless service that runs SQL queries directly on data stored in S3.", "", "## ✅ Use it when", "- ad-hoc / one-off queries on data already sitting in S3", "- analysing VPC flow logs and CloudTrail logs without loading them anywhere"];
		const keyed = questionsOf("Athena (week 3)", lines).filter((q) => q.kind === "scenario" || q.kind === "which-service");
		expect(keyed.length).toBeGreaterThan(0);
		for (const q of keyed) expect(q.answers).toEqual(["Athena"]);
		// An abbreviation in parentheses is the service's own name: "Amazon Elastic Kubernetes Service (EKS)" stays.
		const eks = questionsOf("Amazon Elastic Kubernetes Service (EKS)", ["# EKS", "", "## Use Cases", "- running Kubernetes workloads without managing the control plane yourself"]);
		expect(eks.find((q) => q.kind === "scenario")?.answers).toEqual(["Amazon Elastic Kubernetes Service (EKS)"]);
	});
});

describe("blind reads 86-87: to-dos, feelings and paragraph leads", () => {
	test("an open task ('- [ ] ...') is still to do, and asks nothing; a done one is read", () => {
		const lines = ["# Amazon Pinpoint", "", "## Checklist", "- [ ] **10DLC** registration steps are required for US long codes", "- [x] **Journeys** are multi-step campaigns with waits and branches"];
		const asked = questionsOf("Amazon Pinpoint", lines);
		expect(asked.filter((q) => q.source.line === 4)).toEqual([]);
		expect(asked.some((q) => q.source.line === 5)).toBe(true);
	});

	test("the student's feelings ('seems painful') are no statement", () => {
		expect(stemProblem("10DLC registration steps, seems painful")).toMatch(/student/);
		expect(stemProblem("10DLC registration is required for US long codes")).toBeNull();
	});

	test("a paragraph's bold lead ('**Feedback loop.**') is its heading, not a term to blank", () => {
		const lines = ["# Amazon CodeGuru", "", "## Reviewer", "**Feedback loop.** Developers rate each recommendation up or down, which tunes later reviews of **pull requests**.", "", "**Pricing.** Reviewer is billed per **lines of code** scanned each month, not per review."];
		const asked = questionsOf("Amazon CodeGuru", lines);
		expect(asked.some((q) => q.source.line === 4)).toBe(true);
		expect(asked.filter((q) => q.answers.some((a) => /Feedback loop|Pricing/.test(a)))).toEqual([]);
	});
});
