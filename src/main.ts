/**
 * Plugin lifecycle and wiring: load settings and study data, build the services, register the
 * panel, the ribbon icon and the settings tab, and load the features (each registers its own
 * commands, status bar items and events: `src/obsidian/features/`). Vault-wide work waits for `onLayoutReady` (in `VaultIndex`).
 * What the settings mean lives in `CoachSettingsHost`, the services in `buildServices`.
 * Everything is registered through Obsidian so `onunload` leaves nothing behind.
 */

import { Plugin, type WorkspaceLeaf, parseYaml } from "obsidian";
import { useYamlParser } from "./core/note/yaml";
import { neverAsk } from "./core/study/schedule";
import { EditorHintsFeature } from "./obsidian/features/EditorHintsFeature";
import { MissingNotesFeature } from "./obsidian/features/MissingNotesFeature";
import { QuizFeature } from "./obsidian/features/QuizFeature";
import { StudyFeature } from "./obsidian/features/StudyFeature";
import { TemplateFeature } from "./obsidian/features/TemplateFeature";
import { buildServices } from "./obsidian/services";
import { CoachSettingsHost } from "./obsidian/settingsHost";
import { StudyStore } from "./obsidian/StudyStore";
import { VaultIndex } from "./obsidian/VaultIndex";
import { revealPanel } from "./obsidian/workspace";
import { type CoachSettings, migrateSettings } from "./settings";
import { CoachView, VIEW_TYPE_COACH } from "./ui/CoachView";
import { askWithModal } from "./ui/ConfirmModal";
import { QuizModal } from "./ui/QuizModal";
import { CoachSettingTab } from "./ui/SettingsTab";
import { studyUi } from "./ui/studyUi";

export default class AwsNotesCoachPlugin extends Plugin {
	settings!: CoachSettings;
	index!: VaultIndex;
	study!: StudyStore;
	/** The quiz on one note (tests reach `saveQuiz` through it). */
	quizFeature: QuizFeature | null = null;
	/** The clock of the study loop (ms since epoch); tests replace it. */
	clock: () => number = () => Date.now();
	private host!: CoachSettingsHost;
	private studyFeature: StudyFeature | null = null;
	private template: TemplateFeature | null = null;
	private editorHints: EditorHintsFeature | null = null;

	async onload(): Promise<void> {
		// Frontmatter is read exactly as Obsidian reads it.
		useYamlParser(parseYaml);
		const raw: unknown = await this.loadData();
		this.settings = migrateSettings(raw);
		this.study = new StudyStore(() => this.saveSettings());
		this.study.load(raw, this.settings.lastScores);
		this.host = new CoachSettingsHost({
			app: this.app,
			settings: () => this.settings,
			saveSettings: () => this.saveSettings(),
			index: () => this.index,
			refreshEditorHints: () => this.editorHints?.refresh(),
		});
		this.index = new VaultIndex(this.app, this, () => this.host.coachConfig());
		const services = buildServices({
			app: this.app,
			index: this.index,
			study: this.study,
			host: this.host,
			now: () => this.clock(),
			studyFeature: () => this.studyFeature,
			quizFeature: () => this.quizFeature,
		});
		this.studyFeature = new StudyFeature(this, services, this.study, studyUi(this.app, () => services), () => this.settings.passPercent);
		this.studyFeature.load();

		this.registerView(VIEW_TYPE_COACH, (leaf: WorkspaceLeaf) => new CoachView(leaf, services));
		this.addRibbonIcon("cloud", "Open AWS notes panel", () => void revealPanel(this.app));
		this.addSettingTab(new CoachSettingTab(this.app, this, this.host));
		const ask = askWithModal(this.app);
		new MissingNotesFeature(this, services, ask).load();
		this.template = new TemplateFeature(this, services, ask);
		this.template.load();
		this.quizFeature = new QuizFeature(this, services, (quiz, options) => new QuizModal(this.app, quiz, options).open(), {
			record: (q, correct) => this.studyFeature?.record(q, correct),
			countAsRight: (q) => this.studyFeature?.countAsRight(q),
			neverAsk: (id) => {
				neverAsk(this.study.data, id);
				this.study.changed();
			},
		});
		this.quizFeature.load();
		this.editorHints = new EditorHintsFeature(this, services);
		this.editorHints.load();
		this.host.load(this);
		this.index.start();
		this.register(() => this.index.dispose());
	}

	onunload(): void {
		// Views are detached by Obsidian itself; registered events, the status bar item, the ribbon
		// icon and a pending re-index are removed through `register*`. Nothing else holds state.
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

	/** Scope or template changed: re-index soon (see `CoachSettingsHost.settingsChanged`). */
	settingsChanged(): void {
		this.host.settingsChanged();
	}
}
