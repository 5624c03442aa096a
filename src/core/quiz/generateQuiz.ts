/**
 * `generateQuiz`: run the generators over the note's facts, drop unfair and duplicate questions,
 * and pick `count` of them round-robin over the kinds so that one kind cannot crowd out the rest.
 * Everything random is drawn from seeded generators: the same note, context and options always
 * give the same quiz.
 */

import type { NoteModel } from "../note/types";
import { checkFairness, echoedWord } from "./fairness";
import { buildFacts, type QuizFacts } from "./facts";
import { comparisonQuestions } from "./generators/comparison";
import { fillBlankQuestions } from "./generators/fillBlank";
import { linkedServiceQuestions } from "./generators/linkedService";
import { scenarioQuestions } from "./generators/scenario";
import { selectAllQuestions } from "./generators/selectAll";
import { trueFalseQuestions } from "./generators/trueFalse";
import { whichServiceQuestions } from "./generators/whichService";
import { mapLines } from "./lines";
import { isSelf } from "./names";
import { createRng, hashNumber, type Rng } from "./random";
import { choiceKey, containsText, wordCount } from "./text";
import { QUESTION_KINDS, type Question, type QuestionKind, type Quiz, type QuizContext, type QuizOptions } from "./types";
import { unsureLines } from "./unsure";

/** A generator: every question of its kind that the note supports, in note order. */
export type Generator = (facts: QuizFacts, rng: Rng) => Question[];

/** The generator of each kind: one small module each, so a kind can be tested and changed alone. */
export const GENERATORS: Readonly<Record<QuestionKind, Generator>> = {
	"which-service": whichServiceQuestions,
	"fill-blank": fillBlankQuestions,
	"select-all": selectAllQuestions,
	comparison: comparisonQuestions,
	scenario: scenarioQuestions,
	"linked-service": linkedServiceQuestions,
	"true-false": trueFalseQuestions,
};

/** Questions per quiz when `count` is not given: a short session. */
export const DEFAULT_COUNT = 10;
/** Seed when none is given, so that a quiz without options is still reproducible. */
export const DEFAULT_SEED = 1;
/** Fewer fair questions than this (or than `count`, if smaller) is "too little to ask about". */
export const MIN_QUESTIONS = 3;

/** Start of the `reason` of an empty quiz; the UI and the CLI show the whole sentence. */
export const TOO_LITTLE = "This note has too little to ask about: ";

/** Every fair, distinct question the note supports, by kind (before selection). */
export function allQuestions(facts: QuizFacts, seed: number, kinds: readonly QuestionKind[] = QUESTION_KINDS): Map<QuestionKind, Question[]> {
	const byKind = new Map<QuestionKind, Question[]>();
	const prompts = new Set<string>();
	const unsure = unsureLines(facts.note);
	QUESTION_KINDS.forEach((kind, index) => {
		if (!kinds.includes(kind)) return;
		// One stream per kind, so that choosing other kinds does not change this kind's questions.
		const rng = createRng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
		const list: Question[] = [];
		for (const q of GENERATORS[kind](facts, rng)) {
			const key = choiceKey(q.prompt);
			if (prompts.has(key) || unsure.has(q.source.line) || keyedByAClause(q) || checkFairness(q, facts.names.all).length > 0 || echoedWord(q, facts.names.all, facts.names.short) !== null) continue;
			prompts.add(key);
			list.push(q);
		}
		byKind.set(kind, list);
	});
	return byKind;
}

/** The seed a quiz uses: the option's, floored, or `DEFAULT_SEED`. */
export function quizSeed(options: QuizOptions): number {
	return typeof options.seed === "number" && Number.isFinite(options.seed) ? Math.floor(options.seed) : DEFAULT_SEED;
}

/**
 * Make a quiz from a note. Never throws on any note model; a note with too little to ask about
 * gets `questions: []` and a `reason` that says what would help, rather than filler questions.
 */
export function generateQuiz(note: NoteModel, context: QuizContext, options: QuizOptions = {}): Quiz {
	return quizFromFacts(buildFacts(note, context), options);
}

/**
 * `generateQuiz` over facts already built: a caller that asks one note for several quizzes (a set
 * quiz asks for a few kinds, then for the others when those give too few) builds its facts once.
 */
export function quizFromFacts(allFacts: QuizFacts, options: QuizOptions = {}): Quiz {
	const context = allFacts.context;
	const seed = quizSeed(options);
	const rawCount = typeof options.count === "number" && Number.isFinite(options.count) ? Math.floor(options.count) : DEFAULT_COUNT;
	const count = Math.max(0, rawCount);
	const wanted = Array.isArray(options.kinds) && options.kinds.length > 0 ? QUESTION_KINDS.filter((k) => options.kinds?.includes(k)) : QUESTION_KINDS;
	const result: Quiz = { note: context.path, seed, questions: [], reason: null };
	if (count === 0) return result;
	if (wanted.length === 0) {
		result.reason = `${TOO_LITTLE}none of the chosen question kinds exist.`;
		return result;
	}

	const facts = windowFacts(allFacts, seed);
	const byKind = allQuestions(facts, seed, wanted);
	let total = 0;
	for (const list of byKind.values()) total += list.length;
	if (total < Math.min(options.minimum ?? MIN_QUESTIONS, count)) {
		result.reason = TOO_LITTLE + missingHint(total, wanted);
		return result;
	}

	// Round-robin over the kinds (in a seeded order), each kind's questions in a seeded order.
	const rng = createRng(seed);
	const queues = rng
		.shuffle(wanted.filter((k) => (byKind.get(k)?.length ?? 0) > 0))
		.map((k) => askedLate(rng.shuffle(byKind.get(k) ?? [])));
	const picked: Question[] = [];
	// True/false answers stay balanced, so that always answering one of them does not pay: one
	// answer (which one depends on the seed) may lead the other by one, never by more.
	const answered = { True: 0, False: 0 };
	// A note with no false statement to offer gets no lone true one when it has enough else to ask:
	// "True" would always pay there, and across a vault of such notes true/false would lean to True.
	// False statements held back count as none: they are asked only when the quiz runs short.
	const anyFalse = byKind.get("true-false")?.some((q) => q.answers[0] === "False" && !heldBack(q)) ?? false;
	const others = [...byKind].reduce((n, [kind, qs]) => n + (kind === "true-false" ? 0 : qs.length), 0);
	const leader = (!anyFalse && others >= count) || ((hashNumber(context.path) ^ seed) & 1) === 1 ? "False" : "True";
	const balanced = (q: Question): boolean => {
		if (q.kind !== "true-false") return true;
		const mine = q.answers[0] === "True" ? "True" : "False";
		const other = mine === "True" ? "False" : "True";
		return mine === leader ? answered[mine] <= answered[other] : answered[mine] < answered[other];
	};
	const take = (queue: Question[], at: number): void => {
		const [q] = queue.splice(at, 1);
		picked.push(q);
		usedLines.add(q.source.line);
		if (counted(q)) usedKeys.add(keyOf(q));
		if (q.kind === "true-false") answered[q.answers[0] === "True" ? "True" : "False"]++;
	};
	const usedLines = new Set<number>();
	// The same answer twice ("Alias record" for a scenario and for a blank) teaches it once: other keys first.
	const usedKeys = new Set<string>();
	// The note's own service is the key of every "which service" question: those are about their lines.
	const keyOf = (q: Question): string => choiceKey(q.answers.join(" "));
	const counted = (q: Question): boolean => q.kind !== "true-false" && !(q.answers.length === 1 && isSelf(facts.names, q.answers[0]));
	const fresh = (q: Question): boolean => !usedLines.has(q.source.line) && (!counted(q) || !usedKeys.has(keyOf(q)));
	// Two questions of one line, where fresh ones ran out, never with one's answer in the other's prompt
	// ("Two flavors: ____ and FIFO" beside "Two flavors: Standard and ____"): each gives the other away,
	// as "Redrive moves messages ..." does beside "____ moves messages ..." (blind read 20).
	// The note's own service is named in most prompts: as a key it gives nothing away.
	const keysOf = (q: Question): readonly string[] => (counted(q) ? q.answers : []);
	// A prompt that names all its choices ("Which is it, Fargate or EC2 launch type?") gives none away
	// ("True or false:" names a statement's choices, and gives away what the statement says).
	const namesItsChoices = (q: Question): boolean => q.kind !== "true-false" && q.choices.length > 0 && q.choices.every((c) => containsText(q.prompt, c));
	const gives = (q: Question, a: string): boolean => containsText(q.prompt, a) && !namesItsChoices(q);
	const clashes = (q: Question): boolean =>
		picked.some((p) => p.source.line === q.source.line && (keysOf(q).some((a) => gives(p, a)) || keysOf(p).some((a) => gives(q, a))));
	// Scenarios first, up to their share: situations are what the exam asks about.
	const scenarios = queues.find((queue) => queue[0]?.kind === "scenario");
	if (scenarios !== undefined) {
		const quota = Math.min(Math.ceil(count * SCENARIO_SHARE), scenarios.length);
		while (picked.length < quota) {
			const at = scenarios.findIndex((q) => fresh(q) && !heldBack(q));
			if (at === -1) break;
			take(scenarios, at);
		}
	}
	// Then round-robin: first only questions about lines and keys not asked about yet, so that one
	// bullet does not give two questions of a short quiz; then the rest, which fill a quiz up to
	// `LATE_FILL` questions and are otherwise offered as `more`.
	// Kinds that blind readers judged fair less often come in only when the others run out.
	// Questions asked late (`askedLate`), and blanks keyed by a lower-case phrase, wait until no kind has
	// another on a line not asked yet.
	const first = queues.filter((queue) => !LAST_KINDS.has(queue[0]?.kind));
	const tiers = [[first, true, false], [first, true, true], [first, false, false], [first, false, true], [queues, true, true], [queues, false, true]] as const;
	let firstTier = 0;
	for (const [tier, onlyFresh, lateToo] of tiers) {
		while (picked.length < count) {
			let any = false;
			for (const queue of tier) {
				if (picked.length >= count) break;
				const at = queue.findIndex((q) => (!onlyFresh || fresh(q)) && (lateToo || !heldBack(q)) && balanced(q) && !clashes(q));
				if (at === -1) continue;
				take(queue, at);
				any = true;
			}
			if (!any) break;
		}
		if (tier === first && onlyFresh && !lateToo) firstTier = picked.length;
	}
	// True/false statements that are all true (nothing to swap) cannot stand alone: balanced, they
	// give one question or none, which is no quiz.
	if (picked.length < Math.min(options.minimum ?? MIN_QUESTIONS, count)) {
		result.reason = TOO_LITTLE + missingHint(picked.length, wanted);
		return result;
	}
	// A Cornell table read as headings and bullets: each question points at its row.
	const lineOf = facts.lineOf;
	const located = lineOf === null ? picked : picked.map((q) => mapLines(q, lineOf));
	// The questions held back fill a short quiz only: the rest are offered as more, on request.
	const asked = Math.max(firstTier, Math.min(count, LATE_FILL));
	result.questions = located.slice(0, asked);
	if (located.length > asked) result.more = located.slice(asked);
	return result;
}

/**
 * Kinds asked only when the others cannot fill a quiz, and then only up to `LATE_FILL` (the rest are
 * offered as `more`): a blank over a linked service was judged fair
 * in 14 of 33 blind-read questions (reads 19-26), a select-all list in 12 of 37 (reads 35-67: a wrong
 * choice true as well, a member missing or one that is no member), against 71-83% for blanks,
 * scenarios and true/false.
 */
const LAST_KINDS: ReadonlySet<QuestionKind | undefined> = new Set<QuestionKind>(["linked-service", "select-all"]);

/**
 * The questions in the order they are offered: those blind readers judged fair least often after the
 * others (reads 35-46, 689 questions, 73% fair): a prompt of under 50 characters ("R53 has ____",
 * 51%), a blank with no subject or label in front of it ("Retention ____, fixed.": 49%), a key of
 * three words or more ("durable primary database": 51%); a scenario keyed to an option rather than a
 * service (66%, against 83%), or a use case of the note's own service; a situation of three words or fewer
 * ("older default", "backup for DX": 16 of 27 fair in reads 35-56), a table's cell under its column's name
 * (`CELL_ASKED`), a bullet's label (`LABEL_ASKED`) or a false statement that swaps labels (`swapsALabel`).
 * They are asked when the rest run out.
 */
export function askedLate(questions: Question[]): Question[] {
	const rank = (q: Question): number => (isLate(q) ? 2 : keyedByAPhrase(q) ? 1 : 0);
	return [0, 1, 2].flatMap((r) => questions.filter((q) => rank(q) === r));
}

/**
 * A blank keyed by a phrase in lower case ("session state", "cross-account pulls"): other wordings
 * are often as right ("session data"), and a typed answer is marked by its words. In blind reads 35-69,
 * 78 of 117 such blanks of two words were judged fair (67%, against 77% for other blanks): they are
 * asked late. Longer ones, or ones with a function word or an adverb ("scan less data", "independently
 * of size", "per AZ", "exactly once"), 16 of 48 (33%): those are not asked at all (`keyedByAClause`).
 */
function keyedByAPhrase(q: Question): boolean {
	return q.kind === "fill-blank" && /^\p{Ll}/u.test(q.answers[0] ?? "") && wordCount(q.answers[0]) >= 2 && !/\d/.test(q.answers[0]);
}

/** A blank keyed by a lower-case phrase of more than two words, or with a function word or an adverb: not asked (see `keyedByAPhrase`). */
export function keyedByAClause(q: Question): boolean {
	const key = q.answers[0] ?? "";
	return keyedByAPhrase(q) && (wordCount(key) > 2 || FUNCTION_WORD.test(key) || /\p{L}ly\b/u.test(key));
}

const FUNCTION_WORD = /\b(?:of|to|for|with|by|less|more|than|and|or|in|on|at|from|per|the|a|an|no|not|only|all|any|each|every)\b/i;

/** True for a question that waits, in a quiz, until no kind has another on a line not asked yet (and fills only up to `LATE_FILL`). */
export function heldBack(q: Question): boolean {
	return isLate(q) || keyedByAPhrase(q);
}

/** True for a question `askedLate` puts last: see there. */
export function isLate(q: Question): boolean {
	return (
		q.prompt.length < 50 ||
		(q.kind === "fill-blank" && (!/^[^_]{2,60}?(?::|\s—)\s/.test(q.prompt) || wordCount(q.answers[0] ?? "") >= 3)) ||
		(q.kind === "scenario" && (OPTION_ASKED.test(q.prompt) || q.prompt.startsWith(USE_CASE_ASKED) || shortSituation(q.prompt))) ||
		(q.kind === "comparison" && CELL_ASKED.test(q.prompt)) ||
		(q.kind === "fill-blank" && LABEL_ASKED.test(q.prompt)) ||
		swapsALabel(q)
	);
}

/**
 * "Cloud9: ____: full shell w/ sudo", "Athena: ____: CSV, TSV, JSON": the label of a `Label: what it
 * does` bullet asked for. The label is often the note's own word for a heading-like idea ("Terminal",
 * "Formats", "Local caching"), which other wordings or a sibling label fit as well (reads 35-79: 46 of
 * 81 fair, against 30 of 37 for a label set off by "=", which defines a term).
 */
const LABEL_ASKED = /____:\s/;

/**
 * A false statement made by giving a bullet another bullet's label ("ECR: Replication: prevent
 * overwriting an existing tag"): a generic label gives itself away, and a description that fits the
 * other label too stays true (reads 35-79: 27 of 39 fair, against 164 of 195 true statements).
 */
function swapsALabel(q: Question): boolean {
	if (q.kind !== "true-false" || q.answers[0] !== "False") return false;
	const label = /^\s*(?:[-*+]\s+)?(?:\*\*)?([^:*]{2,40}?)(?:\*\*)?\s*(?::|—|–| - )\s/.exec(q.source.text)?.[1].trim();
	return label !== undefined && !containsText(q.prompt, label);
}

/**
 * "Which policy has extra cost: high?", "which one has discount: less?": a table's cell asked under its
 * column's name, which often holds for another row too or says little alone (reads 35-79: 12 of 24 fair).
 */
const CELL_ASKED = /\bwhich [\p{L}\p{N} -]+ has [^:?]{1,30}: [^?]+\?$/u;

/** True for "Scenario (ELB): legacy only. Which service fits?": a situation of three words or fewer. */
function shortSituation(prompt: string): boolean {
	const situation = /^Scenario(?: \([^)]*\))?: (.*?)\. Which /.exec(prompt)?.[1];
	return situation !== undefined && wordCount(situation) <= 3;
}

/**
 * "Which service fits: session state, user profiles, shopping carts?": a use case of the note's own
 * service, which other services of its kind often serve as well (reads 35-50: 30 of 42 fair, 8 of 15
 * in reads 44-50, against 100 of 118 for a scenario keyed by an exam cue).
 */
const USE_CASE_ASKED = "Which service fits: ";

/** "Which Step Functions option fits?": a scenario keyed to an option, not a service (reads 35-47: 50 of 76 fair, against 111 of 134 for a service). */
const OPTION_ASKED = /\bWhich (?!service\b)[\p{L}\p{N} .&/-]+ fits\?$/u;

/**
 * A quiz asks first every question on a line and with a key not asked yet that is not held back (`askedLate`
 * ranks it last, or it is keyed by a lower-case phrase, or of a kind asked last). The rest only fill a short
 * quiz up to this many questions, and are otherwise offered as `more`, for a student who asks for them: in
 * blind reads 35-71 they were judged fair 63-67% of the time, against 80% for the others, and a question
 * with a wrong key or a second right answer teaches less than no question.
 */
export const LATE_FILL = 5;

/** Share of a quiz given to scenario questions when the note has them (exam cues, use cases, "Choose X if:"). */
export const SCENARIO_SHARE = 0.3;

/** List items a quiz draws from at most: every generator is linear in them. */
export const MAX_QUIZ_ITEMS = 400;

/**
 * For a very large note (thousands of bullets), keep a seeded window of `MAX_QUIZ_ITEMS`
 * consecutive items (and the bold terms, links and text lines among them) so that generating a
 * quiz stays fast; "New quiz" (another seed) draws from another part of the note. Notes of normal
 * size are returned unchanged. The Overview is always kept.
 */
export function windowFacts(facts: QuizFacts, seed: number): QuizFacts {
	const n = facts.items.length;
	if (n <= MAX_QUIZ_ITEMS) return facts;
	const start = createRng(seed ^ 0x5bd1e995).int(n - MAX_QUIZ_ITEMS + 1);
	const from = facts.items[start].line;
	const to = facts.items[start + MAX_QUIZ_ITEMS - 1].line;
	const inside = (line: number) => line >= from && line <= to;
	return {
		...facts,
		items: facts.items.slice(start, start + MAX_QUIZ_ITEMS),
		itemByIndex: new Map([...facts.itemByIndex].filter(([, item]) => inside(item.line))),
		itemByLine: new Map([...facts.itemByLine].filter(([line]) => inside(line))),
		textByLine: new Map([...facts.textByLine].filter(([line]) => inside(line))),
		bold: facts.bold.filter((b) => inside(b.line)),
		links: facts.links.filter((l) => inside(l.line)),
	};
}

function missingHint(found: number, kinds: readonly QuestionKind[]): string {
	const what = found === 0 ? "no fair question could be made from it" : `only ${found} fair question${found === 1 ? "" : "s"} could be made from it`;
	const scope = kinds.length < QUESTION_KINDS.length ? ` (kinds: ${kinds.join(", ")})` : "";
	return (
		`${what}${scope}. Questions come from an Overview sentence that names the service, ` +
		"bold key terms in Details and Exam Tips, lists of two or more items, links to other service notes, " +
		'"X vs Y" or "Choose X if:" tips, and Use Cases.'
	);
}
