/**
 * The three kinds of heading a note can have: ATX (`## Details`), setext (a paragraph line
 * underlined with `===` or `---`), and a line of bold text alone (`**Overview**`), which some notes
 * use instead of a heading. Lines are read in place, by offsets, like in `lineKinds`.
 */

import { DASH, EQUALS, HASH, isSpaceOrTab, SPACE, STAR, UNDERSCORE } from "./chars";
import { plainText } from "./inline";
import type { Heading } from "./types";

/** Closing hashes of an ATX heading (`## Use Cases ##`), with the blanks before them. */
const CLOSING_HASHES = /(?:^|[ \t]+)#+[ \t]*$/;

/**
 * The ATX heading on `text[s, e)`, or null: up to three leading spaces, one to six `#`, then a
 * space, a tab or the end of the line. Its text has the blanks around it and closing hashes removed.
 */
export function atxHeading(text: string, s: number, e: number, line: number): Heading | null {
	let hashes = s;
	while (hashes < e && text.charCodeAt(hashes) === SPACE) hashes++;
	if (hashes - s > 3 || text.charCodeAt(hashes) !== HASH) return null;
	let afterHashes = hashes;
	while (afterHashes < e && text.charCodeAt(afterHashes) === HASH) afterHashes++;
	const level = afterHashes - hashes;
	if (level > 6) return null;
	if (afterHashes < e && !isSpaceOrTab(text.charCodeAt(afterHashes))) return null;
	let from = afterHashes;
	while (from < e && isSpaceOrTab(text.charCodeAt(from))) from++;
	let to = e;
	while (to > from && isSpaceOrTab(text.charCodeAt(to - 1))) to--;
	let t = text.slice(from, to);
	// Line separators end a line for the editor: such a line is not one heading.
	if (t.includes("\u2028") || t.includes("\u2029")) return null;
	if (t.includes("#")) t = t.replace(CLOSING_HASHES, "");
	return { line, level, kind: "atx", text: t, plain: plainText(t) };
}

/**
 * The level a setext underline gives the paragraph line above it: 1 for `===`, 2 for `---`, else
 * 0. The line holds only that character (`k` is the first one) after at most three spaces or tabs.
 */
export function setextLevel(text: string, s: number, k: number, e: number): number {
	const c = text.charCodeAt(k);
	if ((c !== EQUALS && c !== DASH) || k - s > 3) return 0;
	// `trim` as the heading text is trimmed: a trailing no-break space does not spoil the underline.
	const t = text.slice(k, e).trim();
	for (let i = 1; i < t.length; i++) if (t.charCodeAt(i) !== c) return 0;
	return c === EQUALS ? 1 : 2;
}

/**
 * Whether a line whose first non-blank character is `c` may be a bold-only line: it starts with
 * `*` or `_`, or with a character `trim` may remove (control characters, non-ASCII spaces).
 */
export function mayBeBoldLine(c: number): boolean {
	return c === STAR || c === UNDERSCORE || c < SPACE || c > 0x7f;
}

/**
 * A line that holds only bold text (`**Overview**`, `__Overview__`, `**Exam Tips:**`, `**Overview**:`):
 * some notes use it instead of a heading. Returns the inner text or null.
 */
export function boldLineText(line: string): string | null {
	const t = line.trim();
	if (t.length < 5) return null;
	const marker = t.charCodeAt(0);
	if ((marker !== STAR && marker !== UNDERSCORE) || t.charCodeAt(1) !== marker) return null;
	const delim = marker === STAR ? "**" : "__";
	let body = t.endsWith(":") ? t.slice(0, -1).trimEnd() : t;
	if (!body.endsWith(delim)) return null;
	// Strip a third marker for ***bold italic***.
	let open = 2;
	let close = body.length - 2;
	if (body.charCodeAt(2) === marker && body.charCodeAt(close - 1) === marker) {
		open = 3;
		close -= 1;
	}
	if (close <= open) return null;
	body = body.slice(open, close);
	if (body.includes(delim) || body.trim() === "") return null;
	return body;
}
