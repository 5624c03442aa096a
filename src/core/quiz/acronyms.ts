/**
 * Acronyms a prompt gives away: spelled out in words ("software bill of materials" for SBOM) or shown
 * by their initials ("(ASL)" for Amazon States Language). A student matches the letters.
 */

/**
 * True when `text` spells out an acronym of `key`: "software bill of materials" for "SBOM export",
 * "multi-factor authentication" for "MFA Delete". A student matches the initials (blind read 20).
 */
export function spellsOutAcronym(text: string, key: string): boolean {
	const written = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
	const all = written.map((w) => w.toLowerCase());
	// With its small words ("bill of materials" is SBOM) or without them ("identity and access management" is IAM),
	// or without an acronym inside it ("web ACL capacity units" is WCU, blind read 44).
	const readings = [all, all.filter((w) => !/^(?:of|and|the|for|to|a|an)$/.test(w)), written.filter((w) => !/^\p{Lu}{2,}s?$/u.test(w)).map((w) => w.toLowerCase())];
	// Or with an acronym inside it read as its letters ("Augmented AI" is A, A, I), unless it is the key's own.
	const lettered = written.flatMap((w) => (/^\p{Lu}{2,4}$/u.test(w) ? [...w.toLowerCase()] : [w.toLowerCase()]));
	// "RCPs" is spelled out by "resource control policies" (blind read 35), "OUs" by "organizational units" (read 51).
	for (const acronym of key.match(/\b(?:\p{Lu}{2,6}|\p{Lu}[2-4]\p{Lu})(?:s\b|\b)/gu) ?? []) {
		for (const letters of spelledLetters(acronym)) {
			const ways = all.includes(letters) ? readings : [...readings, lettered];
			// "multi-factor" gives "m" and "f"; "materials" gives "m".
			if (ways.some((words) => words.some((_, i) => [...letters].every((letter, j) => words[i + j]?.startsWith(letter))))) return true;
		}
	}
	return false;
}

/** An acronym's letters as a text spells them out: "A2I" is a, a, i; "AWSTOE" is AWS and TOE (blind read 81). */
function spelledLetters(acronym: string): string[] {
	const spelled = acronym.replace(/s$/, "").replace(/(\p{Lu})([2-4])/gu, (_, letter: string, n: string) => letter.repeat(Number(n))).toLowerCase();
	return spelled.length > 4 && spelled.startsWith("aws") ? [spelled, spelled.slice(3)] : [spelled];
}

/**
 * True when `text` shows the initials of `key` as a word: "(ASL)" for "Amazon States Language",
 * "KDS" for "Kinesis Data Streams". A student matches the letters (blind read 21).
 */
export function showsInitials(text: string, key: string): boolean {
	const words = key.split(/[^\p{L}\p{N}]+/u).filter((w) => /^\p{Lu}/u.test(w));
	if (words.length < 2) return false;
	const initials = (ws: string[]): string => ws.map((w) => w[0]).join("");
	const readings = [initials(words), initials(words.filter((w) => !/^(?:Amazon|AWS)$/.test(w)))].filter((r) => r.length >= 2);
	return readings.some((r) => new RegExp(`\\b${r}s?\\b`, "u").test(text));
}
