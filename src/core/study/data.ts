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
	answers: AnswerRecord[];
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
	return { version: STUDY_VERSION, answers: [], review: {}, never: [], exams: [], session: null, baseline: {}, dropped: 0, learned: 0 };
}

/** The on-disk form: answers as columns. */
export interface StoredStudyData extends Omit<StudyData, "answers"> {
	answers: { notes: string[]; ids: string[]; /** [noteIndex, idIndex, seconds since epoch, 1|0] per answer */ log: number[] };
}

export function encodeStudyData(data: StudyData): StoredStudyData {
	const notes: string[] = [];
	const ids: string[] = [];
	const noteIndex = new Map<string, number>();
	const idIndex = new Map<string, number>();
	const log: number[] = [];
	const indexOf = (map: Map<string, number>, list: string[], key: string): number => {
		let i = map.get(key);
		if (i === undefined) {
			i = list.length;
			list.push(key);
			map.set(key, i);
		}
		return i;
	};
	for (const a of data.answers) log.push(indexOf(noteIndex, notes, a.note), indexOf(idIndex, ids, a.id), Math.round(a.at / 1000), a.correct ? 1 : 0);
	return { ...data, answers: { notes, ids, log } };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown, fallback = 0): number => (typeof v === "number" && Number.isFinite(v) ? v : fallback);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

function decodeAnswers(raw: unknown): AnswerRecord[] {
	if (!isRecord(raw)) return [];
	const notes = strings(raw.notes);
	const ids = strings(raw.ids);
	const log = Array.isArray(raw.log) ? (raw.log as unknown[]) : [];
	const out: AnswerRecord[] = [];
	for (let i = 0; i + 3 < log.length; i += 4) {
		const note = notes[log[i] as number];
		const id = ids[log[i + 1] as number];
		const at = log[i + 2];
		if (note === undefined || id === undefined || typeof at !== "number" || !Number.isFinite(at)) continue;
		out.push({ note, id, at: at * 1000, correct: log[i + 3] === 1 });
	}
	return out;
}

function decodeCard(raw: unknown): StoredCard | null {
	if (!isRecord(raw) || typeof raw.due !== "number") return null;
	return {
		due: num(raw.due),
		stability: num(raw.stability),
		difficulty: num(raw.difficulty),
		elapsedDays: num(raw.elapsedDays),
		scheduledDays: num(raw.scheduledDays),
		learningSteps: num(raw.learningSteps),
		reps: num(raw.reps),
		lapses: num(raw.lapses),
		state: Math.min(3, Math.max(0, Math.round(num(raw.state)))),
		lastReview: typeof raw.lastReview === "number" ? raw.lastReview : null,
	};
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
		if (isRecord(raw.review)) {
			for (const [id, item] of Object.entries(raw.review)) {
				if (!isRecord(item)) continue;
				const card = decodeCard(item.card);
				if (card && typeof item.note === "string") data.review[id] = { id, note: item.note, seed: num(item.seed, 1), card };
			}
		}
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
