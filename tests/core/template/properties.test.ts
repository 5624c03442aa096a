import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import { addMissingSections, applyEdits } from "../../../src/core/template/addMissingSections";
import { checkNote } from "../../../src/core/template/checkNote";
import { sectionInsertions, templateHints } from "../../../src/core/template/hints";
import { DEFAULT_TEMPLATE, type TemplateSpec } from "../../../src/core/template/spec";

const NAMES = DEFAULT_TEMPLATE.sections.flatMap((s) => [s.name, ...s.synonyms]);
const STYLES: ((name: string) => string[])[] = [
	(n) => [`## **${n}**`],
	(n) => [`## ${n}`],
	(n) => [`### ${n}`],
	(n) => [`# ${n}`],
	(n) => [`**${n}**`],
	(n) => [`**${n.toUpperCase()}:**`],
	(n) => [`#### 1. ${n}:`],
	(n) => [`## 🚀 ${n}`],
	(n) => [`  __${n}__`],
	(n) => [n, "---"],
	(n) => [n, "==="],
];

const templateHeading = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...STYLES)).map(([name, style]) => style(name));
const fixedLine = fc.constantFrom(
	"## Common Pitfalls",
	"### **1. Sub topic**",
	"**Key idea**",
	"# **Amazon SQS**",
	"- bullet with [[Amazon SNS]]",
	"\t- nested bullet",
	"- ",
	"1. step",
	"- [ ]",
	"",
	"",
	"   ",
	"---",
	"---",
	"***",
	"```",
	"~~~",
	"```js",
	"aliases: [unclosed",
	"key: value",
	"<!-- comment -->",
	"%% comment %%",
	"text",
);
const noise = fc.string({ unit: fc.constantFrom("#", "*", "_", "-", "`", "~", " ", "\t", ":", "1", ".", "=", "a", "é", "🚀", ">", "["), maxLength: 12 });
const unicode = fc.string({ unit: "binary", maxLength: 16 }).map((s) => s.replace(/[\r\n]/g, " "));
const block = fc.oneof(
	{ weight: 4, arbitrary: templateHeading },
	{ weight: 6, arbitrary: fixedLine.map((l) => [l]) },
	{ weight: 2, arbitrary: noise.map((l) => [l]) },
	{ weight: 2, arbitrary: unicode.map((l) => [l]) },
);
/** Notes shaped like real ones: template sections in one style, some dropped or moved, `---` between them or not. */
const structured = fc
	.record({
		order: fc.shuffledSubarray([0, 1, 2, 3, 4]),
		sorted: fc.boolean(),
		style: fc.constantFrom(...STYLES),
		habit: fc.boolean(),
		bodies: fc.array(fc.array(block, { maxLength: 4 }), { minLength: 5, maxLength: 5 }),
		intro: fc.array(block, { maxLength: 3 }),
	})
	.map(({ order, sorted, style, habit, bodies, intro }) => {
		const picked = sorted ? [...order].sort((a, b) => a - b) : order;
		const out: string[][] = [...intro];
		picked.forEach((t, i) => {
			if (i > 0 && habit) out.push(["", "---", ""]);
			out.push(style(DEFAULT_TEMPLATE.sections[t].name), ...bodies[t]);
		});
		return out;
	});
const noteText = fc
	.record({
		blocks: fc.oneof(fc.array(block, { maxLength: 40 }), structured),
		eol: fc.constantFrom("\n", "\r\n"),
		trailing: fc.boolean(),
		bom: fc.boolean(),
		frontmatter: fc.constantFrom(null, ["---", "aliases: [x]", "---"], ["---", "bad: [", "---"]),
	})
	.map(({ blocks, eol, trailing, bom, frontmatter }) => {
		const lines = [...(frontmatter ?? []), ...blocks.flat()];
		return (bom ? "\uFEFF" : "") + lines.join(eol) + (trailing && lines.length > 0 ? eol : "");
	});

const specArb = fc.oneof(
	fc.constant(DEFAULT_TEMPLATE),
	fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }).map(
		(required): TemplateSpec => ({ sections: DEFAULT_TEMPLATE.sections.map((s, i) => ({ ...s, required: required[i] })) }),
	),
);

const splitLines = (text: string): string[] => text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);

function isSubsequence(small: string[], big: string[]): boolean {
	let j = 0;
	for (let i = 0; i < big.length && j < small.length; i++) if (big[i] === small[j]) j++;
	return j === small.length;
}

const RUNS = { numRuns: 1500 };

describe("template properties", () => {
	test("checkNote never throws and its lines are within the note", () => {
		fc.assert(
			fc.property(noteText, specArb, (text, spec) => {
				const note = parseNote(text);
				const findings = checkNote(note, spec);
				const last = Math.max(1, note.lines.length);
				for (const f of findings) {
					expect(Number.isInteger(f.line)).toBe(true);
					expect(f.line).toBeGreaterThanOrEqual(1);
					expect(f.line).toBeLessThanOrEqual(last);
				}
				for (let i = 1; i < findings.length; i++) expect(findings[i].line).toBeGreaterThanOrEqual(findings[i - 1].line);
			}),
			RUNS,
		);
	});

	test("addMissingSections keeps every original line, only inserts, and leaves no missing section; running it again adds nothing", () => {
		fc.assert(
			fc.property(noteText, specArb, (text, spec) => {
				const note = parseNote(text);
				const result = addMissingSections(text, note, spec);

				// (2) insertions only: every original line survives, in order, byte for byte.
				expect(applyEdits(text, result.edits)).toBe(result.text);
				expect(isSubsequence(splitLines(text), splitLines(result.text))).toBe(true);
				expect(result.text.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
				let prev = -1;
				for (const e of result.edits) {
					expect(e.offset).toBeGreaterThan(prev);
					prev = e.offset;
					expect(e.line === note.lines.length ? e.offset === text.length : note.lineStarts[e.line] === e.offset).toBe(true);
					expect(e.text.endsWith(note.eol)).toBe(true);
				}
				expect(result.added.length === 0).toBe(result.edits.length === 0);

				// (3) nothing required is missing any more.
				const after = parseNote(result.text);
				expect(checkNote(after, spec).filter((f) => f.rule === "missing-section")).toEqual([]);

				// (4) idempotent.
				const again = addMissingSections(result.text, after, spec);
				expect(again.edits).toEqual([]);
				expect(again.text).toBe(result.text);
			}),
			RUNS,
		);
	});

	test("fixing a note removes exactly its missing-section findings", () => {
		fc.assert(
			fc.property(noteText, (text) => {
				const note = parseNote(text);
				const missing = checkNote(note).filter((f) => f.rule === "missing-section").map((f) => f.section);
				expect(addMissingSections(text, note).added).toEqual(missing);
			}),
			RUNS,
		);
	});

	test("adding one named section changes only that section: the rest of the note is kept byte for byte", () => {
		fc.assert(
			fc.property(noteText, specArb, fc.nat(4), (text, spec, pick) => {
				const note = parseNote(text);
				const missing = checkNote(note, spec).filter((f) => f.rule === "missing-section").map((f) => f.section!);
				if (missing.length === 0) return;
				const name = missing[pick % missing.length];
				const edits = sectionInsertions(text, spec, [name]);
				const fixed = applyEdits(text, edits);
				// Only insertions: removing the inserted text gives the note back.
				let back = fixed;
				for (const e of [...edits].sort((a, b) => b.offset - a.offset)) {
					expect(back.slice(e.offset, e.offset + e.text.length)).toBe(e.text);
					back = back.slice(0, e.offset) + back.slice(e.offset + e.text.length);
				}
				expect(back).toBe(text);
				const still = checkNote(parseNote(fixed), spec).filter((f) => f.rule === "missing-section").map((f) => f.section!);
				if (edits.length > 0) expect(still).not.toContain(name);
				for (const other of still) expect(missing).toContain(other);
			}),
			{ numRuns: 600 },
		);
	});

	test("editor hints: every finding once, each missing section at the offset where adding it inserts", () => {
		fc.assert(
			fc.property(noteText, specArb, (text, spec) => {
				const findings = checkNote(parseNote(text), spec);
				const hints = templateHints(text, spec);
				const missing = findings.filter((f) => f.rule === "missing-section");
				expect(hints.missing.map((h) => h.section).sort()).toEqual(missing.map((f) => f.section!).sort());
				expect(hints.lines.flatMap((l) => l.findings).length).toBe(findings.length - missing.length);
				for (const l of hints.lines) for (const f of l.findings) expect(f.line).toBe(l.line);
				for (const h of hints.missing) {
					const edit = sectionInsertions(text, spec, [h.section])[0];
					if (edit) expect(h.offset).toBe(edit.offset);
					expect(h.offset).toBeGreaterThanOrEqual(0);
					expect(h.offset).toBeLessThanOrEqual(text.length);
				}
			}),
			{ numRuns: 600 },
		);
	});
});
