/**
 * Faults found in round 14 (prose lecture notes: paragraphs, "It", exam hints in sentences), each as
 * a case.
 */
import { describe, expect, test } from "vitest";
import { claimsSomething } from "../../../src/core/quiz/prose";
import { examCue } from "../../../src/core/quiz/generators/scenario";
import { serviceNames, serviceTitle } from "../../../src/core/quiz/names";
import { stemProblem } from "../../../src/core/quiz/stems";
import { blankGivesAway, echoes } from "../../../src/core/quiz/terms";
import { buildFacts } from "../../../src/core/quiz/facts";
import { trueFalseQuestions } from "../../../src/core/quiz/generators/trueFalse";
import { createRng } from "../../../src/core/quiz/random";
import { context, note, quizQuestions, SEEDS } from "./helpers";

describe("round 14", () => {
	test("a title about a topic of one service names that service", () => {
		expect(serviceTitle("Aurora notes")).toBe("Aurora");
		expect(serviceTitle("EKS - Kubernetes")).toBe("EKS");
		expect(serviceTitle("VPC Basics")).toBe("VPC");
		expect(serviceTitle("Exam notes")).toBe("Exam notes");
		expect(serviceTitle("AWS Networking Overview")).toBe("AWS Networking Overview");
		expect(serviceNames("Aurora notes", []).short).toBe("Aurora");
		// So a sentence lifted from it says whose it is.
		const all = quizQuestions("Aurora notes", [
			"# Aurora",
			"## Availability",
			"Failover to a replica typically completes in about **30 seconds**. The storage grows automatically in 10 GB steps up to **128 TiB**.",
			"Backups run continuously to S3 with point-in-time restore. Cloning creates a copy of a cluster in minutes.",
		]);
		const blanks = all.filter((q) => q.kind === "fill-blank");
		expect(blanks.length).toBeGreaterThan(0);
		for (const q of blanks) expect(q.prompt).toMatch(/^Aurora/);
	});

	test("stems that point back or talk to the student, blanks in examples, echoes", () => {
		expect(stemProblem("AWS Backup puts all of that behind one console and API")).toBe("points at something it does not name");
		expect(claimsSomething("Learn that and half of the governance questions answer themselves")).toBe(false);
		expect(echoes("Firehose is , not real time", "near real time")).toBe(true);
		expect(echoes("data usage limits per query or per workgroup", "Workgroups")).toBe(true);
		expect(echoes("it only reads the columns a query needs", "columnar format")).toBe(true);
		// A generic head noun echoed leaves the answer to find.
		expect(echoes("Secrets are encrypted with", "envelope encryption")).toBe(false);
		const all = quizQuestions("Amazon EFS", [
			"# EFS",
			"## Storage classes",
			"Lifecycle management moves files to Infrequent Access automatically, for example after **30 days** without access. Files in **One Zone** classes live in a single Availability Zone.",
			"Throughput scales with the amount of data stored in **Bursting** mode. The **Elastic** mode scales throughput up and down with the workload.",
		]);
		for (const q of all) expect(q.prompt).not.toMatch(/for example after ____/);
	});

	test("a service is not swapped in before a noun only the original has", () => {
		expect(blankGivesAway("Put a ____ distribution in front of the bucket", "Amazon CloudFront")).toBe(true);
		const all = quizQuestions("Shield", [
			"# AWS Shield",
			"## Where it applies",
			"Shield Advanced protects a [[CloudFront]] distribution, a Route 53 hosted zone and Elastic IP addresses. It also covers Global Accelerator accelerators.",
			"Shield Standard is free and turned on for every account. It protects against common layer 3 and layer 4 attacks.",
		]);
		for (const q of all) if (q.kind === "true-false" && q.prompt.includes(" distribution")) expect(q.prompt).toMatch(/CloudFront distribution/);
	});

	test("a definition that holds the service's own word is not asked", () => {
		const all = quizQuestions("Amazon API Gateway", [
			"# Amazon API Gateway",
			"Amazon API Gateway is a fully managed service for creating, publishing and securing APIs at any scale.",
			"## Details",
			"- Supports **REST**, **HTTP** and **WebSocket** APIs.",
			"- Throttles requests with **usage plans** and API keys.",
			"- Caches responses for up to **3600 seconds**.",
		]);
		expect(all.some((q) => q.kind === "which-service" && /securing APIs/.test(q.prompt))).toBe(false);
	});

	test("a linked service is swapped only for one the exams set against it; a lower-case title is written as the catalog does", () => {
		expect(serviceTitle("guardduty")).toBe("GuardDuty");
		const lines = [
			"# AWS Backup",
			"## Vaults",
			"Backups are stored in vaults. Each vault is encrypted with an [[AWS KMS]] key and has its own access policy. Findings about backups flow into [[AWS Security Hub]] for a combined view.",
		];
		const falses = SEEDS.flatMap((seed) => trueFalseQuestions(buildFacts(note(...lines), context("AWS Backup")), createRng(seed))).filter((q) => q.answers[0] === "False");
		for (const q of falses) expect(q.prompt).not.toMatch(/Directory Service|Amazon RDS|Athena/);
	});

	test("round 15: a list of traits with an arrow to another service is no cue (it keyed Secrets Manager for Parameter Store)", () => {
		expect(examCue("versioned yes, rotation no → [[Secrets Manager]]")).toBeNull();
		expect(examCue("Rotation needed, versioning optional → Secrets Manager")?.answer).toBe("Secrets Manager");
	});
});
