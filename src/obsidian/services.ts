import type { App, TFile } from "obsidian";
import type { CoachSettings } from "../settings";
import type { TemplateSpec } from "../core/template/spec";
import type { VaultIndex } from "./VaultIndex";
import type { CreateOptions } from "./actions";

/**
 * What views, modals and commands need from the plugin. Passing this instead of the plugin keeps
 * the UI testable with a fake and makes the dependencies visible.
 */
export interface CoachServices {
	app: App;
	index: VaultIndex;
	settings(): CoachSettings;
	saveSettings(): Promise<void>;
	/** The template in force (settings or template note). */
	templateSpec(): TemplateSpec;
	createOptions(): CreateOptions;
	/** Open a note with the cursor on a 1-based line. */
	openAt(path: string, line: number): Promise<void>;
	/** Open the quiz for a note (the active one by default). */
	startQuiz(file?: TFile | null): void;
	/** Make a template (e.g. the one learned from the notes) the template in force, and check again. */
	useTemplate(spec: TemplateSpec): Promise<void>;
	/** Reveal the panel on a tab. */
	revealPanel(tab?: "missing" | "template" | "coverage"): Promise<void>;
}
