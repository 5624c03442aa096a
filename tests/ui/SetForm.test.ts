// @vitest-environment happy-dom
/**
 * The set form: its folder, category and tag choices come from the AWS notes of the index, and are
 * computed again only when the index changes (a walk over every note per redraw would be wasted).
 */
import { describe, expect, test } from "vitest";
import { CoachIndex } from "../../src/core/CoachIndex";
import { DEFAULT_SCOPE } from "../../src/core/scope";
import { DEFAULT_TEMPLATE } from "../../src/core/template/spec";
import type { StudyServices } from "../../src/obsidian/services";
import { defaultFormState, renderSetForm } from "../../src/ui/SetForm";
import { DEFAULT_EXAM_COUNT, type SetChoice } from "../../src/core/study";
import "../obsidian-double/obsidian";

function servicesFor(core: CoachIndex): StudyServices {
	return { index: { core }, activeNote: () => null, study: { accuracyOf: () => null } } as unknown as StudyServices;
}

/** The dropdown of the setting named `name`, or null when the form does not show it. */
function dropdownOf(container: HTMLElement, name: string): HTMLSelectElement | null {
	const item = [...container.querySelectorAll(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	return item?.querySelector("select") ?? null;
}

function choose(select: HTMLSelectElement | null, value: string): void {
	if (!select) throw new Error("no such dropdown");
	select.value = value;
	select.dispatchEvent(new Event("change"));
}

function optionsOf(container: HTMLElement): string[] {
	return [...container.querySelectorAll("option")].map((o) => o.getAttribute("value") ?? "");
}

describe("set form choices", () => {
	test("list the folders of AWS notes, and follow the index when a note is added", () => {
		const core = new CoachIndex({ scope: DEFAULT_SCOPE, template: DEFAULT_TEMPLATE, disabledRules: [], templateNotePath: null });
		core.updateNote("AWS/Storage/Amazon S3.md", "---\ntags: [aws, storage]\n---\n**Overview**\n- Object storage.\n");
		const state = { ...defaultFormState(""), kind: "folder" as const };
		const container = document.createElement("div");
		const draw = (): void => renderSetForm(container, servicesFor(core), state, () => undefined, () => undefined);
		draw();
		expect(optionsOf(container)).toContain("AWS/Storage");
		expect(optionsOf(container)).not.toContain("AWS/Compute");
		const before = core.revision;
		core.updateNote("AWS/Compute/AWS Lambda.md", "**Overview**\n- Functions without servers.\n");
		expect(core.revision).toBeGreaterThan(before);
		draw();
		expect(optionsOf(container)).toContain("AWS/Compute");
		core.removeNote("AWS/Compute/AWS Lambda.md");
		draw();
		expect(optionsOf(container)).not.toContain("AWS/Compute");
	});
});

describe("set form choices change the set", () => {
	function vault(): CoachIndex {
		const core = new CoachIndex({ scope: DEFAULT_SCOPE, template: DEFAULT_TEMPLATE, disabledRules: [], templateNotePath: null });
		core.updateNote("AWS/Storage/Amazon S3.md", "---\ntags: [aws, storage]\n---\n**Overview**\n- Object storage.\n");
		core.updateNote("AWS/Compute/AWS Lambda.md", "---\ntags: [aws]\n---\n**Overview**\n- Functions without servers.\n");
		return core;
	}

	test("each kind of set shows its own dropdown, and the start button gets the set chosen", () => {
		const core = vault();
		const state = defaultFormState("saa");
		const container = document.createElement("div");
		const started: SetChoice[] = [];
		const draw = (): void => renderSetForm(container, servicesFor(core), state, draw, (c) => started.push(c));
		draw();
		expect(dropdownOf(container, "Folder")).not.toBeNull();
		choose(dropdownOf(container, "Notes"), "tag");
		expect(state.kind).toBe("tag");
		expect(dropdownOf(container, "Folder")).toBeNull();
		expect([...dropdownOf(container, "Tag")!.options].map((o) => o.text)).toEqual(["#aws", "#storage"]);
		choose(dropdownOf(container, "Tag"), "storage");
		choose(dropdownOf(container, "Notes"), "domain");
		choose(dropdownOf(container, "Exam"), "clf");
		expect(state.domain).toBe(1);
		choose(dropdownOf(container, "Domain"), "3");
		choose(dropdownOf(container, "Mode"), "exam");
		expect(state.count).toBe(DEFAULT_EXAM_COUNT);
		container.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		expect(started).toEqual([{ source: { kind: "domain", exam: "clf", domain: 3 }, count: DEFAULT_EXAM_COUNT, mode: "exam", minutes: state.minutes }]);
		expect(state.tag).toBe("storage");
	});

	test("a changed exam starts again at its first domain", () => {
		const state = { ...defaultFormState("saa"), kind: "domain" as const, domain: 3 };
		const container = document.createElement("div");
		const draw = (): void => renderSetForm(container, servicesFor(vault()), state, draw, () => undefined);
		draw();
		choose(dropdownOf(container, "Exam"), "sap");
		expect(state).toMatchObject({ exam: "sap", domain: 1 });
		expect(dropdownOf(container, "Domain")!.options).toHaveLength(4);
	});
});
