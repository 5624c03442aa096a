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
import "../obsidian-double/obsidian";

function servicesFor(core: CoachIndex): StudyServices {
	return { index: { core }, activeNote: () => null, study: { accuracyOf: () => null } } as unknown as StudyServices;
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
