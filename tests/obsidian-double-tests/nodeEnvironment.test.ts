import { expect, test } from "vitest";
import { host } from "../obsidian-double/host";
import { App, createApp, Notice } from "../obsidian-double/obsidian";

test("in the node environment the DOM setup installs nothing", () => {
	expect(typeof (host as { createEl?: unknown }).createEl).toBe("undefined");
	expect(typeof (host as { activeDocument?: unknown }).activeDocument).toBe("undefined");
});

test("vault, metadata cache and Notice work without a DOM; DOM parts explain what is missing", async () => {
	const app = createApp({ "A.md": "[[B]]" });
	expect(app.metadataCache.getFileCache(app.vault.getFileByPath("A.md")!)?.links).toHaveLength(1);
	Notice.reset();
	new Notice("Indexed 1 note");
	expect(Notice.messages).toEqual(["Indexed 1 note"]);
	expect(() => new App().workspace.containerEl).toThrow(/vitest-environment happy-dom/);
});

test("a markdown view and its editor work without a DOM", async () => {
	const app = createApp({ "A.md": "one" });
	await app.workspace.openLinkText("A", "", false, { eState: { line: 0 } });
	const view = app.workspace.activeEditor;
	view?.editor?.replaceRange("zero\n", { line: 0, ch: 0 });
	expect(await app.vault.read(app.vault.getFileByPath("A.md")!)).toBe("zero\none");
});
