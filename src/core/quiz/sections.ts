/**
 * What part of a study note a heading or a label line opens, whatever the note calls it. The
 * template says Overview / Details / Use Cases / Exam Tips / References; other vaults say
 * "What it is", "How It Works", "Key Features", "When to pick it", "Gotchas", "Exam reminders:",
 * "See also". The quiz reads them all by their role: the generators ask about the overview, the
 * details, the use cases and the exam tips, and never about references.
 */

import type { NoteModel } from "../note/types";
import { clean, withoutNumbering } from "./text";

/** The parts of a note the quiz reads (named after the template's sections). */
export type SectionId = "overview" | "details" | "useCases" | "examTips" | "references";

/** A heading's text for matching: markup, numbering ("2.", "2.3", "IV)"), emoji and punctuation removed, lower case. */
function normalize(text: string): string {
	return withoutNumbering(clean(text))
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s]+/gu, " ")
		.replace(/\s+/g, " ")
		.trim();
}

// Checked in this order: "Exam use cases" is about the exam, "Related use cases" about use cases.
const ROLES: readonly [SectionId, RegExp][] = [
	// "When not to use it", "Not a good fit", "Alternatives", "Compare": what the service is NOT for.
	["details", /\b(?:when not|not a (?:good )?fit|not for|avoid|don'?t use|alternatives?|compare|comparisons?|compared|vs|versus|limitations?|(?:something|anything) else)\b/],
	["references", /^(?:references?|resources?|(?:useful |external )?links?|further reading|see also|connections|related(?: services?| notes?| links?| topics?)?|sources?|docs|documentation|official docs|reading list|learn more)$/],
	// "Common mistakes", "Misconceptions": each line states something wrong ("Thinking a subnet can
	// span AZs"), so like references it is never asked (blind read 20).
	["references", /\b(?:mistakes?|misconceptions?|myths?|wrong answers?|anti ?patterns?|errors i made)\b/],
	// A lab's procedure ("## Steps", "## Cleanup", "## Goal"): what the student clicked, not what is true
	// of the service ("alarm went to ALARM after ~3 min", blind read 27). Never asked.
	["references", /^(?:(?:lab )?steps?|setup|set ?up|clean ?up|tear ?down|goals?|objectives?|procedure|walk ?through|what i did|instructions|prereq(?:uisite)?s)$/],
	["examTips", /\b(?:what i learned|lessons learned|learnings|exam|exams|tips?|gotchas?|pitfalls?|caveats?|traps?|watch outs?|remember|key takeaways?|takeaways?|cram|cues?|test taking)\b/],
	["useCases", /\b(?:use ?cases?|usecases?|when to (?:use|pick|choose)|^(?:pick|use|choose) (?:it|this) (?:when|if)$|when (?:do|does|should|would|can|could|might) (?:i|you|we|one) use|what (?:is it|are they|s it) used for|why use|typical uses?|common uses?|best (?:for|fit)|good for|ideal for|scenarios?|real world uses?)\b/],
	["details", /^(?:details?|key details|more details)$/],
	// The same roles in Spanish, Portuguese, French, Italian and German notes (blind reads 115, 117).
	["references", /^(?:referencias|referências|références|riferimenti|fonti|enlaces|quellen|ver también|veja também|voir aussi|vedi anche|siehe auch)$/u],
	["examTips", /\b(?:examen|esame|prova|prüfung|prüfungstipps|consejos|consigli|dicas|conseils|trampas|pegadinhas|pièges|da ricordare)\b/u],
	["useCases", /^(?:casos de uso(?: comunes| comuns)?|casi d uso|cu[áa]ndo usar(?:lo)?|quando usar(?:lo)?|cas d ?usage|anwendungsf(?:ä|ae)lle)$/u],
	["overview", /^(?:(?:qu[ée] es|o que [ée]|qu est ce que|(?:che )?cos è|cosa è|was ist)(?: \p{L}[\p{L}\p{N} ]{0,40})?|resumen|resumo|résumé|riassunto|panoramica|überblick|introducción|introdução|introduzione)$/u],
	["overview", /^(?:overview|summary|intro|introduction|description|definition|about|what it is|what is it|what s it|what is (?:it|this|\p{L}[\p{L}\p{N} ]{0,40})|tl ?dr|in short|in a nutshell|the basics|basics)$/u],
];

/**
 * The role of a heading: "## 2. **Exam Tips:**" → examTips, "How It Works" → null (no named role:
 * see `headingRole`). Case, emphasis, numbering, emoji and a trailing colon do not matter.
 */
export function sectionIdOf(headingText: string): SectionId | null {
	const t = normalize(headingText);
	if (t === "" || t.split(" ").length > 8) return null;
	for (const [id, re] of ROLES) if (re.test(t)) return id;
	return null;
}

/**
 * The role of a section heading of a note: its named role, or "details" for any other heading
 * ("How It Works", "Key Features", "Pricing", "Core concepts"), which is the note's content.
 */
export function headingRole(headingText: string): SectionId {
	return sectionIdOf(headingText) ?? "details";
}

/**
 * A label line: a short line of its own that ends with ":" and introduces the list below it
 * ("Exam reminders:", "**Comparisons:**", "Related:"). Returns the label's text, or null.
 */
export function labelText(rawLine: string): string | null {
	const t = clean(rawLine);
	if (!t.endsWith(":")) return null;
	const body = t.slice(0, -1).trim();
	if (body === "" || body.split(/\s+/).length > 5) return null;
	return body;
}

/**
 * A note of no headings (typed on a phone: lines and blank lines, labels at most): its first paragraph
 * opens it, and the lines after it are its content, as under a "Details" heading (blind read 118: such
 * notes were read as one long overview and gave no quiz). Sets them in `sectionOf`, before labels apply.
 */
export function headinglessContent(note: NoteModel, sectionOf: (SectionId | null)[]): void {
	if (note.headings.some((h) => h !== note.title && h.kind !== "bold")) return;
	let l = note.frontmatter ? note.frontmatter.endLine + 1 : 1;
	const blank = (line: number): boolean => note.lines[line - 1].trim() === "" || note.title?.line === line;
	while (l <= note.lines.length && blank(l)) l++;
	while (l <= note.lines.length && !blank(l)) l++;
	for (; l <= note.lines.length; l++) sectionOf[l - 1] ??= "details";
}

/**
 * Label lines ("Exam reminders:", "**Comparisons:**", "Related:") open a part of their section:
 * from the label to the next heading or label, lines take the label's role. A label without a
 * named role ("Capacity modes:") makes what follows content, except inside exam tips and
 * references, which keep their role.
 */
export function applyLabels(note: NoteModel, sectionOf: (SectionId | null)[], isHeading: Uint8Array, listLines: ReadonlySet<number>, isText: (l: number) => boolean): void {
	const n = note.lines.length;
	let role: SectionId | null | undefined;
	for (let l = 1; l <= n; l++) {
		if (isHeading[l - 1] === 1) {
			role = undefined;
			continue;
		}
		if (isText(l) && !listLines.has(l)) {
			const label = labelText(note.lines[l - 1]);
			if (label !== null && nextIsList(note, l, listLines)) {
				const named = sectionIdOf(label);
				const here = sectionOf[l - 1];
				role = named ?? (here === "examTips" || here === "references" ? here : "details");
			}
		}
		if (role !== undefined) sectionOf[l - 1] = role;
	}
}

/** True when the next non-blank line after `line` is a list item. */
function nextIsList(note: NoteModel, line: number, listLines: ReadonlySet<number>): boolean {
	for (let l = line + 1; l <= note.lines.length; l++) {
		if (note.lines[l - 1].trim() === "") continue;
		return listLines.has(l);
	}
	return false;
}

