/**
 * A timed practice exam: one question at a time with no feedback, a countdown, questions flagged
 * for review, a review screen (answered / flagged / unanswered) and, once submitted, the result
 * with the score against the pass mark, a score per category and per domain, and every question
 * with the chosen and the right answer.
 *
 * The session is plain data owned by the caller: the modal changes it in place (answers, flags,
 * the question on screen) and calls `persist()` after every change, so an exam closed midway (or
 * interrupted by a restart) resumes where it was. All question text is set as text, never as HTML.
 */

import { type App, Modal } from "obsidian";
import type { ExamSession } from "../core/study/data";
import { type ExamResult, formatClock, remainingMs, reviewSummary, scoreExam } from "../core/study/exam";
import type { SetQuestion } from "../core/study/setQuiz";
import { renderExamResult } from "./ExamResult";

export interface ExamModalOptions {
	/** The session; the modal mutates it in place (answers, flagged, index) and calls persist() after each change. */
	session: ExamSession;
	passPercent: number;
	/** Clock in ms (tests pass a fake one). */
	now: () => number;
	/** The session changed: the caller saves it soon (the exam survives a restart). */
	persist: () => void;
	/** Submitted (by the user or because time ran out): the caller records the answers and the exam and clears the session. Called exactly once. */
	onSubmit: (result: ExamResult) => void;
	/** Open a note at a 1-based line. */
	openAt: (path: string, line: number) => void;
	/** "Review the missed ones now": the caller opens a practice quiz (with feedback) on these. */
	reviewMissed: (questions: SetQuestion[]) => void;
}

export type ExamPhase = "question" | "review" | "result";

/** Below this much time left, the clock is shown as running low. */
const LOW_TIME_MS = 5 * 60_000;

export class ExamModal extends Modal {
	phase: ExamPhase = "question";
	/** The score, once submitted. */
	result: ExamResult | null = null;
	/** True when the exam was submitted because the time ran out. */
	timeUp = false;
	/** True while the review screen asks whether to submit with unanswered questions. */
	confirming = false;
	private readonly session: ExamSession;
	private submitted = false;
	private timer: number | null = null;
	private clockEl: HTMLElement | null = null;
	private countEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly options: ExamModalOptions,
	) {
		super(app);
		this.session = options.session;
		const n = this.session.questions.length;
		this.session.index = Math.min(Math.max(0, Math.floor(this.session.index) || 0), Math.max(0, n - 1));
		this.modalEl.addClass("anc-exam-modal");

		// Keys work anywhere in the modal; what is typed in the answer box is left alone.
		this.scope.register([], "Enter", (ev) => {
			if (this.phase !== "question") return true;
			ev.preventDefault();
			this.next();
			return false;
		});
		this.scope.register([], "ArrowLeft", (ev) => {
			if (this.phase !== "question" || this.isTyping(ev)) return true;
			this.previous();
			return false;
		});
		this.scope.register([], "ArrowRight", (ev) => {
			if (this.phase !== "question" || this.isTyping(ev)) return true;
			this.next();
			return false;
		});
		for (let n = 1; n <= 9; n++) {
			this.scope.register([], String(n), (ev) => {
				if (this.phase !== "question" || this.isTyping(ev)) return true;
				this.pick(n - 1);
				return false;
			});
		}
	}

	onOpen(): void {
		this.titleEl.setText("Practice exam");
		this.contentEl.addClass("anc-exam");
		if (this.session.limitMs > 0) this.timer = window.setInterval(() => this.tick(), 1000);
		this.render();
		// A session resumed after its time ran out is submitted at once.
		this.tick();
	}

	onClose(): void {
		this.stopClock();
		this.clockEl = null;
		this.countEl = null;
		this.contentEl.empty();
	}

	/** The question on screen. */
	get index(): number {
		return this.session.index;
	}

	get current(): SetQuestion | null {
		return this.session.questions[this.session.index] ?? null;
	}

	// --- Actions (also used by the keyboard handlers and tests) ------------------------------------

	/** Choose choice `i` of the question on screen: toggles it for select-all, selects it otherwise. */
	pick(i: number): void {
		const q = this.current;
		if (!q || this.phase !== "question" || this.submitted) return;
		if (!Number.isInteger(i) || i < 0 || i >= q.choices.length) return;
		const choice = q.choices[i];
		const idx = this.session.index;
		if (q.multi) {
			const chosen = new Set(this.session.answers[idx] ?? []);
			if (chosen.has(choice)) chosen.delete(choice);
			else chosen.add(choice);
			const given = q.choices.filter((c) => chosen.has(c));
			this.session.answers[idx] = given.length > 0 ? given : null;
		} else {
			this.session.answers[idx] = [choice];
		}
		this.options.persist();
		this.render();
	}

	/** Set the typed answer of the question on screen (a question without choices). */
	type(text: string): void {
		const q = this.current;
		if (!q || this.phase !== "question" || this.submitted || q.choices.length > 0) return;
		this.session.answers[this.session.index] = text.trim() === "" ? null : [text];
		this.options.persist();
		const input = this.contentEl.querySelector<HTMLInputElement>(".anc-exam-input");
		if (input && input.value !== text) input.value = text;
		this.updateCount();
	}

	/** The next question; from the last one, the review screen. */
	next(): void {
		if (this.submitted) return;
		if (this.phase !== "question") return;
		if (this.session.index + 1 >= this.session.questions.length) return this.review();
		this.moveTo(this.session.index + 1);
	}

	previous(): void {
		if (this.submitted || this.phase !== "question" || this.session.index === 0) return;
		this.moveTo(this.session.index - 1);
	}

	/** Show question `i` (0-based), from any screen before the result. */
	goTo(i: number): void {
		if (this.submitted || !Number.isInteger(i) || i < 0 || i >= this.session.questions.length) return;
		this.phase = "question";
		this.confirming = false;
		this.moveTo(i);
	}

	toggleFlag(): void {
		if (this.submitted || this.phase !== "question") return;
		const idx = this.session.index;
		this.session.flagged[idx] = !this.session.flagged[idx];
		this.options.persist();
		this.render();
	}

	/** The review screen: answered, flagged and unanswered questions. */
	review(): void {
		if (this.submitted) return;
		this.phase = "review";
		this.confirming = false;
		this.render();
	}

	/**
	 * Submit the exam. With unanswered questions and without `force`, asks first (on the review
	 * screen) and submits nothing.
	 */
	submit(force = false): void {
		if (this.submitted) return;
		const unanswered = reviewSummary(this.session).unanswered.length;
		if (!force && unanswered > 0) {
			this.phase = "review";
			this.confirming = true;
			this.render();
			return;
		}
		this.finish();
	}

	/** Checks the clock (called every second): updates the countdown and submits when the time is up. */
	tick(): void {
		if (this.submitted) return;
		const left = remainingMs(this.session, this.options.now());
		if (left === Number.POSITIVE_INFINITY) return;
		if (left <= 0) {
			this.timeUp = true;
			this.finish();
			return;
		}
		this.updateClock(left);
	}

	// --- Internals ---------------------------------------------------------------------------------

	private moveTo(i: number): void {
		this.session.index = i;
		this.options.persist();
		this.render();
	}

	private finish(): void {
		if (this.submitted) return;
		this.submitted = true;
		this.stopClock();
		this.confirming = false;
		this.phase = "result";
		this.result = scoreExam(this.session, this.options.passPercent);
		this.options.onSubmit(this.result);
		this.render();
	}

	private stopClock(): void {
		if (this.timer !== null) window.clearInterval(this.timer);
		this.timer = null;
	}

	/** True when a key comes from the answer box (digits and arrows then belong to the text). */
	private isTyping(ev: KeyboardEvent): boolean {
		if (ev.target instanceof HTMLInputElement) return true;
		const active = this.contentEl.ownerDocument.activeElement;
		return active instanceof HTMLInputElement && this.contentEl.contains(active);
	}

	private answeredCount(): number {
		return reviewSummary(this.session).answered.length;
	}

	private updateCount(): void {
		this.countEl?.setText(`${this.answeredCount()} answered`);
	}

	private updateClock(left: number): void {
		if (!this.clockEl) return;
		this.clockEl.setText(formatClock(left));
		this.clockEl.toggleClass("is-low", left <= LOW_TIME_MS);
	}

	// --- Rendering ---------------------------------------------------------------------------------

	render(): void {
		const el = this.contentEl;
		el.empty();
		this.clockEl = null;
		this.countEl = null;
		if (this.phase === "result" && this.result) return renderExamResult(el, this.result, {
				timeUp: this.timeUp,
				openAt: (path, line) => this.options.openAt(path, line),
				reviewMissed: (questions) => this.options.reviewMissed(questions),
				close: () => this.close(),
			});
		this.renderHeader(el);
		if (this.phase === "review") return this.renderReview(el);
		this.renderQuestion(el);
	}

	private renderHeader(el: HTMLElement): void {
		const header = el.createDiv({ cls: "anc-exam-header" });
		const total = this.session.questions.length;
		header.createSpan({
			cls: "anc-exam-position",
			text: this.phase === "review" ? `${total} questions` : `Question ${this.session.index + 1} of ${total}`,
		});
		if (this.session.limitMs > 0) {
			this.clockEl = header.createSpan({ cls: "anc-exam-clock", attr: { role: "timer", title: "Time left" } });
			this.updateClock(remainingMs(this.session, this.options.now()));
		}
		this.countEl = header.createSpan({ cls: "anc-exam-count" });
		this.updateCount();
	}

	private renderQuestion(el: HTMLElement): void {
		const q = this.current;
		if (!q) {
			el.createEl("p", { cls: "anc-exam-empty", text: "This exam has no questions." });
			return;
		}
		const idx = this.session.index;
		const given = this.session.answers[idx] ?? [];
		const flagged = this.session.flagged[idx] === true;
		if (flagged) el.createDiv({ cls: "anc-exam-flag-note", text: "Flagged for review" });
		el.createDiv({ cls: "anc-exam-prompt", text: q.prompt });

		if (q.choices.length === 0) {
			const input = el.createEl("input", {
				cls: "anc-exam-input",
				attr: { type: "text", placeholder: "Type the answer", "aria-label": "Answer" },
			});
			input.value = given[0] ?? "";
			input.addEventListener("input", () => this.type(input.value));
			window.setTimeout(() => input.focus(), 0);
		} else {
			const chosen = new Set(given);
			const list = el.createDiv({ cls: "anc-exam-choices", attr: { role: "group", "aria-label": "Choices" } });
			q.choices.forEach((c, i) => {
				const selected = chosen.has(c);
				const b = list.createEl("button", {
					cls: selected ? "anc-exam-choice is-selected" : "anc-exam-choice",
					attr: { "data-index": String(i), "aria-pressed": selected ? "true" : "false" },
				});
				b.createSpan({ cls: "anc-exam-key", text: String(i + 1) });
				b.createSpan({ cls: "anc-exam-choice-text", text: c });
				b.addEventListener("click", () => this.pick(i));
			});
			if (q.multi) el.createDiv({ cls: "anc-exam-hint", text: "Select all that apply." });
		}

		const buttons = el.createDiv({ cls: "anc-exam-buttons" });
		const prev = buttons.createEl("button", { cls: "anc-exam-previous", text: "Previous" });
		prev.disabled = idx === 0;
		prev.addEventListener("click", () => this.previous());
		const flag = buttons.createEl("button", {
			cls: flagged ? "anc-exam-flag is-active" : "anc-exam-flag",
			text: "Flag for review",
			attr: { "aria-pressed": flagged ? "true" : "false" },
		});
		flag.addEventListener("click", () => this.toggleFlag());
		const last = idx + 1 >= this.session.questions.length;
		if (!last) buttons.createEl("button", { cls: "anc-exam-review", text: "Review answers" }).addEventListener("click", () => this.review());
		const next = buttons.createEl("button", { cls: "mod-cta anc-exam-next", text: last ? "Review answers" : "Next" });
		next.addEventListener("click", () => this.next());
	}

	private renderReview(el: HTMLElement): void {
		const summary = reviewSummary(this.session);
		const groups: [string, string, number[]][] = [
			["answered", "Answered", summary.answered],
			["flagged", "Flagged", summary.flagged],
			["unanswered", "Unanswered", summary.unanswered],
		];
		for (const [key, title, indexes] of groups) {
			const group = el.createDiv({ cls: `anc-exam-group anc-exam-group-${key}` });
			group.createDiv({ cls: "anc-exam-group-title", text: `${title} (${indexes.length})` });
			const row = group.createDiv({ cls: "anc-exam-numbers" });
			if (indexes.length === 0) row.createSpan({ cls: "anc-exam-none", text: "None" });
			for (const i of indexes) {
				const b = row.createEl("button", {
					cls: "anc-exam-number",
					text: String(i + 1),
					attr: { "aria-label": `Go to question ${i + 1}`, "data-index": String(i) },
				});
				b.addEventListener("click", () => this.goTo(i));
			}
		}

		if (this.confirming) {
			const n = summary.unanswered.length;
			const box = el.createDiv({ cls: "anc-exam-confirm", attr: { role: "alertdialog", "aria-label": "Submit with unanswered questions" } });
			box.createDiv({
				cls: "anc-exam-confirm-text",
				text: n === 1 ? "1 question is unanswered and counts as wrong. Submit anyway?" : `${n} questions are unanswered and count as wrong. Submit anyway?`,
			});
			const buttons = box.createDiv({ cls: "anc-exam-buttons" });
			buttons.createEl("button", { cls: "anc-exam-keep", text: "Keep answering" }).addEventListener("click", () => {
				this.confirming = false;
				this.render();
			});
			const submit = buttons.createEl("button", { cls: "mod-warning anc-exam-confirm-submit", text: "Submit" });
			submit.addEventListener("click", () => this.submit(true));
			window.setTimeout(() => submit.focus(), 0);
			return;
		}

		const buttons = el.createDiv({ cls: "anc-exam-buttons" });
		buttons.createEl("button", { cls: "anc-exam-back", text: "Back to questions" }).addEventListener("click", () => this.goTo(this.session.index));
		buttons.createEl("button", { cls: "mod-cta anc-exam-submit", text: "Submit exam" }).addEventListener("click", () => this.submit());
	}
}
