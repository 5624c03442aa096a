import { type App, MarkdownView } from "obsidian";
import type { VaultIndex } from "./VaultIndex";

/**
 * The status bar item for the active note: "Template: 2 issues" / "Template: ok", empty for notes
 * outside the AWS scope. Clicking it opens the template report.
 */
export class TemplateStatus {
	constructor(
		private app: App,
		private el: HTMLElement,
		private index: VaultIndex,
		onClick: () => void,
	) {
		el.addClass("anc-status", "mod-clickable");
		el.setAttr("aria-label", "Open the template report");
		el.addEventListener("click", onClick);
	}

	update(): void {
		const file = this.app.workspace.getActiveViewOfType(MarkdownView)?.file ?? this.app.workspace.getActiveFile();
		const report = file ? this.index.core.report(file.path) : null;
		if (!this.index.ready || !file || !report) {
			this.el.empty();
			this.el.hide();
			return;
		}
		const n = report.findings.length;
		this.el.show();
		this.el.setText(n === 0 ? "Template: ok" : `Template: ${n} issue${n === 1 ? "" : "s"}`);
		this.el.toggleClass("anc-status-error", report.errors > 0);
	}
}
