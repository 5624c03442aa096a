/**
 * Pure text edits for the missing-notes actions: rewriting links that use an alias or another
 * name of a service ("Fix links"), and the content and file name of a new note ("Create note").
 * Every edit touches only the link spans it rewrites; the rest of the note is kept byte for byte.
 */

import { deriveAliases } from "./catalog";
import { parseNote } from "../note/parseNote";
import { linkKey } from "./resolve";
import type { TemplateSpec } from "../template/spec";

export interface LinkRewrite {
	text: string;
	/** Number of links rewritten. */
	count: number;
	/**
	 * Links that match but were left as they are: their own text has backticks that the rewrite
	 * would drop or move (`[[A`x|shown]]`), which could change what is inline code on the line, or
	 * their shown text ends in "]", which would close the rewritten link early.
	 */
	kept: number;
	/** Why no link was rewritten although some may match (see `linktextProblem`), else null. */
	refused: string | null;
}

/**
 * Why links cannot be pointed at `linktext`, or null. A backtick is allowed in file names (on
 * Windows too, and Obsidian accepts it), but written into `[[...]]` it pairs with any other
 * backtick on the line, before or after the link, and the link becomes inline code: no longer a
 * link at all. Such a note has to be renamed before its links can be fixed.
 */
export function linktextProblem(linktext: string): string | null {
	return linktext.includes("`") ? `"${linktext}" has a backtick, which would turn the links into inline code` : null;
}

/**
 * The lengths of a text's backtick runs, in order ("`a``b`" → "1,2,1"). Inline code pairs a run
 * with the next run of the same length, so a link rewritten with the same runs leaves every code
 * span of its line, and the link itself, where they were.
 */
function backtickRuns(s: string): string {
	return s.indexOf("`") === -1 ? "" : (s.match(/`+/g) ?? []).map((r) => r.length).join(",");
}

/**
 * Point every link whose path is `fromKey` (see `linkKey`) at `newLinktext`, keeping what the
 * reader sees: `[[Amazon EKS]]` → `[[Amazon Elastic Kubernetes Service (EKS)|Amazon EKS]]`,
 * `[[Amazon EKS|the service]]` keeps its display text, `[[Amazon EKS#Pricing]]` keeps its heading.
 * Links in code are not links and are left alone, and so are links whose backticks the rewrite
 * would move (see `kept`). When `linktextProblem(newLinktext)` has a reason, nothing changes and
 * `refused` says why.
 */
export function rewriteLinks(text: string, fromKey: string, newLinktext: string): LinkRewrite {
	const refused = linktextProblem(newLinktext);
	if (refused !== null) return { text, count: 0, kept: 0, refused };
	const note = parseNote(text);
	const edits: { from: number; to: number; text: string }[] = [];
	let kept = 0;
	for (const link of note.links) {
		if (link.external || linkKey(link.target) !== fromKey) continue;
		const lineStart = note.lineStarts[link.line - 1];
		let replacement: string;
		if (link.kind === "wiki") {
			const sub = link.subpath !== null ? `#${link.subpath}` : "";
			const shown = link.display ?? (link.embed ? null : link.target + (link.subpath !== null ? ` > ${link.subpath}` : ""));
			// In a table row a bare `|` would start a new cell: the separator is written `\|` there.
			const bar = link.raw.includes("\\|") || /^\s*\|/.test(note.lineText(link.line)) ? "\\|" : "|";
			// A display text ending in "]" (or holding "]]") would close the link early ("[[X|- [ ]]]"):
			// such a link is left as it is, like one whose backticks would move.
			if (shown !== null && (shown.endsWith("]") || shown.includes("]]"))) {
				kept++;
				continue;
			}
			replacement = `${link.embed ? "!" : ""}[[${newLinktext}${sub}${shown !== null ? bar + shown : ""}]]`;
		} else {
			const sub = link.subpath !== null ? `#${encodeURI(link.subpath)}` : "";
			const url = encodeURI(newLinktext.endsWith(".md") ? newLinktext : newLinktext + ".md").replace(/\(/g, "%28").replace(/\)/g, "%29");
			replacement = `${link.embed ? "!" : ""}[${link.display ?? ""}](${url}${sub})`;
		}
		if (backtickRuns(replacement) !== backtickRuns(link.raw)) {
			kept++;
			continue;
		}
		edits.push({ from: lineStart + link.start, to: lineStart + link.end, text: replacement });
	}
	if (edits.length === 0) return { text, count: 0, kept, refused: null };
	// `note.links` lists a line's wikilinks before its markdown links: apply the edits in text order.
	edits.sort((a, b) => a.from - b.from);
	let out = "";
	let at = 0;
	for (const e of edits) {
		out += text.slice(at, e.from) + e.text;
		at = e.to;
	}
	return { text: out + text.slice(at), count: edits.length, kept, refused: null };
}

/** Characters a file name cannot hold on some system, and those that break wikilinks. */
const UNSAFE = /[\\/:*?"<>|#^[\]]/g;

/**
 * A file name (without `.md`) for a link target. Characters that cannot be in a file name
 * (`\ / : * ? " < > |`) or that break links (`# ^ [ ] |`) become spaces or dashes;
 * `changed` tells the caller to keep the original name as an alias and to say so.
 */
export function safeFileName(target: string): { name: string; changed: boolean } {
	let name = withoutLoneSurrogates(target).replace(/\p{Cc}/gu, "").replace(UNSAFE, (c) => (c === ":" || c === "/" || c === "\\" || c === "|" ? " - " : " "));
	name = name.replace(/\s+/g, " ").replace(/( - )+/g, " - ").trim();
	name = name.replace(/^[.\s-]+/, "").replace(/[.\s]+$/, "");
	if (name.length > MAX_NAME) {
		// Cut between characters, not inside a surrogate pair (an emoji), then drop what a name cannot end with.
		const c = name.charCodeAt(MAX_NAME - 1);
		name = name.slice(0, c >= 0xd800 && c <= 0xdbff ? MAX_NAME - 1 : MAX_NAME).replace(/[.\s]+$/, "");
	}
	if (name === "") name = "Untitled";
	return { name, changed: name !== target };
}

/** Longest file name (UTF-16 units, without `.md`): file systems allow 255 bytes, and the path adds more. */
const MAX_NAME = 180;

/** Half of a surrogate pair cannot be written to a file name (it is not valid UTF-8 or UTF-16): drop it. */
function withoutLoneSurrogates(s: string): string {
	let out = "";
	let from = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0xd800 || c > 0xdfff) continue;
		const next = s.charCodeAt(i + 1);
		if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
			i++;
			continue;
		}
		out += s.slice(from, i);
		from = i + 1;
	}
	return from === 0 ? s : out + s.slice(from);
}

/** A plain YAML scalar that would be read as a number (`1.`, `1e3`, `0x1f`), not as the text. */
const YAML_NUMBER = /^(?:[-+]?(?:\.\d+|\d[\d_]*(?:\.\d*)?)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+)$/i;

function yamlQuote(s: string): string {
	return /^[\w][\w .()&,'-]*$/.test(s) && !/^(true|false|null|yes|no|~)$/i.test(s) && !/: /.test(s) && !YAML_NUMBER.test(s) ? s : JSON.stringify(s);
}

/**
 * The text of a new note for `target`: frontmatter `aliases` (derived names, plus the original
 * target when the file name had to change), then the template note's body or, without one,
 * the built-in skeleton of the template's sections.
 */
export function newNoteContent(target: string, options: { spec: TemplateSpec; templateText?: string | null; fileName?: string }): string {
	const aliases = deriveAliases(target);
	if (options.fileName !== undefined && options.fileName !== target && !aliases.includes(target)) aliases.unshift(target);
	let body: string;
	let templateAliases: string[] = [];
	if (options.templateText !== undefined && options.templateText !== null) {
		const t = parseNote(options.templateText);
		templateAliases = t.frontmatter?.aliases ?? [];
		const start = t.frontmatter ? t.lineStarts[t.frontmatter.endLine] ?? t.length : t.bom ? 1 : 0;
		body = options.templateText.slice(start).replace(/^(\r?\n)+/, "");
		// A function, not a string: `$&`, `$'` in a target are text, not replacement patterns.
		body = body.replace(/\{\{\s*title\s*\}\}/g, () => target);
	} else {
		const parts: string[] = [];
		options.spec.sections.forEach((s, i) => {
			if (i > 0) parts.push("---", "");
			parts.push(i === 0 ? `**${s.name}**` : `## **${s.name}**`, "", "");
		});
		body = parts.join("\n");
	}
	const all = [...new Set([...aliases, ...templateAliases])];
	const fm = all.length > 0 ? ["---", "aliases:", ...all.map((a) => `  - ${yamlQuote(a)}`), "---", ""].join("\n") : "";
	return fm + (fm ? "\n" : "") + body;
}
