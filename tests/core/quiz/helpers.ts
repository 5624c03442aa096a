/** Shared helpers for the quiz tests: parse a snippet or a fixture and build its context. */

import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseNote } from "../../../src/core/note/parseNote";
import type { NoteModel } from "../../../src/core/note/types";
import { buildFacts, type QuizFacts } from "../../../src/core/quiz/facts";
import { allQuestions, generateQuiz } from "../../../src/core/quiz/generateQuiz";
import type { Question, Quiz, QuizContext } from "../../../src/core/quiz/types";

export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** Sibling notes as the plugin would pass them for a note in an "AWS/Containers"-like folder. */
export const SIBLINGS = [
	"Amazon Elastic Container Service (ECS)",
	"AWS Lambda",
	"Amazon Simple Queue Service (SQS)",
	"Amazon DynamoDB",
	"Amazon Route 53",
];

export function context(title: string, extra: Partial<QuizContext> = {}): QuizContext {
	return { path: `AWS/${title}.md`, title, aliases: [], siblings: SIBLINGS.filter((s) => s !== title), ...extra };
}

/** Lines joined with "\n" (tabs kept), parsed. */
export function note(...lines: string[]): NoteModel {
	return parseNote(lines.join("\n"));
}

/** Seeds the blind-read cases try: a fault must not show under any of them. */
export const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Every question a snippet gives for a seed (1 by default), of every kind, before a quiz picks. */
export function questionsOf(title: string, lines: string[], seed = 1): Question[] {
	return [...allQuestions(facts(title, ...lines), seed).values()].flat();
}

/** Every question the generators make of a snippet over `SEEDS`, of one kind. */
export function asked(title: string, lines: string[], kind: Question["kind"]): Question[] {
	return SEEDS.flatMap((seed) => questionsOf(title, lines, seed)).filter((q) => q.kind === kind);
}

/** The scenario a note of one use case gives for a seed ("# Title", a use-case heading, "- use case"), if any. */
export function useCaseScenario(title: string, useCase: string, seed: number, heading = "## Use Cases"): Question | undefined {
	return questionsOf(title, [`# ${title}`, "", heading, `- ${useCase}`], seed).find((q) => q.kind === "scenario");
}

/** Every question of 40-question quizzes of a snippet over `SEEDS`, of one kind if given. */
export function quizQuestions(title: string, lines: string[], kind?: Question["kind"]): Question[] {
	const out: Question[] = [];
	// The questions held back too: a student asks for them with "More questions".
	for (const seed of SEEDS) out.push(...withMore(generateQuiz(note(...lines), context(title), { count: 40, seed })).questions.filter((q) => kind === undefined || q.kind === kind));
	return out;
}

export function facts(title: string, ...lines: string[]): QuizFacts {
	return buildFacts(note(...lines), context(title));
}

export function fixtureNames(): string[] {
	return readdirSync(FIXTURES).filter((f) => f.endsWith(".md")).sort();
}

export function loadFixture(name: string): { note: NoteModel; context: QuizContext } {
	const text = readFileSync(FIXTURES + name, "utf8");
	const title = name.replace(/\.md$/, "");
	const model = parseNote(text);
	return { note: model, context: context(title, { aliases: model.frontmatter?.aliases ?? [] }) };
}

/** A which-service question about Amazon SQS, with any field replaced: for export and format tests. */
export function sampleQuestion(over: Partial<Question> = {}): Question {
	return {
		id: "q",
		kind: "which-service",
		type: "service",
		prompt: "Which AWS service is a managed message queue?",
		choices: ["Amazon SNS", "Amazon SQS", "Amazon MQ"],
		answers: ["Amazon SQS"],
		multi: false,
		typed: false,
		explanation: 'Line 7: "Amazon SQS is a managed message queue."',
		source: { line: 7, text: "Amazon SQS is a managed message queue." },
		...over,
	};
}

/** A quiz with the questions it held back (`Quiz.more`) asked too: every question a student can reach with "More questions". */
export function withMore(quiz: Quiz): Quiz {
	const { more = [], ...asked } = quiz;
	return { ...asked, questions: [...quiz.questions, ...more] };
}
