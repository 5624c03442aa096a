/**
 * The forms of a scenario's answer: whether it reads as a name or a clause, and the form in which the
 * note's own lists name an option ("Glacier Deep Archive" for "S3 Glacier Deep Archive").
 */

import { choiceType } from "./choiceType";
import type { ItemFact, QuizFacts } from "./facts";
import { headingAbove, listPeers, PLACEHOLDER } from "./leads";
import { isSelf } from "./names";
import { tableForm, tablePeers } from "./tables";
import { withoutKindWord } from "./terms";
import { choiceKey } from "./text";

/** Lower-case words that do not make a phrase a clause ("Rolling with additional batch"). */
const FUNCTION_WORD = /^(?:a|an|the|of|for|to|in|on|at|by|with|and|or|per|via|from|into|over)$/;

/**
 * A phrase that reads as a clause, not a name: three or more lower-case content words ("AWS
 * resources resolve on-prem domains"), where names have at most two ("Resolver inbound endpoint").
 */
export function readsAsClause(text: string): boolean {
	return text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !FUNCTION_WORD.test(w)).length >= 3;
}

/** A choice that reads as a name: a service or a short capitalised term (not a sentence). */
export function isNameLike(text: string): boolean {
	// "TODO", "Security": the student's markers and topic labels are no option (blind read 32).
	if (/^(?:todo|tbd|fixme|update|correction|note|security|pricing|limits?)$/i.test(text.trim())) return false;
	const t = choiceType(text);
	return t === "service" || (t === "term" && (/^[\p{Lu}\p{N}]/u.test(text) || isModelName(text)) && text.split(/\s+/).length <= 5 && !readsAsClause(text) && !endsInVerb(text));
}

/** A name written in lower case with a digit: "gp3", "io2 Block Express", "t3.micro", "r6g". */
export function isModelName(text: string): boolean {
	return /^\p{Ll}+\d/u.test(text);
}

/** A short capitalised or bold term: "Standard", "Run Command", "Patch Manager + Maintenance Windows". */
export function isNamedOption(answer: string, facts: QuizFacts, line: number): boolean {
	const words = answer.split(/\s+/).filter((w) => w !== "+" && w !== "&");
	if (words.length > 4 || readsAsClause(answer)) return false;
	if (endsInVerb(answer)) return false;
	// "pick target tracking": the note's list names it ("Target tracking - pick a metric ...").
	if (/^[\p{Lu}\p{N}]/u.test(answer) || tablePeers(facts.note, answer) !== null || (listPeers(facts, answer)?.length ?? 0) > 0) return true;
	return facts.bold.some((b) => b.line === line && choiceKey(b.term) === choiceKey(answer));
}

/**
 * The form in which the note's lists name an option: the cue's own ("Long polling"), or the cue's
 * less its first words when only that is listed ("S3 Glacier Deep Archive" → "Glacier Deep Archive").
 */
export function listForm(facts: QuizFacts, answer: string, isCue: (item: ItemFact) => boolean): string {
	const words = answer.split(/\s+/);
	for (let drop = 0; drop <= 2 && words.length - drop >= 2; drop++) {
		const rest = words.slice(drop).join(" ");
		if (listPeers(facts, rest, isCue) !== null) return rest;
	}
	// "latency-based routing" is the list's "Latency-based".
	const bare = withoutKindWord(answer);
	const listed = bare === answer || !kindNamedAbove(facts, bare, answer.slice(bare.length)) ? null : listPeers(facts, bare, isCue);
	if (listed !== null) return facts.items.map((i) => i.bold[0]?.term ?? "").find((t) => choiceKey(t) === choiceKey(bare)) ?? bare;
	// "DataBrew" is the Glue note's "Glue DataBrew": its list writes the note's service in front (blind read 61).
	const own = facts.items.map((i) => i.bold[0]?.term ?? "").find((t) => t.toLowerCase().endsWith(` ${answer.toLowerCase()}`) && isSelf(facts.names, t.slice(0, -answer.length).trim()));
	if (own !== undefined && listPeers(facts, own, isCue) !== null) return own;
	// "Latency routing" is the routing policy table's "Latency".
	return tableForm(facts.note, answer) ?? answer;
}

/**
 * True when the list that names `bare` is headed by the kind word dropped from it: "Weighted" under
 * "Routing policies" is the "weighted policy"; "Bucket" under "Core concepts" is no "bucket policy"
 * (blind read 16 keyed "Bucket" for cross-account access).
 */
function kindNamedAbove(facts: QuizFacts, bare: string, kindWords: string): boolean {
	const stem = kindWords.trim().toLowerCase().split(/\s+/)[0]?.slice(0, 5) ?? "";
	const item = facts.items.find((i) => i.plain.toLowerCase().startsWith(bare.toLowerCase()));
	if (stem === "" || item === undefined) return false;
	const parent = item.item.parent === -1 ? undefined : facts.itemByIndex.get(item.item.parent);
	const above = headingAbove(facts, item.line);
	const heading = facts.note.headings.find((h) => h.line === above);
	return [parent?.plain, heading?.plain].some((t) => t !== undefined && t.toLowerCase().includes(stem));
}

/** "NAT GW needed", "Lambda polls": a thing and what it does or needs is a clause, no option (blind read 26). */
function endsInVerb(text: string): boolean {
	return /\s(?:needed|required|recommended|used|enabled|disabled|needs|polls|works|applies|happens)$/i.test(text.trim());
}

/**
 * The other side of an "X vs Y" bullet or heading of the note when `option` is one side ("User Pool vs
 * Identity Pool" for "User Pool"), or null. A cue keyed by one side is asked between the two: the note
 * sets them apart (blind read 69).
 */
export function versusPeer(facts: QuizFacts, option: string): string | null {
	const one = (s: string): string => choiceKey(s).replace(/s$/, "");
	const lines = [...facts.items.map((i) => i.plain), ...facts.note.headings.map((h) => h.plain)];
	for (const text of lines) {
		const m = /^([\p{L}\p{N}][\p{L}\p{N} -]{0,40}?)\s+vs\.?\s+([\p{L}\p{N}][\p{L}\p{N} -]{0,40}?)[.:]?$/u.exec(text.trim());
		if (m === null || m[2].split(/\s+vs\.?\s+/).length > 1 || PLACEHOLDER.test(m[1]) || PLACEHOLDER.test(m[2])) continue;
		if (one(m[1]) === one(option)) return m[2];
		if (one(m[2]) === one(option)) return m[1];
	}
	return null;
}
