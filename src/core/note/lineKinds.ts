/**
 * What kind of line a span of text is, read in place: `text` from offset `s` (inclusive) to `e`
 * (exclusive, before the line ending): a thematic break, a list marker, a code fence, and what the
 * template check counts as content. Working on offsets lets the parser classify every line of a
 * large vault without copying it out first.
 */

import { BACKTICK, CLOSE_BRACKET, CLOSE_PAREN, DASH, DOT, isDigit, isSpaceOrTab, LESS_THAN, OPEN_BRACKET, PERCENT, PLUS, skipBlanks, SPACE, STAR, UNDERSCORE } from "./chars";
import type { CodeBlock } from "./types";

/** `---`, `***`, `___` (with optional spaces or tabs between), at most 3 leading spaces: a thematic break. */
function isRuleAt(text: string, s: number, e: number): boolean {
	let ruleChar = 0;
	let count = 0;
	let lead = 0;
	let leading = true;
	for (let i = s; i < e; i++) {
		const c = text.charCodeAt(i);
		if (isSpaceOrTab(c)) {
			if (leading && c === SPACE) lead++;
			else leading = false;
			continue;
		}
		leading = false;
		if (c !== DASH && c !== STAR && c !== UNDERSCORE) return false;
		if (ruleChar === 0) ruleChar = c;
		else if (c !== ruleChar) return false;
		count++;
	}
	return count >= 3 && lead <= 3;
}

/** Whether a line whose first non-blank character is `c` may be a thematic break (see `isRuleAt`). */
function mayBeRule(c: number): boolean {
	return c === DASH || c === STAR || c === UNDERSCORE;
}

/** `isRuleAt` for a whole line. */
export function isRule(line: string): boolean {
	return isRuleAt(line, 0, line.length);
}

/**
 * The offset just after the list marker at `k` (the line's first non-blank character), or -1 when
 * there is none: `-`, `*` or `+`, or `1.` or `1)` (up to nine digits), followed by a space, a tab
 * or the end of the line.
 */
export function listMarkerEnd(text: string, k: number, e: number): number {
	const c = text.charCodeAt(k);
	let end: number;
	if (c === DASH || c === STAR || c === PLUS) {
		end = k + 1;
	} else if (isDigit(c)) {
		let j = k;
		while (j < e && j - k < 9 && isDigit(text.charCodeAt(j))) j++;
		const after = j < e ? text.charCodeAt(j) : -1;
		if (after !== DOT && after !== CLOSE_PAREN) return -1;
		end = j + 1;
	} else {
		return -1;
	}
	return end === e || isSpaceOrTab(text.charCodeAt(end)) ? end : -1;
}

/** `-`, `*`, `+`, `1.`, `1)` optionally followed by an empty checkbox `[ ]`, and nothing else; `k` is the marker's offset. */
function isBareListMarkerAt(text: string, k: number, e: number): boolean {
	let i = k;
	if (isDigit(text.charCodeAt(i))) {
		while (i < e && isDigit(text.charCodeAt(i))) i++;
		if (i >= e || (text.charCodeAt(i) !== DOT && text.charCodeAt(i) !== CLOSE_PAREN)) return false;
	}
	i++;
	if (i < e && !isSpaceOrTab(text.charCodeAt(i))) return false;
	i = skipBlanks(text, i, e);
	if (i + 2 < e && text.charCodeAt(i) === OPEN_BRACKET && text.charCodeAt(i + 1) === SPACE && text.charCodeAt(i + 2) === CLOSE_BRACKET) i += 3;
	return skipBlanks(text, i, e) === e;
}

/** A line that opens or closes a code block: indentation, three or more `` ` `` or `~`, then the info string. */
const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;

/** The code block a line opens (its end not known yet), or null; after ```, the info string may hold no backtick. */
export function openingFence(line: string, lineNo: number): CodeBlock | null {
	const m = FENCE.exec(line);
	if (m === null || (m[2].charCodeAt(0) === BACKTICK && m[3].includes("`"))) return null;
	return { startLine: lineNo, endLine: 0, fence: m[2], info: m[3].trim(), closed: false };
}

/** Whether a line closes the code block opened by `fence`: the same character, at least as many, nothing else. */
export function closesFence(line: string, fence: string): boolean {
	const m = FENCE.exec(line);
	return m !== null && m[2].charCodeAt(0) === fence.charCodeAt(0) && m[2].length >= fence.length && m[3].trim() === "";
}

/**
 * What a line is to the template check: blank, a thematic break (`---`), a placeholder left from
 * a template (a bare list marker `-`, `1.`, `- [ ]`, or a one-line comment `<!-- ... -->`,
 * `%% ... %%`), or content. `k` is the offset of its first non-blank character (`e` when blank).
 */
export type TemplateLineKind = "blank" | "rule" | "placeholder" | "content";

export function templateKindAt(text: string, s: number, k: number, e: number): TemplateLineKind {
	if (k === e) return "blank";
	const c = text.charCodeAt(k);
	// (A rule repeats its character: list items, the commonest `-` lines, fail at the second one.)
	if (mayBeRule(c) && text.charCodeAt(skipBlanks(text, k + 1, e)) === c && isRuleAt(text, s, e)) return "rule";
	if (c === DASH || c === STAR || c === PLUS || isDigit(c)) return isBareListMarkerAt(text, k, e) ? "placeholder" : "content";
	if ((c === LESS_THAN || c === PERCENT) && isOneLineComment(text.slice(k, e).trim())) return "placeholder";
	return "content";
}

/**
 * Is a line of this kind content, for the template check? Outside code only content is; inside
 * a code block every line is, unless blank. The parser counts these lines as it reads them (see
 * `NoteModel.contentBetween`).
 */
export function isContentKind(kind: TemplateLineKind, inCode: boolean): boolean {
	return inCode ? kind !== "blank" : kind === "content";
}

/** Is a whole line content, for the template check (see `isContentKind`)? */
export function isContentLine(line: string, inCode: boolean): boolean {
	return isContentKind(templateKindAt(line, 0, skipBlanks(line, 0, line.length), line.length), inCode);
}

/** `<!-- ... -->` or `%% ... %%` (the line already trimmed). */
function isOneLineComment(t: string): boolean {
	if (t.startsWith("<!--") && t.endsWith("-->") && t.length >= 7) return true;
	return t.startsWith("%%") && t.endsWith("%%") && t.length >= 4;
}
