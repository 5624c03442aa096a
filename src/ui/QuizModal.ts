/**
 * Runs a quiz: one question at a time, number keys pick choices, Enter checks and moves on,
 * immediate feedback with the source line, a final score with the missed questions,
 * "Retry missed", "More questions" (those the quiz held back), "New quiz", "Save quiz as note" and
 * "Copy as flashcards".
 * All question text comes from the note and is set as text, never as HTML.
 */

import { type App, Modal, Notice } from "obsidian";
import { checkAnswer, scoreQuiz } from "../core/quiz";
import type { Question, Quiz } from "../core/quiz/types";
import type { QuizScreenOptions as QuizModalOptions } from "../obsidian/features/QuizFeature";

export type { QuizScreenOptions as QuizModalOptions } from "../obsidian/features/QuizFeature";

type Phase = "question" | "feedback" | "done";

export class QuizModal extends Modal {
	quiz: Quiz;
	/** Questions of the current round (all, or the missed ones on "Retry missed"). */
	round: Question[];
	index = 0;
	phase: Phase = "question";
	results: boolean[] = [];
	private selected = new Set<number>();
	private typedValue = "";
	private showChoices = false;
	private lastGiven: string[] | string = "";
	/** Questions the user chose never to be asked again, in this modal. */
	private never = new Set<string>();
	/** The current answer was counted as right by the user ("My answer was right"). */
	private overruled = false;
	/** The round is of the questions the quiz held back ("More questions"): each says so. */
	private extra = false;

	constructor(
		app: App,
		quiz: Quiz,
		private options: QuizModalOptions,
	) {
		super(app);
		this.quiz = quiz;
		this.round = quiz.questions;
		this.modalEl.addClass("anc-quiz-modal");
		// Keys work anywhere in the modal; typing in the answer box is left alone.
		this.scope.register([], "Enter", (ev) => {
			ev.preventDefault();
			this.primary();
			return false;
		});
		for (let n = 1; n <= 9; n++) {
			this.scope.register([], String(n), (ev) => {
				if (ev.target instanceof HTMLInputElement) return true;
				this.pick(n - 1);
				return false;
			});
		}
	}

	onOpen(): void {
		this.titleEl.setText(this.options.title ?? "Quiz");
		this.render();
	}

	onClose(): void {
		this.contentEl.empty();
	}

	get current(): Question | null {
		return this.round[this.index] ?? null;
	}

	// --- Actions (also used by the keyboard handlers and tests) ------------------------------------

	/** Select choice `i` (toggle for select-all; answer at once for single-choice questions). */
	pick(i: number): void {
		const q = this.current;
		if (!q || this.phase !== "question") return;
		const choices = this.visibleChoices(q);
		if (i < 0 || i >= choices.length) return;
		if (q.multi) {
			if (this.selected.has(i)) this.selected.delete(i);
			else this.selected.add(i);
			this.render();
		} else this.answer(choices[i]);
	}

	/** Enter: check the answer, or go on to the next question. */
	primary(): void {
		const q = this.current;
		if (this.phase === "feedback") return this.next();
		if (!q || this.phase !== "question") return;
		if (q.multi) {
			if (this.selected.size === 0) return;
			const choices = this.visibleChoices(q);
			this.answer([...this.selected].sort().map((i) => choices[i]));
		} else if (this.isTyped(q)) {
			if (this.typedValue.trim() === "") return;
			this.answer(this.typedValue);
		}
	}

	/** Record an answer and show the feedback. */
	answer(given: string[] | string): void {
		const q = this.current;
		if (!q || this.phase !== "question") return;
		this.lastGiven = given;
		this.overruled = false;
		this.results[this.index] = checkAnswer(q, given);
		this.options.onAnswer?.(q, this.results[this.index], this.quiz.seed);
		this.phase = "feedback";
		this.render();
	}

	next(): void {
		this.index++;
		this.selected.clear();
		this.typedValue = "";
		this.showChoices = false;
		if (this.index >= this.round.length) {
			this.phase = "done";
			const s = scoreQuiz(this.results);
			// The note's last score is its quiz's: the questions held back, asked on request, are extra.
			if (!this.extra) this.options.onFinish(s.correct, s.total);
		} else this.phase = "question";
		this.render();
	}

	/**
	 * "My answer was right": a typed answer the checker did not accept ("internet" for "public
	 * internet") counts as right, here and in the study history. The expected answer stays in view.
	 */
	countAsRight(): void {
		const q = this.current;
		if (!q || this.phase !== "feedback" || !this.answeredByTyping(q) || this.results[this.index]) return;
		this.results[this.index] = true;
		this.overruled = true;
		this.options.countAsRight?.(q, this.quiz.seed);
		this.render();
	}

	retryMissed(): void {
		const missed = this.round.filter((_, i) => !this.results[i]);
		if (missed.length === 0) return;
		this.startRound(missed);
	}

	/** "More questions": the ones the quiz held back (`Quiz.more`), judged fair less often, asked on request. */
	moreQuestions(): void {
		const more = this.quiz.more ?? [];
		if (more.length === 0 || this.extra) return;
		this.extra = true;
		this.startRound(more);
	}

	newQuiz(): void {
		if (!this.options.newQuiz) return;
		const quiz = this.options.newQuiz(this.quiz.seed + 1);
		this.quiz = quiz;
		this.extra = false;
		this.startRound(quiz.questions);
	}

	private startRound(questions: Question[]): void {
		this.round = questions;
		this.index = 0;
		this.results = [];
		this.selected.clear();
		this.typedValue = "";
		this.phase = questions.length > 0 ? "question" : "done";
		this.render();
	}

	private isTyped(q: Question): boolean {
		return q.typed && (q.choices.length === 0 || !this.showChoices);
	}

	/** The answer shown in the feedback was typed, not picked: "My answer was right" may overrule the check. */
	private answeredByTyping(q: Question): boolean {
		return typeof this.lastGiven === "string" && this.isTyped(q);
	}

	private visibleChoices(q: Question): string[] {
		return this.isTyped(q) ? [] : q.choices;
	}

	// --- Rendering ---------------------------------------------------------------------------------

	render(): void {
		const el = this.contentEl;
		el.empty();
		el.addClass("anc-quiz");
		if (this.round.length === 0) {
			el.createEl("p", { cls: "anc-quiz-empty", text: this.quiz.reason ?? "This note has nothing to ask about yet." });
			return;
		}
		if (this.phase === "done") return this.renderScore(el);
		const q = this.current!;
		el.createDiv({ cls: "anc-quiz-progress", text: `${this.index + 1} of ${this.round.length}` });
		// A very large note is quizzed from a part of it: say which.
		if (this.quiz.bound) el.createDiv({ cls: "anc-quiz-bound", text: this.quiz.bound });
		if (this.extra) el.createDiv({ cls: "anc-quiz-extra", text: "A question the quiz held back: another answer may be right too." });
		const bar = el.createDiv({ cls: "anc-quiz-bar" });
		bar.createDiv({ cls: "anc-quiz-bar-fill", attr: { "data-progress": String(Math.round((this.index / this.round.length) * 100)) } }).setCssProps({
			"--anc-progress": `${Math.round((this.index / this.round.length) * 100)}%`,
		});
		el.createDiv({ cls: "anc-quiz-kind", text: KIND_HINT[q.kind] ?? "" });
		const from = this.options.noteOf?.(q);
		if (from) el.createDiv({ cls: "anc-quiz-note", text: `From ${from}` });
		el.createDiv({ cls: "anc-quiz-prompt", text: q.prompt });

		const feedback = this.phase === "feedback";
		if (this.isTyped(q)) {
			const input = el.createEl("input", { cls: "anc-quiz-input", attr: { type: "text", placeholder: "Type the answer and press enter", "aria-label": "Answer" } });
			input.value = typeof this.lastGiven === "string" && feedback ? this.lastGiven : this.typedValue;
			input.disabled = feedback;
			input.addEventListener("input", () => (this.typedValue = input.value));
			if (!feedback) window.setTimeout(() => input.focus(), 0);
			if (q.choices.length > 0 && !feedback) {
				const show = el.createEl("button", { cls: "anc-quiz-show-choices", text: "Show choices" });
				show.addEventListener("click", () => {
					this.showChoices = true;
					this.render();
				});
			}
		} else {
			const list = el.createDiv({ cls: "anc-quiz-choices" });
			const choices = this.visibleChoices(q);
			const given = new Set(Array.isArray(this.lastGiven) ? this.lastGiven : [this.lastGiven]);
			choices.forEach((c, i) => {
				const b = list.createEl("button", { cls: "anc-quiz-choice", attr: { "data-index": String(i) } });
				b.createSpan({ cls: "anc-quiz-key", text: String(i + 1) });
				b.createSpan({ cls: "anc-quiz-choice-text", text: c });
				if (this.selected.has(i)) b.addClass("is-selected");
				if (feedback) {
					b.disabled = true;
					if (q.answers.includes(c)) b.addClass("is-correct");
					else if (given.has(c)) b.addClass("is-wrong");
				} else b.addEventListener("click", () => this.pick(i));
			});
			if (q.multi && !feedback) {
				el.createDiv({ cls: "anc-quiz-hint", text: "Select all that apply, then press Enter." });
			}
		}

		if (feedback) {
			const ok = this.results[this.index];
			const box = el.createDiv({ cls: `anc-quiz-feedback ${ok ? "is-correct" : "is-wrong"}` });
			const verdict = this.overruled ? `Counted as right. Expected: ${q.answers.join("; ")}` : ok ? "Correct" : `Not quite. Answer: ${q.answers.join("; ")}`;
			box.createDiv({ cls: "anc-quiz-verdict", text: verdict });
			box.createDiv({ cls: "anc-quiz-explanation", text: q.explanation });
			const link = box.createEl("a", { cls: "anc-quiz-source", text: `Show in note (line ${q.source.line})`, attr: { href: "#" } });
			link.addEventListener("click", (ev) => {
				ev.preventDefault();
				this.options.showInNote(q);
			});
			// A typed answer is checked leniently, but not every right wording can be foreseen: the learner may overrule.
			if (!ok && this.answeredByTyping(q)) {
				const right = box.createEl("a", { cls: "anc-quiz-overrule", text: "My answer was right", attr: { href: "#" } });
				right.addEventListener("click", (ev) => {
					ev.preventDefault();
					this.countAsRight();
				});
			}
			const neverAsk = this.options.neverAsk;
			if (neverAsk) {
				if (this.never.has(q.id)) box.createDiv({ cls: "anc-quiz-never-done", text: "This question will not be asked again." });
				else {
					const never = box.createEl("a", { cls: "anc-quiz-never", text: "Never ask this again", attr: { href: "#" } });
					never.addEventListener("click", (ev) => {
						ev.preventDefault();
						this.never.add(q.id);
						neverAsk(q);
						this.render();
					});
				}
			}
		}

		const buttons = el.createDiv({ cls: "anc-quiz-buttons" });
		if (feedback) {
			const next = buttons.createEl("button", { cls: "mod-cta anc-quiz-next", text: this.index + 1 < this.round.length ? "Next" : "See score" });
			next.addEventListener("click", () => this.next());
		} else if (q.multi || this.isTyped(q)) {
			const check = buttons.createEl("button", { cls: "mod-cta anc-quiz-check", text: "Check" });
			check.addEventListener("click", () => this.primary());
		}
	}

	private renderScore(el: HTMLElement): void {
		const s = scoreQuiz(this.results);
		el.createDiv({ cls: "anc-quiz-score", text: `${s.correct} of ${s.total} correct (${s.percent}%)` });
		const last = this.options.lastScore;
		if (last) el.createDiv({ cls: "anc-quiz-last", text: `Last time ${last.correct}/${last.total}` });
		const missed = this.round.filter((_, i) => !this.results[i]);
		if (missed.length > 0) {
			el.createDiv({ cls: "anc-quiz-missed-title", text: "Missed questions" });
			const list = el.createEl("ul", { cls: "anc-quiz-missed" });
			for (const q of missed) {
				const li = list.createEl("li");
				li.createDiv({ text: q.prompt });
				li.createDiv({ cls: "anc-quiz-missed-answer", text: `Answer: ${q.answers.join("; ")}` });
			}
		}
		const buttons = el.createDiv({ cls: "anc-quiz-buttons" });
		if (missed.length > 0) buttons.createEl("button", { cls: "mod-cta anc-quiz-retry", text: "Retry missed" }).addEventListener("click", () => this.retryMissed());
		const more = this.extra ? 0 : (this.quiz.more?.length ?? 0);
		if (more > 0) {
			buttons
				.createEl("button", { cls: "anc-quiz-more", text: `More questions (${more})`, attr: { title: "Questions the quiz held back because another answer may be right too" } })
				.addEventListener("click", () => this.moreQuestions());
		}
		if (this.options.newQuiz) buttons.createEl("button", { cls: "anc-quiz-new", text: "New quiz" }).addEventListener("click", () => this.newQuiz());
		const { save, copy, flashcards } = this.options;
		if (save) {
			buttons.createEl("button", { cls: "anc-quiz-save", text: "Save quiz as note" }).addEventListener("click", () => {
				void save(this.quiz)
					.then((path) => new Notice(`Quiz saved to ${path}.`))
					.catch((e: Error) => new Notice(`Could not save the quiz: ${e.message}`));
			});
		}
		if (copy && flashcards) {
			buttons.createEl("button", { cls: "anc-quiz-copy", text: "Copy as flashcards" }).addEventListener("click", () => {
				void copy(flashcards(this.quiz))
					.then(() => new Notice(`Copied ${this.quiz.questions.length} flashcards.`))
					.catch(() => new Notice("Could not copy to the clipboard."));
			});
		}
	}
}

const KIND_HINT: Record<string, string> = {
	"which-service": "Which service",
	"fill-blank": "Fill in the blank",
	"select-all": "Select all that apply",
	comparison: "Compare",
	scenario: "Scenario",
	"linked-service": "Related service",
	"true-false": "True or false",
};
