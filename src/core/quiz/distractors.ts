/**
 * Wrong answers. They come from pools in priority order (the vault first: sibling notes, linked
 * notes; then terms of the same kind from the note itself), and are filtered so that a choice is
 * never empty, never a duplicate of another (case-insensitive, plain text) and never a second
 * right answer.
 */

import { choiceType, sameType } from "./choiceType";
import type { Rng } from "./random";
import { choiceKey, scrub } from "./text";
import { echoStems, nearDuplicate, sameQuantity, sharedWords } from "./terms";
import { jobMates } from "./services";
import type { Question, QuestionKind } from "./types";
import { hashString } from "./random";

/** A range of figures: "24-72 hours", "1–5 min". */
const RANGE = /\d\s*(?:-|–|to)\s*\d/;

/** A blank that is one end of a range: "(____ to 1 year)", "from 1 to ____". */
const END_OF_RANGE = /____\s*(?:-|–|to)\s*\d|\d\s*(?:-|–|to)\s*____/;

/** Candidates looked at per pool, at most. */
const MAX_DRAWS = 200;

/** How `pickDistractors` tells a wrong answer from a second right one. */
export interface PickOptions {
	/** True when a candidate means the same as a right answer (e.g. `sameService`); key equality is always checked. */
	same?: (candidate: string, answer: string) => boolean;
	/** True for candidates that must not be offered at all. */
	exclude?: (candidate: string) => boolean;
	/**
	 * Offer candidates of any type. By default a candidate must have the first answer's type
	 * (`sameType`): a duration among durations, a service among services.
	 */
	anyType?: boolean;
	/**
	 * The question's prompt. When it shares a word with the key ("pull container images" for "Elastic
	 * Container Registry"), a candidate with that word too comes first, so the word tells no choice apart.
	 * A job the prompt names ("fast failover", `JOB_OVERLAPS`) keeps out the other services that do it.
	 */
	prompt?: string;
	/** These may stand whatever job the prompt names, however alike their names: a comparison's sides, which its line sets apart. */
	sides?: readonly string[];
	/**
	 * True when a candidate says the same as a wrong choice already picked; `same` by default. Services
	 * that could do each other's job (SNS and EventBridge) are both wrong against SQS (blind read 54).
	 */
	apart?: (candidate: string, picked: string) => boolean;
}

/**
 * Pick up to `count` wrong answers from `pools`, taking from the first pool before the next,
 * each pool in a seeded random order.
 */
export function pickDistractors(
	answers: readonly string[],
	pools: readonly (readonly string[])[],
	count: number,
	rng: Rng,
	options: PickOptions = {},
): string[] {
	const out: string[] = [];
	if (count <= 0) return out;
	const used = new Set<string>(answers.map(choiceKey));
	// "(____ to 1 year)": one end of a range is no range itself; "24-72 hours" beside "1 day" is ruled out by its form (blind read 25).
	const rangeEnd = options.prompt !== undefined && END_OF_RANGE.test(options.prompt);
	// "multi-region apps needing fast failover": Route 53 does that job as well as Global Accelerator (blind read 61).
	// A prompt listing several traits ("no caching, TCP/UDP, static anycast IPs, fast failover") tells them apart by the rest.
	const traits = options.prompt === undefined ? 0 : options.prompt.split(",").length;
	const jobMate = options.prompt !== undefined && answers.length === 1 && traits < 3 ? jobMates(options.prompt, answers[0]) : () => false;
	const consider = (raw: string): void => {
		const c = scrub(raw);
		const k = choiceKey(c);
		if (k === "" || used.has(k)) return;
		if (options.exclude?.(c) === true) return;
		if (options.anyType !== true && answers.length > 0 && !sameType(answers[0], c)) return;
		// "60 min" is no wrong answer beside "1 hr" (blind read 20). The sides a note sets against each other
		// are two things, however alike their names ("task role" and "task execution role", blind read 145).
		if ([...answers, ...out].some((a) => (nearDuplicate(a, c) && !options.sides?.includes(c)) || sameQuantity(a, c))) return;
		if (rangeEnd && RANGE.test(c)) return;
		// A range ("0–15 min") stands among ranges, a figure among figures: "5 min" beside "0–15 min", or
		// "60 to 120 seconds" beside "15 minutes", is told apart by its form (blind read 40).
		if (answers.length === 1 && /\d/.test(answers[0]) && /\d/.test(c) && RANGE.test(answers[0]) !== RANGE.test(c)) return;
		// Neither a second right answer nor a second name for a wrong one already picked.
		if (options.same !== undefined && answers.some((a) => options.same?.(c, a) === true)) return;
		if (jobMate(c) && !options.sides?.includes(c)) return;
		const apart = options.apart ?? options.same;
		if (apart !== undefined && out.some((a) => apart(c, a))) return;
		used.add(k);
		out.push(c);
	};
	// One candidate with the word the prompt shares with the key, when there is one.
	const echo = options.prompt !== undefined && answers.length === 1 ? sharedWords(options.prompt, answers[0]) : [];
	if (echo.length > 0) {
		for (const pool of pools) {
			const alike = pool.filter((c) => echo.some((w) => echoStems(c).has(w)));
			for (const c of rng.shuffle(alike)) {
				consider(c);
				if (out.length > 0) break;
			}
			if (out.length > 0) break;
		}
	}
	for (const pool of pools) {
		if (out.length >= count) break;
		// Sparse Fisher–Yates over the pool: only the candidates looked at are drawn, and at most
		// MAX_DRAWS of them, so a long pool (a big vault folder) costs no more than a short one.
		const moved = new Map<number, number>();
		const draws = Math.min(pool.length, MAX_DRAWS);
		for (let i = 0; i < draws && out.length < count; i++) {
			const j = i + rng.int(pool.length - i);
			const raw = pool[moved.get(j) ?? j];
			moved.set(j, moved.get(i) ?? i);
			consider(raw);
		}
	}
	return out;
}

/** Everything a generator fills in; the id and the type are derived. */
export type QuestionDraft = Omit<Question, "id" | "type">;

/** Build a question with a stable id (kind, line and a hash of the prompt) and its choices' type. */
export function makeQuestion(draft: QuestionDraft): Question {
	// From the kind, the source line's text and the prompt, not the line number: the id survives
	// edits elsewhere in the note (lines above it added or removed), for the study history.
	const type = draft.kind === "true-false" ? "boolean" : choiceType(draft.answers[0] ?? "");
	const id = `${draft.kind}-${hashString(draft.source.text)}-${hashString(draft.prompt)}`;
	// "AUTO (default)" among "KEY", "ALL", "EVEN": the note's mark of the default picks it out (blind read 44).
	if (!draft.choices.some((c) => DEFAULT_MARK.test(c))) return { id, type, ...draft };
	const unmarked = (c: string): string => c.replace(DEFAULT_MARK, "");
	return { id, type, ...draft, choices: draft.choices.map(unmarked), answers: draft.answers.map(unmarked) };
}

const DEFAULT_MARK = /\s*\((?:the )?(?:new )?(?:default|recommended)\)/i;

/**
 * A single-answer choice question: the answer plus 2–3 wrong choices, shuffled. Null when fewer
 * than two wrong choices could be found (a two-way guess is not a fair question).
 */
export function singleChoice(
	kind: QuestionKind,
	prompt: string,
	answer: string,
	wrong: readonly string[],
	explanation: string,
	source: { line: number; text: string },
	rng: Rng,
): Question | null {
	if (wrong.length < 2) return null;
	const choices = rng.shuffle([answer, ...wrong.slice(0, 3)]);
	return makeQuestion({ kind, prompt, choices, answers: [answer], multi: false, typed: false, explanation, source });
}

/** A true/false question: the statement as written (ending with a full stop), "True" and "False" as choices. */
export function trueFalseQuestion(statement: string, truth: boolean, explanation: string, source: { line: number; text: string }): Question {
	const t = statement.trim();
	return makeQuestion({
		kind: "true-false",
		prompt: `True or false: ${/[.!?)]$/.test(t) ? t : `${t.replace(/[\s.,;:!?]+$/, "")}.`}`,
		choices: ["True", "False"],
		answers: [truth ? "True" : "False"],
		multi: false,
		typed: false,
		explanation,
		source,
	});
}
