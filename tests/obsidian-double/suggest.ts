/**
 * Small stand-ins for the suggest popovers and a few classes a plugin may extend, so a bundle
 * that uses them loads; their behaviour is minimal (see each class).
 */
import type { App } from "./app";
import { child, emptyNode } from "./dom";
import { Component } from "./events";
import type { Editor, EditorPosition } from "./editor";
import type { TFile } from "./files";
import { Scope } from "./modal";

export abstract class PopoverSuggest<T> {
	app: App;
	scope: Scope;
	/** Double-only: the suggestions shown last. */
	suggestions: T[] = [];
	isOpen = false;

	constructor(app: App, scope?: Scope) {
		this.app = app;
		this.scope = scope ?? new Scope(app.scope);
	}

	open(): void {
		this.isOpen = true;
	}

	close(): void {
		this.isOpen = false;
	}

	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Suggestions for an input: recomputed on every `input` event; `selectSuggestion` calls the `onSelect` callback. */
export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
	limit = 100;
	private readonly inputEl: HTMLInputElement | HTMLDivElement;
	private selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => any) | null = null;
	/** Double-only: where the suggestions are rendered. */
	readonly suggestEl: HTMLElement;

	constructor(app: App, textInputEl: HTMLInputElement | HTMLDivElement) {
		super(app);
		this.inputEl = textInputEl;
		this.suggestEl = child(textInputEl.ownerDocument.body, "div", "suggestion-container");
		textInputEl.addEventListener("input", () => void this.refresh());
	}

	setValue(value: string): void {
		if ("value" in this.inputEl) this.inputEl.value = value;
		else this.inputEl.textContent = value;
	}

	getValue(): string {
		return "value" in this.inputEl ? this.inputEl.value : (this.inputEl.textContent ?? "");
	}

	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.selectCallback?.(value, evt);
		this.close();
	}

	onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => any): this {
		this.selectCallback = callback;
		return this;
	}

	/** Double-only: recomputes and renders the suggestions for the current value. */
	async refresh(): Promise<void> {
		this.suggestions = (await this.getSuggestions(this.getValue())).slice(0, this.limit);
		emptyNode(this.suggestEl);
		for (const s of this.suggestions) {
			const el = child(this.suggestEl, "div", "suggestion-item");
			this.renderSuggestion(s, el);
			el.addEventListener("click", (evt) => this.selectSuggestion(s, evt));
		}
		this.open();
	}
}

export interface EditorSuggestTriggerInfo {
	start: EditorPosition;
	end: EditorPosition;
	query: string;
}

export interface EditorSuggestContext extends EditorSuggestTriggerInfo {
	editor: Editor;
	file: TFile;
}

/** Never triggered by the double's editor: tests call `onTrigger`/`getSuggestions` directly. */
export abstract class EditorSuggest<T> extends PopoverSuggest<T> {
	context: EditorSuggestContext | null = null;
	limit = 100;

	setInstructions(_instructions: { command: string; purpose: string }[]): void {}

	abstract onTrigger(cursor: EditorPosition, editor: Editor, file: TFile | null): EditorSuggestTriggerInfo | null;
	abstract getSuggestions(context: EditorSuggestContext): T[] | Promise<T[]>;
}

export class HoverPopover extends Component {
	hoverEl: HTMLElement | null = null;
	state = 0;
}

export class Tasks {
	private readonly tasks: (() => Promise<unknown>)[] = [];

	add(callback: () => Promise<any>): void {
		this.tasks.push(callback);
	}

	addPromise(promise: Promise<any>): void {
		this.tasks.push(() => promise);
	}

	isEmpty(): boolean {
		return this.tasks.length === 0;
	}

	async promise(): Promise<void> {
		await Promise.all(this.tasks.map((t) => t()));
	}
}
