/**
 * The result of a practice exam: the score against the pass mark, bars per category and per domain
 * tag, and every question with the given and the right answer and a link to its source line.
 * All question text is set as text, never as HTML.
 */

import { basenameOf } from "../core/links/resolve";
import type { ExamResult } from "../core/study/exam";
import type { SetQuestion } from "../core/study/setQuiz";
import { type Bar, drawBarChart } from "./charts";

/** What the result screen needs from its modal. */
export interface ResultScreen {
	/** The exam ended because its time ran out. */
	timeUp: boolean;
	openAt: (path: string, line: number) => void;
	reviewMissed: (questions: SetQuestion[]) => void;
	close: () => void;
}

export function renderExamResult(el: HTMLElement, result: ExamResult, screen: ResultScreen): void {
	if (screen.timeUp) el.createDiv({ cls: "anc-exam-time-up", text: "Time is up." });
	const verdict = result.passed ? "Passed" : "Not passed";
	el.createDiv({
		cls: `anc-exam-headline ${result.passed ? "is-passed" : "is-failed"}`,
		text: `${verdict}: ${result.percent}% (${result.correct} of ${result.total}), pass mark ${result.passPercent}%`,
	});

	const bars = (areas: ExamResult["categories"]): Bar[] =>
		areas.map((a) => ({ label: a.area, value: a.total === 0 ? null : a.percent / 100, detail: `${a.correct} of ${a.total} right` }));
	const categories = el.createDiv({ cls: "anc-exam-areas anc-exam-categories" });
	categories.createDiv({ cls: "anc-exam-section-title", text: "By category" });
	drawBarChart(categories, bars(result.categories), { ariaLabel: "Exam score per category" });
	if (result.domains.length > 0) {
		const domains = el.createDiv({ cls: "anc-exam-areas anc-exam-domains" });
		domains.createDiv({ cls: "anc-exam-section-title", text: "By domain" });
		drawBarChart(domains, bars(result.domains), { ariaLabel: "Exam score per domain" });
	}

	el.createDiv({ cls: "anc-exam-section-title", text: "Questions" });
	const list = el.createDiv({ cls: "anc-exam-items" });
	result.items.forEach((item, i) => {
		const q = item.question;
		const row = list.createDiv({ cls: `anc-exam-item ${item.correct ? "is-correct" : "is-wrong"}`, attr: { "data-index": String(i) } });
		const head = row.createDiv({ cls: "anc-exam-item-head" });
		head.createSpan({ cls: "anc-exam-item-number", text: `${i + 1}.` });
		head.createSpan({ cls: "anc-exam-item-verdict", text: item.correct ? "Right" : "Wrong" });
		row.createDiv({ cls: "anc-exam-item-prompt", text: q.prompt });
		const answered = item.given.some((g) => g.trim() !== "");
		row.createDiv({ cls: "anc-exam-item-given", text: answered ? `Your answer: ${item.given.join("; ")}` : "No answer" });
		row.createDiv({ cls: "anc-exam-item-right", text: `Right answer: ${q.answers.join("; ")}` });
		if (!item.correct && q.explanation) row.createDiv({ cls: "anc-exam-item-explanation", text: q.explanation });
		const link = row.createEl("a", {
			cls: "anc-exam-item-source",
			text: `${basenameOf(q.note)}, line ${q.source.line}`,
			attr: { href: "#", "data-path": q.note },
		});
		link.addEventListener("click", (ev) => {
			ev.preventDefault();
			screen.openAt(q.note, q.source.line);
		});
	});

	const missed = result.items.filter((it) => !it.correct).map((it) => it.question);
	const buttons = el.createDiv({ cls: "anc-exam-buttons" });
	if (missed.length > 0) {
		buttons.createEl("button", { cls: "mod-cta anc-exam-review-missed", text: "Review the missed ones now" }).addEventListener("click", () => {
			screen.close();
			screen.reviewMissed(missed);
		});
	}
	buttons.createEl("button", { cls: "anc-exam-close", text: "Close" }).addEventListener("click", () => screen.close());
}
