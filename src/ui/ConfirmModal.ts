import { type App, Modal, Setting } from "obsidian";
import type { Ask, ConfirmOptions } from "../obsidian/actions";

export type { ConfirmOptions } from "../obsidian/actions";

/** The `Ask` the actions take: a confirm modal. */
export function askWithModal(app: App): Ask {
	return (options) => new ConfirmModal(app, options).open();
}

/** Asks before a bulk action. Enter confirms, Escape cancels (Obsidian's modal handles Escape). */
export class ConfirmModal extends Modal {
	constructor(
		app: App,
		private options: ConfirmOptions,
	) {
		super(app);
	}

	onOpen(): void {
		this.titleEl.setText(this.options.title);
		this.contentEl.addClass("anc-confirm");
		this.contentEl.createEl("p", { text: this.options.message });
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText(this.options.confirm)
					.setCta()
					.onClick(() => {
						this.close();
						void this.options.onConfirm();
					}),
			);
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
