/**
 * The study loop: quizzes over sets of notes, practice exams, missed questions scheduled again with
 * FSRS, and progress. Pure (no Obsidian, no Node): the plugin and the CLI share it.
 */

export * from "./data";
export * from "./exam";
export * from "./progress";
export * from "./schedule";
export * from "./setQuiz";
export * from "./sets";
