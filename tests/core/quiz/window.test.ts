/**
 * A very large note is quizzed from a window of it: the quiz reads at most MAX_QUIZ_CHARS of it
 * (plus its head and the heading the window starts under), says which lines, and every question
 * points at the note's own line.
 */
import { describe, expect, test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { MAX_QUIZ_CHARS, quizFromText, quizText } from "../../../src/core/quiz/window";
import { buildSetQuiz, loadQuizNote, questionById } from "../../../src/core/study/setQuiz";
import { context } from "./helpers";

/** A long S3 note: an Overview, then sections of rules, some code blocks. About `mb` megabytes. */
function longNote(mb: number): string {
	const lines = ["---", "aliases: [S3]", "---", "## Overview", "- Amazon S3 stores objects in buckets with **99.999999999%** durability.", ""];
	let i = 0;
	while (lines.join("\n").length < mb * 1_000_000) {
		if (i % 400 === 0) lines.push(`## Lifecycle rules ${i / 400 + 1}`);
		if (i % 250 === 0) lines.push("```json", `{ "Rule": ${i}, "Prefix": "- not a bullet" }`, "```");
		lines.push(`- Rule ${i}: objects under logs/${i}/ move to **S3 Glacier** after **${30 + (i % 300)} days**, encrypted with [[AWS Key Management Service (KMS)]].`);
		lines.push(`\t- Rule ${i} keeps ${i % 7} noncurrent versions.`);
		i++;
	}
	return lines.join("\n");
}

const ctx = (title: string) => () => context(title);

describe("quizText", () => {
	test("a note of normal size is read whole", () => {
		const text = "## Overview\n- Amazon S3 stores objects.\n";
		const read = quizText(text, 3);
		expect(read.text).toBe(text);
		expect(read.bound).toBeNull();
		expect(read.lineOf(2)).toBe(2);
	});

	const big = longNote(3);
	const lines = big.split("\n");

	test("a very large note: head, heading and a window, each line mapped to the note's own", () => {
		for (const seed of [1, 2, 3, 7]) {
			const read = quizText(big, seed);
			expect(read.text.length).toBeLessThan(MAX_QUIZ_CHARS + 10_000);
			expect(read.bound).toMatch(/^lines [\d,]+–[\d,]+ of [\d,]+$/);
			const own = read.text.split("\n");
			own.forEach((line, i) => expect(lines[read.lineOf(i + 1) - 1], `seed ${seed}, line ${i + 1}`).toBe(line));
			// The head (frontmatter, Overview) is kept, and the window never starts inside a code block.
			expect(own.slice(0, 5)).toEqual(lines.slice(0, 5));
			expect(parseNote(read.text).frontmatter?.aliases).toEqual(["S3"]);
		}
		expect(quizText(big, 1).bound).not.toBe(quizText(big, 2).bound);
	});

	test("quizFromText: questions point at the note's own lines and the quiz says what it read", () => {
		const quiz = quizFromText(big, ctx("Amazon S3"), { count: 10, seed: 4 });
		expect(quiz.questions.length).toBeGreaterThanOrEqual(5);
		expect(quiz.bound).toMatch(/^From lines [\d,]+–[\d,]+ of [\d,]+ of this long note/);
		for (const q of quiz.questions) {
			expect(lines[q.source.line - 1], q.prompt).toContain(q.source.text.slice(0, 20));
			for (const m of q.explanation.matchAll(/Line (\d+):/g)) expect(Number(m[1])).toBe(q.source.line);
		}
		// A note of normal size: the same quiz as generateQuiz gives.
		const small = "## Overview\n- Amazon S3 stores objects in buckets.\n## Details\n- Objects up to **5 TB**.\n- **S3 Glacier** archives objects.\n";
		expect(quizFromText(small, (n) => context("Amazon S3"), { seed: 2 })).toEqual(generateQuiz(parseNote(small), context("Amazon S3"), { seed: 2 }));
	});

	test("a set quiz reads the same window for every seed, so missed questions come back by id", () => {
		const loaded = loadQuizNote("AWS/Amazon S3.md", big, (path) => ({ ...context("Amazon S3"), path }));
		expect(loaded.lineOf).toBeDefined();
		const set = buildSetQuiz(["AWS/Amazon S3.md"], () => loaded, () => ({ category: "Storage", tags: [] }), { count: 5, seed: 9 });
		expect(set.questions.length).toBeGreaterThan(0);
		for (const q of set.questions) {
			expect(lines[q.source.line - 1]).toContain(q.source.text.slice(0, 20));
			const again = questionById(loadQuizNote("AWS/Amazon S3.md", big, (path) => ({ ...context("Amazon S3"), path })), q.id, q.seed);
			expect(again?.source.line).toBe(q.source.line);
		}
	});
});
