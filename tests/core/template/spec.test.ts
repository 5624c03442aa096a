import { describe, expect, test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import {
	ALL_RULES,
	DEFAULT_TEMPLATE,
	isTemplateError,
	matchSection,
	normalizeHeadingText,
	RULE_SEVERITY,
	templateFromNote,
	type TemplateSpec,
} from "../../../src/core/template/spec";

describe("normalizeHeadingText", () => {
	test.each([
		["Overview", "overview"],
		["**Overview**", "overview"],
		["__Details__", "details"],
		["***Exam Tips***", "exam tips"],
		["Use **Cases**", "use cases"],
		["  Use    Cases  ", "use cases"],
		["Exam Tips:", "exam tips"],
		["**Exam Tips:**", "exam tips"],
		["**Exam Tips**:", "exam tips"],
		["Exam Tips：", "exam tips"],
		["1. Overview", "overview"],
		["1) Overview", "overview"],
		["(2) Details", "details"],
		["2.1 Details", "details"],
		["2.1. Details", "details"],
		["3 - Use cases", "use cases"],
		["I. Overview", "overview"],
		["IV) References", "references"],
		["a) Details", "details"],
		["**1. Sub topic**", "sub topic"],
		["🚀 Overview", "overview"],
		["Overview 🚀", "overview"],
		["📝 Exam Tips ✅", "exam tips"],
		["1️⃣ Overview", "overview"],
		["👩🏽‍💻 Details", "details"],
		["Use\u00a0Cases", "use cases"],
		["`Details`", "details"],
		["==Details==", "details"],
		["~~Old~~ Details", "old details"],
		// Words that merely start like numbering are kept.
		["Details", "details"],
		["Invalid states", "invalid states"],
		["Did you know", "did you know"],
		["", ""],
		["1.", ""],
	])("%j -> %j", (input, expected) => {
		expect(normalizeHeadingText(input)).toBe(expected);
	});
});

describe("matchSection", () => {
	test.each([
		["Overview", 0],
		["**Introduction**", 0],
		["What is it?", 0],
		["Summary:", 0],
		["## not stripped", -1],
		["Key Features", 1],
		["DETAILS", 1],
		["Use case", 2],
		["When to use", 2],
		["Exam tip", 3],
		["🎯 Exam Tips", 3],
		["Tips", 3],
		["Further reading", 4],
		["5. References:", 4],
		["Common Pitfalls", -1],
		["", -1],
	])("%j -> %i", (text, index) => {
		expect(matchSection(DEFAULT_TEMPLATE, text)).toBe(index);
	});

	test("a new sections array rebuilds the lookup", () => {
		const spec: TemplateSpec = { sections: [{ name: "A", synonyms: [], required: true }] };
		expect(matchSection(spec, "A")).toBe(0);
		spec.sections = [{ name: "B", synonyms: [], required: true }];
		expect(matchSection(spec, "A")).toBe(-1);
		expect(matchSection(spec, "b")).toBe(0);
	});

	test("a synonym shared by two sections goes to the first", () => {
		const spec: TemplateSpec = {
			sections: [
				{ name: "One", synonyms: ["Same"], required: true },
				{ name: "Two", synonyms: ["same"], required: true },
			],
		};
		expect(matchSection(spec, "SAME")).toBe(0);
	});
});

describe("rules", () => {
	test("every rule has a severity; only missing-section is an error", () => {
		expect(ALL_RULES).toHaveLength(5);
		for (const rule of ALL_RULES) expect(RULE_SEVERITY[rule]).toBe(rule === "missing-section" ? "error" : "warning");
	});
});

describe("templateFromNote", () => {
	const names = (text: string): string[] | string => {
		const spec = templateFromNote(parseNote(text));
		return isTemplateError(spec) ? spec.error : spec.sections.map((s) => `${s.name}${s.required ? "" : "?"}`);
	};

	test("known sections keep canonical names and synonyms, in the note's order", () => {
		const spec = templateFromNote(parseNote(["# {{title}}", "", "**Overview**", "", "## Exam tips:", "", "## **Details**", "- "].join("\n")));
		expect(isTemplateError(spec)).toBe(false);
		if (isTemplateError(spec)) return;
		expect(spec.sections.map((s) => s.name)).toEqual(["Overview", "Exam Tips", "Details"]);
		expect(spec.sections[1].synonyms).toEqual(DEFAULT_TEMPLATE.sections[3].synonyms);
		expect(spec.sections[1].synonyms).not.toBe(DEFAULT_TEMPLATE.sections[3].synonyms);
	});

	test("unknown sections at the section level are added; deeper headings are content", () => {
		expect(names([
			"## **Overview**",
			"### **1. Sub topic**",
			"## **Details**",
			"## **Common Pitfalls**",
			"#### deep",
			"## References (optional)",
			"## 2. Cost model:",
		].join("\n"))).toEqual(["Overview", "Details", "Common Pitfalls", "References?", "Cost model"]);
	});

	test("without known sections, the shallowest ATX level defines sections", () => {
		expect(names(["# Title", "", "### Alpha", "#### inner", "### Beta", "### Alpha"].join("\n"))).toEqual(["Alpha", "Beta"]);
	});

	test("without ATX headings, bold-only lines define sections", () => {
		expect(names(["**Alpha**", "text", "**Beta:**"].join("\n"))).toEqual(["Alpha", "Beta"]);
	});

	test("placeholder headings are skipped", () => {
		expect(names(["## {{title}}", "## <% tp.file.title %>", "## Details"].join("\n"))).toEqual(["Details"]);
	});

	test("a note without headings is an error", () => {
		expect(names("just text\n")).toMatch(/no section headings/);
		expect(names("")).toMatch(/no section headings/);
	});

	test("a custom base supplies the known sections", () => {
		const base: TemplateSpec = { sections: [{ name: "Pricing", synonyms: ["Cost"], required: false }] };
		const spec = templateFromNote(parseNote("## Cost\n## Limits\n"), base);
		expect(spec).toEqual({ sections: [{ name: "Pricing", synonyms: ["Cost"], required: false }, { name: "Limits", synonyms: [], required: true }] });
	});
});
