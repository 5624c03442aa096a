/**
 * Missed questions come back on an FSRS schedule (faked clock): a miss queues the question, it is
 * due again after its interval, right answers push it further out, and once learned it leaves the
 * queue. "Never ask this again" and dropped questions leave it for good.
 */
import { describe, expect, test } from "vitest";
import { countAsRight, decodeStudyData, dueItems, dropReview, emptyStudyData, encodeStudyData, LEARNED_DAYS, markAnswer, neverAsk, nextDue, recordAnswer } from "../../../src/core/study";

const T0 = Date.UTC(2026, 11, 1, 10, 0, 0);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const q = (id: string, correct: boolean) => ({ id, note: "AWS/Compute/AWS Lambda.md", seed: 7, correct });

describe("the review queue", () => {
	test("a right answer to a question not in the queue is only recorded", () => {
		const data = emptyStudyData();
		expect(recordAnswer(data, q("a", true), T0)).toBe("none");
		expect(data.answers.toArray()).toEqual([{ id: "a", note: "AWS/Compute/AWS Lambda.md", correct: true, at: T0 }]);
		expect(data.review).toEqual({});
	});

	test("a missed question is queued, not due at once, due after its interval", () => {
		const data = emptyStudyData();
		expect(recordAnswer(data, q("a", false), T0)).toBe("queued");
		expect(data.review.a).toMatchObject({ id: "a", seed: 7, note: "AWS/Compute/AWS Lambda.md" });
		expect(dueItems(data, T0)).toEqual([]);
		const due = data.review.a.card.due;
		expect(due).toBeGreaterThan(T0);
		expect(nextDue(data, T0)).toBe(due);
		expect(dueItems(data, due).map((r) => r.id)).toEqual(["a"]);
	});

	test("right answers push it further out each time, then it is learned and leaves the queue", () => {
		const data = emptyStudyData();
		recordAnswer(data, q("a", false), T0);
		let now = data.review.a.card.due;
		let last = 0;
		const outcomes: string[] = [];
		for (let i = 0; i < 10 && data.review.a; i++) {
			outcomes.push(recordAnswer(data, q("a", true), now));
			if (!data.review.a) break;
			const interval = data.review.a.card.due - now;
			expect(interval).toBeGreaterThanOrEqual(last);
			last = interval;
			now = data.review.a.card.due;
		}
		expect(outcomes.at(-1)).toBe("learned");
		expect(outcomes.slice(0, -1).every((o) => o === "rescheduled")).toBe(true);
		expect(last).toBeLessThan(LEARNED_DAYS * DAY);
		expect(data.review).toEqual({});
		expect(data.learned).toBe(1);
		expect(dueItems(data, now + 365 * DAY)).toEqual([]);
	});

	test("a wrong answer in review brings it back soon", () => {
		const data = emptyStudyData();
		recordAnswer(data, q("a", false), T0);
		let now = data.review.a.card.due;
		let far = 0;
		for (let i = 0; i < 3; i++) {
			recordAnswer(data, q("a", true), now);
			far = data.review.a.card.due - now;
			now = data.review.a.card.due;
		}
		expect(far).toBeGreaterThan(DAY);
		recordAnswer(data, q("a", false), now);
		expect(data.review.a.card.due - now).toBeLessThan(far);
		expect(data.review.a.card.due - now).toBeLessThan(DAY);
		expect(data.review.a.card.lapses).toBe(1);
	});

	test("never ask this again: out of the queue, and later misses do not queue it", () => {
		const data = emptyStudyData();
		recordAnswer(data, q("a", false), T0);
		neverAsk(data, "a");
		expect(data.review).toEqual({});
		expect(data.never).toEqual(["a"]);
		expect(recordAnswer(data, q("a", false), T0 + DAY)).toBe("none");
		expect(data.review).toEqual({});
	});

	test("a question whose source changed is dropped and counted", () => {
		const data = emptyStudyData();
		recordAnswer(data, q("a", false), T0);
		dropReview(data, "a");
		dropReview(data, "missing");
		expect(data.review).toEqual({});
		expect(data.dropped).toBe(1);
	});

	test("the queue survives saving and loading", () => {
		const data = emptyStudyData();
		recordAnswer(data, q("a", false), T0);
		recordAnswer(data, q("b", false), T0 + MIN);
		const back = decodeStudyData(JSON.parse(JSON.stringify(encodeStudyData(data))));
		for (const id of ["a", "b"]) {
			const { card, ...item } = data.review[id];
			expect(back.review[id]).toMatchObject(item);
			expect(back.review[id].card.due).toBe(card.due);
			expect(back.review[id].card.stability).toBeCloseTo(card.stability, 4);
			expect(back.review[id].card.difficulty).toBeCloseTo(card.difficulty, 4);
		}
		expect(dueItems(back, T0 + DAY).map((r) => r.id)).toEqual(["a", "b"]);
	});
});

describe("my answer was right", () => {
	const { id, note, seed } = q("a", false);

	test("a new question missed and then counted as right leaves no trace of the miss", () => {
		const data = emptyStudyData();
		const mark = markAnswer(data, "a");
		recordAnswer(data, q("a", false), T0);
		expect(data.review.a).toBeDefined();
		expect(countAsRight(data, mark, { id, note, seed }, T0)).toBe(true);
		expect(data.review).toEqual({});
		expect(data.answers.toArray()).toEqual([{ id: "a", note, correct: true, at: T0 }]);
	});

	test("a queued question missed again and counted as right is rated Good from where it was", () => {
		const data = emptyStudyData();
		const expected = emptyStudyData();
		recordAnswer(data, q("a", false), T0);
		recordAnswer(expected, q("a", false), T0);
		const now = data.review.a.card.due;
		recordAnswer(expected, q("a", true), now);

		const mark = markAnswer(data, "a");
		recordAnswer(data, q("a", false), now);
		expect(data.review.a.card.due).toBeLessThan(expected.review.a.card.due);
		expect(countAsRight(data, mark, { id, note, seed }, now)).toBe(true);
		expect(data.review.a).toEqual(expected.review.a);
		expect(data.answers.toArray()).toEqual(expected.answers.toArray());
		expect(data.learned).toBe(expected.learned);
	});

	test("nothing changes when another answer was recorded since the mark", () => {
		const data = emptyStudyData();
		const mark = markAnswer(data, "a");
		recordAnswer(data, q("a", false), T0);
		recordAnswer(data, q("b", false), T0 + MIN);
		const before = { answers: data.answers.toArray(), review: structuredClone(data.review), learned: data.learned };
		expect(countAsRight(data, mark, { id, note, seed }, T0 + MIN)).toBe(false);
		expect({ answers: data.answers.toArray(), review: data.review, learned: data.learned }).toEqual(before);
	});
});
