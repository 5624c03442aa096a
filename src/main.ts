/**
 * Plugin lifecycle only: load settings, build the services, register the panel, commands, ribbon
 * icon, status bar and settings tab. Vault-wide work waits for `onLayoutReady` (in `VaultIndex`).
 * Everything is registered through Obsidian so `onunload` leaves nothing behind.
 */

import { MarkdownView, Notice, Plugin, TFile, type WorkspaceLeaf, debounce, normalizePath, parseYaml } from "obsidian";
import { useYamlParser } from "./core/note/yaml";
import type { CoachConfig } from "./core/CoachIndex";
import { folderOf } from "./core/links/resolve";
import { parseNote } from "./core/note/parseNote";
import { generateQuiz } from "./core/quiz";
import type { Quiz } from "./core/quiz/types";
import { quizToFlashcards, quizToMarkdown } from "./core/quiz/export";
import { buildQuizContext } from "./core/quiz/context";
import { type TemplateSpec, isTemplateError, templateFromNote } from "./core/template/spec";
import { EditorHintsFeature } from "./obsidian/features/EditorHintsFeature";
import { addSectionsToAll, addSectionsToFile, createAll, noticeOnFailure, type CreateOptions } from "./obsidian/actions";
import type { StudyServices } from "./obsidian/services";
import { StudyFeature } from "./obsidian/features/StudyFeature";
import { StudyStore } from "./obsidian/StudyStore";
import { neverAsk } from "./core/study/schedule";
import { studyUi } from "./ui/studyUi";
import { TemplateStatus } from "./obsidian/StatusBar";
import { VaultIndex } from "./obsidian/VaultIndex";
import { type CoachSettings, migrateSettings } from "./settings";
import { askWithModal } from "./ui/ConfirmModal";
import { CoachView, type PanelTab, VIEW_TYPE_COACH } from "./ui/CoachView";
import { QuizModal } from "./ui/QuizModal";
import { CoachSettingTab } from "./ui/SettingsTab";

export default class AwsNotesCoachPlugin extends Plugin {
	settings!: CoachSettings;
	index!: VaultIndex;
	private spec: TemplateSpec | null = null;
	private status: TemplateStatus | null = null;
	private editorHints: EditorHintsFeature | null = null;
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
		this.addRibbonIcon("cloud", "Open AWS notes panel", () => void this.revealPanel());
		this.status = new TemplateStatus(this.app, this.addStatusBarItem(), this.index, () => void this.revealPanel("template"));
		this.addSettingTab(new CoachSettingTab(this.app, this));
		this.registerCommands();
		this.editorHints = new EditorHintsFeature(this, services);
		this.editorHints.load();

		this.register(this.index.onChange(() => this.status?.update()));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.status?.update()));
		this.registerEvent(this.app.workspace.on("file-open", () => this.status?.update()));
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
		this.status = null;
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
			activeNote: () => this.activeMarkdownFile()?.path ?? null,
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
			openAt: (path, line) => this.openAt(path, line),
			startQuiz: (file) => void this.startQuiz(file ?? null).catch(noticeOnFailure("start the quiz")),
			revealPanel: (tab) => this.revealPanel(tab),
			useTemplate: (spec) => this.useTemplate(spec),
		};
	}

	private createOptions(): CreateOptions {
		return { spec: this.templateSpec(), templateNotePath: this.settings.templateNotePath, folder: this.settings.newNoteFolder };
	}

	/**
	 * Show the panel (creating it in the right sidebar if needed) on a tab. With `focus` false the
	 * note keeps the focus, so editor commands stay available (used after "Check current note").
	 */
	async revealPanel(tab?: PanelTab, focus = true): Promise<void> {
		const { workspace } = this.app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_COACH)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			if (!leaf) return;
			await leaf.setViewState({ type: VIEW_TYPE_COACH, active: focus });
		}
		if (focus) await workspace.revealLeaf(leaf);
		if (tab && leaf.view instanceof CoachView) leaf.view.setTab(tab);
	}

	/** Open a note with the cursor on a 1-based line. */
	async openAt(path: string, line: number): Promise<void> {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) {
			new Notice(`${path} no longer exists.`);
			return;
		}
		const zeroBased = Math.max(0, line - 1);
		const leaf = this.app.workspace.getLeaf(false);
		await leaf.openFile(file, { eState: { line: zeroBased } });
		const view = leaf.view;
		if (view instanceof MarkdownView) {
			const editor = view.editor;
			const pos = { line: Math.min(zeroBased, editor.lastLine()), ch: 0 };
			editor.setCursor(pos);
			editor.scrollIntoView({ from: pos, to: pos }, true);
		}
	}

	/** A note's text as the user sees it: the open editor's (possibly unsaved) text, else the file's. */
	private async currentText(file: TFile): Promise<string> {
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		return view && view.file?.path === file.path ? view.editor.getValue() : this.app.vault.cachedRead(file);
	}

	/** The markdown file the user is looking at, or null. */
	private activeMarkdownFile(): TFile | null {
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		return view?.file ?? null;
	}

	/** Generate a quiz from a note's current text and run it. */
	async startQuiz(file: TFile | null): Promise<void> {
		const target = file ?? this.activeMarkdownFile() ?? this.app.workspace.getActiveFile();
		if (!target || target.extension !== "md") {
			new Notice("Open a note to quiz yourself on it.");
			return;
		}
		const note = parseNote(await this.currentText(target));
		const awsNotes = this.index.core.allReports().map((r) => r.path);
		const context = buildQuizContext(target.path, note, awsNotes);
		const make = (seed: number): Quiz => generateQuiz(note, context, { count: this.settings.quizCount, seed, kinds: this.settings.quizKinds });
		const quiz = make(1);
		if (quiz.questions.length === 0) {
			new Notice(quiz.reason ?? "This note has too little to ask about.");
			return;
		}
		new QuizModal(this.app, quiz, {
			newQuiz: make,
			showInNote: (q) => void this.openAt(target.path, q.source.line),
			save: (q) => this.saveQuiz(target, q),
			copy: (t) => navigator.clipboard.writeText(t),
			flashcards: quizToFlashcards,
			lastScore: this.settings.lastScores[target.path] ?? null,
			onAnswer: (q, correct, seed) => this.studyFeature?.record({ id: q.id, note: target.path, seed }, correct),
			neverAsk: (q) => {
				neverAsk(this.study.data, q.id);
				this.study.changed();
			},
			onFinish: (correct, total) => {
				this.settings.lastScores[target.path] = { correct, total, date: new Date().toISOString().slice(0, 10) };
				void this.saveSettings();
			},
		}).open();
	}

	/** Save a quiz as a new note next to its source; never replaces a file. */
	async saveQuiz(source: TFile, quiz: Quiz): Promise<string> {
		const folder = folderOf(source.path);
		const base = `${source.basename} quiz`;
		let path = normalizePath(folder ? `${folder}/${base}.md` : `${base}.md`);
		const taken = new Set(this.app.vault.getFiles().map((f) => f.path.toLowerCase()));
		for (let n = 2; taken.has(path.toLowerCase()); n++) path = normalizePath(folder ? `${folder}/${base} ${n}.md` : `${base} ${n}.md`);
		const linktext = this.app.metadataCache.fileToLinktext(source, path, true);
		const file = await this.app.vault.create(path, quizToMarkdown(quiz, linktext, new Date().toISOString().slice(0, 10)));
		return file.path;
	}

	private registerCommands(): void {
		this.addCommand({
			id: "open-panel",
			name: "Open AWS notes panel",
			callback: () => void this.revealPanel("missing"),
		});
		this.addCommand({
			id: "check-current-note",
			name: "Check current note against template",
			checkCallback: (checking) => {
				const file = this.activeMarkdownFile();
				if (!file) return false;
				if (checking) return true;
				void this.checkCurrent(file).catch(noticeOnFailure("check the note"));
				return true;
			},
		});
		this.addCommand({
			id: "check-all-notes",
			name: "Check all AWS notes against template",
			callback: () => {
				void this.index.rebuild().then(() => {
					const s = this.index.core.summary();
					new Notice(`${s.conforming} of ${s.checked} AWS notes follow the template (${s.errors} errors, ${s.warnings} warnings).`);
					return this.revealPanel("template");
				}).catch(noticeOnFailure("check the notes"));
			},
		});
		this.addCommand({
			id: "add-missing-sections-current",
			name: "Add missing template sections to current note",
			checkCallback: (checking) => {
				const file = this.activeMarkdownFile();
				if (!file) return false;
				if (checking) return true;
				void addSectionsToFile(this.app, file, this.templateSpec())
					.then((added) => new Notice(added.length > 0 ? `Added ${added.join(", ")}.` : "This note already has every template section."))
					.catch(noticeOnFailure("add the missing sections"));
				return true;
			},
		});
		this.addCommand({
			id: "add-missing-sections-all",
			name: "Add missing template sections to all AWS notes",
			callback: () => {
				addSectionsToAll(this.app, this.index, this.templateSpec(), askWithModal(this.app));
			},
		});
		this.addCommand({
			id: "create-missing-service-notes",
			name: "Create all missing service notes",
			callback: () => {
				const ignored = new Set(this.settings.ignoredTargets);
				const targets = this.index.core.links.targets().filter((t) => t.service && t.kind === "missing" && !ignored.has(t.key));
				createAll(this.app, targets, this.createOptions(), askWithModal(this.app));
			},
		});
		this.addCommand({
			id: "show-exam-coverage",
			name: "Show exam coverage",
			callback: () => void this.revealPanel("coverage"),
		});
		this.addCommand({
			id: "generate-quiz",
			name: "Generate quiz from current note",
			checkCallback: (checking) => {
				const file = this.activeMarkdownFile();
				if (!file) return false;
				if (checking) return true;
				void this.startQuiz(file).catch(noticeOnFailure("start the quiz"));
				return true;
			},
		});
	}

	/** Re-check the open note from the editor's text and say the result. */
	private async checkCurrent(file: TFile): Promise<void> {
		this.index.updateFile(file, await this.currentText(file));
		this.index.flush();
		const report = this.index.core.report(file.path);
		if (!report) {
			new Notice(`${file.basename} is not an AWS note (see the scope in settings).`);
			return;
		}
		const n = report.findings.length;
		new Notice(n === 0 ? `${file.basename} follows the template.` : `${file.basename}: ${n} template issue${n === 1 ? "" : "s"}.`);
		if (n > 0) await this.revealPanel("template", false);
	}
}
