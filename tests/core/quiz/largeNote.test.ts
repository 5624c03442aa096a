import { describe, expect, test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import { checkFairness, generateQuiz } from "../../../src/core/quiz";
import { MAX_QUIZ_ITEMS, windowFacts } from "../../../src/core/quiz/generateQuiz";
import { buildFacts } from "../../../src/core/quiz/facts";
import { withMore } from "./helpers";

/** A note with thousands of bullets, in the template's style. */
function hugeNote(items: number): string {
	const lines = ["**Overview**", "**Amazon Testing Service** is a **managed test runner** for large suites.", "", "## **Details**"];
	for (let i = 0; i < items; i++) {
		if (i % 5 === 0) lines.push(`- **Group ${i}** covers area ${i}:`);
		else lines.push(`\t- **Term ${i}** handles task number ${i} in the pipeline.`);
	}
	lines.push("", "## **Exam Tips**", "- **Runner = parallel tests**, **Queue = ordered tests**.");
	return lines.join("\n");
}

const context = { path: "AWS/Amazon Testing Service.md", title: "Amazon Testing Service", aliases: [], siblings: ["Amazon SQS", "AWS Lambda", "Amazon SNS"] };

describe("quiz on a very large note", () => {
	const note = parseNote(hugeNote(5000));

	test("generators see a bounded window of items; normal notes are untouched", () => {
		const facts = buildFacts(note, context);
		expect(facts.items.length).toBeGreaterThan(MAX_QUIZ_ITEMS);
		const w = windowFacts(facts, 1);
		expect(w.items.length).toBe(MAX_QUIZ_ITEMS);
		const lines = w.items.map((i) => i.line);
		for (const b of w.bold) expect(b.line >= lines[0] && b.line <= lines[lines.length - 1]).toBe(true);
		const small = buildFacts(parseNote(hugeNote(50)), context);
		expect(windowFacts(small, 1)).toBe(small);
	});

	test("questions stay fair, and another seed draws from another part of the note", () => {
		const a = withMore(generateQuiz(note, context, { seed: 1 }));
		const b = withMore(generateQuiz(note, context, { seed: 2 }));
		expect(a.questions.length).toBe(10);
		for (const q of [...a.questions, ...b.questions]) expect(checkFairness(q)).toEqual([]);
		const linesA = new Set(a.questions.map((q) => q.source.line));
		expect(b.questions.some((q) => !linesA.has(q.source.line))).toBe(true);
	});
});
