/**
 * Character-level pieces of the frontmatter YAML reader (`yaml.ts`): character codes, escapes,
 * whitespace helpers and the YAML 1.2 core-schema resolution of plain scalars.
 */

export type Scalar = string | number | boolean | null;
const TAB = 9;
const SPACE = 32;
export const DQ = 34; // "
export const HASH = 35; // #
export const SQ = 39; // '
export const COMMA = 44;
export const DASH = 45;
export const COLON = 58;
export const GT = 62; // >
export const LBRACKET = 91;
export const BACKSLASH = 92;
export const RBRACKET = 93;
export const LBRACE = 123;
export const PIPE = 124;
export const RBRACE = 125;
/** Double-quote escapes: `\` + ESC_IN[i] means ESC_OUT[i]. */
export const ESC_IN = "0abt\tnvfre \"/\\N_LP";
export const ESC_OUT = "\0\x07\b\t\t\n\v\f\r\x1b \"/\\\x85\xa0\u2028\u2029";
export function isWs(c: number): boolean {
	return c === SPACE || c === TAB;
}

/** True when position `p` of `t` is the end of the line or a space/tab. */
export function wsOrEnd(t: string, p: number): boolean {
	return p >= t.length || isWs(t.charCodeAt(p));
}

export function isFlowIndicator(c: number): boolean {
	return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

export function skipWs(t: string, p: number): number {
	while (p < t.length && isWs(t.charCodeAt(p))) p++;
	return p;
}

export function countSpaces(t: string): number {
	let p = 0;
	while (t.charCodeAt(p) === SPACE) p++;
	return p;
}

/** `- ` (or a lone `-`) at column `col`. */
export function isDashAt(t: string, col: number): boolean {
	return t.charCodeAt(col) === DASH && wsOrEnd(t, col + 1);
}

export function isHex(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i) | 32;
		if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
	}
	return true;
}

const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** Resolves a plain scalar with the YAML 1.2 core schema (as the `yaml` package does). Dates stay strings. */
export function resolvePlain(s: string): Scalar {
	if (s === "") return null;
	const c = s.charCodeAt(0);
	if ((c >= 48 && c <= 57) || c === DASH || c === 43 || c === 46) {
		if (INT.test(s)) return parseInt(s, 10);
		if (FLOAT.test(s)) return parseFloat(s);
		if (s.length > 2 && c === 48) {
			const base = s.charCodeAt(1);
			if (base === 111 && /^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
			if (base === 120 && /^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
		}
		const inf = c === 46 ? s : s.slice(1);
		if (inf === ".inf" || inf === ".Inf" || inf === ".INF") return c === DASH ? -Infinity : Infinity;
		if (s === ".nan" || s === ".NaN" || s === ".NAN") return NaN;
		return s;
	}
	const lc = c | 32;
	if (s.length > 5 || !(c === 126 || lc === 110 || lc === 116 || lc === 102)) return s; // not ~, n, t, f
	switch (s) {
		case "~":
		case "null":
		case "Null":
		case "NULL":
			return null;
		case "true":
		case "True":
		case "TRUE":
			return true;
		case "false":
		case "False":
		case "FALSE":
			return false;
	}
	return s;
}

/** Object keys as the `yaml` package makes them: `1: x` and `1.0: x` give "1", `null: x` gives "". */
export function keyString(v: Scalar): string {
	return v === null ? "" : typeof v === "string" ? v : String(v);
}

export function hasOwn(o: object, k: string): boolean {
	return Object.prototype.hasOwnProperty.call(o, k);
}

export function setKey(o: Record<string, unknown>, k: string, v: unknown): void {
	if (k === "__proto__") Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
	else o[k] = v;
}
