/**
 * Layouts that stand for a document of headings and bullets, read as that document:
 * - a page exported from an outliner ("- ## Overview", see `outliner.ts`), line for line;
 * - an outline numbered as text ("1.1 ...", "4.4.1 ..."), as bullets, line for line;
 * - Cornell notes written as a table, `| Cues | Notes |`, one row per cue with the notes in one cell
 *   (`<br>` between them): each row is a heading (the cue) and a bullet per note. Obsidian shows such
 *   a table as a table; the quiz, reading it as rows, found nothing to ask in it (the notes of blind
 *   read 24 in that layout gave no quiz).
 * The document has more lines than the note then: `lineOf` takes each of its lines back to the
 * note's own (a row's heading and bullets all point at the row).
 */

import { findService } from "../links/catalog";
import { parseNote } from "../note/parseNote";
import type { NoteModel } from "../note/types";
import { NOTION_ID } from "./context";
import { letteredAsDocument } from "./lettered";
import { isKnownService } from "./names";
import { FENCE, outlinerAsDocument } from "./outliner";
import { escapeRegExp, wordCount } from "./text";

/** The note as the quiz reads it, and the note's line for a line of it (null: the same lines). */
export interface DocumentView {
	note: NoteModel;
	lineOf: ((line: number) => number) | null;
}

/** A table row: "| a | b |" (the outer pipes optional on neither side). */
const ROW = /^\s*\|(.*)\|\s*$/;
const CUES_HEAD = /^(?:cues?|questions?|key ?words?|keywords?|prompts?|topics?|recall)$/i;
const NOTES_HEAD = /^(?:notes?|answers?|details?|main notes?|note taking|notes column)$/i;
/** A line break inside a table cell. */
const CELL_BREAK = /<br\s*\/?>/i;

function cells(line: string): string[] | null {
	const m = ROW.exec(line);
	return m === null ? null : m[1].split("|").map((c) => c.trim());
}

/** The head of a table column as a word: "**Cues**" → "Cues", "📝 Notes" → "Notes". */
function headWord(cell: string): string {
	return cell
		.replace(/[*_`]/g, "")
		.replace(/[^\p{L}\p{N} ]+/gu, " ")
		.trim();
}

/** True when line `i` heads a Cornell table: "| Cues | Notes |" over its "|---|---|" rule. */
function isCornellHead(lines: readonly string[], i: number): boolean {
	const head = cells(lines[i]);
	if (head === null || head.length !== 2 || !CUES_HEAD.test(headWord(head[0])) || !NOTES_HEAD.test(headWord(head[1]))) return false;
	const rule = i + 1 < lines.length ? cells(lines[i + 1]) : null;
	return rule !== null && rule.every((c) => /^:?-{3,}:?$/.test(c));
}

/**
 * A Cornell table spread out as headings and bullets (see the module comment), with the note's line
 * for each line; null when the note has no Cornell table.
 */
export function cornellAsDocument(lines: readonly string[]): { lines: string[]; from: number[] } | null {
	// Most notes have no Cornell table: they are not copied.
	if (!lines.some((_, i) => isCornellHead(lines, i))) return null;
	const out: string[] = [];
	const from: number[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (!isCornellHead(lines, i)) {
			out.push(lines[i]);
			from.push(i + 1);
			continue;
		}
		// The header and its rule become blank lines; each row below, a heading and its bullets.
		out.push("", "");
		from.push(i + 1, i + 2);
		let r = i + 2;
		for (; r < lines.length; r++) {
			const row = cells(lines[r]);
			if (row === null) break;
			const [cue = "", notes = ""] = row;
			if (cue !== "") {
				out.push(`### ${cue.split(CELL_BREAK).join(" ").trim()}`);
				from.push(r + 1);
			}
			for (const part of notes.split(CELL_BREAK)) {
				// "• Standard queues ...", "- ...", "1. ...": a list marker typed in the cell (not the "**" of bold).
				const text = part.replace(/^\s*(?:[•·▪◦]\s*|[-*+]\s+|\d{1,2}[.)]\s+)/, "").trim();
				if (text === "") continue;
				out.push(`- ${text}`);
				from.push(r + 1);
			}
		}
		i = r - 1;
	}
	return { lines: out, from };
}

/** The opening or closing line of a fenced code block. */

/** `change` applied to each line outside fenced code blocks; fences and the code in them stay as they are. */
function mapOutsideCode(lines: readonly string[], change: (line: string, index: number) => string): string[] {
	let fenced = false;
	return lines.map((line, i) => {
		if (!FENCE.test(line)) return fenced ? line : change(line, i);
		fenced = !fenced;
		return line;
	});
}

/** `mapOutsideCode`, or null when no line changed: a reading that found nothing of its kind. */
function rewriteOutsideCode(lines: readonly string[], change: (line: string) => string): string[] | null {
	const out = mapOutsideCode(lines, change);
	return out.some((line, i) => line !== lines[i]) ? out : null;
}

/**
 * The note without its Obsidian comments: "%% my aside %%" inline, or from a line's "%%" to the next
 * one's, which reading view hides and the student wrote to themselves (blind read 139). Line for line;
 * null when the note has none.
 */
export function withoutComments(lines: readonly string[]): string[] | null {
	if (!lines.some((line) => line.includes("%%"))) return null;
	let open = false;
	return rewriteOutsideCode(lines, (line) => {
		if (!open && !line.includes("%%")) return line;
		let out = "";
		let rest = line;
		for (let at = rest.indexOf("%%"); at !== -1; at = rest.indexOf("%%")) {
			if (!open) out += rest.slice(0, at);
			open = !open;
			rest = rest.slice(at + 2);
		}
		return (open ? out : out + rest).trimEnd();
	});
}

/** "1.1 text", "    4.4.1 text": a line numbered as a point of an outline typed as text. */
const OUTLINE_NUMBER = /^[ \t]*(\d{1,3}(?:\.\d{1,3})+)\.?[ \t]+(?=\S)/;
/** Fewer numbered lines than this are figures at a line's start ("2.5 GB per ..."), no outline. */
const MIN_NUMBERED = 3;

/**
 * An outline numbered as text, one point a line ("1. What is it" over "    1.1 **ML-powered** ops
 * svc ..."), as the bullets it stands for: "1.1" a bullet one level in, "4.4.1" two levels. Markdown
 * reads such lines as text continuing the item above, and the quiz read the numbers as words ("Scenario:
 * 10.3 just send ...", blind read 95). Line for line; null when the note has no such outline.
 */
export function numberedAsDocument(lines: readonly string[]): string[] | null {
	let numbered = 0;
	const out = mapOutsideCode(lines, (line) => {
		const m = OUTLINE_NUMBER.exec(line);
		if (m === null) return line;
		numbered++;
		return `${"\t".repeat(m[1].split(".").length - 1)}- ${line.slice(m[0].length)}`;
	});
	return numbered >= MIN_NUMBERED ? out : null;
}

/** "4/ What you can attach 🔌": a post of a thread written as a note, numbered as it was posted. */
const POST_NUMBER = /^(\d{1,2})\/\s+(?=\S)/;
/** The thread's opening hook ("🧵 Everything about Athena in 10 posts") or closing "TL;DR" post: about the thread, or all of it again. */
const THREAD_META = /^(?:tl;?dr\b|.*(?:🧵|\bthread\b|\bin \d{1,2} (?:quick |short )?(?:posts|tweets)\b))/iu;

/**
 * A note written as a thread of posts ("1/ 🧵 Athena in 10 quick posts", "2/ Athena = ...") as the
 * paragraphs it stands for (blind read 147): the post numbers go; a post that only names what the list
 * under it holds ("4/ What you can attach 🔌") is that list's label; the hook and the TL;DR are read
 * past. Line for line; null when the note is no thread (fewer than three numbered posts).
 */
export function withoutPostNumbers(lines: readonly string[]): string[] | null {
	if (lines.filter((line) => POST_NUMBER.test(line)).length < MIN_NUMBERED) return null;
	const listFollows = (i: number): boolean => /^\s*(?:[-*+]|\d{1,3}[.)])\s/.test(lines[i + 1] ?? "");
	return mapOutsideCode(lines, (line, at) => {
		const m = POST_NUMBER.exec(line);
		if (m === null) return line;
		const post = line.slice(m[0].length);
		if (THREAD_META.test(post)) return "";
		return listFollows(at) && !/[.!?:]\s*$/.test(post) && wordCount(post) <= 6 ? `${post.trimEnd()}:` : post;
	});
}

/** The note as `buildFacts` reads it (see the module comment). */
export function asDocument(source: NoteModel): DocumentView {
	const note = withoutPageIds(source);
	const outline = outlinerAsDocument(note.lines);
	const numbered = numberedAsDocument(outline ?? note.lines);
	let lines = numbered ?? outline ?? letteredAsDocument(note.lines) ?? indentedAsDocument(note.lines) ?? note.lines;
	// Each reading takes the lines as the one before it left them.
	for (const read of [withoutComments, withoutPostNumbers, withFullWidthAsAscii, withoutStruck, withoutIdeaIds, withoutSpeakers, withoutCloze, withoutTaskFields, withoutStarredRemarks]) lines = read(lines) ?? lines;
	const cornell = cornellAsDocument(lines);
	if (cornell !== null) {
		const from = cornell.from;
		return { note: parseNote(cornell.lines.join("\n")), lineOf: (line) => from[line - 1] ?? line };
	}
	return { note: lines === note.lines ? note : parseNote(lines.join("\n")), lineOf: null };
}

/** "## Shield Advanced f3a9c1d8": a Notion export's page id after a heading is no part of its name (blind read 44). */
function withoutPageIds(note: NoteModel): NoteModel {
	const marked = note.headings.filter((h) => NOTION_ID.test(h.plain) && NOTION_ID.test(note.lines[h.line - 1]?.trimEnd() ?? ""));
	if (marked.length === 0) return note;
	const lines = note.lines.slice();
	for (const h of marked) lines[h.line - 1] = lines[h.line - 1].trimEnd().replace(NOTION_ID, "");
	return parseNote(lines.join("\n"));
}

/** A line indented by tabs or spaces, with no list marker: a point of an outline kept by indentation alone. */
const INDENTED = /^(\t+| {2,})(?![-*+]\s|\d{1,3}[.)]\s|>|\|)(\S.*)$/;
/** A line at the left edge that ends with a colon: the topic of the indented lines below it. */
const TOPIC_LINE = /^(?![#>|*+-]|\d{1,3}[.)]\s)(\S[^:]{0,60}):\s*$/;

/**
 * An outline kept by indentation alone ("what it is:" over tab-indented facts, blind read 122), as the
 * document it stands for: each topic line a heading, each indented line a bullet at its depth.
 * Markdown reads such lines as one paragraph (or as code after a blank line), and the quiz found
 * nothing to ask in them. Line for line; null unless two topics or more hold five indented lines or more.
 */
export function indentedAsDocument(lines: readonly string[]): string[] | null {
	let points = 0;
	let topics = 0;
	let unit = Number.POSITIVE_INFINITY;
	for (let i = 0; i < lines.length; i++) {
		if (FENCE.test(lines[i])) return null;
		const m = INDENTED.exec(lines[i]);
		if (m !== null) {
			points++;
			if (!m[1].startsWith("\t")) unit = Math.min(unit, m[1].length);
		} else if (TOPIC_LINE.test(lines[i]) && INDENTED.test(lines[i + 1] ?? "")) topics++;
	}
	if (points < 5 || topics < 2) return null;
	return lines.map((line, i) => {
		const m = INDENTED.exec(line);
		if (m !== null) {
			const depth = m[1].startsWith("\t") ? m[1].length : Math.max(1, Math.round(m[1].length / unit));
			return `${"\t".repeat(depth - 1)}- ${m[2]}`;
		}
		const topic = TOPIC_LINE.exec(line);
		return topic !== null && INDENTED.test(lines[i + 1] ?? "") ? `## ${topic[1]}` : line;
	});
}

/**
 * "~~20~~ EDIT: 50", "~~VTL only~~ UPDATE (2024): JavaScript too": struck words and the mark of what
 * replaced them (group 1); inline code is matched to be passed over.
 */
const STRUCK = /`[^`]*`|(~~[^~\n]+~~\s*(?:(?:edit|update|updated|correction|fix)(?:\s*\([^)]{0,20}\))?\s*:\s*)?)/giu;

/**
 * The note without the words its writer struck out: "~~40 Gbps~~ 400 Gbps" says 400 Gbps, and the
 * struck words are what is no longer true (blind reads 122-123: they were read as facts). Line for
 * line, code left as it is; null when nothing is struck.
 */
export function withoutStruck(lines: readonly string[]): string[] | null {
	return rewriteOutsideCode(lines, (line) => (line.includes("~~") ? line.replace(STRUCK, (m, s: string | undefined) => (s === undefined ? m : "")) : line));
}

/** "**4d** Origin groups", "**12** The cache key": an idea's number in bold at a line's start, before a word written with a capital. */
const IDEA_LABEL = /^(\s*(?:[-*+]\s+)?)\*\*(\d{1,2}[a-z]{0,2})\*\*\s+(?=\*\*|\p{Lu}|\[)/u;
/** "### 202405141030 Title": a Zettelkasten timestamp id in front of a heading's words. */
const IDEA_STAMP = /^(\s*#{1,6}\s+)\d{12,14}\s+(?=\S)/;

/**
 * A note of numbered ideas (Zettelkasten) without their ids: "**4d** WAF web ACLs attach to ..." is
 * "WAF web ACLs attach to ...", "### 202405141110 SCPs are guardrails" is "### SCPs are guardrails"
 * (blind read 117: the ids were asked as key terms and read as part of a statement). Line for line;
 * null when the note has fewer than three such ids.
 */
export function withoutIdeaIds(lines: readonly string[]): string[] | null {
	let ids = 0;
	// "**502** Bad Gateway" is a figure: ideas are numbered as branches ("1a", "2b") or by a timestamp.
	let branched = false;
	const out = mapOutsideCode(lines, (line) => {
		const m = IDEA_LABEL.exec(line) ?? IDEA_STAMP.exec(line);
		if (m === null) return line;
		ids++;
		branched ||= m[2] === undefined || /[a-z]$/.test(m[2]);
		return m[1] + line.slice(m[0].length);
	});
	return ids >= MIN_NUMBERED && branched ? out : null;
}

/** "JK: lives in your VPC", "- @priya: ...", "**Sam:** ...": a member of a study group says the line. */
const SPEAKER = /^(\s*(?:[-*+]\s+)?)(?:\*\*)?(@[\p{L}\d_.-]+|\p{Lu}{2}|\p{Lu}\p{Ll}{1,11}|[Mm]e)(?:\*\*)?\s*:(?:\*\*)?\s+/u;
/** "no.", "yes,", "right -": a speaker's reply to the line before, no part of what the line says. */
const REPLY = /^(?:no|nope|yes|yeah|yep|right|exactly|correct|true)\b[.,!:–—-]+\s+(?=\S)/i;

/**
 * A study group's shared note without its speakers: "JK: lives in your VPC" is "lives in your VPC",
 * and "... (MS)" at a line's end goes too (blind read 110); "Priya: no. GA gives you ..." is "GA gives
 * you ..." (blind read 139). Speakers are tags that say no service ("SQS:" is a label) and speak on two
 * lines at least, two of them in the note; a speaker by name ("Sam:", not "JK:") where some speaker
 * asks a question, as people in a call do, and labels ("Standard:", "FIFO:") do not. Line for line;
 * null when no one speaks.
 */
export function withoutSpeakers(lines: readonly string[]): string[] | null {
	const said = new Map<string, number>();
	let asks = false;
	for (const line of lines) {
		const tag = SPEAKER.exec(line)?.[2];
		if (tag === undefined || (!tag.startsWith("@") && isServiceTag(tag))) continue;
		said.set(tag, (said.get(tag) ?? 0) + 1);
		asks ||= line.includes("?");
	}
	const named = (tag: string): boolean => /^\p{Lu}\p{Ll}|^[Mm]e$/u.test(tag);
	const speakers = [...said]
		.filter(([tag, n]) => n >= 2 && (tag.startsWith("@") || !/^(?:AZ|IP|DB|OS|VM|PK|SK|SG|HA|DR|CI|CD|ID|UI|QA|PS|NB)$/.test(tag)) && (!named(tag) || (asks && !LABEL_WORD.test(tag))))
		.map(([tag]) => tag);
	if (speakers.length < 2) return null;
	const tail = new RegExp(`\\s*\\((?:${speakers.map(escapeRegExp).join("|")})\\)\\s*$`, "u");
	return lines.map((line) => {
		const m = SPEAKER.exec(line);
		const bare = m !== null && speakers.includes(m[2]) ? m[1] + line.slice(m[0].length).replace(REPLY, "") : line;
		return bare.replace(tail, "");
	});
}

/** True when a tag is a service as the catalog writes it: "Athena:" is a label; "Sam:" is a person, not AWS SAM. */
function isServiceTag(tag: string): boolean {
	if (!/^\p{Lu}\p{Ll}/u.test(tag)) return isKnownService(tag);
	return findService(tag)?.names.some((n) => n === tag || n.endsWith(` ${tag}`)) ?? false;
}

/** Words that label a line rather than name a person ("Note:", "Tip:", "Answer:"), and chatbots, whose answers `unsure.ts` finds by their name. */
const LABEL_WORD = /^(?:claude|gemini|copilot|bard|perplexity|note|notes|tip|tips|example|examples|answer|question|q|a|warning|summary|why|how|what|when|where|use|uses|pros|cons|limits?|pricing|cost|costs|security|gotcha|trap|fix|problem|solution|result|step|steps|todo|done|source|see|ref|refs|edit|update|status|owner|date|time|topic|agenda|attendees)$/i;

/** "{{c1::S3 bucket}}", "{{c2::overwrite::needed for Athena}}", "{{c1: us-east-1}}": a cloze deletion of a spaced-repetition plugin, its hint after "::"; inline code is matched to be passed over. */
const CLOZE = /`[^`]*`|\{\{c\d{1,2}::?\s*((?:(?!::|\}\}).)+?)\s*(?:::(?:(?!\}\}).)*)?\}\}/gu;

/**
 * The note with its cloze deletions read as the key terms they mark: "{{c1::S3 bucket}}" is
 * "==S3 bucket==", a highlight, and a hint after "::" goes (blind read 126: the markup was left in
 * statements). Line for line, code left as it is; null when the note has no cloze.
 */
export function withoutCloze(lines: readonly string[]): string[] | null {
	return rewriteOutsideCode(lines, (line) => (line.includes("{{c") ? line.replace(CLOZE, (m, answer: string | undefined) => (answer === undefined ? m : `==${answer}==`)) : line));
}

/** "📅 2024-06-02", "✅ 2024-05-10", "⏫": the Tasks plugin's dates and priorities on a task line. */
const TASK_FIELD = /\s*(?:(?:📅|⏳|🛫|✅|➕|❌|🔁)\uFE0F?\s*\d{4}-\d{2}-\d{2}|⏫|🔼|🔽|🔺|⏬)(?=\s|$)/gu;

/**
 * Task lines without the Tasks plugin's dates and priorities: "- [x] retention **4 days** ✅ 2024-05-10"
 * says "retention 4 days" (blind read 127). Line for line; null when no task line has any.
 */
export function withoutTaskFields(lines: readonly string[]): string[] | null {
	return rewriteOutsideCode(lines, (line) => {
		if (!/^\s*(?:[-*+]|\d+[.)])\s+\[.\]/.test(line)) return line;
		const bare = line.replace(TASK_FIELD, "").trimEnd();
		return bare === line.trimEnd() ? line : bare;
	});
}

/** A full-width form of an ASCII sign or letter ("：", "（", "）", "，", "Ａ"), as Japanese and Chinese notes write them. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/**
 * The note with full-width punctuation read as its ASCII form: "Alias：ポインタ（例：prod）" has a label
 * and an aside like "Alias: ... (e.g. prod)" (blind read 129: a label was cut inside a full-width
 * parenthesis). Line for line, code too (it is the same text); null when there is none.
 */
export function withFullWidthAsAscii(lines: readonly string[]): string[] | null {
	// `some` with a pattern of its own: a global pattern's `test` carries its position from one line to the next.
	if (!lines.some((line) => /[\uFF01-\uFF5E]/.test(line))) return null;
	return lines.map((line) => line.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** "## 1. Target tracking   ★ default answer": a star after a heading's words, and the student's remark after it. */
const STARRED = /^(\s*#{1,6}\s+\S.*?)\s+[★☆⭐]\uFE0F?(?:\s.*)?$/u;

/**
 * Headings without the star and remark a student put after them: "Target tracking ★ default answer"
 * names "Target tracking" (blind read 130: the remark was read into a statement). Line for line;
 * null when no heading has one.
 */
export function withoutStarredRemarks(lines: readonly string[]): string[] | null {
	return rewriteOutsideCode(lines, (line) => STARRED.exec(line)?.[1] ?? line);
}
