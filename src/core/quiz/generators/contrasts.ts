/**
 * True/false from the contrasts a note draws between its service and another: "Unlike SQS, ..., SNS
 * pushes ..." said of SQS is false by the note's own words.
 */

import type { QuizFacts } from "../facts";
import { trueFalseQuestion } from "../distractors";
import { isKnownService, sameService } from "../names";
import { paragraphSentences } from "../prose";
import type { Rng } from "../random";
import { stemProblem } from "../stems";
import { quoteLine, stripEnd, wordCount } from "../text";
import type { Question } from "../types";

/** Fewest words of a claim worth judging. */
const MIN_WORDS = 5;

/** "Unlike SQS, where consumers poll, SNS pushes each message to every subscriber." */
const UNLIKE = /^Unlike\s+([^,]{2,40}),\s*(?:(?:where|which|whose|that)\s[^,]+,\s*)?(.+)$/i;

/**
 * True/false from a contrast the note draws: "Unlike SQS, ..., SNS delivers each message to all
 * subscribers" gives "SNS delivers each message to all subscribers" (true) or the same said of SQS
 * (false by the note's own words). Only a contrast of two services, the second being the note's own.
 */
export function contrastQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	for (const l of facts.textByLine.values()) {
		const sentences = paragraphSentences(facts, l.line, l.plain);
		for (const { text: sentence, resolved: said } of sentences.length > 0 ? sentences : [{ text: l.plain, resolved: l.plain }]) {
			const m = UNLIKE.exec(said);
			if (m === null) continue;
			const other = stripEnd(m[1].trim());
			const claim = m[2].trim();
			const own = facts.names.all.find((n) => claim.toLowerCase().startsWith(`${n.toLowerCase()} `));
			if (own === undefined || !isKnownService(other) || sameService(other, facts.names.title) || wordCount(claim) < MIN_WORDS || stemProblem(claim) !== null) continue;
			const rest = claim.slice(own.length);
			const swap = rng.next() < 0.5;
			const statement = `${swap ? other : own}${rest}`;
			const quote = quoteLine(l.line, sentence);
			out.push(trueFalseQuestion(statement, !swap, swap ? `False: the note says this of ${own}, unlike ${other}. ${quote}` : `True. ${quote}`, { line: l.line, text: sentence }));
		}
	}
	return out;
}

