/**
 * The quiz quality set: 100+ notes of our own in fifteen styles (tests/core/quiz/quality/<style>/),
 * each with hand labels: lines that must be asked about, lines that must never be, exam cues with
 * their answer, and names that are no services. Every generated question of every note is read.
 * Grow the set whenever a bad question turns up.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import { buildFacts } from "../../../src/core/quiz/facts";
import { checkFairness } from "../../../src/core/quiz/fairness";
import { allQuestions, generateQuiz, isLate } from "../../../src/core/quiz/generateQuiz";
import { sameService } from "../../../src/core/quiz/names";
import { stemProblem } from "../../../src/core/quiz/stems";
import { choiceKey, containsText } from "../../../src/core/quiz/text";
import type { Question, QuizContext } from "../../../src/core/quiz/types";

const ROOT = fileURLToPath(new URL("./quality/", import.meta.url));

interface Labels {
	style: string;
	mustAsk: string[];
	mustNotAsk: string[];
	scenarios: { line: string; answer: string }[];
	notServices: string[];
}

interface Case {
	style: string;
	title: string;
	text: string;
	labels: Labels;
	words: number;
	all: Question[];
	quiz: Question[];
	/** The questions the quiz held back (`Quiz.more`), asked on request. */
	more: Question[];
}

const styles = readdirSync(ROOT).sort();
const titles: string[] = [];
for (const style of styles) for (const f of readdirSync(ROOT + style)) if (f.endsWith(".md")) titles.push(f.slice(0, -3));

const cases: Case[] = [];
for (const style of styles) {
	for (const f of readdirSync(ROOT + style).sort()) {
		if (!f.endsWith(".md")) continue;
		const title = f.slice(0, -3);
		const text = readFileSync(`${ROOT}${style}/${f}`, "utf8");
		const labels = JSON.parse(readFileSync(`${ROOT}${style}/${title}.labels.json`, "utf8")) as Labels;
		const note = parseNote(text);
		// The whole set is one vault: every other note is a sibling (hub and concept notes included).
		const context: QuizContext = { path: `${style}/${f}`, title, aliases: note.frontmatter?.aliases ?? [], siblings: titles.filter((t) => t !== title) };
		const all = [...allQuestions(buildFacts(note, context), 1).values()].flat();
		const { questions: quiz, more = [] } = generateQuiz(note, context, {});
		const body = text.replace(/^---[\s\S]*?\n---\n/, "");
		cases.push({ style, title, text, labels, words: body.split(/\s+/).filter(Boolean).length, all, quiz, more });
	}
}

/** The source line of a question as the labels quote it: plain text, so compare loosely. */
const sourceHas = (q: Question, part: string): boolean => containsText(q.source.text, part.replace(/[*_`]/g, ""));

describe("quality set", () => {
	test("has 40+ notes in at least four styles", () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
		expect(new Set(cases.map((c) => c.style)).size).toBeGreaterThanOrEqual(4);
	});

	test.each(cases.map((c) => [`${c.style}/${c.title}`, c] as const))("%s: every question is fair and every choice has its key's type", (_, c) => {
		for (const q of c.all) {
			expect(checkFairness(q), q.prompt).toEqual([]);
			expect(q.type).toBeDefined();
		}
	});

	test("no question offers a hub, concept or README note as a service", () => {
		const notServices = cases.flatMap((c) => c.labels.notServices);
		expect(notServices.length).toBeGreaterThan(0);
		for (const c of cases) {
			for (const q of c.all) {
				for (const name of notServices) expect(q.choices.map(choiceKey), `${c.title}: ${q.prompt}`).not.toContain(choiceKey(name));
			}
		}
	});

	test("no question comes from a line labelled must-not-ask (meta lines, pronouns, examples, tags)", () => {
		for (const c of cases) {
			for (const part of c.labels.mustNotAsk) {
				const bad = c.all.filter((q) => sourceHas(q, part));
				expect(bad.map((q) => q.prompt), `${c.title}: "${part}"`).toEqual([]);
			}
		}
	});

	test("no statement or blank starts with a word that points back, or talks about the exam", () => {
		for (const c of cases) {
			for (const q of c.all) {
				if (q.kind !== "true-false" && q.kind !== "fill-blank") continue;
				const stem = q.prompt.replace(/^True or false: /, "");
				const problem = stemProblem(stem, { arrows: true });
				expect(problem === "starts with a word that points back" || problem === "talks about the exam or the note" ? problem : null, `${c.title}: ${q.prompt}`).toBeNull();
			}
		}
	});

	test("every exam cue naming a service or an option gives a scenario question keyed to it", () => {
		const missed: string[] = [];
		let cues = 0;
		for (const c of cases) {
			for (const cue of c.labels.scenarios) {
				cues++;
				const hit = c.all.some((q) => q.kind === "scenario" && sourceHas(q, cue.line) && q.answers.some((a) => choiceKey(a) === choiceKey(cue.answer) || sameService(a, cue.answer) || containsText(cue.answer, a)));
				if (!hit) missed.push(`${c.title}: ${cue.line} → ${cue.answer}`);
			}
		}
		expect(cues).toBeGreaterThan(50);
		// Some cues have no two fitting wrong choices in their note (an option with no other option of
		// its kind beside it, a two-way "X vs Y" note): no question beats one with a service or an option of
		// another kind among the choices, which a student rules out by its form (blind read 7).
		expect((cues - missed.length) / cues, missed.join("\n")).toBeGreaterThanOrEqual(0.7);
	});

	// 7 of a default 10: blanks keyed by a lower-case phrase of three words or more ("versioned file names",
	// 33% judged fair in blind reads 35-69) are no longer asked, and four notes here had one or two. Of
	// those 7, the ones held back (LATE_FILL) fill a quiz up to 5 and are offered as more.
	test("every service note of 300 words or more gets a quiz of at least 5 questions, and at least 7 with those held back", () => {
		const long = cases.filter((c) => c.style !== "hub" && c.words >= 300);
		expect(long.filter((c) => c.quiz.length < 5).map((c) => `${c.title}: ${c.quiz.length}`)).toEqual([]);
		expect(long.filter((c) => c.quiz.length + c.more.length < 7).map((c) => `${c.title}: ${c.quiz.length} + ${c.more.length}`)).toEqual([]);
		expect(long.length).toBeGreaterThanOrEqual(10);
		// Most of them have more than five questions that are not held back.
		expect(long.filter((c) => c.quiz.length > 5).length / long.length).toBeGreaterThan(0.4);
	});

	test("default quizzes: True/False balanced, select-all at most half right, scenarios where the note has cues", () => {
		const quiz = cases.flatMap((c) => c.quiz);
		const tf = quiz.filter((q) => q.kind === "true-false");
		const trueShare = tf.filter((q) => q.answers[0] === "True").length / tf.length;
		expect(tf.length).toBeGreaterThan(40);
		expect(trueShare).toBeGreaterThanOrEqual(0.4);
		expect(trueShare).toBeLessThanOrEqual(0.6);
		for (const q of quiz.filter((x) => x.multi)) expect(q.answers.length * 2, q.prompt).toBeLessThanOrEqual(q.choices.length);
		// A quarter of the quiz (or every scenario the note yields, if fewer) is scenarios when the note has exam cues;
		// those asked late (a use case, an option, a short situation) wait like any other kind's.
		for (const c of cases.filter((x) => x.labels.scenarios.length > 0)) {
			// A quiz asks one question per line: two cues in one paragraph give one scenario.
			const available = new Set(c.all.filter((q) => q.kind === "scenario" && !isLate(q)).map((q) => q.source.line)).size;
			const asked = c.quiz.filter((q) => q.kind === "scenario").length;
			expect(asked, c.title).toBeGreaterThanOrEqual(Math.min(available, Math.ceil(c.quiz.length * 0.25)));
		}
	});

	test("the labelled facts are asked about", () => {
		const missed: string[] = [];
		let facts = 0;
		for (const c of cases) {
			for (const part of c.labels.mustAsk) {
				facts++;
				if (!c.all.some((q) => sourceHas(q, part))) missed.push(`${c.title}: ${part}`);
			}
		}
		// Plain sentences without a marked term, a figure or a named subject give no fair question
		// yet; the share asked about may only grow.
		expect((facts - missed.length) / facts, missed.join("\n")).toBeGreaterThanOrEqual(0.6);
	});
});
