/**
 * The characters the parser reads with `charCodeAt`, by name, and the few tests it makes on them.
 * (Comparing codes instead of one-character strings keeps the line walk free of string work.)
 */

export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
/** `#` */
export const HASH = 0x23;
/** `%` */
export const PERCENT = 0x25;
/** `)` */
export const CLOSE_PAREN = 0x29;
/** `*` */
export const STAR = 0x2a;
/** `+` */
export const PLUS = 0x2b;
/** `-` */
export const DASH = 0x2d;
/** `.` */
export const DOT = 0x2e;
/** `<` */
export const LESS_THAN = 0x3c;
/** `=` */
export const EQUALS = 0x3d;
/** `[` */
export const OPEN_BRACKET = 0x5b;
/** `]` */
export const CLOSE_BRACKET = 0x5d;
/** `_` */
export const UNDERSCORE = 0x5f;
/** `` ` `` */
export const BACKTICK = 0x60;
/** `~` */
export const TILDE = 0x7e;
/** The byte order mark some editors write at the start of a file. */
export const BOM = 0xfeff;

export function isSpaceOrTab(c: number): boolean {
	return c === SPACE || c === TAB;
}

export function isDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}

/** The first offset in `text[from, end)` that is not a space or a tab; `end` when there is none. */
export function skipBlanks(text: string, from: number, end: number): number {
	let i = from;
	while (i < end && isSpaceOrTab(text.charCodeAt(i))) i++;
	return i;
}
