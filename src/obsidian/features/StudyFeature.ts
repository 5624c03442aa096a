/**
 * The study loop in Obsidian: "Quiz a set of notes..." (also from a folder's menu), practice exams
 * that survive a restart, "Review due questions" with a count in the status bar, and every answer
 * recorded (missed ones come back on an FSRS schedule). The screens are passed in (`StudyUi`), so
 * this layer never imports the UI; the logic is the core's (`src/core/study`).
 */

import { Notice, type Plugin, TFile, TFolder } from "obsidian";
import { questionsToAnkiTsv } from "../../core/quiz/anki";
import { safeFileName } from "../../core/links/edits";
import { basenameOf } from "../../core/links/resolve";
import type { Question } from "../../core/quiz/types";
import {
	buildSetQuiz,
	describeSource,
	dropReview,
	dueItems,
	examRecord,
	loadQuizNote,
	neverAsk,
	notesToRead,
	questionById,
	recordAnswer,
	markAnswer,
	countAsRight,
	type AnswerMark,
	selectNotes,
	startExam,
	type ExamResult,
	type ExamSession,
	type LoadedNote,
	type ReviewItem,
	type SetChoice,
	type SetMode,
	type SetQuestion,
	type SetSource,
} from "../../core/study";
import type { StudyServices } from "../services";
import type { StudyStore } from "../StudyStore";

/** How a question screen reports back. */
export interface QuizHooks {
	onAnswer: (question: Question, correct: boolean) => void;
	neverAsk: (question: Question) => void;
	countAsRight: (question: Question) => void;
	showInNote: (question: Question) => void;
	noteOf: (question: Question) => string | null;
}

/** How the exam screen reports back. */
export interface ExamHooks {
	persist: () => void;
	onSubmit: (result: ExamResult) => void;
	reviewMissed: (questions: SetQuestion[]) => void;
	openAt: (path: string, line: number) => void;
	now: () => number;
	passPercent: number;
}

/** The screens, built by the plugin from `src/ui`. */
export interface StudyUi {
	pickSet(initial: SetSource | null, mode?: SetMode): void;
	quiz(title: string, questions: SetQuestion[], hooks: QuizHooks): void;
	exam(session: ExamSession, hooks: ExamHooks): void;
}

/** Questions of a review session at most: a long queue is worked through in rounds. */
export const REVIEW_ROUND = 20;

export class StudyFeature {
	private statusEl: HTMLElement | null = null;
	/** The study data before the last answer recorded, for "My answer was right". */
	private lastAnswer: AnswerMark | null = null;

	constructor(
		private readonly plugin: Plugin,
		private readonly services: Omit<StudyServices, "startSet" | "dueCount" | "reviewDue" | "exportMissed" | "examInProgress" | "resumeExam" | "discardExam">,
		private readonly store: StudyStore,
		private readonly ui: StudyUi,
		private readonly passPercent: () => number,
	) {}

	load(): void {
		const { plugin } = this;
		plugin.addCommand({ id: "quiz-set", name: "Quiz a set of notes...", callback: () => this.ui.pickSet(null) });
		plugin.addCommand({ id: "review-due", name: "Review due questions", callback: () => void this.reviewDue() });
		plugin.addCommand({ id: "export-anki", name: "Export questions for Anki...", callback: () => this.ui.pickSet(null, "export") });
		plugin.addCommand({
			id: "resume-exam",
			name: "Resume practice exam",
			checkCallback: (checking) => {
				if (!this.store.data.session) return false;
				if (!checking) this.resumeExam();
				return true;
			},
		});
		plugin.registerEvent(
			plugin.app.workspace.on("file-menu", (menu, file) => {
				if (!(file instanceof TFolder)) return;
				menu.addItem((item) =>
					item
						.setTitle("Quiz this folder")
						.setIcon("graduation-cap")
						.onClick(() => this.ui.pickSet({ kind: "folder", folder: file.path === "/" ? "" : file.path })),
				);
			}),
		);
		this.statusEl = plugin.addStatusBarItem();
		this.statusEl.addClass("anc-review-status", "mod-clickable");
		this.statusEl.setAttr("aria-label", "Review the questions you missed");
		plugin.registerDomEvent(this.statusEl, "click", () => void this.reviewDue());
		plugin.register(this.store.onChange(() => this.updateStatus()));
		// Reviews fall due while Obsidian stays open.
		plugin.registerInterval(window.setInterval(() => this.updateStatus(), 60_000));
		this.updateStatus();
	}

	unload(): void {
		this.statusEl = null;
	}

	dueCount(): number {
		return dueItems(this.store.data, this.services.now()).length;
	}

	/** "Review: 12 due", hidden when nothing is due. */
	updateStatus(): void {
		const el = this.statusEl;
		if (!el) return;
		const n = this.dueCount();
		el.setText(n > 0 ? `Review: ${n} due` : "");
		el.toggleClass("anc-hidden", n === 0);
	}

	/** Read and parse notes for a set quiz (the ones it will draw from, in its order). */
	private async loadNotes(paths: string[]): Promise<Map<string, LoadedNote>> {
		const { app } = this.services;
		const contextOf = this.services.index.core.quizContexts();
		const out = new Map<string, LoadedNote>();
		for (const path of paths) {
			const file = app.vault.getAbstractFileByPath(path);
			if (!(file instanceof TFile)) continue;
			try {
				out.set(path, loadQuizNote(path, await app.vault.cachedRead(file), contextOf));
			} catch {
				// unreadable: the set quiz draws from the other notes
			}
		}
		return out;
	}

	/** The questions of a set, as the CLI builds them for the same seed. */
	async buildSet(source: SetSource, count: number, seed: number): Promise<{ questions: SetQuestion[]; notes: number }> {
		const core = this.services.index.core;
		const paths = selectNotes(core, source, (p) => this.store.accuracyOf(p));
		const loaded = await this.loadNotes(notesToRead(paths, seed, count));
		const info = (path: string) => ({ category: core.serviceOf(path)?.category ?? null, tags: core.tagsOf(path) });
		const never = new Set(this.store.data.never);
		const quiz = buildSetQuiz(paths, (p) => loaded.get(p) ?? null, info, { count, seed, kinds: this.services.settings().quizKinds, never });
		return { questions: quiz.questions, notes: paths.length };
	}

	async startSet(choice: SetChoice): Promise<void> {
		if (this.store.data.session && choice.mode === "exam") {
			new Notice("A practice exam is in progress: resume it or discard it first (Study tab).");
			return;
		}
		const seed = Math.floor(this.services.now() / 1000) % 100000 || 1;
		const { questions, notes } = await this.buildSet(choice.source, choice.count, seed);
		const name = describeSource(choice.source);
		if (questions.length === 0) {
			new Notice(notes === 0 ? `No AWS note in ${name}.` : `The notes of ${name} have too little to ask about.`);
			return;
		}
		if (choice.mode === "export") {
			await this.exportQuestions(questions, name);
			return;
		}
		if (choice.mode === "exam") {
			this.store.data.session = startExam(questions, choice.source, seed, choice.minutes, this.services.now());
			this.store.changed();
			this.resumeExam();
		} else this.ui.quiz(`Quiz: ${name}`, questions, this.hooks());
	}

	/**
	 * Write questions as an Anki import file (tab-separated, with links back to the notes) in the
	 * vault's root; never replaces a file.
	 */
	async exportQuestions(questions: SetQuestion[], name: string): Promise<void> {
		const { app } = this.services;
		const text = questionsToAnkiTsv(questions.map((q) => ({ question: q, note: q.note, category: q.category })), { vault: app.vault.getName() });
		const date = new Date(this.services.now()).toISOString().slice(0, 10);
		const base = safeFileName(`Anki export ${name} ${date}`).name;
		let path = `${base}.txt`;
		for (let n = 2; app.vault.getAbstractFileByPath(path); n++) path = `${base} ${n}.txt`;
		await app.vault.create(path, text);
		new Notice(`Exported ${questions.length} question${questions.length === 1 ? "" : "s"} to ${path}: import it in Anki with File > Import.`);
	}

	/** "Export missed questions": the questions in the review queue, regenerated from their notes. */
	async exportMissed(): Promise<void> {
		const items = Object.values(this.store.data.review);
		if (items.length === 0) {
			new Notice("No missed questions to export.");
			return;
		}
		const { questions } = await this.regenerate(items);
		await this.exportQuestions(questions, "missed questions");
	}

	/** Record every answer; misses enter the review queue. */
	private hooks(): QuizHooks {
		return {
			onAnswer: (q, correct) => this.record(q as SetQuestion, correct),
			countAsRight: (q) => this.countAsRight(q as SetQuestion),
			neverAsk: (q) => {
				neverAsk(this.store.data, q.id);
				this.store.changed();
			},
			showInNote: (q) => void this.services.openAt((q as SetQuestion).note, q.source.line),
			noteOf: (q) => basenameOf((q as SetQuestion).note),
		};
	}

	/** One answer into the history (and the review queue when missed). */
	record(q: { id: string; note: string; seed: number }, correct: boolean): void {
		this.lastAnswer = markAnswer(this.store.data, q.id);
		recordAnswer(this.store.data, { id: q.id, note: q.note, seed: q.seed, correct }, this.services.now());
		this.store.changed();
	}

	/** "My answer was right": the question's last answer, just recorded as missed, is recorded as right. */
	countAsRight(q: { id: string; note: string; seed: number }): void {
		const mark = this.lastAnswer;
		if (mark === null || mark.id !== q.id) return;
		this.lastAnswer = null;
		if (countAsRight(this.store.data, mark, { id: q.id, note: q.note, seed: q.seed }, this.services.now())) this.store.changed();
	}

	examInProgress(): ExamSession | null {
		return this.store.data.session;
	}

	resumeExam(): void {
		const session = this.store.data.session;
		if (!session) {
			new Notice("No practice exam in progress.");
			return;
		}
		this.ui.exam(session, {
			persist: () => this.store.changed(),
			onSubmit: (result) => this.finishExam(result),
			reviewMissed: (questions) => this.ui.quiz("Review the missed questions", questions, this.hooks()),
			openAt: (path, line) => void this.services.openAt(path, line),
			now: () => this.services.now(),
			passPercent: this.passPercent(),
		});
	}

	discardExam(): void {
		this.store.data.session = null;
		this.store.changed();
	}

	private finishExam(result: ExamResult): void {
		const now = this.services.now();
		for (const item of result.items) recordAnswer(this.store.data, { id: item.question.id, note: item.question.note, seed: item.question.seed, correct: item.correct }, now);
		this.store.data.exams.push(examRecord(result, now));
		this.store.data.session = null;
		this.store.changed();
	}

	/**
	 * Queued questions regenerated from their notes' current text; those whose source line was
	 * edited or deleted are dropped from the queue and counted.
	 */
	private async regenerate(items: ReviewItem[]): Promise<{ questions: SetQuestion[]; dropped: number }> {
		const loaded = await this.loadNotes([...new Set(items.map((d) => d.note))]);
		const core = this.services.index.core;
		const questions: SetQuestion[] = [];
		let dropped = 0;
		for (const item of items) {
			const note = loaded.get(item.note);
			const q = note ? questionById(note, item.id, item.seed) : null;
			if (!q) {
				dropReview(this.store.data, item.id);
				dropped++;
				continue;
			}
			questions.push({ ...q, note: item.note, category: core.serviceOf(item.note)?.category ?? null, seed: item.seed, domains: [] });
		}
		if (dropped > 0) this.store.changed();
		return { questions, dropped };
	}

	/**
	 * The due questions, regenerated from their notes' current text: a question whose line was
	 * edited or deleted is dropped (and the count said).
	 */
	async reviewDue(): Promise<void> {
		const due = dueItems(this.store.data, this.services.now()).slice(0, REVIEW_ROUND);
		if (due.length === 0) {
			new Notice("No questions are due for review.");
			return;
		}
		const { questions, dropped } = await this.regenerate(due);
		if (dropped > 0) new Notice(`${dropped} review question${dropped === 1 ? " was" : "s were"} dropped: ${dropped === 1 ? "its" : "their"} source line was edited or deleted.`);
		if (questions.length > 0) this.ui.quiz("Review", questions, this.hooks());
	}
}
