/**
 * Prose: notes written as paragraphs of full sentences. Each sentence is a statement of its own, and
 * a leading "It" is the note's service only when the sentence before is about it.
 */

import type { QuizFacts } from "./facts";
import { ARROW, isBaseVerb, splitSentences, startsWithBaseVerb, startsWithVerb, stripEnd, withoutWarningLabel, wordCount } from "./text";

export const IT = /^It(?:'s|\s+is)?\b/;

/** "It pushes ..." → "SNS pushes ...", "It's a ..." → "SNS is a ...". */
export function putName(text: string, name: string): string {
	return text.replace(/^It's\b/, `${name} is`).replace(/^It\b/, name);
}

/**
 * The sentences of a paragraph, with a leading "It" that means the note's service put as its name:
 * "Amazon SNS is a pub/sub service. It pushes ..." → "SNS pushes ...". "It" means the service when
 * the sentence before is about it (starts with its name or is such an "It"), or, opening a paragraph
 * of a note about one service, under no sub-heading of another subject. Any other "It" stays, and
 * `stemProblem` keeps the sentence out.
 */
export function paragraphSentences(facts: QuizFacts, line: number, plain: string): { text: string; resolved: string; it: string | null }[] {
	// "Wrong: ... . Right: Lambda polls SQS": the mark of a correction is no part of the sentence (blind read 134).
	const sentences = splitSentences(plain).map(withoutWarningLabel);
	if (sentences.length < 2) return [];
	const name = facts.names.short;
	let about = facts.isService && !facts.combined && facts.subjectAt(line) === null;
	return sentences.map((text) => {
		if (IT.test(text)) return about ? { text, resolved: putName(text, name), it: name } : { text, resolved: text, it: null };
		about = opensWithOwnName(facts, text);
		return { text, resolved: text, it: null };
	});
}

/**
 * True when a sentence opens with one of the note's names ("SNS pushes ...", "Amazon SNS is ..."), not
 * with a longer name that starts with it ("Kinesis Data Analytics was renamed ..." in the Kinesis note,
 * blind read 35).
 */
function opensWithOwnName(facts: QuizFacts, text: string): boolean {
	const lower = text.toLowerCase();
	return facts.names.all.some((n) => {
		const name = n.toLowerCase();
		if (lower.startsWith(`${name}'s `)) return true;
		return lower.startsWith(`${name} `) && !/^[\p{Lu}\p{N}]/u.test(text.slice(name.length + 1));
	});
}

/** Words a sentence does not end on: a line that ends on one goes on in the next ("... at full speed is"). */
export const DANGLING_END = /\s(?:is|are|was|were|the|a|an|and|or|than|its|their|whose)$/i;

/**
 * A plain paragraph line: text, bold or a link first ("**escalation plans** -> stages"); not a list
 * item, a callout or quote, a table row or an escaped list marker.
 */
function proseLine(raw: string): boolean {
	return /^\s*(?:[\p{L}\p{N}(]|\*\*|__|==|\[\[)/u.test(raw);
}

/**
 * True when a prose line goes on from the line above, a sentence wrapped onto it: the line above is
 * prose too and ends on a word no sentence ends on, or this one opens in lower case after a line with
 * no closing punctuation (blind read 77: "100 × 10^12 × 8 bits ..." under "... at full speed is").
 */
export function continuesAbove(facts: QuizFacts, line: number): boolean {
	const above = facts.textByLine.get(line - 1);
	const here = facts.textByLine.get(line);
	if (above === undefined || here === undefined || !proseLine(above.raw) || !proseLine(here.raw) || /[.!?:;)]$/.test(above.plain.trim())) return false;
	// "standby → NOT readable" under "need HA → Multi-AZ → ...": lines of arrows are a list written without
	// markers, each line its own (blind read 133), unless the line above ends on a word no sentence ends on.
	if (arrowBlock(facts, line) && !DANGLING_END.test(above.plain.trim())) return false;
	// "(show logs, ...)" or "2, which pages ..." goes on as well as a word in lower case does (blind read 88).
	return DANGLING_END.test(above.plain.trim()) || /^(?:\p{Ll}|\(|\d+,?\s+\p{Ll})/u.test(here.plain.trim());
}

/** "failover time → ~60-120 s": a line led by a few words and an arrow, not a sentence with an arrow far into it. */
function arrowLed(plain: string): boolean {
	const at = plain.search(ARROW);
	return at > 0 && wordCount(plain.slice(0, at)) <= 5;
}

/**
 * True when a line and the one above it are led by arrows (`arrowLed`) in a paragraph of such lines
 * (two in three at least): a list written without markers, not prose that has an arrow here and there.
 */
function arrowBlock(facts: QuizFacts, line: number): boolean {
	const led = (n: number): boolean | null => {
		const l = facts.textByLine.get(n);
		return l === undefined || !proseLine(l.raw) ? null : arrowLed(l.plain);
	};
	if (led(line) !== true || led(line - 1) !== true) return false;
	let lines = 0;
	let arrows = 0;
	for (const [from, step] of [[line, -1], [line + 1, 1]]) {
		for (let n = from, here = led(n); here !== null; n += step, here = led(n)) {
			lines++;
			if (here) arrows++;
		}
	}
	return arrows * 3 >= lines * 2;
}

/**
 * True when a paragraph line's last sentence goes on in the next line, which goes on from it (see
 * `continuesAbove`): "... and the ____ ties it all" over "together: ..." (typed live, blind read 88).
 */
export function runsOn(facts: QuizFacts, line: number): boolean {
	return continuesAbove(facts, line + 1);
}

/** Fewest words of a statement a student can judge. */
export const MIN_WORDS = 4;

/** Words that make a run of nouns a claim: verbs, and the copulas and modals of note shorthand. */
const CLAIM_WORD = /^(?:is|are|was|were|be|been|has|have|had|can|cannot|can't|could|will|won't|must|may|might|should|does|doesn't|do|don't|not|no|never|only|up|per|by|default|max(?:imum)?|min(?:imum)?|until|after|before|when|if|unless|without|within)$/i;

/**
 * True when a statement claims something a student can judge: not a bare list ("RDS, DynamoDB,
 * DocumentDB, Neptune"; "Views, saved queries, prepared statements"), not something said to the
 * reader ("You create either ..."). Labels ("Encryption: ...") are set aside first.
 */
export function claimsSomething(sentence: string): boolean {
	// "Scan less: columnar formats, compression, partitions": a label that tells the reader what to do.
	const label = /^([^:]{1,40}):\s/.exec(sentence)?.[1].trim() ?? "";
	if (/^\p{Lu}\p{Ll}+(?:\s|$)/u.test(label) && startsWithBaseVerb(label)) return false;
	const body = stripEnd(sentence.replace(/^(?:[^:]{1,40}:\s+)+/, "").replace(/\([^)]*\)/g, " ")).trim();
	if (/^(?:you|your)\b/i.test(body)) return false;
	// "Eliminate options that are not highly available": advice, not a fact about AWS.
	if (/^\p{Lu}\p{Ll}+\s/u.test(body) && startsWithBaseVerb(body)) return false;
	// "Don't confuse with AWS KMS", "Remember: ...": advice to the reader, nothing to judge.
	if (/^(?:(?:don'?t|do not|never)\s+(?:confuse|mix)|remember|note|tip)\b/i.test(body)) return false;
	// "Never paste a data key into ...", "Always enable MFA": a rule for the reader, not a claim about AWS.
	if (/^(?:don'?t|do not|avoid)\s/i.test(body)) return false;
	const advice = /^(?:never|always)\s+(\p{Ll}+)/iu.exec(body);
	if (advice !== null && (isBaseVerb(advice[1]) || looksImperative(advice[1]))) return false;
	// Three or more short parts: a list of names, whatever its words ("saved queries" is no verb).
	const parts = body.split(/\s*(?:,|;|\band\b|\bor\b|\/|\+)\s*/).filter((p) => p !== "");
	if (parts.length >= 3 && parts.every((p) => wordCount(p) <= 3)) return false;
	const words = body.split(/\s+/).filter((w) => w !== "");
	return words.some((w) => CLAIM_WORD.test(w) || /\d/.test(w) || (/^\p{Ll}/u.test(w) && startsWithVerb(w))) || words.length >= MIN_WORDS + 2;
}

/** "paste", "share", "rotate" after "never" or "always": a verb's bare form, not "expires", "encrypted", "available" or "on". */
function looksImperative(word: string): boolean {
	return word.length >= 4 && !/(?:s|ed|ing|ly|ble|al|ful|ive|ent|ant|ic|ous)$/.test(word) && !/^(?:free|true|false|zero|once|more|less|some|only|just|your|their|over|into|from|with|both|each)$/.test(word);
}

const AUXILIARY = /^(?:is|are|was|were|be|been|has|have|had|can|cannot|can't|could|will|won't|must|may|might|should|does|doesn't|do|don't)$/i;

/** True when a sentence has a verb: an auxiliary ("are", "can") or a lower-case verb ("stores", "gives"). */
export function hasVerb(sentence: string): boolean {
	return sentence.split(/\s+/).some((w) => AUXILIARY.test(w) || (/^\p{Ll}/u.test(w) && startsWithVerb(w)));
}

/**
 * True when a short phrase only names things: no verb, whether "stores", "route" or "can", but nouns made
 * of one ("AWS Site-to-Site VPN connections", blind read 147). A longer line is taken to say something.
 */
export function namesOnly(text: string): boolean {
	const words = text.split(/\s+/).filter((w) => w !== "");
	if (words.length > 8) return false;
	return !words.some((w, i) => AUXILIARY.test(w) || (/^\p{Ll}/u.test(w) && ((startsWithVerb(w) && !/(?:tions?|sions?|ments?|ness|ity|ities)\W*$/.test(w)) || (i > 0 && isBaseVerb(w)))));
}
