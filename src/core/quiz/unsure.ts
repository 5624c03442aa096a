/**
 * Facts the student does not vouch for: marked as unsure ("(glaub ich)", "not 100% sure", "(?)", "me:
 * check", or a remark under a table or list: "(numbers from memory, double check)", blind read 125), a
 * task marked in doubt ("- [?] ...", blind read 127), said by an AI chatbot the student pasted in
 * ("**ChatGPT:** ...", "> [!quote] Claude said", "A (AI):"), or corrected on the next line ("↑ wrong,
 * you have to opt in"; blind read 126: the chatbot's wrong claims were asked as facts). A quiz that asks
 * them may key a wrong answer, so no question comes from their lines.
 */

import type { NoteModel } from "../note/types";

/** Words of doubt, in English and in the other languages students write notes in. */
const DOUBT =
	/\b(?:not (?:100\s?% |quite |entirely |completely )?sure|unsure|double[- ]?check|need to (?:check|verify)|to be (?:checked|verified)|me: check|(?:numbers?|figures?|values?|limits?|quotas?|prices?|facts?|this|these|all|wrote (?:it|this|them)) from memory|iirc|if i remember|glaube? ich|nicht sicher|no estoy segur[oa]|pas s[uû]re?|non sono sicur[oa]|n[aã]o tenho certeza)\b|\(\?+\)/iu;

/** A line that is only a remark: in parentheses, or a short line without a bullet or a table cell. */
const REMARK = /^\s*(?:\(.*\)|[*_]?\p{L}[^|]{0,120})\s*$/u;

const cache = new WeakMap<NoteModel, ReadonlySet<number>>();

/** The lines (1-based) whose facts the student doubts; memoised per note. */
export function unsureLines(note: NoteModel): ReadonlySet<number> {
	let out = cache.get(note);
	if (out === undefined) {
		out = findUnsure(note);
		cache.set(note, out);
	}
	return out;
}

/** "**ChatGPT:**", "Claude said:", "> **Gemini:**": a chatbot's answer starts. */
const AI_SAYS = /^\s*(?:>\s*)?(?:\*\*|__)?\s*(?:ChatGPT|GPT-?[\d.o]*|Claude|Gemini|Copilot|Bard|Perplexity)(?:\s+(?:said|says|answered))?\s*(?:\*\*|__)?\s*:/i;
/** "A (AI):", "**AI:**", "Assistant:": an answer of a chatbot not named, in a note where the student speaks too ("Me:", "Q (me):"). */
const AI_ANSWERS = /^\s*(?:>\s*)?(?:\*\*|__)?\s*(?:A\s*\((?:AI|bot)\)|AI|Assistant|Bot)\s*(?:\*\*|__)?\s*:/i;
const ME_ASKS = /^\s*(?:>\s*)?[*_]{0,2}\s*(?:me|q\s*\(me\))\s*[*_]{0,2}\s*:/i;
/** "> [!quote] Claude said", "> [!ai] ChatGPT": a callout holding a chatbot's answer. */
const AI_CALLOUT = /^\s*>\s*\[![\w-]+\][-+]?\s*(?:.*\b)?(?:ChatGPT|GPT|Claude|Gemini|Copilot|Bard|AI)\b/i;
/** The student speaks again: "**Me:**", "Q (me):", "(me)", "My notes", "My summary", "TL;DR", "✏️". */
const OWN = /^\s*(?:>\s*)?[*_]{0,2}\s*(?:me|q\s*\(me\)|me again|student|\(me\)|my (?:notes?|summary|take|tl;?dr)|tl;?dr)\b|✏️/i;
/** "↑ wrong", "^ not true", "> ❌ wrong - checked docs": the line above is corrected. */
const CORRECTS = /^\s*(?:>\s*)?(?:(?:↑|\^|❌)\s*(?:wrong|incorrect|not (?:true|right|correct)|nope|actually|correction)|\(?\s*(?:the ai|ai|it|gpt|chatgpt|claude) (?:was|is) wrong)\b/i;

function findUnsure(note: NoteModel): Set<number> {
	const out = new Set<number>();
	const { lines } = note;
	const heading = new Set(note.headings.map((h) => h.line));
	// A chatbot's answer runs to the student's next word, the next heading or, in a callout, the callout's end.
	let ai: "label" | "callout" | null = null;
	const dialogue = lines.some((line) => ME_ASKS.test(line));
	lines.forEach((line, i) => {
		if (heading.has(i + 1) || OWN.test(line) || CORRECTS.test(line) || (ai === "callout" && !/^\s*>/.test(line))) ai = null;
		if (AI_CALLOUT.test(line)) ai = "callout";
		else if (AI_SAYS.test(line) || (dialogue && AI_ANSWERS.test(line))) ai = "label";
		if (ai !== null) out.add(i + 1);
		if (CORRECTS.test(line)) {
			let j = i - 1;
			while (j >= 0 && lines[j].trim() === "") j--;
			if (j >= 0) out.add(j + 1);
		}
	});
	// "- [?] max 20 policies per permission set": a task marked in doubt (open ones are asides: `asideLines`).
	for (const item of note.listItems) if (item.task === "?") out.add(item.line);
	lines.forEach((line, i) => {
		if (note.isCode[i] || !DOUBT.test(line)) return;
		out.add(i + 1);
		// A remark of its own under a table or a list doubts the whole block above it.
		const bullet = /^\s*(?:[-*+]|\d+[.)])\s/.test(line);
		if (bullet || /^\s*\|/.test(line) || !REMARK.test(line)) return;
		let j = i - 1;
		if (j >= 0 && lines[j].trim() === "") j--;
		const block = j >= 0 && /^\s*\|/.test(lines[j]) ? /^\s*\|/ : /^\s*(?:[-*+]|\d+[.)])\s/;
		while (j >= 0 && lines[j].trim() !== "" && (block.test(lines[j]) || /^\s+\S/.test(lines[j]))) out.add(1 + j--);
	});
	return out;
}
