/**
 * Text helpers shared by the generators and the fairness check. Questions are shown as plain
 * text, so everything that reaches a prompt or a choice goes through `clean`, which removes what
 * `plainText` leaves behind in broken markdown (a lone `**`, an unclosed `[[`).
 */

import { plainText } from "../note/inline";

/** Markdown that must never reach a prompt, a choice or an explanation (see `checkFairness`). */
export const MARKDOWN_TOKENS: readonly string[] = ["**", "__", "[[", "]]", "==", "`", "\t"];

/** The blank of fill-blank prompts; the only underscores a prompt may show. */
export const BLANK = "____";

/** A list marker, quote or heading marker at the start of a text. */
export const LEADING_MARKER = /^(?:[-*+•]|\d{1,9}[.)]|>|#{1,6})(?:\s|$)/;

const MARKDOWN_RUN = /\*\*|__|\[\[|\]\]|==|`/g;
const HAS_MARKDOWN_RUN = /\*\*|__|\[\[|\]\]|==|`/;
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/**
 * Markdown (one line or less) to the plain text used in questions: `plainText` first, then any
 * leftover markdown tokens, control characters, tabs and leading list markers removed, spaces
 * collapsed. Idempotent, so cleaning a cleaned text changes nothing.
 */
export function clean(markdown: string): string {
	return scrub(plainText(markdown));
}

/** `clean` without the markdown-to-text step: for text that is plain already. */
export function scrub(text: string): string {
	let s = text.replace(CONTROL, " ");
	let prev: string;
	do {
		prev = s;
		s = s.replace(MARKDOWN_RUN, "");
	} while (s !== prev);
	s = s.replace(/\s+/g, " ").trim();
	do {
		prev = s;
		s = s.replace(LEADING_MARKER, "").trim();
	} while (s !== prev && s !== "");
	// Removing a marker can create a new `**` or `==` ("*-*"), so settle once more.
	return HAS_MARKDOWN_RUN.test(s) ? scrub(s) : s;
}

/**
 * The key used to compare choices: case-insensitive, spacing-insensitive, trailing punctuation
 * ignored. Two choices with the same key are duplicates (and a wrong choice with the answer's key
 * would be a second right answer).
 */
export function choiceKey(text: string): string {
	return scrub(text)
		.normalize("NFKC")
		.toLowerCase()
		.replace(/[\s.,;:!?…]+$/u, "")
		.replace(/\s+/g, " ")
		.trim();
}

/** Escape a string for use in a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regular expression matching any of `words` as whole words (letters/digits not glued on). */
export function wordsPattern(words: readonly string[], flags = "giu"): RegExp | null {
	const alts = words
		.filter((w) => w.trim() !== "")
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp);
	if (alts.length === 0) return null;
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, flags);
}

/** True when `text` contains `word` as a whole word, ignoring case. */
export function containsWord(text: string, word: string): boolean {
	const re = wordsPattern([word], "iu");
	return re !== null && re.test(text);
}

/** True when `text` contains `part`, ignoring case and spacing. */
export function containsText(text: string, part: string): boolean {
	const p = part.toLowerCase().replace(/\s+/g, " ").trim();
	return p !== "" && text.toLowerCase().replace(/\s+/g, " ").includes(p);
}

/** Remove trailing sentence punctuation and colons ("Worker nodes can be:" → "Worker nodes can be"). */
export function stripEnd(text: string): string {
	return text.replace(/[\s.,;:!?…]+$/u, "");
}

/** Number of words. */
export function wordCount(text: string): number {
	const t = text.trim();
	return t === "" ? 0 : t.split(/\s+/).length;
}

/**
 * Lower-case the first letter when the first word is an ordinary capitalised word ("Hybrid" →
 * "hybrid"), leaving acronyms and names with inner capitals alone ("AWS", "CloudWatch", "EC2").
 */
export function lowerFirst(text: string): string {
	const m = /^(\p{Lu})(\p{Ll}*)(?=[^\p{L}\p{N}]|$)/u.exec(text);
	if (!m) return text;
	if (m[2] === "" && /^\p{Lu}\p{Lu}/u.test(text)) return text;
	// A one-letter word other than "A"/"I" is likely a name ("X-Ray" starts with "X").
	if (m[2] === "" && m[1] !== "A") return text;
	return m[1].toLowerCase() + text.slice(1);
}

/** Upper-case the first letter. */
export function upperFirst(text: string): string {
	return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Split a line of plain text into sentences (at `.`, `!` or `?` followed by a space and a capital). */
export function splitSentences(text: string): string[] {
	return text
		.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“(])/u)
		.map((s) => s.trim())
		.filter((s) => s !== "");
}

/** Quote a source text in an explanation: `Line 12: "..."`. */
export function quoteLine(line: number, text: string): string {
	return `Line ${line}: "${text}"`;
}
