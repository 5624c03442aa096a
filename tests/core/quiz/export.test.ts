import { describe, expect, test } from "vitest";
import { quizToFlashcards, quizToMarkdown } from "../../../src/core/quiz/export";
import { parseNote } from "../../../src/core/note/parseNote";
import type { Quiz } from "../../../src/core/quiz/types";
import { sampleQuestion } from "./helpers";

const quiz: Quiz = {
	note: "AWS/Amazon SQS.md",
	seed: 2,
	reason: null,
	questions: [
		sampleQuestion({ id: "a" }),
		{
			id: "b",
			kind: "fill-blank",
			type: "term",
			prompt: "Messages stay up to ____ [[x]] <b>#tag::y",
			choices: [],
			answers: ["14 days"],
			multi: false,
			typed: true,
			explanation: "Line 9.",
			source: { line: 9, text: "x" },
		},
	],
};

describe("quiz export", () => {
	test("markdown note: folded question callouts linking back to the source; note text cannot become links or tags", () => {
		const md = quizToMarkdown(quiz, "Amazon SQS", "2026-11-24");
		expect(md).toContain("> [!question]- 1. Which AWS service is a managed message queue?");
		expect(md).toContain("> **Answer:** Amazon SQS");
		expect(md).toContain("[[Amazon SQS]], line 7");
		const note = parseNote(md);
		expect(note.links.every((l) => l.target === "Amazon SQS")).toBe(true);
		expect(note.inlineTags).toEqual([]);
		expect(note.frontmatter?.tags).toEqual(["aws-quiz"]);
	});

	test("flashcards: one Question::Answer line each, with choices shown and no stray separators", () => {
		const lines = quizToFlashcards(quiz).trimEnd().split("\n");
		expect(lines).toEqual([
			"Which AWS service is a managed message queue? (Amazon SNS / Amazon SQS / Amazon MQ)::Amazon SQS",
			"Messages stay up to ____ [[x]] <b>#tag:y::14 days",
		]);
	});
});
