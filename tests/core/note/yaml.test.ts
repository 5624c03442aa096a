/**
 * Frontmatter is read by a real YAML parser (here the `yaml` package, which the test setup gives,
 * as the CLI does; the plugin gives Obsidian's parseYaml). These tests pin the adapter: the data is
 * the parser's, aliases and tags come out as Obsidian reads them (anchors, multi-line strings, flow
 * lists), and an invalid frontmatter gives one clear error with a line, never an exception.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import YAML from "yaml";
import { parseNote } from "../../../src/core/note/parseNote";
import { parseFrontmatterYaml, readStringList, useYamlParser } from "../../../src/core/note/yaml";
import { checkNote } from "../../../src/core/template/checkNote";

const lines = (...l: string[]): string => l.join("\n");
const note = (yaml: string) => parseNote(`---\n${yaml}\n---\n## **Overview**\n- x\n`);

describe("aliases and tags as Obsidian reads them", () => {
	test.each([
		["block list", lines("aliases:", "  - Amazon S3", "  - S3"), ["Amazon S3", "S3"], []],
		["flow list with quotes", 'aliases: [Amazon S3, "S3: storage", \'it\'\'s\']', ["Amazon S3", "S3: storage", "it's"], []],
		["a single string", "aliases: Simple Storage Service", ["Simple Storage Service"], []],
		["anchors and aliases", lines("base: &name Amazon S3", "aliases:", "  - *name", "  - S3"), ["Amazon S3", "S3"], []],
		["a folded multi-line string", lines("aliases: >-", "  Amazon Simple", "  Storage Service"), ["Amazon Simple Storage Service"], []],
		["tags as a string, comma and space separated, # dropped", 'tags: "#aws, storage s3"', [], ["aws", "storage", "s3"]],
		["tags as a flow list", "tags: [aws, '#s3']", [], ["aws", "s3"]],
		["numbers become text", "aliases: [2024, true]", ["2024", "true"], []],
	])("%s", (_name, yaml, aliases, tags) => {
		const fm = note(yaml).frontmatter!;
		expect(fm.error).toBeNull();
		expect(fm.aliases).toEqual(aliases);
		expect(fm.tags).toEqual(tags);
	});

	test("the data is the parser's own", () => {
		const src = lines("title: S3", "level: 2", "nested:", "  a: [1, 2]");
		expect(parseFrontmatterYaml(src)).toEqual({ ok: true, data: YAML.parse(src) });
		expect(parseFrontmatterYaml("")).toEqual({ ok: true, data: {} });
	});
});

describe("invalid frontmatter: one clear finding, never an exception", () => {
	test.each([
		["unclosed quote", 'aliases: "Amazon S3'],
		["unclosed flow list", "aliases: [a, b"],
		["tab indentation", "\t- tab"],
		["a top-level list", lines("- a", "- b")],
		["a top-level scalar", "just text"],
		["an unknown alias", "key: *nope"],
	])("%s", (_name, yaml) => {
		const n = note(yaml);
		expect(n.frontmatter!.error).not.toBeNull();
		expect(n.frontmatter!.aliases).toEqual([]);
		const findings = checkNote(n).filter((f) => f.rule === "frontmatter-invalid");
		expect(findings).toHaveLength(1);
		expect(findings[0].line).toBeGreaterThanOrEqual(2);
		expect(findings[0].line).toBeLessThanOrEqual(n.frontmatter!.endLine);
		expect(findings[0].message).toMatch(/^Expected valid YAML frontmatter; found an error: \S/);
	});

	test("any text: no exception, and an error exactly when the parser rejects it or gives no mapping", () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("a", ":", " ", "\n", "-", "[", "]", "{", "}", '"', "'", "#", "&", "*", "\t", "|", ">"), maxLength: 60 }), (src) => {
				const r = parseFrontmatterYaml(src);
				let mapping: boolean;
				try {
					const d: unknown = YAML.parse(src, { logLevel: "error" });
					mapping = d === null || d === undefined || (typeof d === "object" && !Array.isArray(d));
				} catch {
					mapping = false;
				}
				expect(r.ok).toBe(mapping);
			}),
			{ numRuns: 500 },
		);
	});

	test("a js-yaml style error (Obsidian's parseYaml) gives its line and reason", () => {
		useYamlParser(() => {
			throw Object.assign(new Error("duplicated mapping key (2:1)"), { reason: "duplicated mapping key", mark: { line: 1 } });
		});
		try {
			expect(parseFrontmatterYaml("a: 1\na: 2")).toEqual({ ok: false, error: { message: "duplicated mapping key", line: 2 } });
		} finally {
			useYamlParser((text) => YAML.parse(text, { logLevel: "error" }) as unknown);
		}
	});
});

describe("readStringList", () => {
	test("drops empty and non-text items, strips # from tags", () => {
		expect(readStringList(["a", "", null, { x: 1 }, 3], "aliases")).toEqual(["a", "3"]);
		expect(readStringList(["#aws", " #s3 "], "tags")).toEqual(["aws", "s3"]);
		expect(readStringList(undefined, "tags")).toEqual([]);
	});
});
