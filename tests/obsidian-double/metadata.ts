/**
 * The double's own, small extraction of `CachedMetadata` from note text, shaped like Obsidian's:
 * 0-based lines, 0-based UTF-16 columns, offsets into the whole text, and arrays left out
 * (`undefined`) when a note has none of that kind, as in the real cache.
 *
 * Deliberately independent of src/core/note so it can check it rather than echo it.
 */
import type { CachedMetadata, EmbedCache, FrontmatterLinkCache, HeadingCache, LinkCache, ListItemCache, Loc, Pos, SectionCache, TagCache } from "obsidian";
import { parseYaml } from "./util";

interface Line {
	text: string;
	start: number;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	const re = /\r\n|\r|\n/g;
	let start = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		lines.push({ text: text.slice(start, m.index), start });
		start = m.index + m[0].length;
	}
	lines.push({ text: text.slice(start), start });
	return lines;
}

type BlockType = "paragraph" | "heading" | "list" | "code" | "blockquote" | "callout" | "table" | "thematicBreak" | "math" | "yaml";

interface Block {
	type: BlockType;
	from: number;
	to: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const ATX = /^ {0,3}(#{1,6})([ \t].*)?$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const TASK = /^\[(.)\][ \t]/;
const QUOTE = /^ {0,3}>/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function indentWidth(ws: string): number {
	let w = 0;
	for (const ch of ws) w += ch === "\t" ? 4 : 1;
	return w;
}

/** Replaces inline code spans with spaces, keeping every other column where it was. */
function maskInlineCode(line: string): string {
	const runs: { at: number; len: number }[] = [];
	const re = /`+/g;
	for (let m = re.exec(line); m; m = re.exec(line)) runs.push({ at: m.index, len: m[0].length });
	let out = line;
	for (let i = 0; i < runs.length; i++) {
		const open = runs[i];
		const close = runs.findIndex((r, j) => j > i && r.len === open.len);
		if (close < 0) continue;
		const end = runs[close].at + runs[close].len;
		out = out.slice(0, open.at) + " ".repeat(end - open.at) + out.slice(end);
		i = close;
	}
	return out;
}

function linkDisplay(link: string): string {
	const hash = link.indexOf("#");
	if (hash < 0) return link;
	const path = link.slice(0, hash);
	const sub = link.slice(hash + 1).split("#").filter((s) => s.length > 0).join(" > ");
	return path ? `${path} > ${sub}` : sub;
}

function safeDecode(s: string): string {
	try {
		return decodeURI(s);
	} catch {
		return s;
	}
}

export function computeMetadata(text: string): CachedMetadata {
	const lines = splitLines(text);
	const loc = (line: number, col: number): Loc => ({ line, col, offset: lines[line].start + col });
	const pos = (l1: number, c1: number, l2: number, c2: number): Pos => ({ start: loc(l1, c1), end: loc(l2, c2) });

	const cache: CachedMetadata = {};
	const headings: HeadingCache[] = [];
	const links: LinkCache[] = [];
	const embeds: EmbedCache[] = [];
	const tags: TagCache[] = [];
	const listItems: ListItemCache[] = [];
	const blocks: Block[] = [];
	const blockIds: NonNullable<CachedMetadata["blocks"]> = {};

	let i = 0;
	const first = lines[0].text.replace(/^\uFEFF/, "");
	if (first.trimEnd() === "---") {
		const close = lines.findIndex((l, j) => j > 0 && l.text.trimEnd() === "---");
		if (close > 0) {
			cache.frontmatterPosition = pos(0, 0, close, lines[close].text.length);
			blocks.push({ type: "yaml", from: 0, to: close });
			const yaml = lines.slice(1, close).map((l) => l.text).join("\n");
			try {
				const data: unknown = parseYaml(yaml);
				if (data && typeof data === "object" && !Array.isArray(data)) {
					cache.frontmatter = data;
					const fmLinks = frontmatterLinks(data as Record<string, unknown>);
					if (fmLinks.length > 0) cache.frontmatterLinks = fmLinks;
				}
			} catch {
				// Invalid YAML: Obsidian keeps the position but has no `frontmatter` object.
			}
			i = close + 1;
		}
	}

	const st: { current: Block | null } = { current: null };
	let fence: { ch: string; len: number } | null = null;
	let math = false;
	const listStack: { indent: number; line: number; item: ListItemCache }[] = [];
	let listStart = -1;
	const closeBlock = (): void => {
		st.current = null;
	};
	const open = (type: BlockType, line: number): Block => {
		const b: Block = { type, from: line, to: line };
		blocks.push(b);
		st.current = b;
		return b;
	};

	for (; i < lines.length; i++) {
		const t = lines[i].text;
		if (fence) {
			st.current!.to = i;
			const m = FENCE.exec(t);
			if (m && m[1][0] === fence.ch && m[1].length >= fence.len && m[2].trim() === "") {
				fence = null;
				closeBlock();
			}
			continue;
		}
		if (math) {
			st.current!.to = i;
			if (t.trim().endsWith("$$")) {
				math = false;
				closeBlock();
			}
			continue;
		}
		const fm = FENCE.exec(t);
		if (fm && !(fm[1][0] === "`" && fm[2].includes("`"))) {
			fence = { ch: fm[1][0], len: fm[1].length };
			open("code", i);
			continue;
		}
		if (/^\s*\$\$/.test(t)) {
			open("math", i);
			math = !(t.trim().length > 2 && t.trim().endsWith("$$"));
			if (!math) closeBlock();
			continue;
		}
		if (t.trim() === "") {
			// A blank line ends every block but a list, which may continue after it.
			if (st.current?.type !== "list") closeBlock();
			continue;
		}
		const cur = st.current;
		if (cur && cur.type === "list" && i > cur.to + 1 && !LIST_ITEM.test(t) && !/^[ \t]/.test(t)) {
			closeBlock();
		}

		const atx = ATX.exec(t);
		const setext = SETEXT.exec(t);
		const para = st.current;
		if (setext && para && para.type === "paragraph" && para.to === i - 1) {
			const textLines = lines.slice(para.from, i).map((l) => l.text.trim());
			para.type = "heading";
			para.to = i;
			headings.push({ heading: textLines.join(" "), level: setext[1][0] === "=" ? 1 : 2, position: pos(para.from, 0, i, t.length) });
			closeBlock();
		} else if (atx) {
			const inner = (atx[2] ?? "").trim().replace(/(^|[ \t]+)#+[ \t]*$/, "").trim();
			headings.push({ heading: inner, level: atx[1].length, position: pos(i, 0, i, t.length) });
			open("heading", i);
			closeBlock();
		} else if (THEMATIC.test(t)) {
			open("thematicBreak", i);
			closeBlock();
		} else if (LIST_ITEM.test(t)) {
			const m = LIST_ITEM.exec(t)!;
			const c = st.current;
			if (!c || c.type !== "list") {
				open("list", i);
				listStack.length = 0;
				listStart = i;
			}
			st.current!.to = i;
			const indent = indentWidth(m[1]);
			while (listStack.length > 0 && listStack[listStack.length - 1].indent >= indent) listStack.pop();
			const parent = listStack.length > 0 ? listStack[listStack.length - 1].line : -listStart;
			const item: ListItemCache = { position: pos(i, m[1].length, i, t.length), parent };
			const task = TASK.exec(t.slice(m[0].length));
			if (task) item.task = task[1];
			listItems.push(item);
			listStack.push({ indent, line: i, item });
		} else if (QUOTE.test(t)) {
			const c = st.current;
			if (c && (c.type === "blockquote" || c.type === "callout")) c.to = i;
			else open(/^ {0,3}>\s*\[!/.test(t) ? "callout" : "blockquote", i);
		} else if (t.includes("|") && i + 1 < lines.length && TABLE_DELIMITER.test(lines[i + 1].text) && st.current?.type !== "table") {
			open("table", i).to = i + 1;
		} else {
			const c = st.current;
			if (c && c.type !== "heading" && c.type !== "thematicBreak") {
				c.to = i;
				if (c.type === "list" && listStack.length > 0) {
					const last = listStack[listStack.length - 1].item;
					if (/^[ \t]/.test(t) || last.position.end.line === i - 1) last.position.end = loc(i, t.length);
				}
			} else open("paragraph", i);
		}

		scanInline(i, maskInlineCode(t));
	}

	function scanInline(line: number, masked: string): void {
		const taken: [number, number][] = [];
		const wiki = /(!?)\[\[([^[\]]+?)\]\]/g;
		for (let m = wiki.exec(masked); m; m = wiki.exec(masked)) {
			const original = lines[line].text.slice(m.index, m.index + m[0].length);
			const inner = m[2].replace(/\\\|/g, "|");
			const bar = inner.indexOf("|");
			const link = (bar < 0 ? inner : inner.slice(0, bar)).trim();
			if (link === "") continue;
			const ref = { link, original, displayText: bar < 0 ? linkDisplay(link) : inner.slice(bar + 1), position: pos(line, m.index, line, m.index + m[0].length) };
			(m[1] ? embeds : links).push(ref);
			taken.push([m.index, m.index + m[0].length]);
		}
		const md = /(!?)\[([^\]]*)\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+"[^"]*")?\s*\)/g;
		for (let m = md.exec(masked); m; m = md.exec(masked)) {
			const from = m.index;
			const to = m.index + m[0].length;
			if (taken.some(([a, b]) => from < b && to > a)) continue;
			const target = m[3].startsWith("<") ? m[3].slice(1, -1) : m[3];
			if (target === "" || URL_SCHEME.test(target) || target.startsWith("#")) continue;
			const original = lines[line].text.slice(m.index, m.index + m[0].length);
			const ref = { link: safeDecode(target), original, displayText: m[2], position: pos(line, m.index, line, m.index + m[0].length) };
			(m[1] ? embeds : links).push(ref);
			taken.push([m.index, m.index + m[0].length]);
		}
		const tag = /(^|\s)#([^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\]+)/gu;
		for (let m = tag.exec(masked); m; m = tag.exec(masked)) {
			const at = m.index + m[1].length;
			if (/^\d+$/.test(m[2]) || taken.some(([a, b]) => at >= a && at < b)) continue;
			tags.push({ tag: `#${m[2]}`, position: pos(line, at, line, at + 1 + m[2].length) });
		}
		const block = /(^|\s)\^([A-Za-z0-9-]+)\s*$/.exec(masked);
		if (block) blockIds[block[2].toLowerCase()] = { id: block[2], position: pos(line, 0, line, masked.length) };
	}

	const sections: SectionCache[] = blocks.map((b) => ({ type: b.type, position: pos(b.from, 0, b.to, lines[b.to].text.length) }));
	if (headings.length > 0) cache.headings = headings;
	if (links.length > 0) cache.links = links;
	if (embeds.length > 0) cache.embeds = embeds;
	if (tags.length > 0) cache.tags = tags;
	if (listItems.length > 0) cache.listItems = listItems;
	if (sections.length > 0) cache.sections = sections;
	if (Object.keys(blockIds).length > 0) cache.blocks = blockIds;
	return cache;
}

function frontmatterLinks(data: Record<string, unknown>): FrontmatterLinkCache[] {
	const out: FrontmatterLinkCache[] = [];
	const add = (key: string, value: unknown): void => {
		if (typeof value !== "string") return;
		const m = /^\[\[([^[\]]+)\]\]$/.exec(value.trim());
		if (!m) return;
		const bar = m[1].indexOf("|");
		const link = (bar < 0 ? m[1] : m[1].slice(0, bar)).trim();
		out.push({ key, link, original: value, displayText: bar < 0 ? linkDisplay(link) : m[1].slice(bar + 1) });
	};
	for (const [key, value] of Object.entries(data)) {
		if (Array.isArray(value)) value.forEach((v, i) => add(`${key}.${i}`, v));
		else add(key, value);
	}
	return out;
}
