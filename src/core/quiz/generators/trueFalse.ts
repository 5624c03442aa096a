/**
 * true-false: a statement from the note as written (true), or with one bold key term swapped for
 * another bold term of the same note (false): "True or false: AWS manages the vanilla upstream
 * Kubernetes (API servers, etcd, etc.)." Comparisons ("ECS = ..., EKS = ...") are swapped side
 * for side, which is false by the note's own words.
 */

import { makeQuestion } from "../distractors";
import { textWithMarker, type QuizFacts } from "../facts";
import { isServiceLike, sameService } from "../names";
import type { Rng } from "../random";
import { choiceKey, containsText, quoteLine, splitSentences, stripEnd, wordCount } from "../text";
import type { Question } from "../types";
import { parseEqualsPairs } from "./comparison";
import { isKeyTerm } from "./fillBlank";

const MARK = "\uE004";
const MIN_WORDS = 4;

function asStatement(text: string): string {
	const t = text.trim();
	return /[.!?)]$/.test(t) ? t : `${stripEnd(t)}.`;
}

function question(statement: string, truth: boolean, explanation: string, source: { line: number; text: string }): Question {
	return makeQuestion({
		kind: "true-false",
		prompt: `True or false: ${asStatement(statement)}`,
		choices: ["True", "False"],
		answers: [truth ? "True" : "False"],
		multi: false,
		typed: false,
		explanation,
		source,
	});
}

export function trueFalseQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	const terms = facts.bold.filter(isKeyTerm);
	// Every statement the note makes, so that a swapped statement that the note also makes is not called false.
	const known = new Set<string>();
	for (const it of facts.items) known.add(choiceKey(it.plain));
	for (const l of facts.textByLine.values()) for (const s of splitSentences(l.plain)) known.add(choiceKey(s));

	const statementLines: { line: number; plain: string; text: string }[] = [];
	for (const it of facts.items) {
		if (it.section !== "details" && it.section !== "examTips" && it.section !== "overview") continue;
		if (it.plain.endsWith(":") || it.item.children.length > 0) continue;
		const parent = it.item.parent !== -1 ? facts.itemByIndex.get(it.item.parent) : undefined;
		if (parent !== undefined && parent.plain.endsWith(":")) continue;
		statementLines.push({ line: it.line, plain: it.plain, text: it.plain });
	}
	for (const l of facts.textByLine.values()) {
		if (l.section !== "details" && l.section !== "examTips" && l.section !== "overview") continue;
		if (l.plain.endsWith(":")) continue;
		statementLines.push({ line: l.line, plain: l.plain, text: l.plain });
	}
	statementLines.sort((a, b) => a.line - b.line);

	for (const s of statementLines) {
		const source = { line: s.line, text: s.plain };
		const quote = quoteLine(s.line, s.plain);
		// "X = a, Y = b": swap the descriptions.
		const pairs = parseEqualsPairs(s.plain);
		if (pairs.length >= 2) {
			const i = rng.int(pairs.length);
			const j = (i + 1 + rng.int(pairs.length - 1)) % pairs.length;
			if (rng.next() < 0.5) out.push(question(`${pairs[i].name} is ${pairs[j].description}`, false, `False: the note says ${pairs[i].name} = ${pairs[i].description}. ${quote}`, source));
			else out.push(question(`${pairs[i].name} is ${pairs[i].description}`, true, `True. ${quote}`, source));
			continue;
		}
		if (wordCount(s.plain) < MIN_WORDS) continue;
		const own = terms.filter((t) => t.line === s.line);
		const swap = own.length > 0 && rng.next() < 0.5 ? falseVersion(facts, s.line, own[rng.int(own.length)], terms, known, rng) : null;
		if (swap !== null) {
			out.push(question(swap.statement, false, `False: the note says "${swap.original}", not "${swap.replacement}". ${quote}`, source));
		} else {
			for (const sentence of splitSentences(s.plain)) {
				if (wordCount(sentence) < MIN_WORDS || sentence.endsWith(":")) continue;
				out.push(question(sentence, true, `True. ${quote}`, source));
			}
		}
	}
	return out;
}

/** The line with `term` swapped for another bold term of the note, or null when none fits. */
function falseVersion(
	facts: QuizFacts,
	line: number,
	term: QuizFacts["bold"][number],
	terms: QuizFacts["bold"],
	known: Set<string>,
	rng: Rng,
): { statement: string; original: string; replacement: string } | null {
	const text = textWithMarker(facts, line, term.start, term.end, MARK);
	if (text === null || text.split(MARK).length !== 2) return null;
	const service = isServiceLike(term.term);
	// Like for like: a service for a service, a concept for a concept.
	const pool = terms.filter((t) => isServiceLike(t.term) === service && t.line !== line);
	for (const candidate of rng.shuffle(pool).slice(0, 8)) {
		const r = candidate.term;
		if (choiceKey(r) === choiceKey(term.term) || sameService(r, term.term)) continue;
		const statement = text.split(MARK).join(r);
		if (containsText(text.split(MARK).join(" "), r) || containsText(statement.replace(r, ""), term.term)) continue;
		if (known.has(choiceKey(statement))) continue;
		return { statement, original: term.term, replacement: r };
	}
	return null;
}
