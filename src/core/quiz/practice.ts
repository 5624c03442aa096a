/**
 * Practice questions a student wrote down after a test: a heading states the question ("### Q:
 * Lambda in a private subnet can't call an external API"), and bullets below give "my answer: ... ❌"
 * and "correct: ... ✅". Read as an exam cue, the heading is the situation, the right answer its
 * answer and the student's wrong answer the option it rules out (blind read 29).
 *
 * Scenarios written out as a block, the situation on one line and its answer on the next: a bullet
 * with an "Ans: Global Accelerator" bullet under it, a paragraph or a "### Scenario: ..." heading
 * over a "→ AD Connector" line (blind read 95, whose scenario-first notes gave no quiz).
 */

import { withoutEmoji } from "../emoji";
import { examCue, type ExamCue } from "./cues";
import type { QuizFacts } from "./facts";
import { clean, stripEnd, withoutAsides, wordCount } from "./text";
import type { NoteModel } from "../note/types";

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

/** "Ans: X", "**Answer:** X", "A: X": the line that answers the scenario above it. */
const ANSWER_LINE = /^(?:ans|answer|a|solution)\s*:\s*(\S.*)$/i;
/** "→ X", "**→ X**": the same, as an arrow. */
const ARROW_LINE = /^(?:→|->|=>|⇒)\s*(\S.*)$/;
/** "Scenario:", "S1 –", "Q3.", "Scenario 2:": the label of a written-out scenario, no part of it. */
const SCENARIO_LABEL = /^(?:(?:scenario|situation|question|problem|q|s)\s*\d{0,3}\s*[:.)–—-]\s*)+/i;
/** The answer is one of two ("(or a self-managed AD)", "RDS Proxy in front, OR use the Data API"). */
const EITHER = /\(\s*or\s|\bOR\b|\beither\b/;

/** A line of the note as plain text, its list marker and quote marks gone. */
function plainLine(note: NoteModel, line: number): string {
	return clean((note.lines[line - 1] ?? "").replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d{1,3}[.)]\s+)?/, "")).trim();
}

/**
 * What an answer line names: the text before any arrow, when short, else its one bold term; null
 * when neither. The trap it names ("AWS WAF, not Network Firewall") stays after it, for `examCue`.
 */
function answerName(facts: QuizFacts, line: number, text: string): string | null {
	if (EITHER.test(text)) return null;
	const head = stripEnd(withoutAsides(text.split(/\s+(?:→|->|=>|—|–)\s+/)[0])).trim();
	const trap = /^(.+?)[,;]?\s+(?:not|NOT)\s+(\S.*)$/.exec(head);
	const name = trap === null ? head : trap[1];
	// "→ SQS / SNS, NOT MQ", "Glue Workflows + Triggers": two things, each half of the answer.
	if (/\s(?:\/|\+|&|and)\s/.test(name)) return null;
	const not = trap === null ? "" : `, not ${trap[2]}`;
	if (name !== "" && wordCount(name) <= 4) return name + not;
	const bold = facts.bold.filter((b) => b.line === line);
	return bold.length === 1 && wordCount(name) <= 8 ? bold[0].term + not : null;
}

/** The exam cues of scenarios written out as blocks (see the module comment), each at its answer's line. */
export function scenarioBlockCues(facts: QuizFacts): { line: number; plain: string; cue: ExamCue }[] {
	const { note } = facts;
	const out: { line: number; plain: string; cue: ExamCue }[] = [];
	const itemAt = new Map(note.listItems.map((item) => [item.line, item]));
	const headingAt = new Map(note.headings.map((h) => [h.line, h]));
	// Only lines the quiz reads: not code, not the asides it reads past (a self-test callout, a flashcard);
	// a bold line ("**→ AD Connector**") is a heading of its own, read too.
	const read = (line: number): boolean => facts.itemByLine.has(line) || facts.textByLine.has(line) || headingAt.get(line)?.level === null;
	for (let line = 1; line <= note.lines.length; line++) {
		if (!read(line)) continue;
		const text = withoutEmoji(plainLine(note, line));
		const m = ANSWER_LINE.exec(text) ?? ARROW_LINE.exec(text);
		if (m === null) continue;
		const item = itemAt.get(line);
		let situation: string | null = null;
		if (item !== undefined && item.parent !== -1) situation = note.listItems[item.parent].plain;
		else if (item === undefined || item.depth === 0) {
			// The line above: a heading, or the last line of a paragraph (the paragraph is the situation).
			let above = line - 1;
			while (above >= 1 && note.lines[above - 1].trim() === "") above--;
			const heading = headingAt.get(above);
			if (heading !== undefined && heading.level !== null) situation = heading.plain;
			else if (above >= 1 && heading === undefined && !itemAt.has(above) && line - above <= 2) {
				let first = above;
				while (first > 1 && note.lines[first - 2].trim() !== "" && !itemAt.has(first - 1) && !headingAt.has(first - 1)) first--;
				// "### S8 – dedupe customer records ..." over an example ('"John Smith" vs "Jon Smith"'): a
				// heading labelled as the scenario states it, the paragraph under it shows it.
				let over = first - 1;
				while (over >= 1 && note.lines[over - 1].trim() === "") over--;
				const labelled = headingAt.get(over);
				situation = labelled !== undefined && labelled.level !== null && SCENARIO_LABEL.test(labelled.plain) ? labelled.plain : note.lines.slice(first - 1, above).map((l) => clean(l)).join(" ");
			}
		}
		if (situation === null) continue;
		situation = stripEnd(withoutEmoji(clean(situation)).replace(SCENARIO_LABEL, "").trim());
		const answer = answerName(facts, line, m[1]);
		if (situation === "" || answer === null || ARROW_LINE.test(situation)) continue;
		const cue = examCue(`If the exam mentions: ${situation} → ${answer}`);
		if (cue !== null) out.push({ line, plain: `${situation} → ${answer}`, cue });
	}
	return out;
}
