/**
 * Prose: notes written as paragraphs of full sentences. Each sentence is a statement of its own, and
 * a leading "It" is the note's service only when the sentence before is about it.
 */

import type { QuizFacts } from "./facts";
import { splitSentences } from "./text";

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
	const sentences = splitSentences(plain);
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
 * True when a prose line goes on from the line above, a sentence wrapped onto it: the line above is
 * prose too and ends on a word no sentence ends on, or this one opens in lower case after a line with
 * no closing punctuation (blind read 77: "100 × 10^12 × 8 bits ..." under "... at full speed is").
 */
export function continuesAbove(facts: QuizFacts, line: number): boolean {
	const above = facts.textByLine.get(line - 1);
	const here = facts.textByLine.get(line);
	// Plain paragraph lines only: not a callout's title and its first line, nor an escaped list marker.
	const plainLine = (raw: string | undefined): boolean => raw !== undefined && /^\s*[\p{L}\p{N}]/u.test(raw);
	if (above === undefined || here === undefined || !plainLine(above.raw) || !plainLine(here.raw) || /[.!?:;)]$/.test(above.plain.trim())) return false;
	return DANGLING_END.test(above.plain.trim()) || /^\p{Ll}/u.test(here.plain.trim());
}
