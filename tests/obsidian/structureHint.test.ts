// @vitest-environment happy-dom
/**
 * The Template tab in a vault whose notes use another structure: one message with the structure
 * they share, "Use this structure" makes it the template (the vault is checked again and follows
 * it), "Show every finding" lists the findings anyway.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { App } from "../obsidian-double/obsidian";
import { VARIANTS, bootPlugin, openPanel, quiet, shutdown, type CoachPluginLike } from "../hardening/plugin";
import { readVault } from "../fixtures/vaults/load";

describe.each(VARIANTS)("another structure in the Template tab (%s)", (variant) => {
	let app: App;
	let plugin: CoachPluginLike;
	beforeEach(async () => {
		({ app, plugin } = await bootPlugin(readVault("features"), variant));
	});
	afterEach(() => shutdown(app));

	test("one message instead of a finding per note, with the structure the notes share", async () => {
		const panel = await openPanel(app, "template");
		const hint = panel.querySelector(".anc-structure-hint")!;
		expect(hint.textContent).toContain("Most of your notes use another structure: How It Works / Key Features / Common Use Cases (5 of 5 notes). Use it?");
		expect(panel.querySelectorAll(".anc-report")).toHaveLength(0);
		panel.querySelector<HTMLElement>(".anc-action-show-findings")!.click();
		expect(panel.querySelectorAll(".anc-report")).toHaveLength(5);
	});

	test("Use this structure makes it the template; the notes then follow it", async () => {
		const panel = await openPanel(app, "template");
		panel.querySelector<HTMLElement>(".anc-action-use-structure")!.click();
		await new Promise((r) => setTimeout(r, 800)); // the re-index is debounced
		await quiet(app);
		const settings = plugin.settings as unknown as { sections: { name: string }[] };
		expect(settings.sections.map((s) => s.name)).toEqual(["How It Works", "Key Features", "Common Use Cases"]);
		expect(plugin.index.core.summary()).toMatchObject({ checked: 5, conforming: 5 });
		const after = await openPanel(app, "template");
		expect(after.querySelector(".anc-structure-hint")).toBeNull();
	});

	test("settings: Learn previews the shared sections and how many notes have them; Use it applies them", async () => {
		const tab = app.setting.openTabById("aws-notes-coach");
		const row = () => [...tab.containerEl.querySelectorAll(".setting-item")].find((e) => e.querySelector(".setting-item-name")?.textContent === "Learn template from my notes")!;
		[...row().querySelectorAll("button")].find((b) => b.textContent === "Learn")!.click();
		expect(row().querySelector(".setting-item-description")!.textContent).toBe("How It Works / Key Features / Common Use Cases: 5 of 5 AWS notes have all of these sections.");
		[...row().querySelectorAll("button")].find((b) => b.textContent === "Use it")!.click();
		await new Promise((r) => setTimeout(r, 800));
		await quiet(app);
		expect(plugin.index.core.summary()).toMatchObject({ checked: 5, conforming: 5 });
	});
});

describe.each(VARIANTS)("bulk add sections in a vault of another structure (%s)", (variant) => {
	let app: App;
	beforeEach(async () => {
		({ app } = await bootPlugin(readVault("bare"), variant));
	});
	afterEach(() => shutdown(app));

	test("nothing is written; the notice says which notes were left alone and why", async () => {
		const { Notice } = await import("../obsidian-double/obsidian");
		Notice.reset();
		const before = Object.fromEntries(app.vault.getMarkdownFiles().map((f) => [f.path, f]));
		const texts = Object.fromEntries(await Promise.all(Object.entries(before).map(async ([p, f]) => [p, await app.vault.read(f)] as const)));
		await app.commands.runCommandById("aws-notes-coach:add-missing-sections-all");
		expect(Notice.messages.at(-1)).toMatch(/^No note to add sections to\. Left 5 notes alone that use another structure \(fewer than two template sections\): DynamoDB\.md, /);
		for (const [p, f] of Object.entries(before)) expect(await app.vault.read(f)).toBe(texts[p]);
	});
});
