/**
 * The preview page: the REAL plugin class (src/main.ts) enabled in the obsidian double's `App`
 * over the example vault, its panel, status bar item and quiz modal rendered by the real view and
 * modal classes. Around them, the page draws what Obsidian would: ribbon, file explorer, the note
 * in the editor area, sidebar tab headers, and it routes real key presses to the keymap's active
 * scope as Obsidian does. `?theme=dark` picks the dark theme, `?note=<path>` the open note,
 * `?editor=1` shows the note in a real CodeMirror editor with the plugin's editor extensions.
 *
 * `window.__anc` exposes the app and a few helpers for the browser test (tests/browser/run.mjs).
 */
import type { Plugin as ObsidianPlugin } from "obsidian";
import AwsNotesCoachPlugin from "../src/main";
import type { QuizModal } from "../src/ui/QuizModal";
import manifest from "../manifest.json";
import { MarkdownView, Notice, TFile, TFolder, createApp, installDomHelpers, openModals, type App, type Modifier, type Plugin, type PluginManifest, type TAbstractFile, type WorkspaceLeaf } from "../tests/obsidian-double/obsidian";
import vaultFiles from "virtual:vault";
import { icon, watchIcons } from "./icons";
import { mountEditor } from "./editor";
import { markLine, renderNote } from "./note";

const DEFAULT_NOTE = "AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md";
const PLUGIN_ID = "aws-notes-coach";

interface PreviewHooks {
	app: App;
	plugin: ObsidianPlugin;
	ready: boolean;
	errors: string[];
	openNote(path: string): Promise<void>;
	runCommand(id: string): Promise<boolean>;
	/** The open quiz modal's state (what the test needs to pick right or wrong answers). */
	quiz(): { index: number; total: number; phase: string; kind: string; prompt: string; multi: boolean; typed: boolean; choices: string[]; answers: string[] } | null;
	settle(): Promise<void>;
}

declare global {
	interface Window {
		__anc?: PreviewHooks;
	}
}

const params = new URLSearchParams(location.search);
const theme = params.get("theme") === "dark" ? "dark" : "light";
const EDITOR = params.get("editor") === "1";
document.body.className = `theme-${theme} anc-preview`;
installDomHelpers(window);

const wait = (ms: number): Promise<void> => new Promise((r) => window.setTimeout(r, ms));

// ---- keyboard: Obsidian routes keydown to the active scope (a modal's while one is open) ----------

function routeKeys(app: App): void {
	window.addEventListener("keydown", (evt) => {
		const mods: Modifier[] = [];
		if (evt.ctrlKey) mods.push("Ctrl");
		if (evt.metaKey) mods.push("Meta");
		if (evt.shiftKey) mods.push("Shift");
		if (evt.altKey) mods.push("Alt");
		const modifiers = mods.join(",");
		const { handled, result } = app.keymap.activeScope.handleKey(evt, { modifiers, key: evt.key, vkey: evt.key });
		if (handled && result === false) evt.preventDefault();
	});
}

// ---- window furniture ------------------------------------------------------------------------------

function ribbon(app: App): void {
	const el = app.dom.leftRibbonEl;
	const top = createDiv({ cls: "side-dock-actions" });
	el.prepend(top);
	icon(top, "sidebar-left", "side-dock-ribbon-action clickable-icon pv-decor");
	for (const id of ["git-fork", "calendar", "terminal"]) icon(top, id, "side-dock-ribbon-action clickable-icon pv-decor");
	// The plugin's own ribbon button goes after Obsidian's core ones, as in the app.
	for (const own of Array.from(el.querySelectorAll(":scope > .side-dock-ribbon-action"))) top.appendChild(own);
}

function tabHeader(container: HTMLElement, tabs: { icon: string; title?: string; active: boolean }[], side: boolean): HTMLElement {
	const header = createDiv({ cls: `workspace-tab-header-container${side ? " pv-side-tabs" : ""}` });
	container.prepend(header);
	const inner = header.createDiv({ cls: "workspace-tab-header-container-inner" });
	for (const t of tabs) {
		const tab = inner.createDiv({ cls: `workspace-tab-header${t.active ? " is-active" : ""}`, attr: t.title ? { "aria-label": t.title } : {} });
		const body = tab.createDiv({ cls: "workspace-tab-header-inner" });
		icon(body, t.icon, "workspace-tab-header-inner-icon");
		if (t.title !== undefined && !side) body.createDiv({ cls: "workspace-tab-header-inner-title", text: t.title });
	}
	return header;
}

function fileExplorer(app: App, host: HTMLElement, active: () => TFile | null): () => void {
	const open = new Set<string>();
	host.addClass("pv-left");
	tabHeader(host, [{ icon: "files", active: true }, { icon: "search", active: false }, { icon: "bookmark", active: false }], true);
	const pane = host.createDiv({ cls: "nav-files-container" });
	pane.createDiv({ cls: "pv-vault-name", text: app.vault.getName() });
	const draw = (): void => {
		pane.querySelector(".pv-tree")?.remove();
		const tree = pane.createDiv({ cls: "pv-tree" });
		const current = active();
		if (current) for (let f = current.parent; f && !f.isRoot(); f = f.parent) open.add(f.path);
		const walk = (folder: TFolder, parent: HTMLElement): void => {
			const children = [...folder.children].sort((a: TAbstractFile, b: TAbstractFile) => {
				const fa = a instanceof TFolder ? 0 : 1;
				const fb = b instanceof TFolder ? 0 : 1;
				return fa - fb || a.name.localeCompare(b.name);
			});
			for (const c of children) {
				if (c instanceof TFolder) {
					const item = parent.createDiv({ cls: "tree-item nav-folder" });
					const self = item.createDiv({ cls: "tree-item-self nav-folder-title is-clickable" });
					const chevron = self.createDiv({ cls: `tree-item-icon collapse-icon${open.has(c.path) ? "" : " is-collapsed"}` });
					chevron.createSvg("svg", { cls: ["svg-icon", "right-triangle"], attr: { "data-icon": "right-triangle", viewBox: "0 0 24 24" } });
					self.createDiv({ cls: "tree-item-inner nav-folder-title-content", text: c.name });
					self.addEventListener("click", () => {
						if (open.has(c.path)) open.delete(c.path);
						else open.add(c.path);
						draw();
					});
					if (open.has(c.path)) walk(c, item.createDiv({ cls: "tree-item-children nav-folder-children" }));
				} else if (c instanceof TFile && c.extension === "md") {
					const self = parent.createDiv({ cls: "tree-item nav-file" }).createDiv({ cls: `tree-item-self nav-file-title is-clickable${c === current ? " is-active" : ""}` });
					self.createDiv({ cls: "tree-item-inner nav-file-title-content", text: c.basename });
					self.addEventListener("click", () => void openNote(app, c.path));
				}
			}
		};
		walk(app.vault.getRoot(), tree);
	};
	draw();
	return draw;
}

async function openNote(app: App, path: string): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`No note at ${path}`);
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(file);
	app.workspace.setActiveLeaf(leaf);
	await app.settle();
}

/** Keeps the editor area, its tab and title, the file explorer and the word count in step with the open note. */
function editorArea(app: App, plugin: Plugin, refreshExplorer: () => void, words: HTMLElement): void {
	let shownPath = "";
	let shownText = "";
	let shownLine = 0;
	let mainTabs: HTMLElement | null = null;
	const update = (): void => {
		const leaf = app.workspace.getLeavesOfType("markdown")[0] as WorkspaceLeaf | undefined;
		const view = leaf?.view;
		if (!leaf || !(view instanceof MarkdownView) || !view.file) return;
		const file = view.file;
		const text = view.editor.getValue();
		const line = view.editor.getCursor().line + 1;
		const fileChanged = file.path !== shownPath;
		const textChanged = fileChanged || text !== shownText;
		if (!textChanged && line === shownLine) return;
		shownPath = file.path;
		shownText = text;
		shownLine = line;
		if (!mainTabs) {
			const tabs = leaf.parent.containerEl;
			mainTabs = tabHeader(tabs, [{ icon: "document", title: file.basename, active: true }], false);
		}
		mainTabs.querySelector(".workspace-tab-header-inner-title")?.setText(file.basename);
		const title = view.containerEl.querySelector<HTMLElement>(".view-header-title-container")!;
		title.empty();
		const crumbs = file.parent && !file.parent.isRoot() ? file.parent.path.split("/") : [];
		for (const c of crumbs) {
			title.createSpan({ cls: "view-header-breadcrumb", text: c });
			title.createSpan({ cls: "view-header-breadcrumb-separator", text: "/" });
		}
		title.createSpan({ cls: "view-header-title", text: file.basename });
		if (textChanged) {
			if (EDITOR) mountEditor(view.contentEl, plugin, file, text);
			else renderNote(app, view.contentEl, text, file.path, file.basename);
			const body = text.replace(/^---\n[\s\S]*?\n---\n/, "");
			const w = body.split(/\s+/).filter((t) => /\w/.test(t)).length;
			words.setText(`${w} words  ${body.length.toLocaleString("en-US")} characters`);
		}
		if (fileChanged) refreshExplorer();
		if (EDITOR) return;
		if (line > 1) markLine(view.contentEl, line);
		else if (fileChanged) view.contentEl.scrollTop = 0;
	};
	// Opening a note at a line moves the cursor without an event the page could hook: poll (cheap).
	window.setInterval(update, 80);
	app.workspace.on("file-open", update);
	update();
}

/** Notices fade after a few seconds in Obsidian; the double keeps them until `hide()`. */
function expireNotices(): void {
	const seen = new WeakMap<Notice, number>();
	window.setInterval(() => {
		const now = Date.now();
		for (const n of [...Notice.visible]) {
			const first = seen.get(n) ?? now;
			seen.set(n, first);
			if (now - first > 4000) n.hide();
		}
	}, 250);
}

// ---- start -------------------------------------------------------------------------------------

async function main(): Promise<void> {
	const errors: string[] = [];
	window.addEventListener("error", (e) => errors.push(String(e.message)));
	window.addEventListener("unhandledrejection", (e) => errors.push(String(e.reason)));

	const app = createApp(vaultFiles, { vaultName: "AWS study vault" });
	const dom = app.dom; // builds the app's elements in <body>
	watchIcons(document.body);
	routeKeys(app);
	expireNotices();

	type PluginCtor = new (app: App, manifest: PluginManifest) => Plugin;
	const plugin = await app.plugins.enable(AwsNotesCoachPlugin as unknown as PluginCtor, manifest);
	await app.triggerLayoutReady();
	const index = (plugin as unknown as { index: { ready: boolean } }).index;
	for (let i = 0; i < 400 && !index.ready; i++) await wait(10);

	ribbon(app);
	const words = dom.statusBarEl.createDiv({ cls: "status-bar-item pv-decor" });
	const note = params.get("note") ?? DEFAULT_NOTE;
	await openNote(app, note);
	const noteLeaf = app.workspace.getLeaf(false);
	const refreshExplorer = fileExplorer(app, app.workspace.leftSplit.containerEl, () => app.workspace.getActiveFile());
	editorArea(app, plugin, refreshExplorer, words);

	await app.commands.runCommandById(`${PLUGIN_ID}:open-panel`);
	const panelLeaf = app.workspace.getLeavesOfType("aws-notes-coach-panel")[0];
	tabHeader(panelLeaf.parent.containerEl, [{ icon: "cloud", title: "AWS notes", active: true }, { icon: "link", active: false }, { icon: "list-tree", active: false }], true);
	// The person goes back to the note, as after clicking into it: commands see it as the active note.
	app.workspace.setActiveLeaf(noteLeaf);
	await app.settle();
	await wait(250); // the index notifies views and the status bar on a short debounce
	await app.settle();

	window.__anc = {
		app,
		plugin: plugin as unknown as ObsidianPlugin,
		ready: true,
		errors,
		openNote: (path) => openNote(app, path),
		runCommand: async (id) => Boolean(await app.commands.runCommandById(id.includes(":") ? id : `${PLUGIN_ID}:${id}`)),
		settle: () => app.settle(),
		quiz: () => {
			const modal = openModals[openModals.length - 1] as unknown as QuizModal | undefined;
			if (!modal || !("round" in modal)) return null;
			const q = modal.current;
			return {
				index: modal.index,
				total: modal.round.length,
				phase: modal.phase,
				kind: q?.kind ?? "",
				prompt: q?.prompt ?? "",
				multi: q?.multi ?? false,
				typed: q?.typed ?? false,
				choices: q ? [...q.choices] : [],
				answers: q ? [...q.answers] : [],
			};
		},
	};
	document.body.setAttr("data-ready", "true");
}

main().catch((e: unknown) => {
	console.error(e);
	document.body.setAttr("data-error", String(e));
});
