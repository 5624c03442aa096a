/**
 * Cornell notes written as a table (`| Cues | Notes |`, notes joined by `<br>` in one cell): the quiz
 * reads each row as a heading and its bullets, and every question points at its row (found before blind
 * read 24: its table-layout notes gave no quiz).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { cornellAsDocument } from "../../../src/core/quiz/layouts";
import { context, note, SEEDS, withMore } from "./helpers";

const cornell = [
	"---",
	"tags: [aws, cornell]",
	"---",
	"# Amazon SQS",
	"",
	"| Cues | Notes |",
	"|---|---|",
	"| What is SQS? | Fully managed **message queue** that decouples producers from consumers<br>Consumers **poll** for messages and delete them when done |",
	"| Standard vs FIFO? | • **Standard queues** give at-least-once delivery and best-effort ordering<br>• **FIFO queues** keep strict order per message group, 300 messages per second without batching |",
	"| How long are messages kept? | **Retention** is 4 days by default, from 1 minute up to 14 days<br>**Visibility timeout** hides a received message for 30 seconds by default, up to 12 hours |",
	"| Failures? | A **dead-letter queue** takes messages that failed more than maxReceiveCount times<br>**Redrive** moves them back to the source queue after a fix |",
	"| Waiting for messages? | **Long polling** waits up to 20 seconds and cuts empty responses<br>**Delay queues** postpone new messages for up to 15 minutes |",
	"",
	"## Summary",
	"SQS buffers work between components so that a slow consumer never loses a message.",
];

describe("Cornell notes in a table", () => {
	test("each row becomes the cue as a heading and a bullet per note, each pointing at its row", () => {
		const doc = cornellAsDocument(cornell);
		expect(doc).not.toBeNull();
		const lines = doc?.lines ?? [];
		expect(lines.slice(5, 11)).toEqual([
			"",
			"",
			"### What is SQS?",
			"- Fully managed **message queue** that decouples producers from consumers",
			"- Consumers **poll** for messages and delete them when done",
			"### Standard vs FIFO?",
		]);
		expect(lines[11]).toBe("- **Standard queues** give at-least-once delivery and best-effort ordering");
		// Every line of a row points at the row; the lines around the table keep their numbers.
		expect(doc?.from.slice(7, 12)).toEqual([8, 8, 8, 9, 9]);
		expect(doc?.from[lines.indexOf("## Summary")]).toBe(14);
		expect(doc?.from.length).toBe(lines.length);
	});

	test("a quiz of the note asks about the rows, at the rows' lines", () => {
		for (const seed of SEEDS) {
			const quiz = withMore(generateQuiz(note(...cornell), context("Amazon SQS"), { seed }));
			expect(quiz.questions.length, quiz.reason ?? "").toBeGreaterThanOrEqual(8);
			for (const q of quiz.questions) {
				expect(q.source.line).toBeGreaterThanOrEqual(8);
				expect(q.source.line).toBeLessThanOrEqual(16);
				// The question's source text is part of the line it points at.
				expect(cornell[q.source.line - 1].replace(/\*\*/g, ""), q.source.text).toContain(q.source.text.replace(/\*\*/g, "").slice(0, 20));
			}
		}
	});

	test("other tables are left alone", () => {
		expect(cornellAsDocument(["| Class | Min duration |", "|---|---|", "| Standard-IA | 30 days |"])).toBeNull();
		expect(cornellAsDocument(["| Cues | Notes | Extra |", "|---|---|---|", "| a | b | c |"])).toBeNull();
	});

	test("property: the lines it maps back are the note's lines, in order", () => {
		const line = fc.oneof(fc.constantFrom("| Cues | Notes |", "|---|---|", "| a? | b<br>c |", "| | x |", "## H", "", "text"), fc.string({ maxLength: 12 }));
		fc.assert(
			fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
				const doc = cornellAsDocument(lines);
				if (doc === null) return;
				expect(doc.from.length).toBe(doc.lines.length);
				for (let i = 1; i < doc.from.length; i++) expect(doc.from[i]).toBeGreaterThanOrEqual(doc.from[i - 1]);
				for (const l of doc.from) expect(l >= 1 && l <= lines.length).toBe(true);
			}),
		);
	});
});
