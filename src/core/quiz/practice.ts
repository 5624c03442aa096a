/**
 * Practice questions a student wrote down after a test: a heading states the question ("### Q:
 * Lambda in a private subnet can't call an external API"), and bullets below give "my answer: ... ❌"
 * and "correct: ... ✅". Read as an exam cue, the heading is the situation, the right answer its
 * answer and the student's wrong answer the option it rules out (blind read 29).
 */

import { withoutEmoji } from "../emoji";
import { examCue, type ExamCue } from "./cues";
import type { QuizFacts } from "./facts";
import { clean, stripEnd, withoutAsides, wordCount } from "./text";

/** "Q: ...", "Q3. ...", "Question 2) ...": a heading that asks a practice question. */
const QUESTION_HEADING = /^(?:q|question)\s*\d{0,3}\s*[:.)]\s*(.+)$/i;
const CORRECT = /^(?:correct(?: answer)?|right answer|answer)\s*:\s*(.+)$/i;
const MINE = /^(?:my answer|i (?:picked|chose|answered))\s*:?\s*(.+)$/i;

/** What a "correct:" or "my answer:" bullet names: its first bold term, else the whole of a short answer. */
function named(facts: QuizFacts, line: number, text: string): string | null {
	const bold = facts.bold.find((b) => b.line === line);
	if (bold !== undefined) return bold.term;
	const t = stripEnd(withoutAsides(withoutEmoji(text))).trim();
	return t !== "" && wordCount(t) <= 4 ? t : null;
}

/** The exam cues of the note's practice questions, each at the line of its right answer. */
export function practiceCues(facts: QuizFacts): { line: number; plain: string; cue: ExamCue }[] {
	const out: { line: number; plain: string; cue: ExamCue }[] = [];
	const headings = facts.note.headings.filter((h) => h.level !== null && h !== facts.note.title).sort((a, b) => a.line - b.line);
	headings.forEach((h, i) => {
		const asked = QUESTION_HEADING.exec(withoutEmoji(clean(h.plain)).trim());
		if (asked === null) return;
		const end = i + 1 < headings.length ? headings[i + 1].line : facts.note.lines.length + 1;
		let right: { line: number; answer: string } | null = null;
		let wrong: string | null = null;
		for (const item of facts.items) {
			if (item.line <= h.line || item.line >= end) continue;
			const text = withoutEmoji(item.plain).trim();
			const correct = CORRECT.exec(text);
			const mine = MINE.exec(text);
			if (correct !== null && right === null) {
				const answer = named(facts, item.line, correct[1]);
				if (answer !== null) right = { line: item.line, answer };
			} else if (mine !== null && wrong === null) wrong = named(facts, item.line, mine[1]);
		}
		if (right === null) return;
		const situation = stripEnd(asked[1].trim());
		const not = wrong !== null && wrong.toLowerCase() !== right.answer.toLowerCase() ? `, not ${wrong}` : "";
		const cue = examCue(`If the exam mentions: ${situation} → ${right.answer}${not}`);
		if (cue !== null) out.push({ line: right.line, plain: `${situation} → ${right.answer}`, cue });
	});
	return out;
}
