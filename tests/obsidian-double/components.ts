/**
 * Settings UI: icons, tooltips, the value components and the chainable `Setting`, built with the
 * same element structure and class names as Obsidian (`setting-item`, `setting-item-name`, ...).
 * Text is always set as text (`textContent`), never parsed as HTML.
 */
import type { App } from "./app";
import { child, emptyNode, makeEl, makeSvg, requireDocument, setElText } from "./dom";
import type { Plugin } from "./plugin";

// ---- icons and tooltips ----

const customIcons = new Map<string, string>();

export function addIcon(iconId: string, svgContent: string): void {
	customIcons.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
	customIcons.delete(iconId);
}

export function getIconIds(): string[] {
	return [...customIcons.keys()];
}

/** The double has no icon set: every id gives an empty `svg` tagged with it (`data-icon`, `lucide-<id>`). */
export function getIcon(iconId: string): SVGSVGElement | null {
	return makeSvg("svg", { cls: ["svg-icon", `lucide-${iconId}`], attr: { "data-icon": iconId, viewBox: "0 0 24 24" } });
}

/** Replaces the element's content with the icon, as Obsidian does. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	emptyNode(parent);
	const svg = getIcon(iconId);
	if (svg) parent.appendChild(svg);
}

export interface TooltipOptions {
	placement?: "bottom" | "right" | "left" | "top";
	classes?: string[];
	gap?: number;
	delay?: number;
}

export function setTooltip(el: HTMLElement, tooltip: string, options?: TooltipOptions): void {
	if (tooltip === "") el.removeAttribute("aria-label");
	else el.setAttribute("aria-label", tooltip);
	if (options?.placement) el.setAttribute("data-tooltip-position", options.placement);
}

/** Double-only: the last tooltip forced open with `displayTooltip`. */
export const displayedTooltips: { el: HTMLElement; content: string }[] = [];

export function displayTooltip(newTargetEl: HTMLElement, content: string | DocumentFragment, _options?: TooltipOptions): void {
	displayedTooltips.push({ el: newTargetEl, content: typeof content === "string" ? content : (content.textContent ?? "") });
}

// ---- components ----

export abstract class BaseComponent {
	disabled = false;

	then(cb: (component: this) => any): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined) this.setValue(value);
			return this.getValue();
		};
		return this;
	}

	abstract getValue(): T;
	abstract setValue(value: T): this;
}

/** `setValue` does not call the `onChange` callback; user input (an `input` event) does. */
export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: T;
	private changeCallback: ((value: string) => any) | null = null;

	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}

	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	onChanged(): void {
		this.changeCallback?.(this.getValue());
	}

	onChange(callback: (value: string) => any): this {
		this.changeCallback = callback;
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(child(containerEl, "input", { type: "text", attr: { spellcheck: "false" } }));
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(child(containerEl, "textarea"));
	}
}

export class MomentFormatComponent extends TextComponent {
	sampleEl!: HTMLElement;
	private defaultFormat = "";

	setDefaultFormat(defaultFormat: string): this {
		this.defaultFormat = defaultFormat;
		this.setPlaceholder(defaultFormat);
		return this;
	}

	setSampleEl(sampleEl: HTMLElement): this {
		this.sampleEl = sampleEl;
		this.updateSample();
		return this;
	}

	updateSample(): void {
		if (this.sampleEl) setElText(this.sampleEl, this.getValue() || this.defaultFormat);
	}
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
	clearButtonEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		const wrap = child(containerEl, "div", "search-input-container");
		super(child(wrap, "input", { type: "search", attr: { enterkeyhint: "search", spellcheck: "false" } }));
		this.clearButtonEl = child(wrap, "div", { cls: "search-input-clear-button", attr: { "aria-label": "Clear search" } });
		this.clearButtonEl.addEventListener("click", () => {
			this.setValue("");
			this.onChanged();
			this.inputEl.focus();
		});
	}

	onChanged(): void {
		this.clearButtonEl?.toggleAttribute("hidden", this.getValue() === "");
		super.onChanged();
	}
}

/** A click on `toggleEl` flips the value and calls `onChange`; `setValue` alone does not. */
export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private inputEl: HTMLInputElement;
	private on = false;
	private changeCallback: ((value: boolean) => any) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = child(containerEl, "div", { cls: "checkbox-container", attr: { tabindex: 0 } });
		this.inputEl = child(this.toggleEl, "input", { type: "checkbox", attr: { tabindex: 0 } });
		this.toggleEl.addEventListener("click", (evt) => {
			evt.preventDefault();
			this.onClick();
		});
	}

	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.toggleEl.classList.toggle("is-disabled", disabled);
		this.inputEl.disabled = disabled;
		return this;
	}

	getValue(): boolean {
		return this.on;
	}

	setValue(on: boolean): this {
		this.on = on;
		this.toggleEl.classList.toggle("is-enabled", on);
		this.inputEl.checked = on;
		return this;
	}

	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.toggleEl, tooltip, options);
		return this;
	}

	onClick(): void {
		if (this.disabled) return;
		this.setValue(!this.on);
		this.changeCallback?.(this.on);
	}

	onChange(callback: (value: boolean) => any): this {
		this.changeCallback = callback;
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private changeCallback: ((value: string) => any) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = child(containerEl, "select", "dropdown");
		this.selectEl.addEventListener("change", () => this.changeCallback?.(this.getValue()));
	}

	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.selectEl.disabled = disabled;
		return this;
	}

	addOption(value: string, display: string): this {
		child(this.selectEl, "option", { value, text: display });
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

	onChange(callback: (value: string) => any): this {
		this.changeCallback = callback;
		return this;
	}
}

export class SliderComponent extends ValueComponent<number> {
	sliderEl: HTMLInputElement;
	private changeCallback: ((value: number) => any) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = child(containerEl, "input", { type: "range", cls: "slider" });
		this.sliderEl.addEventListener("input", () => this.changeCallback?.(this.getValue()));
	}

	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.sliderEl.disabled = disabled;
		return this;
	}

	setInstant(_instant: boolean): this {
		return this;
	}

	setLimits(min: number | null, max: number | null, step: number | "any"): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}

	getValue(): number {
		return Number(this.sliderEl.value);
	}

	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}

	getValuePretty(): string {
		return String(this.getValue());
	}

	setDynamicTooltip(): this {
		return this;
	}

	showTooltip(): void {}

	onChange(callback: (value: number) => any): this {
		this.changeCallback = callback;
		return this;
	}
}

export class ProgressBarComponent extends ValueComponent<number> {
	progressBar: HTMLElement;
	private value = 0;

	constructor(containerEl: HTMLElement) {
		super();
		this.progressBar = child(containerEl, "div", "setting-progress-bar");
		child(this.progressBar, "div", "setting-progress-bar-inner");
	}

	getValue(): number {
		return this.value;
	}

	setValue(value: number): this {
		this.value = value;
		this.progressBar.setAttribute("data-value", String(value));
		return this;
	}
}

export class ColorComponent extends ValueComponent<string> {
	colorPickerEl: HTMLInputElement;
	private changeCallback: ((value: string) => any) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.colorPickerEl = child(containerEl, "input", { type: "color" });
		this.colorPickerEl.addEventListener("input", () => this.changeCallback?.(this.getValue()));
	}

	getValue(): string {
		return this.colorPickerEl.value;
	}

	setValue(value: string): this {
		this.colorPickerEl.value = value;
		return this;
	}

	getValueRgb(): { r: number; g: number; b: number } {
		const n = parseInt(this.getValue().slice(1), 16) || 0;
		return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
	}

	setValueRgb(rgb: { r: number; g: number; b: number }): this {
		return this.setValue(`#${[rgb.r, rgb.g, rgb.b].map((c) => c.toString(16).padStart(2, "0")).join("")}`);
	}

	getValueHsl(): { h: number; s: number; l: number } {
		const { r, g, b } = this.getValueRgb();
		const [rr, gg, bb] = [r / 255, g / 255, b / 255];
		const max = Math.max(rr, gg, bb);
		const min = Math.min(rr, gg, bb);
		const l = (max + min) / 2;
		if (max === min) return { h: 0, s: 0, l };
		const d = max - min;
		const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
		const h = max === rr ? (gg - bb) / d + (gg < bb ? 6 : 0) : max === gg ? (bb - rr) / d + 2 : (rr - gg) / d + 4;
		return { h: h * 60, s, l };
	}

	setValueHsl(hsl: { h: number; s: number; l: number }): this {
		const { h, s, l } = hsl;
		const k = (n: number): number => (n + h / 30) % 12;
		const a = s * Math.min(l, 1 - l);
		const f = (n: number): number => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))));
		return this.setValueRgb({ r: f(0), g: f(8), b: f(4) });
	}

	onChange(callback: (value: string) => any): this {
		this.changeCallback = callback;
		return this;
	}
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = child(containerEl, "button");
	}

	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		this.buttonEl.classList.toggle("mod-disabled", disabled);
		return this;
	}

	setCta(): this {
		this.buttonEl.classList.add("mod-cta");
		return this;
	}

	removeCta(): this {
		this.buttonEl.classList.remove("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.classList.add("mod-warning");
		return this;
	}

	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.buttonEl, tooltip, options);
		return this;
	}

	setButtonText(name: string): this {
		setElText(this.buttonEl, name);
		return this;
	}

	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.classList.add(cls);
		return this;
	}

	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.disabled) void callback(evt);
		});
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = child(containerEl, "div", "clickable-icon extra-setting-button");
		setIcon(this.extraSettingsEl, "gear");
	}

	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.extraSettingsEl.classList.toggle("is-disabled", disabled);
		return this;
	}

	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.extraSettingsEl, tooltip, options);
		return this;
	}

	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}

	onClick(callback: () => any): this {
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) callback();
		});
		return this;
	}
}

// ---- Setting ----

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = child(containerEl, "div", "setting-item");
		this.infoEl = child(this.settingEl, "div", "setting-item-info");
		this.nameEl = child(this.infoEl, "div", "setting-item-name");
		this.descEl = child(this.infoEl, "div", "setting-item-description");
		this.controlEl = child(this.settingEl, "div", "setting-item-control");
	}

	setName(name: string | DocumentFragment): this {
		setElText(this.nameEl, name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		setElText(this.descEl, desc);
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.classList.add(cls);
		return this;
	}

	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.nameEl, tooltip, options);
		return this;
	}

	setHeading(): this {
		this.settingEl.classList.add("setting-item-heading");
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.settingEl.classList.toggle("is-disabled", disabled);
		for (const c of this.components) c.setDisabled(disabled);
		return this;
	}

	private add<C extends BaseComponent>(component: C, cb: (c: C) => any): this {
		this.components.push(component);
		cb(component);
		return this;
	}

	addButton(cb: (component: ButtonComponent) => any): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}

	addExtraButton(cb: (component: ExtraButtonComponent) => any): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}

	addToggle(cb: (component: ToggleComponent) => any): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}

	addText(cb: (component: TextComponent) => any): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}

	addComponent<T extends BaseComponent>(cb: (el: HTMLElement) => T): this {
		this.components.push(cb(this.controlEl));
		return this;
	}

	addSearch(cb: (component: SearchComponent) => any): this {
		return this.add(new SearchComponent(this.controlEl), cb);
	}

	addTextArea(cb: (component: TextAreaComponent) => any): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}

	addMomentFormat(cb: (component: MomentFormatComponent) => any): this {
		return this.add(new MomentFormatComponent(this.controlEl), cb);
	}

	addDropdown(cb: (component: DropdownComponent) => any): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}

	addColorPicker(cb: (component: ColorComponent) => any): this {
		return this.add(new ColorComponent(this.controlEl), cb);
	}

	addProgressBar(cb: (component: ProgressBarComponent) => any): this {
		return this.add(new ProgressBarComponent(this.controlEl), cb);
	}

	addSlider(cb: (component: SliderComponent) => any): this {
		return this.add(new SliderComponent(this.controlEl), cb);
	}

	then(cb: (setting: this) => any): this {
		cb(this);
		return this;
	}

	clear(): this {
		emptyNode(this.controlEl);
		this.components = [];
		return this;
	}
}

export class SettingGroup {
	private readonly groupEl: HTMLElement;
	private readonly headingEl: HTMLElement;
	private readonly itemsEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		this.groupEl = child(containerEl, "div", "setting-group");
		this.headingEl = child(this.groupEl, "div", "setting-item setting-item-heading");
		this.itemsEl = child(this.groupEl, "div", "setting-items");
	}

	setHeading(text: string | DocumentFragment): this {
		setElText(this.headingEl, text);
		return this;
	}

	addClass(cls: string): this {
		this.groupEl.classList.add(cls);
		return this;
	}

	addSetting(cb: (setting: Setting) => void): this {
		cb(new Setting(this.itemsEl));
		return this;
	}

	addSearch(cb: (component: SearchComponent) => any): this {
		cb(new SearchComponent(this.headingEl));
		return this;
	}

	addExtraButton(cb: (component: ExtraButtonComponent) => any): this {
		cb(new ExtraButtonComponent(this.headingEl));
		return this;
	}
}

/** `containerEl` is created on first use, so a plugin can build its tab in `onload` outside DOM tests. */
export abstract class SettingTab {
	icon = "settings";
	app!: App;
	private _containerEl: HTMLElement | null = null;

	get containerEl(): HTMLElement {
		this._containerEl ??= makeEl("div", "vertical-tab-content", undefined, requireDocument("SettingTab.containerEl"));
		return this._containerEl;
	}

	set containerEl(el: HTMLElement) {
		this._containerEl = el;
	}

	abstract display(): void;

	hide(): void {
		if (this._containerEl) emptyNode(this._containerEl);
	}
}

export abstract class PluginSettingTab extends SettingTab {
	/** Obsidian keeps the owning plugin on the tab too. */
	plugin: Plugin;

	constructor(app: App, plugin: Plugin) {
		super();
		this.app = app;
		this.plugin = plugin;
	}
}
