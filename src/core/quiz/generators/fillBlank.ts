/**
 * fill-blank: a Details, Exam Tips or Overview line with one bold key term blanked
 * ("AWS manages the ____ (API servers, etcd, etc.)."). Answered by typing (checked leniently) or
 * by choosing among other bold terms of the note; `choices: []` when there are too few of them.
 */

import { makeQuestion, pickDistractors } from "../distractors";
import { textWithMarker, type BoldTerm, type QuizFacts } from "../facts";
import { isSelf, isKnownService, sameService } from "../names";
import { sample, type Rng } from "../random";
import { BLANK, choiceKey, containsText, groupByLikeness, lowerTerm, quoteLine, stripEnd, upperFirst, wordCount } from "../text";
import type { Question } from "../types";

const MARK = "\uE000";
/** Terms looked at when ranking wrong choices: bounded, so that a note with hundreds of terms stays linear. */
const SAMPLE = 60;

/** A bold term worth asking for: not a category label, not the service itself, not a "X = Y" pair. */
export function isKeyTerm(b: BoldTerm): boolean {
	return !b.label && !b.self && !/[=]/.test(b.term) && !b.term.endsWith(":") && b.term.length >= 2;
}

/**
 * Give wrong choices the answer's initial case ("Long polling" next to "visibility timeout" would
 * point at the answer). Names and acronyms keep theirs (see `lowerFirst`). Duplicates made by the
 * change are dropped.
 */
export function matchCase(wrong: readonly string[], answer: string): string[] {
	const lower = /^\p{Ll}/u.test(answer);
	const upper = /^\p{Lu}/u.test(answer);
	const out: string[] = [];
	const keys = new Set([choiceKey(answer)]);
	for (const w of wrong) {
		const c = lower ? lowerTerm(w) : upper ? upperFirst(w) : w;
		const k = choiceKey(c);
		if (keys.has(k)) continue;
		keys.add(k);
		out.push(c);
	}
	return out;
}

/** fill-blank questions: one per key term on Overview, Details and Exam Tips lines. */
export function fillBlankQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	const terms = facts.bold.filter(isKeyTerm);
	const plainTerms = terms.filter((b) => !isKnownService(b.term)).map((b) => b.term);
	const serviceTerms = terms.filter((b) => isKnownService(b.term)).map((b) => b.term);
	const labels = facts.bold.filter((b) => b.label && !b.self).map((b) => b.term);

	for (const b of terms) {
		if (b.section !== "details" && b.section !== "examTips" && b.section !== "overview") continue;
		const item = facts.itemByLine.get(b.line);
		if (item !== undefined && item.plain.trim().endsWith(":")) continue;
		// "**Storage**: [[Amazon S3]], [[Amazon EBS]]" would blank a label in a list of names.
		if ((item ?? facts.textByLine.get(b.line))?.mostlyLinks === true) continue;
		const text = textWithMarker(facts, b.line, b.start, b.end, MARK);
		if (text === null || text.split(MARK).length !== 2) continue;
		let prompt = text.split(MARK).join(BLANK);
		if (text.endsWith(":")) continue;
		// A child of "Worker nodes can be:" needs its parent to make sense.
		const parent = item !== undefined && item.item.parent !== -1 ? facts.itemByIndex.get(item.item.parent) : undefined;
		if (parent !== undefined && parent.plain.endsWith(":")) prompt = `${stripEnd(parent.plain)}: ${prompt}`;
		if (wordCount(prompt.split(BLANK).join(" ")) < 3 || containsText(prompt, b.term)) continue;
		const plain = item !== undefined ? item.plain : facts.textByLine.get(b.line)?.plain;
		if (plain === undefined) continue;
		const source = { line: b.line, text: plain };

		const service = isKnownService(b.term);
		const wrong = pickDistractors(
			[b.term],
			service
				? [serviceTerms, facts.otherServices, facts.catalogServices, plainTerms]
				: [...groupByLikeness(b.term, sample(rng, plainTerms, SAMPLE)), labels],
			3,
			rng,
			{
				same: service ? sameService : (c, a) => choiceKey(c) === choiceKey(a),
				exclude: (c) => isSelf(facts.names, c) || containsText(prompt, c),
			},
		);
		const choices = wrong.length >= 2 ? rng.shuffle([b.term, ...matchCase(wrong, b.term)]) : [];
		out.push(
			makeQuestion({
				kind: "fill-blank",
				prompt,
				choices,
				answers: [b.term],
				multi: false,
				typed: true,
				explanation: `The missing term is "${b.term}". ${quoteLine(source.line, source.text)}`,
				source,
			}),
		);
	}
	return out;
}
