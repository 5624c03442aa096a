/**
 * vitest setup file: in DOM tests (`// @vitest-environment happy-dom`), give the DOM the helpers
 * Obsidian adds to it (`createEl`, `createDiv`, `empty`, `setText`, `activeDocument`, ...).
 * In the plain node environment there is no `window`, and this does nothing.
 */
import { parse } from "yaml";
import { useYamlParser } from "../src/core/note/yaml";
import { installDomHelpers } from "./obsidian-double/dom";

// Notes are read with a real YAML parser, as in the CLI (the plugin sets Obsidian's own on load).
useYamlParser((text) => parse(text, { logLevel: "error" }) as unknown);
import { host } from "./obsidian-double/host";

if (typeof window !== "undefined" && typeof window.HTMLElement !== "undefined") {
	// Under vitest the tests see Node's global object, not happy-dom's `window`: give both the globals.
	installDomHelpers(window, host);
}
