/** Which bold terms of a note are key terms worth asking for, and which are labels or emphasis. */

import type { BoldTerm } from "./facts";

/** A bold term worth asking for: not a category label, not the service itself, not a "X = Y" pair. */
export function isKeyTerm(b: BoldTerm): boolean {
	// "**Why not CloudFront?**", "**Ano ito?**" ("What is it?"): a question the line answers, no term (blind read 151).
	return !b.label && !b.self && !/[=]/.test(b.term) && !/[:?]$/.test(b.term) && b.term.length >= 2 && !EMPHASIS.test(b.term);
}

/**
 * Category words that label a bullet rather than name a thing ("**Auth**: broker users", "**Serverless** -
 * capacity in DPUs", blind read 61); the labels of a practice review ("trap:", "i picked:", blind read 50).
 */
export const GENERIC_TERM =
	/^(?:todo|tbd|fixme|update|correction|security|pricing|price|cost|costs|performance|monitoring|availability|durability|scaling|scalability|networking|storage|limits|integration|integrations|reliability|compliance|management|auth|authentication|authorization|encryption|serverless|logging|auditing|capacity|throughput|billing|quotas?|setup|config(?:uration)?|architecture|protocols?|permissions|maintenance|features?|benefits?|use cases?|overview|summary|basics|notes?|traps?|why|gist|right|wrong|(?:i )?picked|(?:my )?answer|correct(?: answer)?|mistakes?|lessons?|takeaways?|tips?|gotchas?|fix|problem|issue|cause|reason|result)$/i;

/** Words for anything at all: "Direct access to ____ from the client" for "AWS resources" asks nothing (blind read 114). */
export const VAGUE_TERM = /^(?:aws|amazon|cloud|your|other)\s+(?:resources?|services|things|stuff|apps|applications|workloads|components)$/i;

/**
 * Bold used for emphasis, not for a term: "they do **not** affect", "**always** encrypted",
 * "**Not** a backup", "**Niemand**" (nobody), "**ΔΕΝ**" (not), "**DynamoDB δεν**". Blanking or swapping such a word makes a question about grammar.
 */
const EMPHASIS =
	/^(?:(?:not|no|never|only|always|all|any|none|must|cannot|can't|can ?not|don't|do not|doesn't|does not|won't|isn't|aren't|is|are|and|or|but|very|highly|free|important|note|warning|tip|wrong|right|correct|true|false|both|each|every|same|yes|must not|should|shouldn't|required|optional|recommended|default|by default|instead|niemand|nie|nicht|keine?|libre|gratis|gratuit[oae]?|gr[aá]tis|darmow[aey]|kostenlos|immer|nur|jeder|nadie|nunca|siempre|todos|ning[uú]n|personne|jamais|toujours|seulement|nessuno|sempre|tutti|ningu[eé]m|apenas|nu|doar|niciodat[aă]|mereu)\b.*|(?:δεν|όχι|οχι|μην|μόνο|πάντα)(?:\s.*)?|.*\b(?:not|never)|.*\s(?:δεν|όχι|μην|nie|nu))$/iu;

/** A letter of another script: Greek, Cyrillic, Japanese, Chinese, Korean, Arabic, Hebrew, Devanagari, Thai. */
const OTHER_SCRIPT = /[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}]/u;

/**
 * A word of another language in Latin letters: an umlaut, accent or Polish letter, a case ending after an
 * apostrophe ("template'u", "bucket'a"), or a German, Spanish, Portuguese or Italian ending.
 */
const LATIN_FOREIGN = /[äöüßàáâãçèéêìíñòóôõùúąćęłńśźżăîșț]|\p{L}'(?!(?:s|t|ll|re|ve|d|m)\b)\p{Ll}{1,2}\b|\p{L}{3}(?:isch(?:e[nrms]?)?|ung(?:en)?|keit|heit|lich(?:e[nrms]?)?|iert|ieren|ci[oó]n(?:es)?|amiento|zione|zioni)(?![\p{L}])/iu;

/** "Ochrona zasobów", "Sekcje template'u", "Réplicas": words of a language written in Latin letters, not English. */
export function saysLatinForeignWord(text: string): boolean {
	return LATIN_FOREIGN.test(text);
}

/**
 * "Dynamische Requests", "Particionamiento", "90 дней", "最低30日": a term with a word of the note's own
 * language, which a student may well type in English; not asked as a typed blank (blind reads 125, 129).
 */
export function saysForeignWord(term: string): boolean {
	return OTHER_SCRIPT.test(term) || LATIN_FOREIGN.test(term);
}
