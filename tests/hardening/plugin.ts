/**
 * The plugin in the obsidian double, from its sources or from the built `main.js` (what users
 * install), over an in-memory vault. Shared by the data-loss and security tests (DOM tests).
 */
import { existsSync } from "node:fs";
import { expect } from "vitest";
import AwsNotesCoachPlugin from "../../src/main";
import { loadBuiltPlugin } from "../obsidian-double/diskVault";
import { createApp, MarkdownView, openModals, testManifest, type App, type Modal, type Plugin, type TFile } from "../obsidian-double/obsidian";

export const ROOT = process.cwd();

/** What the tests read from the plugin (the built bundle has no types). */
export interface CoachPluginLike {
	index: {
		ready: boolean;
		core: {
			summary(): { checked: number; conforming: number; errors: number };
			links: { targets(): { target: string; key: string; kind: string }[] };
			report(path: string): { findings: { rule: string }[] } | null;
			allReports(): { path: string; findings: { rule: string; severity: string }[] }[];
		};
	};
	settings: { ignoredTargets: string[]; newNoteFolder: string };
	quizFeature: { saveQuiz(source: TFile, quiz: unknown): Promise<string> };
}

export type Variant = "sources" | "built main.js";

/** The variants to run: the sources always, the bundle when it has been built. */
export const VARIANTS: Variant[] = existsSync(`${ROOT}/main.js`) ? ["sources", "built main.js"] : ["sources"];

export async function bootPlugin(files: Record<string, string>, variant: Variant, options: { caseInsensitive?: boolean } = {}): Promise<{ app: App; plugin: CoachPluginLike }> {
	const app = createApp(files, { caseInsensitive: options.caseInsensitive });
	const plugin =
		variant === "sources"
			? await app.plugins.enable(new AwsNotesCoachPlugin(app as never, testManifest({ id: "aws-notes-coach", name: "AWS Notes Coach" })) as unknown as Plugin)
			: await loadBuiltPlugin(app, ROOT);
	await app.triggerLayoutReady();
	await app.settle();
	const p = plugin as unknown as CoachPluginLike;
	for (let i = 0; i < 400 && !p.index.ready; i++) await new Promise((r) => window.setTimeout(r, 5));
	expect(p.index.ready).toBe(true);
	return { app, plugin: p };
}

export async function shutdown(app: App): Promise<void> {
	for (const m of [...openModals]) m.close();
	if (app.plugins.getPlugin("aws-notes-coach")) await app.plugins.disable("aws-notes-coach");
}

/** Wait for the index's debounced notifications and the metadata cache. */
export async function quiet(app: App): Promise<void> {
	await app.settle();
	await new Promise((r) => window.setTimeout(r, 200));
	await app.settle();
}

export function panel(app: App): HTMLElement {
	const leaf = app.workspace.getLeavesOfType("aws-notes-coach-panel")[0];
	expect(leaf).toBeDefined();
	return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

export async function openPanel(app: App, tab: "missing" | "template"): Promise<HTMLElement> {
	await app.commands.runCommandById("aws-notes-coach:open-panel");
	await quiet(app);
	const el = panel(app);
	el.querySelector<HTMLElement>(`.anc-tab[data-tab="${tab}"]`)!.click();
	return panel(app);
}

export async function openNote(app: App, path: string): Promise<MarkdownView> {
	const file = app.vault.getFileByPath(path)!;
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(file);
	app.workspace.setActiveLeaf(leaf);
	await app.settle();
	return leaf.view as MarkdownView;
}

export function lastModal(): Modal {
	const m = openModals[openModals.length - 1];
	expect(m).toBeDefined();
	return m;
}

/** Click the button of the last modal whose text matches. */
export function clickModalButton(text: RegExp): void {
	const b = [...lastModal().contentEl.querySelectorAll("button")].find((x) => text.test(x.textContent ?? ""));
	expect(b, `no button matching ${text}`).toBeDefined();
	b!.click();
}

export function read(app: App, path: string): string | null {
	const f = app.vault.getFileByPath(path);
	return f ? app.vault.readNow(f) : null;
}
