// @vitest-environment happy-dom
/**
 * What the settings mean to the plugin (`CoachSettingsHost`): the template in force (the settings'
 * sections, or the template note's once it is read), the index configuration, "Use this template",
 * and the debounced re-index after a change or an edit of the template note.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { CoachSettingsHost, REINDEX_DELAY_MS } from "../../src/obsidian/settingsHost";
import { readTemplateNote } from "../../src/obsidian/templateNote";
import type { VaultIndex } from "../../src/obsidian/VaultIndex";
import { defaultSettings, type CoachSettings } from "../../src/settings";
import { Component, Notice, TFile, createApp, type App } from "../obsidian-double/obsidian";

const TEMPLATE_NOTE = "## Overview\n\n## Pricing\n";
const FILES: Record<string, string> = {
	"Templates/AWS note.md": TEMPLATE_NOTE,
	"Templates/Empty.md": "Just text, no headings.\n",
};

const names = (spec: { sections: { name: string }[] }): string[] => spec.sections.map((s) => s.name);

describe("readTemplateNote", () => {
	beforeEach(() => Notice.reset());

	test("the note's headings are the template", async () => {
		const app = createApp(FILES);
		const spec = await readTemplateNote(app as never, "Templates/AWS note.md", defaultSettings());
		expect(names(spec!)).toEqual(["Overview", "Pricing"]);
		expect(Notice.messages).toEqual([]);
	});

	test("a missing note or one without headings gives null and a notice", async () => {
		const app = createApp(FILES);
		expect(await readTemplateNote(app as never, "Templates/Gone.md", defaultSettings())).toBeNull();
		expect(await readTemplateNote(app as never, "Templates/Empty.md", defaultSettings())).toBeNull();
		expect(Notice.messages).toEqual([
			'Template note "Templates/Gone.md" not found: using the sections from settings.',
			expect.stringMatching(/^Template note "Templates\/Empty.md": The template note has no section headings .* Using the sections from settings\.$/),
		]);
	});
});

describe("CoachSettingsHost", () => {
	let app: App;
	let settings: CoachSettings;
	let owner: Component;
	let host: CoachSettingsHost;
	const saveSettings = vi.fn(() => Promise.resolve());
	const rebuild = vi.fn(() => Promise.resolve());
	const refreshEditorHints = vi.fn();

	beforeEach(() => {
		Notice.reset();
		vi.clearAllMocks();
		app = createApp(FILES, { layoutReady: true });
		settings = defaultSettings();
		owner = new Component();
		owner.load();
		const index = { rebuild, flush: vi.fn(), core: { learnTemplate: () => null, scopeReasons: () => [] } } as unknown as VaultIndex;
		host = new CoachSettingsHost({ app: app as never, settings: () => settings, saveSettings, index: () => index, refreshEditorHints });
	});
	afterEach(() => owner.unload());

	test("without a template note the settings' sections are in force", () => {
		host.load(owner as never);
		expect(host.templateSpec()).toEqual({ sections: settings.sections });
		expect(host.coachConfig()).toMatchObject({ scope: settings.scope, templateNotePath: null, disabledRules: settings.disabledRules });
		expect(host.createOptions()).toEqual({ spec: { sections: settings.sections }, templateNotePath: "", folder: settings.newNoteFolder });
	});

	test("the template note overrides them once read, and its path is normalized for the index", async () => {
		settings.templateNotePath = "Templates//AWS note.md";
		host.load(owner as never); // the layout is ready: read at once
		await vi.waitFor(() => expect(names(host.templateSpec())).toEqual(["Overview", "Pricing"]));
		expect(host.coachConfig().templateNotePath).toBe("Templates/AWS note.md");
	});

	test("changes are debounced into one re-index, which re-applies the editor hints", async () => {
		host.load(owner as never);
		host.settingsChanged();
		host.settingsChanged();
		host.settingsChanged();
		expect(rebuild).not.toHaveBeenCalled();
		await vi.waitFor(() => expect(refreshEditorHints).toHaveBeenCalledTimes(1), { timeout: REINDEX_DELAY_MS * 3 });
		expect(rebuild).toHaveBeenCalledTimes(1);
	});

	test("editing the template note re-reads it and re-indexes", async () => {
		settings.templateNotePath = "Templates/AWS note.md";
		host.load(owner as never);
		await vi.waitFor(() => expect(names(host.templateSpec())).toEqual(["Overview", "Pricing"]));
		const note = app.vault.getAbstractFileByPath("Templates/AWS note.md");
		if (!(note instanceof TFile)) throw new Error("no template note");
		await app.vault.modify(note, "## Overview\n\n## Limits\n");
		await app.settle();
		await vi.waitFor(() => expect(rebuild).toHaveBeenCalledTimes(1), { timeout: REINDEX_DELAY_MS * 3 });
		expect(names(host.templateSpec())).toEqual(["Overview", "Limits"]);
	});

	test("unloading the owner cancels a pending re-index", async () => {
		host.load(owner as never);
		host.settingsChanged();
		owner.unload();
		await new Promise((r) => window.setTimeout(r, REINDEX_DELAY_MS + 100));
		expect(rebuild).not.toHaveBeenCalled();
	});

	test("using a template replaces the sections and the template note, saves, and checks again", async () => {
		settings.templateNotePath = "Templates/AWS note.md";
		host.load(owner as never);
		await host.useTemplate({ sections: [{ name: "What it is", synonyms: ["Summary"], required: true }] });
		expect(settings.sections).toEqual([{ name: "What it is", synonyms: ["Summary"], required: true }]);
		expect(settings.templateNotePath).toBe("");
		expect(saveSettings).toHaveBeenCalledTimes(1);
		expect(Notice.messages).toContain("Template: What it is (replaces the template note). Checking again.");
		await vi.waitFor(() => expect(rebuild).toHaveBeenCalledTimes(1), { timeout: REINDEX_DELAY_MS * 3 });
		expect(host.templateSpec()).toEqual({ sections: settings.sections });
	});
});
