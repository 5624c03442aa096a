/**
 * The template check in Obsidian: "Check current note / all AWS notes against template", "Add
 * missing template sections" to the current note or to all of them, and the status bar item with
 * the active note's result.
 */

import { Notice, type TFile } from "obsidian";
import { addSectionsToAll, addSectionsToFile, noticeOnFailure } from "../actions";
import { TemplateStatus } from "../StatusBar";
import { addActiveNoteCommand } from "../commands";
import { currentText, revealPanel } from "../workspace";
import { Feature } from "./Feature";

export class TemplateFeature extends Feature {
	private status: TemplateStatus | null = null;

	load(): void {
		const { plugin, services } = this;
		const { app, index } = services;
		this.status = new TemplateStatus(app, plugin.addStatusBarItem(), index, () => void revealPanel(app, "template"));
		plugin.register(index.onChange(() => this.status?.update()));
		plugin.registerEvent(app.workspace.on("active-leaf-change", () => this.status?.update()));
		plugin.registerEvent(app.workspace.on("file-open", () => this.status?.update()));
		addActiveNoteCommand(plugin, "check-current-note", "Check current note against template", (file) => this.checkCurrent(file), "check the note");
		plugin.addCommand({
			id: "check-all-notes",
			name: "Check all AWS notes against template",
			callback: () => {
				void index
					.rebuild()
					.then(() => {
						const s = index.core.summary();
						new Notice(`${s.conforming} of ${s.checked} AWS notes follow the template (${s.errors} errors, ${s.warnings} warnings).`);
						return revealPanel(app, "template");
					})
					.catch(noticeOnFailure("check the notes"));
			},
		});
		addActiveNoteCommand(
			plugin,
			"add-missing-sections-current",
			"Add missing template sections to current note",
			(file) => addSectionsToFile(app, file, services.templateSpec()).then((added) => new Notice(added.length > 0 ? `Added ${added.join(", ")}.` : "This note already has every template section.")),
			"add the missing sections",
		);
		plugin.addCommand({
			id: "add-missing-sections-all",
			name: "Add missing template sections to all AWS notes",
			callback: () => addSectionsToAll(app, index, services.templateSpec(), this.ask),
		});
	}

	override unload(): void {
		this.status = null;
	}

	/** Re-check the open note from the editor's text and say the result. */
	private async checkCurrent(file: TFile): Promise<void> {
		const { app, index } = this.services;
		index.updateFile(file, await currentText(app, file));
		index.flush();
		const report = index.core.report(file.path);
		if (!report) {
			new Notice(`${file.basename} is not an AWS note (see the scope in settings).`);
			return;
		}
		const n = report.findings.length;
		new Notice(n === 0 ? `${file.basename} follows the template.` : `${file.basename}: ${n} template issue${n === 1 ? "" : "s"}.`);
		if (n > 0) await revealPanel(app, "template", false);
	}
}
