/**
 * Key terms a note marks without bold: ==highlights==, figures with a unit and the names that open
 * a run of "Term: description" bullets. `buildFacts` reads them like bold spans.
 */

import type { BoldSpan, NoteModel } from "../note/types";
import { namesAThing } from "./headings";

/** A figure with a unit of time or size: "15 minutes", "1 to 35 days", "7–30 days", "10 GB", "256 KiB" (not the "400,000 GB" of "400,000 GB-s"). */
const FIGURE =
	/(^|[^\p{L}\p{N}.,])((?:\d+(?:\.\d+)?\s?(?:to|-|–)\s?)?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|bytes?|KB|MB|GB|TB|PB|KiB|MiB|GiB|TiB))(?![\p{L}\p{N}]|-\p{L})/gu;
/** An Obsidian highlight: "==Global tables==". */
const HIGHLIGHT = /==(\S(?:[^=\n]{0,78}\S)?)==/g;
/** "Term: description", "Term – description", "Term = description" (an item that names something first). */
const LEAD = /^([\p{Lu}\p{N}][\p{L}\p{N}/+.'()-]*(?:\s[\p{L}\p{N}/+.'()-]+){0,3})\s*(?::|\s[–—-]|\s=)\s+\S/u;

/**
 * Key terms a note marks without bold: ==highlights==, figures with a unit ("15 minutes", "10 GB")
 * and the names that open a run of "Term: description" bullets. Returned as bold spans (offsets of
 * the whole mark in the raw line) so that every generator reads them like bold terms.
 */
export function implicitTerms(note: NoteModel, isHeading: Uint8Array): BoldSpan[] {
	const out: BoldSpan[] = [];
	const code = (raw: string): [number, number][] => {
		const ranges: [number, number][] = [];
		for (const m of raw.matchAll(/`[^`]*`/g)) ranges.push([m.index, m.index + m[0].length]);
		return ranges;
	};
	for (let l = 1; l <= note.lines.length; l++) {
		if (note.isCode[l - 1] || isHeading[l - 1] === 1) continue;
		const raw = note.lines[l - 1];
		if (raw.indexOf("==") === -1 && !/\d/.test(raw)) continue;
		const inCode = code(raw);
		const free = (a: number, b: number): boolean => !inCode.some(([x, y]) => a < y && b > x);
		for (const m of raw.matchAll(HIGHLIGHT)) if (free(m.index, m.index + m[0].length)) out.push({ line: l, start: m.index, end: m.index + m[0].length, text: m[1] });
		for (const m of raw.matchAll(FIGURE)) {
			const start = m.index + m[1].length;
			if (free(start, start + m[2].length)) out.push({ line: l, start, end: start + m[2].length, text: m[2] });
		}
	}
	// Lead terms: only in a run of two or more sibling bullets of the same form, the sign of a list of things of one kind.
	const leads = new Map<number, { start: number; end: number; text: string; parent: number }>();
	for (const item of note.listItems) {
		const raw = note.lines[item.line - 1] ?? "";
		if (note.isCode[item.line - 1] || /^\s*[-*+]\s+\*\*|__/.test(raw) || item.text.includes("[[")) continue;
		const m = LEAD.exec(item.text);
		// "- NOT: NLB, CLB, ...", "- Tip: ...": a label of the student's, no thing of a list (blind read 132).
		if (!m || !namesAThing(m[1]) || /^(?:not|no|never|only|also|note|tip|trap|warning|important|gotcha|why|how|when|yes|ok)$/i.test(m[1])) continue;
		// "Al rotar:", "When rotating:", "Se apagar:": a clause saying when, no name (blind read 146).
		if (/^(?:al|cuando|si|para|ao|quando|se|pra|when|if|after|before|while|once|upon|during)\s/i.test(m[1])) continue;
		const at = raw.indexOf(item.text);
		if (at === -1) continue;
		leads.set(item.line, { start: at, end: at + m[1].length, text: m[1], parent: item.parent });
	}
	const perParent = new Map<number, number>();
	for (const lead of leads.values()) perParent.set(lead.parent, (perParent.get(lead.parent) ?? 0) + 1);
	for (const [line, lead] of leads) {
		if ((perParent.get(lead.parent) ?? 0) >= 2 && lead.end - lead.start > 1) out.push({ line, start: lead.start, end: lead.end, text: lead.text });
	}
	return out;
}

