/**
 * Terms that open a line: "**FIFO** = strict ordering", "**Standard tier**: free ...". Lines that
 * open the same way one after another list things of one kind, so their opening terms fill the
 * same slot: the right wrong answers for each other (true/false swaps, fill-blank choices).
 */

import type { BoldTerm, ItemFact, QuizFacts } from "./facts";
import { EMOJI_RE, withoutEmoji } from "../emoji";
import { nearDuplicate, termShape } from "./terms";
import { GENERIC_TERM } from "./keyTerms";
import { prefixedTablePeers, tablePeers } from "./tables";
import { choiceKey, clean, containsText, startsWithBaseVerb, stripEnd, withoutAsides, withoutNumbering, wordCount } from "./text";
import { labelText } from "./sections";
import { namesOnly } from "./prose";

/** The term a line opens with, and what follows it: "**FIFO** = strict ordering" → FIFO and "=". */
export function leadOf(facts: QuizFacts, line: number): { term: BoldTerm; sep: string } | null {
	const first = openingTerm(facts, line);
	if (first === null) return null;
	// "**General Purpose** (default) – ...": a parenthesis may stand between the term and its separator.
	const sep = /^\s*(?:\([^)]*\)\s*)?([:=→–—-])/.exec((facts.note.lines[line - 1] ?? "").slice(first.end));
	return sep ? { term: first, sep: sep[1] === "—" || sep[1] === "-" ? "–" : sep[1] } : null;
}

/** The key term a line opens with ("**Long polling** waits ...", "- ✅ **Standard**: ..."), or null. */
function openingTerm(facts: QuizFacts, line: number): BoldTerm | null {
	const raw = facts.note.lines[line - 1] ?? "";
	const first = firstTermOf(facts).get(line);
	// "- ✅ **Standard**: ...": an emoji marking the bullet stands before the term.
	if (first === undefined || !/^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\[.\]\s+)?$/.test(raw.slice(0, first.start).replace(EMOJI_RE, ""))) return null;
	return first;
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
	const ownText = afterTerm(facts.note.lines[line - 1], own.term.end);
	const ownValue = statesAValue(ownText);
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
			const value = afterTerm(facts.note.lines[l - 1], lead.term.end);
			if (statesAValue(value) && !ownValue) continue;
			// "Bucket names: 3-63 chars" and "Buckets per account: 10,000": values of other kinds, so either
			// label said of the other's value is nonsense, not a false statement (blind read 19).
			if (ownValue && valueKind(value) !== valueKind(ownText)) continue;
			out.push(lead.term.term);
		}
	}
	return out;
}

/**
 * True for a label that names a topic of the note, not a thing: "High availability", "Request quotas",
 * "Standard ports (TLS)", "Deleting a key", "Regional". Said of another topic's text, the text often
 * stays true ("High availability – OpenWire 61617, ...", blind read 68): no false statement.
 */
export function topicLabel(label: string): boolean {
	const words = withoutAsides(label).trim().split(/\s+/);
	const last = words[words.length - 1] ?? "";
	return GENERIC_TERM.test(label) || /^(?:availability|quotas?|limits?|ports?|integrations?|pricing|regions?)$/i.test(last) || /^\p{L}+ing\s+(?:a|an|the)\s/iu.test(label) || (words.length === 1 && /^\p{Lu}\p{Ll}+(?:al|ic|ive|ous)$/u.test(last));
}

/** The text after a line's opening term and its separator: "**TTL** – how long ..." → "how long ...". */
function afterTerm(raw: string, end: number): string {
	return clean(raw.slice(end)).replace(/^\s*(?:\([^)]*\)\s*)?[:=→–—-]?\s*/, "");
}

/**
 * The kind of a value, by the unit of its first figure: "5 TB" and "256 KB" are sizes, "15 min" a
 * time, "3-63 chars" counts characters, "10,000 by default" is a bare number; "text" without a figure.
 */
function valueKind(value: string): string {
	const m = /\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?\s*([\p{L}%]+)?/u.exec(value);
	if (m === null) return "text";
	const shape = termShape(m[0]);
	if (shape !== "number") return shape;
	const unit = (m[1] ?? "").toLowerCase();
	return /^(?:by|to|per|max|min|and|or|default|now|in|at|of|is|are)$/.test(unit) ? "" : unit;
}

/**
 * True when a description gives a value, not what a thing does: "up to 15 months", "1, 10, 100 Gbps",
 * "usually weeks", "not encrypted by default", "how long resolvers cache a record", "OK, ALARM,
 * INSUFFICIENT_DATA". Such a line names a setting or a limit ("Metric retention", "TTL"), which is no
 * fair wrong answer where the key is a thing that does something ("Composite alarms", "Alias record").
 */
export function statesAValue(description: string): boolean {
	const d = description.trim();
	// "1, 10, 100 Gbps" or "$0.40 a month" is a value; "1 or 3 year commitment for a large discount" describes a thing.
	if (/^[$€£~≈<>≤≥\d]/.test(d)) return wordCount(d.split(/[,;(]/)[0]) <= 5;
	if (VALUE_START.test(d)) return true;
	const parts = stripEnd(d).split(/\s*,\s*/);
	// A list of names or figures ("OK, ALARM, INSUFFICIENT_DATA"), not of qualities ("fastest, with downtime").
	return parts.length >= 2 && parts.every((p) => wordCount(p) <= 2 && /^[\p{Lu}\p{N}]/u.test(p));
}

/** Words that open a value rather than a description: "up to 15 months", "usually weeks", "how long ...". */
const VALUE_START =
	/^(?:up to|at most|at least|about|around|roughly|approx(?:imately)?|usually|typically|often|never|always|not|no|none|yes|free|unlimited|default|by default|min(?:imum)?|max(?:imum)?|one of|how (?:long|many|much|often|far))\b/i;

/**
 * The term a list item names, and how: its leading bold term ("**Worker tier**: ..."), its label
 * ("Worker tier: runs background jobs"), or the whole item when it is a short name ("Worker tier").
 */
function itemTerm(facts: QuizFacts, item: ItemFact): { term: string; how: "lead" | "label" | "name"; value: boolean } | null {
	const found = itemTermOf(facts, item);
	// "**Prereqs for a managed node**" heads what a thing needs, no option beside "Session Manager" (blind read 37).
	return found !== null && NOT_AN_OPTION.test(found.term) ? null : found;
}

// "✅ Right: ..." / "❌ Trap: ..." in a practice review mark answers, no option beside "Event history" (blind read 44).
const NOT_AN_OPTION = /^(?:prereqs?|prerequisites?|requirements?|notes?|tips?|gotchas?|troubleshooting|set ?up|how to|why|when|what|right|wrong|traps?|correct|(?:my )?answer|mistakes?|fix|solution|verdict)\b|\b(?:way|approach)$/i;

function itemTermOf(facts: QuizFacts, item: ItemFact): { term: string; how: "lead" | "label" | "name"; value: boolean } | null {
	// "**Visibility timeout**: hides ..." and "**Long polling** waits ...": a bold term opens the item.
	const lead = openingTerm(facts, item.line);
	if (lead !== null) return { term: lead.term, how: "lead", value: statesAValue(afterTerm(facts.note.lines[item.line - 1], lead.end)) };
	const label = /^([^:=–—→]{1,48}?)\s*(?:[:=–—]|\s-\s)\s*(\S.*)$/.exec(item.plain);
	if (label !== null && wordCount(label[1]) <= 5) return { term: stripEnd(withoutAsides(label[1])), how: "label", value: statesAValue(label[2]) };
	if (item.item.children.length === 0 && wordCount(item.plain) <= 4 && !/[.!?]$/.test(item.plain)) return { term: stripEnd(withoutAsides(item.plain)), how: "name", value: false };
	return null;
}

/** Line of the heading an item stands under (0 before the first heading). */
export function headingAbove(facts: QuizFacts, line: number): number {
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
	// "Dead-letter queue" is named by "**Dead-letter queue (DLQ)**: ...".
	const names = (t: string) => choiceKey(t) === key || choiceKey(withoutAsides(t)) === key;
	for (const item of facts.items) {
		if (skip(item)) continue;
		const own = itemTerm(facts, item);
		if (own === null || !names(own.term)) continue;
		const heading = headingAbove(facts, item.line);
		const peers: string[] = [];
		for (const other of facts.items) {
			if (other === item || other.item.parent !== item.item.parent || skip(other) || headingAbove(facts, other.line) !== heading) continue;
			const t = itemTerm(facts, other);
			// "TTL – how long resolvers cache a record" names a setting: no wrong answer for "Alias record".
			if (t !== null && t.how === own.how && !names(t.term) && (own.value || !t.value)) peers.push(t.term);
		}
		return peers;
	}
	return null;
}

/**
 * Terms of the note's other lists that could stand beside `term` as options of the same service
 * ("Hosted connection", "LAG" beside "Direct Connect gateway"): list items written as a term and its
 * description, outside the lists that hold `term`, exam cues and use cases. An item whose line names
 * `term` works with it ("Transit VIF – reach a Transit Gateway via a Direct Connect gateway"), so it is
 * left out: it may be a second right answer.
 */
export function otherListTerms(facts: QuizFacts, term: string, skip: (item: ItemFact) => boolean = () => false): string[] {
	const key = choiceKey(term);
	const own = facts.items.find((i) => !skip(i) && itemTerm(facts, i)?.term === term);
	// Under "Deployment policies" the list says what kind its options are; the note's other lists hold
	// other kinds ("Worker tier" is no deployment policy: blind read 7).
	// A list under a parent bullet ("Purchasing options:") is named by it, as by a heading.
	if (own === undefined || own.item.parent !== -1 || headingNamesAKind(facts, own.line)) return [];
	const out: string[] = [];
	for (const item of facts.items) {
		if (skip(item) || item.item.parent !== -1 || item.section === "examTips" || item.section === "useCases" || containsText(item.plain, term) || headingNamesAKind(facts, item.line)) continue;
		const t = itemTerm(facts, item);
		if (t === null || t.how === "name" || t.value || choiceKey(t.term) === key) continue;
		out.push(t.term);
	}
	return out;
}

/**
 * What the note sets `term` against: "Alias vs CNAME?" gives CNAME for "Alias record". A side
 * matches when it is the term, or the term less a word of kind ("record", "policy", "mode", ...).
 */
export function versusPartners(facts: QuizFacts, term: string): string[] {
	const key = choiceKey(term);
	const short = /^(.+?)\s+(?:records?|types?|modes?|class(?:es)?|tiers?|options?|polic(?:y|ies)|routing|endpoints?|instances?|volumes?|queues?|topics?|tables?|indexes|keys?)$/i.exec(term)?.[1];
	const out: string[] = [];
	const texts = [...facts.note.headings.map((h) => h.plain), ...facts.items.map((i) => i.plain), ...[...facts.textByLine.values()].map((l) => l.plain)];
	for (const text of texts) {
		if (!/\s(?:vs\.?|versus)\s/i.test(text)) continue;
		const sides = versusSides(text);
		const at = sides.findIndex((x) => choiceKey(x) === key || (short !== undefined && choiceKey(x) === choiceKey(short)));
		if (at === -1) continue;
		for (const [i, x] of sides.entries()) if (i !== at && x !== "" && wordCount(x) <= 4 && !out.includes(x)) out.push(x);
	}
	return out;
}

/** The sides of "X vs Y" ("Alias vs CNAME?" → Alias, CNAME), without asides ("Firehose (always confusing them!!)", blind read 76). */
function versusSides(text: string): string[] {
	return text.split(/\s+(?:vs\.?|versus)\s+/i).map((x) => stripEnd(withoutAsides(x).replace(/[?:]\s*$/, "")).trim());
}

/**
 * The sides of the comparison a line is under: its heading's ("CloudFront vs Global Accelerator"), or
 * the note's own title's ("SQS vs SNS"); null when the line is under none.
 */
export function versusSidesAt(facts: QuizFacts, line: number): string[] | null {
	const at = headingAbove(facts, line);
	const heading = facts.note.headings.find((h) => h.line === at && h !== facts.note.title)?.plain ?? "";
	// "## 🆚 vs [[SNS]]" in the EventBridge note: the note's service against SNS; the emoji says nothing (blind read 28).
	const own = withoutEmoji(withoutNumbering(heading)).replace(/^(?=(?:vs\.?|versus)\s)/i, `${facts.names.short} `);
	for (const text of [own, withoutNumbering(facts.context.title)]) {
		if (!/\s(?:vs\.?|versus)\s/i.test(text)) continue;
		const sides = versusSides(text);
		// "Lambda vs others", "ECS vs the alternatives": a placeholder is no side to choose (blind read 31).
		// "vs SQS Standard / Kinesis" sets the note against two things, neither of them one side (blind read 42).
		// "Serverless v2 vs things I confuse it with": a side that speaks of the student is none (blind read 80).
		if (sides.every((x) => x !== "" && wordCount(x) <= 4 && !PLACEHOLDER.test(x) && !/\s\/\s/.test(x))) return sides;
	}
	return null;
}

/** A side that stands for any other ("others", "the alternatives", "everything else", "other stuff", blind read 119; "similar stuff", read 124), or speaks of the student ("things I confuse it with"). */
export const PLACEHOLDER = /^(?:the\s+)?(?:others?|alternatives?|rest|everything else|anything else|competitors?|the field|(?:other|similar|related) (?:services|options|stuff|things|tools)|stuff|misc)$|\b(?:I|it|me|my|them|they|you)\b/i;

/** Headings that say what kind of thing their list holds: "Deployment policies", "Types of VIF", "Which routing policies are there?". */
const KIND_HEADING = /\b(?:types|kinds|tiers|polic(?:y|ies)|modes|classes|families|levels|engines|strategies|methods|models|plans|patterns|storage classes|routing)\b/i;

/** True when the heading above `line` names the kind of its list (`KIND_HEADING`). */
function headingNamesAKind(facts: QuizFacts, line: number): boolean {
	const at = headingAbove(facts, line);
	const heading = facts.note.headings.find((h) => h.line === at);
	return heading !== undefined && KIND_HEADING.test(heading.plain);
}

/**
 * What an option belongs to when the note lists it under a bold lead line: "**Stored volumes**: ..."
 * below "**Volume Gateway** (block, iSCSI)" is a Volume Gateway mode, so "Volume Gateway" would be a
 * second right answer beside it (blind read 25). Null when the option's line has no such lead.
 */
export function boldLeadOf(facts: QuizFacts, option: string): string | null {
	const key = choiceKey(option);
	const own = facts.bold.find((b) => facts.itemByLine.has(b.line) && choiceKey(b.term).startsWith(key));
	if (own === undefined) return null;
	for (let l = own.line - 1; l >= 1; l--) {
		const text = facts.note.lineText(l);
		if (facts.note.headings.some((h) => h.line === l && h.kind !== "bold")) return null;
		if (text.trim() === "" || facts.itemByLine.has(l)) continue;
		// A lead line names the thing alone ("**Volume Gateway** (block, iSCSI)"); "**Amazon Route 53** is
		// the managed DNS service ..." is a paragraph about the note's service.
		const m = /^\s*\*\*([^*]{2,60})\*\*\s*(?:\([^)]*\)|[:–—-])?\s*$/.exec(text);
		return m ? m[1].trim() : null;
	}
	return null;
}

/** Items that label a part of a list rather than name an option of it. */
const LIST_LABEL = /^(?:(?:good|best|great|not) for|use (?:it )?(?:for|when)|when to use|scope|payment(?: options)?|pricing|price|cost|billing|notes?|limits?|examples?|why|how|when|gotchas?|tips?|summary)$/i;

/**
 * Wrong choices for an option cue ("→ Alias record"): what the note sets it against ("Alias vs
 * CNAME"), the other options of its list, then, when those are too few, the named options of the
 * note's other lists. An option no list of the note names is not asked (no pools).
 */
export function optionPools(facts: QuizFacts, answer: string, isCue: (item: ItemFact) => boolean): string[][] {
	// "gp3" in a cue table is one of the volumes of the note's volume table: a table lists things of one
	// kind, where a list's neighbours may not be ("Geolocation: add a Default record" beside "Also exists").
	const listed = listPeers(facts, answer, isCue);
	const table = tablePeers(facts.note, answer);
	const found = listed !== null && listed.length >= 2 ? listed : (table ?? listed);
	if (found === null) return [];
	// "Scope" and "Good for" beside "Standard RI" and "Convertible RI": labels of the list, no options (blind read 56).
	const option = (p: string): boolean => !LIST_LABEL.test(p.trim().replace(/:$/, ""));
	const peers = found.filter(option);
	// "Flexible Retrieval" beside one class in its list, all three in a table: the table's rows are its peers
	// too, before other lists' terms ("Glacier Vault Lock"), which are no options of its kind (blind read 25).
	const rows = found === listed ? prefixedTablePeers(facts.note, answer) : null;
	const more = rows === null ? [] : rows.filter((t) => !nearDuplicate(t, answer) && !peers.some((l) => nearDuplicate(l, t)));
	const versus = versusPartners(facts, answer);
	const kinds = new Set([...versus, ...peers, ...more].map(choiceKey)).size;
	return [versus, peers, more, kinds >= 2 ? [] : otherListTerms(facts, answer, isCue).filter(option)];
}

/** A line of a list: a marker, or the indented text of an item above. */
const LIST_LINE = /^(?:\s*(?:[-*+]|\d{1,3}[.)])\s|\s+\S)/;

/**
 * "- prevent members from leaving the org" under "Classic SCP examples:", "- AWS Site-to-Site VPN
 * connections" under "What you can attach:": a top-level bullet that opens with a verb's bare form, or
 * only names things, in a list a label line introduces, is a member of the list and claims nothing of
 * its own (blind read 147).
 */
export function listMember(facts: QuizFacts, it: ItemFact): boolean {
	if (it.item.parent !== -1 || !((/^\p{Ll}/u.test(it.plain) && startsWithBaseVerb(it.plain)) || namesOnly(it.plain))) return false;
	const lines = facts.note.lines;
	let l = it.line - 1;
	while (l >= 1 && LIST_LINE.test(lines[l - 1])) l--;
	return l >= 1 && labelText(lines[l - 1]) !== null;
}

/** Headings over lists of mistakes: "Common pitfalls", "Mistakes I made", "Gotchas", "Anti-patterns". */
const PITFALL_HEADING = /\b(?:pitfalls?|mistakes?|gotchas?|traps?|anti-?patterns?|don'?ts|errors? to avoid)\b/i;

/**
 * "Writing IAM policies for a key whose key policy does not trust the account" under "Common Pitfalls":
 * a mistake named by what one does, which says nothing true or false once cut from its heading (example vault).
 */
export function namesAMistake(facts: QuizFacts, line: number, statement: string): boolean {
	if (!/^\p{L}+ing\s/u.test(statement.trim())) return false;
	const around = facts.note.sections.filter((s) => s.startLine < line && line <= s.endLine);
	return around.some((s) => PITFALL_HEADING.test(clean(s.heading.plain)));
}
