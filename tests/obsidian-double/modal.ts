/**
 * Keyboard scopes, `Modal` (and suggest modals), `Notice` and `Menu`.
 */
import type { App } from "./app";
import { child, emptyNode, hasDocument, makeEl, requireDocument, setElText } from "./dom";
import { Component } from "./events";
import { host } from "./host";
import { prepareFuzzySearch, type SearchResult } from "./util";

export type Modifier = "Mod" | "Ctrl" | "Meta" | "Shift" | "Alt";

export interface KeymapInfo {
	modifiers: string | null;
	key: string | null;
}

export interface KeymapContext extends KeymapInfo {
	vkey: string;
}

export type KeymapEventListener = (evt: KeyboardEvent, ctx: KeymapContext) => any;

export interface KeymapEventHandler extends KeymapInfo {
	scope: Scope;
	func: KeymapEventListener;
}

/** "Mod" is Ctrl here (the double reports a Linux desktop); the order is fixed so strings compare. */
function canonicalModifiers(mods: readonly string[]): string {
	const set = new Set(mods.map((m) => (m === "Mod" ? "Ctrl" : m)));
	return ["Ctrl", "Meta", "Shift", "Alt"].filter((m) => set.has(m)).join(",");
}

export class Scope {
	/** Double-only view of the registered handlers, in order. */
	keys: KeymapEventHandler[] = [];

	constructor(public parent?: Scope) {}

	register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventListener): KeymapEventHandler {
		const handler: KeymapEventHandler = { scope: this, modifiers: modifiers === null ? null : canonicalModifiers(modifiers), key, func };
		this.keys.push(handler);
		return handler;
	}

	unregister(handler: KeymapEventHandler): void {
		this.keys = this.keys.filter((h) => h !== handler);
	}

	/** Double-only: the first matching handler runs; with none, the parent scope gets the key. */
	handleKey(evt: KeyboardEvent, ctx: KeymapContext): { handled: boolean; result: unknown } {
		for (const h of this.keys) {
			const keyMatches = h.key === null || h.key.toLowerCase() === ctx.vkey.toLowerCase();
			const modsMatch = h.modifiers === null || h.modifiers === ctx.modifiers;
			if (keyMatches && modsMatch) return { handled: true, result: h.func(evt, ctx) };
		}
		return this.parent ? this.parent.handleKey(evt, ctx) : { handled: false, result: undefined };
	}
}

export class Keymap {
	private readonly stack: Scope[] = [];

	constructor(private readonly root: Scope = new Scope()) {}

	pushScope(scope: Scope): void {
		this.stack.push(scope);
	}

	popScope(scope: Scope): void {
		const i = this.stack.lastIndexOf(scope);
		if (i >= 0) this.stack.splice(i, 1);
	}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
		const e = evt as Partial<KeyboardEvent>;
		switch (modifier) {
			case "Mod":
			case "Ctrl":
				return !!e.ctrlKey;
			case "Meta":
				return !!e.metaKey;
			case "Shift":
				return !!e.shiftKey;
			case "Alt":
				return !!e.altKey;
		}
	}

	static isModEvent(evt?: MouseEvent | KeyboardEvent | TouchEvent | PointerEvent | null): "tab" | "split" | "window" | boolean {
		if (!evt) return false;
		const e = evt as Partial<MouseEvent>;
		if (e.button === 1) return "tab";
		if (!e.ctrlKey) return false;
		if (e.altKey) return e.shiftKey ? "window" : "split";
		return "tab";
	}

	/** Double-only: the scope that receives keys now (the last pushed, e.g. an open modal's). */
	get activeScope(): Scope {
		return this.stack[this.stack.length - 1] ?? this.root;
	}

	/**
	 * Double-only: simulates a key press, as Obsidian routes it to the active scope.
	 * Returns whether a handler took it.
	 */
	pressKey(key: string, modifiers: Modifier[] = []): boolean {
		const mods = canonicalModifiers(modifiers);
		const init = { key, ctrlKey: mods.includes("Ctrl"), metaKey: mods.includes("Meta"), shiftKey: mods.includes("Shift"), altKey: mods.includes("Alt"), cancelable: true };
		const KE = (host as { KeyboardEvent?: typeof KeyboardEvent }).KeyboardEvent;
		const evt = KE ? new KE("keydown", init) : ({ ...init, type: "keydown", preventDefault() {} } as unknown as KeyboardEvent);
		const { handled, result } = this.activeScope.handleKey(evt, { modifiers: mods, key, vkey: key });
		if (result === false) evt.preventDefault();
		return handled;
	}
}

/** Double-only: modals currently open, oldest first. */
export const openModals: Modal[] = [];

export class Modal {
	app: App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = false;
	private _closeCallback: (() => any) | null = null;
	/** Double-only: what the last `onOpen()` returned, so tests can await an async `onOpen`. */
	_openResult: unknown;

	constructor(app: App) {
		this.app = app;
		const doc = requireDocument("Modal");
		this.scope = new Scope(app.scope);
		this.scope.register([], "Escape", () => {
			this.close();
			return false;
		});
		this.containerEl = makeEl("div", "modal-container mod-dim", undefined, doc);
		child(this.containerEl, "div", "modal-bg").addEventListener("click", () => this.close());
		this.modalEl = child(this.containerEl, "div", "modal");
		child(this.modalEl, "div", "modal-close-button").addEventListener("click", () => this.close());
		const header = child(this.modalEl, "div", "modal-header");
		this.titleEl = child(header, "div", "modal-title");
		this.contentEl = child(this.modalEl, "div", "modal-content");
	}

	open(): void {
		if (openModals.includes(this)) return;
		openModals.push(this);
		requireDocument("Modal").body.appendChild(this.containerEl);
		this.app.keymap.pushScope(this.scope);
		this._openResult = this.onOpen();
	}

	close(): void {
		const i = openModals.indexOf(this);
		if (i < 0) return;
		openModals.splice(i, 1);
		this.containerEl.remove();
		this.app.keymap.popScope(this.scope);
		this.onClose();
		this._closeCallback?.();
	}

	onOpen(): Promise<void> | void {}

	onClose(): void {}

	setTitle(title: string): this {
		setElText(this.titleEl, title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		setElText(this.contentEl, content);
		return this;
	}

	setCloseCallback(callback: () => any): this {
		this._closeCallback = callback;
		return this;
	}
}

export interface Instruction {
	command: string;
	purpose: string;
}

/**
 * The prompt: an input, a list of `.suggestion-item`s (click one, or use arrows and Enter through
 * `app.keymap.pressKey`). Suggestions refresh on open and on every `input` event.
 */
export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	/** Double-only: the suggestions currently listed, and the highlighted index. */
	suggestions: T[] = [];
	selectedIndex = 0;
	private instructionsEl: HTMLElement;

	constructor(app: App) {
		super(app);
		this.modalEl.classList.add("prompt");
		const inputWrap = child(this.modalEl, "div", "prompt-input-container");
		this.inputEl = child(inputWrap, "input", { cls: "prompt-input", type: "text", attr: { enterkeyhint: "done" } });
		this.resultContainerEl = child(this.modalEl, "div", "prompt-results");
		this.instructionsEl = child(this.modalEl, "div", "prompt-instructions");
		this.inputEl.addEventListener("input", () => void this.updateSuggestions());
		this.scope.register([], "ArrowDown", () => {
			this.select(this.selectedIndex + 1);
			return false;
		});
		this.scope.register([], "ArrowUp", () => {
			this.select(this.selectedIndex - 1);
			return false;
		});
		this.scope.register([], "Enter", (evt) => {
			this.selectActiveSuggestion(evt);
			return false;
		});
	}

	open(): void {
		super.open();
		void this.updateSuggestions();
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(instructions: Instruction[]): void {
		emptyNode(this.instructionsEl);
		for (const i of instructions) {
			const el = child(this.instructionsEl, "div", "prompt-instruction");
			child(el, "span", { cls: "prompt-instruction-command", text: i.command });
			child(el, "span", { text: i.purpose });
		}
	}

	onNoSuggestion(): void {
		child(this.resultContainerEl, "div", { cls: "suggestion-empty", text: this.emptyStateText });
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const value = this.suggestions[this.selectedIndex];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}

	/** Double-only: recomputes and renders the list for the current input; resolves when done. */
	async updateSuggestions(): Promise<void> {
		const items = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
		this.suggestions = items;
		emptyNode(this.resultContainerEl);
		if (items.length === 0) this.onNoSuggestion();
		items.forEach((item, i) => {
			const el = child(this.resultContainerEl, "div", "suggestion-item");
			this.renderSuggestion(item, el);
			el.addEventListener("click", (evt) => this.selectSuggestion(item, evt));
			el.addEventListener("mousemove", () => this.select(i));
		});
		this.select(0);
	}

	private select(i: number): void {
		if (this.suggestions.length === 0) return;
		this.selectedIndex = (i + this.suggestions.length) % this.suggestions.length;
		Array.from(this.resultContainerEl.children).forEach((el, j) => el.classList.toggle("is-selected", j === this.selectedIndex));
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export interface FuzzyMatch<T> {
	item: T;
	match: SearchResult;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const items = this.getItems();
		if (query.trim() === "") return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
		const search = prepareFuzzySearch(query);
		const out: FuzzyMatch<T>[] = [];
		for (const item of items) {
			const match = search(this.getItemText(item));
			if (match) out.push({ item, match });
		}
		return out.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		setElText(el, this.getItemText(item.item));
	}

	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}

	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/**
 * Records every message in `Notice.messages` (double-only); the DOM parts exist only in DOM tests.
 */
export class Notice {
	/** Double-only: every message shown or set, oldest first. Clear with `Notice.messages.length = 0` or `Notice.reset()`. */
	static messages: string[] = [];
	/** Double-only: notices not hidden yet. */
	static visible: Notice[] = [];

	static reset(): void {
		Notice.messages.length = 0;
		Notice.visible.length = 0;
	}

	/** Double-only: the last text given to the notice, and its duration. */
	message = "";
	duration: number | undefined;
	private _el: HTMLElement | null = null;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.duration = duration;
		Notice.visible.push(this);
		if (hasDocument()) {
			const doc = requireDocument();
			const existing = Array.from(doc.body.children).find((el) => el.classList.contains("notice-container")) as HTMLElement | undefined;
			const container = existing ?? child(doc.body, "div", "notice-container");
			this._el = child(container, "div", "notice");
		}
		this.setMessage(message);
	}

	get noticeEl(): HTMLElement {
		this._el ??= makeEl("div", "notice", undefined, requireDocument("Notice.noticeEl"));
		return this._el;
	}

	get containerEl(): HTMLElement {
		return this.noticeEl;
	}

	get messageEl(): HTMLElement {
		return this.noticeEl;
	}

	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		Notice.messages.push(this.message);
		if (this._el) setElText(this._el, message);
		return this;
	}

	hide(): void {
		const i = Notice.visible.indexOf(this);
		if (i >= 0) Notice.visible.splice(i, 1);
		this._el?.remove();
	}
}

export class MenuItem {
	/** Double-only: what the item was given. */
	title = "";
	icon: string | null = null;
	checked: boolean | null = null;
	disabled = false;
	section = "";
	isLabel = false;
	warning = false;
	callback: ((evt: MouseEvent | KeyboardEvent) => any) | null = null;
	submenu: Menu | null = null;

	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}

	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}

	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}

	setIsLabel(isLabel: boolean): this {
		this.isLabel = isLabel;
		return this;
	}

	setWarning(isWarning: boolean): this {
		this.warning = isWarning;
		return this;
	}

	setSection(section: string): this {
		this.section = section;
		return this;
	}

	setSubmenu(): Menu {
		this.submenu = new Menu();
		return this.submenu;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => any): this {
		this.callback = callback;
		return this;
	}
}

/** Kept as data, not DOM: tests read `items` and call `clickItem(title)`. */
export class Menu extends Component {
	/** Double-only: the last menu shown. */
	static lastShown: Menu | null = null;
	items: (MenuItem | "separator")[] = [];
	shown = false;
	private hideCallbacks: (() => any)[] = [];

	setNoIcon(): this {
		return this;
	}

	setUseNativeMenu(_useNativeMenu: boolean): this {
		return this;
	}

	addItem(cb: (item: MenuItem) => any): this {
		const item = new MenuItem();
		this.items.push(item);
		cb(item);
		return this;
	}

	addSeparator(): this {
		this.items.push("separator");
		return this;
	}

	showAtMouseEvent(_evt: MouseEvent): this {
		return this.show();
	}

	showAtPosition(_position: { x: number; y: number; width?: number; overlap?: boolean; left?: boolean }, _doc?: Document): this {
		return this.show();
	}

	hide(): this {
		if (this.shown) {
			this.shown = false;
			for (const cb of this.hideCallbacks) cb();
		}
		return this;
	}

	close(): void {
		this.hide();
	}

	onHide(callback: () => any): void {
		this.hideCallbacks.push(callback);
	}

	static forEvent(_evt: PointerEvent | MouseEvent): Menu {
		return new Menu();
	}

	/** Double-only: runs the item with this title, as a click would, and closes the menu. */
	clickItem(title: string): void {
		const item = this.items.find((i): i is MenuItem => i !== "separator" && i.title === title);
		if (!item) throw new Error(`Menu has no item "${title}"; it has: ${this.items.map((i) => (i === "separator" ? "—" : i.title)).join(", ")}`);
		if (item.disabled) return;
		const KE = (host as { MouseEvent?: typeof MouseEvent }).MouseEvent;
		item.callback?.(KE ? new KE("click") : ({} as MouseEvent));
		this.hide();
	}

	private show(): this {
		this.shown = true;
		Menu.lastShown = this;
		return this;
	}
}
