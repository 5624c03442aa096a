/** Opening notes at a line, revealing the panel, and reading what the user sees. */

import { type App, MarkdownView, Notice, TFile, type WorkspaceLeaf } from "obsidian";
import type { PanelTabId } from "./services";

/** The panel's view type (the view itself lives in `src/ui/CoachView.ts`). */
export const VIEW_TYPE_COACH = "aws-notes-coach-panel";

/** Open a note with the cursor on a 1-based line. */
export async function openAt(app: App, path: string, line: number): Promise<void> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) {
		new Notice(`${path} no longer exists.`);
		return;
	}
	const zeroBased = Math.max(0, line - 1);
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(file, { eState: { line: zeroBased } });
	const view = leaf.view;
	if (view instanceof MarkdownView) {
		const editor = view.editor;
		const pos = { line: Math.min(zeroBased, editor.lastLine()), ch: 0 };
		editor.setCursor(pos);
		editor.scrollIntoView({ from: pos, to: pos }, true);
	}
}

/**
 * Show the panel (creating it in the right sidebar if needed) on a tab. With `focus` false the
 * note keeps the focus, so editor commands stay available (used after "Check current note").
 */
export async function revealPanel(app: App, tab?: PanelTabId, focus = true): Promise<void> {
	const { workspace } = app;
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_COACH)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return;
		await leaf.setViewState({ type: VIEW_TYPE_COACH, active: focus });
	}
	if (focus) await workspace.revealLeaf(leaf);
	const view = leaf.view as { setTab?: (t: PanelTabId) => void };
	if (tab) view.setTab?.(tab);
}

/** The markdown file the user is looking at, or null. */
export function activeMarkdownFile(app: App): TFile | null {
	return app.workspace.getActiveViewOfType(MarkdownView)?.file ?? null;
}

/** A note's text as the user sees it: the open editor's (possibly unsaved) text, else the file's. */
export async function currentText(app: App, file: TFile): Promise<string> {
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	return view && view.file?.path === file.path ? view.editor.getValue() : app.vault.cachedRead(file);
}
