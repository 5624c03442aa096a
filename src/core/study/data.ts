/**
 * The learner's study data: every answer given, the review queue of missed questions (FSRS cards),
 * the questions never to ask again, finished exams and an exam in progress. It lives in the
 * plugin's data (`data.json`, key `study`), never in the notes.
 *
 * On disk the answers are columnar (`notes`, `ids`, and one flat number array), so 50,000 answers
 * load in a few milliseconds; in memory they are plain records. `decodeStudyData` accepts anything
 * (nothing, an older version, a hand-edited file) and always returns valid data.
 */

import type { SetQuestion } from "./setQuiz";
import type { SetSource } from "./sets";

export const STUDY_VERSION = 1;

/** One answer: which question (stable id), from which note, right or not, when (ms since epoch). */
export interface AnswerRecord {
	id: string;
	note: string;
	correct: boolean;
	at: number;
}

/**
 * Every answer given, kept in columns as stored (note and id tables, four numbers per answer), so
 * that loading 50,000 answers builds no object per answer. Times are kept to the second.
 */
export class AnswerLog {
	readonly notes: string[];
	readonly ids: string[];
	/** [noteIndex, idIndex, seconds since epoch, 1|0] per answer */
	readonly log: number[];
	private noteIndex: Map<string, number> | null = null;
	private idIndex: Map<string, number> | null = null;

	constructor(notes: string[] = [], ids: string[] = [], log: number[] = []) {
		this.notes = notes;
		this.ids = ids;
		this.log = log;
	}

	get length(): number {
		return this.log.length / 4;
	}

	push(a: AnswerRecord): void {
		this.log.push(this.noteNumber(a.note), this.idNumber(a.id), Math.round(a.at / 1000), a.correct ? 1 : 0);
	}

	/** Keep the first `count` answers and drop the rest (the note and id tables keep their names). */
	truncate(count: number): void {
		this.log.length = Math.min(this.log.length, Math.max(0, count) * 4);
	}

	/** The table index of a note path, added when new (review items name notes through it too). */
	noteNumber(note: string): number {
		this.noteIndex ??= new Map(this.notes.map((n, i) => [n, i]));
		return tableIndex(this.noteIndex, this.notes, note);
	}

	idNumber(id: string): number {
		this.idIndex ??= new Map(this.ids.map((n, i) => [n, i]));
		return tableIndex(this.idIndex, this.ids, id);
	}

	note(i: number): string {
		return this.notes[this.log[4 * i]];
	}

	id(i: number): string {
		return this.ids[this.log[4 * i + 1]];
	}

	/** Time of answer `i`, ms since epoch. */
	at(i: number): number {
		return this.log[4 * i + 2] * 1000;
	}

	correct(i: number): boolean {
		return this.log[4 * i + 3] === 1;
	}

	/** As records (tests, small exports). */
	toArray(): AnswerRecord[] {
		return Array.from({ length: this.length }, (_, i) => ({ id: this.id(i), note: this.note(i), correct: this.correct(i), at: this.at(i) }));
	}
}

function tableIndex(index: Map<string, number>, table: string[], key: string): number {
	let i = index.get(key);
	if (i === undefined) {
		i = table.length;
		table.push(key);
		index.set(key, i);
	}
	return i;
}

/** An FSRS card as stored (dates as ms since epoch); see `schedule.ts`. */
export interface StoredCard {
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	/** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
	state: number;
	lastReview: number | null;
}

/** A missed question in the review queue: enough to regenerate it from its note. */
export interface ReviewItem {
	id: string;
	note: string;
	/** The quiz seed it was generated with (its choices and, for true/false, its statement). */
	seed: number;
	card: StoredCard;
}

/** A finished practice exam. */
export interface ExamRecord {
	at: number;
	correct: number;
	total: number;
	/** Score in percent and whether it reached the pass line in force then. */
	percent: number;
	passed: boolean;
	/** Right / total per catalog category. */
	categories: Record<string, { correct: number; total: number }>;
}

/** An exam in progress: survives closing the modal and restarting Obsidian. */
export interface ExamSession {
	startedAt: number;
	/** Time limit in ms (0 = none). */
	limitMs: number;
	source: SetSource;
	seed: number;
	questions: SetQuestion[];
	/** The choices (or typed text) given per question, or null when unanswered. */
	answers: (string[] | null)[];
	flagged: boolean[];
	/** The question on screen. */
	index: number;
}

export interface StudyData {
	version: number;
	answers: AnswerLog;
	/** Review queue by question id. */
	review: Record<string, ReviewItem>;
	/** Question ids never to ask again ("Never ask this again"). */
	never: string[];
	exams: ExamRecord[];
	session: ExamSession | null;
	/** Last quiz score per note from before the study data existed (migrated from settings). */
	baseline: Record<string, { correct: number; total: number }>;
	/** Review questions dropped because their source line was edited or deleted. */
	dropped: number;
	/** Questions that left the review queue because they were learned. */
	learned: number;
}

export function emptyStudyData(): StudyData {
	return { version: STUDY_VERSION, answers: new AnswerLog(), review: {}, never: [], exams: [], session: null, baseline: {}, dropped: 0, learned: 0 };
}

/** Numbers per review item in the stored `review.log`. */
const REVIEW_FIELDS = 13;

/**
 * The on-disk form: answers and review items as columns over shared tables of notes and question
 * ids, so that 50,000 answers and thousands of queued questions stay a small, fast JSON document.
 */
export interface StoredStudyData extends Omit<StudyData, "answers" | "review"> {
	answers: {
		notes: string[];
		ids: string[];
		/** [noteIndex, idIndex, seconds since epoch, 1|0] per answer */
		log: number[];
	};
	review: {
		/** Per queued question: noteIndex, idIndex, seed, due (s), stability, difficulty, elapsedDays,
		 * scheduledDays, learningSteps, reps, lapses, state, lastReview (s, or -1). */
		log: number[];
	};
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

export function encodeStudyData(data: StudyData): StoredStudyData {
	// The answers' tables as they are, extended with the names only review items use.
	const answers = new AnswerLog([...data.answers.notes], [...data.answers.ids], data.answers.log);
	const review: number[] = [];
	for (const r of Object.values(data.review)) {
		const c = r.card;
		review.push(
			answers.noteNumber(r.note),
			answers.idNumber(r.id),
			r.seed,
			Math.round(c.due / 1000),
			// Four decimals are far finer than the scheduler needs, and halve the stored size.
			round4(c.stability),
			round4(c.difficulty),
			c.elapsedDays,
			c.scheduledDays,
			c.learningSteps,
			c.reps,
			c.lapses,
			c.state,
			c.lastReview === null ? -1 : Math.round(c.lastReview / 1000),
		);
	}
	return { ...data, answers: { notes: answers.notes, ids: answers.ids, log: answers.log }, review: { log: review } };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown, fallback = 0): number => (typeof v === "number" && Number.isFinite(v) ? v : fallback);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/**
 * The stored answer columns, adopted as they are when valid (the common case: no object per
 * answer); entries pointing outside the tables or with a bad time are left out.
 */
function decodeAnswers(raw: unknown): AnswerLog {
	if (!isRecord(raw)) return new AnswerLog();
	const notes = strings(raw.notes);
	const ids = strings(raw.ids);
	const log = Array.isArray(raw.log) ? (raw.log as unknown[]) : [];
	const valid = (i: number): boolean => {
		const n = log[i];
		const id = log[i + 1];
		const at = log[i + 2];
		return Number.isInteger(n) && (n as number) >= 0 && (n as number) < notes.length && Number.isInteger(id) && (id as number) >= 0 && (id as number) < ids.length && typeof at === "number" && Number.isFinite(at);
	};
	let clean = log.length % 4 === 0 && notes.length === (raw.notes as unknown[]).length && ids.length === (raw.ids as unknown[]).length;
	for (let i = 0; clean && i < log.length; i += 4) clean = valid(i) && (log[i + 3] === 0 || log[i + 3] === 1);
	if (clean) return new AnswerLog(notes, ids, log as number[]);
	const out: number[] = [];
	for (let i = 0; i + 3 < log.length; i += 4) if (valid(i)) out.push(log[i] as number, log[i + 1] as number, log[i + 2] as number, log[i + 3] === 1 ? 1 : 0);
	return new AnswerLog(notes, ids, out);
}

/** Queued questions from the stored columns (names from the answers' tables). */
function decodeReview(raw: unknown, tables: unknown): Record<string, ReviewItem> {
	const out: Record<string, ReviewItem> = {};
	if (!isRecord(raw) || !Array.isArray(raw.log) || !isRecord(tables)) return out;
	const notes = strings(tables.notes);
	const ids = strings(tables.ids);
	const log = raw.log as unknown[];
	for (let i = 0; i + REVIEW_FIELDS <= log.length; i += REVIEW_FIELDS) {
		const note = notes[log[i] as number];
		const id = ids[log[i + 1] as number];
		let numeric = true;
		for (let k = 2; k < REVIEW_FIELDS; k++) if (typeof log[i + k] !== "number" || !Number.isFinite(log[i + k])) numeric = false;
		if (note === undefined || id === undefined || !numeric) continue;
		const n = (k: number): number => log[i + k] as number;
		out[id] = {
			id,
			note,
			seed: n(2),
			card: {
				due: n(3) * 1000,
				stability: n(4),
				difficulty: n(5),
				elapsedDays: n(6),
				scheduledDays: n(7),
				learningSteps: n(8),
				reps: n(9),
				lapses: n(10),
				state: Math.min(3, Math.max(0, Math.round(n(11)))),
				lastReview: n(12) < 0 ? null : n(12) * 1000,
			},
		};
	}
	return out;
}

function decodeSession(raw: unknown): ExamSession | null {
	if (!isRecord(raw) || !Array.isArray(raw.questions) || raw.questions.length === 0 || !isRecord(raw.source)) return null;
	const questions = raw.questions as SetQuestion[];
	if (!questions.every((q) => isRecord(q) && typeof q.id === "string" && typeof q.prompt === "string" && Array.isArray(q.answers) && typeof q.note === "string")) return null;
	const n = questions.length;
	const answers = Array.isArray(raw.answers) ? (raw.answers as unknown[]) : [];
	const flagged = Array.isArray(raw.flagged) ? (raw.flagged as unknown[]) : [];
	return {
		startedAt: num(raw.startedAt),
		limitMs: Math.max(0, num(raw.limitMs)),
		source: raw.source as unknown as SetSource,
		seed: num(raw.seed, 1),
		questions,
		answers: questions.map((_, i) => (Array.isArray(answers[i]) ? strings(answers[i]) : null)),
		flagged: questions.map((_, i) => flagged[i] === true),
		index: Math.min(n - 1, Math.max(0, Math.round(num(raw.index)))),
	};
}

/**
 * Study data from whatever `data.json` holds under `study`, plus the settings' last score per note
 * (the format before study data existed), which becomes the `baseline` of notes without answers.
 */
export function decodeStudyData(raw: unknown, lastScores: Record<string, { correct: number; total: number }> = {}): StudyData {
	const data = emptyStudyData();
	if (isRecord(raw)) {
		data.answers = decodeAnswers(raw.answers);
		data.review = decodeReview(raw.review, raw.answers);
		data.never = [...new Set(strings(raw.never))];
		if (Array.isArray(raw.exams)) {
			for (const e of raw.exams) {
				if (!isRecord(e) || typeof e.at !== "number") continue;
				const categories: ExamRecord["categories"] = {};
				if (isRecord(e.categories)) for (const [c, v] of Object.entries(e.categories)) if (isRecord(v)) categories[c] = { correct: num(v.correct), total: num(v.total) };
				data.exams.push({ at: e.at, correct: num(e.correct), total: num(e.total), percent: num(e.percent), passed: e.passed === true, categories });
			}
		}
		data.session = decodeSession(raw.session);
		if (isRecord(raw.baseline)) for (const [p, s] of Object.entries(raw.baseline)) if (isRecord(s)) data.baseline[p] = { correct: num(s.correct), total: num(s.total) };
		data.dropped = num(raw.dropped);
		data.learned = num(raw.learned);
	}
	// Notes quizzed before study data existed keep their last score until they get answers.
	for (const [path, s] of Object.entries(lastScores)) if (!(path in data.baseline) && s.total > 0) data.baseline[path] = { correct: s.correct, total: s.total };
	data.version = STUDY_VERSION;
	return data;
}
