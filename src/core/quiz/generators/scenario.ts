/**
 * scenario: "Choose **EKS** if:" with its child bullets gives "The org already uses Kubernetes and
 * needs portability (no vendor lock-in). Which service fits this scenario?", the child bullets
 * joined into one scenario sentence.
 */

import { pickDistractors, singleChoice } from "../distractors";
import type { ItemFact, QuizFacts } from "../facts";
import { isKnownService, isSelf, mentions, sameService } from "../names";
import type { Rng } from "../random";
import { containsWord, lowerFirst, quoteLine, stripEnd, upperFirst } from "../text";
import type { Question } from "../types";
import { sidePools } from "./comparison";

const CHOOSE = [
	/^(?:choose|use|pick|select|prefer|go with|consider|opt for)\s+(.{1,60}?)\s+(?:if|when|for)\s*:?$/i,
	/^when to (?:use|choose|pick)\s+(.{1,60}?)\s*:?$/i,
	/^(.{1,60}?)\s+(?:is best|fits best|is the right choice|is the best choice)\s+(?:if|when)\s*:?$/i,
];

/** The option a "Choose X if:" bullet is about, or null. Exported for the table tests. */
export function chosenOption(text: string): string | null {
	const t = text.trim();
	for (const re of CHOOSE) {
		const m = re.exec(t);
		if (m) {
			// "Choose Kinesis over SQS if:": the option is Kinesis.
			const x = stripEnd(m[1].replace(/\s+(?:over|instead of|rather than)\s+.*$/i, "")).trim();
			if (x !== "" && x.split(/\s+/).length <= 6) return x;
		}
	}
	return null;
}

const SUBJECT = /^(?:the|a|an|your|you|we|our|their|they|it|its|this|that|these|those|there|my|i|team|teams|company|companies|organi[sz]ations?|org|orgs|customers?|users?|developers?|workloads?|apps?|applications?)\b/i;
const BASE_VERB = /^(?:want|need|require|prefer|have|use|run|expect|plan|must|already)\b/i;

/**
 * Join the child bullets into one scenario sentence: "The org already uses Kubernetes and needs
 * portability." A bullet without a subject gets one ("Needs X" → "The team needs X", "Want X" →
 * "You want X"); anything else is introduced as "Scenario: ...".
 */
export function scenarioSentence(parts: readonly string[]): string | null {
	const clean = parts.map((p) => stripEnd(p.trim())).filter((p) => p !== "");
	if (clean.length === 0) return null;
	const [first, ...rest] = clean;
	let lead: string;
	const firstWord = first.split(/\s+/)[0] ?? "";
	if (SUBJECT.test(first)) lead = upperFirst(first);
	else if (BASE_VERB.test(first)) lead = `You ${lowerFirst(first)}`;
	else if (/^\p{L}+[^s]s$/u.test(firstWord) && /^\p{Lu}/u.test(firstWord)) lead = `The team ${lowerFirst(first)}`;
	else lead = `Scenario: ${lowerFirst(first)}`;
	const tail = rest.map(lowerFirst);
	let sentence = lead;
	if (tail.length === 1) sentence += ` and ${tail[0]}`;
	else if (tail.length > 1) sentence += `, ${tail.slice(0, -1).join(", ")}, and ${tail[tail.length - 1]}`;
	return `${sentence}.`;
}

/** scenario questions: one per "Choose X if:" bullet with children. */
export function scenarioQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	const parents: { item: ItemFact; option: string }[] = [];
	for (const item of facts.items) {
		const option = chosenOption(item.plain);
		if (option !== null && item.item.children.length > 0) parents.push({ item, option });
	}
	const options = parents.map((p) => p.option);
	for (const { item, option } of parents) {
		const self = isSelf(facts.names, option);
		const kids = item.item.children
			.map((i) => facts.itemByIndex.get(i)?.plain ?? "")
			.filter((t) => t !== "" && !containsWord(t, option) && !(self && mentions(facts.names, t)));
		const sentence = scenarioSentence(kids);
		if (sentence === null) continue;
		const service = self || isKnownService(option);
		const prompt = `${sentence} Which ${service ? "service" : "option"} fits this scenario?`;
		const pools = sidePools(facts, option, rng);
		const wrong = pickDistractors([option], [options, ...pools], 3, rng, {
			same: sameService,
			exclude: (c) => containsWord(prompt, c) || (self && isSelf(facts.names, c)),
		});
		const q = singleChoice(
			"scenario",
			prompt,
			option,
			wrong,
			`${quoteLine(item.line, item.plain)} is followed by: ${kids.map((k) => stripEnd(k)).join("; ")}.`,
			{ line: item.line, text: item.plain },
			rng,
		);
		if (q) out.push(q);
	}
	return out;
}
