// @vitest-environment happy-dom
/**
 * The settings tab: the scope lists are read as comma-separated text, written back to the settings
 * on change, saved, and the notes indexed again; name prefixes keep the space that ends them.
 */
import { describe, expect, test, vi } from "vitest";
import type { App, Plugin } from "obsidian";
import "../obsidian-double/obsidian";
import { defaultSettings } from "../../src/settings";
import type { SettingsHost } from "../../src/obsidian/settingsHost";
import { CoachSettingTab } from "../../src/ui/SettingsTab";

function tabWith(): { tab: CoachSettingTab; host: SettingsHost } {
	const host = {
		settings: defaultSettings(),
		scopeReasons: () => [],
		learnTemplate: () => null,
		useTemplate: vi.fn(async () => undefined),
		saveSettings: vi.fn(async () => undefined),
		settingsChanged: vi.fn(),
		editorHintsChanged: vi.fn(),
		examChanged: vi.fn(),
	} satisfies SettingsHost;
	const tab = new CoachSettingTab({} as App, {} as Plugin, host);
	tab.display();
	return { tab, host };
}

/** The text input of the setting named `name`. */
function inputOf(tab: CoachSettingTab, name: string): HTMLInputElement {
	const item = [...tab.containerEl.querySelectorAll(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	const input = item?.querySelector("input");
	if (!input) throw new Error(`no text setting named ${name}`);
	return input;
}

async function type(input: HTMLInputElement, value: string): Promise<void> {
	input.value = value;
	input.dispatchEvent(new Event("input"));
	await Promise.resolve();
	await Promise.resolve();
}

describe("settings tab: which notes are AWS notes", () => {
	test("each scope list shows its items comma separated", () => {
		const { tab, host } = tabWith();
		host.settings.scope.includeFolders = ["AWS", "Cloud/Notes"];
		tab.display();
		expect(inputOf(tab, "Folders").value).toBe("AWS, Cloud/Notes");
		expect(inputOf(tab, "Name prefixes").value).toBe("Amazon, AWS");
	});

	test("a changed list is split at commas, trimmed, saved and indexed again", async () => {
		const { tab, host } = tabWith();
		await type(inputOf(tab, "Tags"), " aws , study,, exam ");
		expect(host.settings.scope.tags).toEqual(["aws", "study", "exam"]);
		await type(inputOf(tab, "Excluded folders"), "Templates, Archive");
		expect(host.settings.scope.excludeFolders).toEqual(["Templates", "Archive"]);
		await type(inputOf(tab, "Folders"), "/AWS");
		expect(host.settings.scope.includeFolders).toEqual(["/AWS"]);
		expect(host.saveSettings).toHaveBeenCalledTimes(3);
		expect(host.settingsChanged).toHaveBeenCalledTimes(3);
	});

	test("name prefixes are kept with the space that ends them", async () => {
		const { tab, host } = tabWith();
		await type(inputOf(tab, "Name prefixes"), "Amazon, AWS, Azure");
		expect(host.settings.scope.namePrefixes).toEqual(["Amazon ", "AWS ", "Azure "]);
	});
});

describe("settings tab: sliders", () => {
	test("the number of questions and the pass mark are saved as the slider moves, without indexing again", async () => {
		const { tab, host } = tabWith();
		const sliderOf = (name: string) =>
			[...tab.containerEl.querySelectorAll(".setting-item")]
				.find((el) => el.querySelector(".setting-item-name")?.textContent === name)
				?.querySelector<HTMLInputElement>("input[type=range]");
		const count = sliderOf("Number of questions")!;
		expect([count.min, count.max, count.value]).toEqual(["3", "30", String(host.settings.quizCount)]);
		await type(count, "12");
		expect(host.settings.quizCount).toBe(12);
		const pass = sliderOf("Pass mark of practice exams")!;
		expect([pass.min, pass.max]).toEqual(["50", "100"]);
		await type(pass, "80");
		expect(host.settings.passPercent).toBe(80);
		expect(host.saveSettings).toHaveBeenCalledTimes(2);
		expect(host.settingsChanged).not.toHaveBeenCalled();
	});
});
