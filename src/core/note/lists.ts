/**
 * List items and their tree, built as the parser reads the item lines: an item's parent is the
 * nearest open item above it with a smaller indentation.
 */

import { OPEN_BRACKET, TAB } from "./chars";
import { plainText } from "./inline";
import type { ListItem } from "./types";

/** A checkbox after the marker: `[ ]`, `[x]`, and the states some themes draw (`[/]`, `[-]`, `[>]`...). */
const TASK = /^\[([ xX/\-><?!*])\][ \t]+/;

/** A list item whose plain text is derived on first read (most callers never need it). */
class ListItemImpl implements ListItem {
	private plainCache: string | null = null;
	children: number[] = [];
	constructor(
		public line: number,
		public depth: number,
		public indent: string,
		public marker: string,
		public task: string | null,
		public text: string,
		public parent: number,
		public section: number,
	) {}
	get plain(): string {
		if (this.plainCache === null) this.plainCache = plainText(this.text);
		return this.plainCache;
	}
	toJSON(): ListItem {
		return {
			line: this.line,
			depth: this.depth,
			indent: this.indent,
			marker: this.marker,
			task: this.task,
			text: this.text,
			plain: this.plain,
			parent: this.parent,
			children: this.children,
			section: this.section,
		};
	}
}

/** Columns of the indentation `text[s, k)`: a tab counts as four, as in Obsidian's editor. */
function indentWidth(text: string, s: number, k: number): number {
	let width = 0;
	for (let i = s; i < k; i++) width += text.charCodeAt(i) === TAB ? 4 - (width % 4) : 1;
	return width;
}

/**
 * The list items of one note, and the items still open (by indentation width and index in
 * `items`, outermost first: `depth` are open). Without `keep` (the vault index needs no items)
 * only whether a list is open is followed: that decides whether a paragraph line continues an
 * item. A plain object, like the state of the pass that holds it (see body.ts).
 */
export interface ListState {
	readonly items: ListItem[];
	readonly keep: boolean;
	readonly widths: number[];
	readonly indexes: number[];
	depth: number;
}

export function startLists(keep: boolean): ListState {
	return { items: [], keep, widths: [], indexes: [], depth: 0 };
}

/** A heading, a rule or a paragraph at the margin ends every open list. */
export function closeLists(lists: ListState): void {
	lists.depth = 0;
}

/**
 * The item on the line `text[s, e)`: indentation up to `k`, marker up to `markerEnd`, then the
 * item's text. `line` is its 1-based number, `section` the index of the heading above it.
 */
export function addListItem(lists: ListState, text: string, s: number, k: number, markerEnd: number, e: number, line: number, section: number): void {
	if (!lists.keep) {
		lists.depth = 1;
		return;
	}
	const width = indentWidth(text, s, k);
	while (lists.depth > 0 && lists.widths[lists.depth - 1] >= width) lists.depth--;
	const parent = lists.depth > 0 ? lists.indexes[lists.depth - 1] : -1;
	let body = text.slice(markerEnd, e).trim();
	let task: string | null = null;
	const checkbox = body.charCodeAt(0) === OPEN_BRACKET ? TASK.exec(body) : null;
	if (checkbox !== null) {
		task = checkbox[1];
		body = body.slice(checkbox[0].length);
	}
	const index = lists.items.length;
	lists.items.push(new ListItemImpl(line, lists.depth, text.slice(s, k), text.slice(k, markerEnd), task, body, parent, section));
	if (parent !== -1) lists.items[parent].children.push(index);
	lists.widths[lists.depth] = width;
	lists.indexes[lists.depth] = index;
	lists.depth++;
}
