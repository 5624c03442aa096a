/**
 * A quiz over a set of notes: spread across the notes (no note beyond its share), kinds mixed,
 * the same for a seed, each question naming its note; "never ask" questions left out; a missed
 * question regenerated from the note's current text, or gone when its line changed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import { buildQuizContext } from "../../../src/core/quiz/context";
import { buildSetQuiz, noteSeed, notesToRead, questionById, setOrder, type LoadedNote } from "../../../src/core/study";

const ROOT = "examples/vault/AWS";
const texts = new Map<string, string>();
for (const folder of readdirSync(ROOT)) for (const name of readdirSync(join(ROOT, folder))) texts.set(`AWS/${folder}/${name}`, readFileSync(join(ROOT, folder, name), "utf8"));
const paths = [...texts.keys()].sort();

const loader = (overrides: Record<string, string> = {}) => {
	const loaded: string[] = [];
	const load = (path: string): LoadedNote | null => {
		loaded.push(path);
		const text = overrides[path] ?? texts.get(path);
		if (text === undefined) return null;
		const note = parseNote(text);
		return { note, context: buildQuizContext(path, note, paths) };
	};
	return { load, loaded };
};
const info = (path: string) => ({ category: path.split("/")[1], tags: path.includes("Lambda") ? ["aws", "domain/serverless"] : [] });

describe("questions spread over the notes", () => {
	test("20 questions over 34 notes: one note one question, each naming its note", () => {
		const { load, loaded } = loader();
		const quiz = buildSetQuiz(paths, load, info, { count: 20, seed: 3 });
		expect(quiz.questions).toHaveLength(20);
		expect(new Set(quiz.questions.map((q) => q.note)).size).toBe(20);
		// Lazily: only about as many notes as questions are read.
		expect(loaded.length).toBeLessThanOrEqual(24);
		for (const q of quiz.questions) {
			expect(paths).toContain(q.note);
			expect(q.category).toBe(q.note.split("/")[1]);
			expect(q.seed).toBe(noteSeed(3, q.note));
		}
		expect(quiz.questions.find((q) => q.note.includes("Lambda"))?.domains ?? ["domain/serverless"]).toEqual(["domain/serverless"]);
	});

	test("more questions than notes: no note gives more than one beyond any other", () => {
		const four = paths.filter((p) => p.includes("/Databases/"));
		const quiz = buildSetQuiz(four, loader().load, info, { count: 10, seed: 1 });
		expect(quiz.questions).toHaveLength(10);
		const per = [...four].map((p) => quiz.questions.filter((q) => q.note === p).length);
		expect(Math.max(...per) - Math.min(...per)).toBeLessThanOrEqual(1);
	});

	test("kinds are mixed: no kind takes more than a third of a 65-question exam", () => {
		const quiz = buildSetQuiz(paths, loader().load, info, { count: 65, seed: 1 });
		const kinds = new Map<string, number>();
		for (const q of quiz.questions) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
		expect(kinds.size).toBeGreaterThanOrEqual(5);
		expect(Math.max(...kinds.values())).toBeLessThanOrEqual(65 / 3);
	});

	test("deterministic for a seed, different for another", () => {
		const a = buildSetQuiz(paths, loader().load, info, { count: 15, seed: 5 }).questions.map((q) => q.id);
		const b = buildSetQuiz(paths, loader().load, info, { count: 15, seed: 5 }).questions.map((q) => q.id);
		const c = buildSetQuiz(paths, loader().load, info, { count: 15, seed: 6 }).questions.map((q) => q.id);
		expect(a).toEqual(b);
		expect(c).not.toEqual(a);
	});

	test("unreadable notes are skipped; never-ask questions are left out", () => {
		const first = buildSetQuiz(paths, loader().load, info, { count: 10, seed: 2 });
		const never = new Set(first.questions.slice(0, 3).map((q) => q.id));
		const again = buildSetQuiz(paths, loader().load, info, { count: 10, seed: 2, never });
		expect(again.questions).toHaveLength(10);
		expect(again.questions.some((q) => never.has(q.id))).toBe(false);
		const none = buildSetQuiz(["nope.md", ...paths.slice(0, 3)], loader().load, info, { count: 3, seed: 2 });
		expect(none.questions.length).toBe(3);
		expect(none.notesTried).toBe(4);
	});

	test("an empty set or a zero count gives no questions", () => {
		expect(buildSetQuiz([], loader().load, info, { count: 10, seed: 1 }).questions).toEqual([]);
		expect(buildSetQuiz(paths, loader().load, info, { count: 0, seed: 1 }).questions).toEqual([]);
	});
});

describe("a question found again by its id", () => {
	const quiz = buildSetQuiz(paths, loader().load, info, { count: 30, seed: 9 });

	test("from the same text and seed: the same question", () => {
		for (const q of quiz.questions) {
			const loaded = loader().load(q.note)!;
			const again = questionById(loaded, q.id, q.seed);
			expect(again, q.id).not.toBeNull();
			const { note: _n, category: _c, seed: _s, domains: _d, ...plain } = q;
			expect(again).toEqual(plain);
		}
	});

	test("after the note moved lines around: still found; after its line was edited: gone", () => {
		const q = quiz.questions.find((x) => x.source.line > 3)!;
		const text = texts.get(q.note)!;
		const lines = text.split("\n");
		const moved = lines.slice(0, q.source.line - 1).join("\n") + "\n\n" + lines.slice(q.source.line - 1).join("\n");
		expect(questionById(loader({ [q.note]: moved }).load(q.note)!, q.id, q.seed)?.source.line).toBe(q.source.line + 1);
		// Its line rewritten (a question from one sentence of a paragraph survives edits to the others).
		const edited = lines.map((l, i) => (i === q.source.line - 1 ? "- A different statement about another topic." : l)).join("\n");
		expect(questionById(loader({ [q.note]: edited }).load(q.note)!, q.id, q.seed)).toBeNull();
		expect(questionById(loader().load(q.note)!, "no-such-kind-1-2", q.seed)).toBeNull();
	});
});

describe("reading ahead", () => {
	test("a quiz over the notes read ahead is the quiz over all of them", () => {
		const ahead = new Set(notesToRead(paths, 11, 8));
		expect(ahead.size).toBe(Math.min(paths.length, 8 + 20));
		expect(setOrder(paths, 11).slice(0, ahead.size)).toEqual([...ahead]);
		const all = buildSetQuiz(paths, loader().load, info, { count: 8, seed: 11 });
		const { load } = loader();
		const partial = buildSetQuiz(paths, (p) => (ahead.has(p) ? load(p) : null), info, { count: 8, seed: 11 });
		expect(partial.questions).toEqual(all.questions);
	});
});
