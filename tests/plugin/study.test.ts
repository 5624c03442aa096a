// @vitest-environment happy-dom
/**
 * The study loop through the BUILT main.js in the obsidian double over the example vault: a quiz
 * over a folder and over a category, a practice exam to the end with its per-category result,
 * missed questions that come back on a faked clock and leave the queue once learned, "Never ask
 * this again", an exam resumed after the plugin is reloaded, and the migration of the last scores
 * kept before study data existed. `npm test` builds first.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { existsSync } from "node:fs";
import { App, Notice, openModals, type Modal } from "../obsidian-double/obsidian";
import { loadAppFromDisk, loadBuiltPlugin } from "../obsidian-double/diskVault";
import type { Plugin } from "../obsidian-double/obsidian";

const ROOT = process.cwd();
const DAY = 86_400_000;

interface Question {
	id: string;
	note: string;
	category: string | null;
	answers: string[];
	choices: string[];
	multi: boolean;
	typed: boolean;
}
interface QuizModalLike extends Modal {
	round: Question[];
	index: number;
	phase: string;
	answer(given: string[] | string): void;
	next(): void;
}
interface ExamModalLike extends Modal {
	phase: string;
	index: number;
	current: Question;
	pick(i: number): void;
	type(text: string): void;
	next(): void;
	submit(force?: boolean): void;
	result: { correct: number; total: number; categories: { area: string; correct: number; total: number }[] } | null;
}
interface StudyPlugin extends Plugin {
	index: { ready: boolean };
	clock: () => number;
	study: { data: { answers: unknown[]; review: Record<string, { card: { due: number } }>; never: string[]; exams: unknown[]; session: { questions: Question[]; answers: (string[] | null)[]; index: number } | null; baseline: Record<string, { correct: number; total: number }>; learned: number } };
}

if (!existsSync(`${ROOT}/main.js`)) throw new Error("main.js is missing: run `npm run build` before this test.");

let now = Date.UTC(2026, 11, 4, 9, 0, 0);

async function boot(app = loadAppFromDisk(`${ROOT}/examples/vault`)): Promise<{ app: App; plugin: StudyPlugin }> {
	const plugin = (await loadBuiltPlugin(app, ROOT)) as StudyPlugin;
	plugin.clock = () => now;
	await app.triggerLayoutReady();
	await app.settle();
	for (let i = 0; i < 200 && !plugin.index.ready; i++) await new Promise((r) => setTimeout(r, 5));
	return { app, plugin };
}

async function quiet(app: App): Promise<void> {
	await app.settle();
	await new Promise((r) => setTimeout(r, 50));
	await app.settle();
}

const top = <T extends Modal>(): T => openModals[openModals.length - 1] as T;

/** Open "Quiz a set of notes...", choose in its dropdowns, start. */
async function pickSet(app: App, choices: { kind: string; value?: string; mode?: string; count?: number }): Promise<void> {
	await app.commands.runCommandById("aws-notes-coach:quiz-set");
	const modal = top();
	const select = (label: string, value: string): void => {
		const setting = [...modal.contentEl.querySelectorAll(".setting-item")].find((s) => s.querySelector(".setting-item-name")?.textContent === label);
		const el = setting?.querySelector("select");
		if (!el) throw new Error(`no dropdown "${label}"`);
		el.value = value;
		el.dispatchEvent(new Event("change"));
	};
	select("Notes", choices.kind);
	if (choices.value !== undefined) select(choices.kind === "folder" ? "Folder" : "Category", choices.value);
	if (choices.mode) select("Mode", choices.mode);
	if (choices.count !== undefined) {
		const count = [...modal.contentEl.querySelectorAll(".setting-item")].find((s) => s.querySelector(".setting-item-name")?.textContent === "Questions")!.querySelector("input")!;
		count.value = String(choices.count);
		count.dispatchEvent(new Event("input"));
	}
	const start = [...modal.contentEl.querySelectorAll("button")].find((b) => /^(Start quiz|Start exam|Export questions)$/.test(b.textContent ?? ""))!;
	expect(start.disabled).toBe(false);
	start.click();
	await quiet(app);
}

/** Answer every question of the open quiz modal, right or wrong. */
function answerAll(modal: QuizModalLike, right: (q: Question) => boolean): void {
	while (modal.phase !== "done") {
		const q = modal.round[modal.index];
		if (right(q)) modal.answer(q.multi ? q.answers : q.answers[0]);
		else modal.answer(q.multi ? [q.choices.find((c) => !q.answers.includes(c)) ?? "none"] : (q.choices.find((c) => !q.answers.includes(c)) ?? "certainly wrong"));
		modal.next();
	}
}

describe("the study loop in the built plugin", () => {
	let app: App;
	let plugin: StudyPlugin;

	beforeEach(async () => {
		Notice.messages.length = 0;
		now = Date.UTC(2026, 11, 4, 9, 0, 0);
		({ app, plugin } = await boot());
	});

	afterEach(async () => {
		for (const m of [...openModals]) m.close();
		if (app.plugins.getPlugin("aws-notes-coach")) await app.plugins.disable("aws-notes-coach");
	});

	test("a quiz over a folder: questions from that folder only, each answer recorded", async () => {
		await pickSet(app, { kind: "folder", value: "AWS/Storage", count: 6 });
		const modal = top<QuizModalLike>();
		expect(modal.titleEl.textContent).toBe("Quiz: folder AWS/Storage");
		expect(modal.round).toHaveLength(6);
		expect(modal.round.every((q) => q.note.startsWith("AWS/Storage/"))).toBe(true);
		expect(modal.contentEl.querySelector(".anc-quiz-note")?.textContent).toMatch(/^From /);
		answerAll(modal, () => true);
		expect(plugin.study.data.answers).toHaveLength(6);
		expect(plugin.study.data.review).toEqual({});
	});

	test("a quiz over a category: every question's note is about a service of that category", async () => {
		await pickSet(app, { kind: "category", value: "Databases", count: 5 });
		const modal = top<QuizModalLike>();
		expect(modal.round.length).toBe(5);
		expect(new Set(modal.round.map((q) => q.category))).toEqual(new Set(["Databases"]));
	});

	test("a practice exam run to the end: no feedback, then the score per category, kept in the history", async () => {
		await pickSet(app, { kind: "folder", value: "", mode: "exam", count: 8 });
		const exam = top<ExamModalLike>();
		expect(exam.titleEl.textContent).toBe("Practice exam");
		expect(plugin.study.data.session?.questions).toHaveLength(8);
		for (let i = 0; i < 8; i++) {
			const q = exam.current;
			if (i % 2 === 0) {
				if (q.choices.length > 0) exam.pick(q.choices.indexOf(q.answers[0]));
				else exam.type(q.answers[0]);
			}
			expect(exam.contentEl.querySelector(".is-correct, .is-wrong")).toBeNull();
			exam.next();
		}
		exam.submit(true);
		await quiet(app);
		expect(exam.phase).toBe("result");
		expect(exam.result?.total).toBe(8);
		expect(exam.result?.correct).toBeGreaterThanOrEqual(1);
		expect(exam.result?.categories.reduce((n, c) => n + c.total, 0)).toBe(8);
		expect(exam.contentEl.querySelectorAll(".anc-exam-item").length).toBe(8);
		expect(plugin.study.data.exams).toHaveLength(1);
		expect(plugin.study.data.session).toBeNull();
		expect(plugin.study.data.answers).toHaveLength(8);
		// The unanswered ones were missed: they are in the review queue.
		expect(Object.keys(plugin.study.data.review).length).toBeGreaterThanOrEqual(4);
	});

	test("a missed question comes back when due, and leaves the queue once learned", async () => {
		await pickSet(app, { kind: "folder", value: "AWS/Compute", count: 3 });
		const quiz = top<QuizModalLike>();
		const missed = quiz.round[0];
		answerAll(quiz, (q) => q !== missed);
		quiz.close();
		expect(Object.keys(plugin.study.data.review)).toEqual([missed.id]);
		const status = () => [...app.statusBar.containerEl.querySelectorAll(".anc-review-status")].map((e) => e.textContent).join("");
		await app.commands.runCommandById("aws-notes-coach:review-due");
		expect(Notice.messages.at(-1)).toBe("No questions are due for review.");
		let rounds = 0;
		while (plugin.study.data.review[missed.id] && rounds < 12) {
			now = plugin.study.data.review[missed.id].card.due;
			await app.commands.runCommandById("aws-notes-coach:review-due");
			await quiet(app);
			const review = top<QuizModalLike>();
			expect(review.titleEl.textContent).toBe("Review");
			expect(review.round.map((q) => q.id)).toEqual([missed.id]);
			answerAll(review, () => true);
			review.close();
			rounds++;
		}
		expect(plugin.study.data.review).toEqual({});
		expect(plugin.study.data.learned).toBe(1);
		expect(rounds).toBeGreaterThan(2);
		now += 365 * DAY;
		await app.commands.runCommandById("aws-notes-coach:review-due");
		expect(Notice.messages.at(-1)).toBe("No questions are due for review.");
		expect(status()).toBe("");
	});

	test("the status bar counts the due questions, and clicking it starts the review", async () => {
		const status = () => [...app.statusBar.containerEl.querySelectorAll(".anc-review-status")].map((e) => e.textContent).join("");
		await pickSet(app, { kind: "folder", value: "AWS/Databases", count: 4 });
		answerAll(top<QuizModalLike>(), () => false);
		top().close();
		expect(status()).toBe(""); // missed just now: not due yet
		now += 30 * DAY;
		app.statusBar.containerEl.querySelector<HTMLElement>(".anc-review-status")!.click();
		await quiet(app);
		const review = top<QuizModalLike>();
		expect(review.round.length).toBe(4);
		review.answer("certainly wrong"); // missed again: due again in minutes, the other three still due
		expect(status()).toBe("Review: 3 due");
	});

	test("never ask this again: the question leaves the queue and the next quizzes", async () => {
		await pickSet(app, { kind: "folder", value: "AWS/Integration", count: 3 });
		const quiz = top<QuizModalLike>();
		const q = quiz.round[0];
		quiz.answer("certainly wrong");
		expect(plugin.study.data.review[q.id]).toBeDefined();
		const never = quiz.contentEl.querySelector<HTMLElement>(".anc-quiz-never")!;
		expect(never.textContent).toBe("Never ask this again");
		never.click();
		expect(quiz.contentEl.querySelector(".anc-quiz-never-done")?.textContent).toBe("This question will not be asked again.");
		expect(plugin.study.data.never).toEqual([q.id]);
		expect(plugin.study.data.review).toEqual({});
		quiz.close();
		for (let i = 0; i < 3; i++) {
			now += 1000;
			await pickSet(app, { kind: "folder", value: "AWS/Integration", count: 9 });
			const again = top<QuizModalLike>();
			expect(again.round.some((x) => x.id === q.id)).toBe(false);
			again.close();
		}
	});

	test("my answer was right: a typed answer not accepted is recorded as right, the miss leaves the queue", async () => {
		await pickSet(app, { kind: "folder", value: "AWS/Databases", count: 9 });
		const quiz = top<QuizModalLike & { contentEl: HTMLElement }>();
		const at = quiz.round.findIndex((x) => x.typed);
		const picked = quiz.round.findIndex((x) => !x.typed && !x.multi);
		expect(at).toBeGreaterThanOrEqual(0);
		expect(picked).toBeGreaterThanOrEqual(0);
		const overrule = () => quiz.contentEl.querySelector<HTMLElement>(".anc-quiz-overrule");
		for (let i = 0; i < quiz.round.length && quiz.phase !== "done"; i++) {
			const q = quiz.round[quiz.index];
			if (quiz.index === picked) {
				quiz.answer(q.choices.find((c) => !q.answers.includes(c))!);
				expect(overrule()).toBeNull(); // a picked choice is not overruled
			} else if (quiz.index === at) {
				quiz.answer("certainly wrong");
				expect(plugin.study.data.review[q.id]).toBeDefined();
				expect(overrule()?.textContent).toBe("My answer was right");
				overrule()!.click();
				expect(plugin.study.data.review[q.id]).toBeUndefined();
				expect(quiz.contentEl.querySelector(".anc-quiz-verdict")?.textContent).toBe(`Counted as right. Expected: ${q.answers.join("; ")}`);
				expect(overrule()).toBeNull();
			} else quiz.answer(q.multi ? q.answers : q.answers[0]);
			quiz.next();
		}
		const answers = (plugin.study.data.answers as unknown as { toArray(): { id: string; correct: boolean }[] }).toArray();
		expect(answers).toHaveLength(9);
		expect(answers.filter((a) => !a.correct).map((a) => a.id)).toEqual([quiz.round[picked].id]);
		expect(Object.keys(plugin.study.data.review)).toEqual([quiz.round[picked].id]);
	});

	test("export for Anki: a set's questions, and the missed ones, as tab-separated files that never replace a file", async () => {
		await pickSet(app, { kind: "folder", value: "AWS/Containers", mode: "export", count: 5 });
		const files = () => app.vault.getFiles().filter((f) => f.path.startsWith("Anki export"));
		expect(files().map((f) => f.path)).toEqual(["Anki export folder AWS - Containers 2026-12-04.txt"]);
		const text = await app.vault.read(files()[0]);
		const lines = text.trimEnd().split("\n");
		expect(lines[0]).toBe("#separator:tab");
		expect(lines.filter((l) => !l.startsWith("#"))).toHaveLength(5);
		expect(Notice.messages.at(-1)).toMatch(/^Exported 5 questions to Anki export folder AWS - Containers 2026-12-04\.txt/);
		await pickSet(app, { kind: "folder", value: "AWS/Containers", mode: "export", count: 5 });
		expect(files()).toHaveLength(2);
		expect(files().map((f) => f.path)).toContain("Anki export folder AWS - Containers 2026-12-04 2.txt");

		await pickSet(app, { kind: "folder", value: "AWS/Compute", count: 2 });
		answerAll(top<QuizModalLike>(), () => false);
		top().close();
		await app.commands.runCommandById("aws-notes-coach:open-panel");
		const leaf = app.workspace.getLeavesOfType("aws-notes-coach-panel")[0];
		const view = leaf.view as unknown as { setTab(t: string): void; contentEl: HTMLElement };
		view.setTab("study");
		await quiet(app);
		view.contentEl.querySelector<HTMLElement>(".anc-study-export-missed")!.click();
		await quiet(app);
		const missed = app.vault.getFiles().find((f) => f.path.startsWith("Anki export missed questions"))!;
		expect((await app.vault.read(missed)).trimEnd().split("\n").filter((l) => !l.startsWith("#"))).toHaveLength(2);
	});

	test("an exam in progress survives reloading the plugin, with its answers", async () => {
		await pickSet(app, { kind: "folder", value: "", mode: "exam", count: 5 });
		const exam = top<ExamModalLike>();
		const first = exam.current;
		if (first.choices.length > 0) exam.pick(0);
		else exam.type("something");
		exam.next();
		exam.close();
		await app.plugins.disable("aws-notes-coach");
		await quiet(app);
		({ plugin } = await boot(app));
		expect(plugin.study.data.session?.questions.map((q) => q.id)[0]).toBe(first.id);
		expect(plugin.study.data.session?.answers[0]).not.toBeNull();
		expect(plugin.study.data.session?.index).toBe(1);
		expect(app.commands.isCommandAvailable("aws-notes-coach:resume-exam")).toBe(true);
		await app.commands.runCommandById("aws-notes-coach:resume-exam");
		const resumed = top<ExamModalLike>();
		expect(resumed.index).toBe(1);
		resumed.submit(true);
		await quiet(app);
		expect(plugin.study.data.session).toBeNull();
		expect(app.commands.isCommandAvailable("aws-notes-coach:resume-exam")).toBe(false);
	});
});

describe("migration from the data of earlier versions", () => {
	test("the last score per note becomes the note's accuracy until it has answers", async () => {
		const app = loadAppFromDisk(`${ROOT}/examples/vault`);
		await app.vault.adapter.write(
			`${app.vault.configDir}/plugins/aws-notes-coach/data.json`,
			JSON.stringify({ version: 1, quizCount: 7, lastScores: { "AWS/Compute/AWS Lambda.md": { correct: 2, total: 10, date: "2026-11-30" } } }),
		);
		const { plugin } = await boot(app);
		expect(plugin.study.data.baseline).toEqual({ "AWS/Compute/AWS Lambda.md": { correct: 2, total: 10 } });
		await app.commands.runCommandById("aws-notes-coach:open-panel");
		const leaf = app.workspace.getLeavesOfType("aws-notes-coach-panel")[0];
		const view = leaf.view as unknown as { setTab(t: string): void; contentEl: HTMLElement };
		view.setTab("study");
		await quiet(app);
		const weak = view.contentEl.querySelector(".anc-study-weak");
		expect(weak?.getAttribute("data-path")).toBe("AWS/Compute/AWS Lambda.md");
		expect(weak?.textContent).toContain("20% (2 of 10)");
		await app.plugins.disable("aws-notes-coach");
		await quiet(app);
		const saved = JSON.parse(await app.vault.adapter.read(`${app.vault.configDir}/plugins/aws-notes-coach/data.json`)) as { quizCount: number; study: { version: number; baseline: unknown } };
		expect(saved.quizCount).toBe(7);
		expect(saved.study.version).toBe(1);
		expect(saved.study.baseline).toEqual({ "AWS/Compute/AWS Lambda.md": { correct: 2, total: 10 } });
	});
});
