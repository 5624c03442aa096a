/**
 * A practice exam: the countdown, the review screen's lists, the score against the pass line, a
 * score per category and per domain tag, unanswered questions counted wrong.
 */
import { describe, expect, test } from "vitest";
import { examRecord, formatClock, remainingMs, reviewSummary, scoreExam, startExam, type SetQuestion } from "../../../src/core/study";

const question = (id: string, category: string | null, extra: Partial<SetQuestion> = {}): SetQuestion => ({
	id,
	kind: "which-service",
	prompt: `Question ${id}?`,
	choices: ["A", "B", "C", "D"],
	answers: ["A"],
	type: "service",
	multi: false,
	typed: false,
	explanation: "Because.",
	source: { line: 3, text: "- A does it." },
	note: `AWS/${category ?? "Misc"}/${id}.md`,
	category,
	seed: 1,
	domains: [],
	...extra,
});

const T0 = Date.UTC(2026, 11, 4, 9, 0, 0);

describe("the clock", () => {
	test("remaining time counts down to zero; no limit is infinite", () => {
		const s = startExam([question("a", "Compute")], { kind: "folder", folder: "" }, 1, 130, T0);
		expect(remainingMs(s, T0)).toBe(130 * 60_000);
		expect(remainingMs(s, T0 + 60_000)).toBe(129 * 60_000);
		expect(remainingMs(s, T0 + 200 * 60_000)).toBe(0);
		expect(remainingMs(startExam([question("a", null)], { kind: "folder", folder: "" }, 1, 0, T0), T0 + 1e9)).toBe(Infinity);
	});

	test.each([
		[130 * 60_000, "2:10:00"],
		[65_000, "1:05"],
		[59_001, "1:00"],
		[9_000, "0:09"],
		[0, "0:00"],
	])("%d ms shows as %s", (ms, text) => {
		expect(formatClock(ms)).toBe(text);
	});
});

describe("review and score", () => {
	const questions = [
		question("a", "Compute"),
		question("b", "Compute"),
		question("c", "Storage", { domains: ["domain/resilient"] }),
		question("d", "Storage", { multi: true, choices: ["A", "B", "C", "D"], answers: ["A", "C"], domains: ["domain/resilient", "domain/secure"] }),
		question("e", null, { typed: true, choices: [], answers: ["Cloning"], kind: "fill-blank", type: "term" }),
	];
	const s = startExam(questions, { kind: "folder", folder: "" }, 1, 130, T0);
	s.answers = [["A"], ["B"], null, ["C", "A"], ["clonning"]];
	s.flagged = [false, true, true, false, false];

	test("the review screen lists answered, flagged and unanswered questions", () => {
		expect(reviewSummary(s)).toEqual({ answered: [0, 1, 3, 4], flagged: [1, 2], unanswered: [2] });
		expect(reviewSummary({ ...s, answers: [[""], [], null, ["A"], ["x"]] }).unanswered).toEqual([0, 1, 2]);
	});

	test("the score: right answers (order of a select-all does not matter, a typo in a typed answer is forgiven), unanswered wrong", () => {
		const r = scoreExam(s, 72);
		expect(r.items.map((i) => i.correct)).toEqual([true, false, false, true, true]);
		expect(r).toMatchObject({ correct: 3, total: 5, percent: 60, passPercent: 72, passed: false });
		expect(r.items[2].given).toEqual([]);
		expect(scoreExam(s, 60).passed).toBe(true);
	});

	test("per category (weakest first, no category is Other) and per domain tag", () => {
		const r = scoreExam(s, 72);
		expect(r.categories).toEqual([
			{ area: "Compute", correct: 1, total: 2, percent: 50 },
			{ area: "Storage", correct: 1, total: 2, percent: 50 },
			{ area: "Other", correct: 1, total: 1, percent: 100 },
		]);
		expect(r.domains).toEqual([
			{ area: "resilient", correct: 1, total: 2, percent: 50 },
			{ area: "secure", correct: 1, total: 1, percent: 100 },
		]);
		expect(examRecord(r, T0)).toEqual({ at: T0, correct: 3, total: 5, percent: 60, passed: false, categories: { Compute: { correct: 1, total: 2 }, Storage: { correct: 1, total: 2 }, Other: { correct: 1, total: 1 } } });
	});
});
