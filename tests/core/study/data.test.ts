/**
 * Study data on disk: columnar answers that round-trip exactly, anything else decoded to valid
 * data, and the migration from the format before study data (a last score per note in settings).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AnswerLog, decodeStudyData, emptyStudyData, encodeStudyData, STUDY_VERSION, type AnswerRecord, type StudyData } from "../../../src/core/study";

const logOf = (records: AnswerRecord[]): AnswerLog => {
	const log = new AnswerLog();
	for (const r of records) log.push(r);
	return log;
};

describe("encode and decode", () => {
	test("answers are stored as columns: each note and id once", () => {
		const data = emptyStudyData();
		const records = [
			{ id: "q1", note: "a.md", correct: true, at: 1_700_000_000_000 },
			{ id: "q2", note: "a.md", correct: false, at: 1_700_000_001_000 },
			{ id: "q1", note: "a.md", correct: false, at: 1_700_000_002_000 },
		];
		data.answers = logOf(records);
		const stored = encodeStudyData(data);
		expect(stored.answers).toEqual({ notes: ["a.md"], ids: ["q1", "q2"], log: [0, 0, 1_700_000_000, 1, 0, 1, 1_700_000_001, 0, 0, 0, 1_700_000_002, 0] });
		expect(decodeStudyData(JSON.parse(JSON.stringify(stored))).answers.toArray()).toEqual(records);
	});

	test("queued questions are stored as 13 numbers each, naming notes and ids through the same tables", () => {
		const data = emptyStudyData();
		data.answers = logOf([{ id: "q1", note: "a.md", correct: false, at: 1_700_000_000_000 }]);
		const card = { due: 1_700_000_060_000, stability: 0.2123, difficulty: 6.4, elapsedDays: 0, scheduledDays: 0, learningSteps: 1, reps: 1, lapses: 0, state: 1, lastReview: 1_700_000_000_000 };
		data.review = { q1: { id: "q1", note: "a.md", seed: 7, card }, q9: { id: "q9", note: "b.md", seed: 2, card: { ...card, lastReview: null } } };
		const stored = encodeStudyData(data);
		expect(stored.answers.notes).toEqual(["a.md", "b.md"]);
		expect(stored.answers.ids).toEqual(["q1", "q9"]);
		expect(stored.review.log).toHaveLength(26);
		expect(stored.review.log.slice(0, 4)).toEqual([0, 0, 7, 1_700_000_060]);
		expect(stored.review.log[25]).toBe(-1);
		expect(decodeStudyData(JSON.parse(JSON.stringify(stored))).review).toEqual(data.review);
	});

	test("property: any answers round-trip (times to the second)", () => {
		const answer = fc.record({ id: fc.string(), note: fc.string(), correct: fc.boolean(), at: fc.integer({ min: 0, max: 4_000_000_000 }).map((s) => s * 1000) });
		fc.assert(
			fc.property(fc.array(answer, { maxLength: 50 }), (answers) => {
				const data: StudyData = { ...emptyStudyData(), answers: logOf(answers) };
				expect(decodeStudyData(JSON.parse(JSON.stringify(encodeStudyData(data)))).answers.toArray()).toEqual(answers);
			}),
		);
	});

	test.each([undefined, null, 3, "x", [], { answers: "x", review: 4, never: [1, "a", "a"], exams: [{}], session: { questions: [] } }])("%j decodes to valid empty data", (raw) => {
		const data = decodeStudyData(raw);
		expect(data.version).toBe(STUDY_VERSION);
		expect(data.answers.toArray()).toEqual([]);
		expect(data.review).toEqual({});
		expect(data.session).toBeNull();
		expect(data.never).toEqual(Array.isArray((raw as { never?: unknown })?.never) ? ["a"] : []);
	});

	test("a broken answer log keeps the good entries", () => {
		const raw = { answers: { notes: ["a.md"], ids: ["q"], log: [0, 0, 100, 1, 5, 0, 100, 1, 0, 0, "x", 1, 0, 0, 200, 0, 0] } };
		expect(decodeStudyData(raw).answers.toArray()).toEqual([
			{ id: "q", note: "a.md", at: 100_000, correct: true },
			{ id: "q", note: "a.md", at: 200_000, correct: false },
		]);
	});
});

describe("migration from the settings' last score per note", () => {
	test("each last score becomes the note's baseline; an existing baseline wins", () => {
		const lastScores = { "a.md": { correct: 3, total: 5 }, "b.md": { correct: 0, total: 0 }, "c.md": { correct: 1, total: 2 } };
		const data = decodeStudyData({ baseline: { "c.md": { correct: 2, total: 2 } } }, lastScores);
		expect(data.baseline).toEqual({ "a.md": { correct: 3, total: 5 }, "c.md": { correct: 2, total: 2 } });
	});

	test("the version is set on every decode", () => {
		expect(decodeStudyData({ version: 0 }).version).toBe(STUDY_VERSION);
	});
});
