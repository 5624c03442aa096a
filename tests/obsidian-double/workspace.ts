/**
 * `Workspace` and its leaves: a root area and two sidebars, each a list of tab groups.
 * Views are created through the view registry (what `Plugin.registerView` fills), loaded, then
 * opened (`onload` before `onOpen`, as in Obsidian); `detach` calls `onClose` and unloads them.
 */
import type { App } from "./app";
import { child, hasDocument } from "./dom";
import { Events } from "./events";
import { TFile } from "./files";
import type { Menu } from "./modal";
import { debounce, normalizePath, parseLinktext, type Debouncer } from "./util";
import type { VaultObserver } from "./vault";
import { EmptyView, FileView, MarkdownView, type MarkdownFileInfo, type View } from "./views";

export type PaneType = "tab" | "split" | "window";
export type SplitDirection = "vertical" | "horizontal";
export type Side = "left" | "right";

export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
	pinned?: boolean;
	group?: WorkspaceLeaf;
}

export interface OpenViewState {
	state?: Record<string, unknown>;
	eState?: Record<string, unknown>;
	active?: boolean;
	group?: WorkspaceLeaf;
}

/** Double-only: one entry per file opened in a leaf (`openFile`, `openLinkText`). */
export interface OpenRecord {
	file: TFile;
	leaf: WorkspaceLeaf;
	eState: Record<string, unknown> | undefined;
	/** Set when the file was opened through `openLinkText`. */
	linktext?: string;
	sourcePath?: string;
}

export abstract class WorkspaceItem extends Events {
	abstract parent: WorkspaceParent | null;
	protected _el: HTMLElement | null = null;

	constructor(readonly app: App) {
		super();
	}

	getRoot(): WorkspaceItem {
		// eslint-disable-next-line @typescript-eslint/no-this-alias -- walking up the tree
		let item: WorkspaceItem = this;
		while (item.parent) item = item.parent;
		return item;
	}

	getContainer(): WorkspaceContainer {
		return this.app.workspace.rootSplit;
	}

	get containerEl(): HTMLElement {
		this._el ??= child(this.mountPoint(), "div", this.cls());
		return this._el;
	}

	protected mountPoint(): HTMLElement {
		return this.parent ? this.parent.containerEl : this.app.workspace.containerEl;
	}

	protected abstract cls(): string;
}

export abstract class WorkspaceParent extends WorkspaceItem {
	/** Double-only: the items in this parent, in order. */
	children: WorkspaceItem[] = [];
}

export class WorkspaceTabs extends WorkspaceParent {
	constructor(app: App, public parent: WorkspaceSplit) {
		super(app);
	}

	protected cls(): string {
		return "workspace-tabs";
	}
}

export class WorkspaceSplit extends WorkspaceParent {
	parent: WorkspaceParent | null = null;

	protected cls(): string {
		return "workspace-split mod-vertical";
	}
}

export abstract class WorkspaceContainer extends WorkspaceSplit {
	abstract win: Window;
	abstract doc: Document;
}

export class WorkspaceRoot extends WorkspaceContainer {
	get win(): Window {
		return window;
	}

	get doc(): Document {
		return document;
	}

	protected cls(): string {
		return "workspace-split mod-vertical mod-root";
	}
}

export class WorkspaceWindow extends WorkspaceContainer {
	get win(): Window {
		return window;
	}

	get doc(): Document {
		return document;
	}
}

export class WorkspaceSidedock extends WorkspaceSplit {
	collapsed = true;

	constructor(app: App, private readonly side: Side) {
		super(app);
	}

	toggle(): void {
		this.collapsed = !this.collapsed;
	}

	collapse(): void {
		this.collapsed = true;
	}

	expand(): void {
		this.collapsed = false;
	}

	protected cls(): string {
		return `workspace-split mod-horizontal mod-sidedock mod-${this.side}-split`;
	}
}

export class WorkspaceMobileDrawer extends WorkspaceParent {
	parent: WorkspaceParent | null = null;
	collapsed = true;

	expand(): void {
		this.collapsed = false;
	}

	collapse(): void {
		this.collapsed = true;
	}

	toggle(): void {
		this.collapsed = !this.collapsed;
	}

	protected cls(): string {
		return "workspace-drawer";
	}
}

export class WorkspaceFloating extends WorkspaceParent {
	parent: WorkspaceParent | null = null;

	protected cls(): string {
		return "workspace-floating";
	}
}

/** Double-only view of a ribbon: its buttons as they were added. */
export class WorkspaceRibbon {
	items: { icon: string; title: string; el: HTMLElement }[] = [];
	private _el: HTMLElement | null = null;

	constructor(private readonly app: App, private readonly side: Side) {}

	get containerEl(): HTMLElement {
		this._el ??= this.side === "left" ? this.app.dom.leftRibbonEl : this.app.dom.rightRibbonEl;
		return this._el;
	}
}

let leafCounter = 0;

export class WorkspaceLeaf extends WorkspaceItem {
	parent: WorkspaceTabs;
	view: View;
	hoverPopover: unknown = null;
	/** Double-only (Obsidian keeps these privately). */
	id = `leaf-${++leafCounter}`;
	pinned = false;
	group: string | null = null;
	/** Double-only: the last ephemeral state given to this leaf (`{ line: 12 }`, `{ subpath: "#Usage" }`). */
	lastEState: Record<string, unknown> | undefined;

	constructor(app: App, parent: WorkspaceTabs) {
		super(app);
		this.parent = parent;
		this.view = new EmptyView(this);
		this.view.load();
	}

	protected cls(): string {
		return "workspace-leaf";
	}

	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		const type = file.extension === "md" ? "markdown" : this.app.viewRegistry.getTypeByExtension(file.extension);
		await this.setViewState({ type, state: { ...(openState?.state ?? {}), file: file.path }, active: openState?.active }, openState?.eState);
		this.app.workspace.openHistory.push({ file, leaf: this, eState: openState?.eState });
	}

	async open(view: View): Promise<View> {
		this.closeView();
		this.view = view;
		if (hasDocument()) this.containerEl.appendChild(view.containerEl);
		view.load();
		await view._open();
		return view;
	}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), active: this.app.workspace.activeLeaf === this, pinned: this.pinned };
	}

	async setViewState(viewState: ViewState, eState?: any): Promise<void> {
		const ws = this.app.workspace;
		if (this.view.getViewType() !== viewState.type) {
			const creator = this.app.viewRegistry.getViewCreatorByType(viewState.type);
			if (!creator) throw new Error(`No view is registered for type "${viewState.type}".`);
			await this.open(creator(this));
		}
		await this.view.setState(viewState.state ?? {}, { history: false });
		if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
		if (eState) this.setEphemeralState(eState);
		if (viewState.active) ws.setActiveLeaf(this, { focus: true });
		ws.trigger("layout-change");
		if (ws.activeLeaf === this) ws.notifyFileOpen();
	}

	get isDeferred(): boolean {
		return false;
	}

	async loadIfDeferred(): Promise<void> {}

	getEphemeralState(): any {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: any): void {
		this.lastEState = state && typeof state === "object" ? { ...(state as Record<string, unknown>) } : undefined;
		this.view.setEphemeralState(state);
	}

	togglePinned(): void {
		this.setPinned(!this.pinned);
	}

	setPinned(pinned: boolean): void {
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}

	setGroupMember(other: WorkspaceLeaf): void {
		this.setGroup(other.group ?? other.id);
		other.setGroup(this.group!);
	}

	setGroup(group: string): void {
		this.group = group;
		this.trigger("group-change", group);
	}

	detach(): void {
		const ws = this.app.workspace;
		const tabs = this.parent;
		tabs.children = tabs.children.filter((c) => c !== this);
		if (tabs.children.length === 0) tabs.parent.children = tabs.parent.children.filter((c) => c !== tabs);
		this.closeView();
		this._el?.remove();
		ws.leafDetached(this);
		ws.trigger("layout-change");
	}

	getIcon(): string {
		return this.view.getIcon();
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	onResize(): void {
		this.view.onResize();
	}

	/** `onClose`, then unload (synchronously, so no handler of the view survives the call). */
	private closeView(): void {
		const old = this.view;
		void this.app.track(old._close());
		old.unload();
		if (old._hasContainerEl) old.containerEl.remove();
	}
}

export class Workspace extends Events {
	leftSplit: WorkspaceSidedock;
	rightSplit: WorkspaceSidedock;
	leftRibbon: WorkspaceRibbon;
	rightRibbon: WorkspaceRibbon;
	rootSplit: WorkspaceRoot;
	activeLeaf: WorkspaceLeaf | null = null;
	layoutReady = false;
	requestSaveLayout: Debouncer<[], Promise<void>> = debounce(async () => {}, 0);
	/** Double-only: every file opened in a leaf, with the ephemeral state it was opened with. */
	openHistory: OpenRecord[] = [];

	/** @internal */
	readonly observer: VaultObserver;
	private readonly layoutReadyCallbacks: (() => any)[] = [];
	private recent: WorkspaceLeaf[] = [];
	private readonly lastOpenFiles: string[] = [];
	private lastNotifiedFile: TFile | null = null;

	constructor(private readonly app: App) {
		super();
		this.leftSplit = new WorkspaceSidedock(app, "left");
		this.rightSplit = new WorkspaceSidedock(app, "right");
		this.rootSplit = new WorkspaceRoot(app);
		this.leftRibbon = new WorkspaceRibbon(app, "left");
		this.rightRibbon = new WorkspaceRibbon(app, "right");
		this.observer = {
			modified: (file) => {
				for (const leaf of this.allLeaves()) {
					if (leaf.view instanceof MarkdownView && leaf.view.file === file) leaf.view.syncFromVault(app.vault.readNow(file));
				}
			},
			renamed: (file) => {
				if (!(file instanceof TFile)) return;
				for (const leaf of this.allLeaves()) {
					if (leaf.view instanceof FileView && leaf.view.file === file) void app.track(leaf.view.onRename(file));
				}
			},
			deleted: (file) => {
				for (const leaf of this.allLeaves()) {
					if (leaf.view instanceof FileView && leaf.view.file === file) void app.track(leaf.open(new EmptyView(leaf)));
				}
			},
		};
	}

	get containerEl(): HTMLElement {
		return this.app.dom.workspaceEl;
	}

	/** The active leaf's markdown view, as `MarkdownFileInfo`. */
	get activeEditor(): MarkdownFileInfo | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view : null;
	}

	/** Runs the callback at once when the layout is ready, else when the double's `app.triggerLayoutReady()` runs. */
	onLayoutReady(callback: () => any): void {
		if (this.layoutReady) void this.app.track(callback());
		else this.layoutReadyCallbacks.push(callback);
	}

	/** @internal */
	async setLayoutReady(): Promise<void> {
		if (this.layoutReady) return;
		this.layoutReady = true;
		const results = this.layoutReadyCallbacks.splice(0).map((cb) => cb());
		await Promise.all(results);
	}

	async changeLayout(_workspace: any): Promise<void> {}

	getLayout(): Record<string, unknown> {
		const side = (split: WorkspaceSplit): unknown[] => this.leavesIn(split).map((l) => l.getViewState());
		return { main: side(this.rootSplit), left: side(this.leftSplit), right: side(this.rightSplit), active: this.activeLeaf?.id };
	}

	createLeafInParent(parent: WorkspaceSplit, index: number): WorkspaceLeaf {
		const tabs = new WorkspaceTabs(this.app, parent);
		parent.children.splice(index, 0, tabs);
		return this.addLeaf(tabs);
	}

	createLeafBySplit(leaf: WorkspaceLeaf, _direction?: SplitDirection, before?: boolean): WorkspaceLeaf {
		const split = leaf.parent.parent;
		const i = split.children.indexOf(leaf.parent);
		return this.createLeafInParent(split, before ? i : i + 1);
	}

	splitActiveLeaf(direction?: SplitDirection): WorkspaceLeaf {
		return this.createLeafBySplit(this.getLeaf(false), direction);
	}

	async duplicateLeaf(leaf: WorkspaceLeaf, leafType?: PaneType | boolean | SplitDirection, _direction?: SplitDirection): Promise<WorkspaceLeaf> {
		const copy = leafType === "split" || leafType === "vertical" || leafType === "horizontal" ? this.createLeafBySplit(leaf) : this.addLeaf(leaf.parent);
		await copy.setViewState(leaf.getViewState());
		return copy;
	}

	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}

	/**
	 * `false`/none: the active main-area leaf unless pinned, else the most recent one, else a new one.
	 * `true`/`'tab'`: a new tab beside it; `'split'` and `'window'`: a new tab group.
	 */
	getLeaf(newLeaf?: PaneType | boolean, _direction?: SplitDirection): WorkspaceLeaf {
		const rootLeaves = this.leavesIn(this.rootSplit);
		const current = this.activeLeaf && rootLeaves.includes(this.activeLeaf) ? this.activeLeaf : (this.recent.find((l) => rootLeaves.includes(l)) ?? rootLeaves[0] ?? null);
		if (!newLeaf) {
			if (current && !current.pinned) return current;
			const unpinned = rootLeaves.find((l) => !l.pinned);
			if (unpinned) return unpinned;
		}
		if (newLeaf === "split" || newLeaf === "window" || !current) return this.createLeafInParent(this.rootSplit, this.rootSplit.children.length);
		return this.addLeaf(current.parent);
	}

	/** The double has one window: the leaf stays where it is. */
	moveLeafToPopout(_leaf: WorkspaceLeaf): WorkspaceWindow {
		return new WorkspaceWindow(this.app);
	}

	openPopoutLeaf(): WorkspaceLeaf {
		return this.getLeaf("window");
	}

	/**
	 * Resolves the link like a click does (creating the note when nothing matches, as Obsidian does)
	 * and opens it; the leaf becomes active unless `openViewState.active` is false. A `#subpath`
	 * becomes `eState.subpath`. Every call is kept in the double-only `openHistory`.
	 */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
		const { path, subpath } = parseLinktext(linktext);
		let file = path === "" ? this.app.vault.getFileByPath(sourcePath) : this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
		if (!file) {
			const folder = this.app.fileManager.getNewFileParent(sourcePath);
			const name = /\.[^/.]+$/.test(path) ? path : `${path}.md`;
			const newPath = normalizePath(folder.isRoot() ? name : `${folder.path}/${name}`);
			const parent = newPath.includes("/") ? newPath.slice(0, newPath.lastIndexOf("/")) : "/";
			if (!this.app.vault.getFolderByPath(parent)) await this.app.vault.createFolder(parent);
			file = await this.app.vault.create(newPath, "");
		}
		const eState = { ...(openViewState?.eState ?? {}) };
		if (subpath && eState.subpath === undefined) eState.subpath = subpath;
		const leaf = this.getLeaf(newLeaf);
		await leaf.openFile(file, { ...openViewState, active: openViewState?.active ?? true, eState: Object.keys(eState).length > 0 ? eState : undefined });
		const record = this.openHistory[this.openHistory.length - 1];
		record.linktext = linktext;
		record.sourcePath = sourcePath;
	}

	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean } | boolean, _focus?: boolean): void {
		if (this.activeLeaf === leaf) return;
		this.activeLeaf = leaf;
		this.recent = [leaf, ...this.recent.filter((l) => l !== leaf)];
		const file = leaf.view instanceof FileView ? leaf.view.file : null;
		if (file) this.lastOpenFiles.unshift(file.path);
		this.trigger("active-leaf-change", leaf);
		this.notifyFileOpen();
	}

	getLeafById(id: string): WorkspaceLeaf | null {
		return this.allLeaves().find((l) => l.id === id) ?? null;
	}

	getGroupLeaves(group: string): WorkspaceLeaf[] {
		return this.allLeaves().filter((l) => l.group === group);
	}

	getMostRecentLeaf(root: WorkspaceParent = this.rootSplit): WorkspaceLeaf | null {
		const inRoot = this.leavesIn(root);
		return this.recent.find((l) => inRoot.includes(l)) ?? inRoot[0] ?? null;
	}

	/** A new leaf in the left sidebar (a new tab group with `split`). */
	getLeftLeaf(split: boolean): WorkspaceLeaf | null {
		return this.sideLeaf(this.leftSplit, split);
	}

	getRightLeaf(split: boolean): WorkspaceLeaf | null {
		return this.sideLeaf(this.rightSplit, split);
	}

	async ensureSideLeaf(type: string, side: Side, options: { active?: boolean; split?: boolean; reveal?: boolean; state?: any } = {}): Promise<WorkspaceLeaf> {
		const split = side === "left" ? this.leftSplit : this.rightSplit;
		let leaf = this.leavesIn(split).find((l) => l.view.getViewType() === type) ?? null;
		if (!leaf) {
			leaf = this.sideLeaf(split, options.split ?? false);
			await leaf.setViewState({ type, state: options.state, active: options.active });
		}
		if (options.reveal ?? true) await this.revealLeaf(leaf);
		return leaf;
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: any[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	/** The active leaf's file, else the file of the most recently active file view. */
	getActiveFile(): TFile | null {
		const active = this.activeLeaf?.view;
		if (active instanceof FileView) return active.file;
		for (const leaf of this.recent) {
			if (leaf.view instanceof FileView && leaf.view.file) return leaf.view.file;
		}
		return null;
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => any): void {
		for (const leaf of this.leavesIn(this.rootSplit)) callback(leaf);
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => any): void {
		for (const leaf of this.allLeaves()) callback(leaf);
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.allLeaves().filter((l) => l.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	/** Expands the leaf's sidebar and makes it the visible tab of its group (it does not make it active). */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		const root = leaf.getRoot();
		if (root instanceof WorkspaceSidedock) root.expand();
		const tabs = leaf.parent;
		tabs.children = [leaf, ...tabs.children.filter((c) => c !== leaf)];
		await leaf.loadIfDeferred();
	}

	getLastOpenFiles(): string[] {
		return [...new Set(this.lastOpenFiles)].slice(0, 10);
	}

	/** Double-only: how many times `updateOptions` was called (editor extensions re-applied). */
	optionsUpdates = 0;

	updateOptions(): void {
		this.optionsUpdates++;
	}

	handleLinkContextMenu(_menu: Menu, _linktext: string, _sourcePath: string, _leaf?: WorkspaceLeaf): boolean {
		return false;
	}

	// ---- internals ----

	/** @internal `file-open` fires when the active file changes (opened in the active leaf, or another leaf activated). */
	notifyFileOpen(): void {
		const file = this.getActiveFile();
		if (file === this.lastNotifiedFile) return;
		this.lastNotifiedFile = file;
		this.trigger("file-open", file);
	}

	/** @internal */
	leafDetached(leaf: WorkspaceLeaf): void {
		this.recent = this.recent.filter((l) => l !== leaf);
		if (this.activeLeaf === leaf) {
			this.activeLeaf = null;
			const next = this.getMostRecentLeaf();
			if (next) this.setActiveLeaf(next);
			else this.trigger("active-leaf-change", null);
		}
	}

	/** @internal Every leaf: main area, then left and right sidebars. */
	allLeaves(): WorkspaceLeaf[] {
		return [...this.leavesIn(this.rootSplit), ...this.leavesIn(this.leftSplit), ...this.leavesIn(this.rightSplit)];
	}

	private leavesIn(parent: WorkspaceItem): WorkspaceLeaf[] {
		if (parent instanceof WorkspaceLeaf) return [parent];
		if (!(parent instanceof WorkspaceParent)) return [];
		return parent.children.flatMap((c) => this.leavesIn(c));
	}

	private addLeaf(tabs: WorkspaceTabs): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, tabs);
		tabs.children.push(leaf);
		return leaf;
	}

	private sideLeaf(split: WorkspaceSidedock, newGroup: boolean): WorkspaceLeaf {
		const last = split.children[split.children.length - 1];
		if (newGroup || !(last instanceof WorkspaceTabs)) return this.createLeafInParent(split, split.children.length);
		return this.addLeaf(last);
	}
}
