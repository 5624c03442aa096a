/**
 * Run a task of `tasks.ts` in a worker thread with a deadline. A synchronous hang in the parser
 * would freeze vitest itself (its timeouts cannot interrupt running code); a worker is terminated
 * at the deadline and the test fails with a message that names the task.
 */
import { buildSync } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll } from "vitest";
import type { TaskInput } from "./tasks";

let bundlePath: string | null = null;

// Registered while the importing test file is collected: removes the bundle when that file is done.
afterAll(() => {
	if (bundlePath !== null) rmSync(dirname(bundlePath), { recursive: true, force: true });
	bundlePath = null;
});

function bundle(): string {
	if (bundlePath === null) {
		const out = buildSync({
			entryPoints: [join(dirname(fileURLToPath(import.meta.url)), "tasks.ts")],
			bundle: true,
			platform: "node",
			format: "cjs",
			target: "node20",
			write: false,
			logLevel: "silent",
		});
		bundlePath = join(mkdtempSync(join(tmpdir(), "anc-tasks-")), "tasks.cjs");
		writeFileSync(bundlePath, out.outputFiles[0].text);
	}
	return bundlePath;
}

export interface Bounded<T> {
	result: T;
	/** Time the task itself took in the worker, in milliseconds. */
	ms: number;
}

export class Timeout extends Error {}

/** Run `task` on `input` in a fresh worker; reject when it throws or takes longer than `deadlineMs`. */
export function runBounded<T>(task: string, input: TaskInput, deadlineMs: number): Promise<Bounded<T>> {
	const worker = new Worker(bundle());
	return new Promise<Bounded<T>>((resolve, reject) => {
		const timer = setTimeout(() => {
			void worker.terminate();
			reject(new Timeout(`${task} did not finish within ${deadlineMs} ms (input: ${describe(input)})`));
		}, deadlineMs);
		worker.once("message", (msg: { ok: boolean; result: T; error?: string; ms: number }) => {
			clearTimeout(timer);
			void worker.terminate();
			if (msg.ok) resolve({ result: msg.result, ms: msg.ms });
			else reject(new Error(`${task} threw: ${msg.error}`));
		});
		worker.once("error", (e) => {
			clearTimeout(timer);
			reject(e);
		});
		worker.postMessage({ task, input });
	});
}

function describe(input: TaskInput): string {
	if (input.argv) return input.argv.join(" ");
	if (input.argvs) return `${input.argvs.length} CLI runs`;
	const t = input.text;
	if (t === undefined) return "none";
	if (typeof t === "string") return `${t.length} characters starting ${JSON.stringify(t.slice(0, 40))}`;
	return `${JSON.stringify(t.prefix ?? "")} + ${JSON.stringify(t.repeat.slice(0, 40))} × ${t.times}`;
}
