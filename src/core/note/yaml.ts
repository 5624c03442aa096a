/**
 * A small YAML reader for note frontmatter (the text between the `---` fences).
 *
 * It covers what Obsidian notes contain (block and flow mappings and lists, plain and quoted
 * scalars, block scalars, comments) with the YAML 1.2 core schema, and reports the first problem
 * with a 1-based line and a message meant for the note's author. It is a single pass over the
 * lines with plain character scanning: no backtracking, and nesting is capped (`MAX_DEPTH`).
 *
 * Not supported (reported as errors): anchors, aliases and tags (`&a`, `*a`, `!tag`), complex
 * keys (`? key`, `[a]: b`), directives and several documents in one frontmatter.
 */

import {
	DQ,
	HASH,
	SQ,
	COMMA,
	DASH,
	COLON,
	GT,
	LBRACKET,
	BACKSLASH,
	RBRACKET,
	LBRACE,
	PIPE,
	RBRACE,
	ESC_IN,
	ESC_OUT,
	isWs,
	wsOrEnd,
	isFlowIndicator,
	skipWs,
	countSpaces,
	isDashAt,
	isHex,
	resolvePlain,
	keyString,
	hasOwn,
	setKey,
	type Scalar,
} from "./yamlScalars";

export type YamlResult = { ok: true; data: Record<string, unknown> } | { ok: false; error: { message: string; line: number } };



/** Deepest nesting of lists and mappings accepted (real frontmatter uses two or three). */
const MAX_DEPTH = 100;

/** How a node is placed: after `key: ` on the same line, on its own line(s), or as the whole document. */
const INLINE = 0;
const BLOCK = 1;
const TOP = 2;

/** Why `scanPlain` stopped. */
const END: number = 0;
const COMMENT: number = 1;
const INDICATOR: number = 2;


const NOT_A_MAP = "Frontmatter must be `key: value` lines, ";

class YamlError extends Error {
	constructor(
		message: string,
		readonly line: number,
	) {
		super(message);
	}
}


class Parser {
	private readonly n: number;
	/** Next line not consumed by the node just parsed. */
	private i = 0;
	/** Indentation of the line returned by `nextContent`. */
	private ci = 0;
	/** Flow/quoted cursor: line and position after the last thing read. */
	private fl = 0;
	private fp = 0;
	/** Indentation of the block that holds the current flow collection. */
	private fparent = -1;
	/** Innermost open bracket (for "Unclosed" errors). */
	private openLine = 0;
	private openChar = "[";
	/** Why the last `scanPlain` stopped, and where. */
	private stop = END;
	private stopPos = 0;
	private depth = 0;
	/** The key whose value is being read, for messages. */
	private key: string | null = null;

	constructor(private readonly lines: string[]) {
		this.n = lines.length;
	}

	parse(): Record<string, unknown> {
		const j = this.nextContent(0);
		if (j >= this.n) return {};
		const col = this.ci;
		const flow = this.lines[j].charCodeAt(col) === LBRACE;
		const data = this.parseNode(j, col, -1, TOP) as Record<string, unknown>;
		const k = this.nextContent(this.i);
		if (k < this.n) this.fail(flow ? 'Unexpected text after the closing "}"' : this.badIndent(col, "keys"), k);
		return data;
	}

	private fail(message: string, line: number): never {
		// Capturing a stack trace costs tens of microseconds and this error only unwinds the parser
		// (a vault can hold many notes with broken frontmatter): build it without one.
		const limit = Error.stackTraceLimit;
		Error.stackTraceLimit = 0;
		const error = new YamlError(message, line + 1);
		Error.stackTraceLimit = limit;
		throw error;
	}

	private inKey(): string {
		return this.key === null ? "" : ` in "${this.key}"`;
	}

	private badIndent(expected: number, what: string): string {
		return `Bad indentation: this line has ${this.ci} spaces, the ${what} before it have ${expected}`;
	}

	private expectedKeyValue(t: string): string {
		return t.indexOf(":") >= 0 ? 'Expected `key: value` (is a space missing after ":"?)' : "Expected `key: value`";
	}

	private enter(line: number): void {
		if (++this.depth > MAX_DEPTH) this.fail(`Too deeply nested (more than ${MAX_DEPTH} levels)${this.inKey()}`, line);
	}

	/** First line from `j` that is not blank or a comment (sets `ci`), or `n`. */
	private nextContent(j: number): number {
		const { lines, n } = this;
		for (; j < n; j++) {
			const t = lines[j];
			const sp = countSpaces(t);
			const p = skipWs(t, sp);
			const c = t.charCodeAt(p);
			if (p >= t.length || c === HASH) continue;
			if (p !== sp) this.fail("Tab character used for indentation (indent with spaces)", j);
			if (p === 0 && (c === DASH || c === 46) && t.charCodeAt(1) === c && t.charCodeAt(2) === c && wsOrEnd(t, 3)) {
				this.fail(`A line starting with "${t.slice(0, 3)}" would end the frontmatter; indent it or put it in quotes`, j);
			}
			this.ci = sp;
			return j;
		}
		this.ci = -1;
		return n;
	}

	/**
	 * Reads the node that starts at line `i`, column `col`. `parent` is the column of the key or `-`
	 * that owns it (lines of the node must be indented more). Sets `i` to the line after the node.
	 */
	private parseNode(i: number, col: number, parent: number, mode: number): unknown {
		const t = this.lines[i];
		const c = t.charCodeAt(col);
		if (isDashAt(t, col)) {
			if (mode === INLINE) this.fail(`A list can't start on the same line as its key${this.inKey()}; put each "- item" on its own line`, i);
			if (mode === TOP) this.fail(NOT_A_MAP + "not a list", i);
			return this.parseSeq(i, col);
		}
		if (c === LBRACKET || c === LBRACE) {
			if (mode === TOP && c === LBRACKET) this.fail(NOT_A_MAP + "not a list", i);
			return this.parseFlowTop(i, col, parent);
		}
		if (c === PIPE || c === GT) {
			if (mode === TOP) this.fail(NOT_A_MAP + "not a single value", i);
			return this.parseBlockScalar(i, col, parent);
		}
		if (c === DQ || c === SQ) {
			const v = this.parseQuoted(i, col, parent);
			const q = this.lines[this.fl];
			const p = skipWs(q, this.fp);
			if (p < q.length) {
				const d = q.charCodeAt(p);
				if (d === COLON && wsOrEnd(q, p + 1)) {
					if (this.fl !== i) this.fail("A key must be on a single line", this.fl);
					if (mode === INLINE) this.fail(`Unexpected ": " after the value${this.inKey()}`, i);
					return this.parseMap(i, col);
				}
				if (d !== HASH || p === this.fp) this.fail(`Unexpected text after the closing quote${this.inKey()}`, this.fl);
			}
			if (mode === TOP) this.fail(this.topScalar(i), i);
			this.i = this.fl + 1;
			return v;
		}
		this.checkPlainStart(t, col, i, false);
		const end = this.scanPlain(t, col, false);
		if (this.stop === INDICATOR) {
			if (mode === INLINE) this.fail(`Unexpected ": " in the value${this.key === null ? "" : ` of "${this.key}"`}; put the value in quotes`, i);
			return this.parseMap(i, col);
		}
		if (mode === TOP) this.fail(this.topScalar(i), i);
		return this.parsePlain(i, col, end, parent);
	}

	private topScalar(i: number): string {
		return this.nextContent(i + 1) < this.n ? "Expected `key: value`" : NOT_A_MAP + "not a single value";
	}

	private parseMap(i: number, col: number): Record<string, unknown> {
		const { lines } = this;
		const obj: Record<string, unknown> = {};
		this.enter(i);
		for (;;) {
			const t = lines[i];
			const c = t.charCodeAt(col);
			let key: string;
			let p: number;
			if (c === DQ || c === SQ) {
				key = this.parseQuoted(i, col, Infinity);
				p = skipWs(t, this.fp);
				if (t.charCodeAt(p) !== COLON || !wsOrEnd(t, p + 1)) this.fail(this.expectedKeyValue(t.slice(p)), i);
				p++;
			} else {
				if (isDashAt(t, col)) this.fail("Expected `key: value`, not a list item", i);
				this.checkPlainStart(t, col, i, false);
				const end = this.scanPlain(t, col, false);
				if (this.stop !== INDICATOR) this.fail(this.expectedKeyValue(t), i);
				key = keyString(resolvePlain(t.slice(col, end)));
				p = this.stopPos + 1;
			}
			if (hasOwn(obj, key)) this.fail(`Duplicate key "${key}"`, i);
			const saved = this.key;
			this.key = key;
			let value: unknown = null;
			const v = skipWs(t, p);
			if (v >= t.length || t.charCodeAt(v) === HASH) {
				const j = this.nextContent(i + 1);
				if (j < this.n && (this.ci > col || (this.ci === col && isDashAt(lines[j], col)))) value = this.parseNode(j, this.ci, col, BLOCK);
				else this.i = i + 1;
			} else value = this.parseNode(i, v, col, INLINE);
			this.key = saved;
			setKey(obj, key, value);
			const j = this.nextContent(this.i);
			if (j >= this.n || this.ci < col) {
				this.i = j;
				this.depth--;
				return obj;
			}
			if (this.ci > col) this.fail(this.badIndent(col, "keys"), j);
			i = j;
		}
	}

	private parseSeq(i: number, col: number): unknown[] {
		const { lines } = this;
		const arr: unknown[] = [];
		this.enter(i);
		for (;;) {
			const t = lines[i];
			const v = skipWs(t, col + 1);
			let item: unknown = null;
			if (v >= t.length || t.charCodeAt(v) === HASH) {
				const j = this.nextContent(i + 1);
				if (j < this.n && this.ci > col) item = this.parseNode(j, this.ci, col, BLOCK);
				else this.i = i + 1;
			} else item = this.parseNode(i, v, col, BLOCK);
			arr.push(item);
			const j = this.nextContent(this.i);
			if (j >= this.n || this.ci < col || (this.ci === col && !isDashAt(lines[j], col))) {
				this.i = j;
				this.depth--;
				return arr;
			}
			if (this.ci > col) this.fail(this.badIndent(col, "list items"), j);
			i = j;
		}
	}

	/** Rejects plain scalars that start with a YAML indicator we do not (or YAML does not) accept. */
	private checkPlainStart(t: string, p: number, line: number, flow: boolean): void {
		const c = t.charCodeAt(p);
		if (c > 64 && c < 123 && c !== LBRACKET && c !== RBRACKET && c !== 96) return; // letters: the common case
		const next = t.charCodeAt(p + 1);
		const ch = t.charAt(p);
		if (c === 38 || c === 42 || c === 33) {
			this.fail(`Anchors, aliases and tags ("&", "*", "!") are not supported${this.inKey()}; put the value in quotes`, line);
		}
		if (c === COMMA || c === RBRACKET || c === RBRACE) this.fail(`Unexpected "${ch}"${this.inKey()}`, line);
		if (c === LBRACKET || c === LBRACE) this.fail(this.expectedKeyValue(t), line);
		if (c === 64 || c === 96 || c === 37 || c === HASH || c === PIPE || c === GT || ((c === 63 || c === DASH) && (wsOrEnd(t, p + 1) || (flow && isFlowIndicator(next))))) {
			this.fail(`A value cannot start with "${ch}"${this.inKey()}; put it in quotes`, line);
		}
	}

	/**
	 * Scans a plain scalar on one line from `p`; returns its end (trailing spaces excluded) and sets
	 * `stop`: END, COMMENT (` #`) or INDICATOR (`: `, and in flow context also `,[]{}`).
	 */
	private scanPlain(t: string, p: number, flow: boolean): number {
		const len = t.length;
		let end = p;
		for (let k = p; k < len; k++) {
			const c = t.charCodeAt(k);
			if (c === COLON) {
				const d = t.charCodeAt(k + 1);
				if (k + 1 >= len || isWs(d) || (flow && isFlowIndicator(d))) {
					this.stop = INDICATOR;
					this.stopPos = k;
					return end;
				}
			} else if (c === HASH && k > 0 && isWs(t.charCodeAt(k - 1))) {
				this.stop = COMMENT;
				this.stopPos = k;
				return end;
			} else if (flow && isFlowIndicator(c)) {
				this.stop = INDICATOR;
				this.stopPos = k;
				return end;
			}
			if (!isWs(c)) end = k + 1;
		}
		this.stop = END;
		this.stopPos = len;
		return end;
	}

	/** A plain scalar in block context, folded over the more-indented lines that follow. */
	private parsePlain(i: number, col: number, end: number, parent: number): Scalar {
		const { lines, n } = this;
		let s = lines[i].slice(col, end);
		let last = i;
		if (this.stop === END) {
			let blanks = 0;
			for (let k = i + 1; k < n; k++) {
				const t = lines[k];
				const q = skipWs(t, 0);
				if (q >= t.length) {
					blanks++;
					continue;
				}
				const ind = countSpaces(t);
				if (t.charCodeAt(q) === HASH || ind <= parent) break;
				if (ind !== q) this.fail("Tab character used for indentation (indent with spaces)", k);
				const e = this.scanPlain(t, q, false);
				if (this.stop === INDICATOR) {
					this.fail(
						this.key === null
							? "Bad indentation: this line is indented under a value"
							: `Bad indentation: this line is indented under "${this.key}", which already has a value`,
						k,
					);
				}
				s += (blanks > 0 ? "\n".repeat(blanks) : " ") + t.slice(q, e);
				blanks = 0;
				last = k;
				if (this.stop === COMMENT) break;
			}
		}
		this.i = last + 1;
		return last === i ? resolvePlain(s) : s;
	}

	/**
	 * A quoted scalar starting at `pos` (the quote). It may continue on lines indented more than
	 * `parent` (line breaks fold to spaces). Sets `fl`/`fp` after the closing quote.
	 */
	private parseQuoted(i: number, pos: number, parent: number): string {
		const { lines, n } = this;
		let t = lines[i];
		const dq = t.charCodeAt(pos) === DQ;
		let line = i;
		let p = pos + 1;
		let seg = p;
		let out = "";
		let escapedBreak = false;
		for (;;) {
			if (p >= t.length) {
				// Spaces before a line break are dropped (escaped ones were already added to `out`).
				let e = p;
				while (e > seg && isWs(t.charCodeAt(e - 1))) e--;
				out += t.slice(seg, e);
				let blanks = 0;
				for (;;) {
					if (++line >= n) this.fail(`Unclosed ${dq ? "double" : "single"} quote${this.inKey()}`, i);
					t = lines[line];
					p = skipWs(t, 0);
					if (p < t.length) break;
					blanks++;
				}
				if (countSpaces(t) <= parent) this.fail(`Unclosed ${dq ? "double" : "single"} quote${this.inKey()}`, i);
				// A line break folds to a space, or to "\n" per empty line that follows it. After an
				// escaped line break (`\` at the end of the line) the first break is gone.
				if (escapedBreak) blanks--;
				if (blanks > 0) out += "\n".repeat(blanks);
				else if (blanks === 0) out += " ";
				escapedBreak = false;
				seg = p;
				continue;
			}
			const c = t.charCodeAt(p);
			if (dq) {
				if (c === DQ) break;
				if (c === BACKSLASH) {
					out += t.slice(seg, p);
					p++;
					if (p >= t.length) escapedBreak = true;
					else {
						const e = t.charAt(p);
						const k = ESC_IN.indexOf(e);
						if (k >= 0) {
							out += ESC_OUT.charAt(k);
							p++;
						} else {
							const len = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
							const hex = t.slice(p + 1, p + 1 + len);
							const cp = len > 0 && hex.length === len && isHex(hex) ? parseInt(hex, 16) : -1;
							if (cp < 0 || cp > 0x10ffff) this.fail(`Invalid escape "\\${e}"${this.inKey()} (write \\\\ for a backslash)`, line);
							out += String.fromCodePoint(cp);
							p += 1 + len;
						}
					}
					seg = p;
					continue;
				}
			} else if (c === SQ) {
				if (t.charCodeAt(p + 1) !== SQ) break;
				out += t.slice(seg, p + 1);
				p += 2;
				seg = p;
				continue;
			}
			p++;
		}
		this.fl = line;
		this.fp = p + 1;
		return out + t.slice(seg, p);
	}

	/** `|`, `|-`, `|+`, `>`, `>-`, `>+`, with an optional indentation indicator (`|2`). */
	private parseBlockScalar(i: number, col: number, parent: number): string {
		const { lines, n } = this;
		const t = lines[i];
		const folded = t.charCodeAt(col) === GT;
		let chomp = 0;
		let indicator = 0;
		let p = col + 1;
		for (let k = 0; k < 2; k++) {
			const c = t.charCodeAt(p);
			if (chomp === 0 && (c === DASH || c === 43)) chomp = c === DASH ? -1 : 1;
			else if (indicator === 0 && c >= 49 && c <= 57) indicator = c - 48;
			else break;
			p++;
		}
		const h = skipWs(t, p);
		if (h < t.length && (h === p || t.charCodeAt(h) !== HASH)) {
			this.fail(`Invalid block scalar header "${t.slice(col).trim()}"${this.inKey()}`, i);
		}
		// The first non-empty line sets the indentation (unless given); empty lines before it may not be longer.
		let longest = 0;
		let k = i + 1;
		for (; k < n; k++) {
			const sp = countSpaces(lines[k]);
			if (sp < lines[k].length) break;
			if (sp > longest) longest = sp;
		}
		const first = k < n ? countSpaces(lines[k]) : -1;
		let indent = Math.max(parent, 0) + indicator;
		if (indicator === 0) {
			if (first > parent && longest > first) {
				this.fail(`Bad indentation: an empty line before this block text${this.inKey()} has more spaces than its first line`, k);
			}
			indent = first > parent ? first : Math.max(longest, parent + 1);
		}
		// Without any text, lines of spaces are empty lines however long they are.
		const hasText = first >= indent;
		k = i + 1;
		let out = "";
		let empty = 0;
		let started = false;
		let moreIndented = false;
		for (; k < n; k++) {
			const line = lines[k];
			const sp = countSpaces(line);
			if (sp === line.length && (sp <= indent || !hasText)) {
				empty++;
				continue;
			}
			if (sp < indent) break;
			const text = line.slice(indent);
			if (!folded) out += "\n".repeat(started ? empty + 1 : empty);
			else if (isWs(text.charCodeAt(0))) {
				moreIndented = true;
				out += "\n".repeat(started ? empty + 1 : empty);
			} else if (moreIndented) {
				moreIndented = false;
				out += "\n".repeat(empty + 1);
			} else if (empty === 0) {
				if (started) out += " ";
			} else out += "\n".repeat(empty);
			out += text;
			started = true;
			empty = 0;
		}
		if (chomp === 1) out += "\n".repeat(started ? empty + 1 : empty);
		else if (chomp === 0 && started) out += "\n";
		this.i = k;
		return out;
	}

	/** A flow collection in block context; nothing but a comment may follow it on its last line. */
	private parseFlowTop(i: number, col: number, parent: number): unknown {
		this.fl = i;
		this.fp = col;
		this.fparent = parent;
		const close = this.lines[i].charCodeAt(col) === LBRACKET ? "]" : "}";
		const v = this.parseFlowNode();
		const t = this.lines[this.fl];
		const p = skipWs(t, this.fp);
		if (p < t.length && (t.charCodeAt(p) !== HASH || p === this.fp)) {
			this.fail(
				t.charCodeAt(p) === COLON ? "Lists and mappings can't be used as keys" : `Unexpected text after the closing "${close}"${this.inKey()}`,
				this.fl,
			);
		}
		this.i = this.fl + 1;
		return v;
	}

	/** Skips spaces, comments and line breaks inside a flow collection; returns the next character. */
	private flowWs(): number {
		const { lines, n } = this;
		let t = lines[this.fl];
		let p = skipWs(t, this.fp);
		while (p >= t.length || (t.charCodeAt(p) === HASH && (p === 0 || isWs(t.charCodeAt(p - 1))))) {
			if (++this.fl >= n) this.unclosed();
			t = lines[this.fl];
			p = skipWs(t, 0);
			if (p < t.length && t.charCodeAt(p) !== HASH) {
				const ind = countSpaces(t);
				const c = t.charCodeAt(p);
				if (ind < this.fparent || (ind === this.fparent && c !== RBRACKET && c !== RBRACE)) this.unclosed();
			}
		}
		this.fp = p;
		return t.charCodeAt(p);
	}

	private unclosed(): never {
		this.fail(`Unclosed "${this.openChar}"${this.inKey()}`, this.openLine);
	}

	/** A flow node at the cursor (which is on its first character). */
	private parseFlowNode(): unknown {
		const t = this.lines[this.fl];
		const c = t.charCodeAt(this.fp);
		if (c === LBRACKET || c === LBRACE) return this.parseFlowCollection(c === LBRACE);
		return this.parseFlowScalar();
	}

	private parseFlowScalar(): Scalar {
		const { lines, n } = this;
		const t = lines[this.fl];
		const c = t.charCodeAt(this.fp);
		if (c === DQ || c === SQ) return this.parseQuoted(this.fl, this.fp, this.fparent);
		this.checkPlainStart(t, this.fp, this.fl, true);
		let end = this.scanPlain(t, this.fp, true);
		let s = t.slice(this.fp, end);
		let multiline = false;
		while (this.stop === END) {
			let k = this.fl + 1;
			let blanks = 0;
			let q = 0;
			for (; k < n; k++) {
				q = skipWs(lines[k], 0);
				if (q < lines[k].length) break;
				blanks++;
			}
			if (k >= n) break;
			const next = lines[k];
			const d = next.charCodeAt(q);
			if (d === HASH || isFlowIndicator(d) || (d === COLON && (wsOrEnd(next, q + 1) || isFlowIndicator(next.charCodeAt(q + 1))))) break;
			if (countSpaces(next) <= this.fparent) break;
			end = this.scanPlain(next, q, true);
			s += (blanks > 0 ? "\n".repeat(blanks) : " ") + next.slice(q, end);
			multiline = true;
			this.fl = k;
		}
		this.fp = end;
		return multiline ? s : resolvePlain(s);
	}

	/** `[...]` or `{...}` at the cursor. */
	private parseFlowCollection(isMap: boolean): unknown {
		const savedLine = this.openLine;
		const savedChar = this.openChar;
		this.openLine = this.fl;
		this.openChar = isMap ? "{" : "[";
		this.enter(this.fl);
		this.fp++;
		const close = isMap ? RBRACE : RBRACKET;
		const closeChar = isMap ? "}" : "]";
		const arr: unknown[] | null = isMap ? null : [];
		const obj: Record<string, unknown> | null = isMap ? {} : null;
		for (;;) {
			let c = this.flowWs();
			if (c === close) break;
			if (c === COMMA) this.fail(`Unexpected ","${this.inKey()}`, this.fl);
			const isColl = c === LBRACKET || c === LBRACE;
			if (isColl && isMap) this.fail(`Lists and mappings can't be used as keys${this.inKey()}`, this.fl);
			let item = this.parseFlowNode();
			c = this.flowWs();
			let value: unknown = null;
			const pair = c === COLON;
			if (pair) {
				if (isColl) this.fail(`Lists and mappings can't be used as keys${this.inKey()}`, this.fl);
				this.fp++;
				c = this.flowWs();
				if (c !== COMMA && c !== close) {
					value = this.parseFlowNode();
					c = this.flowWs();
				}
			}
			if (obj !== null) {
				const key = keyString(item as Scalar);
				if (hasOwn(obj, key)) this.fail(`Duplicate key "${key}"`, this.fl);
				setKey(obj, key, value);
			} else {
				if (pair) {
					const single: Record<string, unknown> = {};
					setKey(single, keyString(item as Scalar), value);
					item = single;
				}
				arr?.push(item);
			}
			if (c === COMMA) {
				this.fp++;
				continue;
			}
			if (c === close) break;
			this.fail(`Expected "," or "${closeChar}"${this.inKey()}`, this.fl);
		}
		this.fp++;
		this.depth--;
		this.openLine = savedLine;
		this.openChar = savedChar;
		return obj ?? arr;
	}
}

/** Lines without their "\n" or "\r\n"; a final line break ends the last line, it does not start an empty one. */
function splitLines(raw: string): string[] {
	const lines: string[] = [];
	let p = 0;
	for (;;) {
		const q = raw.indexOf("\n", p);
		if (q < 0) {
			if (p < raw.length || p === 0) lines.push(raw.slice(p));
			return lines;
		}
		lines.push(raw.slice(p, q > p && raw.charCodeAt(q - 1) === 13 ? q - 1 : q));
		p = q + 1;
	}
}

/** Parse frontmatter YAML (the text between the `---` fences). `line` in errors is 1-based within `raw`. Never throws. */
export function parseFrontmatterYaml(raw: string): YamlResult {
	try {
		return { ok: true, data: new Parser(splitLines(raw)).parse() };
	} catch (e) {
		if (e instanceof YamlError) return { ok: false, error: { message: e.message, line: e.line } };
		return { ok: false, error: { message: "The frontmatter could not be read", line: 1 } };
	}
}

/** Aliases and tags as Obsidian reads them: a list, or a single string (tags: comma/space separated), `#` stripped from tags, non-strings stringified, empty dropped. */
export function readStringList(value: unknown, kind: "aliases" | "tags"): string[] {
	const out: string[] = [];
	const items: unknown[] = Array.isArray(value) ? value : [value];
	for (const item of items) {
		let s: string;
		if (typeof item === "string") s = item;
		else if (typeof item === "number" || typeof item === "boolean" || typeof item === "bigint") s = String(item);
		else continue;
		const parts = kind === "tags" && !Array.isArray(value) ? s.split(/[,\s]+/) : [s];
		for (let part of parts) {
			part = part.trim();
			if (kind === "tags" && part.charCodeAt(0) === HASH) part = part.slice(1).trim();
			if (part !== "") out.push(part);
		}
	}
	return out;
}
