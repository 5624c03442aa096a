/**
 * `Plugin`, and the app-side registries it writes to: commands, views, setting tabs.
 * Everything a plugin registers is undone when it unloads, as in Obsidian.
 */
import type { App } from "./app";
import type { PluginSettingTab } from "./components";
import { setIcon } from "./components";
import { child } from "./dom";
import { Component } from "./events";
import type { Editor } from "./editor";
import { MarkdownView, type View } from "./views";
import type { WorkspaceLeaf } from "./workspace";

export interface PluginManifest {
	dir?: string;
	id: string;
	name: string;
	author: string;
	version: string;
	minAppVersion: string;
	description: string;
	authorUrl?: string;
	isDesktopOnly?: boolean;
}

export interface Hotkey {
	modifiers: string[];
	key: string;
}

export interface Command {
	id: string;
	name: string;
	icon?: string;
	mobileOnly?: boolean;
	repeatable?: boolean;
	callback?: () => any;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: Editor, ctx: MarkdownView) => any;
	editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
	hotkeys?: Hotkey[];
}

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

/** `app.commands` (internal in Obsidian, used by tests everywhere). Ids are `<plugin id>:<command id>`. */
export class Commands {
	commands: Record<string, Command> = {};

	constructor(private readonly app: App) {}

	addCommand(command: Command): void {
		this.commands[command.id] = command;
	}

	removeCommand(id: string): void {
		delete this.commands[id];
	}

	findCommand(id: string): Command | undefined {
		return this.commands[id];
	}

	listCommands(): Command[] {
		return Object.values(this.commands);
	}

	/** As Obsidian: false when the command is unknown or not available now; otherwise runs it (without awaiting it). */
	executeCommandById(id: string): boolean {
		const cmd = this.commands[id];
		return cmd ? this.executeCommand(cmd) : false;
	}

	executeCommand(command: Command): boolean {
		return this.run(command).ran;
	}

	/** Double-only: what the command palette would ask (`checkCallback(true)`, an active editor, ...). */
	isCommandAvailable(id: string): boolean {
		const cmd = this.commands[id];
		return cmd ? this.available(cmd) : false;
	}

	/**
	 * Double-only: runs the command and awaits what its callback returned.
	 * Throws when the id is unknown or the command is not available, listing the ids there are.
	 */
	async runCommandById(id: string): Promise<unknown> {
		const cmd = this.commands[id];
		if (!cmd) throw new Error(`No command "${id}". Registered: ${Object.keys(this.commands).join(", ") || "none"}.`);
		const { ran, result } = this.run(cmd);
		if (!ran) throw new Error(`Command "${id}" is not available now (its check callback said no, or it needs an active Markdown editor).`);
		const value: unknown = await result;
		await this.app.settle();
		return value;
	}

	private activeView(): MarkdownView | null {
		return this.app.workspace.getActiveViewOfType(MarkdownView);
	}

	private available(cmd: Command): boolean {
		if (cmd.editorCheckCallback || cmd.editorCallback) {
			const view = this.activeView();
			if (!view) return false;
			return cmd.editorCheckCallback ? !!cmd.editorCheckCallback(true, view.editor, view) : true;
		}
		if (cmd.checkCallback) return !!cmd.checkCallback(true);
		return !!cmd.callback;
	}

	private run(cmd: Command): { ran: boolean; result?: unknown } {
		if (!this.available(cmd)) return { ran: false };
		const view = this.activeView();
		if (cmd.editorCheckCallback && view) return { ran: true, result: cmd.editorCheckCallback(false, view.editor, view) };
		if (cmd.editorCallback && view) return { ran: true, result: cmd.editorCallback(view.editor, view) };
		if (cmd.checkCallback) return { ran: true, result: cmd.checkCallback(false) };
		return { ran: true, result: cmd.callback?.() };
	}
}

/** `app.viewRegistry`: view types and the extensions they open. */
export class ViewRegistry {
	viewByType: Record<string, ViewCreator> = {};
	typeByExtension: Record<string, string> = { md: "markdown" };

	constructor(private readonly app: App) {}

	registerView(type: string, creator: ViewCreator): void {
		if (this.viewByType[type]) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.viewByType[type] = creator;
	}

	/** Leaves showing the type become empty, as when a plugin is disabled. */
	unregisterView(type: string): void {
		delete this.viewByType[type];
		for (const [ext, t] of Object.entries(this.typeByExtension)) if (t === type) delete this.typeByExtension[ext];
		for (const leaf of this.app.workspace.getLeavesOfType(type)) void this.app.track(leaf.setViewState({ type: "empty" }));
	}

	getViewCreatorByType(type: string): ViewCreator | undefined {
		return this.viewByType[type];
	}

	registerExtensions(extensions: string[], type: string): void {
		for (const ext of extensions) this.typeByExtension[ext] = type;
	}

	unregisterExtensions(extensions: string[]): void {
		for (const ext of extensions) delete this.typeByExtension[ext];
	}

	getTypeByExtension(extension: string): string {
		return this.typeByExtension[extension] ?? "empty";
	}
}

export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	onload(): Promise<void> | void {}

	/** A `side-dock-ribbon-action` button in the left ribbon; `el.click()` runs the callback. Removed on unload. */
	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
		const ribbon = this.app.workspace.leftRibbon;
		const el = child(ribbon.containerEl, "div", { cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => callback(evt));
		const item = { icon, title, el };
		ribbon.items.push(item);
		this.register(() => {
			el.remove();
			ribbon.items = ribbon.items.filter((i) => i !== item);
		});
		return el;
	}

	/** A `status-bar-item` in the status bar; removed on unload. */
	addStatusBarItem(): HTMLElement {
		const el = child(this.app.statusBar.containerEl, "div", `status-bar-item plugin-${this.manifest.id.toLowerCase().replace(/[^_a-z0-9-]/g, "-")}`);
		this.register(() => el.remove());
		return el;
	}

	/** Stored as `<plugin id>:<id>`, named `<plugin name>: <name>`, as the command palette shows it. */
	addCommand(command: Command): Command {
		const full: Command = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
		this.app.commands.addCommand(full);
		this.register(() => this.app.commands.removeCommand(full.id));
		return full;
	}

	removeCommand(commandId: string): void {
		this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		this.app.setting.addSettingTab(settingTab);
		this.register(() => this.app.setting.removeSettingTab(settingTab));
	}

	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.viewRegistry.registerView(type, viewCreator);
		this.register(() => this.app.viewRegistry.unregisterView(type));
	}

	registerHoverLinkSource(_id: string, _info: { display: string; defaultMod: boolean }): void {}

	registerExtensions(extensions: string[], viewType: string): void {
		this.app.viewRegistry.registerExtensions(extensions, viewType);
		this.register(() => this.app.viewRegistry.unregisterExtensions(extensions));
	}

	/** Not run by the double (there is no reading view); returned as Obsidian does. */
	registerMarkdownPostProcessor<T>(postProcessor: T, _sortOrder?: number): T {
		return postProcessor;
	}

	registerMarkdownCodeBlockProcessor<T>(_language: string, handler: T, _sortOrder?: number): T {
		return handler;
	}

	registerBasesView(_viewId: string, _registration: unknown): boolean {
		return false;
	}

	/** Double-only: the editor extensions registered and not yet removed by unload. */
	editorExtensions: unknown[] = [];

	registerEditorExtension(extension: unknown): void {
		this.editorExtensions.push(extension);
		this.register(() => {
			this.editorExtensions = this.editorExtensions.filter((e) => e !== extension);
		});
	}

	registerObsidianProtocolHandler(_action: string, _handler: (params: Record<string, string>) => any): void {}

	registerEditorSuggest(_editorSuggest: unknown): void {}

	registerCliHandler(_command: string, _description: string, _flags: unknown, _handler: unknown): void {}

	/** `data.json` in the plugin's folder under the config dir, kept in the vault adapter's config store. */
	async loadData(): Promise<any> {
		const path = this.dataPath();
		if (!(await this.app.vault.adapter.exists(path))) return null;
		return JSON.parse(await this.app.vault.adapter.read(path));
	}

	async saveData(data: any): Promise<void> {
		await this.app.vault.adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
	}

	onUserEnable(): void {}

	private dataPath(): string {
		return `${this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`}/data.json`;
	}
}
