/**
 * Learning the template from the notes, over the fixture vaults written in four styles: the
 * learned sections are the ones the notes were written with, synonyms merged, in their order;
 * vaults in another structure get one hint instead of a finding per note.
 */
import { describe, expect, test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import { learnTemplate, sectionHeadings, sharedSections, structureHint } from "../../../src/core/template/learn";
import { DEFAULT_TEMPLATE } from "../../../src/core/template/spec";
import { indexVault } from "../../fixtures/vaults/load";

const names = (style: Parameters<typeof indexVault>[0]) => indexVault(style).learnTemplate()?.spec.sections.map((s) => s.name);

describe("the learned template is the one the notes were written with", () => {
	test("each style", () => {
		expect(names("template")).toEqual(["Overview", "Details", "Use Cases", "Exam Tips", "References"]);
		expect(names("features")).toEqual(["How It Works", "Key Features", "Common Use Cases"]);
		expect(names("bare")).toEqual(["What is it", "How it works", "Pricing", "Gotchas", "Related"]);
		expect(names("hub")).toEqual(["Overview", "Details", "Use Cases", "Exam Tips", "References"]);
	});

	test("with how many notes follow it", () => {
		const learned = indexVault("template").learnTemplate()!;
		expect([learned.following, learned.total]).toEqual([4, 5]); // Amazon S3 has no Use Cases
	});

	test("headings that mean the same are one section, named as most notes write it", () => {
		const learned = learnTemplate([
			["Summary", "When to use", "Limits"],
			["Summary", "Use cases", "Limitations"],
			["Summary", "When to use", "Quotas"],
		])!;
		expect(learned.spec.sections.map((s) => s.name)).toEqual(["Summary", "When to use", "Limits"]);
		expect(learned.spec.sections[1].synonyms).toContain("Use cases");
		expect(learned.following).toBe(3);
	});

	test("sections in fewer than half of the notes are not learned; no shared structure gives null", () => {
		expect(learnTemplate([["A", "B", "C"], ["A", "B"], ["A", "B"], ["D"]])!.spec.sections.map((s) => s.name)).toEqual(["A", "B"]);
		expect(learnTemplate([["A"], ["B"], ["C"]])).toBeNull();
		expect(learnTemplate([["A", "B"]])).toBeNull();
	});

	test("a note's sections: its section level and bold lines, not its title or sub-headings", () => {
		const note = parseNote("# Amazon SQS\n\nQueues.\n\n**Overview**\n- a\n## Details\n### Limits\n- b\n## Use cases\n");
		expect(sectionHeadings(note)).toEqual(["Overview", "Details", "Use cases"]);
	});
});

describe("another structure: one hint instead of a finding per note", () => {
	test("set for the styles that do not share three of the template's sections", () => {
		for (const style of ["features", "bare"] as const) {
			const hint = indexVault(style).structureHint();
			expect(hint).not.toBeNull();
			expect(hint!.message).toMatch(/^Most of your notes use another structure: .* \(5 of 5 notes\)\. Use it\? Only 0 of 5 AWS notes share 3 or more/);
		}
		expect(indexVault("features").structureHint()!.message).toContain("How It Works / Key Features / Common Use Cases");
	});

	test("not set where most notes follow the template, nor once the learned template is used", () => {
		expect(indexVault("template").structureHint()).toBeNull();
		expect(indexVault("hub").structureHint()).toBeNull();
		const learned = indexVault("features").learnTemplate()!;
		const index = indexVault("features", { template: learned.spec });
		expect(index.structureHint()).toBeNull();
		expect(index.summary()).toMatchObject({ checked: 5, conforming: 5, errors: 0 });
	});

	test("sharing counts template sections by name or synonym, once each", () => {
		expect(sharedSections(DEFAULT_TEMPLATE, ["What is it", "Key features", "When to use", "Tips", "Key concepts"])).toBe(4);
		expect(structureHint(DEFAULT_TEMPLATE, [])).toBeNull();
	});
});
