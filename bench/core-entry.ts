/**
 * In-process benchmark of the core (bundled by bench/run.mjs with esbuild, run in its own Node
 * process). Prints one JSON document on stdout.
 *
 *   node core.mjs timing <vault> [--runs N]   core build, incremental updates, exam coverage, quiz
 *   node --expose-gc core.mjs memory <vault>  heap retained by the 10,000-note index
 *   node --expose-gc core.mjs phases <vault> [--runs N]   where a whole-vault build spends its time
 *                                              and how much it allocates (for profiling, not a target)
 *
 * Reading the files is never part of a timed figure: every text is in memory before timing starts
 * (except in `memory`, which streams the texts so that only what the index keeps stays on the heap).
 */

import { Session } from "node:inspector";
import { runInThisContext } from "node:vm";
import { openVault, readNote, type DiskVault } from "../src/cli/diskVault";
import { CoachIndex, type CoachConfig } from "../src/core/CoachIndex";
import { computeCoverage } from "../src/core/coverage";
import { EXAMS } from "../src/core/exams";
import { buildSetQuiz, DEFAULT_EXAM_COUNT, decodeStudyData, emptyStudyData, encodeStudyData, noteAccuracies, notesToRead, recordAnswer, selectNotes, type LoadedNote } from "../src/core/study";
import { parseNote } from "../src/core/note/parseNote";
import { parse as parseYamlText } from "yaml";
import { useYamlParser } from "../src/core/note/yaml";

useYamlParser((text) => parseYamlText(text, { logLevel: "error" }) as unknown);
import type { NoteModel } from "../src/core/note/types";
import { generateQuiz } from "../src/core/quiz";
import { quizFromText } from "../src/core/quiz/window";
import { DEFAULT_SCOPE } from "../src/core/scope";
import { checkNote } from "../src/core/template/checkNote";
import { DEFAULT_TEMPLATE } from "../src/core/template/spec";

/** `gc` when node runs with --expose-gc. */
const gc = runInThisContext("typeof gc === 'function' ? gc : undefined") as (() => void) | undefined;
const collect = (): void => {
	if (gc) {
		gc();
		gc();
	}
};

/** The options CoachIndex.updateNote passes to parseNote (src/core/CoachIndex.ts). */
const INDEX_PARSE = { lists: false, bold: false };

const CONFIG: CoachConfig = { scope: DEFAULT_SCOPE, template: DEFAULT_TEMPLATE, disabledRules: [], templateNotePath: null };

interface Vault {
	disk: DiskVault;
	paths: string[];
	texts: string[];
}

function loadVault(folder: string): Vault {
	const disk = openVault(folder);
	const paths = disk.notes;
	const texts = paths.map((p) => readNote(disk, p));
	return { disk, paths, texts };
}

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

interface Stats {
	median: number;
	p95: number;
	min: number;
	runs: number;
}

function stats(xs: number[]): Stats {
	return { median: round(median(xs)), p95: round(percentile(xs, 95)), min: round(Math.min(...xs)), runs: xs.length };
}

/** Milliseconds spent in each step of `buildIndex`. */
interface BuildSteps {
	files: number;
	notes: number;
	statuses: number;
	list: number;
	total: number;
}

/**
 * Build the whole index the way the CLI does: files, every note, the missing-notes list, the
 * summary. `count()` before `targets()` only separates the statuses from the sorted list in
 * `steps`; the work is the same.
 */
function buildIndex(v: Vault): { index: CoachIndex; targets: number; steps: BuildSteps } {
	const t0 = performance.now();
	const index = new CoachIndex(CONFIG);
	for (const f of v.disk.files) index.addFile(f);
	const t1 = performance.now();
	for (let i = 0; i < v.paths.length; i++) index.updateNote(v.paths[i], v.texts[i]);
	const t2 = performance.now();
	index.links.count();
	const t3 = performance.now();
	const targets = index.links.targets().length;
	index.summary();
	const t4 = performance.now();
	return { index, targets, steps: { files: t1 - t0, notes: t2 - t1, statuses: t3 - t2, list: t4 - t3, total: t4 - t0 } };
}

/**
 * `fn` `warmups` times (not measured), then up to `runs` times (with `gcBetween`, a full GC before each run when
 * available, so that one whole-vault run does not pay for the garbage of the one before).
 * Slow figures stop early: after 3 runs once `budgetMs` is spent, after 1 run when the warm-up
 * alone took more than `budgetMs / 2`.
 * Whole-vault figures warm up on at least ~3,000 notes: on a small vault one pass leaves the JIT
 * cold (on the 1,000-note vault the 2nd and 3rd passes are still 2-3x slower than the 4th).
 */
function timeRuns(runs: number, fn: () => void, budgetMs = Infinity, gcBetween = true, warmups = 1): number[] {
	collect();
	let warm = 0;
	for (let w = 0; w < warmups; w++) {
		const w0 = performance.now();
		fn();
		warm = performance.now() - w0;
	}
	const minRuns = warm > budgetMs / 2 ? 1 : 3;
	const out: number[] = [];
	const start = performance.now();
	for (let r = 0; r < runs; r++) {
		if (r >= minRuns && performance.now() - start > budgetMs) break;
		if (gcBetween) collect();
		const t0 = performance.now();
		fn();
		out.push(performance.now() - t0);
	}
	return out;
}

/** Unmeasured quiz runs before the measured ones (see `quizOf`). */
const QUIZ_WARMUPS = 10;

/** One realistic edit of a note: a new link to a note nobody wrote, and one section heading removed. */
function editText(text: string, i: number): string {
	const lines = text.split("\n");
	const h = lines.findIndex((l) => /^#{2,3} .*(Use Cases|Exam Tips|References|When to use|Tips|Resources)/.test(l));
	if (h !== -1) lines.splice(h, 1);
	lines.push(`- Also read [[Bench Edit Target ${i}]] and [[Amazon S3]].`);
	return lines.join("\n");
}

function timing(v: Vault, runs: number): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	out.vault = { notes: v.paths.length, files: v.disk.files.length, bytes: v.texts.reduce((a, t) => a + t.length, 0) };

	// 3. The core alone: parse + check + link analysis of the whole vault, and its parts.
	const warmups = Math.max(1, Math.ceil(3000 / v.paths.length));
	let targets = 0;
	const core = timeRuns(
		runs,
		() => {
			targets = buildIndex(v).targets;
		},
		Infinity,
		true,
		warmups,
	);
	// The parse as CoachIndex.updateNote calls it (no list items, no bold spans: the index needs neither).
	const parse = timeRuns(
		runs,
		() => {
			for (const t of v.texts) parseNote(t, INDEX_PARSE);
		},
		Infinity,
		true,
		warmups,
	);
	let models: NoteModel[] = v.texts.map((t) => parseNote(t, INDEX_PARSE));
	const check = timeRuns(
		runs,
		() => {
			for (const m of models) checkNote(m, DEFAULT_TEMPLATE, { disabledRules: [] });
		},
		Infinity,
		true,
		warmups,
	);
	models = [];
	const { index } = buildIndex(v);
	const summary = index.summary();
	out.core = { ...stats(core), parseOnly: stats(parse), checkOnly: stats(check), targets, summary };

	// 4. Incremental: one note edited, then the findings and the missing-notes list are current.
	const aws = v.paths.map((p, i) => i).filter((i) => index.isAwsNote(v.paths[i]) && v.texts[i].length < 20000);
	const edits = 200;
	const picks: number[] = [];
	for (let k = 0; k < edits; k++) picks.push(aws[Math.floor(((k + 0.5) * aws.length) / edits)]);
	// Warm-up: a few edits that are not measured.
	for (let k = 0; k < 20; k++) {
		const i = aws[(k * 7919) % aws.length];
		index.updateNote(v.paths[i], editText(v.texts[i], -k));
		index.links.targets();
		index.summary();
		index.updateNote(v.paths[i], v.texts[i]);
		index.links.targets();
	}
	const full: number[] = [];
	const refreshOnly: number[] = [];
	const targetsOnly: number[] = [];
	collect();
	picks.forEach((i, k) => {
		const path = v.paths[i];
		const edited = editText(v.texts[i], k);
		let t0 = performance.now();
		index.updateNote(path, edited);
		index.links.targets();
		index.summary();
		full.push(performance.now() - t0);
		// Same edit reverted, then applied again, measuring the incremental state only (count()
		// brings every changed target's status up to date without building the whole list).
		index.updateNote(path, v.texts[i]);
		index.links.targets();
		t0 = performance.now();
		index.updateNote(path, edited);
		index.links.count();
		index.summary();
		refreshOnly.push(performance.now() - t0);
		t0 = performance.now();
		index.links.targets();
		targetsOnly.push(performance.now() - t0);
		index.updateNote(path, v.texts[i]);
		index.links.targets();
	});
	out.incremental = { ...stats(full), edits, updateAndCount: stats(refreshOnly), targetsListOnly: stats(targetsOnly), missingTargets: index.links.count() };

	// 9. Exam coverage of the indexed vault, for the exam with the most services.
	const exam = [...EXAMS].sort((x, y) => y.services.length - x.services.length)[0];
	let coverage = computeCoverage(exam, index);
	const coverageRuns = timeRuns(runs * 5, () => {
		coverage = computeCoverage(exam, index);
	});
	out.coverage = { ...stats(coverageRuns), exam: exam.code, services: coverage.summary.total, covered: coverage.summary.covered, complete: coverage.summary.complete };

	// 10. Study: a 65-question practice exam over every AWS note of the indexed vault (notes read from
	// memory, parsed when the exam draws from them, as the plugin does), and loading the study data
	// of 50,000 recorded answers (JSON text to decoded data, as `loadData` hands it over).
	const textOf = new Map(v.paths.map((p, i) => [p, v.texts[i]]));
	let examSeed = 1;
	let examQuestions = 0;
	const examRuns = timeRuns(runs * 2, () => {
		const seed = examSeed++;
		const paths = selectNotes(index, { kind: "folder", folder: "" });
		const loaded = new Map<string, LoadedNote>();
		const contextOf = index.quizContexts();
		for (const p of notesToRead(paths, seed, DEFAULT_EXAM_COUNT)) {
			const note = parseNote(textOf.get(p) ?? "");
			loaded.set(p, { note, context: contextOf(p, note) });
		}
		const info = (p: string) => ({ category: index.serviceOf(p)?.category ?? null, tags: index.tagsOf(p) });
		examQuestions = buildSetQuiz(paths, (p) => loaded.get(p) ?? null, info, { count: DEFAULT_EXAM_COUNT, seed }).questions.length;
	});
	const study = emptyStudyData();
	const t0 = Date.UTC(2026, 0, 1);
	// 50,000 answers to 8,000 distinct questions over every note (each question asked about six
	// times, as quizzes and reviews do), one in three missed, one a minute.
	for (let i = 0; i < 50_000; i++) {
		const q = (i * 7919) % 8000;
		recordAnswer(study, { id: `fill-blank-${q.toString(36)}-${(q * 104729).toString(36)}`, note: v.paths[q % v.paths.length], seed: 1, correct: i % 3 !== 0 }, t0 + i * 60_000);
	}
	const json = JSON.stringify({ study: encodeStudyData(study) });
	let decoded = emptyStudyData();
	const loadRuns = timeRuns(runs * 2, () => {
		decoded = decodeStudyData((JSON.parse(json) as { study: unknown }).study);
	});
	const accuracyRuns = timeRuns(runs * 2, () => {
		noteAccuracies(decoded);
	});
	out.study = {
		exam: { ...stats(examRuns), questions: examQuestions },
		load: { ...stats(loadRuns), answers: decoded.answers.length, review: Object.keys(decoded.review).length, kB: Math.round(json.length / 1024) },
		accuracies: stats(accuracyRuns),
	};

	// 5. Quiz: a typical note (median size among AWS notes) and the largest note.
	const sizes = aws.map((i) => ({ i, lines: v.texts[i].split("\n").length })).sort((a, b) => a.lines - b.lines || (v.paths[a.i] < v.paths[b.i] ? -1 : 1));
	const typical = sizes[sizes.length >> 1].i;
	let largest = 0;
	for (let i = 0; i < v.paths.length; i++) if (v.texts[i].length > v.texts[largest].length) largest = i;
	const quizRuns = Math.max(runs * 4, 20);
	const quizOf = (i: number): Record<string, unknown> => {
		const path = v.paths[i];
		let questions = 0;
		// What the plugin's "Generate quiz" does with the note's text: parse, context (from the folder
		// index the vault index keeps per revision), generate.
		const once = (): void => {
			const note = parseNote(v.texts[i]);
			const quiz = generateQuiz(note, index.quizContexts()(path, note), { count: 10, seed: 1 });
			questions = quiz.questions.length;
		};
		// The first quiz of a session runs before the JIT has optimised the quiz code: reported as
		// `cold`. The median is taken after QUIZ_WARMUPS more runs (a quiz is a few ms: ten runs
		// of one note would otherwise mix interpreted and optimised code in the median).
		const c0 = performance.now();
		once();
		const cold = performance.now() - c0;
		const t = timeRuns(quizRuns, once, 8000, false, QUIZ_WARMUPS);
		const note = parseNote(v.texts[i]);
		const ctx = index.quizContexts()(path, note);
		const gen = timeRuns(quizRuns, () => void generateQuiz(note, ctx, { count: 10, seed: 1 }), 3000, false);
		return { path, lines: note.lines.length, siblings: ctx.siblings.length, questions, ...stats(t), cold: round(cold), generateOnly: stats(gen) };
	};
	// A 20 MB note (the largest note repeated): the quiz reads a window of it (`quizFromText`), as the
	// plugin and the CLI do; each run another seed, so another window.
	const huge: string[] = [];
	for (let size = 0; size < 20_000_000; size += v.texts[largest].length + 1) huge.push(v.texts[largest]);
	const hugeText = huge.join("\n");
	let hugeSeed = 1;
	let hugeQuestions = 0;
	const hugeRuns = timeRuns(runs * 2, () => {
		hugeQuestions = quizFromText(hugeText, (note) => index.quizContexts()(v.paths[largest], note), { count: 10, seed: hugeSeed++ }).questions.length;
	});
	out.quiz = { typical: quizOf(typical), largest: quizOf(largest), huge: { ...stats(hugeRuns), mb: round(hugeText.length / 1e6, 1), questions: hugeQuestions } };
	return out;
}

/** Heap retained by the index: texts are read one at a time and dropped, so only the index keeps anything. */
function memory(folder: string): Record<string, unknown> {
	if (!gc) throw new Error("memory needs node --expose-gc");
	const disk = openVault(folder);
	collect();
	const before = process.memoryUsage().heapUsed;
	let index: CoachIndex | null = new CoachIndex(CONFIG);
	for (const f of disk.files) index.addFile(f);
	for (const p of disk.notes) index.updateNote(p, readNote(disk, p));
	const targets = index.links.targets().length;
	collect();
	const after = process.memoryUsage().heapUsed;
	// Keep the index alive until after the measurement.
	const checked = index.summary().checked;
	index = null;
	return { heapBeforeMB: round(before / 1048576, 1), heapAfterMB: round(after / 1048576, 1), indexMB: round((after - before) / 1048576, 1), notes: disk.notes.length, checked, targets };
}

/**
 * One whole-vault build cut into its steps (files, notes, statuses, list), each a median over the
 * runs, and the bytes it allocates (V8's sampling heap profiler, garbage included) by function.
 */
async function phases(v: Vault, runs: number): Promise<Record<string, unknown>> {
	const steps: Record<keyof BuildSteps, number[]> = { files: [], notes: [], statuses: [], list: [], total: [] };
	for (let w = 0; w < Math.max(1, Math.ceil(3000 / v.paths.length)); w++) buildIndex(v);
	for (let r = 0; r < runs; r++) {
		collect();
		const one = buildIndex(v).steps;
		for (const k of Object.keys(steps) as (keyof BuildSteps)[]) steps[k].push(one[k]);
	}
	const time: Record<string, Stats> = {};
	for (const [k, xs] of Object.entries(steps)) time[k] = stats(xs);

	// Allocation of one more build, by allocating function (self size, top 15).
	const session = new Session();
	session.connect();
	const post = <T>(method: string, params: object = {}): Promise<T> =>
		new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res as T))));
	await post("HeapProfiler.enable");
	await post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
	buildIndex(v);
	interface Node {
		callFrame: { functionName: string };
		selfSize: number;
		children: Node[];
	}
	const { profile } = await post<{ profile: { head: Node } }>("HeapProfiler.stopSampling");
	session.disconnect();
	const bytes = new Map<string, number>();
	let total = 0;
	const walk = (n: Node): void => {
		const name = n.callFrame.functionName || "(anonymous)";
		bytes.set(name, (bytes.get(name) ?? 0) + n.selfSize);
		total += n.selfSize;
		for (const c of n.children) walk(c);
	};
	walk(profile.head);
	const top = [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([fn, b]) => ({ fn, mb: round(b / 1048576, 1) }));
	return { notes: v.paths.length, time, allocatedMB: round(total / 1048576, 1), allocatedBy: top };
}

async function main(argv: string[]): Promise<void> {
	const [mode, folder] = argv;
	const ri = argv.indexOf("--runs");
	const runs = ri === -1 ? 5 : Number(argv[ri + 1]);
	if (!folder || (mode !== "timing" && mode !== "memory" && mode !== "phases")) {
		process.stderr.write("Usage: core.mjs timing|memory|phases <vault> [--runs N]\n");
		process.exitCode = 2;
		return;
	}
	const result = mode === "memory" ? memory(folder) : mode === "phases" ? await phases(loadVault(folder), runs) : timing(loadVault(folder), runs);
	process.stdout.write(JSON.stringify(result) + "\n");
}

void main(process.argv.slice(2));
