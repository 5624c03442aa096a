/**
 * Plugin lifecycle and wiring: load settings and study data, build the services, register the
 * panel, the ribbon icon and the settings tab, and load the features (each registers its own
 * commands, status bar items and events: `src/obsidian/features/`). Vault-wide work waits for `onLayoutReady` (in `VaultIndex`).
 * Everything is registered through Obsidian so `onunload` leaves nothing behind.
 */

import { Notice, Plugin, TFile, type WorkspaceLeaf, debounce, normalizePath, parseYaml } from "obsidian";
import type { CoachConfig } from "./core/CoachIndex";
import { parseNote } from "./core/note/parseNote";
import { useYamlParser } from "./core/note/yaml";
import { neverAsk } from "./core/study/schedule";
import { type TemplateSpec, isTemplateError, templateFromNote } from "./core/template/spec";
import { noticeOnFailure, type CreateOptions } from "./obsidian/actions";
import { EditorHintsFeature } from "./obsidian/features/EditorHintsFeature";
import { MissingNotesFeature } from "./obsidian/features/MissingNotesFeature";
import { QuizFeature } from "./obsidian/features/QuizFeature";
import { StudyFeature } from "./obsidian/features/StudyFeature";
import { TemplateFeature } from "./obsidian/features/TemplateFeature";
import type { StudyServices } from "./obsidian/services";
import { StudyStore } from "./obsidian/StudyStore";
import { VaultIndex } from "./obsidian/VaultIndex";
import { activeMarkdownFile, openAt, revealPanel } from "./obsidian/workspace";
import { type CoachSettings, migrateSettings } from "./settings";
import { CoachView, VIEW_TYPE_COACH } from "./ui/CoachView";
import { askWithModal } from "./ui/ConfirmModal";
import { QuizModal } from "./ui/QuizModal";
import { CoachSettingTab } from "./ui/SettingsTab";
import { studyUi } from "./ui/studyUi";

export default class AwsNotesCoachPlugin extends Plugin {
	settings!: CoachSettings;
	index!: VaultIndex;
	private spec: TemplateSpec | null = null;
	private editorHints: EditorHintsFeature | null = null;
	private template: TemplateFeature | null = null;
	/** The quiz on one note (tests reach `saveQuiz` through it). */
	quizFeature: QuizFeature | null = null;
	study!: StudyStore;
	private studyFeature: StudyFeature | null = null;
	/** The clock of the study loop (ms since epoch); tests replace it. */
	clock: () => number = () => Date.now();

	async onload(): Promise<void> {
		// Frontmatter is read exactly as Obsidian reads it.
		useYamlParser(parseYaml);
		const raw: unknown = await this.loadData();
		this.settings = migrateSettings(raw);
		this.study = new StudyStore(() => this.saveSettings());
		this.study.load(raw, this.settings.lastScores);
		this.index = new VaultIndex(this.app, this, () => this.coachConfig());
		const services = this.services();
		this.studyFeature = new StudyFeature(this, services, this.study, studyUi(this.app, () => this.services()), () => this.settings.passPercent);
		this.studyFeature.load();

		this.registerView(VIEW_TYPE_COACH, (leaf: WorkspaceLeaf) => new CoachView(leaf, services));
		this.addRibbonIcon("cloud", "Open AWS notes panel", () => void revealPanel(this.app));
		this.addSettingTab(new CoachSettingTab(this.app, this));
		const ask = askWithModal(this.app);
		new MissingNotesFeature(this, services, ask).load();
		this.template = new TemplateFeature(this, services, ask);
		this.template.load();
		this.quizFeature = new QuizFeature(this, services, (quiz, options) => new QuizModal(this.app, quiz, options).open(), {
			record: (q, correct) => this.studyFeature?.record(q, correct),
			neverAsk: (id) => {
				neverAsk(this.study.data, id);
				this.study.changed();
			},
		});
		this.quizFeature.load();
		this.editorHints = new EditorHintsFeature(this, services);
		this.editorHints.load();
		this.registerEvent(
			this.app.metadataCache.on("changed", (file) => {
				if (this.settings.templateNotePath && file.path === normalizePath(this.settings.templateNotePath)) this.settingsChanged();
			}),
		);
		this.app.workspace.onLayoutReady(() => void this.loadTemplateNote());
		this.index.start();
		this.register(() => this.index.dispose());
	}

	onunload(): void {
		this.reindexSoon.cancel();
		// Views are detached by Obsidian itself; registered events, the status bar item and the
		// ribbon icon are removed through `register*`. Nothing else holds state.
		this.template?.unload();
		this.template = null;
		this.quizFeature = null;
		this.editorHints?.unload();
		this.editorHints = null;
		this.studyFeature?.unload();
		this.studyFeature = null;
		// Answers of the last seconds are written now rather than lost.
		void this.study.flush();
		this.study.dispose();
	}

	/** Settings and study data are one `data.json`: every save writes both. */
	async saveSettings(): Promise<void> {
		await this.saveData({ ...this.settings, study: this.study.stored() });
	}

	/**
	 * Scope or template changed: recompute the template and re-index. Debounced, because the
	 * settings tab reports every keystroke and a re-index reads the whole vault.
	 */
	settingsChanged(): void {
		this.reindexSoon();
	}

	private reindexSoon = debounce(
		() => {
			void this.loadTemplateNote()
				.then(() => this.index.rebuild())
				.then(() => this.editorHintsChanged());
		},
		600,
		true,
	);

	/**
	 * Use a template (the one learned from the notes): its sections replace the ones in settings,
	 * and a template note, if one was set, no longer overrides them. The vault is checked again.
	 */
	async useTemplate(spec: TemplateSpec): Promise<void> {
		this.settings.sections = spec.sections.map((s) => ({ name: s.name, synonyms: [...s.synonyms], required: s.required }));
		const hadNote = this.settings.templateNotePath !== "";
		this.settings.templateNotePath = "";
		await this.saveSettings();
		this.settingsChanged();
		new Notice(`Template: ${spec.sections.map((s) => s.name).join(" / ")}${hadNote ? " (replaces the template note)" : ""}. Checking again.`);
	}

	/** The structure most AWS notes share (for the settings' "Learn template from my notes"). */
	learnTemplate(): ReturnType<VaultIndex["core"]["learnTemplate"]> {
		return this.index.core.learnTemplate();
	}

	scopeReasons(): ReturnType<VaultIndex["core"]["scopeReasons"]> {
		return this.index.core.scopeReasons();
	}

	examChanged(): void {
		this.index.flush();
	}

	editorHintsChanged(): void {
		this.editorHints?.refresh();
	}

	private coachConfig(): CoachConfig {
		return {
			scope: this.settings.scope,
			template: this.templateSpec(),
			disabledRules: this.settings.disabledRules,
			templateNotePath: this.settings.templateNotePath ? normalizePath(this.settings.templateNotePath) : null,
		};
	}

	templateSpec(): TemplateSpec {
		return this.spec ?? { sections: this.settings.sections };
	}

	/** Read the template note, when one is configured, into the template spec. */
	private async loadTemplateNote(): Promise<void> {
		this.spec = null;
		const path = this.settings.templateNotePath;
		if (!path) return;
		const file = this.app.vault.getAbstractFileByPath(normalizePath(path));
		if (!(file instanceof TFile)) {
			new Notice(`Template note "${path}" not found: using the sections from settings.`);
			return;
		}
		const spec = templateFromNote(parseNote(await this.app.vault.cachedRead(file)), { sections: this.settings.sections });
		if (isTemplateError(spec)) new Notice(`Template note "${path}": ${spec.error} Using the sections from settings.`);
		else this.spec = spec;
	}

	private services(): StudyServices {
		const study = (): StudyFeature => {
			if (!this.studyFeature) throw new Error("The plugin is not loaded.");
			return this.studyFeature;
		};
		return {
			study: this.study,
			activeNote: () => activeMarkdownFile(this.app)?.path ?? null,
			startSet: (choice) => study().startSet(choice).catch(noticeOnFailure("start the quiz")),
			dueCount: () => study().dueCount(),
			reviewDue: () => study().reviewDue().catch(noticeOnFailure("start the review")),
			exportMissed: () => study().exportMissed().catch(noticeOnFailure("export the missed questions")),
			examInProgress: () => study().examInProgress(),
			resumeExam: () => study().resumeExam(),
			discardExam: () => study().discardExam(),
			now: () => this.clock(),
			app: this.app,
			index: this.index,
			settings: () => this.settings,
			saveSettings: () => this.saveSettings(),
			templateSpec: () => this.templateSpec(),
			createOptions: () => this.createOptions(),
			openAt: (path, line) => openAt(this.app, path, line),
			startQuiz: (file) => void this.quizFeature?.startQuiz(file ?? null).catch(noticeOnFailure("start the quiz")),
			revealPanel: (tab) => revealPanel(this.app, tab),
			useTemplate: (spec) => this.useTemplate(spec),
		};
	}

	private createOptions(): CreateOptions {
		return { spec: this.templateSpec(), templateNotePath: this.settings.templateNotePath, folder: this.settings.newNoteFolder };
	}
}
