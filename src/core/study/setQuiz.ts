/**
 * A quiz over a set of notes (a folder, a category, an exam's services...): questions spread
 * across the notes, no note more than its share, kinds mixed, deterministic for a seed. Each
 * question carries the note it came from, its category and the seed that made it, so that a missed
 * one can be regenerated later from the note's current text (`questionById`).
 *
 * Notes are loaded lazily (the caller reads and parses them): a 65-question exam over a
 * 10,000-note vault parses about as many notes as it asks questions.
 */

import type { NoteModel } from "../note/types";
import { buildFacts } from "../quiz/facts";
import { allQuestions, quizFromFacts, windowFacts } from "../quiz/generateQuiz";
import { createRng, hashNumber } from "../quiz/random";
import { mapLines, quizText } from "../quiz/window";
import { parseNote } from "../note/parseNote";
import { QUESTION_KINDS, type Question, type QuestionKind, type QuizContext } from "../quiz/types";

/** A question of a set quiz: where it comes from, to open the note, score per area and bring it back. */
export interface SetQuestion extends Question {
	/** Vault path of the source note. */
	note: string;
	/** Catalog category of the note's service, or null. */
	category: string | null;
	/** The seed the question was generated with (for `questionById`). */
	seed: number;
	/** The note's `domain/...` tags, for a score per exam domain when notes carry them. */
	domains: string[];
}

/** A note ready to quiz: its model and its quiz context. */
export interface LoadedNote {
	note: NoteModel;
	context: QuizContext;
	/**
	 * For a very large note read through a window (`quizText`), the note's own line for a line of
	 * `note`; questions are mapped back with it.
	 */
	lineOf?: (line: number) => number;
}

/** The window of a very large note a set quiz reads: the same for every seed, so questions come back by id. */
const SET_WINDOW_SEED = 1;

/** A note read for a set quiz: a very large one through a window of it (see `quizText`). */
export function loadQuizNote(path: string, text: string, contextOf: (path: string, note: NoteModel) => QuizContext): LoadedNote {
	const read = quizText(text, SET_WINDOW_SEED);
	const note = parseNote(read.text);
	return { note, context: contextOf(path, note), ...(read.bound !== null ? { lineOf: read.lineOf } : {}) };
}

export interface SetNoteInfo {
	category: string | null;
	tags: readonly string[];
}

export interface SetQuizOptions {
	count: number;
	seed: number;
	kinds?: QuestionKind[];
	/** Question ids never to ask ("Never ask this again"). */
	never?: ReadonlySet<string>;
}

export interface SetQuiz {
	questions: SetQuestion[];
	/** Notes that gave at least one question. */
	notesUsed: number;
	/** Notes loaded and tried. */
	notesTried: number;
}

/** Kinds asked of each note first. */
const KINDS_PER_NOTE = 3;

/** The kinds the `n`-th note of a set is asked for first: the next `KINDS_PER_NOTE` in turn. */
function kindsInTurn(allowed: readonly QuestionKind[], n: number): QuestionKind[] {
	if (allowed.length <= KINDS_PER_NOTE) return [...allowed];
	return Array.from({ length: KINDS_PER_NOTE }, (_, i) => allowed[(n * KINDS_PER_NOTE + i) % allowed.length]);
}

/** Questions asked of each note beyond its share. */
const SPARES = 4;

/** The seed of one note's questions within a set quiz: the set's seed mixed with the note's path. */
export function noteSeed(seed: number, path: string): number {
	return ((seed ^ hashNumber(path)) >>> 0) % 2147483647 || 1;
}

/**
 * The order in which `buildSetQuiz` draws notes for a seed: a caller that must read notes ahead
 * (the plugin reads files asynchronously) reads the first ones of this order.
 */
export function setOrder(paths: readonly string[], seed: number): string[] {
	return createRng(seed).shuffle([...paths]);
}

/** Notes to read ahead for a set quiz of `count` questions: its share of notes and spares for notes that give none. */
export function notesToRead(paths: readonly string[], seed: number, count: number): string[] {
	return setOrder(paths, seed).slice(0, count + READ_AHEAD_SPARES);
}

/** Notes read beyond one per question, in case some give no question. */
export const READ_AHEAD_SPARES = 20;

/**
 * Build a set quiz. `load` returns null for a note that cannot be read; `info` gives a note's
 * category and tags. Questions are taken round-robin over the notes (in a seeded order), so no
 * note gives more than one question beyond any other that still has some, then shuffled so that
 * notes mix.
 */
export function buildSetQuiz(paths: readonly string[], load: (path: string) => LoadedNote | null, info: (path: string) => SetNoteInfo, options: SetQuizOptions): SetQuiz {
	const count = Math.max(0, Math.floor(options.count));
	const rng = createRng(options.seed);
	const order = rng.shuffle([...paths]); // the same as `setOrder(paths, seed)`
	const notesWanted = Math.min(order.length, count);
	const share = notesWanted === 0 ? 0 : Math.ceil(count / notesWanted);
	const queues: SetQuestion[][] = [];
	const allowed = options.kinds && options.kinds.length > 0 ? QUESTION_KINDS.filter((k) => options.kinds?.includes(k)) : [...QUESTION_KINDS];
	let tried = 0;
	for (const path of order) {
		if (queues.length >= notesWanted) break;
		tried++;
		const loaded = load(path);
		if (!loaded) continue;
		const seed = noteSeed(options.seed, path);
		// Each note is asked for a few kinds in turn (the next ones for the next note), so the set mixes
		// kinds; one kind at a time, so that a note costs only the generators it needs (most give the
		// note's share and spares from their first kind). Its other kinds are tried when those give too
		// few. Spares leave a choice, and questions dropped as "never ask" do not shrink the quiz.
		const first = kindsInTurn(allowed, queues.length);
		const wanted = share + SPARES;
		const facts = buildFacts(loaded.note, loaded.context);
		const ask = (kind: QuestionKind): Question[] => quizFromFacts(facts, { count: wanted, seed, kinds: [kind], minimum: 1 }).questions.filter((q) => !options.never?.has(q.id));
		const questions: Question[] = [];
		for (const kind of first) if (questions.length < wanted) questions.push(...ask(kind));
		for (const kind of allowed) if (questions.length < share && !first.includes(kind)) questions.push(...ask(kind));
		const { category, tags } = info(path);
		const domains = tags.filter((t) => t.startsWith("domain/"));
		const lineOf = loaded.lineOf;
		const queue = questions.map((q): SetQuestion => ({ ...(lineOf ? mapLines(q, lineOf) : q), note: path, category, seed, domains }));
		if (queue.length > 0) queues.push(queue);
	}
	// Round-robin over the notes; from each note, the question of the kind asked least so far, so
	// that kinds mix across the set (each note's own quiz puts its scenarios first).
	const picked: SetQuestion[] = [];
	const perKind = new Map<QuestionKind, number>();
	const taken = queues.map(() => 0);
	for (let round = 0; picked.length < count; round++) {
		let any = false;
		queues.forEach((queue, n) => {
			if (picked.length >= count || taken[n] > round || queue.length === 0) return;
			let best = 0;
			for (let i = 1; i < queue.length; i++) if ((perKind.get(queue[i].kind) ?? 0) < (perKind.get(queue[best].kind) ?? 0)) best = i;
			const [q] = queue.splice(best, 1);
			picked.push(q);
			perKind.set(q.kind, (perKind.get(q.kind) ?? 0) + 1);
			taken[n]++;
			any = true;
		});
		if (!any) break;
	}
	return { questions: rng.shuffle(picked), notesUsed: queues.length, notesTried: tried };
}

/**
 * The question with this id, generated again from the note's current text with the seed it was
 * made with; null when the note no longer gives it (its source line was edited or deleted).
 */
export function questionById(loaded: LoadedNote, id: string, seed: number): Question | null {
	const kind = QUESTION_KINDS.find((k) => id.startsWith(`${k}-`));
	if (kind === undefined) return null;
	const facts = windowFacts(buildFacts(loaded.note, loaded.context), seed);
	for (const list of allQuestions(facts, seed, [kind]).values()) {
		const q = list.find((x) => x.id === id);
		if (q) return loaded.lineOf ? mapLines(q, loaded.lineOf) : q;
	}
	return null;
}
