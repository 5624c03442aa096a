/**
 * `Events` and `Component` with Obsidian's semantics, plus bookkeeping so a test can prove
 * that `unload()` left nothing registered.
 */

import { host } from "./host";

export interface EventRef {
	/** The emitter; present on Obsidian's refs too (`ref.e.offref(ref)` is how `registerEvent` cleans up). */
	e: Events;
	name: string;
	fn: (...data: unknown[]) => unknown;
	ctx?: unknown;
}

/** Errors thrown by event handlers. Obsidian logs and swallows them; the double also keeps them here. */
export const handlerErrors: { name: string; error: unknown }[] = [];

export class Events {
	private _handlers = new Map<string, EventRef[]>();

	on(name: string, callback: (...data: any[]) => unknown, ctx?: any): EventRef {
		const ref: EventRef = { e: this, name, fn: callback, ctx };
		const list = this._handlers.get(name) ?? [];
		list.push(ref);
		this._handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: (...data: any[]) => unknown): void {
		const list = this._handlers.get(name);
		if (!list) return;
		const kept = list.filter((ref) => ref.fn !== callback);
		if (kept.length > 0) this._handlers.set(name, kept);
		else this._handlers.delete(name);
	}

	offref(ref: EventRef): void {
		const list = this._handlers.get(ref.name);
		if (!list) return;
		const kept = list.filter((r) => r !== ref);
		if (kept.length > 0) this._handlers.set(ref.name, kept);
		else this._handlers.delete(ref.name);
	}

	trigger(name: string, ...data: unknown[]): void {
		// A copy: handlers may unsubscribe themselves while running.
		for (const ref of (this._handlers.get(name) ?? []).slice()) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: EventRef, args: unknown[]): void {
		try {
			evt.fn.apply(evt.ctx, args);
		} catch (error) {
			handlerErrors.push({ name: evt.name, error });
			console.error(error);
		}
	}

	/** Double-only: live handlers for `name`, or for every event when omitted. */
	listenerCount(name?: string): number {
		if (name !== undefined) return this._handlers.get(name)?.length ?? 0;
		let n = 0;
		for (const list of this._handlers.values()) n += list.length;
		return n;
	}

	/** Double-only: names of the events that have live handlers, with their counts. */
	listenerSummary(): Record<string, number> {
		const out: Record<string, number> = {};
		for (const [name, list] of this._handlers) out[name] = list.length;
		return out;
	}
}

interface LiveDomListener {
	el: EventTarget;
	type: string;
}

/** Double-only: DOM listeners added through `registerDomEvent` and intervals given to `registerInterval`, still live. */
export const liveRegistrations = {
	domListeners: new Set<LiveDomListener>(),
	intervals: new Set<number>(),
};

interface ComponentState {
	loaded: boolean;
	children: Component[];
	cleanups: (() => unknown)[];
	loadResult: unknown;
}

// Kept outside the instances so `Component` has exactly Obsidian's public shape (and a plugin
// subclass cannot clash with the double's bookkeeping).
const states = new WeakMap<Component, ComponentState>();

function stateOf(c: Component): ComponentState {
	let s = states.get(c);
	if (!s) {
		s = { loaded: false, children: [], cleanups: [], loadResult: undefined };
		states.set(c, s);
	}
	return s;
}

export class Component {
	load(): void {
		const s = stateOf(this);
		if (s.loaded) return;
		s.loaded = true;
		s.loadResult = this.onload();
		for (const c of s.children.slice()) c.load();
	}

	onload(): any {}

	unload(): void {
		const s = stateOf(this);
		if (!s.loaded) return;
		s.loaded = false;
		while (s.children.length > 0) s.children.pop()!.unload();
		while (s.cleanups.length > 0) {
			const cb = s.cleanups.pop()!;
			try {
				cb();
			} catch (error) {
				console.error(error);
			}
		}
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		const s = stateOf(this);
		s.children.push(component);
		if (s.loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const s = stateOf(this);
		const i = s.children.indexOf(component);
		if (i >= 0) {
			s.children.splice(i, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => any): void {
		stateOf(this).cleanups.push(cb);
	}

	registerEvent(eventRef: EventRef): void {
		this.register(() => eventRef.e.offref(eventRef));
	}

	registerDomEvent(el: EventTarget, type: string, callback: (ev: any) => any, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		const entry: LiveDomListener = { el, type };
		liveRegistrations.domListeners.add(entry);
		this.register(() => {
			el.removeEventListener(type, callback, options);
			liveRegistrations.domListeners.delete(entry);
		});
	}

	registerInterval(id: number): number {
		liveRegistrations.intervals.add(id);
		this.register(() => {
			host.clearInterval(id);
			liveRegistrations.intervals.delete(id);
		});
		return id;
	}
}

/** Double-only: a component's state (loaded, cleanups still registered, children). */
export function componentInfo(c: Component): { loaded: boolean; pendingCleanups: number; children: number } {
	const s = stateOf(c);
	return { loaded: s.loaded, pendingCleanups: s.cleanups.length, children: s.children.length };
}

/** Double-only: what the component's `onload()` returned (a promise for an async `onload`). */
export function loadResultOf(c: Component): unknown {
	return stateOf(c).loadResult;
}
