// @vitest-environment happy-dom
/**
 * The editor hints as the plugin wires them: one registered extension array (Obsidian's way to
 * change extensions at run time), hints only in AWS notes, the toggle command and the setting,
 * and nothing left behind on unload.
 */
import { EditorState, type Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { Notice, editorInfoField, type App, type Plugin } from "../../obsidian-double/obsidian";
import { VARIANTS, bootPlugin, shutdown } from "../../hardening/plugin";

const FILES: Record<string, string> = {
	"AWS/Amazon SQS.md": "**Overview**\n- Queues.\n## **Details**\n\n## **References**\n- [[Amazon SNS]]\n",
	"Journal/Shopping.md": "# Shopping\n- milk\n",
};

function registered(app: App): Extension[] {
	const plugin = app.plugins.getPlugin("aws-notes-coach") as unknown as Plugin & { editorExtensions: Extension[][] };
	expect(plugin.editorExtensions).toHaveLength(1);
	return plugin.editorExtensions[0];
}

describe.each(VARIANTS)("editor hints in the plugin (%s)", (variant) => {
	let app: App;
	beforeEach(async () => {
		Notice.reset();
		({ app } = await bootPlugin(FILES, variant));
	});
	afterEach(() => shutdown(app));

	test("one extension is registered and on by default", () => {
		expect(registered(app)).toHaveLength(1);
	});

	test("the command turns the hints off and on again, saves the setting and re-applies the editors", async () => {
		const before = app.workspace.optionsUpdates;
		await app.commands.runCommandById("aws-notes-coach:toggle-editor-hints");
		await vi.waitFor(() => expect(registered(app)).toHaveLength(0));
		expect(app.workspace.optionsUpdates).toBe(before + 1);
		expect(Notice.messages).toContain("Template hints in the editor are off.");
		const plugin = app.plugins.getPlugin("aws-notes-coach") as unknown as { loadData(): Promise<{ editorHints?: boolean }> };
		expect((await plugin.loadData()).editorHints).toBe(false);
		await app.commands.runCommandById("aws-notes-coach:toggle-editor-hints");
		await vi.waitFor(() => expect(registered(app)).toHaveLength(1));
		expect(Notice.messages).toContain("Template hints in the editor are on.");
	});

	test("unloading the plugin removes the extension", async () => {
		const plugin = app.plugins.getPlugin("aws-notes-coach") as unknown as { editorExtensions: unknown[] };
		await app.plugins.disable("aws-notes-coach");
		expect(plugin.editorExtensions).toEqual([]);
	});
});

describe.each(VARIANTS)("editor hints only in AWS notes (%s)", (variant) => {
	let app: App;
	const views: EditorView[] = [];
	beforeEach(async () => {
		// Fake timers only once the plugin has booted: booting waits on real timers.
		({ app } = await bootPlugin(FILES, variant));
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
	});
	afterEach(async () => {
		for (const v of views.splice(0)) v.destroy();
		vi.useRealTimers();
		await shutdown(app);
	});

	function open(path: string): EditorView {
		const file = app.vault.getFileByPath(path);
		expect(file).not.toBeNull();
		const doc = FILES[path];
		const view = new EditorView({
			state: EditorState.create({ doc, extensions: [editorInfoField.init(() => ({ file })), registered(app)] }),
			parent: document.body.createDiv(),
		});
		views.push(view);
		vi.advanceTimersByTime(0);
		return view;
	}

	test("an AWS note shows its missing sections and marks", () => {
		const view = open("AWS/Amazon SQS.md");
		const labels = [...view.dom.querySelectorAll(".anc-hint-label")].map((e) => e.textContent);
		expect(labels).toEqual(["Missing section: Use Cases", "Missing section: Exam Tips"]);
		expect(view.dom.querySelectorAll(".anc-hint-mark")).toHaveLength(1);
	});

	test("a note outside the AWS notes shows nothing", () => {
		const view = open("Journal/Shopping.md");
		expect(view.dom.querySelectorAll(".anc-hint-missing, .anc-hint-mark")).toHaveLength(0);
	});
});
