/**
 * `Editor` over a string, with CodeMirror's conventions: 0-based lines and columns, line endings
 * normalised to "\n" on load (a CRLF note reads back with "\n" from the editor), and every edit,
 * including a whole `transaction`, one undo step.
 */

export interface EditorPosition {
	line: number;
	ch: number;
}

export interface EditorRange {
	from: EditorPosition;
	to: EditorPosition;
}

export interface EditorRangeOrCaret {
	from: EditorPosition;
	to?: EditorPosition;
}

export interface EditorChange extends EditorRangeOrCaret {
	text: string;
}

export interface EditorSelection {
	anchor: EditorPosition;
	head: EditorPosition;
}

export interface EditorSelectionOrCaret {
	anchor: EditorPosition;
	head?: EditorPosition;
}

export interface EditorTransaction {
	replaceSelection?: string;
	changes?: EditorChange[];
	selections?: EditorRangeOrCaret[];
	selection?: EditorRangeOrCaret;
}

export type EditorCommandName = "goUp" | "goDown" | "goLeft" | "goRight" | "goStart" | "goEnd" | "goWordLeft" | "goWordRight" | "indentMore" | "indentLess" | "newlineAndIndent" | "swapLineUp" | "swapLineDown" | "deleteLine" | "toggleFold" | "foldAll" | "unfoldAll";

interface Snapshot {
	text: string;
	selections: EditorSelection[];
}

interface OffsetChange {
	from: number;
	to: number;
	text: string;
}

const normalizeEol = (s: string): string => s.replace(/\r\n?/g, "\n");

export class Editor {
	private text = "";
	private selections: EditorSelection[] = [{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } }];
	private undoStack: Snapshot[] = [];
	private redoStack: Snapshot[] = [];
	private focused = false;
	/** Double-only: the last range given to `scrollIntoView`. */
	lastScrollIntoView: { range: EditorRange; center?: boolean } | null = null;
	/** Double-only: commands given to `exec`, in order. */
	execLog: EditorCommandName[] = [];
	/** @internal Called after every change to the text (the MarkdownView saves and fires `editor-change`). */
	onChange: (() => void) | null = null;

	constructor(text = "") {
		this.text = normalizeEol(text);
	}

	getDoc(): this {
		return this;
	}

	refresh(): void {}

	getValue(): string {
		return this.text;
	}

	setValue(content: string): void {
		this.apply([{ from: 0, to: this.text.length, text: normalizeEol(content) }], [{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } }]);
	}

	getLine(line: number): string {
		const lines = this.lines();
		if (!Number.isInteger(line) || line < 0 || line >= lines.length) {
			throw new RangeError(`Editor.getLine(${line}): invalid line number, the document has lines 0 to ${lines.length - 1} (0-based).`);
		}
		return lines[line];
	}

	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	lineCount(): number {
		return this.lines().length;
	}

	lastLine(): number {
		return this.lines().length - 1;
	}

	getSelection(): string {
		const s = this.selections[0];
		return this.getRange(...this.ordered(s.anchor, s.head));
	}

	somethingSelected(): boolean {
		return this.selections.some((s) => this.posToOffset(s.anchor) !== this.posToOffset(s.head));
	}

	getRange(from: EditorPosition, to: EditorPosition): string {
		const a = this.posToOffset(from);
		const b = this.posToOffset(to);
		return this.text.slice(Math.min(a, b), Math.max(a, b));
	}

	replaceSelection(replacement: string, _origin?: string): void {
		this.transaction({ replaceSelection: replacement });
	}

	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, _origin?: string): void {
		this.transaction({ changes: [{ from, to, text: replacement }] });
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const s = this.selections[0];
		const [from, to] = this.ordered(s.anchor, s.head);
		const pos = side === "from" ? from : side === "to" ? to : side === "anchor" ? s.anchor : s.head;
		return { ...pos };
	}

	listSelections(): EditorSelection[] {
		return this.selections.map((s) => ({ anchor: { ...s.anchor }, head: { ...s.head } }));
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.setSelection(p, p);
	}

	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.selections = [{ anchor: this.clip(anchor), head: this.clip(head ?? anchor) }];
	}

	setSelections(ranges: EditorSelectionOrCaret[], main = 0): void {
		const all = ranges.map((r) => ({ anchor: this.clip(r.anchor), head: this.clip(r.head ?? r.anchor) }));
		const [m] = all.splice(main, 1);
		this.selections = m ? [m, ...all] : all;
	}

	focus(): void {
		this.focused = true;
	}

	blur(): void {
		this.focused = false;
	}

	hasFocus(): boolean {
		return this.focused;
	}

	getScrollInfo(): { top: number; left: number } {
		return { top: 0, left: 0 };
	}

	scrollTo(_x?: number | null, _y?: number | null): void {}

	scrollIntoView(range: EditorRange, center?: boolean): void {
		this.lastScrollIntoView = { range, center };
	}

	undo(): void {
		const snap = this.undoStack.pop();
		if (!snap) return;
		this.redoStack.push(this.snapshot());
		this.restore(snap);
	}

	redo(): void {
		const snap = this.redoStack.pop();
		if (!snap) return;
		this.undoStack.push(this.snapshot());
		this.restore(snap);
	}

	/** Double-only: how many undo steps are available. */
	undoDepth(): number {
		return this.undoStack.length;
	}

	exec(command: EditorCommandName): void {
		this.execLog.push(command);
		const cur = this.getCursor();
		const lines = this.lines();
		switch (command) {
			case "goStart":
				return this.setCursor({ line: 0, ch: 0 });
			case "goEnd":
				return this.setCursor(this.offsetToPos(this.text.length));
			case "goUp":
				return this.setCursor({ line: Math.max(0, cur.line - 1), ch: cur.ch });
			case "goDown":
				return this.setCursor({ line: Math.min(lines.length - 1, cur.line + 1), ch: cur.ch });
			case "goLeft":
				return this.setCursor(this.offsetToPos(this.posToOffset(cur) - 1));
			case "goRight":
				return this.setCursor(this.offsetToPos(this.posToOffset(cur) + 1));
			case "newlineAndIndent":
				return this.replaceSelection("\n");
			case "indentMore":
				return this.replaceRange("\t", { line: cur.line, ch: 0 });
			case "indentLess": {
				const m = /^(\t| {1,4})/.exec(lines[cur.line]);
				if (m) this.replaceRange("", { line: cur.line, ch: 0 }, { line: cur.line, ch: m[0].length });
				return;
			}
			case "deleteLine": {
				const from = cur.line < lines.length - 1 ? { line: cur.line, ch: 0 } : cur.line > 0 ? { line: cur.line - 1, ch: lines[cur.line - 1].length } : { line: 0, ch: 0 };
				const to = cur.line < lines.length - 1 ? { line: cur.line + 1, ch: 0 } : { line: cur.line, ch: lines[cur.line].length };
				return this.replaceRange("", from, to);
			}
			case "swapLineUp":
			case "swapLineDown": {
				const other = command === "swapLineUp" ? cur.line - 1 : cur.line + 1;
				if (other < 0 || other >= lines.length) return;
				const [a, b] = [Math.min(cur.line, other), Math.max(cur.line, other)];
				return this.replaceRange(`${lines[b]}\n${lines[a]}`, { line: a, ch: 0 }, { line: b, ch: lines[b].length });
			}
			default:
				return;
		}
	}

	/** All changes refer to positions in the document as it was before the transaction; one undo step. */
	transaction(tx: EditorTransaction, _origin?: string): void {
		const changes: OffsetChange[] = (tx.changes ?? []).map((c) => {
			const a = this.posToOffset(c.from);
			const b = this.posToOffset(c.to ?? c.from);
			return { from: Math.min(a, b), to: Math.max(a, b), text: c.text };
		});
		if (tx.replaceSelection !== undefined) {
			for (const s of this.selections) {
				const a = this.posToOffset(s.anchor);
				const b = this.posToOffset(s.head);
				changes.push({ from: Math.min(a, b), to: Math.max(a, b), text: tx.replaceSelection });
			}
		}
		const explicit = tx.selections ?? (tx.selection ? [tx.selection] : null);
		this.apply(changes, null, explicit);
	}

	wordAt(pos: EditorPosition): EditorRange | null {
		const line = this.getLine(pos.line);
		const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
		let a = pos.ch;
		let b = pos.ch;
		while (a > 0 && isWord(line[a - 1])) a--;
		while (b < line.length && isWord(line[b])) b++;
		return a === b ? null : { from: { line: pos.line, ch: a }, to: { line: pos.line, ch: b } };
	}

	/** Lines and columns are clipped to the document, as Obsidian's editor does. */
	posToOffset(pos: EditorPosition): number {
		const lines = this.lines();
		if (pos.line < 0) return 0;
		if (pos.line >= lines.length) return this.text.length;
		let offset = 0;
		for (let i = 0; i < pos.line; i++) offset += lines[i].length + 1;
		return offset + Math.max(0, Math.min(pos.ch, lines[pos.line].length));
	}

	offsetToPos(offset: number): EditorPosition {
		const o = Math.max(0, Math.min(offset, this.text.length));
		const before = this.text.slice(0, o);
		const line = before.split("\n").length - 1;
		return { line, ch: o - (before.lastIndexOf("\n") + 1) };
	}

	processLines<T>(read: (line: number, lineText: string) => T | null, write: (line: number, lineText: string, value: T | null) => EditorChange | void, ignoreEmpty = false): void {
		const lines = this.lines();
		const values = lines.map((t, i) => read(i, t));
		const changes: EditorChange[] = [];
		lines.forEach((t, i) => {
			if (ignoreEmpty && t.trim() === "") return;
			const c = write(i, t, values[i]);
			if (c) changes.push(c);
		});
		if (changes.length > 0) this.transaction({ changes });
	}

	// ---- internals ----

	/** @internal Replace the text without an undo step or change notification (file load, external write). */
	load(text: string, clearHistory: boolean): void {
		this.text = normalizeEol(text);
		this.selections = this.selections.map((s) => ({ anchor: this.clip(s.anchor), head: this.clip(s.head) }));
		if (clearHistory) {
			this.undoStack = [];
			this.redoStack = [];
		}
	}

	private lines(): string[] {
		return this.text.split("\n");
	}

	private ordered(a: EditorPosition, b: EditorPosition): [EditorPosition, EditorPosition] {
		return this.posToOffset(a) <= this.posToOffset(b) ? [a, b] : [b, a];
	}

	private clip(pos: EditorPosition): EditorPosition {
		return this.offsetToPos(this.posToOffset(pos));
	}

	private snapshot(): Snapshot {
		return { text: this.text, selections: this.listSelections() };
	}

	private restore(snap: Snapshot): void {
		this.text = snap.text;
		this.selections = snap.selections;
		this.onChange?.();
	}

	private apply(changes: OffsetChange[], selectionsAfter: EditorSelection[] | null, explicit: EditorRangeOrCaret[] | null = null): void {
		const sorted = changes.slice().sort((a, b) => a.from - b.from || a.to - b.to);
		for (let i = 1; i < sorted.length; i++) {
			if (sorted[i].from < sorted[i - 1].to) {
				throw new Error(`Editor.transaction: overlapping changes at offsets ${sorted[i - 1].from}-${sorted[i - 1].to} and ${sorted[i].from}-${sorted[i].to}.`);
			}
		}
		const before = this.snapshot();
		let out = "";
		let at = 0;
		for (const c of sorted) {
			out += this.text.slice(at, c.from) + c.text;
			at = c.to;
		}
		out += this.text.slice(at);
		const map = (offset: number): number => {
			let delta = 0;
			for (const c of sorted) {
				if (c.to <= offset) delta += c.text.length - (c.to - c.from);
				else if (c.from < offset) return c.from + c.text.length + delta;
			}
			return offset + delta;
		};
		const mapped = this.selections.map((s) => ({ anchor: map(this.posToOffset(s.anchor)), head: map(this.posToOffset(s.head)) }));
		if (sorted.length === 0 && !explicit) return;
		this.text = out;
		if (sorted.length > 0) {
			this.undoStack.push(before);
			this.redoStack = [];
		}
		if (explicit) this.selections = explicit.map((r) => ({ anchor: this.clip(r.from), head: this.clip(r.to ?? r.from) }));
		else if (selectionsAfter) this.selections = selectionsAfter;
		else this.selections = mapped.map((s) => ({ anchor: this.offsetToPos(s.anchor), head: this.offsetToPos(s.head) }));
		if (sorted.length > 0) this.onChange?.();
	}
}
