/**
 * `App`, `FileManager` and the double's entry points: `new App()`, `createApp(files)`.
 */
import type { PluginSettingTab } from "./components";
import { child, makeEl, requireDocument } from "./dom";
import { handlerErrors, liveRegistrations, loadResultOf } from "./events";
import { parentPath, TFile, TFolder, type TAbstractFile } from "./files";
import { MetadataCache } from "./MetadataCache";
import { computeMetadata } from "./metadata";
import { Keymap, openModals, Scope } from "./modal";
import { Commands, ViewRegistry, type Plugin, type PluginManifest } from "./plugin";
import { getFrontMatterInfo, getLinkpath, normalizePath, parseYaml, stringifyYaml } from "./util";
import { Vault, type DataWriteOptions } from "./vault";
import { EmptyView, MarkdownView } from "./views";
import { Workspace } from "./workspace";

export interface AppOptions {
	/** Name returned by `vault.getName()`. */
	vaultName?: string;
	/** Fire vault `create` for every existing file when `triggerLayoutReady()` runs, as Obsidian does while it loads a vault. */
	startupCreateEvents?: boolean;
	/** Start with the layout ready (then `onLayoutReady` callbacks run at once). */
	layoutReady?: boolean;
	/** See `Vault.caseInsensitive`. */
	caseInsensitive?: boolean;
}

interface AppDom {
	appEl: HTMLElement;
	leftRibbonEl: HTMLElement;
	rightRibbonEl: HTMLElement;
	workspaceEl: HTMLElement;
	statusBarEl: HTMLElement;
	settingsEl: HTMLElement;
}

/** Counts of what is still registered; all zero after a plugin's `unload()` if it cleaned up. */
export interface LiveRegistrations {
	vaultHandlers: number;
	metadataCacheHandlers: number;
	workspaceHandlers: number;
	domListeners: number;
	intervals: number;
	commands: number;
	ribbonIcons: number;
	statusBarItems: number;
	settingTabs: number;
	/** View types beyond the built-in `markdown` and `empty`. */
	viewTypes: number;
	/** Open modals. */
	modals: number;
}

export class App {
	keymap: Keymap;
	scope: Scope;
	workspace: Workspace;
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	lastEvent: MouseEvent | KeyboardEvent | TouchEvent | PointerEvent | null = null;
	renderContext: { hoverPopover: unknown } = { hoverPopover: null };
	secretStorage = new SecretStorage();
	/** Obsidian's internal registries, as plugins and tests commonly reach them. */
	commands: Commands;
	viewRegistry: ViewRegistry;
	plugins: Plugins;
	setting: SettingRegistry;
	statusBar: { readonly containerEl: HTMLElement };

	private readonly options: AppOptions;
	private readonly localStorage = new Map<string, unknown>();
	private readonly pending = new Set<Promise<unknown>>();
	private _dom: AppDom | null = null;

	constructor(options: AppOptions = {}) {
		this.options = options;
		this.scope = new Scope();
		this.keymap = new Keymap(this.scope);
		this.vault = new Vault(options.vaultName);
		this.vault.caseInsensitive = options.caseInsensitive ?? false;
		this.metadataCache = new MetadataCache(this.vault);
		this.workspace = new Workspace(this);
		this.vault._observers.push(this.metadataCache.observer, this.workspace.observer);
		this.fileManager = new FileManager(this);
		this.commands = new Commands(this);
		this.viewRegistry = new ViewRegistry(this);
		this.viewRegistry.registerView("markdown", (leaf) => new MarkdownView(leaf));
		this.viewRegistry.registerView("empty", (leaf) => new EmptyView(leaf));
		this.plugins = new Plugins(this);
		this.setting = new SettingRegistry(this);
		const dom = (): AppDom => this.dom;
		this.statusBar = {
			get containerEl() {
				return dom().statusBarEl;
			},
		};
		if (options.layoutReady) this.workspace.layoutReady = true;
	}

	isDarkMode(): boolean {
		return false;
	}

	loadLocalStorage(key: string): any {
		return this.localStorage.has(key) ? structuredClone(this.localStorage.get(key)) : null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null || data === undefined) this.localStorage.delete(key);
		else this.localStorage.set(key, structuredClone(data));
	}

	// ---- double-only ----

	/**
	 * Ends start-up: (optionally) vault `create` for every file, then `layoutReady`, the
	 * `onLayoutReady` callbacks (awaited), and a metadata `resolved` event.
	 */
	async triggerLayoutReady(): Promise<void> {
		if (this.options.startupCreateEvents) {
			for (const f of this.vault.getAllLoadedFiles()) if (!(f instanceof TFolder && f.isRoot())) this.vault.trigger("create", f);
		}
		await this.workspace.setLayoutReady();
		this.metadataCache.requestResolved();
		await this.settle();
	}

	/** Waits until metadata events and the async work the double started (view `onOpen`/`onClose`, layout callbacks) are done. */
	async settle(): Promise<void> {
		for (let round = 0; round < 100; round++) {
			await this.metadataCache.settle();
			if (this.pending.size === 0) return;
			await Promise.allSettled([...this.pending]);
		}
		throw new Error("app.settle(): work keeps being scheduled (an event loop between handlers?)");
	}

	/**
	 * @internal Keeps a promise nobody awaits (as Obsidian would not) for `settle()`. A rejection is
	 * logged and kept in `handlerErrors`, where Obsidian would only log it.
	 */
	track<T>(value: T | Promise<T>): Promise<T | undefined> {
		if (!(value instanceof Promise)) return Promise.resolve(value);
		const p = value.catch((error: unknown) => {
			handlerErrors.push({ name: "async", error });
			console.error(error);
			return undefined;
		});
		this.pending.add(p);
		void p.finally(() => this.pending.delete(p));
		return p;
	}

	countLiveRegistrations(): LiveRegistrations {
		return {
			vaultHandlers: this.vault.listenerCount(),
			metadataCacheHandlers: this.metadataCache.listenerCount(),
			workspaceHandlers: this.workspace.listenerCount(),
			domListeners: liveRegistrations.domListeners.size,
			intervals: liveRegistrations.intervals.size,
			commands: this.commands.listCommands().length,
			ribbonIcons: this.workspace.leftRibbon.items.length + this.workspace.rightRibbon.items.length,
			statusBarItems: this._dom ? this._dom.statusBarEl.children.length : 0,
			settingTabs: this.setting.pluginTabs.length,
			viewTypes: Object.keys(this.viewRegistry.viewByType).filter((t) => t !== "markdown" && t !== "empty").length,
			modals: openModals.length,
		};
	}

	/** Unloads every plugin, detaches every leaf and removes the app's elements from the document. */
	async destroy(): Promise<void> {
		for (const id of Object.keys(this.plugins.plugins)) await this.plugins.disable(id);
		for (const leaf of this.workspace.allLeaves()) leaf.detach();
		await this.settle();
		this._dom?.appEl.remove();
		this._dom = null;
	}

	/** @internal */
	get _domBuilt(): boolean {
		return this._dom !== null;
	}

	/** @internal The app's elements, built on first use and attached to `document.body`. */
	get dom(): AppDom {
		if (!this._dom) {
			const doc = requireDocument("The app's workspace, ribbon and status bar");
			const appEl = makeEl("div", "app-container", undefined, doc);
			const main = child(appEl, "div", "horizontal-main-container");
			const leftRibbonEl = child(main, "div", "workspace-ribbon side-dock-ribbon mod-left");
			const workspaceEl = child(main, "div", "workspace");
			const rightRibbonEl = child(main, "div", "workspace-ribbon side-dock-ribbon mod-right");
			const statusBarEl = child(appEl, "div", "status-bar");
			const settingsEl = child(appEl, "div", "modal-container mod-settings");
			settingsEl.hidden = true;
			doc.body.appendChild(appEl);
			this._dom = { appEl, leftRibbonEl, rightRibbonEl, workspaceEl, statusBarEl, settingsEl };
			// Build the three splits now so they sit in Obsidian's order: left sidebar, main area, right sidebar.
			for (const split of [this.workspace.leftSplit, this.workspace.rootSplit, this.workspace.rightSplit]) void split.containerEl;
		}
		return this._dom;
	}
}

/** In memory; nothing leaves the test. */
export class SecretStorage {
	private readonly secrets = new Map<string, string>();

	setSecret(id: string, secret: string): void {
		this.secrets.set(id, secret);
	}

	getSecret(id: string): string | null {
		return this.secrets.get(id) ?? null;
	}

	listSecrets(): string[] {
		return [...this.secrets.keys()];
	}
}

/** `app.plugins` (internal in Obsidian): the double loads plugins given as classes or instances. */
export class Plugins {
	plugins: Record<string, Plugin> = {};
	manifests: Record<string, PluginManifest> = {};
	enabledPlugins = new Set<string>();

	constructor(private readonly app: App) {}

	getPlugin(id: string): Plugin | null {
		return this.plugins[id] ?? null;
	}

	/** Double-only: constructs (if given a class), loads, and awaits the plugin's `onload`. */
	async enable<P extends Plugin>(plugin: P | (new (app: App, manifest: PluginManifest) => P), manifest?: PluginManifest): Promise<P> {
		const instance = typeof plugin === "function" ? new plugin(this.app, manifest ?? testManifest()) : plugin;
		const id = instance.manifest.id;
		if (this.plugins[id]) throw new Error(`Plugin "${id}" is already enabled.`);
		this.plugins[id] = instance;
		this.manifests[id] = instance.manifest;
		this.enabledPlugins.add(id);
		instance.load();
		await loadResultOf(instance);
		await this.app.settle();
		return instance;
	}

	/** Double-only: unloads the plugin (everything it registered goes with it). */
	async disable(idOrPlugin: string | Plugin): Promise<void> {
		const id = typeof idOrPlugin === "string" ? idOrPlugin : idOrPlugin.manifest.id;
		const plugin = this.plugins[id];
		if (!plugin) return;
		plugin.unload();
		delete this.plugins[id];
		this.enabledPlugins.delete(id);
		await this.app.settle();
	}
}

export function testManifest(overrides: Partial<PluginManifest> = {}): PluginManifest {
	return { id: "test-plugin", name: "Test plugin", author: "tests", version: "0.0.0", minAppVersion: "1.0.0", description: "A plugin under test.", ...overrides };
}

/** `app.setting` (internal in Obsidian): the settings window, reduced to its plugin tabs. */
export class SettingRegistry {
	pluginTabs: PluginSettingTab[] = [];
	activeTab: PluginSettingTab | null = null;

	constructor(private readonly app: App) {}

	addSettingTab(tab: PluginSettingTab): void {
		this.pluginTabs.push(tab);
	}

	removeSettingTab(tab: PluginSettingTab): void {
		if (this.activeTab === tab) this.close();
		this.pluginTabs = this.pluginTabs.filter((t) => t !== tab);
	}

	/** Double-only: shows a plugin's tab (`display()` into its `containerEl`) and returns it. */
	openTabById(pluginId: string): PluginSettingTab {
		const tab = this.pluginTabs.find((t) => t.plugin.manifest.id === pluginId);
		if (!tab) throw new Error(`No setting tab for plugin "${pluginId}".`);
		this.close();
		const host = this.app.dom.settingsEl;
		host.hidden = false;
		host.appendChild(tab.containerEl);
		tab.display();
		this.activeTab = tab;
		return tab;
	}

	open(): void {
		this.app.dom.settingsEl.hidden = false;
	}

	close(): void {
		if (this.activeTab) {
			this.activeTab.hide();
			this.activeTab.containerEl.remove();
			this.activeTab = null;
		}
		if (this.app._domBuilt) this.app.dom.settingsEl.hidden = true;
	}
}

export class FileManager {
	/** Double-only: Obsidian's "Use [[Wikilinks]]" setting, off means Markdown links. */
	useMarkdownLinks = false;

	constructor(private readonly app: App) {}

	/** The default "vault folder" location for new notes. */
	getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
		return this.app.vault.getRoot();
	}

	/** Renames, then rewrites the links that pointed to the file (Obsidian's "Automatically update internal links"). */
	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		const vault = this.app.vault;
		const targets = new Set<string>();
		if (file instanceof TFile) targets.add(file.path);
		else for (const f of vault.getFiles()) if (f.path.startsWith(`${file.path}/`)) targets.add(f.path);
		const edits: { source: TFile; ranges: { start: number; end: number; subpath: string; alias: string | undefined; embed: boolean; target: TFile }[] }[] = [];
		for (const source of vault.getMarkdownFiles()) {
			const cache = computeMetadata(vault.readNow(source));
			const ranges = [...(cache.links ?? []), ...(cache.embeds ?? [])].flatMap((ref) => {
				const dest = this.app.metadataCache.getFirstLinkpathDest(getLinkpath(ref.link), source.path);
				if (!dest || !targets.has(dest.path) || !ref.original.includes("[[")) return [];
				const bar = ref.original.indexOf("|");
				return [{
					start: ref.position.start.offset,
					end: ref.position.end.offset,
					subpath: ref.link.slice(getLinkpath(ref.link).length),
					alias: bar >= 0 ? ref.original.slice(bar + 1, -2) : undefined,
					embed: ref.original.startsWith("!"),
					target: dest,
				}];
			});
			if (ranges.length > 0) edits.push({ source, ranges });
		}
		await vault.rename(file, newPath);
		for (const { source, ranges } of edits) {
			await vault.process(source, (text) => {
				let out = text;
				for (const r of ranges.slice().sort((a, b) => b.start - a.start)) {
					const linktext = this.app.metadataCache.fileToLinktext(r.target, source.path);
					const link = `${r.embed ? "!" : ""}[[${linktext}${r.subpath}${r.alias !== undefined ? `|${r.alias}` : ""}]]`;
					out = out.slice(0, r.start) + link + out.slice(r.end);
				}
				return out;
			});
		}
	}

	async promptForDeletion(file: TAbstractFile): Promise<boolean> {
		await this.trashFile(file);
		return true;
	}

	async trashFile(file: TAbstractFile): Promise<void> {
		await this.app.vault.trash(file, true);
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const embed = file.extension !== "md" ? "!" : "";
		if (this.useMarkdownLinks) {
			const path = file.path.split("/").map(encodeURIComponent).join("/");
			return `${embed}[${alias || file.basename}](${path}${subpath ?? ""})`;
		}
		const linktext = this.app.metadataCache.fileToLinktext(file, sourcePath);
		return `${embed}[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}

	/**
	 * Parses the frontmatter (throwing on invalid YAML, as Obsidian does), lets `fn` mutate it and
	 * writes it back as YAML; other text is untouched. An emptied frontmatter is removed.
	 */
	async processFrontMatter(file: TFile, fn: (frontmatter: any) => void, options?: DataWriteOptions): Promise<void> {
		await this.app.vault.process(
			file,
			(text) => {
				const info = getFrontMatterInfo(text);
				const eol = /\r\n/.test(text.slice(0, info.exists ? info.contentStart : text.length)) ? "\r\n" : "\n";
				const parsed: unknown = info.exists ? parseYaml(info.frontmatter) : {};
				const data = parsed === null || parsed === undefined ? {} : parsed;
				if (typeof data !== "object" || Array.isArray(data)) throw new Error(`${file.path}: the frontmatter is not a mapping.`);
				fn(data);
				const body = info.exists ? text.slice(info.contentStart) : text;
				if (Object.keys(data).length === 0) return info.exists ? body : text;
				const yaml = stringifyYaml(data).replace(/\n/g, eol);
				return `---${eol}${yaml}---${eol}${body}`;
			},
			options,
		);
	}

	async getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
		const folder = sourcePath ? parentPath(sourcePath) : "/";
		const dot = filename.lastIndexOf(".");
		const base = dot > 0 ? filename.slice(0, dot) : filename;
		const ext = dot > 0 ? filename.slice(dot) : "";
		for (let i = 0; ; i++) {
			const name = i === 0 ? `${base}${ext}` : `${base} ${i}${ext}`;
			const path = normalizePath(folder === "/" ? name : `${folder}/${name}`);
			if (!this.app.vault.getAbstractFileByPath(path)) return path;
		}
	}
}

/**
 * A new app whose vault holds `files` (path → text; folders are created), indexed as Obsidian has it
 * at start-up: `getFileCache` works at once. The layout is not ready until `triggerLayoutReady()`.
 */
export function createApp(files: Record<string, string | ArrayBuffer> = {}, options: AppOptions = {}): App {
	const app = new App(options);
	for (const [path, content] of Object.entries(files)) app.vault.addFileSync(normalizePath(path), content);
	app.metadataCache.indexAllNow();
	return app;
}
