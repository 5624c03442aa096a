/**
 * A very large note (a 20 MB export, thousands of pasted lines) is quizzed from a window of it, so
 * that a quiz never reads the whole note: its head (frontmatter and Overview), the heading the window
 * starts under, and `MAX_QUIZ_CHARS` of text from a place the seed picks ("New quiz" draws from
 * another part). Questions point at the note's own lines (`lineOf`), and the quiz says what it read.
 */

import { parseNote } from "../note/parseNote";
import type { NoteModel } from "../note/types";
import type { Quiz, QuizContext, QuizOptions } from "./types";
import { mapLines } from "./lines";

export { mapLines };
import { generateQuiz, quizSeed } from "./generateQuiz";
import { createRng } from "./random";

/** Text a quiz reads at most: about 1,500 bullets, far more than a quiz asks about. */
export const MAX_QUIZ_CHARS = 120_000;
/** The head kept from the note's start (frontmatter and Overview) at most. */
const MAX_HEAD_CHARS = 8_000;

export interface QuizText {
	/** What the quiz reads: the whole note, or its head, a heading and a window. */
	text: string;
	/** The note's line for a line of `text` (1-based). */
	lineOf: (line: number) => number;
	/** "lines 1,204–2,310 of 215,000" when a window was taken, else null. */
	bound: string | null;
}

/** Lines before `offset` (newlines in text[0, offset)). */
function linesBefore(text: string, offset: number): number {
	let n = 0;
	for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) n++;
	return n;
}

/** True when `offset` (a line start) lies inside a fenced code block. */
function insideFence(text: string, offset: number): boolean {
	let open = false;
	const fence = /^ {0,3}(?:```|~~~)/gm;
	for (let m = fence.exec(text); m !== null && m.index < offset; m = fence.exec(text)) open = !open;
	return open;
}

const number = (n: number): string => n.toLocaleString("en-US");

/** The text a quiz reads for this seed (see the module comment). */
export function quizText(text: string, seed: number): QuizText {
	if (text.length <= MAX_QUIZ_CHARS) return { text, lineOf: (line) => line, bound: null };
	// The head: up to the second heading (the Overview and what precedes it), at most MAX_HEAD_CHARS.
	const second = text.slice(0, MAX_HEAD_CHARS).search(/\n#{1,6}\s[\s\S]*?\n#{1,6}\s/);
	let headEnd = second === -1 ? text.lastIndexOf("\n", MAX_HEAD_CHARS) : text.indexOf("\n#", second + 1);
	if (headEnd <= 0) headEnd = 0;
	// The window: MAX_QUIZ_CHARS from a line start after the head, placed by the seed.
	const room = Math.max(0, text.length - headEnd - MAX_QUIZ_CHARS);
	let start = text.lastIndexOf("\n", headEnd + createRng(seed ^ 0x2545f491).int(room + 1)) + 1;
	// Never start inside a code block: move to the line after it closes.
	if (insideFence(text, start)) {
		const close = /^ {0,3}(?:```|~~~).*$/gm;
		close.lastIndex = start;
		const m = close.exec(text);
		start = m === null ? text.length : text.indexOf("\n", m.index) + 1 || text.length;
	}
	const cut = text.indexOf("\n", Math.min(text.length, start + MAX_QUIZ_CHARS));
	const end = cut === -1 ? text.length : cut;
	// The heading the window starts under, so that its lines keep their section.
	const before = text.lastIndexOf("\n#", start - 1);
	const heading = before >= headEnd && /^#{1,6}\s/.test(text.slice(before + 1, before + 8)) ? before + 1 : -1;

	const pieces: { text: string; first: number }[] = [{ text: text.slice(0, headEnd), first: 1 }];
	if (heading !== -1 && heading < start) pieces.push({ text: text.slice(heading, text.indexOf("\n", heading)), first: linesBefore(text, heading) + 1 });
	const windowFirst = linesBefore(text, start) + 1;
	pieces.push({ text: text.slice(start, end), first: windowFirst });
	// Where each piece starts in the joined text.
	const at: number[] = [];
	let line = 1;
	for (const p of pieces) {
		at.push(line);
		line += linesBefore(p.text, p.text.length) + 1;
	}
	const total = linesBefore(text, text.length) + 1;
	const lastLine = windowFirst + linesBefore(text.slice(start, end), end - start);
	return {
		text: pieces.map((p) => p.text).join("\n"),
		lineOf: (l) => {
			let i = pieces.length - 1;
			while (i > 0 && l < at[i]) i--;
			return pieces[i].first + (l - at[i]);
		},
		bound: `lines ${number(windowFirst)}–${number(lastLine)} of ${number(total)}`,
	};
}

/**
 * A quiz from a note's text: the whole note, or for a very large one a window of it, with every
 * question pointing at the note's own line and `bound` saying what was read.
 */
export function quizFromText(text: string, contextOf: (note: NoteModel) => QuizContext, options: QuizOptions = {}): Quiz {
	const read = quizText(text, quizSeed(options));
	const note = parseNote(read.text);
	const quiz = generateQuiz(note, contextOf(note), options);
	if (read.bound === null) return quiz;
	return { ...quiz, questions: quiz.questions.map((q) => mapLines(q, read.lineOf)), bound: `From ${read.bound} of this long note; New quiz draws from another part.` };
}
