/**
 * A timed practice exam over a set of notes: no feedback until the end, questions flagged for
 * review, a review screen (answered / flagged / unanswered), and a result with the score against a
 * pass line, a score per category and per `domain/...` tag, and every question with the chosen and
 * the right answer. The session is plain data, so the plugin saves it and resumes it after a restart.
 */

import { checkAnswer } from "../quiz/answer";
import type { ExamRecord, ExamSession } from "./data";
import type { SetQuestion } from "./setQuiz";
import type { SetSource } from "./sets";

export const DEFAULT_EXAM_COUNT = 65;
export const DEFAULT_EXAM_MINUTES = 130;
export const DEFAULT_PASS_PERCENT = 72;

export function startExam(questions: SetQuestion[], source: SetSource, seed: number, limitMinutes: number, now: number): ExamSession {
	return {
		startedAt: now,
		limitMs: Math.max(0, Math.round(limitMinutes * 60_000)),
		source,
		seed,
		questions,
		answers: questions.map(() => null),
		flagged: questions.map(() => false),
		index: 0,
	};
}

/** Milliseconds left (0 when the time is up); Infinity for an exam without a time limit. */
export function remainingMs(session: ExamSession, now: number): number {
	if (session.limitMs === 0) return Number.POSITIVE_INFINITY;
	return Math.max(0, session.startedAt + session.limitMs - now);
}

/** "1:05:09" / "4:07": the countdown as the exam shows it. */
export function formatClock(ms: number): string {
	const total = Math.ceil(ms / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const two = (n: number): string => String(n).padStart(2, "0");
	return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

export interface ReviewSummary {
	answered: number[];
	flagged: number[];
	unanswered: number[];
}

/** Question indexes (0-based) by state, for the review screen before submitting. */
export function reviewSummary(session: ExamSession): ReviewSummary {
	const out: ReviewSummary = { answered: [], flagged: [], unanswered: [] };
	session.questions.forEach((_, i) => {
		const given = session.answers[i];
		if (given === null || given.length === 0 || given.every((g) => g.trim() === "")) out.unanswered.push(i);
		else out.answered.push(i);
		if (session.flagged[i]) out.flagged.push(i);
	});
	return out;
}

export interface AreaScore {
	area: string;
	correct: number;
	total: number;
	percent: number;
}

export interface ExamItemResult {
	question: SetQuestion;
	/** What was chosen or typed; [] when unanswered. */
	given: string[];
	correct: boolean;
}

export interface ExamResult {
	correct: number;
	total: number;
	percent: number;
	passPercent: number;
	passed: boolean;
	/** Per catalog category (notes about no catalog service: "Other"), weakest first. */
	categories: AreaScore[];
	/** Per `domain/...` tag of the source notes; empty when no note carries one. */
	domains: AreaScore[];
	items: ExamItemResult[];
}

const percentOf = (correct: number, total: number): number => (total === 0 ? 0 : Math.round((100 * correct) / total));

function areas(items: ExamItemResult[], keysOf: (q: SetQuestion) => string[]): AreaScore[] {
	const by = new Map<string, { correct: number; total: number }>();
	for (const it of items) {
		for (const key of keysOf(it.question)) {
			let a = by.get(key);
			if (!a) by.set(key, (a = { correct: 0, total: 0 }));
			a.total++;
			if (it.correct) a.correct++;
		}
	}
	return [...by.entries()]
		.map(([area, a]) => ({ area, ...a, percent: percentOf(a.correct, a.total) }))
		.sort((x, y) => x.percent - y.percent || (x.area < y.area ? -1 : 1));
}

/** Score a submitted exam. Unanswered questions count as wrong. */
export function scoreExam(session: ExamSession, passPercent: number): ExamResult {
	const items = session.questions.map((question, i): ExamItemResult => {
		const given = session.answers[i] ?? [];
		const answered = given.length > 0 && !given.every((g) => g.trim() === "");
		return { question, given, correct: answered && checkAnswer(question, question.multi ? given : (given[0] ?? "")) };
	});
	const correct = items.filter((it) => it.correct).length;
	const total = items.length;
	const percent = percentOf(correct, total);
	return {
		correct,
		total,
		percent,
		passPercent,
		passed: percent >= passPercent,
		categories: areas(items, (q) => [q.category ?? "Other"]),
		domains: areas(items, (q) => q.domains.map((d) => d.slice("domain/".length)).filter((d) => d !== "")),
		items,
	};
}

/** What the study history keeps of a finished exam. */
export function examRecord(result: ExamResult, at: number): ExamRecord {
	const categories: ExamRecord["categories"] = {};
	for (const c of result.categories) categories[c.area] = { correct: c.correct, total: c.total };
	return { at, correct: result.correct, total: result.total, percent: result.percent, passed: result.passed, categories };
}
