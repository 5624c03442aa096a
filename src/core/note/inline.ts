/**
 * Inline markdown: code spans, wikilinks, markdown links, bold spans, tags and plain text.
 * Everything here works on one line at a time; offsets are 0-based into that line.
 */

import type { BoldSpan, Link, Tag } from "./types";

/**
 * Mis-encoded text seen in real notes: UTF-8 bytes decoded as Windows-1252 and saved again
 * (the seed note has `â†’` for `→`). Repaired only in plain text; the note itself is never rewritten.
 */
const MOJIBAKE: ReadonlyArray<[string, string]> = [
	["â†’", "→"],
	["â†", "←"],
	["â€™", "’"],
	["â€˜", "‘"],
	["â€œ", "“"],
	["â€\u009d", "”"],
	["â€“", "–"],
	["â€”", "—"],
	["â€¦", "…"],
	["â€¢", "•"],
	["Ã©", "é"],
	["Â ", " "],
];

/** Replace known mis-encoded sequences with the characters they stand for. */
export function repairMojibake(text: string): string {
	if (text.indexOf("â") === -1 && text.indexOf("Ã") === -1 && text.indexOf("Â") === -1) return text;
	let out = text;
	for (const [bad, good] of MOJIBAKE) {
		if (out.includes(bad)) out = out.split(bad).join(good);
	}
	return out;
}

/**
 * Blank out inline code spans (`` `x` ``) with spaces, keeping offsets, so that links and bold
 * markers inside code are not seen. Returns the input unchanged when it has no backtick.
 */
export function maskInlineCode(line: string): string {
	if (line.indexOf("`") === -1) return line;
	let out = "";
	let i = 0;
	let copied = 0;
	const n = line.length;
	while (i < n) {
		if (line.charCodeAt(i) !== 96) {
			i++;
			continue;
		}
		let run = 1;
		while (i + run < n && line.charCodeAt(i + run) === 96) run++;
		// Find a closing run of exactly the same length.
		let j = i + run;
		let close = -1;
		while (j < n) {
			if (line.charCodeAt(j) === 96) {
				let r = 1;
				while (j + r < n && line.charCodeAt(j + r) === 96) r++;
				if (r === run) {
					close = j;
					break;
				}
				j += r;
			} else j++;
		}
		if (close === -1) {
			i += run;
			continue;
		}
		const end = close + run;
		out += line.slice(copied, i) + " ".repeat(end - i);
		copied = end;
		i = end;
	}
	return copied === 0 ? line : out + line.slice(copied);
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Characters that may need work in `plainText` (besides `*`, handled on the fast path). */
const MARKUP = /[[\]`_=~\t\u00c2\u00c3\u00e2]| {2}/;

function safeDecode(s: string): string {
	if (s.indexOf("%") === -1) return s;
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** Whether the character at `at` is escaped by an odd number of backslashes before it. */
function escaped(text: string, at: number): boolean {
	let n = 0;
	for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 92; i--) n++;
	return n % 2 === 1;
}

/**
 * Find wikilinks, embeds and markdown links in one line. `masked` is the line with inline code
 * blanked (see `maskInlineCode`); `raw` is the original line, used for the link texts.
 * Malformed links (`[[]]`, `[[Target` without `]]`, `[[|x]]`) are not links.
 */
export function findLinks(raw: string, masked: string, lineNo: number, out: Link[]): void {
	let from = 0;
	// Wikilink extents, for markdown links found inside them; only kept when the line has one.
	const wikiRanges: number[] | null = masked.indexOf("](") !== -1 ? [] : null;
	if (masked.indexOf("[[") !== -1) {
		for (;;) {
			let open = masked.indexOf("[[", from);
			if (open === -1) break;
			const close = masked.indexOf("]]", open + 2);
			if (close === -1) break;
			// `[[[[x]]]]`: the innermost `[[` before the first `]]` opens the link.
			const inner = masked.lastIndexOf("[[", close - 1);
			if (inner > open) open = inner;
			from = close + 2;
			if (escaped(raw, open)) continue; // `\[[x]]` is text
			const body = raw.slice(open + 2, close);
			const pipe = body.indexOf("|");
			// In a table the separator is written `\|` (`[[Amazon S3\|S3]]`): the backslash is not part of the path.
			const pathPart = pipe === -1 ? body : body.slice(0, pipe > 0 && body.charCodeAt(pipe - 1) === 92 ? pipe - 1 : pipe);
			const hash = pathPart.indexOf("#");
			const target = (hash === -1 ? pathPart : pathPart.slice(0, hash)).trim();
			const subpath = hash === -1 ? null : pathPart.slice(hash + 1).trim();
			if (target === "" && !subpath) continue; // `[[]]`, `[[|x]]`, `[[#]]`
			const embed = open > 0 && raw.charCodeAt(open - 1) === 33; /* ! */
			const start = embed ? open - 1 : open;
			wikiRanges?.push(start, close + 2);
			out.push({
				line: lineNo,
				start,
				end: close + 2,
				raw: raw.slice(start, close + 2),
				kind: "wiki",
				embed,
				target,
				subpath: subpath === null ? null : subpath,
				display: pipe === -1 ? null : body.slice(pipe + 1),
				external: false,
			});
		}
	}
	if (wikiRanges === null) return;
	const re = /(!?)\[([^[\]\n]*)\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(masked)) !== null) {
		const start = m.index;
		const end = start + m[0].length;
		let inWiki = false;
		for (let k = 0; k < wikiRanges.length; k += 2) {
			if (start < wikiRanges[k + 1] && end > wikiRanges[k]) inWiki = true;
		}
		if (inWiki) continue;
		let url = raw.slice(start, end).slice(m[1].length + m[2].length + 3).trim();
		url = url.slice(0, url.length - 1).trim(); // drop ")"
		const titleAt = url.search(/\s+["']/);
		if (titleAt !== -1) url = url.slice(0, titleAt);
		if (url.startsWith("<") && url.endsWith(">")) url = url.slice(1, -1);
		const external = SCHEME.test(url);
		const hash = external ? -1 : url.indexOf("#");
		const path = safeDecode(hash === -1 ? url : url.slice(0, hash)).trim();
		const subpath = hash === -1 ? null : safeDecode(url.slice(hash + 1));
		if (!external && path === "" && !subpath) continue;
		out.push({
			line: lineNo,
			start,
			end,
			raw: raw.slice(start, end),
			kind: "markdown",
			embed: m[1] === "!",
			target: external ? url : path,
			subpath,
			display: raw.slice(start + m[1].length + 1, start + m[1].length + 1 + m[2].length),
			external,
		});
	}
}

/** Find `**bold**` and `__bold__` spans in a line (inline code already masked). */
export function findBold(raw: string, masked: string, lineNo: number, out: BoldSpan[]): void {
	scanDelimited(raw, masked, "**", lineNo, out);
	if (masked.indexOf("__") !== -1) scanDelimited(raw, masked, "__", lineNo, out);
}

/** Find inline tags (`#aws`, `#exam-tip`) in a line (inline code already masked), without the `#`. */
export function findTags(masked: string, lineNo: number, out: Tag[]): void {
	// After the start of the line, a blank, `(` or `,`; not all digits (`#1` is no tag).
	const re = /(?:^|[\s(,])#([\p{L}\p{N}_\-/]*[\p{L}_\-/][\p{L}\p{N}_\-/]*)/gu;
	let m: RegExpExecArray | null;
	while ((m = re.exec(masked)) !== null) out.push({ line: lineNo, tag: m[1] });
}

function scanDelimited(raw: string, masked: string, delim: string, lineNo: number, out: BoldSpan[]): void {
	let from = 0;
	for (;;) {
		let open = masked.indexOf(delim, from);
		if (open === -1) return;
		// `***x***`: skip extra marker characters so the span starts at the text.
		while (masked.startsWith(delim, open + 1) && masked.charAt(open + 2) === delim.charAt(0)) open++;
		const textStart = open + 2;
		const c = masked.charCodeAt(textStart);
		if (Number.isNaN(c) || c === 32 || c === 9) {
			from = open + 2;
			continue;
		}
		let close = masked.indexOf(delim, textStart);
		while (close !== -1 && (close === textStart || isSpace(masked.charCodeAt(close - 1)))) {
			close = masked.indexOf(delim, close + 1);
		}
		if (close === -1) return;
		// `**a***` closes with the last two of the run.
		while (masked.charAt(close + 2) === delim.charAt(0)) close++;
		if (delim === "__" && isWordChar(masked.charCodeAt(open - 1))) {
			from = close + 2;
			continue;
		}
		out.push({ line: lineNo, start: open, end: close + 2, text: raw.slice(textStart, close) });
		from = close + 2;
	}
}

function isSpace(c: number): boolean {
	return c === 32 || c === 9;
}

function isWordChar(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Markdown to plain text, for quiz prompts, explanations and UI labels:
 * `[[A|b]]` → `b`, `[[A#H]]` → `A`, `![[x]]` → ``, `[t](u)` → `t`, `**x**`/`__x__`/`*x*`/`==x==`/`~~x~~` → `x`,
 * `` `x` `` → `x`, mis-encodings repaired, whitespace collapsed.
 */
export function plainText(markdown: string): string {
	// Fast path for the commonest heading and list text: `**Term**` or text without markup.
	if (!MARKUP.test(markdown)) {
		const t = markdown.trim();
		if (t.startsWith("**") && t.endsWith("**") && t.length > 4 && t.indexOf("*", 2) === t.length - 2) return t.slice(2, -2).trim();
		if (t.indexOf("*") === -1) return t;
	}
	let s = repairMojibake(markdown);
	if (s.indexOf("[") !== -1) {
		// Every scan stops at the next bracket, so a line of thousands of unclosed `[[` stays linear.
		s = s.replace(/!\[\[[^[\]]*\]\]/g, "");
		s = s.replace(/\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g, (_m, target: string, display?: string) => {
			if (display !== undefined && display.trim() !== "") return display;
			const hash = target.indexOf("#");
			if (hash === -1) return target;
			const path = target.slice(0, hash).trim();
			return path === "" ? target.slice(hash + 1) : path;
		});
		s = s.replace(/!\[[^[\]]*\]\([^()]*\)/g, "");
		s = s.replace(/\[([^[\]]*)\]\([^()]*\)/g, "$1");
	}
	if (s.indexOf("`") !== -1) s = s.replace(/`+([^`]*)`+/g, "$1");
	// Emphasis spans may not contain their own marker character: each scan stops at the next
	// marker, which keeps thousands of unclosed `**` on one line linear (a lazy `.*?` is quadratic).
	if (s.indexOf("*") !== -1) {
		s = s.replace(/\*\*\*([^*\s](?:[^*]*[^*\s])?)\*\*\*/g, "$1");
		s = s.replace(/\*\*([^*\s](?:[^*]*[^*\s])?)\*\*/g, "$1");
		s = s.replace(/(^|[^*\w])\*([^*\s](?:[^*]*[^*\s])?)\*(?!\*)/g, "$1$2");
		s = s.replace(/\*\*/g, "");
	}
	if (s.indexOf("_") !== -1) {
		s = s.replace(/(^|\W)__([^_\s](?:[^_]*[^_\s])?)__(?=\W|$)/g, "$1$2");
		s = s.replace(/(^|\W)_([^_\s](?:[^_]*[^_\s])?)_(?=\W|$)/g, "$1$2");
	}
	if (s.indexOf("==") !== -1) s = s.replace(/==([^=\s](?:[^=]*[^=\s])?)==/g, "$1").replace(/==/g, "");
	if (s.indexOf("~~") !== -1) s = s.replace(/~~([^~\s](?:[^~]*[^~\s])?)~~/g, "$1");
	if (s.indexOf("\t") !== -1 || s.indexOf("  ") !== -1) s = s.replace(/\s+/g, " ");
	return s.trim();
}
