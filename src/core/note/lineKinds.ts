/**
 * What kind of line a span of text is, read in place: `text` from offset `s` (inclusive) to `e`
 * (exclusive, before the line ending). Working on offsets lets the parser classify every line of
 * a large vault without copying it out first.
 */

/** `---`, `***`, `___` (with optional spaces or tabs between), at most 3 leading spaces: a thematic break. */
export function isRuleAt(text: string, s: number, e: number): boolean {
	let ch = 0;
	let count = 0;
	let lead = 0;
	let leading = true;
	for (let i = s; i < e; i++) {
		const c = text.charCodeAt(i);
		if (c === 32 || c === 9) {
			if (leading && c === 32) lead++;
			else leading = false;
			continue;
		}
		leading = false;
		if (c !== 45 && c !== 42 && c !== 95) return false;
		if (ch === 0) ch = c;
		else if (c !== ch) return false;
		count++;
	}
	return count >= 3 && lead <= 3;
}

/** `-`, `*`, `+`, `1.`, `1)` optionally followed by an empty checkbox `[ ]`, and nothing else; `k` is the marker's offset. */
export function isBareListMarkerAt(text: string, k: number, e: number): boolean {
	let i = k;
	const c = text.charCodeAt(i);
	if (c >= 48 && c <= 57) {
		while (i < e && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
		if (i >= e || (text.charCodeAt(i) !== 46 && text.charCodeAt(i) !== 41)) return false;
	}
	i++;
	if (i < e && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return false;
	while (i < e && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
	if (i + 2 < e && text.charCodeAt(i) === 91 && text.charCodeAt(i + 2) === 93 && text.charCodeAt(i + 1) === 32) i += 3;
	while (i < e && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
	return i === e;
}

/**
 * Is a line content, for the template check? Blank lines and thematic breaks (`---`) are not;
 * neither are placeholders left from a template: a bare list marker (`-`, `1.`, `- [ ]`) or a
 * one-line comment (`<!-- ... -->`, `%% ... %%`). Lines inside code blocks are content unless blank.
 */
export function isContentAt(text: string, s: number, e: number, inCode: boolean): boolean {
	let k = s;
	while (k < e && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
	if (k === e) return false;
	if (inCode) return true;
	const c = text.charCodeAt(k);
	if ((c === 45 || c === 42 || c === 95) && isRuleAt(text, s, e)) return false;
	if (c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57)) return !isBareListMarkerAt(text, k, e);
	if (c === 60 /* < */ || c === 37 /* % */) {
		const t = text.slice(k, e).trim();
		if (t.startsWith("<!--") && t.endsWith("-->") && t.length >= 7) return false;
		if (t.startsWith("%%") && t.endsWith("%%") && t.length >= 4) return false;
	}
	return true;
}

/** `isContentAt` for a whole line. */
export function isContentLine(line: string, inCode: boolean): boolean {
	return isContentAt(line, 0, line.length, inCode);
}
