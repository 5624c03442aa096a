/**
 * The quiz on one note: "Generate quiz from current note" (also the panel's "Quiz me on this
 * note"), from the editor's current text, with wrong answers from the vault's AWS notes; every
 * answer goes to the study history; "Save quiz as note" next to the source, never replacing a file.
 * The quiz screen is passed in (`QuizScreen`), so this layer never imports the UI.
 */

import { Notice, type Plugin, type TFile, normalizePath } from "obsidian";
import { folderOf } from "../../core/links/resolve";
import { quizToFlashcards, quizToMarkdown } from "../../core/quiz/export";
import { quizFromText } from "../../core/quiz/window";
import type { Question, Quiz } from "../../core/quiz/types";
import type { QuizScore } from "../../settings";
import type { CoachServices } from "../services";
import { addActiveNoteCommand } from "../commands";
import { activeMarkdownFile, currentText } from "../workspace";

/** What the quiz screen is given. */
export interface QuizScreenOptions {
	/** The modal's title ("Quiz" by default). */
	title?: string;
	/** Generate a fresh quiz with another seed; no "New quiz" button without it. */
	newQuiz?: (seed: number) => Quiz;
	/** Open a question's source note at its line. */
	showInNote: (question: Question) => void;
	/** Save the quiz as a note; resolves to the new note's path. No "Save quiz as note" without it. */
	save?: (quiz: Quiz) => Promise<string>;
	/** Copy text to the clipboard. */
	copy?: (text: string) => Promise<void>;
	/** Flashcards text of the quiz; no "Copy as flashcards" without it. */
	flashcards?: (quiz: Quiz) => string;
	lastScore: QuizScore | null;
	/** Called once per finished round with the score. */
	onFinish: (correct: number, total: number) => void;
	/** Called for every answer (the study history and the review queue). */
	onAnswer?: (question: Question, correct: boolean, seed: number) => void;
	/** "Never ask this again" under the feedback; the question is not asked again anywhere. */
	neverAsk?: (question: Question) => void;
	/** "My answer was right" under a typed answer not accepted: it is recorded again as right. */
	countAsRight?: (question: Question, seed: number) => void;
	/** The note a question comes from, shown above it in quizzes over several notes. */
	noteOf?: (question: Question) => string | null;
}

export type QuizScreen = (quiz: Quiz, options: QuizScreenOptions) => void;

/** Where answers go: the study history (and the review queue) and "Never ask this again". */
export interface QuizRecorder {
	record(question: { id: string; note: string; seed: number }, correct: boolean): void;
	/** The last answer recorded for this question was right after all (a typed answer the checker missed). */
	countAsRight(question: { id: string; note: string; seed: number }): void;
	neverAsk(id: string): void;
}

export class QuizFeature {
	constructor(
		private readonly plugin: Plugin,
		private readonly services: CoachServices,
		private readonly screen: QuizScreen,
		private readonly recorder: QuizRecorder,
	) {}

	load(): void {
		addActiveNoteCommand(this.plugin, "generate-quiz", "Generate quiz from current note", (file) => this.startQuiz(file), "start the quiz");
	}

	/** Generate a quiz from a note's current text (the active note by default) and run it. */
	async startQuiz(file: TFile | null): Promise<void> {
		const { app, index } = this.services;
		const settings = (): ReturnType<CoachServices["settings"]> => this.services.settings();
		const target = file ?? activeMarkdownFile(app) ?? app.workspace.getActiveFile();
		if (!target || target.extension !== "md") {
			new Notice("Open a note to quiz yourself on it.");
			return;
		}
		// A very large note is quizzed from a window of it (see `quizFromText`), so no quiz freezes Obsidian.
		const text = await currentText(app, target);
		const make = (seed: number): Quiz =>
			quizFromText(text, (note) => index.core.quizContexts()(target.path, note), { count: settings().quizCount, seed, kinds: settings().quizKinds });
		const quiz = make(1);
		if (quiz.questions.length === 0) {
			new Notice(quiz.reason ?? "This note has too little to ask about.");
			return;
		}
		this.screen(quiz, {
			newQuiz: make,
			showInNote: (q) => void this.services.openAt(target.path, q.source.line),
			save: (q) => this.saveQuiz(target, q),
			copy: (t) => navigator.clipboard.writeText(t),
			flashcards: quizToFlashcards,
			lastScore: settings().lastScores[target.path] ?? null,
			onAnswer: (q, correct, seed) => this.recorder.record({ id: q.id, note: target.path, seed }, correct),
			neverAsk: (q) => this.recorder.neverAsk(q.id),
			countAsRight: (q, seed) => this.recorder.countAsRight({ id: q.id, note: target.path, seed }),
			onFinish: (correct, total) => {
				settings().lastScores[target.path] = { correct, total, date: new Date().toISOString().slice(0, 10) };
				void this.services.saveSettings();
			},
		});
	}

	/** Save a quiz as a new note next to its source; never replaces a file. */
	async saveQuiz(source: TFile, quiz: Quiz): Promise<string> {
		const { app } = this.services;
		const folder = folderOf(source.path);
		const base = `${source.basename} quiz`;
		let path = normalizePath(folder ? `${folder}/${base}.md` : `${base}.md`);
		const taken = new Set(app.vault.getFiles().map((f) => f.path.toLowerCase()));
		for (let n = 2; taken.has(path.toLowerCase()); n++) path = normalizePath(folder ? `${folder}/${base} ${n}.md` : `${base} ${n}.md`);
		const linktext = app.metadataCache.fileToLinktext(source, path, true);
		const file = await app.vault.create(path, quizToMarkdown(quiz, linktext, new Date().toISOString().slice(0, 10)));
		return file.path;
	}
}
