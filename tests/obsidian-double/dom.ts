/**
 * Obsidian's DOM helpers (`createEl`, `empty`, `setText`, ...) as the app adds them to the
 * prototypes and to `window` (see the `declare global` block at the top of obsidian.d.ts).
 *
 * This file is the DOM layer itself, so it uses the native DOM (`document.createElement`,
 * `globalThis`) that plugin code is told to avoid.
 * It must not import Node modules: the browser preview bundles it for Chromium.
 */

import { host } from "./host";

const SVG_NS = "http://www.w3.org/2000/svg";

type AttrValue = string | number | boolean | null;

/** Same shape as the global `DomElementInfo` of obsidian.d.ts. */
export interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, AttrValue>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

export interface SvgInfo {
	cls?: string | string[];
	attr?: Record<string, AttrValue>;
	parent?: Node;
	prepend?: boolean;
}

/** The document the double works in, or an explanation of how to get one. */
export function requireDocument(what = "this part of the obsidian double"): Document {
	const doc = (host as { activeDocument?: Document }).activeDocument ?? host.document;
	if (!doc) {
		throw new Error(`${what} needs a DOM: put \`// @vitest-environment happy-dom\` at the top of the test file.`);
	}
	return doc;
}

export function hasDocument(): boolean {
	return typeof host.document !== "undefined";
}

function classList(cls: string | string[] | undefined): string[] {
	if (cls === undefined) return [];
	const all = Array.isArray(cls) ? cls : [cls];
	return all.flatMap((c) => c.split(/\s+/)).filter((c) => c.length > 0);
}

function setAttr(el: Element, name: string, value: AttrValue): void {
	if (value === null) el.removeAttribute(name);
	else el.setAttribute(name, String(value));
}

/** `setText` as Obsidian does it: strings become text (never markup), fragments are appended. */
export function setElText(el: Element, text: string | DocumentFragment): void {
	if (typeof text !== "string" && isFragment(text)) {
		emptyNode(el);
		el.appendChild(text);
	} else {
		el.textContent = text;
	}
}

function isFragment(value: unknown): value is DocumentFragment {
	return typeof value === "object" && value !== null && (value as Node).nodeType === 11;
}

export function emptyNode(node: Node): void {
	while (node.firstChild) node.removeChild(node.firstChild);
}

function insert(el: Node, parent: Node | undefined, prepend: boolean | undefined): void {
	if (!parent) return;
	if (prepend) parent.insertBefore(el, parent.firstChild);
	else parent.appendChild(el);
}

/** `createEl` without relying on the prototype helpers being installed (the double's own UI uses this). */
export function makeEl<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	o?: ElementInfo | string,
	callback?: (el: HTMLElementTagNameMap[K]) => void,
	doc: Document = requireDocument(),
): HTMLElementTagNameMap[K] {
	const info: ElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	const el = doc.createElement(tag);
	const classes = classList(info.cls);
	if (classes.length > 0) el.classList.add(...classes);
	if (info.text !== undefined) setElText(el, info.text);
	if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttr(el, k, v);
	if (info.title !== undefined) el.title = info.title;
	if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined && "type" in el) (el as HTMLInputElement).type = info.type;
	if (info.placeholder !== undefined && "placeholder" in el) (el as HTMLInputElement).placeholder = info.placeholder;
	if (info.href !== undefined && "href" in el) (el as HTMLAnchorElement).href = info.href;
	insert(el, info.parent, info.prepend);
	if (callback) callback(el);
	return el;
}

export function makeSvg<K extends keyof SVGElementTagNameMap>(
	tag: K,
	o?: SvgInfo | string,
	callback?: (el: SVGElementTagNameMap[K]) => void,
	doc: Document = requireDocument(),
): SVGElementTagNameMap[K] {
	const info: SvgInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	const el = doc.createElementNS(SVG_NS, tag);
	const classes = classList(info.cls);
	if (classes.length > 0) el.classList.add(...classes);
	if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttr(el, k, v);
	insert(el, info.parent, info.prepend);
	if (callback) callback(el);
	return el;
}

/** Shorthand used inside the double: a child element of `parent`. */
export function child<K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, o?: ElementInfo | string): HTMLElementTagNameMap[K] {
	const info: ElementInfo = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
	info.parent = parent;
	return makeEl(tag, info, undefined, parent.ownerDocument ?? requireDocument());
}

type Proto = Record<string, unknown>;

function define(proto: object, name: string, value: unknown): void {
	Object.defineProperty(proto, name, { value, configurable: true, writable: true, enumerable: false });
}

function defineGetter(proto: object, name: string, get: (this: Node) => unknown): void {
	Object.defineProperty(proto, name, { get, configurable: true, enumerable: false });
}

interface DomWindow {
	document: Document;
	Node: { prototype: object };
	Element: { prototype: object };
	HTMLElement: { prototype: object };
	SVGElement?: { prototype: object };
	DocumentFragment: { prototype: object };
	Document?: { prototype: object };
	setTimeout(handler: () => void, timeout?: number): number;
}

const installed = new WeakSet<object>();

/**
 * Adds Obsidian's DOM helpers to `win`'s prototypes and its globals (`createEl`, `activeDocument`, ...).
 * `globals` receives the global functions too: under vitest the test code sees `globalThis`,
 * which is not the happy-dom `window` object.
 */
export function installDomHelpers(win: DomWindow, globals: object = win): void {
	if (installed.has(win.Node.prototype)) {
		installGlobals(win, globals);
		return;
	}
	installed.add(win.Node.prototype);
	const doc = win.document;

	const nodeProto = win.Node.prototype as Proto;
	define(nodeProto, "createEl", function (this: Node, tag: keyof HTMLElementTagNameMap, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
		return makeEl(tag, withParent(o, this), cb, this.ownerDocument ?? doc);
	});
	define(nodeProto, "createDiv", function (this: Node, o?: ElementInfo | string, cb?: (el: HTMLDivElement) => void) {
		return makeEl("div", withParent(o, this), cb, this.ownerDocument ?? doc);
	});
	define(nodeProto, "createSpan", function (this: Node, o?: ElementInfo | string, cb?: (el: HTMLSpanElement) => void) {
		return makeEl("span", withParent(o, this), cb, this.ownerDocument ?? doc);
	});
	define(nodeProto, "createSvg", function (this: Node, tag: keyof SVGElementTagNameMap, o?: SvgInfo | string, cb?: (el: SVGElement) => void) {
		const info: SvgInfo = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
		info.parent = this;
		return makeSvg(tag, info, cb, this.ownerDocument ?? doc);
	});
	define(nodeProto, "empty", function (this: Node) {
		emptyNode(this);
	});
	define(nodeProto, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(nodeProto, "appendText", function (this: Node, val: string) {
		this.appendChild((this.ownerDocument ?? doc).createTextNode(val));
	});
	define(nodeProto, "insertAfter", function <T extends Node>(this: Node, node: T, after: Node | null): T {
		this.insertBefore(node, after ? after.nextSibling : this.firstChild);
		return node;
	});
	define(nodeProto, "indexOf", function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(nodeProto, "setChildrenInPlace", function (this: Node, children: Node[]) {
		emptyNode(this);
		for (const c of children) this.appendChild(c);
	});
	define(nodeProto, "instanceOf", function (this: Node, type: new () => unknown) {
		return this instanceof type;
	});
	defineGetter(nodeProto, "doc", function () {
		return this.ownerDocument ?? doc;
	});
	defineGetter(nodeProto, "win", function () {
		return (this.ownerDocument ?? doc).defaultView;
	});
	defineGetter(nodeProto, "constructorWin", function () {
		return (this.ownerDocument ?? doc).defaultView;
	});

	const elProto = win.Element.prototype as Proto;
	define(elProto, "getText", function (this: Element) {
		return this.textContent ?? "";
	});
	define(elProto, "setText", function (this: Element, val: string | DocumentFragment) {
		setElText(this, val);
	});
	define(elProto, "addClass", function (this: Element, ...classes: string[]) {
		this.classList.add(...classList(classes));
	});
	define(elProto, "addClasses", function (this: Element, classes: string[]) {
		this.classList.add(...classList(classes));
	});
	define(elProto, "removeClass", function (this: Element, ...classes: string[]) {
		this.classList.remove(...classList(classes));
	});
	define(elProto, "removeClasses", function (this: Element, classes: string[]) {
		this.classList.remove(...classList(classes));
	});
	define(elProto, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const c of classList(classes)) this.classList.toggle(c, value);
	});
	define(elProto, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(elProto, "setAttr", function (this: Element, name: string, value: AttrValue) {
		setAttr(this, name, value);
	});
	define(elProto, "setAttrs", function (this: Element, obj: Record<string, AttrValue>) {
		for (const [k, v] of Object.entries(obj)) setAttr(this, k, v);
	});
	define(elProto, "getAttr", function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	define(elProto, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
		return matchParent(this, selector, lastParent);
	});
	define(elProto, "find", function (this: Element, selector: string) {
		return this.querySelector(selector);
	});
	define(elProto, "findAll", function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
	define(elProto, "findAllSelf", function (this: Element, selector: string) {
		const all = Array.from(this.querySelectorAll(selector));
		return this.matches(selector) ? [this, ...all] : all;
	});
	define(elProto, "isActiveElement", function (this: Element) {
		return (this.ownerDocument ?? doc).activeElement === this;
	});
	define(elProto, "getCssPropertyValue", function (this: Element, property: string) {
		return (this as HTMLElement).style?.getPropertyValue(property) ?? "";
	});

	const htmlProto = win.HTMLElement.prototype as Proto;
	const styleHelpers: Proto = {
		setCssStyles(this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
			for (const [k, v] of Object.entries(styles)) (this.style as unknown as Record<string, unknown>)[k] = v;
		},
		setCssProps(this: HTMLElement, props: Record<string, string>) {
			for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
		},
	};
	for (const [name, fn] of Object.entries(styleHelpers)) {
		define(htmlProto, name, fn);
		if (win.SVGElement) define(win.SVGElement.prototype, name, fn);
	}
	define(htmlProto, "show", function (this: HTMLElement) {
		setDisplay(this, true);
	});
	define(htmlProto, "hide", function (this: HTMLElement) {
		setDisplay(this, false);
	});
	define(htmlProto, "toggle", function (this: HTMLElement, show: boolean) {
		setDisplay(this, show);
	});
	define(htmlProto, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
		setStyle(this, "visibility", visible ? null : "hidden");
	});
	define(htmlProto, "isShown", function (this: HTMLElement) {
		return isShown(this);
	});
	define(htmlProto, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
		this.addEventListener("click", listener as EventListener, options);
		this.addEventListener("auxclick", listener as EventListener, options);
	});
	define(htmlProto, "trigger", function (this: HTMLElement, eventType: string) {
		this.dispatchEvent(new (this.ownerDocument ?? doc).defaultView!.Event(eventType, { bubbles: true, cancelable: true }));
	});
	installDelegation(htmlProto);
	if (win.Document) installDelegation(win.Document.prototype as Proto);

	const fragProto = win.DocumentFragment.prototype as Proto;
	define(fragProto, "find", function (this: DocumentFragment, selector: string) {
		return this.querySelector(selector);
	});
	define(fragProto, "findAll", function (this: DocumentFragment, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});

	installGlobals(win, globals);
}

function withParent(o: ElementInfo | string | undefined, parent: Node): ElementInfo {
	const info: ElementInfo = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
	info.parent = parent;
	return info;
}

function matchParent(start: Element, selector: string, lastParent?: Element): Element | null {
	for (let el: Element | null = start; el && el !== lastParent; el = el.parentElement) {
		if (el.matches(selector)) return el;
	}
	return null;
}

function setStyle(el: HTMLElement, property: string, value: string | null): void {
	if (value === null) el.style.removeProperty(property);
	else el.style.setProperty(property, value);
}

/** `hide()` is `display: none` on the element, as in Obsidian. */
function setDisplay(el: HTMLElement, shown: boolean): void {
	setStyle(el, "display", shown ? null : "none");
}

/** Obsidian checks `offsetParent`, which happy-dom does not compute: walk up the tree instead. */
function isShown(start: HTMLElement): boolean {
	if (!start.isConnected) return false;
	for (let el: HTMLElement | null = start; el; el = el.parentElement) {
		if (el.style.getPropertyValue("display") === "none") return false;
	}
	return true;
}

interface DelegatedListener {
	selector: string;
	listener: (ev: Event, delegateTarget: HTMLElement) => unknown;
	options?: boolean | AddEventListenerOptions;
	callback: (ev: Event) => void;
}

/** `el.on(type, selector, listener)`: event delegation as Obsidian implements it, kept in `_EVENTS`. */
function installDelegation(proto: Proto): void {
	define(proto, "on", function (this: EventTarget & { _EVENTS?: Record<string, DelegatedListener[]> }, type: string, selector: string, listener: DelegatedListener["listener"], options?: boolean | AddEventListenerOptions) {
		const callback = (ev: Event): void => {
			const target = ev.target as Element | null;
			const match = target && typeof target.closest === "function" ? target.closest(selector) : null;
			if (match) listener.call(this, ev, match as HTMLElement);
		};
		this._EVENTS ??= {};
		(this._EVENTS[type] ??= []).push({ selector, listener, options, callback });
		this.addEventListener(type, callback, options);
	});
	define(proto, "off", function (this: EventTarget & { _EVENTS?: Record<string, DelegatedListener[]> }, type: string, selector: string, listener: DelegatedListener["listener"], options?: boolean | AddEventListenerOptions) {
		const list = this._EVENTS?.[type];
		if (!list) return;
		const i = list.findIndex((e) => e.selector === selector && e.listener === listener && e.options === options);
		if (i < 0) return;
		const [entry] = list.splice(i, 1);
		this.removeEventListener(type, entry.callback, entry.options);
	});
}

function installGlobals(win: DomWindow, globals: object): void {
	const doc = win.document;
	const fns: Record<string, unknown> = {
		createEl: (tag: keyof HTMLElementTagNameMap, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) => makeEl(tag, o, cb, doc),
		createDiv: (o?: ElementInfo | string, cb?: (el: HTMLDivElement) => void) => makeEl("div", o, cb, doc),
		createSpan: (o?: ElementInfo | string, cb?: (el: HTMLSpanElement) => void) => makeEl("span", o, cb, doc),
		createSvg: (tag: keyof SVGElementTagNameMap, o?: SvgInfo | string, cb?: (el: SVGElement) => void) => makeSvg(tag, o, cb, doc),
		createFragment: (cb?: (el: DocumentFragment) => void) => {
			const frag = doc.createDocumentFragment();
			if (cb) cb(frag);
			return frag;
		},
		isBoolean: (obj: unknown) => typeof obj === "boolean",
		fish: (selector: string) => doc.querySelector(selector),
		fishAll: (selector: string) => Array.from(doc.querySelectorAll(selector)),
		sleep: (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms)),
		nextFrame: () => new Promise<void>((resolve) => win.setTimeout(resolve, 16)),
		ready: (fn: () => unknown) => {
			fn();
		},
	};
	for (const target of new Set<object>([win, globals])) {
		for (const [name, fn] of Object.entries(fns)) define(target, name, fn);
		define(target, "activeDocument", doc);
		define(target, "activeWindow", win);
	}
}
