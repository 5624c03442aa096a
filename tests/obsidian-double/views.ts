/**
 * Views. Like Obsidian, a view's `containerEl` has the header as `children[0]` and the content as
 * `children[1]` (= `contentEl`). The elements are created on first use, so views that never touch
 * the DOM (a `MarkdownView` driven through its editor) also work in node-environment tests.
 */
import type { App } from "./app";
import { child, makeEl, requireDocument } from "./dom";
import { Editor } from "./editor";
import { Component } from "./events";
import type { TFile } from "./files";
import type { Menu } from "./modal";
import { setIcon } from "./components";
import type { Scope } from "./modal";
import type { WorkspaceLeaf } from "./workspace";

export interface ViewStateResult {
	history: boolean;
}

export abstract class View extends Component {
	app: App;
	icon = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	scope: Scope | null = null;
	private _containerEl: HTMLElement | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
	}

	get containerEl(): HTMLElement {
		if (!this._containerEl) {
			const el = makeEl("div", { cls: "workspace-leaf-content", attr: { "data-type": this.getViewType() } }, undefined, requireDocument("View.containerEl"));
			const header = child(el, "div", "view-header");
			child(header, "div", "view-header-title-container");
			child(header, "div", "view-actions");
			child(el, "div", "view-content");
			this._containerEl = el;
		}
		return this._containerEl;
	}

	set containerEl(el: HTMLElement) {
		this._containerEl = el;
	}

	/** @internal Whether the DOM was built (the leaf mounts it only then). */
	get _hasContainerEl(): boolean {
		return this._containerEl !== null;
	}

	protected async onOpen(): Promise<void> {}

	protected async onClose(): Promise<void> {}

	/** @internal What the workspace calls: `onOpen` is protected in the API. */
	_open(): Promise<void> {
		return this.onOpen();
	}

	/** @internal */
	_close(): Promise<void> {
		return this.onClose();
	}

	abstract getViewType(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(_state: unknown, _result: ViewStateResult): Promise<void> {}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {}

	getIcon(): string {
		return this.icon;
	}

	onResize(): void {}

	abstract getDisplayText(): string;

	onPaneMenu(_menu: Menu, _source: string): void {}
}

export abstract class ItemView extends View {
	get contentEl(): HTMLElement {
		return this.containerEl.children[1] as HTMLElement;
	}

	set contentEl(el: HTMLElement) {
		this.containerEl.children[1].replaceWith(el);
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
		const actions = this.containerEl.querySelector(".view-actions")!;
		const el = makeEl("a", { cls: "clickable-icon view-action", attr: { "aria-label": title } }, undefined, requireDocument());
		actions.prepend(el);
		setIcon(el, icon);
		el.addEventListener("click", callback);
		return el;
	}
}

/** What a new or emptied leaf shows. */
export class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}

export abstract class FileView extends ItemView {
	allowNoFile = false;
	file: TFile | null = null;
	navigation = true;

	getDisplayText(): string {
		return this.file ? this.file.basename : "No file";
	}

	onload(): void {}

	getState(): Record<string, unknown> {
		return { file: this.file ? this.file.path : null };
	}

	async setState(state: any, _result: ViewStateResult): Promise<void> {
		const path = state && typeof state === "object" ? (state as { file?: unknown }).file : undefined;
		if (typeof path !== "string") return;
		const file = this.app.vault.getFileByPath(path);
		if (!file || file === this.file) return;
		if (this.file) await this.onUnloadFile(this.file);
		this.file = file;
		await this.onLoadFile(file);
	}

	async onLoadFile(_file: TFile): Promise<void> {}

	async onUnloadFile(_file: TFile): Promise<void> {}

	async onRename(_file: TFile): Promise<void> {}

	canAcceptExtension(_extension: string): boolean {
		return false;
	}
}

export abstract class EditableFileView extends FileView {}

export abstract class TextFileView extends EditableFileView {
	private _data = "";
	/** Saves at once (Obsidian waits about two seconds); the stored text changes synchronously. */
	requestSave: () => void = () => void this.save();

	get data(): string {
		return this._data;
	}

	set data(value: string) {
		this._data = value;
	}

	async onLoadFile(file: TFile): Promise<void> {
		const text = await this.app.vault.read(file);
		this.data = text;
		this.setViewData(text, true);
	}

	async onUnloadFile(_file: TFile): Promise<void> {
		await this.save();
	}

	async save(_clear?: boolean): Promise<void> {
		const file = this.file;
		if (!file || this.app.vault.getFileByPath(file.path) !== file) return;
		const text = this.getViewData();
		this._data = text;
		if (text !== this.app.vault.readNow(file)) await this.app.vault.modify(file, text);
	}

	abstract getViewData(): string;
	abstract setViewData(data: string, clear: boolean): void;
	abstract clear(): void;
}

export interface MarkdownFileInfo {
	app: App;
	get file(): TFile | null;
	editor?: Editor;
}

export class MarkdownView extends TextFileView implements MarkdownFileInfo {
	editor: Editor;
	previewMode: { rerender(full?: boolean): void; containerEl: HTMLElement | null } = { rerender() {}, containerEl: null };
	currentMode: unknown = {};
	hoverPopover: unknown = null;
	/** Double-only: every ephemeral state given to this view, e.g. `{ line: 12 }` from `openLinkText`. */
	eStateHistory: Record<string, unknown>[] = [];

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor = new Editor();
		this.editor.onChange = () => {
			this.app.workspace.trigger("editor-change", this.editor, this);
			this.requestSave();
		};
	}

	get data(): string {
		return this.editor.getValue();
	}

	set data(_value: string) {}

	getViewType(): string {
		return "markdown";
	}

	getIcon(): string {
		return "document";
	}

	getMode(): "source" | "preview" {
		return "source";
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	setViewData(data: string, clear: boolean): void {
		this.editor.load(data, clear);
	}

	clear(): void {
		this.editor.load("", true);
	}

	showSearch(_replace?: boolean): void {}

	canAcceptExtension(extension: string): boolean {
		return extension === "md";
	}

	/** `{ line }` puts the cursor at the start of that (0-based) line and scrolls it into view. */
	setEphemeralState(state: unknown): void {
		if (!state || typeof state !== "object") return;
		const s = state as Record<string, unknown>;
		this.eStateHistory.push({ ...s });
		if (typeof s.line === "number") {
			const pos = { line: s.line, ch: 0 };
			this.editor.setCursor(pos);
			this.editor.scrollIntoView({ from: pos, to: pos }, true);
		}
	}

	getEphemeralState(): Record<string, unknown> {
		const cursor = this.editor.getCursor();
		return { cursor: { from: cursor, to: cursor }, line: cursor.line };
	}

	/** @internal The file changed in the vault: show the new text (no undo step, no `editor-change`). */
	syncFromVault(text: string): void {
		if (text.replace(/\r\n?/g, "\n") !== this.editor.getValue()) this.editor.load(text, false);
	}
}

export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

/**
 * Renders blocks as plain text in `p`/`h1`-`h6`/`pre` elements: enough to check what a view shows,
 * never HTML from the note.
 */
export abstract class MarkdownRenderer extends MarkdownRenderChild {
	static async render(_app: App, markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
		renderPlain(markdown, el);
	}

	static async renderMarkdown(markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
		renderPlain(markdown, el);
	}
}

function renderPlain(markdown: string, el: HTMLElement): void {
	for (const block of markdown.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
		const text = block.trim();
		if (text === "") continue;
		const h = /^(#{1,6})\s+(.*)$/.exec(text);
		if (h) child(el, `h${h[1].length}` as "h1", { text: h[2] });
		else if (text.startsWith("```")) child(el, "pre", { text: text.replace(/^```.*\n?|```$/g, "") });
		else child(el, "p", { text });
	}
}
