/**
 * Missed questions come back, scheduled by FSRS (the `ts-fsrs` package): a missed question enters
 * the review queue (rated Again); each later answer to it rates the card Good (right) or Again
 * (wrong), so right answers push it further out. Once a right answer schedules it three weeks or
 * more ahead, the question counts as learned and leaves the queue. "Never ask this again" removes a
 * question for good. All functions take the time, so tests run on a faked clock.
 */

import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import type { ReviewItem, StoredCard, StudyData } from "./data";

/** A right answer that schedules the card this many days ahead (or more) means it is learned. */
export const LEARNED_DAYS = 21;

const scheduler = fsrs({ enable_fuzz: false });

function toCard(c: StoredCard): Card {
	return {
		due: new Date(c.due),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsed_days: c.elapsedDays,
		scheduled_days: c.scheduledDays,
		learning_steps: c.learningSteps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state,
		last_review: c.lastReview === null ? undefined : new Date(c.lastReview),
	};
}

function fromCard(c: Card): StoredCard {
	return {
		due: c.due.getTime(),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsedDays: c.elapsed_days,
		scheduledDays: c.scheduled_days,
		learningSteps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state,
		lastReview: c.last_review ? c.last_review.getTime() : null,
	};
}

/** What an answered question needs to be recorded and, when missed, brought back. */
export interface Answered {
	id: string;
	note: string;
	seed: number;
	correct: boolean;
}

/**
 * Record an answer: into the history always; into the review queue when missed (or when the
 * question is already queued). Returns what happened to the question's card.
 */
export function recordAnswer(data: StudyData, answer: Answered, now: number): "queued" | "rescheduled" | "learned" | "none" {
	data.answers.push({ id: answer.id, note: answer.note, correct: answer.correct, at: now });
	if (data.never.includes(answer.id)) return "none";
	const item = data.review[answer.id];
	if (!item && answer.correct) return "none";
	const grade: Grade = answer.correct ? Rating.Good : Rating.Again;
	const card = item ? toCard(item.card) : createEmptyCard(new Date(now));
	const next = scheduler.next(card, new Date(now), grade).card;
	if (answer.correct && next.scheduled_days >= LEARNED_DAYS) {
		delete data.review[answer.id];
		data.learned++;
		return "learned";
	}
	data.review[answer.id] = { id: answer.id, note: answer.note, seed: item?.seed ?? answer.seed, card: fromCard(next) };
	return item ? "rescheduled" : "queued";
}

/** The study data as it was before one answer was recorded: enough to record that answer again. */
export interface AnswerMark {
	id: string;
	answers: number;
	item: ReviewItem | undefined;
	learned: number;
}

/** Take a mark before `recordAnswer`, so that the answer can be counted again as right (`countAsRight`). */
export function markAnswer(data: StudyData, id: string): AnswerMark {
	const item = data.review[id];
	return { id, answers: data.answers.length, item: item && { ...item, card: { ...item.card } }, learned: data.learned };
}

/**
 * "My answer was right": a typed answer the checker did not accept is recorded again, as right, as
 * if it had been given right at first (the miss leaves the history, and the card is rated Good from
 * where it was). False, changing nothing, when another answer was recorded since the mark.
 */
export function countAsRight(data: StudyData, mark: AnswerMark, answer: Omit<Answered, "correct">, now: number): boolean {
	if (data.answers.length !== mark.answers + 1 || data.answers.id(mark.answers) !== mark.id || answer.id !== mark.id) return false;
	data.answers.truncate(mark.answers);
	if (mark.item) data.review[mark.id] = mark.item;
	else delete data.review[mark.id];
	data.learned = mark.learned;
	recordAnswer(data, { ...answer, correct: true }, now);
	return true;
}

/** Review items due at `now`, most overdue first. */
export function dueItems(data: StudyData, now: number): ReviewItem[] {
	const never = new Set(data.never);
	return Object.values(data.review)
		.filter((r) => r.card.due <= now && !never.has(r.id))
		.sort((a, b) => a.card.due - b.card.due || (a.id < b.id ? -1 : 1));
}

/** "Never ask this again": out of the queue and out of every future quiz. */
export function neverAsk(data: StudyData, id: string): void {
	if (!data.never.includes(id)) data.never.push(id);
	delete data.review[id];
}

/** A queued question whose source line changed or went away: dropped and counted. */
export function dropReview(data: StudyData, id: string): void {
	if (!(id in data.review)) return;
	delete data.review[id];
	data.dropped++;
}

/** When the next review falls due after `now` (ms), or null when the queue is empty. */
export function nextDue(data: StudyData, now: number): number | null {
	let best: number | null = null;
	for (const r of Object.values(data.review)) if (r.card.due > now && (best === null || r.card.due < best)) best = r.card.due;
	return best;
}
