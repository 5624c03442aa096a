/**
 * Node-only helpers of the double: a real folder as the in-memory vault, and the built plugin
 * (`main.js`) evaluated against the double. Kept out of obsidian.ts, which must stay bundleable
 * for the browser preview.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { runInThisContext } from "node:vm";
import * as codemirrorState from "@codemirror/state";
import * as codemirrorView from "@codemirror/view";
import { createApp, type App, type AppOptions } from "./app";
import * as obsidian from "./obsidian";
import type { Plugin, PluginManifest } from "./plugin";

const TEXT_EXTENSIONS = new Set(["md", "txt", "json", "canvas", "css", "csv", "yaml", "yml", "base"]);

/** Every file under `folder` except dotfiles and dot-folders (`.obsidian`, `.trash`, `.git`), as vault path → content. */
export function readVaultFolder(folder: string): Record<string, string | ArrayBuffer> {
	const files: Record<string, string | ArrayBuffer> = {};
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile()) {
				const path = relative(folder, full).split(sep).join("/");
				const ext = entry.name.includes(".") ? entry.name.slice(entry.name.lastIndexOf(".") + 1).toLowerCase() : "";
				if (TEXT_EXTENSIONS.has(ext)) files[path] = readFileSync(full, "utf8");
				else {
					const buf = readFileSync(full);
					files[path] = new Uint8Array(buf).buffer;
				}
			}
		}
	};
	walk(folder);
	return files;
}

/** An app over a copy of the folder; writes stay in memory (there is no write-back). */
export function loadAppFromDisk(folder: string, options: AppOptions = {}): App {
	return createApp(readVaultFolder(folder), options);
}

export type PluginClass = new (app: App, manifest: PluginManifest) => Plugin;

/**
 * Runs a CommonJS plugin bundle (esbuild's `main.js`) and returns its default export.
 * `require("obsidian")` gets the double and `@codemirror/state` / `@codemirror/view` the same CodeMirror
 * the double uses (Obsidian hands plugins its own); anything else Obsidian would not give a portable
 * plugin (electron, other packages, Node built-ins) throws. The code runs in this realm, so it sees the
 * DOM globals and helpers the happy-dom setup installed.
 */
export function evaluatePluginBundle(code: string, filename = "main.js"): PluginClass {
	const module: { exports: Record<string, unknown> } = { exports: {} };
	const requireShim = (id: string): unknown => {
		if (id === "obsidian") return obsidian;
		if (id === "@codemirror/state") return codemirrorState;
		if (id === "@codemirror/view") return codemirrorView;
		throw new Error(`${filename} requires "${id}": the obsidian double provides only "obsidian", "@codemirror/state" and "@codemirror/view".`);
	};
	const wrapper = runInThisContext(`(function (module, exports, require) {${code}\n})`, { filename }) as (m: unknown, e: unknown, r: unknown) => void;
	wrapper(module, module.exports, requireShim);
	const exported = module.exports.default ?? module.exports;
	if (typeof exported !== "function") throw new Error(`${filename} does not export a plugin class (module.exports.default).`);
	return exported as PluginClass;
}

/** Reads `main.js` and `manifest.json` from `pluginDir` (the repository root after a build), constructs the plugin and enables it (awaiting `onload`). */
export async function loadBuiltPlugin(app: App, pluginDir: string): Promise<Plugin> {
	const manifest = JSON.parse(readFileSync(join(pluginDir, "manifest.json"), "utf8")) as PluginManifest;
	const PluginCtor = evaluatePluginBundle(readFileSync(join(pluginDir, "main.js"), "utf8"), join(pluginDir, "main.js"));
	return app.plugins.enable(new PluginCtor(app, manifest));
}
