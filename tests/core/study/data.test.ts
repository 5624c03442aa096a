/**
 * Study data on disk: columnar answers that round-trip exactly, anything else decoded to valid
 * data, and the migration from the format before study data (a last score per note in settings).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { decodeStudyData, emptyStudyData, encodeStudyData, STUDY_VERSION, type StudyData } from "../../../src/core/study";

describe("encode and decode", () => {
	test("answers are stored as columns: each note and id once", () => {
		const data = emptyStudyData();
		data.answers = [
			{ id: "q1", note: "a.md", correct: true, at: 1_700_000_000_000 },
			{ id: "q2", note: "a.md", correct: false, at: 1_700_000_001_000 },
			{ id: "q1", note: "a.md", correct: false, at: 1_700_000_002_000 },
		];
		const stored = encodeStudyData(data);
		expect(stored.answers).toEqual({ notes: ["a.md"], ids: ["q1", "q2"], log: [0, 0, 1_700_000_000, 1, 0, 1, 1_700_000_001, 0, 0, 0, 1_700_000_002, 0] });
		expect(decodeStudyData(JSON.parse(JSON.stringify(stored))).answers).toEqual(data.answers);
	});

	test("property: any answers round-trip (times to the second)", () => {
		const answer = fc.record({ id: fc.string(), note: fc.string(), correct: fc.boolean(), at: fc.integer({ min: 0, max: 4_000_000_000 }).map((s) => s * 1000) });
		fc.assert(
			fc.property(fc.array(answer, { maxLength: 50 }), (answers) => {
				const data: StudyData = { ...emptyStudyData(), answers };
				expect(decodeStudyData(JSON.parse(JSON.stringify(encodeStudyData(data)))).answers).toEqual(answers);
			}),
		);
	});

	test.each([undefined, null, 3, "x", [], { answers: "x", review: 4, never: [1, "a", "a"], exams: [{}], session: { questions: [] } }])("%j decodes to valid empty data", (raw) => {
		const data = decodeStudyData(raw);
		expect(data.version).toBe(STUDY_VERSION);
		expect(data.answers).toEqual([]);
		expect(data.review).toEqual({});
		expect(data.session).toBeNull();
		expect(data.never).toEqual(Array.isArray((raw as { never?: unknown })?.never) ? ["a"] : []);
	});

	test("a broken answer log keeps the good entries", () => {
		const raw = { answers: { notes: ["a.md"], ids: ["q"], log: [0, 0, 100, 1, 5, 0, 100, 1, 0, 0, "x", 1, 0, 0, 200, 0, 0] } };
		expect(decodeStudyData(raw).answers).toEqual([
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
