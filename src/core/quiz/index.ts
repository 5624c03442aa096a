/**
 * The quiz: questions generated from one note's model, answers checked leniently, scores.
 * Pure (no Obsidian, no Node): the plugin's quiz modal and the CLI's `quiz` command share it.
 */

export type { Question, QuestionKind, Quiz, QuizContext, QuizOptions } from "./types";
export { QUESTION_KINDS } from "./types";
export { generateQuiz, DEFAULT_COUNT, DEFAULT_SEED, MIN_QUESTIONS } from "./generateQuiz";
export { checkAnswer, scoreQuiz, typedMatches, damerauLevenshtein } from "./answer";
export { checkFairness } from "./fairness";
export { createRng, type Rng } from "./random";
export { buildQuizContext } from "./context";
export { quizToFlashcards, quizToMarkdown } from "./export";
