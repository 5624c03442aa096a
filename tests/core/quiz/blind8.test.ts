/**
 * Faults a blind reader found in round 8 (notes in an Obsidian style: emoji headings, callouts,
 * tables), each as a case.
 */
import { describe, expect, test } from "vitest";
import { generateQuiz } from "../../../src/core/quiz";
import { fillBlankQuestions } from "../../../src/core/quiz/generators/fillBlank";
import { linkedServiceQuestions } from "../../../src/core/quiz/generators/linkedService";
import { trueFalseQuestions } from "../../../src/core/quiz/generators/trueFalse";
import { namesAThing } from "../../../src/core/quiz/headings";
import { createRng } from "../../../src/core/quiz/random";
import { blankGivesAway, termShape } from "../../../src/core/quiz/terms";
import { context, facts, note, withMore } from "./helpers";

describe("emoji headings", () => {
	test("name a thing by their words, and topics stay topics", () => {
		expect(namesAThing("🚉 Transit Gateway")).toBe(true);
		expect(namesAThing("🔌 RDS Proxy")).toBe(true);
		for (const topic of ["⚖️ Side by side", "🧠 API types", "🧊 Caching (REST only)", "📈 Storage and scaling", "🧠 Engines", "⚙️ Capacity modes", "📦 The three Glacier classes"]) {
			expect(namesAThing(topic), topic).toBe(false);
		}
	});

	test("section headings are never choices, and a line is never said of another topic heading", () => {
		const lines = [
			"# Amazon RDS",
			"Amazon RDS runs managed relational databases.",
			"## 🧠 Engines",
			"- MySQL, PostgreSQL, MariaDB, Oracle, SQL Server and Db2.",
			"## 📈 Storage and scaling",
			"- Storage autoscaling grows the volume when free space runs low.",
			"## 🔌 RDS Proxy",
			"- RDS Proxy can enforce IAM authentication and pull credentials from Secrets Manager.",
			"## 💾 Backups and restore",
			"- Automated backups are kept for up to 35 days.",
		];
		for (const seed of [1, 2, 3, 4, 5]) {
			const quiz = withMore(generateQuiz(note(...lines), context("Amazon RDS"), { count: 30, seed }));
			for (const q of quiz.questions) {
				for (const c of q.choices) expect(c, q.prompt).not.toMatch(/Engines|Storage and scaling|Backups and restore|\p{Extended_Pictographic}/u);
				expect(q.prompt).not.toMatch(/\p{Extended_Pictographic}/u);
			}
		}
	});
});

describe("blanks that give their answer away", () => {
	test("a noun only the key has, right after the blank", () => {
		expect(blankGivesAway("Trail delivers events to an ____ bucket for retention", "Amazon S3")).toBe(true);
		expect(blankGivesAway("Failed messages go to a ____ queue", "Amazon Simple Queue Service (SQS)")).toBe(true);
		expect(blankGivesAway("Trail delivers events to ____ for retention", "Amazon S3")).toBe(false);
		expect(blankGivesAway("Images are stored in ____ state machines", "Amazon S3")).toBe(false);
		const qs = linkedServiceQuestions(facts("AWS CloudTrail", "# CloudTrail", "## Details", "- A trail delivers events to an [[Amazon S3]] bucket for long-term retention."), createRng(1));
		expect(qs).toEqual([]);
	});

	test("one of a pair written with a slash is not blanked", () => {
		const qs = fillBlankQuestions(facts("Amazon RDS", "# RDS", "## Details", "- Storage types: **gp3**/**gp2** (general purpose SSD) and **io2** for heavy OLTP."), createRng(1));
		for (const q of qs) expect(q.prompt).not.toMatch(/\/\s*____|____\s*\//);
	});

	test("a rate is no wrong answer for a time", () => {
		expect(termShape("10,000 requests per second")).toBe("rate");
		expect(termShape("30 seconds")).toBe("time");
	});

	test("a service named again in the sentence is never swapped out ('SSE-KMS (AWS KMS)')", () => {
		const lines = ["# CloudTrail", "## Details", "- Encrypt the log files with SSE-KMS ([[AWS Key Management Service (KMS)]]) for key control."];
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			for (const q of trueFalseQuestions(facts("AWS CloudTrail", ...lines), createRng(seed))) expect(q.answers).toEqual(["True"]);
		}
	});
});

describe("exam cues with several answers", () => {
	test("a cue that names several services is no question with one key", async () => {
		const { examCue } = await import("../../../src/core/quiz/generators/scenario");
		expect(examCue("Jobs longer than 15 minutes do not fit → use AWS Fargate, Amazon EC2 or AWS Batch")).toBeNull();
		expect(examCue("Run containers without servers → Fargate or App Runner")).toBeNull();
		expect(examCue("Who changed what → Config, not CloudTrail")?.answer).toBe("Config");
		expect(examCue("Streaming with replay → Kinesis, for auditing")?.answer).toBe("Kinesis");
	});
});

describe("callouts", () => {
	test("a to-do or question callout holds no facts; a note callout does", () => {
		const lines = [
			"# Amazon DynamoDB",
			"Amazon DynamoDB is a serverless key-value and document database.",
			"## Capacity",
			"- On-demand mode bills per request and needs no capacity planning.",
			"- Provisioned mode sets read and write capacity units ahead of time.",
			"- An item can be at most **400 KB** in size.",
			"- **Global tables** replicate a table to other Regions.",
			"> [!note] Indexes",
			"> A global secondary index can be added after the table is created.",
			"> [!todo] Review",
			"> Go back over the capacity unit maths before the next practice test.",
			"> - Redo the practice set on partition keys.",
			"> [!question]- Still unsure",
			"> Whether transactions cost twice the capacity of plain writes.",
		];
		const seen = new Set<number>();
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			for (const q of withMore(generateQuiz(note(...lines), context("Amazon DynamoDB"), { count: 30, seed })).questions) {
				seen.add(q.source.line);
				expect(q.source.line, q.prompt).not.toBeGreaterThan(10);
			}
		}
		expect(seen.has(9)).toBe(true);
	});
});
