/**
 * Template hints in the editor: registers the CodeMirror extension for AWS notes, the command
 * "Toggle template hints in editor", and keeps the extension in step with the settings.
 *
 * Obsidian's documented way to change an editor extension at run time: register one array once and
 * change its contents, then `workspace.updateOptions()`. An empty array means no hints anywhere.
 */

import { type EditorState, type Extension } from "@codemirror/state";
import { Notice, type Plugin, editorInfoField } from "obsidian";
import { parseNote } from "../../core/note/parseNote";
import { sectionInsertions, templateHints } from "../../core/template/hints";
import { templateHintsExtension, type HintSource } from "../editor/hintsExtension";
import type { CoachServices } from "../services";

export class EditorHintsFeature {
	private readonly extensions: Extension[] = [];

	constructor(
		private readonly plugin: Plugin,
		private readonly services: CoachServices,
	) {}

	load(): void {
		this.plugin.registerEditorExtension(this.extensions);
		this.plugin.addCommand({
			id: "toggle-editor-hints",
			name: "Toggle template hints in editor",
			callback: () => void this.toggle(),
		});
		this.refresh();
	}

	unload(): void {
		this.extensions.length = 0;
	}

	/**
	 * Rebuild the extension from the settings (on or off) and apply it to every open editor, which
	 * re-checks them: called after the toggle and after scope or template changes.
	 */
	refresh(): void {
		const on = this.services.settings().editorHints;
		if (!on && this.extensions.length === 0) return;
		this.extensions.length = 0;
		if (on) this.extensions.push(templateHintsExtension(this.source()));
		this.services.app.workspace.updateOptions();
	}

	private async toggle(): Promise<void> {
		const settings = this.services.settings();
		settings.editorHints = !settings.editorHints;
		await this.services.saveSettings();
		this.refresh();
		new Notice(settings.editorHints ? "Template hints in the editor are on." : "Template hints in the editor are off.");
	}

	/** The file behind an editor, when it shows an AWS note; hints never appear elsewhere. */
	private awsPath(state: EditorState): string | null {
		const file = state.field(editorInfoField, false)?.file ?? null;
		if (!file || file.extension !== "md") return null;
		return this.services.index.core.isAwsNote(file.path) ? file.path : null;
	}

	private source(): HintSource {
		return {
			hints: (state, text) => {
				if (this.awsPath(state) === null) return null;
				const settings = this.services.settings();
				return templateHints(text, this.services.templateSpec(), { disabledRules: settings.disabledRules }, parseNote(text));
			},
			insertions: (state, text, sections) => (this.awsPath(state) === null ? [] : sectionInsertions(text, this.services.templateSpec(), sections)),
		};
	}
}
