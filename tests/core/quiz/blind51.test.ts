/**
 * Faults of blind read 51 (new styles: flashcards, Cornell notes, course notes, a cram sheet), each as
 * a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { serviceTitle } from "../../../src/core/quiz/names";
import { sentenceWith, stemProblem } from "../../../src/core/quiz/stems";
import { spellsOutAcronym } from "../../../src/core/quiz/acronyms";
import { fromPlain } from "../../../src/core/quiz/text";
import { facts, questionsOf } from "./helpers";

describe("blind read 51", () => {
	test("'**Kinesis Data Streams**' alone on its line names what the bullets below are about", () => {
		const log = ["# 2025-01-11 study log", "", "## Facts learned", "", "**Kinesis Data Streams**", "- retention default **24h**, up to **365 days**", "- max record size 1 MB"];
		expect(facts("2025-01-11 study log", ...log).subjectAt(6)).toBe("Kinesis Data Streams");
	});

	test("an FAQ, flashcards or course notes about a service are about that service", () => {
		expect(serviceTitle("AWS Organizations FAQ")).toBe("AWS Organizations");
		expect(serviceTitle("S3 flashcards")).toBe("S3");
		expect(serviceTitle("Section 7 - Elastic Beanstalk (course notes)")).toBe("Elastic Beanstalk");
		expect(serviceTitle("FAQ")).toBe("FAQ");
	});

	test("a flashcard's '::' after a label's colon reads as a colon; an ARN or a resource type keeps its colons", () => {
		expect(fromPlain("Lifecycle: earliest transition Standard -> Standard-IA::30 days after object creation")).toBe("Lifecycle: earliest transition Standard -> Standard-IA: 30 days after object creation");
		expect(fromPlain("arn:aws:iam::123456789012:root")).toBe("arn:aws:iam::123456789012:root");
		expect(fromPlain("Type: AWS::S3::Bucket resource")).toBe("Type: AWS::S3::Bucket resource");
	});

	test("a sentence that goes on from the one before ('Kicks in when ...') has its subject there", () => {
		const line = "storage filling up -> RDS Storage Auto Scaling (set a max threshold). Kicks in when free space < 10% and XX since the last change.";
		expect(sentenceWith(line, "XX")).toBeNull();
		expect(sentenceWith("Backups are kept 7 days. Snapshots are kept XX.", "XX")).toBe("Snapshots are kept XX.");
		expect(sentenceWith("Backups are kept 7 days. Class matters: it sets XX.", "XX")).toBe("Class matters: it sets XX.");
	});

	test("a need ('need secrets replicated across regions') is a situation, not a claim; 'the problem' points back", () => {
		expect(stemProblem("need secrets replicated across regions for DR / multi-region apps")).not.toBeNull();
		expect(stemProblem("Needs enableDnsHostnames and enableDnsSupport on the VPC")).toBeNull();
		expect(stemProblem("Scaling the instance just delays the problem.")).not.toBeNull();
		expect(stemProblem("Multi-AZ solves the problem of an AZ outage")).toBeNull();
	});

	test("'(organizational units)' spells out 'OUs'", () => {
		expect(spellsOutAcronym("____ (organizational units) – folders for accounts", "OUs")).toBe(true);
		expect(spellsOutAcronym("____ – folders for accounts", "OUs")).toBe(false);
	});

	test("a place ('on top of') is no blank's key", () => {
		const faq = ["# AWS Organizations FAQ", "", "### Q: Control Tower?", "- Control Tower sits **on top of** Organizations and sets up a landing zone"];
		expect(questionsOf("AWS Organizations FAQ", faq).filter((q) => q.answers.includes("on top of"))).toEqual([]);
	});

	test("select-all: a label that counts its items ('3 service integration patterns:') is not asked", () => {
		const sf = [
			"# Step Functions",
			"",
			"## Integrations",
			"- 3 service integration patterns:",
			"\t- Request Response",
			"\t- Run a Job (.sync)",
			"\t- Wait for Callback",
			"- Workflow types:",
			"\t- Standard",
			"\t- Express",
			"- Error handling fields:",
			"\t- Retry",
			"\t- Catch",
		];
		expect(questionsOf("Step Functions", sf).filter((q) => q.kind === "select-all" && /integration patterns/.test(q.prompt))).toEqual([]);
	});

	test("a course's numbered sections ('7.2 Deployment policies') are topics, not things to choose between", () => {
		const course = [
			"# Section 7 - Elastic Beanstalk (course notes)",
			"",
			"## 7.2 Deployment policies",
			"- **Immutable**",
			"  - new instances in a temporary ASG",
			"- **Traffic splitting**",
			"  - canary testing on a temporary ASG",
			"  - needs an ALB",
			"## 7.3 Worker environments",
			"- pulls jobs from an SQS queue",
			"## 7.4 RDS with Beanstalk",
			"- gets deleted with the environment",
			"## 7.5 EB CLI and lifecycle",
			"- deletes old application versions",
		];
		const qs = questionsOf("Section 7 - Elastic Beanstalk (course notes)", course);
		expect(qs.filter((q) => q.choices.includes("Deployment policies") || q.choices.includes("Worker environments"))).toEqual([]);
	});

	test("an FAQ's 'Q: Who is affected by SCPs?' is the question its answer lines answer; a practice question's scenario is not", () => {
		const faq = [
			"# AWS Organizations FAQ",
			"",
			"### Q: Who is affected by SCPs?",
			"All IAM users and roles in member accounts, including the **root user** of member accounts.",
			"",
			"### Q: company must stop every account from leaving the org, least effort",
			"- an SCP that denies LeaveOrganization, attached at the **root** of the org",
		];
		const blanks = questionsOf("AWS Organizations FAQ", faq).filter((q) => q.kind === "fill-blank");
		expect(blanks.find((q) => q.answers[0] === "root user")?.prompt).toMatch(/Who is affected by SCPs\?/);
		for (const q of blanks) expect(q.prompt, q.prompt).not.toMatch(/company must stop/);
	});
});

