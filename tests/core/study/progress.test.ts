/** Progress: recent accuracy per note and category, the weakest notes, answers per day. */
import { describe, expect, test } from "vitest";
import { answersPerDay, categoryAccuracies, dayKey, emptyStudyData, noteAccuracies, RECENT_ANSWERS, weakestNotes } from "../../../src/core/study";

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 4, 15, 0, 0).getTime();

describe("accuracy", () => {
	const data = emptyStudyData();
	// a.md: 30 answers, the first 10 right, the last 20 alternate (recent accuracy 50%).
	for (let i = 0; i < 30; i++) data.answers.push({ id: `q${i}`, note: "a.md", correct: i < 10 || i % 2 === 0, at: NOW - (30 - i) * 1000 });
	data.answers.push({ id: "x", note: "b.md", correct: false, at: NOW });
	data.baseline = { "c.md": { correct: 9, total: 10 }, "a.md": { correct: 0, total: 10 } };
	const acc = noteAccuracies(data);

	test("over each note's last answers; the baseline only for notes without answers", () => {
		expect(acc.get("a.md")).toEqual({ path: "a.md", correct: 10, total: RECENT_ANSWERS, accuracy: 0.5 });
		expect(acc.get("b.md")?.accuracy).toBe(0);
		expect(acc.get("c.md")?.accuracy).toBe(0.9);
	});

	test("the weakest notes first, notes that no longer exist left out", () => {
		expect(weakestNotes(acc, 2).map((n) => n.path)).toEqual(["b.md", "a.md"]);
		expect(weakestNotes(acc, 5, (p) => p !== "b.md").map((n) => n.path)).toEqual(["a.md", "c.md"]);
	});

	test("per category, summed over its notes, weakest first", () => {
		const cats = categoryAccuracies(acc, (p) => (p === "c.md" ? "Storage" : p === "a.md" ? "Compute" : null));
		expect(cats).toEqual([
			{ category: "Other", correct: 0, total: 1 },
			{ category: "Compute", correct: 10, total: 20 },
			{ category: "Storage", correct: 9, total: 10 },
		]);
	});
});

describe("answers per day", () => {
	test("30 days ending today, oldest first, older answers left out", () => {
		const data = emptyStudyData();
		for (const [daysAgo, n] of [[0, 3], [1, 1], [29, 2], [30, 5]] as const) for (let i = 0; i < n; i++) data.answers.push({ id: "q", note: "a.md", correct: true, at: NOW - daysAgo * DAY });
		const days = answersPerDay(data, NOW);
		expect(days).toHaveLength(30);
		expect(days[29]).toEqual({ date: dayKey(NOW), count: 3 });
		expect(days[28].count).toBe(1);
		expect(days[0]).toEqual({ date: dayKey(NOW - 29 * DAY), count: 2 });
		expect(days.reduce((n, d) => n + d.count, 0)).toBe(6);
		expect(new Set(days.map((d) => d.date)).size).toBe(30);
	});
});
