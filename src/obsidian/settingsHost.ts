/**
 * What the settings mean to the rest of the plugin: the template in force (the settings' sections,
 * or the template note's), the index configuration, the options for new notes, and what follows a
 * change (a debounced re-index). The settings tab talks to it through `SettingsHost`; the plugin
 * keeps `data.json` (loading, saving).
 */

import { type App, type Component, Notice, debounce, normalizePath } from "obsidian";
import type { CoachConfig } from "../core/CoachIndex";
import type { ScopeReason } from "../core/scope";
import type { LearnedTemplate } from "../core/template/learn";
import type { TemplateSpec } from "../core/template/spec";
import type { CoachSettings } from "../settings";
import type { CreateOptions } from "./actions";
import { readTemplateNote } from "./templateNote";
import type { VaultIndex } from "./VaultIndex";

/** Pause after the last settings change before the vault is checked again. */
export const REINDEX_DELAY_MS = 600;

/** What the settings tab needs (`src/ui/SettingsTab.ts`); a fake stands in for it in tests. */
export interface SettingsHost {
	settings: CoachSettings;
	/** Why each indexed note is, or is not, an AWS note (see `CoachIndex.scopeReasons`). */
	scopeReasons(): { path: string; inScope: boolean; reason: ScopeReason }[];
	/** The structure most AWS notes share, or null. */
	learnTemplate(): LearnedTemplate | null;
	/** Make it the template in force and check again. */
	useTemplate(spec: TemplateSpec): Promise<void>;
	saveSettings(): Promise<void>;
	/** Re-index after a change that alters scope or template. */
	settingsChanged(): void;
	/** Apply the "template hints in the editor" setting to the open editors. */
	editorHintsChanged(): void;
	/** The exam studied for changed: redraw the panel. */
	examChanged(): void;
}

/** What the host reads from the plugin. Called late: the index and the hints come after the host. */
export interface SettingsHostParts {
	app: App;
	settings(): CoachSettings;
	/** Write `data.json` (settings and study data). */
	saveSettings(): Promise<void>;
	index(): VaultIndex;
	/** Rebuild the editor hints from the settings. */
	refreshEditorHints(): void;
}

export class CoachSettingsHost implements SettingsHost {
	/** The template note's template, while one is set and readable. */
	private fromNote: TemplateSpec | null = null;

	constructor(private readonly parts: SettingsHostParts) {}

	get settings(): CoachSettings {
		return this.parts.settings();
	}

	/**
	 * Read the template note once the layout is ready, and again whenever it changes; a pending
	 * re-index is cancelled when `owner` unloads.
	 */
	load(owner: Component): void {
		const { metadataCache, workspace } = this.parts.app;
		owner.registerEvent(
			metadataCache.on("changed", (file) => {
				if (file.path === this.templateNotePath()) this.settingsChanged();
			}),
		);
		workspace.onLayoutReady(() => void this.loadTemplateNote());
		owner.register(() => this.reindexSoon.cancel());
	}

	saveSettings(): Promise<void> {
		return this.parts.saveSettings();
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
				.then(() => this.parts.index().rebuild())
				.then(() => this.editorHintsChanged());
		},
		REINDEX_DELAY_MS,
		true,
	);

	/**
	 * Use a template (the one learned from the notes): its sections replace the ones in settings,
	 * and a template note, if one was set, no longer overrides them. The vault is checked again.
	 */
	async useTemplate(spec: TemplateSpec): Promise<void> {
		const settings = this.settings;
		settings.sections = spec.sections.map((s) => ({ name: s.name, synonyms: [...s.synonyms], required: s.required }));
		const hadNote = settings.templateNotePath !== "";
		settings.templateNotePath = "";
		await this.saveSettings();
		this.settingsChanged();
		new Notice(`Template: ${spec.sections.map((s) => s.name).join(" / ")}${hadNote ? " (replaces the template note)" : ""}. Checking again.`);
	}

	/** The structure most AWS notes share (for the settings' "Learn template from my notes"). */
	learnTemplate(): LearnedTemplate | null {
		return this.parts.index().core.learnTemplate();
	}

	scopeReasons(): { path: string; inScope: boolean; reason: ScopeReason }[] {
		return this.parts.index().core.scopeReasons();
	}

	examChanged(): void {
		this.parts.index().flush();
	}

	editorHintsChanged(): void {
		this.parts.refreshEditorHints();
	}

	/** The template in force: the template note's, else the settings' sections. */
	templateSpec(): TemplateSpec {
		return this.fromNote ?? { sections: this.settings.sections };
	}

	/** The index's configuration, read again at every rebuild. */
	coachConfig(): CoachConfig {
		const settings = this.settings;
		return { scope: settings.scope, template: this.templateSpec(), disabledRules: settings.disabledRules, templateNotePath: this.templateNotePath() };
	}

	/** How new service notes are made (template, template note, folder). */
	createOptions(): CreateOptions {
		const settings = this.settings;
		return { spec: this.templateSpec(), templateNotePath: settings.templateNotePath, folder: settings.newNoteFolder };
	}

	/** The template note's normalized path, or null when none is set. */
	private templateNotePath(): string | null {
		const path = this.settings.templateNotePath;
		return path ? normalizePath(path) : null;
	}

	/** Read the template note, when one is configured, into the template in force. */
	private async loadTemplateNote(): Promise<void> {
		this.fromNote = null;
		const path = this.settings.templateNotePath;
		if (!path) return;
		const spec = await readTemplateNote(this.parts.app, path, { sections: this.settings.sections });
		if (spec) this.fromNote = spec;
	}
}
