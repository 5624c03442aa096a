/** The study screens, for `StudyFeature`: the set picker, the quiz modal over several notes, the exam modal. */

import type { App } from "obsidian";
import type { Quiz } from "../core/quiz/types";
import type { ExamHooks, QuizHooks, StudyUi } from "../obsidian/features/StudyFeature";
import type { StudyServices } from "../obsidian/services";
import type { ExamSession, SetMode, SetQuestion, SetSource } from "../core/study";
import { ExamModal } from "./ExamModal";
import { QuizModal } from "./QuizModal";
import { SetPickerModal } from "./SetPickerModal";

export function studyUi(app: App, services: () => StudyServices): StudyUi {
	return {
		pickSet: (initial: SetSource | null, mode?: SetMode) => new SetPickerModal(app, services(), initial, mode).open(),
		quiz: (title: string, questions: SetQuestion[], hooks: QuizHooks) => {
			const quiz: Quiz = { note: title, seed: questions[0]?.seed ?? 1, questions, reason: null };
			new QuizModal(app, quiz, {
				title,
				showInNote: hooks.showInNote,
				lastScore: null,
				onFinish: () => undefined,
				onAnswer: hooks.onAnswer,
				neverAsk: hooks.neverAsk,
				countAsRight: (q) => hooks.countAsRight(q),
				noteOf: hooks.noteOf,
			}).open();
		},
		exam: (session: ExamSession, hooks: ExamHooks) => new ExamModal(app, { session, ...hooks }).open(),
	};
}
