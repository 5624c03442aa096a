import { type App, Modal, Setting } from "obsidian";

export interface ConfirmOptions {
	title: string;
	message: string;
	/** Label of the confirm button; says what will happen and to how many notes. */
	confirm: string;
	onConfirm: () => void | Promise<void>;
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
