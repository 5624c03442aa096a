/**
 * A quiz as text the user keeps: a markdown note with folded callouts (question visible, answer
 * folded), and single-line flashcards in the Spaced Repetition plugin's `Question::Answer` format.
 */

import type { Question, Quiz } from "./types";

/** Keep generated text from being read as markdown structure (callout ends, links, tags). */
function inline(text: string): string {
	return text.replace(/\r?\n/g, " ").replace(/([[\]#|*_=`<>])/g, "\\$1");
}

function answerText(q: Question): string {
	return q.answers.join("; ");
}

/** The note for "Save quiz as note"; `sourceLinktext` is how the note links back to its source. */
export function quizToMarkdown(quiz: Quiz, sourceLinktext: string, date: string): string {
	const out: string[] = [
		"---",
		"tags: [aws-quiz]",
		`created: ${date}`,
		"---",
		"",
		`Quiz on [[${sourceLinktext}]] (seed ${quiz.seed}, ${quiz.questions.length} question${quiz.questions.length === 1 ? "" : "s"}).`,
		"",
	];
	quiz.questions.forEach((q, i) => {
		out.push(`> [!question]- ${i + 1}. ${inline(q.prompt)}`);
		if (q.choices.length > 0) {
			for (const c of q.choices) out.push(`> - ${inline(c)}`);
			out.push(">");
		}
		out.push(`> **Answer:** ${inline(answerText(q))}`);
		out.push(`> ${inline(q.explanation)} ([[${sourceLinktext}]], line ${q.source.line})`);
		out.push("");
	});
	return out.join("\n");
}

/** Single-line flashcards (`Question::Answer`), one per question. */
export function quizToFlashcards(quiz: Quiz): string {
	return (
		quiz.questions
			.map((q) => {
				const prompt = q.choices.length > 0 && q.kind !== "true-false" && !q.typed ? `${q.prompt} (${q.choices.join(" / ")})` : q.prompt;
				// `::` separates question and answer: keep it out of both sides.
				return `${prompt.replace(/::/g, ":").replace(/\r?\n/g, " ")}::${answerText(q).replace(/::/g, ":").replace(/\r?\n/g, " ")}`;
			})
			.join("\n") + "\n"
	);
}
