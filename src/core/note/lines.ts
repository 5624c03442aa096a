/**
 * A note's lines, read by offsets into its text: where a line ends and the next one starts (a line
 * ends at `\n`, `\r\n` or a lone `\r`), and the per-line tables the model builds on first read.
 */

import { CR, LF } from "./chars";
import type { NoteModel } from "./types";

/**
 * Where the line starting at `pos` ends (before its line ending). `hasCR` says whether the text
 * holds a `\r` at all: without one, only `\n` ends a line and `indexOf` finds it.
 */
export function lineEnd(text: string, pos: number, hasCR: boolean): number {
	if (!hasCR) {
		const nl = text.indexOf("\n", pos);
		return nl === -1 ? text.length : nl;
	}
	for (let i = pos; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === LF || c === CR) return i;
	}
	return text.length;
}

/** Where the next line starts after a line that ends at `end`, or -1 when that line is the last. */
export function nextLineStart(text: string, end: number): number {
	if (end >= text.length) return -1;
	return text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
}

/** The lines of a note, their offsets and their endings (see `NoteModel`). */
export interface LineTable {
	lines: string[];
	lineStarts: number[];
	lineEndings: string[];
	eol: NoteModel["eol"];
}

/** Split `text` into lines from offset `start` (1 after a byte order mark, else 0). */
export function splitLines(text: string, start: number): LineTable {
	const hasCR = text.indexOf("\r", start) !== -1;
	const table: LineTable = { lines: [], lineStarts: [], lineEndings: [], eol: "\n" };
	let lf = 0;
	let crlf = 0;
	let cr = 0;
	let pos = start;
	for (;;) {
		const end = lineEnd(text, pos, hasCR);
		const next = nextLineStart(text, end);
		const ending = lineEnding(text, end, next);
		table.lines.push(text.slice(pos, end));
		table.lineStarts.push(pos);
		table.lineEndings.push(ending);
		if (ending === "\n") lf++;
		else if (ending === "\r\n") crlf++;
		else if (ending === "\r") cr++;
		if (next === -1) break;
		pos = next;
	}
	table.eol = dominantEol(lf, crlf, cr);
	return table;
}

/** The line ending between a line's `end` and the `next` line's start ("" after the last line). */
function lineEnding(text: string, end: number, next: number): string {
	if (next === -1) return "";
	if (next === end + 2) return "\r\n";
	return text.charCodeAt(end) === CR ? "\r" : "\n";
}

/** The line ending most lines use: `\n` unless another is more frequent (`\r\n` wins a tie with `\r`). */
function dominantEol(lf: number, crlf: number, cr: number): NoteModel["eol"] {
	if (crlf > lf && crlf >= cr) return "\r\n";
	if (cr > lf && cr > crlf) return "\r";
	return "\n";
}
