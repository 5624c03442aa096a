/**
 * Public types of the quiz: what the generators produce, what the UI and the CLI show,
 * and what `--json` prints. Kept free of logic so that the UI can import them cheaply.
 */

/** The type of a question's choices (see `choiceType`). */
export type ChoiceType = "service" | "number" | "term" | "statement" | "boolean";

/** The question kinds, each made by one generator module under `generators/`. */
export type QuestionKind =
	| "which-service"
	| "fill-blank"
	| "select-all"
	| "comparison"
	| "scenario"
	| "linked-service"
	| "true-false";

/** Every kind in the order the generators run (also the order used to break ties in dedup). */
export const QUESTION_KINDS: readonly QuestionKind[] = [
	"which-service",
	"fill-blank",
	"select-all",
	"comparison",
	"scenario",
	"linked-service",
	"true-false",
];

/**
 * One question. All texts are plain (no markdown) so that the UI can show them with `setText`
 * and the CLI can print them as they are.
 */
export interface Question {
	/** Stable while the source line's text stays the same (wherever the line moves): kind, hash of the line, hash of the prompt. */
	id: string;
	kind: QuestionKind;
	prompt: string;
	/** The choices in display order; `[]` means the answer is typed (only for `typed` questions). */
	choices: string[];
	/** The right answers; for choice questions each is one of `choices`, spelled the same. */
	answers: string[];
	/**
	 * What every choice is: a service, a number (with its unit), a term, a statement, or a boolean
	 * (true/false). All choices share the key's type, so none can be ruled out by its form.
	 */
	type: ChoiceType;
	/** True when several choices are right (select-all). */
	multi: boolean;
	/** True when the answer may be typed (fill-blank); checked leniently by `checkAnswer`. */
	typed: boolean;
	/** Other right typed answers: a word of the key that says it alone in its note ("email" for "Weekly email"). */
	accepts?: string[];
	/** Why the answer is right, quoting the source line in plain text. */
	explanation: string;
	/** The note line the question comes from: 1-based, as shown in editors and CLI output. */
	source: { line: number; text: string };
}

/** What the quiz needs to know about the note besides its model. */
export interface QuizContext {
	path: string;
	/** The note's file basename, e.g. "Amazon Elastic Kubernetes Service (EKS)": the service's name. */
	title: string;
	/** Other names of the service (frontmatter aliases); masked in which-service prompts. */
	aliases: string[];
	/** Names of other notes usable as wrong service answers (notes in the same folder, same category). */
	siblings: string[];
}

/** What the user chose for this quiz (settings or CLI flags). */
export interface QuizOptions {
	/** How many questions to pick (default 10). */
	count?: number;
	/** Seed of the pseudo-random choices (default 1): the same note and seed give the same quiz. */
	seed?: number;
	/** Only these kinds (default: all). */
	kinds?: QuestionKind[];
	/**
	 * Fewest fair questions worth a quiz (default 3, or `count` if smaller): a note with fewer says
	 * why instead. A set quiz, which takes a question or two from each note, takes even one.
	 */
	minimum?: number;
}

/** A generated quiz: JSON-serialisable as it is (the CLI prints it with `--json`). */
export interface Quiz {
	/** The note's path (from the context). */
	note: string;
	seed: number;
	questions: Question[];
	/** Why there are no questions ("This note has too little to ask about: ..."), else null. */
	reason: string | null;
	/** For a very large note, what part of it the quiz read ("From lines 1,204–2,310 of ..."). */
	bound?: string;
	/**
	 * Questions held back (`LATE_FILL`), up to the count asked for: judged fair less often, so not asked
	 * unless the student asks for more.
	 */
	more?: Question[];
}
