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
		if (hit !== undefined) return hit;
		const names = new Set<string>([candidate.replace(/\s*\([^)]*\)\s*$/, "")]);
		for (const e of findServices(candidate)) {
			for (const n of e.names) names.add(n);
			if (e.abbr) names.add(e.abbr);
		}
		hit = linked.some((l) => sameService(l, candidate));
		for (const n of names) {
			if (hit) break;
			const bare = n.replace(/^(?:amazon|aws)\s+/i, "").trim();
			// Short abbreviations ("EC2", "S3") count as words; one or two letters are too ambiguous.
			for (const form of [n, bare]) {
				if (form.length < 3 && !/\d/.test(form)) continue;
				const w = words(form);
				if (w !== "  " && text.includes(w)) {
					hit = true;
					break;
				}
			}
		}
		memo.set(candidate, hit);
		return hit;
	};
}
