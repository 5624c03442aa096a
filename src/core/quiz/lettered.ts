/**
 * Outlines in the school style, typed as text: "I. Overview" over "   A. **Standard**" over "      1. max
 * duration **1 year**" over "         a. ...". Markdown reads the letter lines as text, and the indented
 * lines under them as the same paragraph, so the quiz found no subject in them: "NO .sync or callback
 * patterns", said of Express workflows, was asked of Step Functions as a whole, and "a. need the ____"
 * kept its letter (blind read 153). The quiz reads the outline as the document it stands for: a Roman
 * numeral at the left edge is a section heading, every other point a bullet at the depth its indentation
 * gives. Lines keep their numbers.
 */

import { practiceLines } from "./asides";
import { columns, FENCE } from "./outliner";

/** A point of the outline: its indentation, its marker (Roman numeral, letter or number) and its text. */
const POINT = /^([ \t]*)((?:[IVX]{1,4}|[A-Za-z]|\d{1,3})[.)])[ \t]+(\S.*)$/;
const ROMAN = /^[IVX]{1,4}[.)]$/;
const LETTER = /^[A-Za-z][.)]$/;
/** Fewer letter points than this are a list's labels ("A) Standard, B) FIFO"), no outline. */
const MIN_LETTERS = 3;

/**
 * The outline as the document it stands for (see the module comment), or null when the note has none:
 * fewer than three letter points, or no point with a deeper one under it. A practice question's options
 * ("A. Use SQS" under a question) are left as they are.
 */
export function letteredAsDocument(lines: readonly string[]): string[] | null {
	let points: { at: number; col: number; marker: string; text: string }[] = [];
	let fenced = false;
	for (let i = 0; i < lines.length; i++) {
		if (FENCE.test(lines[i])) fenced = !fenced;
		const m = fenced ? null : POINT.exec(lines[i]);
		if (m !== null) points.push({ at: i, col: columns(m[1]), marker: m[2], text: m[3] });
	}
	// Most notes have no letter point at all: the practice questions are looked for only in those that do.
	if (points.filter((p) => !/^\d/.test(p.marker)).length < MIN_LETTERS) return null;
	const practice = practiceLines(lines, lines.map(() => false));
	points = points.filter((p) => !practice.has(p.at + 1));
	// "II." anywhere makes "I." and "V." Roman numerals, not letters.
	const roman = points.some((p) => p.marker.startsWith("II"));
	const isHeading = (p: (typeof points)[number]): boolean => roman && p.col === 0 && ROMAN.test(p.marker);
	const letters = points.filter((p) => LETTER.test(p.marker) || isHeading(p)).length;
	const nested = points.some((p, k) => k + 1 < points.length && points[k + 1].col > p.col && (LETTER.test(p.marker) || LETTER.test(points[k + 1].marker)));
	if (letters < MIN_LETTERS || !nested) return null;
	// Depth by indentation: the columns the points stand at, in order, each one level deeper.
	const levels = [...new Set(points.filter((p) => !isHeading(p)).map((p) => p.col))].sort((a, b) => a - b);
	const out = lines.slice();
	for (const p of points) {
		if (isHeading(p)) out[p.at] = `## ${p.text}`;
		else {
			const depth = levels.indexOf(p.col);
			// A numbered point stays numbered ("1." keeps marking a step); a letter point is a bullet.
			out[p.at] = `${"\t".repeat(depth)}${/^\d/.test(p.marker) ? `${p.marker.replace(")", ".")} ` : "- "}${p.text}`;
		}
	}
	return out;
}
