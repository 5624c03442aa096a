#!/usr/bin/env node
/**
 * The benchmark: `npm run bench` (builds first) or `node bench/run.mjs [options]` after a build.
 *
 *   --json        print exactly one JSON document with every figure (progress goes to stderr)
 *   --quick       the 1,000-note vault only, fewer runs (a fast check, not the reference figures)
 *   --seed N      vault seed (default 42); vaults are cached per size and seed in <tmpdir>/anc-bench
 *   --runs N      measured runs per figure (default 5, quick 3); markdownlint gets at most 3
 *   --no-markdownlint   skip markdownlint-cli2 (and the ratio), which takes ~30 s a run on 10,000 notes
 *   --strict      exit with code 1 when a target is missed (the default exit code is 0 once measured)
 *   --phases      only the core figure, cut into its steps, with the bytes allocated by function
 *                 (a profiling aid for figure 3; no targets)
 *
 * With npm, keep npm's own lines off stdout: `npm run -s bench -- --json`.
 *
 * Figures (medians over the measured runs, after one warm-up run that is not counted):
 *  1. CLI `check` and `missing` over the vault: whole process (`node dist/cli.js ...`), wall time.
 *  2. markdownlint-cli2 with only MD043 (the five sections as required headings) over the same
 *     vault, whole process, interleaved with the CLI runs; ratio markdownlint / CLI check.
 *  3. The core in process: new CoachIndex + updateNote for every note + links.targets() + summary(),
 *     texts already in memory.
 *  4. One incremental update in the indexed vault: updateNote(edited) + links.targets() + summary(),
 *     over 200 different edits (median and p95).
 *  5. Quiz for a typical (median-size) note and for the largest note: parse + context + generate;
 *     median after ten unmeasured runs, and the very first (cold JIT) run reported beside it.
 *  6. The built main.js in the Obsidian test double: onload, then the initial indexing after
 *     layout-ready, with the longest uninterrupted slice of work.
 *  7. main.js size; heap retained by the 10,000-note index (`--expose-gc`, before/after).
 *  8. Editor hints: one re-check of a 1,000-line note in the editor (text, check, hint places,
 *     decorations), and a keystroke between checks (bench/editor-entry.ts).
 *  9. Exam coverage: `computeCoverage` for the exam with the most services over the indexed vault
 *     (the Coverage tab's and the CLI's figures), median over repeated runs.
 * 10. Study: a 65-question practice exam over every AWS note (parse + generate for the notes it
 *     draws from, texts in memory), and loading the study data of 50,000 answers (JSON.parse +
 *     decode), with the recent accuracy per note computed from them.
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import { ensureVault, DEFAULT_SEED, MD043_HEADINGS } from "./generate.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Bundles of the bench entries; under node_modules so lint and git ignore them and packages resolve. */
const BUILD = join(ROOT, "node_modules", ".cache", "anc-bench");
const CLI = join(ROOT, "dist", "cli.js");
const MAIN = join(ROOT, "main.js");
const MARKDOWNLINT = join(ROOT, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs");

// --- Options ----------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const value = (name, fallback) => {
	const i = argv.indexOf(`--${name}`);
	return i === -1 ? fallback : Number(argv[i + 1]);
};
const JSON_OUT = flag("json");
const QUICK = flag("quick");
const SEED = value("seed", DEFAULT_SEED);
const RUNS = value("runs", QUICK ? 3 : 5);
const LINT_RUNS = Math.min(RUNS, QUICK ? 2 : 3);
const WITH_LINT = !flag("no-markdownlint");
const STRICT = flag("strict");
const PHASES = flag("phases");
const SIZE = QUICK ? 1000 : 10000;
const MEMORY_SIZE = 10000;

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

// --- Helpers ----------------------------------------------------------------------------------------

function median(xs) {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (x, d = 1) => Number(x.toFixed(d));

/** Run a process; wall time in ms. `capture` keeps stdout/stderr (for the warm-up's checks). */
function timed(args, { cwd = ROOT, capture = false } = {}) {
	const t0 = performance.now();
	const r = spawnSync(process.execPath, args, { cwd, stdio: capture ? ["ignore", "pipe", "pipe"] : "ignore", maxBuffer: 1 << 30, encoding: "utf8" });
	const ms = performance.now() - t0;
	if (r.error) throw r.error;
	return { ms, status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** A node script that prints one JSON document. */
function jsonOf(args) {
	const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
	if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed (${r.status}):\n${r.stderr}`);
	return JSON.parse(r.stdout);
}

async function buildEntries() {
	mkdirSync(BUILD, { recursive: true });
	const common = { bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "warning", sourcemap: false };
	await esbuild.build({ ...common, entryPoints: [join(ROOT, "bench", "core-entry.ts")], outfile: join(BUILD, "core.mjs") });
	await esbuild.build({ ...common, entryPoints: [join(ROOT, "bench", "plugin-entry.ts")], outfile: join(BUILD, "plugin.mjs") });
	await esbuild.build({ ...common, entryPoints: [join(ROOT, "bench", "editor-entry.ts")], outfile: join(BUILD, "editor.mjs") });
}

function ensureBuilt() {
	if (existsSync(CLI) && existsSync(MAIN)) return;
	log("main.js or dist/cli.js missing: building (node esbuild.config.mjs production)");
	const r = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
	if (r.status !== 0) throw new Error("build failed");
}

// --- Measurements -----------------------------------------------------------------------------------

/** 1 + 2: whole-process CLI check / missing and markdownlint MD043, interleaved run by run. */
function processFigures(vault) {
	const check = ["dist/cli.js", "check", vault];
	const missing = ["dist/cli.js", "missing", vault];
	const report = ["dist/cli.js", "report", vault, "--json"];
	const lint = [MARKDOWNLINT, "**/*.md"];

	// Warm-up, with the outputs checked: the runs below must do the work they claim to do.
	const wc = timed(check, { capture: true });
	if (wc.status !== 0 && wc.status !== 1) throw new Error(`cli check failed (${wc.status}): ${wc.stderr}`);
	const summary = /(\d+) AWS notes checked: (\d+) follow the template, (\d+) errors?, (\d+) warnings?/.exec(wc.stdout);
	const wm = timed(missing, { capture: true });
	if (wm.status !== 0) throw new Error(`cli missing failed (${wm.status}): ${wm.stderr}`);
	let lintInfo = null;
	if (WITH_LINT) {
		const wl = timed(lint, { cwd: vault, capture: true });
		if (wl.status !== 0 && wl.status !== 1) throw new Error(`markdownlint-cli2 failed (${wl.status}): ${wl.stderr.slice(0, 2000)}`);
		const files = /Linting: (\d+) file/.exec(wl.stdout);
		const errors = /Summary: (\d+) error/.exec(wl.stdout);
		lintInfo = { files: files ? Number(files[1]) : null, md043Errors: errors ? Number(errors[1]) : 0, warmupMs: round(wl.ms) };
		if (!files || Number(files[1]) === 0) throw new Error(`markdownlint-cli2 linted no file:\n${wl.stdout}`);
	}

	const floor = [join(ROOT, "bench", "floor.mjs"), vault];
	timed(floor);
	timed(report);
	const times = { check: [], missing: [], report: [], lint: [], floor: [] };
	for (let r = 0; r < RUNS; r++) {
		log(`processes: run ${r + 1}/${RUNS}`);
		times.floor.push(timed(floor).ms);
		times.check.push(timed(check).ms);
		times.missing.push(timed(missing).ms);
		times.report.push(timed(report).ms);
		if (WITH_LINT && r < LINT_RUNS) times.lint.push(timed(lint, { cwd: vault }).ms);
	}
	// Paired ratios: run by run (the floor measured right before), then the median.
	const paired = (xs, ys) => round(median(xs.map((x, i) => x / ys[i])), 2);
	const out = {
		cliCheck: { median: round(median(times.check)), runs: times.check.map((x) => round(x)), warmup: round(wc.ms), notesChecked: summary ? Number(summary[1]) : null, conforming: summary ? Number(summary[2]) : null, errors: summary ? Number(summary[3]) : null },
		cliMissing: { median: round(median(times.missing)), runs: times.missing.map((x) => round(x)), warmup: round(wm.ms) },
		floor: { median: round(median(times.floor)), runs: times.floor.map((x) => round(x)) },
		checkOverFloor: paired(times.check, times.floor),
		missingOverFloor: paired(times.missing, times.floor),
		cliReport: { median: round(median(times.report)), runs: times.report.map((x) => round(x)) },
		reportOverFloor: paired(times.report, times.floor),
		reportOverCheckAndMissing: round(median(times.report.map((x, i) => x / (times.check[i] + times.missing[i]))), 2),
		markdownlint: null,
		ratio: null,
	};
	if (WITH_LINT) {
		out.markdownlint = { median: round(median(times.lint)), runs: times.lint.map((x) => round(x)), ...lintInfo, headings: MD043_HEADINGS };
		out.ratio = round(median(times.lint.map((l, i) => l / times.check[i])), 1);
	}
	return out;
}

// --- Report -----------------------------------------------------------------------------------------

function fmtMs(ms) {
	if (ms === null || ms === undefined) return "-";
	if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
	if (ms >= 10) return `${ms.toFixed(0)} ms`;
	return `${ms.toFixed(ms >= 1 ? 1 : 3)} ms`;
}

function table(rows) {
	const head = ["#", "Figure", "Median", "Target", "Result"];
	const cells = rows.map((r) => [r.n, r.figure, r.shown, r.targetText ?? "", r.pass === undefined ? "" : r.pass ? "pass" : "FAIL"]);
	const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
	const line = (c) => c.map((x, i) => String(x).padEnd(widths[i])).join("  ").trimEnd();
	return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

/** `--phases`: where one whole-vault core build spends its time and what it allocates. */
function phasesReport(v) {
	log("3. core in process, step by step");
	const p = jsonOf(["--expose-gc", join(BUILD, "core.mjs"), "phases", v.dir, "--runs", String(RUNS)]);
	if (JSON_OUT) {
		process.stdout.write(JSON.stringify({ bench: "aws-notes-coach phases", date: new Date().toISOString(), node: process.version, loadavg: loadavg(), ...p }) + "\n");
		return;
	}
	const steps = [
		["files", "addFile for every file"],
		["notes", "updateNote for every note (parse, scope, check, links)"],
		["statuses", "links.count(): every target's status"],
		["list", "links.targets() + summary(): the sorted list"],
		["total", "whole build"],
	];
	const out = [`Core build of ${p.notes} notes, medians of ${RUNS} runs (load ${loadavg().map((x) => x.toFixed(2)).join(" ")}):`, ""];
	for (const [id, what] of steps) out.push(`  ${fmtMs(p.time[id].median).padStart(8)}  ${what} (min ${fmtMs(p.time[id].min)})`);
	out.push("", `Allocated by one build: ${p.allocatedMB} MB (garbage included), by function:`);
	for (const a of p.allocatedBy) out.push(`  ${String(a.mb).padStart(6)} MB  ${a.fn}`);
	process.stdout.write(out.join("\n") + "\n");
}

async function main() {
	const started = performance.now();
	const load0 = loadavg();
	ensureBuilt();
	await buildEntries();

	log(`vault: ${SIZE} notes, seed ${SEED}`);
	const v = ensureVault({ size: SIZE, seed: SEED });
	log(`${v.reused ? "reusing" : "generated"} ${v.dir}`);
	if (PHASES) return phasesReport(v);
	const memVault = SIZE === MEMORY_SIZE ? v : ensureVault({ size: MEMORY_SIZE, seed: SEED });

	log("1-2. CLI and markdownlint-cli2, whole process");
	const proc = processFigures(v.dir);

	log("3-5. core in process: whole vault, incremental updates, quiz");
	const core = jsonOf(["--expose-gc", join(BUILD, "core.mjs"), "timing", v.dir, "--runs", String(RUNS)]);

	log("memory: heap retained by the 10,000-note index");
	const mem = jsonOf(["--expose-gc", join(BUILD, "core.mjs"), "memory", memVault.dir]);

	log("6. plugin in the Obsidian test double: onload and initial indexing");
	const plugin = jsonOf([join(BUILD, "plugin.mjs"), v.dir, ROOT, "--runs", String(RUNS)]);

	log("8. editor hints: one re-check of a 1,000-line note");
	const editor = jsonOf([join(BUILD, "editor.mjs"), "--runs", String(RUNS)]);

	const mainBytes = statSync(MAIN).size;
	const mainKB = mainBytes / 1024;

	const rows = [
		{ n: "1", id: "cliCheck", figure: `CLI check, ${SIZE} notes, whole process`, value: proc.cliCheck.median, shown: fmtMs(proc.cliCheck.median) },
		{ n: "1", id: "cliMissing", figure: `CLI missing, ${SIZE} notes, whole process`, value: proc.cliMissing.median, shown: fmtMs(proc.cliMissing.median) },
		{ n: "1", id: "floor", figure: "  floor: read every .md and split lines (bench/floor.mjs)", value: proc.floor.median, shown: fmtMs(proc.floor.median) },
		{ n: "1", id: "checkOverFloor", figure: "  ratio check / floor (paired, median)", value: proc.checkOverFloor, shown: `${proc.checkOverFloor}x`, targetText: "<= 2x", pass: proc.checkOverFloor <= 2 },
		{ n: "1", id: "missingOverFloor", figure: "  ratio missing / floor (paired, median)", value: proc.missingOverFloor, shown: `${proc.missingOverFloor}x` },
		{ n: "1", id: "cliReport", figure: `CLI report (check + missing, one pass), ${SIZE} notes`, value: proc.cliReport.median, shown: fmtMs(proc.cliReport.median) },
		{ n: "1", id: "reportOverFloor", figure: "  ratio report / floor (paired, median)", value: proc.reportOverFloor, shown: `${proc.reportOverFloor}x`, targetText: "<= 2.3x", pass: proc.reportOverFloor <= 2.3 },
		{ n: "1", id: "reportOverTwo", figure: "  ratio report / (check + missing) (paired, median)", value: proc.reportOverCheckAndMissing, shown: `${proc.reportOverCheckAndMissing}x` },
	];
	if (proc.markdownlint) {
		rows.push({ n: "2", id: "markdownlint", figure: "markdownlint-cli2 MD043, whole process", value: proc.markdownlint.median, shown: fmtMs(proc.markdownlint.median) });
		rows.push({ n: "2", id: "ratio", figure: "  ratio markdownlint / CLI check (paired, median)", value: proc.ratio, shown: `${proc.ratio}x`, targetText: ">= 60x", pass: proc.ratio >= 60 });
	}
	rows.push(
		{ n: "3", id: "core", figure: `Core parse+check+links, ${SIZE} notes`, value: core.core.median, shown: fmtMs(core.core.median), targetText: "< 150 ms", pass: core.core.median < 150 },
		{ n: "", id: "coreParse", figure: "  parseNote alone (index options)", value: core.core.parseOnly.median, shown: fmtMs(core.core.parseOnly.median) },
		{ n: "", id: "coreCheck", figure: "  checkNote alone", value: core.core.checkOnly.median, shown: fmtMs(core.core.checkOnly.median) },
		{ n: "4", id: "incremental", figure: "Incremental: one edit, findings + missing list", value: core.incremental.median, shown: `${fmtMs(core.incremental.median)} (p95 ${fmtMs(core.incremental.p95)})`, targetText: "< 1 ms", pass: core.incremental.median < 1 },
		{ n: "", id: "incrementalState", figure: "  updateNote + count() + summary() (no list)", value: core.incremental.updateAndCount.median, shown: `${fmtMs(core.incremental.updateAndCount.median)} (p95 ${fmtMs(core.incremental.updateAndCount.p95)})` },
		{ n: "", id: "incrementalTargets", figure: "  links.targets() alone", value: core.incremental.targetsListOnly.median, shown: fmtMs(core.incremental.targetsListOnly.median) },
		{ n: "5", id: "quizTypical", figure: `Quiz, typical note (${core.quiz.typical.lines} lines)`, value: core.quiz.typical.median, shown: `${fmtMs(core.quiz.typical.median)} (generate ${fmtMs(core.quiz.typical.generateOnly.median)}, first run ${fmtMs(core.quiz.typical.cold)})`, targetText: "< 5 ms", pass: core.quiz.typical.median < 5 },
		{ n: "5", id: "quizLargest", figure: `Quiz, largest note (${core.quiz.largest.lines} lines)`, value: core.quiz.largest.median, shown: `${fmtMs(core.quiz.largest.median)} (generate ${fmtMs(core.quiz.largest.generateOnly.median)}, first run ${fmtMs(core.quiz.largest.cold)})` },
		{ n: "5", id: "quizHuge", figure: `Quiz, a ${core.quiz.huge.mb} MB note (read through a window)`, value: core.quiz.huge.median, shown: `${fmtMs(core.quiz.huge.median)} (p95 ${fmtMs(core.quiz.huge.p95)}, ${core.quiz.huge.questions} questions)`, targetText: "< 200 ms", pass: core.quiz.huge.median < 200 },
		{ n: "6", id: "onload", figure: "Plugin onload (built main.js, test double)", value: plugin.onload.median, shown: `${fmtMs(plugin.onload.median)} (cold ${fmtMs(plugin.onload.cold)})`, targetText: "< 5 ms, deferred", pass: plugin.onload.median < 5 && plugin.onload.deferred },
		{ n: "6", id: "indexing", figure: `Plugin initial indexing, ${SIZE} notes`, value: plugin.indexing.median, shown: `${fmtMs(plugin.indexing.median)} (cold ${fmtMs(plugin.indexing.cold)})` },
		{ n: "6", id: "longestSlice", figure: "  longest uninterrupted slice", value: plugin.indexing.longestSliceMs.median, shown: `${fmtMs(plugin.indexing.longestSliceMs.median)} (cold ${fmtMs(plugin.indexing.longestSliceMs.cold)})`, targetText: "< 50 ms", pass: plugin.indexing.longestSliceMs.median < 50 },
		{ n: "", id: "eventLoopDelay", figure: "  event loop max delay (cross-check)", value: plugin.indexing.eventLoopMaxDelayMs.median, shown: fmtMs(plugin.indexing.eventLoopMaxDelayMs.median) },
		{ n: "8", id: "editorUpdate", figure: `Editor hints: one re-check, ${editor.lines}-line note`, value: editor.update.median, shown: `${fmtMs(editor.update.median)} (max ${fmtMs(editor.update.max)})`, targetText: "< 2 ms", pass: editor.update.median < 2 },
		{ n: "", id: "editorKeystroke", figure: "  a keystroke between checks (decorations mapped)", value: editor.keystroke.median, shown: fmtMs(editor.keystroke.median) },
		{ n: "9", id: "coverage", figure: `Exam coverage (${core.coverage.exam}, ${core.coverage.services} services), indexed vault`, value: core.coverage.median, shown: `${fmtMs(core.coverage.median)} (p95 ${fmtMs(core.coverage.p95)})`, targetText: "< 20 ms", pass: core.coverage.median < 20 },
		{ n: "10", id: "examBuild", figure: `Practice exam: ${core.study.exam.questions} questions from ${SIZE} notes`, value: core.study.exam.median, shown: `${fmtMs(core.study.exam.median)} (p95 ${fmtMs(core.study.exam.p95)})`, targetText: "< 200 ms", pass: core.study.exam.median < 200 },
		{ n: "10", id: "studyLoad", figure: `Study data: load ${core.study.load.answers} answers, ${core.study.load.review} queued (${core.study.load.kB} KB of JSON)`, value: core.study.load.median, shown: fmtMs(core.study.load.median), targetText: "< 50 ms", pass: core.study.load.median < 50 },
		{ n: "", id: "studyAccuracies", figure: "  recent accuracy per note from them", value: core.study.accuracies.median, shown: fmtMs(core.study.accuracies.median) },
		{ n: "7", id: "mainJs", figure: "main.js size", value: round(mainKB), shown: `${mainKB.toFixed(1)} KB`, targetText: "< 200 KB (#16)", pass: mainKB < 200 },
		{ n: "7", id: "memory", figure: `Heap retained by the ${MEMORY_SIZE}-note index`, value: mem.indexMB, shown: `${mem.indexMB} MB`, targetText: "< 100 MB", pass: mem.indexMB < 100 },
	);

	const doc = {
		bench: "aws-notes-coach",
		date: new Date().toISOString(),
		node: process.version,
		cpus: cpus().length,
		loadavg: { start: load0.map((x) => round(x, 2)), end: loadavg().map((x) => round(x, 2)) },
		quick: QUICK,
		seed: SEED,
		runs: RUNS,
		vault: { dir: v.dir, ...v.info },
		targets: Object.fromEntries(rows.filter((r) => r.pass !== undefined).map((r) => [r.id, { value: r.value, target: r.targetText, pass: r.pass }])),
		figures: {
			cliCheck: proc.cliCheck,
			cliMissing: proc.cliMissing,
			markdownlint: proc.markdownlint,
			ratio: proc.ratio,
			core: core.core,
			incremental: core.incremental,
			coverage: core.coverage,
			study: core.study,
			quiz: core.quiz,
			editor,
			plugin,
			mainJs: { bytes: mainBytes, kb: round(mainKB) },
			memory: mem,
		},
		totalSeconds: 0,
	};
	doc.totalSeconds = round((performance.now() - started) / 1000);

	if (JSON_OUT) {
		process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
	} else {
		const out = [
			"",
			`AWS Notes Coach benchmark: ${v.info.notes} notes (${(v.info.bytes / 1e6).toFixed(1)} MB, ${v.info.lines} lines, largest ${v.info.largestLines} lines), seed ${SEED}`,
			`Node ${process.version}, ${cpus().length} cores, load ${load0.map((x) => x.toFixed(2)).join(" ")}; medians of ${RUNS} runs after a warm-up (markdownlint: ${LINT_RUNS})`,
			"",
			table(rows),
			"",
			`CLI check: ${proc.cliCheck.notesChecked} AWS notes, ${proc.cliCheck.conforming} conforming, ${proc.cliCheck.errors} errors; missing: ${core.incremental.missingTargets} targets.`,
			proc.markdownlint ? `markdownlint-cli2: ${proc.markdownlint.files} files, ${proc.markdownlint.md043Errors} MD043 errors; headings ${JSON.stringify(MD043_HEADINGS)}.` : "markdownlint-cli2: skipped.",
			`Plugin: indexed ${plugin.indexing.notes} notes in ${plugin.indexing.slices} slices; ${plugin.indexing.checked} AWS notes, ${plugin.indexing.missingTargets} missing targets.`,
			QUICK ? "Quick run: the size-dependent targets are set for 10,000 notes; these 1,000-note figures are indicative only." : null,
			`Total ${doc.totalSeconds} s. --json for every figure.`,
			"",
		];
		process.stdout.write(out.filter((l) => l !== null).join("\n"));
	}
	if (STRICT && rows.some((r) => r.pass === false)) process.exitCode = 1;
}

main().catch((e) => {
	process.stderr.write(`[bench] ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
	process.exitCode = 2;
});
