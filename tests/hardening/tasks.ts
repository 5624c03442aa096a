/**
 * Work the hardening tests run in a worker thread (see `bounded.ts`), so that a hang becomes a
 * failed test instead of a frozen test run: synchronous code cannot be interrupted in-process,
 * but a worker can be terminated. Every task returns a small JSON summary, never the whole model.
 */
import { parentPort } from "node:worker_threads";
import { run } from "../../src/cli/main";
import { CoachIndex } from "../../src/core/CoachIndex";
import { rewriteLinks } from "../../src/core/links/edits";
import { parseNote } from "../../src/core/note/parseNote";
import { plainText } from "../../src/core/note/inline";
import { generateQuiz } from "../../src/core/quiz";
import { buildQuizContext } from "../../src/core/quiz/context";
import { DEFAULT_SCOPE } from "../../src/core/scope";
import { addMissingSections } from "../../src/core/template/addMissingSections";
import { checkNote } from "../../src/core/template/checkNote";
import { DEFAULT_TEMPLATE } from "../../src/core/template/spec";

export interface TaskInput {
	/** Note text, or a generator spec `{ repeat, times, prefix, suffix }` (5 MB strings are not worth copying). */
	text?: string | { repeat: string; times: number; prefix?: string; suffix?: string };
	argv?: string[];
	/** Several CLI runs in one worker (`cliAll`). */
	argvs?: string[][];
}

function textOf(input: TaskInput): string {
	const t = input.text;
	if (t === undefined) return "";
	if (typeof t === "string") return t;
	return (t.prefix ?? "") + t.repeat.repeat(t.times) + (t.suffix ?? "");
}

const TASKS: Record<string, (input: TaskInput) => unknown> = {
	/** Parse, check, fix (and check the fix kept every line), index and rewrite links: the core pipeline. */
	core(input) {
		const text = textOf(input);
		const t0 = performance.now();
		const note = parseNote(text);
		const parseMs = performance.now() - t0;
		const findings = checkNote(note);
		const fix = addMissingSections(text, note);
		const fixed = parseNote(fix.text);
		const index = new CoachIndex({ scope: DEFAULT_SCOPE, template: DEFAULT_TEMPLATE, disabledRules: [] });
		index.updateNote("AWS/Big.md", text);
		const targets = index.links.targets().length;
		const rewrite = rewriteLinks(text, "amazon eks", "Amazon Elastic Kubernetes Service (EKS)");
		// Every original line survives the fix, in order.
		let j = 0;
		for (const line of note.lines) {
			while (j < fixed.lines.length && fixed.lines[j] !== line) j++;
			if (j === fixed.lines.length) throw new Error(`the fix lost line "${line.slice(0, 40)}"`);
			j++;
		}
		return {
			parseMs,
			length: text.length,
			lines: note.lines.length,
			headings: note.headings.length,
			links: note.links.length,
			listItems: note.listItems.length,
			warnings: note.warnings.map((w) => w.message),
			findings: findings.map((f) => f.rule),
			added: fix.added,
			missingAfterFix: checkNote(fixed).filter((f) => f.rule === "missing-section").length,
			targets,
			rewritten: rewrite.count,
		};
	},
	/** plainText of every line (what labels, prompts and the panel use). */
	plain(input) {
		let chars = 0;
		for (const line of textOf(input).split("\n")) chars += plainText(line).length;
		return { chars };
	},
	quiz(input) {
		const note = parseNote(textOf(input));
		const quiz = generateQuiz(note, buildQuizContext("AWS/Big.md", note, []), { count: 10, seed: 1 });
		return { questions: quiz.questions.length, reason: quiz.reason };
	},
	cli(input) {
		return run(input.argv ?? []);
	},
	cliAll(input) {
		return (input.argvs ?? []).map((argv) => ({ argv, ...run(argv) }));
	},
};

parentPort?.on("message", (msg: { task: string; input: TaskInput }) => {
	const start = performance.now();
	try {
		const result = TASKS[msg.task](msg.input);
		parentPort?.postMessage({ ok: true, result, ms: performance.now() - start });
	} catch (e) {
		parentPort?.postMessage({ ok: false, error: (e as Error).stack ?? String(e), ms: performance.now() - start });
	}
});
