// @vitest-environment happy-dom
/**
 * The settings show which rule made each note an AWS note, and the service-name rule can be
 * switched off (the vault is checked again).
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { App } from "../obsidian-double/obsidian";
import { VARIANTS, bootPlugin, quiet, shutdown, type CoachPluginLike } from "../hardening/plugin";

const FILES: Record<string, string> = {
	"AWS/Amazon SQS.md": "**Overview**\n- Queues.\n",
	"Study/Lambda.md": "## What is it\n- Functions.\n",
	"Study/AWS index.md": "- [[Amazon SQS]]\n- [[Lambda]]\n- [[Amazon SNS]]\n- [[Amazon S3]]\n- [[Amazon EC2]]\n",
	"Journal/Today.md": "Nothing about AWS.\n",
};

describe.each(VARIANTS)("scope in the settings (%s)", (variant) => {
	let app: App;
	let plugin: CoachPluginLike;
	beforeEach(async () => {
		({ app, plugin } = await bootPlugin(FILES, variant));
	});
	afterEach(() => shutdown(app));

	test("a fold lists the notes under the rule that counted them, and the ones left out", () => {
		const tab = app.setting.openTabById("aws-notes-coach");
		const fold = tab.containerEl.querySelector(".anc-scope-reasons")!;
		expect(fold.querySelector("summary")!.textContent).toBe("2 AWS notes: see which rule counted each one");
		const groups = Object.fromEntries(
			[...fold.querySelectorAll(".anc-scope-group")].map((g) => [g.querySelector(".anc-scope-label")!.textContent, [...g.querySelectorAll("li")].map((li) => li.textContent)]),
		);
		expect(groups).toEqual({
			"In the folder AWS (1)": ["AWS/Amazon SQS.md"],
			"Named after the service AWS Lambda (1)": ["Study/Lambda.md"],
			"Left out: a README or index note (1)": ["Study/AWS index.md"],
		});
	});

	test("switching off the service-name rule drops the bare-named note after the re-check", async () => {
		const tab = app.setting.openTabById("aws-notes-coach");
		const row = [...tab.containerEl.querySelectorAll(".setting-item")].find((e) => e.querySelector(".setting-item-name")?.textContent === "Notes named after a service")!;
		row.querySelector<HTMLElement>(".checkbox-container")!.click();
		await new Promise((r) => setTimeout(r, 800)); // the re-index is debounced
		await quiet(app);
		expect(plugin.index.core.summary().checked).toBe(1);
	});
});

describe.each(VARIANTS)("folder for new notes in the settings (%s)", (variant) => {
	let app: App;
	let plugin: CoachPluginLike;
	beforeEach(async () => {
		({ app, plugin } = await bootPlugin(FILES, variant));
	});
	afterEach(() => shutdown(app));

	test("a folder outside the vault is refused with a message; a messy one is normalised", () => {
		const tab = app.setting.openTabById("aws-notes-coach");
		const row = [...tab.containerEl.querySelectorAll(".setting-item")].find((e) => e.querySelector(".setting-item-name")?.textContent === "Folder for new notes")!;
		const input = row.querySelector("input")!;
		const type = (v: string) => {
			input.value = v;
			input.dispatchEvent(new Event("input"));
		};
		type("../outside");
		expect(row.querySelector(".setting-item-description")!.textContent).toMatch(/leaves the vault/);
		expect(plugin.settings.newNoteFolder).toBe("");
		type(" /AWS//New/ ");
		expect(plugin.settings.newNoteFolder).toBe("AWS/New");
		expect(row.querySelector(".setting-item-description")!.textContent).toMatch(/^Leave empty/);
	});
});
