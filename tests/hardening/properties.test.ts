/**
 * Property tests over hostile text: the alphabet is what breaks parsers (NUL, lone surrogates,
 * CR, BOM, bidi overrides, emoji, markdown and HTML fragments, `$&` replacement patterns,
 * template placeholders), and the template is hostile too (the user writes its section names).
 * Unit-level properties with friendlier input live next to each module (tests/core/...).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { LinkIndex } from "../../src/core/links/LinkIndex";
import { newNoteContent, rewriteLinks, safeFileName } from "../../src/core/links/edits";
import { FileSet, joinRelative, linkKey } from "../../src/core/links/resolve";
import { parseNote } from "../../src/core/note/parseNote";
import { checkFairness, generateQuiz } from "../../src/core/quiz";
import { buildQuizContext } from "../../src/core/quiz/context";
import { addMissingSections, applyEdits } from "../../src/core/template/addMissingSections";
import { checkNote } from "../../src/core/template/checkNote";
import { DEFAULT_TEMPLATE, isTemplateError, templateFromNote, type TemplateSpec } from "../../src/core/template/spec";
import { isSubsequence } from "./fixtures";

const TOKENS = [
	"\u0000", "\uD800", "\uDFFF", "\uFEFF", "\u202E", "\u200B", "\u00A0", "😀", "👩‍💻", "שלום", "é", "e\u0301", "â†’",
	"\r", "\n", "\r\n", "\t", " ", "  ",
	"[[", "]]", "[", "]", "(", ")", "|", "#", "^", "!", "**", "__", "*", "_", "`", "```", "~~~", "~~", "==", "---", "===", "- ", "1. ", "> ", "- [ ] ",
	"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "javascript:", "%", "%E0%A4%A", "\\", "/", "../", "./", ".md",
	"$&", "$'", "$`", "$1", "{{title}}", "<%", "constructor", "__proto__",
	"## ", "# ", "**Overview**", "## **Details**", "Use Cases", "Exam Tips", "References", "aliases: [", "aliases:\n  - ", ":",
	"Amazon S3", "AWS Lambda", "a", "b",
];
const hostileText = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) }), { maxLength: 80 }).map((parts) => parts.join(""));
/** Lines, so that headings, lists and fences start where they should; sometimes with frontmatter. */
const hostileNote = fc
	.tuple(fc.array(hostileText, { maxLength: 25 }), fc.constantFrom("\n", "\r\n", "\r"), fc.boolean(), fc.boolean())
	.map(([lines, eol, fm, bom]) => (bom ? "\uFEFF" : "") + (fm ? ["---", "aliases: [Amazon X]", "---", ...lines] : lines).join(eol));
const anyNote = fc.oneof(hostileNote, fc.string({ unit: "binary", maxLength: 200 }), hostileText);

/** Section names a user might type in settings, good and bad. */
const sectionName = fc.oneof(
	fc.constantFrom("Overview", "Details", "Use Cases", "Exam Tips", "References", "", " ", "**", "#", "1.", "Overview:", "<img src=x onerror=alert(1)>", "$&", "Über 🚀", "\u202Ename"),
	hostileText.filter((s) => !/[\r\n]/.test(s)),
);
const hostileSpec: fc.Arbitrary<TemplateSpec> = fc.oneof(
	fc.constant(DEFAULT_TEMPLATE),
	fc.array(fc.record({ name: sectionName, synonyms: fc.array(sectionName, { maxLength: 2 }), required: fc.boolean() }), { minLength: 1, maxLength: 6 }).map((sections) => ({ sections })),
);

const splitLines = (text: string): string[] => text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
const RUNS = { numRuns: 500 };

describe("parser", () => {
	test("never throws; lines and endings rebuild the text; every position points into the note", () => {
		fc.assert(
			fc.property(anyNote, (text) => {
				const m = parseNote(text);
				expect((m.bom ? "\uFEFF" : "") + m.lines.map((l, i) => l + m.lineEndings[i]).join("")).toBe(text);
				const n = m.lines.length;
				for (const h of m.headings) expect(h.line >= 1 && h.line <= n).toBe(true);
				for (const l of m.links) expect(m.lines[l.line - 1].slice(l.start, l.end)).toBe(l.raw);
				for (const b of m.bold) expect(m.lines[b.line - 1].slice(b.start, b.end).includes(b.text)).toBe(true);
				m.listItems.forEach((item, i) => {
					expect(item.parent < i).toBe(true);
					expect(typeof item.plain).toBe("string");
				});
				for (const c of m.codeBlocks) expect(c.startLine >= 1 && c.endLine <= n && c.startLine <= c.endLine).toBe(true);
				expect(m.isCode.length).toBe(n);
				JSON.stringify(m);
			}),
			RUNS,
		);
	});
});

describe("checker and fix", () => {
	test("checkNote never throws, with any template; every finding is on a line of the note", () => {
		fc.assert(
			fc.property(anyNote, hostileSpec, (text, spec) => {
				const note = parseNote(text);
				const last = Math.max(1, note.lines.length);
				for (const f of checkNote(note, spec)) expect(f.line >= 1 && f.line <= last, f.message).toBe(true);
			}),
			RUNS,
		);
	});

	test("addMissingSections, with any template: only inserts, keeps every original line in order, leaves nothing it can add missing, and is idempotent", () => {
		fc.assert(
			fc.property(anyNote, hostileSpec, (text, spec) => {
				const note = parseNote(text);
				const fix = addMissingSections(text, note, spec);
				expect(applyEdits(text, fix.edits)).toBe(fix.text);
				expect(isSubsequence(splitLines(text), splitLines(fix.text))).toBe(true);
				expect(fix.text.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
				const after = parseNote(fix.text);
				const stillMissing = new Set(checkNote(after, spec).filter((f) => f.rule === "missing-section").map((f) => f.section));
				for (const name of fix.added) expect(stillMissing.has(name), `"${name}" was added but is still missing`).toBe(false);
				const again = addMissingSections(fix.text, after, spec);
				expect(again.edits).toEqual([]);
				expect(again.text).toBe(fix.text);
			}),
			RUNS,
		);
	});

	test("a template note made of hostile text gives a template or a clear error, never a crash", () => {
		fc.assert(
			fc.property(anyNote, (text) => {
				const spec = templateFromNote(parseNote(text));
				if (isTemplateError(spec)) expect(spec.error).toMatch(/^The template note/);
				else for (const s of spec.sections) expect(s.name.trim()).not.toBe("");
			}),
			RUNS,
		);
	});
});

describe("links: resolver, index and edits", () => {
	const pathSegment = fc.oneof(fc.constantFrom("AWS", "Amazon S3", "a", "A", ".", "..", "", "x.md", "y.png", "Café", "Cafe\u0301", "😀", "\u0000"), hostileText.filter((s) => !s.includes("/") && !/[\r\n]/.test(s)));
	const vaultPath = fc.array(pathSegment, { minLength: 1, maxLength: 3 }).map((segs) => segs.join("/"));

	test("FileSet.resolve never throws, returns a file of the set or null, and never climbs out of the vault", () => {
		fc.assert(
			fc.property(fc.array(vaultPath, { maxLength: 8 }), fc.oneof(vaultPath, hostileText), vaultPath, (files, link, source) => {
				const set = new FileSet(files);
				const found = set.resolve(link, source);
				if (found !== null) expect(set.has(found)).toBe(true);
				const joined = joinRelative("AWS/Compute", link);
				if (joined !== null) expect(joined.split("/")).not.toContain("..");
				expect(typeof linkKey(link)).toBe("string");
			}),
			RUNS,
		);
	});

	test("the link index never throws on hostile notes; references point at lines that hold the link", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(vaultPath, anyNote), { maxLength: 5 }), (notes) => {
				const index = new LinkIndex();
				const texts = new Map<string, string[]>();
				for (const [path, text] of notes) {
					const note = parseNote(text);
					texts.set(path, note.lines);
					index.setNote(path, { inScope: true, links: note.links, lineText: (l: number) => note.lines[l - 1] ?? "", aliases: note.frontmatter?.aliases ?? [], empty: false });
				}
				for (const t of index.targets()) {
					expect(t.key).not.toBe("");
					for (const r of t.references) {
						const line = texts.get(r.path)?.[r.line - 1];
						expect(line).toBeDefined();
						expect(line!.trim().startsWith(r.text)).toBe(true);
					}
				}
			}),
			RUNS,
		);
	});

	test("rewriteLinks changes only the link spans, keeps every other line byte for byte, keeps what readers see, and is idempotent", () => {
		// Few hostile notes hold a link to a note: put some in, at any offset, with backticks around.
		const linkOrTick = fc.constantFrom("[[Amazon S3]]", "[[Amazon S3|shown]]", "[[amazon s3#Pricing]]", "![[Amazon S3]]", "[docs](Amazon%20S3.md)", "`", "`x`");
		const noteWithLinks = fc
			.tuple(hostileNote, fc.array(fc.tuple(fc.nat(), linkOrTick), { minLength: 1, maxLength: 6 }))
			.map(([note, inserts]) => inserts.reduce((t, [at, s]) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1)), note));
		fc.assert(
			fc.property(noteWithLinks, fc.nat(), hostileText, (text, pick, rawName) => {
				const note = parseNote(text);
				const candidates = note.links.filter((l) => !l.external && linkKey(l.target) !== "");
				if (candidates.length === 0) return;
				const fromKey = linkKey(candidates[pick % candidates.length].target);
				const newLinktext = safeFileName(rawName).name;
				fc.pre(linkKey(newLinktext) !== fromKey);
				const r = rewriteLinks(text, fromKey, newLinktext);
				// A backtick in the new name would pair with inline code on the line: refused, nothing written.
				if (newLinktext.includes("`")) {
					expect(r).toEqual({ text, count: 0, kept: 0, refused: expect.any(String) });
					return;
				}
				expect(r.refused).toBeNull();
				const after = parseNote(r.text);
				expect(after.lines.length).toBe(note.lines.length);
				const touched = new Set(note.links.filter((l) => !l.external && linkKey(l.target) === fromKey).map((l) => l.line));
				expect(r.count + r.kept).toBe(note.links.filter((l) => !l.external && linkKey(l.target) === fromKey).length);
				// Links kept because the rewrite would move their backticks are still there, as they were.
				expect(after.links.filter((l) => !l.external && linkKey(l.target) === fromKey).length).toBe(r.kept);
				note.lines.forEach((line, i) => {
					if (!touched.has(i + 1)) expect(after.lines[i]).toBe(line);
					expect(after.lineEndings[i]).toBe(note.lineEndings[i]);
				});
				// Wikilinks keep their display text (or show the old target as it was written).
				const oldWiki = note.links.filter((l) => l.kind === "wiki" && !l.embed && linkKey(l.target) === fromKey);
				const newWiki = after.links.filter((l) => l.kind === "wiki" && !l.embed && linkKey(l.target) === linkKey(newLinktext));
				const keptRaw = after.links.filter((l) => linkKey(l.target) === fromKey).map((l) => `${l.line} ${l.raw}`);
				for (const l of oldWiki) {
					const shown = l.display ?? l.target + (l.subpath !== null ? ` > ${l.subpath}` : "");
					const ok = newWiki.some((n) => n.line === l.line && n.display === shown) || keptRaw.includes(`${l.line} ${l.raw}`);
					expect(ok, `display "${shown}" lost`).toBe(true);
				}
				expect(rewriteLinks(r.text, fromKey, newLinktext).count).toBe(0);
			}),
			RUNS,
		);
	});

	test("safeFileName gives a usable, stable file name for any link target", () => {
		fc.assert(
			fc.property(fc.oneof(hostileText, fc.string({ unit: "binary", maxLength: 400 }), fc.string({ unit: fc.constantFrom("😀", "a", ".", " ", "é"), maxLength: 400 })), (target) => {
				const { name, changed } = safeFileName(target);
				expect(name).not.toBe("");
				expect(name).not.toMatch(/[\\/:*?"<>|#^[\]\p{Cc}]/u);
				expect(name).not.toMatch(/^[.\s-]|[.\s]$/);
				expect(name.length).toBeLessThanOrEqual(180);
				// No half of a surrogate pair: the name must survive UTF-8 encoding unchanged.
				expect(Buffer.from(name, "utf8").toString("utf8")).toBe(name);
				expect(changed).toBe(name !== target);
				expect(safeFileName(name)).toEqual({ name, changed: false });
			}),
			RUNS,
		);
	});

	test("newNoteContent puts any target into valid frontmatter and into `{{title}}` literally", () => {
		fc.assert(
			fc.property(hostileText.map((s) => s.replace(/[\r\n]/g, "").trim()).filter((s) => s !== ""), (target) => {
				const { name } = safeFileName(target);
				const text = newNoteContent(target, { spec: DEFAULT_TEMPLATE, templateText: "# {{title}}\n## Overview\n", fileName: name });
				const note = parseNote(text);
				expect(note.frontmatter?.error ?? null).toBeNull();
				if (name !== target) expect(note.frontmatter?.aliases).toContain(target);
				expect(text.endsWith(`# ${target}\n## Overview\n`)).toBe(true);
			}),
			RUNS,
		);
	});
});

describe("quiz", () => {
	test("generateQuiz never throws on hostile notes, and every question is fair, sourced and repeatable", () => {
		fc.assert(
			fc.property(anyNote, fc.integer(), (text, seed) => {
				const note = parseNote(text);
				const context = buildQuizContext("AWS/Hostile.md", note, ["AWS/Amazon S3.md", "AWS/AWS Lambda.md", "AWS/<img src=x onerror=alert(1)>.md"]);
				const quiz = generateQuiz(note, context, { seed, count: 10 });
				for (const q of quiz.questions) {
					expect(checkFairness(q)).toEqual([]);
					expect(q.source.line >= 1 && q.source.line <= note.lines.length).toBe(true);
				}
				expect(generateQuiz(note, context, { seed, count: 10 })).toEqual(quiz);
			}),
			{ numRuns: 300 },
		);
	});
});
