/**
 * Faults found in round 13 (cheat-sheet notes kept in tables, titles such as "RDS - Relational
 * Database Service"), each as a case. The table cases are in `tables.test.ts`.
 */
import { describe, expect, test } from "vitest";
import { allQuestions, generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { isServiceLike, serviceNames, withDashedAbbreviation } from "../../../src/core/quiz/names";
import { couldBothFit } from "../../../src/core/quiz/services";
import { echoes } from "../../../src/core/quiz/terms";
import { context, facts, note, quizQuestions, withMore } from "./helpers";

describe("round 13", () => {
	test("a title 'ABBR - Full name' names the service", () => {
		expect(withDashedAbbreviation("RDS - Relational Database Service")).toBe("Relational Database Service (RDS)");
		expect(withDashedAbbreviation("Key Management Service – KMS")).toBe("Key Management Service (KMS)");
		// A topic of a service is not its name.
		expect(withDashedAbbreviation("S3 - Storage Classes")).toBe("S3 - Storage Classes");
		expect(isServiceLike("SQS - Simple Queue Service")).toBe(true);
		expect(serviceNames("RDS - Relational Database Service", []).short).toBe("RDS");
		// So its lines get their subject: "Encryption at rest with KMS – choose ____" said of RDS.
		// Every question the note supports: a quiz asks one of those that give each other away.
		const all = [
			...allQuestions(
				facts(
					"RDS - Relational Database Service",
					"# RDS",
					"Managed relational databases: MySQL, PostgreSQL, MariaDB, Oracle, SQL Server and Db2.",
					"## Security",
					"1. Encryption at rest uses **AES-256** with a key from [[KMS]], chosen when the instance is created",
					"2. In-transit encryption uses **TLS** certificates from the RDS CA",
				),
				1,
			).values(),
		].flat();
		const blank = all.find((q) => q.kind === "fill-blank" && q.answers[0] === "AES-256");
		expect(blank?.prompt).toMatch(/^RDS: /);
	});

	test("a service's name in the situation gives it away; words of the note's own service do not", () => {
		expect(echoes("resource config history / compliance", "Config")).toBe(true);
		expect(echoes("standard tag keys / values", "Tag policies")).toBe(true);
		expect(echoes("microsecond reads", "Accelerator (DAX)")).toBe(false);
		const lines = [
			"# CloudWatch",
			"Metrics, logs and alarms for AWS resources and applications.",
			"## Exam cues",
			"- Resource config history and compliance over time → AWS Config",
			"- Who made this API call last Tuesday → CloudTrail",
			"- Threat detection from VPC Flow Logs and DNS logs → GuardDuty",
			"- Discover personal data stored in S3 buckets → Macie",
			"- Scan EC2 instances and container images for vulnerabilities → Inspector",
		];
		const all = quizQuestions("Amazon CloudWatch", lines, "scenario");
		expect(all.some((q) => q.answers[0] === "CloudTrail")).toBe(true);
		expect(all.some((q) => /config history/i.test(q.prompt))).toBe(false);
	});

	test("services that can do each other's job are never key and wrong choice", () => {
		expect(couldBothFit("Parameter Store", "AppConfig")).toBe(true);
		expect(couldBothFit("PrivateLink", "VPC Lattice")).toBe(true);
		expect(couldBothFit("Snowball", "DataSync")).toBe(true);
		expect(couldBothFit("Snowball", "Direct Connect")).toBe(false);
	});

	test("a lead-in to a list ('How they work:') and a fragment without a verb are no statements", () => {
		const lines = [
			"# AWS Organizations",
			"Central management of many AWS accounts.",
			"## Management account",
			"- Pays the bills of every member account.",
			"## Service control policies",
			"How they work:",
			"1. Attach to the root, an OU or an account",
			"2. An explicit deny anywhere wins",
			"## Integrations",
			"- [[AWS Lambda]] via the Parameters and Secrets extension",
			"- [[Amazon ECS]] task definitions inject secrets as environment variables",
		];
		for (const q of quizQuestions("AWS Organizations", lines, "true-false")) {
			expect(q.prompt).not.toMatch(/How they work/);
			expect(q.prompt).not.toMatch(/via the Parameters/);
		}
	});

	test("a note whose statements are all true gets no quiz, and says why", () => {
		const quiz = withMore(generateQuiz(
			note("# Study plan", "## Details", "- Every service note starts from the template.", "- Each week covers one domain of the exam guide.", "- Practice tests run every Saturday morning."),
			context("Study plan"),
			{ count: 10 },
		));
		expect(quiz.questions).toEqual([]);
		expect(quiz.reason).toMatch(/^This note has too little to ask about/);
	});
});
