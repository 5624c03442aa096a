/**
 * Plugin benchmark (bundled by bench/run.mjs with esbuild, run in its own Node process): the BUILT
 * `main.js` evaluated against the Obsidian test double, over a vault folder read from disk.
 * Prints one JSON document on stdout.
 *
 *   node plugin.mjs <vault> <plugin dir> [--runs N]
 *
 * Per run: a fresh app over the vault's files (the double indexes its metadata cache first, as
 * Obsidian has it at start-up: not timed), a fresh evaluation of main.js, then
 *   - onload: `plugin.load()` until the promise of the async `onload` settles;
 *   - indexing: `app.triggerLayoutReady()` until `plugin.index.ready`, with the plugin's own
 *     `index.longestSliceMs` and, as an independent check, the event loop's longest delay
 *     (`monitorEventLoopDelay`) over the same period (which also catches GC pauses and work
 *     outside the plugin's measured loop).
 * The first run is the warm-up; it is reported as "cold" (a fresh JIT, as at Obsidian's start-up).
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { runInThisContext } from "node:vm";
import { Window } from "happy-dom";
import { createApp, type App } from "../tests/obsidian-double/app";
import { readVaultFolder, evaluatePluginBundle } from "../tests/obsidian-double/diskVault";
import { installDomHelpers } from "../tests/obsidian-double/dom";
import { loadResultOf } from "../tests/obsidian-double/events";
import type { PluginManifest } from "../tests/obsidian-double/plugin";

/** What the benchmark reads from the plugin instance (main.ts: `index: VaultIndex`). */
interface BenchPlugin {
	load(): void;
	unload(): void;
	index: {
		ready: boolean;
		progress: { done: number; total: number };
		longestSliceMs: number;
		onChange(listener: () => void): () => void;
		core: { summary(): { checked: number; conforming: number; errors: number; warnings: number }; links: { count(): number } };
	};
}

function installDom(): void {
	const win = new Window({ url: "app://obsidian.md/index.html", width: 1280, height: 800 });
	// Node's global object (what `window` is to plugin code in Obsidian's renderer).
	const g = runInThisContext("globalThis") as Record<string, unknown>;
	// What plugin code and the double reach as globals in Obsidian's renderer.
	g.window = win;
	g.document = win.document;
	for (const name of ["Node", "Element", "HTMLElement", "SVGElement", "DocumentFragment", "Document", "Event", "MouseEvent", "KeyboardEvent", "HTMLInputElement", "HTMLButtonElement", "getComputedStyle", "requestAnimationFrame", "cancelAnimationFrame"]) {
		if (!(name in g)) g[name] = (win as unknown as Record<string, unknown>)[name];
	}
	installDomHelpers(win as unknown as Parameters<typeof installDomHelpers>[0], g);
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

interface Run {
	onloadMs: number;
	deferred: boolean;
	indexMs: number;
	longestSliceMs: number;
	eventLoopMaxDelayMs: number;
	slices: number;
	notes: number;
	checked: number;
	errors: number;
	missing: number;
}

async function oneRun(files: Record<string, string | ArrayBuffer>, code: string, manifest: PluginManifest, mainPath: string): Promise<Run> {
	const app: App = createApp(files);
	// The double builds its workspace DOM on first use; in Obsidian it exists before plugins load.
	void app.dom;
	const Ctor = evaluatePluginBundle(code, mainPath);
	const plugin = new Ctor(app, manifest) as unknown as BenchPlugin;

	const t0 = performance.now();
	plugin.load();
	await loadResultOf(plugin as never);
	const onloadMs = performance.now() - t0;
	// Indexing must wait for the layout: nothing may have been read yet.
	const deferred = !plugin.index.ready && plugin.index.progress.done === 0;
	await app.settle();

	let slices = 0;
	const done = new Promise<void>((resolve) => {
		const off = plugin.index.onChange(() => {
			slices++;
			if (plugin.index.ready) {
				off();
				resolve();
			}
		});
	});
	// The double stands in for Obsidian's own start-up link resolution with a synchronous pass over
	// the whole vault when the layout is ready (a `resolved` event, which the plugin does not use).
	// Leave it out, so that the event-loop figure is the plugin's work only.
	(app.metadataCache as unknown as { requestResolved: () => void }).requestResolved = () => {};
	const h = monitorEventLoopDelay({ resolution: 1 });
	h.enable();
	const t1 = performance.now();
	await app.triggerLayoutReady();
	await done;
	const indexMs = performance.now() - t1;
	h.disable();
	const s = plugin.index.core.summary();
	const run: Run = {
		onloadMs,
		deferred,
		indexMs,
		longestSliceMs: plugin.index.longestSliceMs,
		eventLoopMaxDelayMs: h.max / 1e6,
		slices,
		notes: plugin.index.progress.total,
		checked: s.checked,
		errors: s.errors,
		missing: plugin.index.core.links.count(),
	};
	plugin.unload();
	await app.settle();
	return run;
}

async function main(argv: string[]): Promise<void> {
	const [vault, pluginDir] = argv;
	const ri = argv.indexOf("--runs");
	const runs = ri === -1 ? 5 : Number(argv[ri + 1]);
	if (!vault || !pluginDir) {
		process.stderr.write("Usage: plugin.mjs <vault> <plugin dir> [--runs N]\n");
		process.exitCode = 2;
		return;
	}
	installDom();
	const files = readVaultFolder(vault);
	const mainPath = join(pluginDir, "main.js");
	const code = readFileSync(mainPath, "utf8");
	const manifest = JSON.parse(readFileSync(join(pluginDir, "manifest.json"), "utf8")) as PluginManifest;

	const cold = await oneRun(files, code, manifest, mainPath); // warm-up, reported as "cold"
	const measured: Run[] = [];
	for (let r = 0; r < runs; r++) measured.push(await oneRun(files, code, manifest, mainPath));
	const pick = (k: keyof Run): number[] => measured.map((m) => Number(m[k]));
	const out = {
		runs,
		onload: { median: round(median(pick("onloadMs"))), max: round(Math.max(...pick("onloadMs"))), cold: round(cold.onloadMs), deferred: measured.every((m) => m.deferred) && cold.deferred },
		indexing: {
			median: round(median(pick("indexMs")), 1),
			cold: round(cold.indexMs, 1),
			longestSliceMs: { median: round(median(pick("longestSliceMs"))), max: round(Math.max(...pick("longestSliceMs"), cold.longestSliceMs)), cold: round(cold.longestSliceMs) },
			eventLoopMaxDelayMs: { median: round(median(pick("eventLoopMaxDelayMs"))), max: round(Math.max(...pick("eventLoopMaxDelayMs"), cold.eventLoopMaxDelayMs)) },
			slices: median(pick("slices")),
			notes: cold.notes,
			checked: cold.checked,
			errors: cold.errors,
			missingTargets: cold.missing,
		},
	};
	process.stdout.write(JSON.stringify(out) + "\n");
	// happy-dom keeps timers alive; the result is out, so end here.
	process.exit(0);
}

void main(process.argv.slice(2));
