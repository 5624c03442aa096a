/** The services the plugin hands to its views, modals and features, and how they are built. */

import type { App, TFile } from "obsidian";
import type { CoachSettings } from "../settings";
import type { TemplateSpec } from "../core/template/spec";
import type { VaultIndex } from "./VaultIndex";
import { noticeOnFailure, type CreateOptions } from "./actions";
import type { ExamSession, SetChoice } from "../core/study";
import type { StudyStore } from "./StudyStore";
import type { QuizFeature } from "./features/QuizFeature";
import type { StudyFeature } from "./features/StudyFeature";
import type { CoachSettingsHost } from "./settingsHost";
import { activeMarkdownFile, openAt, revealPanel } from "./workspace";

/**
 * What views, modals and commands need from the plugin. Passing this instead of the plugin keeps
 * the UI testable with a fake and makes the dependencies visible.
 */
export interface CoachServices {
	app: App;
	index: VaultIndex;
	settings(): CoachSettings;
	saveSettings(): Promise<void>;
	/** The template in force (settings or template note). */
	templateSpec(): TemplateSpec;
	createOptions(): CreateOptions;
	/** Open a note with the cursor on a 1-based line. */
	openAt(path: string, line: number): Promise<void>;
	/** Open the quiz for a note (the active one by default). */
	startQuiz(file?: TFile | null): void;
	/** Make a template (e.g. the one learned from the notes) the template in force, and check again. */
	useTemplate(spec: TemplateSpec): Promise<void>;
	/** Reveal the panel on a tab. */
	revealPanel(tab?: PanelTabId): Promise<void>;
}

export type PanelTabId = "missing" | "template" | "coverage" | "study";

/** What the study surfaces (set picker, Study tab) need besides the core services. */
export interface StudyServices extends CoachServices {
	study: StudyStore;
	/** The note the user is looking at, or null. */
	activeNote(): string | null;
	/** Start a set quiz or a practice exam. */
	startSet(choice: SetChoice): Promise<void>;
	/** Questions due for review now. */
	dueCount(): number;
	/** Run the due review questions. */
	reviewDue(): Promise<void>;
	/** Write the questions of the review queue as an Anki import file. */
	exportMissed(): Promise<void>;
	/** The exam in progress, to resume or discard. */
	examInProgress(): ExamSession | null;
	resumeExam(): void;
	discardExam(): void;
	/** The clock (ms since epoch); tests fake it. */
	now(): number;
}

/** What the services are built from. The features are read when a service is called. */
export interface ServiceParts {
	app: App;
	index: VaultIndex;
	study: StudyStore;
	host: Pick<CoachSettingsHost, "settings" | "saveSettings" | "templateSpec" | "createOptions" | "useTemplate">;
	/** The clock (ms since epoch). */
	now(): number;
	studyFeature(): StudyFeature | null;
	quizFeature(): QuizFeature | null;
}

/**
 * The services of the plugin, built once at load. Study actions need the study feature (they
 * throw once the plugin is unloaded); failed actions are reported in a notice.
 */
export function buildServices(parts: ServiceParts): StudyServices {
	const { app, host } = parts;
	const study = (): StudyFeature => {
		const feature = parts.studyFeature();
		if (!feature) throw new Error("The plugin is not loaded.");
		return feature;
	};
	return {
		study: parts.study,
		activeNote: () => activeMarkdownFile(app)?.path ?? null,
		startSet: (choice) => study().startSet(choice).catch(noticeOnFailure("start the quiz")),
		dueCount: () => study().dueCount(),
		reviewDue: () => study().reviewDue().catch(noticeOnFailure("start the review")),
		exportMissed: () => study().exportMissed().catch(noticeOnFailure("export the missed questions")),
		examInProgress: () => study().examInProgress(),
		resumeExam: () => study().resumeExam(),
		discardExam: () => study().discardExam(),
		now: () => parts.now(),
		app,
		index: parts.index,
		settings: () => host.settings,
		saveSettings: () => host.saveSettings(),
		templateSpec: () => host.templateSpec(),
		createOptions: () => host.createOptions(),
		openAt: (path, line) => openAt(app, path, line),
		startQuiz: (file) => void parts.quizFeature()?.startQuiz(file ?? null).catch(noticeOnFailure("start the quiz")),
		revealPanel: (tab) => revealPanel(app, tab),
		useTemplate: (spec) => host.useTemplate(spec),
	};
}
