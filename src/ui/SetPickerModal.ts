/** "Quiz a set of notes...": the set form in a modal; starting closes it. */

import { type App, Modal } from "obsidian";
import type { SetMode, SetSource } from "../core/study";
import type { StudyServices } from "../obsidian/services";
import { defaultFormState, renderSetForm, type SetFormState } from "./SetForm";

export class SetPickerModal extends Modal {
	private state: SetFormState;

	constructor(
		app: App,
		private services: StudyServices,
		initial: SetSource | null,
		mode?: SetMode,
	) {
		super(app);
		this.state = defaultFormState(services.settings().examId);
		if (initial?.kind === "folder") this.state = { ...this.state, kind: "folder", folder: initial.folder };
		if (mode) this.state.mode = mode;
		this.modalEl.addClass("anc-set-modal");
	}

	onOpen(): void {
		this.titleEl.setText(this.state.mode === "export" ? "Export questions for Anki" : "Quiz a set of notes");
		this.draw();
	}

	private draw(): void {
		renderSetForm(this.contentEl, this.services, this.state, () => this.draw(), (choice) => {
			this.close();
			void this.services.startSet(choice);
		});
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
