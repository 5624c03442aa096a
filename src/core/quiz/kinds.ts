/** The kind of thing a heading, a table's first column or a topic bullet says its members are. */

import { isKnownService } from "./names";
import { containsText, wordCount } from "./text";

/** "Classes" → "class", "Policy" → "policy", "Hosted zones" → "hosted zone", "" or "Name" → "one". */
export function nounOf(header: string, names: readonly string[]): string {
	if (names.every((n) => isKnownService(n))) return "service";
	const h = header.trim().toLowerCase();
	// "full", "short": a column of names written one way is no kind of thing (blind read 121).
	if (h === "" || wordCount(h) > 3 || /^(?:name|names|item|thing|option|options|#|full|short|long|full name|short name|long form|short form|abbr|abbreviation|old|new|term|terms|what|which)$/.test(h)) return "one";
	return h.replace(/ies$/, "y").replace(/(?:ss)es$/, "ss").replace(/([^s])s$/, "$1");
}

/**
 * True when two or more of the names, but not all, are of the kind their heading names: "Auto created
 * records" beside "Public hosted zone" and "Private hosted zone" under "Hosted zones" is no hosted zone,
 * a wrong choice ruled out by its name (blind read 49).
 */
export function partlyOfItsKind(header: string, names: readonly string[]): boolean {
	const noun = nounOf(header, names);
	const ofNoun = names.filter((n) => containsText(n, noun)).length;
	return ofNoun >= 2 && ofNoun < names.length;
}
