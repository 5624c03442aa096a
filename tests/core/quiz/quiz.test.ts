import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import { checkFairness, generateQuiz, MIN_QUESTIONS, QUESTION_KINDS, type Question, type QuestionKind } from "../../../src/core/quiz";
import { allQuestions, heldBack, isLate } from "../../../src/core/quiz/generateQuiz";
import { buildFacts } from "../../../src/core/quiz/facts";
import { fixtureNames, loadFixture } from "./helpers";

const EKS = "Amazon Elastic Kubernetes Service (EKS).md";

function countKinds(questions: Question[]): Map<QuestionKind, number> {
	const m = new Map<QuestionKind, number>();
	for (const q of questions) m.set(q.kind, (m.get(q.kind) ?? 0) + 1);
	return m;
}

describe("a note that follows the template", () => {
	const { note, context } = loadFixture(EKS);

	test("yields 7 distinct questions of at least 3 kinds, and the 3 it held back as more", () => {
		const quiz = generateQuiz(note, context);
		expect(quiz.reason).toBeNull();
		expect(quiz.questions).toHaveLength(7);
		const all = [...quiz.questions, ...(quiz.more ?? [])];
		expect(all).toHaveLength(10);
		expect(new Set(all.map((q) => q.prompt)).size).toBe(10);
		expect(new Set(all.map((q) => q.id)).size).toBe(10);
		expect(countKinds(quiz.questions).size).toBeGreaterThanOrEqual(3);
	});

	test("a short quiz asks about different lines when the note has enough of them", () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const quiz = generateQuiz(note, context, { seed });
			expect(new Set(quiz.questions.map((q) => q.source.line)).size).toBe(quiz.questions.length);
		}
	});

	test("supports every kind of question", () => {
		const all = allQuestions(buildFacts(note, context), 1);
		for (const kind of QUESTION_KINDS) expect(all.get(kind)?.length ?? 0, kind).toBeGreaterThan(0);
	});

	test("balances the kinds: with 10 questions, scenarios take their share of the ones not asked late and nearly every other kind has one", () => {
		const quiz = generateQuiz(note, context, { count: 10 });
		const kinds = countKinds(quiz.questions);
		const scenarios = allQuestions(buildFacts(note, context), 1).get("scenario") ?? [];
		const early = new Set(scenarios.filter((q) => !isLate(q)).map((q) => q.source.line)).size;
		expect(early).toBeGreaterThan(0);
		expect(kinds.get("scenario")).toBeGreaterThanOrEqual(Math.min(early, 3));
		expect(kinds.size).toBeGreaterThanOrEqual(3);
		// Blanks over linked services and select-all lists, judged fair least often, wait until the other kinds run out.
		expect(kinds.get("linked-service")).toBeUndefined();
		expect(kinds.get("select-all")).toBeUndefined();
		const all = generateQuiz(note, context, { count: 1000 });
		expect(countKinds(all.questions).get("linked-service")).toBeUndefined();
		expect(countKinds(all.more ?? []).get("linked-service")).toBeGreaterThan(0);
	});

	test("asks a question it would ask late (askedLate) only when no kind has another on a line not asked yet (blind read 66)", () => {
		const all = [...allQuestions(buildFacts(note, context), 1).values()].flat();
		expect(all.filter(isLate).length).toBeGreaterThan(5);
		const { questions: quiz, more = [] } = generateQuiz(note, context, { count: 10 });
		// Every question on a line not asked yet comes first: this note has seven, so the late ones, and
		// the second questions of a line, are held back as more (LATE_FILL).
		expect(quiz.filter(heldBack)).toEqual([]);
		expect(new Set(quiz.map((q) => q.source.line)).size).toBe(quiz.length);
		expect(more.length).toBe(10 - quiz.length);
		for (const q of more) expect(heldBack(q) || quiz.some((p) => p.source.line === q.source.line), q.prompt).toBe(true);
		// A late scenario does not fill the scenarios' share: it waits like the rest.
		const leading = quiz.slice(0, quiz.findIndex((q) => q.kind !== "scenario"));
		expect(leading.length).toBeGreaterThan(0);
		expect(leading.filter(isLate)).toEqual([]);
	});

	test("with more questions asked than the note supports, returns them all, each once (with the ones held back)", () => {
		const asked = generateQuiz(note, context, { count: 1000 });
		const quiz = { questions: [...asked.questions, ...(asked.more ?? [])] };
		const all = allQuestions(buildFacts(note, context), 1);
		let total = 0;
		for (const list of all.values()) total += list.length;
		// Except the true/false statements that would tip the True/False balance by more than one.
		const tf = [...(all.get("true-false") ?? [])];
		const trues = tf.filter((q) => q.answers[0] === "True").length;
		const gap = Math.abs(trues - (tf.length - trues));
		// And one of two questions of a line where either's answer is in the other's prompt (the note's own
		// service, EKS, is named in most prompts and gives nothing away).
		const flat = [...all.values()].flat();
		const keyed = (q: (typeof flat)[number]): string[] => (q.kind === "true-false" || q.answers.some((a) => a.includes("EKS")) ? [] : q.answers);
		const clashing = flat.filter((q, i) => flat.some((p, j) => j < i && p.source.line === q.source.line && (keyed(q).some((a) => p.prompt.includes(a)) || keyed(p).some((a) => q.prompt.includes(a))))).length;
		expect(quiz.questions.length).toBeGreaterThanOrEqual(total - gap - clashing);
		expect(quiz.questions.length).toBeLessThanOrEqual(total - Math.max(0, gap - 1));
		expect(new Set(quiz.questions.map((q) => q.prompt.toLowerCase())).size).toBe(quiz.questions.length);
		const picked = quiz.questions.filter((q) => q.kind === "true-false");
		const pickedTrue = picked.filter((q) => q.answers[0] === "True").length;
		expect(Math.abs(2 * pickedTrue - picked.length)).toBeLessThanOrEqual(1);
	});

	test("only the chosen kinds", () => {
		const quiz = generateQuiz(note, context, { kinds: ["fill-blank", "scenario"], count: 20 });
		expect(quiz.questions.length).toBeGreaterThan(2);
		for (const q of quiz.questions) expect(["fill-blank", "scenario"]).toContain(q.kind);
	});

	test("same seed, same quiz; another seed, another order", () => {
		const a = generateQuiz(note, context, { seed: 7 });
		const b = generateQuiz(parseNote(readFileSync(fileURLToPath(new URL(`./fixtures/${EKS}`, import.meta.url)), "utf8")), { ...context }, { seed: 7 });
		expect(b).toEqual(a);
		const c = generateQuiz(note, context, { seed: 8 });
		expect(c.seed).toBe(8);
		expect(c.questions.map((q) => q.id)).not.toEqual(a.questions.map((q) => q.id));
		// Choices are shuffled by the seed too.
		const all7 = generateQuiz(note, context, { seed: 7, count: 1000 }).questions;
		const all8 = generateQuiz(note, context, { seed: 8, count: 1000 }).questions;
		const choices = (qs: Question[]) => qs.map((q) => `${q.prompt}:${q.choices.join("|")}`).sort();
		expect(choices(all8)).not.toEqual(choices(all7));
	});

	test("defaults: 10 questions, seed 1, the note's path", () => {
		const quiz = generateQuiz(note, context);
		expect(quiz.seed).toBe(1);
		expect(quiz.note).toBe(context.path);
		expect(generateQuiz(note, context, { seed: 1, count: 10 })).toEqual(quiz);
	});

	test("count 0 asks nothing and says nothing is wrong", () => {
		expect(generateQuiz(note, context, { count: 0 })).toEqual({ note: context.path, seed: 1, questions: [], reason: null });
	});

	test("the spec's examples come out as written", () => {
		const all = [...allQuestions(buildFacts(note, context), 1).values()].flat();
		const prompts = all.map((q) => q.prompt);
		expect(prompts).toContain("Which AWS service is a managed Kubernetes platform that runs the Kubernetes control plane for you across several Availability Zones?");
		expect(prompts).toContain("Which service fits: moving existing Kubernetes workloads to AWS without rewriting manifests?");
		expect(prompts).toContain("Amazon EKS: AWS operates the ____ (API server and etcd) in its own account.");
		// "Compute for pods can come from:" names no category: any other bullet could be a wrong choice that is right.
		expect(prompts.some((p) => p.startsWith("Compute for pods") && p.includes("Select all"))).toBe(false);
		// Two sides set against each other on a line stand alone (blind read 49).
		expect(prompts).toContain("Which one is managed Kubernetes, ECS or EKS?");
		expect(prompts).toContain("The company already runs Kubernetes on premises and needs to avoid lock-in to AWS-specific APIs. Which service fits this scenario?");
		expect(prompts).toContain("Which service does Amazon EKS pull container images from?");
		// The mis-encoded arrow of the source is repaired.
		expect(prompts).toContain("____ removes node management for both ECS and EKS → pay per pod.");
	});
});

describe("a note with too little to ask about", () => {
	test("returns a reason and no questions, not filler", () => {
		const { note, context } = loadFixture("Amazon Route 53.md");
		const quiz = generateQuiz(note, context);
		expect(quiz.questions).toEqual([]);
		expect(quiz.reason).toMatch(/^This note has too little to ask about: /);
	});

	test.each([
		["an empty note", ""],
		["only frontmatter", "---\naliases: [x]\n---\n"],
		["only headings", "## Overview\n## Details\n## Exam Tips"],
		["one short sentence", "**Overview**\nAmazon SQS is a queue.\n"],
	])("%s", (_name, text) => {
		const quiz = generateQuiz(parseNote(text), { path: "a.md", title: "Amazon Simple Queue Service (SQS)", aliases: [], siblings: [] });
		expect(quiz.questions).toEqual([]);
		expect(quiz.reason).toMatch(/^This note has too little to ask about: /);
	});

	test(`fewer than ${MIN_QUESTIONS} questions is too little; a smaller count is served`, () => {
		const text = "## Details\n- Functions run for at most **15 minutes** per call.\n- Memory goes up to **10 GB** per function.";
		const context = { path: "a.md", title: "AWS Lambda", aliases: [], siblings: [] };
		const few = generateQuiz(parseNote(text), context, { kinds: ["fill-blank"] });
		expect(few.questions).toEqual([]);
		expect(few.reason).toContain("only 2 fair questions");
		expect(generateQuiz(parseNote(text), context, { kinds: ["fill-blank"], count: 2 }).questions).toHaveLength(2);
		// A set quiz takes a question or two of a note: it asks for fewer.
		const taken = generateQuiz(parseNote(text), context, { kinds: ["fill-blank"], minimum: 1 });
		expect(taken.questions).toHaveLength(2);
		expect(taken.reason).toBeNull();
	});
});

describe("fairness", () => {
	test.each(fixtureNames())("every question of fixture %s is fair, and so is every quiz", (name) => {
		const { note, context } = loadFixture(name);
		const all = [...allQuestions(buildFacts(note, context), 1).values()].flat();
		for (const q of all) expect(checkFairness(q), `${name}: ${q.prompt}`).toEqual([]);
		for (const seed of [1, 2, 3]) {
			for (const q of generateQuiz(note, context, { seed, count: 50 }).questions) expect(checkFairness(q)).toEqual([]);
		}
	});

	const vault = fileURLToPath(new URL("../../../examples/vault/", import.meta.url));
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((f) => {
			const p = join(dir, f);
			if (statSync(p).isDirectory()) return f.startsWith(".") ? [] : walk(p);
			return p.endsWith(".md") ? [p] : [];
		});
	const notes = existsSync(vault) ? walk(vault) : [];

	test.skipIf(notes.length === 0)("every question of every example vault note is fair", () => {
		let questions = 0;
		for (const path of notes) {
			const model = parseNote(readFileSync(path, "utf8"));
			const siblings = notes.filter((o) => o !== path && dirname(o) === dirname(path)).map((o) => basename(o, ".md"));
			const context = { path, title: basename(path, ".md"), aliases: model.frontmatter?.aliases ?? [], siblings };
			const quiz = generateQuiz(model, context, { count: 100 });
			expect(quiz.questions.length > 0 || quiz.reason !== null, path).toBe(true);
			for (const q of quiz.questions) expect(checkFairness(q), `${path}: ${q.prompt}`).toEqual([]);
			questions += quiz.questions.length;
		}
		expect(questions).toBeGreaterThan(notes.length);
	});
});

describe("speed", () => {
	test("a typical note takes a few milliseconds (rough sanity, no assertion on time)", () => {
		const { note, context } = loadFixture(EKS);
		for (let i = 0; i < 20; i++) generateQuiz(note, context, { seed: -i });
		const runs = 50;
		const start = performance.now();
		for (let seed = 0; seed < runs; seed++) generateQuiz(note, context, { seed });
		const perQuiz = (performance.now() - start) / runs;
		// Benchmarks live in bench/; this only shows the figure when run with --reporter=verbose.
		process.stdout.write(`generateQuiz: ${perQuiz.toFixed(2)} ms per quiz on ${EKS}\n`);
		expect(Number.isFinite(perQuiz)).toBe(true);
	});

	test("a long note is handled without blowing up (work grows with the note)", () => {
		const text = readFileSync(fileURLToPath(new URL(`./fixtures/${EKS}`, import.meta.url)), "utf8");
		const big = parseNote(text + "\n" + Array.from({ length: 40 }, () => text.split("\n").slice(10, 40).join("\n")).join("\n"));
		const quiz = generateQuiz(big, { path: "big.md", title: "Amazon Elastic Kubernetes Service (EKS)", aliases: [], siblings: [] }, { count: 30 });
		expect(quiz.questions.length + (quiz.more?.length ?? 0)).toBeGreaterThan(10);
	});
});
