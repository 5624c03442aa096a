/**
 * Terms that open a line: "**FIFO** = strict ordering", "**Standard tier**: free ...". Lines that
 * open the same way one after another list things of one kind, so their opening terms fill the
 * same slot: the right wrong answers for each other (true/false swaps, fill-blank choices).
 */

import type { BoldTerm, ItemFact, QuizFacts } from "./facts";
import { choiceKey, stripEnd, withoutAsides, wordCount } from "./text";

/** The term a line opens with, and what follows it: "**FIFO** = strict ordering" → FIFO and "=". */
export function leadOf(facts: QuizFacts, line: number): { term: BoldTerm; sep: string } | null {
	const raw = facts.note.lines[line - 1] ?? "";
	const first = firstTermOf(facts).get(line);
	if (first === undefined || !/^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\[.\]\s+)?$/.test(raw.slice(0, first.start))) return null;
	// "**General Purpose** (default) – ...": a parenthesis may stand between the term and its separator.
	const sep = /^\s*(?:\([^)]*\)\s*)?([:=→–—-])/.exec(raw.slice(first.end));
	return sep ? { term: first, sep: sep[1] === "—" || sep[1] === "-" ? "–" : sep[1] } : null;
}

/** True when `term` is the term its line opens with. */
export function opensItsLine(facts: QuizFacts, term: BoldTerm): boolean {
	return leadOf(facts, term.line)?.term === term;
}

/** The first key term of each line, computed once per facts (lines are looked up again and again). */
const firstTerms = new WeakMap<QuizFacts, Map<number, BoldTerm>>();
function firstTermOf(facts: QuizFacts): Map<number, BoldTerm> {
	let map = firstTerms.get(facts);
	if (map === undefined) {
		map = new Map();
		for (const b of facts.bold) {
			const seen = map.get(b.line);
			if (seen === undefined || b.start < seen.start) map.set(b.line, b);
		}
		firstTerms.set(facts, map);
	}
	return map;
}

/** Heading lines of the note, as a set. */
const headingLines = new WeakMap<QuizFacts, Set<number>>();
function isHeadingLine(facts: QuizFacts, line: number): boolean {
	let set = headingLines.get(facts);
	if (set === undefined) {
		set = new Set(facts.note.headings.map((h) => h.line));
		headingLines.set(facts, set);
	}
	return set.has(line);
}

/** Lead terms of the neighbouring lines that open the same way (same list, no heading between). */
export function siblingTerms(facts: QuizFacts, line: number): string[] {
	const own = leadOf(facts, line);
	if (own === null) return [];
	const parent = facts.itemByLine.get(line)?.item.parent;
	const out: string[] = [];
	for (const step of [-1, 1]) {
		for (let l = line + step, seen = 0; l >= 1 && l <= facts.note.lines.length && seen < 30; l += step, seen++) {
			if (isHeadingLine(facts, l)) break;
			if (facts.note.lines[l - 1].trim() === "") continue;
			const item = facts.itemByLine.get(l);
			if (item !== undefined && item.item.parent !== parent) continue;
			const lead = leadOf(facts, l);
			if (lead === null || lead.sep !== own.sep) break;
			out.push(lead.term.term);
		}
	}
	return out;
}


/**
 * The term a list item names, and how: its leading bold term ("**Worker tier**: ..."), its label
 * ("Worker tier: runs background jobs"), or the whole item when it is a short name ("Worker tier").
 */
function itemTerm(facts: QuizFacts, item: ItemFact): { term: string; how: "lead" | "label" | "name" } | null {
	const lead = leadOf(facts, item.line);
	if (lead !== null) return { term: lead.term.term, how: "lead" };
	const label = /^([^:=–—→]{1,48}?)\s*(?:[:=–—]|\s-\s)\s*\S/.exec(item.plain);
	if (label !== null && wordCount(label[1]) <= 5) return { term: stripEnd(withoutAsides(label[1])), how: "label" };
	if (item.item.children.length === 0 && wordCount(item.plain) <= 4 && !/[.!?]$/.test(item.plain)) return { term: stripEnd(withoutAsides(item.plain)), how: "name" };
	return null;
}

/** Line of the heading an item stands under (0 before the first heading). */
function headingAbove(facts: QuizFacts, line: number): number {
	let above = 0;
	for (const h of facts.note.headings) if (h.line < line && h.line > above) above = h.line;
	return above;
}

/**
 * The other terms of the list that names `term` ("Worker tier" among "Web server tier", ...): items
 * of one parent under one heading, written the same way. Null when no list item names the term.
 * Options of one list are of one kind, so they are the fair wrong answers for each other; `skip`
 * leaves out items that are not options (exam cues in the same list).
 */
export function listPeers(facts: QuizFacts, term: string, skip: (item: ItemFact) => boolean = () => false): string[] | null {
	const key = choiceKey(term);
	for (const item of facts.items) {
		if (skip(item)) continue;
		const own = itemTerm(facts, item);
		if (own === null || choiceKey(own.term) !== key) continue;
		const heading = headingAbove(facts, item.line);
		const peers: string[] = [];
		for (const other of facts.items) {
			if (other === item || other.item.parent !== item.item.parent || skip(other) || headingAbove(facts, other.line) !== heading) continue;
			const t = itemTerm(facts, other);
			if (t !== null && t.how === own.how && choiceKey(t.term) !== key) peers.push(t.term);
		}
		return peers;
	}
	return null;
}
