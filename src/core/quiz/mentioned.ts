/**
 * Whether the note mentions a service (by any of its names, or by a link to it). A wrong choice the
 * note mentions may well be a second right answer ("encrypted with KMS" when the note also says
 * Secrets Manager keeps the passwords), so the generators offer only services the note never names.
 */

import { findServices } from "../links/catalog";
import type { QuizFacts } from "./facts";
import { sameService } from "./names";

/** Lower-case words (letters and digits) joined by single spaces, with a space at each end. */
function words(text: string): string {
	return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
}

/**
 * The word forms a candidate is written with: its names and abbreviation in the catalog, each also
 * without "Amazon"/"AWS"; one- and two-letter forms without a digit are too ambiguous to count.
 */
function formsOf(candidate: string): string[] {
	const names = new Set<string>([candidate.replace(/\s*\([^)]*\)\s*$/, "")]);
	for (const e of findServices(candidate)) {
		for (const n of e.names) names.add(n);
		if (e.abbr) names.add(e.abbr);
	}
	const out = new Set<string>();
	for (const n of names) {
		for (const form of [n, n.replace(/^(?:amazon|aws)\s+/i, "").trim()]) {
			if (form.length < 3 && !/\d/.test(form)) continue;
			const w = words(form);
			if (w.trim() !== "") out.add(w);
		}
	}
	return [...out];
}

/** True when `text` names the service `candidate` by any of its names ("CloudTrail" for "AWS CloudTrail"). */
export function namesService(text: string, candidate: string): boolean {
	const t = words(text);
	return formsOf(candidate).some((w) => t.includes(w));
}

/**
 * A predicate over candidate names, built once per note. A name counts as mentioned when its words
 * appear in a row in the note ("secrets manager" in "Secrets-Manager keeps..."): the note is split
 * into words once, so each candidate costs a substring search, not a regular expression.
 */
export function mentionedIn(facts: QuizFacts): (candidate: string) => boolean {
	const text = words(facts.note.lines.join("\n"));
	const linked = facts.links.map((l) => l.name);
	const memo = new Map<string, boolean>();
	return (candidate: string): boolean => {
		let hit = memo.get(candidate);
		if (hit === undefined) {
			hit = linked.some((l) => sameService(l, candidate)) || formsOf(candidate).some((w) => text.includes(w));
			memo.set(candidate, hit);
		}
		return hit;
	};
}

const FOIL_BEFORE = /\b(?:unlike|compared (?:to|with)|rather than|instead of|vs\.?|versus|than|not)\s+(?:an?\s+|the\s+)?(?:\[\[|\*\*)?$|\b(?:unlike|compared (?:to|with)|rather than|instead of)\s[^,.;:()]{0,40}$/i;

/**
 * Whether the name at `start` of a line is what the line sets its subject against: "Unlike [[RDS]], ...",
 * "DMS ≠ MGN" (read 80), "compared to building your own UI with [[Amplify]]" (read 150).
 */
export function setAgainst(line: string, start: number): boolean {
	return FOIL_BEFORE.test(line.slice(Math.max(0, start - 40), start)) || /≠|!=/.test(line);
}
