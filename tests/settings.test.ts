import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { defaultSettings, migrateSettings, normalizeNoteFolder } from "../src/settings";

describe("settings migration", () => {
	test("nothing stored gives the defaults", () => {
		expect(migrateSettings(undefined)).toEqual(defaultSettings());
		expect(migrateSettings(null)).toEqual(defaultSettings());
		expect(migrateSettings("garbage")).toEqual(defaultSettings());
	});

	test("valid values are kept, invalid ones replaced", () => {
		const s = migrateSettings({
			scope: { includeFolders: "AWS, Cloud", tags: [1, "aws"] },
			sections: [{ name: " Overview " }, { name: "" }, { name: "Gotchas", synonyms: ["Pitfalls"], required: false }],
			disabledRules: ["empty-section", "no-such-rule"],
			quizCount: 500,
			quizKinds: ["bogus"],
			ignoredTargets: ["a", "a", 3],
			lastScores: { "A.md": { correct: 3, total: 5, date: "2026-11-01" }, "B.md": "x" },
		});
		expect(s.scope.includeFolders).toEqual(["AWS", "Cloud"]);
		expect(s.scope.tags).toEqual(["aws"]);
		expect(s.scope.namePrefixes).toEqual(["Amazon ", "AWS "]);
		expect(s.sections).toEqual([
			{ name: "Overview", synonyms: [], required: true },
			{ name: "Gotchas", synonyms: ["Pitfalls"], required: false },
		]);
		expect(s.disabledRules).toEqual(["empty-section"]);
		expect(s.quizCount).toBe(50);
		expect(s.quizKinds).toEqual(defaultSettings().quizKinds);
		expect(s.ignoredTargets).toEqual(["a"]);
		expect(s.lastScores).toEqual({ "A.md": { correct: 3, total: 5, date: "2026-11-01" } });
	});

	test("defaults are fresh objects (no shared arrays between instances)", () => {
		const a = defaultSettings();
		a.scope.includeFolders.push("X");
		a.sections[0].synonyms.push("Y");
		expect(defaultSettings().scope.includeFolders).toEqual(["AWS"]);
		expect(defaultSettings().sections[0].synonyms).not.toContain("Y");
	});

	test("property: migration never throws and is idempotent", () => {
		fc.assert(
			fc.property(fc.anything(), (raw) => {
				const once = migrateSettings(raw);
				expect(migrateSettings(JSON.parse(JSON.stringify(once)))).toEqual(once);
			}),
		);
	});
});

describe("Folder for new notes", () => {
	test.each([
		["AWS/New", "AWS/New"],
		["  /AWS//New/ ", "AWS/New"],
		["AWS\\New", "AWS/New"],
		["", ""],
		["/", ""],
	])("%j is the folder %j", (raw, folder) => {
		expect(normalizeNoteFolder(raw)).toEqual({ folder });
	});

	test.each(["..", "../elsewhere", "AWS/../../x", "./AWS"])("%j is refused with a clear message", (raw) => {
		const r = normalizeNoteFolder(raw);
		expect("error" in r && r.error).toMatch(/leaves the vault: use a folder inside it/);
	});

	test("a hand-edited data.json that climbs out of the vault falls back to the default", () => {
		expect(migrateSettings({ newNoteFolder: "../outside" }).newNoteFolder).toBe("");
		expect(migrateSettings({ newNoteFolder: "/AWS/New/" }).newNoteFolder).toBe("AWS/New");
	});
});
