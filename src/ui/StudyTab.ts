/**
 * The panel's *Study* tab: quiz a set of notes (the same form as the picker), an exam in progress
 * to resume or discard, the questions due for review, and *Progress*: accuracy per category, the
 * ten weakest notes with *Quiz these*, exam scores over time and answers per day.
 * Note names are set as text, never as HTML.
 */

import { answersPerDay, categoryAccuracies, dayKey, remainingMs, formatClock, reviewSummary, weakestNotes } from "../core/study";
import { basenameOf } from "../core/links/resolve";
import type { StudyServices } from "../obsidian/services";
import { drawBarChart, drawDayChart, drawScoreLine } from "./charts";
import { defaultFormState, renderSetForm, type SetFormState } from "./SetForm";

/** Weakest notes listed in Progress. */
const WEAKEST = 10;

export class StudyTab {
	private form: SetFormState | null = null;

	constructor(
		private services: StudyServices,
		private redraw: () => void,
	) {}

	draw(list: HTMLElement, counts: HTMLElement | null): void {
		const { services } = this;
		const data = services.study.data;
		const now = services.now();
		const due = services.dueCount();
		const days = answersPerDay(data, now);
		const recent = days.reduce((n, d) => n + d.count, 0);
		counts?.setText(`${due} question${due === 1 ? "" : "s"} due for review · ${recent} answer${recent === 1 ? "" : "s"} in the last 30 days`);

		const session = services.examInProgress();
		if (session) {
			const box = list.createDiv({ cls: "anc-study-exam" });
			const s = reviewSummary(session);
			const left = remainingMs(session, now);
			box.createDiv({
				cls: "anc-study-exam-text",
				text: `Practice exam in progress: ${s.answered.length} of ${session.questions.length} answered${Number.isFinite(left) ? `, ${formatClock(left)} left` : ""}.`,
			});
			const buttons = box.createDiv({ cls: "anc-study-buttons" });
			buttons.createEl("button", { cls: "mod-cta anc-study-resume", text: "Resume exam" }).addEventListener("click", () => services.resumeExam());
			buttons.createEl("button", { cls: "anc-study-discard", text: "Discard exam" }).addEventListener("click", () => services.discardExam());
		}

		const review = list.createDiv({ cls: "anc-study-section anc-study-review" });
		review.createDiv({ cls: "anc-group-title", text: "Review" });
		review.createDiv({
			cls: "anc-study-text",
			text: due > 0 ? `${due} missed question${due === 1 ? " is" : "s are"} due again.` : Object.keys(data.review).length > 0 ? "Nothing due now: missed questions come back when they are due." : "Questions you miss come back here.",
		});
		const reviewButtons = review.createDiv({ cls: "anc-study-buttons" });
		if (due > 0) reviewButtons.createEl("button", { cls: "mod-cta anc-study-review-due", text: `Review ${due} due question${due === 1 ? "" : "s"}` }).addEventListener("click", () => void services.reviewDue());
		if (Object.keys(data.review).length > 0) reviewButtons.createEl("button", { cls: "anc-study-export-missed", text: "Export missed for Anki" }).addEventListener("click", () => void services.exportMissed());

		const quiz = list.createDiv({ cls: "anc-study-section" });
		quiz.createDiv({ cls: "anc-group-title", text: "Quiz a set of notes" });
		const form = quiz.createDiv();
		this.form ??= defaultFormState(services.settings().examId);
		const state = this.form;
		const drawForm = (): void => renderSetForm(form, services, state, drawForm, (choice) => void services.startSet(choice));
		drawForm();

		this.drawProgress(list.createDiv({ cls: "anc-study-section anc-study-progress" }), days);
	}

	private drawProgress(el: HTMLElement, days: { date: string; count: number }[]): void {
		const { services } = this;
		const core = services.index.core;
		const data = services.study.data;
		el.createDiv({ cls: "anc-group-title", text: "Progress" });
		const accuracies = services.study.accuracies();

		el.createDiv({ cls: "anc-study-subtitle", text: "Accuracy per category" });
		const categories = categoryAccuracies(accuracies, (p) => core.serviceOf(p)?.category ?? null);
		drawBarChart(
			el,
			categories.map((c) => ({ label: c.category, value: c.total > 0 ? c.correct / c.total : null, detail: `${c.correct} of ${c.total} right` })),
			{ ariaLabel: "Accuracy per category" },
		);

		el.createDiv({ cls: "anc-study-subtitle", text: "Weakest notes" });
		const weakest = weakestNotes(accuracies, WEAKEST, (p) => services.index.fileAt(p) !== null);
		if (weakest.length === 0) el.createDiv({ cls: "anc-study-text", text: "No answers yet: quiz a few notes first." });
		else {
			const ul = el.createEl("ul", { cls: "anc-study-weakest" });
			for (const n of weakest) {
				const li = ul.createEl("li", { cls: "anc-study-weak", attr: { "data-path": n.path } });
				const link = li.createEl("a", { cls: "anc-study-weak-name", text: basenameOf(n.path), attr: { href: "#" } });
				link.addEventListener("click", (ev) => {
					ev.preventDefault();
					void services.openAt(n.path, 1);
				});
				li.createSpan({ cls: "anc-study-weak-figure", text: `${Math.round(n.accuracy * 100)}% (${n.correct} of ${n.total})` });
			}
			el.createEl("button", { cls: "anc-study-quiz-weakest", text: "Quiz these" }).addEventListener("click", () => {
				void services.startSet({ source: { kind: "weakest", count: WEAKEST }, count: services.settings().quizCount, mode: "quiz", minutes: 0 });
			});
		}

		el.createDiv({ cls: "anc-study-subtitle", text: "Exam scores" });
		const pass = services.settings().passPercent;
		drawScoreLine(
			el,
			data.exams.map((e, i) => ({ date: dayKey(e.at), percent: e.percent, label: `Practice exam ${i + 1}, ${dayKey(e.at)}: ${e.percent}% (${e.correct} of ${e.total})` })),
			pass,
			{ ariaLabel: "Exam scores" },
		);

		el.createDiv({ cls: "anc-study-subtitle", text: "Answers per day" });
		drawDayChart(el, days, { ariaLabel: "Answers per day, last 30 days" });
		if (data.dropped > 0 || data.learned > 0) {
			el.createDiv({ cls: "anc-study-text", text: `${data.learned} missed question${data.learned === 1 ? "" : "s"} learned; ${data.dropped} dropped because their source line changed.` });
		}
	}
}
