/**
 * The Markdown tables of a note, read for the quiz. Cheat-sheet notes keep much of what they know
 * in tables: a "Scenario | Answer" table of exam cues, a table of named things and their attributes
 * ("Volume | Max IOPS | Use case"), and comparisons whose columns are the things compared
 * ("| | Standard | Express |"). A table row means something only with its header, so the rows are
 * read here with it, never as statements on their own.
 */

import { findService } from "../links/catalog";
import type { NoteModel } from "../note/types";
import { choiceKey, clean, containsText, containsWord, withoutNumbering, wordCount } from "./text";
import { withoutKindWord } from "./terms";

/** One body row: its 1-based line and its cells as plain text ("" for an empty or "—" cell). */
export interface TableRow {
	line: number;
	cells: string[];
}

/** A table under its nearest heading. */
export interface Table {
	/** 1-based line of the header row. */
	line: number;
	/** Header cells as plain text. */
	header: string[];
	rows: TableRow[];
	/** The plain text of the nearest heading above the table, or "". */
	heading: string;
	/** `shapeOf` the table, found once when it is read. */
	shape: TableShape;
}

/** What a table holds, by the shape of its header and first column. */
export type TableShape =
	/** "Scenario | Answer", "If you see ... | Pick": each row a situation and what fits it. */
	| "cues"
	/** "| | Standard | Express |": the columns are the things compared, the first column the aspects. */
	| "versus"
	/** "Volume | Max IOPS | Use case": each row one named thing, the columns its attributes. */
	| "things"
	| "other";

/** Body rows read at most per note: a note with a 10,000-row table stays as fast as a short one. */
export const MAX_TABLE_ROWS = 400;

const DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const EMPTY_CELL = /^(?:[-–—]|n\/a|none|tbd|\?)?$/i;
const YES = /^(?:✅|✔️?|☑️?|yes|y)(?=\s|$)/iu;
const NO = /^(?:❌|✖️?|✗|no|n)(?=\s|$)/iu;

/** Header words of a situation column. */
const CUE_HEAD = /\b(?:scenario|situation|if\b|when\b|question|keyword|clue|requirement|need|symptom|problem|hint|trigger|you see|says|mentions)/i;
/** Header words of the column that answers it. */
const ANSWER_HEAD = /\b(?:answer|pick|choose|choice|use|service|solution|go with|think|option|fix|winner|feature)/i;
/** Column names that are attributes, not things compared: "| Setting | Default | Range |". */
/** "What it does", "Exam clue", "Use when" head columns of what is said about each row, not things to compare (blind read 36). */
const ATTRIBUTE_HEAD =
	/^(?:default|defaults|range|min(?:imum)?|max(?:imum)?|values?|limits?|notes?|details?|description|example|examples|why|how|when|what|yes\s*\/\s*no|cost|price|pricing|units?|quota|size|type|types|famil(?:y|ies)|(?:good|best|ideal|used) for)$|^(?:what|how|when|why|which|who|where|use)\s|\b(?:clues?|tips?|hints?|gotchas?|remarks?|comments?|exam|mnemonics?)\b/i;
/** A first header cell that names the aspects, not a thing: "", "Feature", "Aspect", "Snow fact" (blind read 52). */
export const ASPECT_HEAD = /^(?:|feature|features|aspect|attribute|property|criteri(?:a|on)|dimension|characteristic|item|category|compare|comparison|trait|key|what|detail|details|topic|factor|point|setting|capability|\S+ vs\.? \S+|(?:\S+\s+)?(?:facts?|info))$/i;

/**
 * A cell as plain text: `<br>` becomes "; ", a lone ✅ / ❌ (or one that opens the cell) reads as
 * "Yes" / "No", and a cell that says nothing ("—", "N/A") is "".
 */
export function cellText(raw: string): string {
	// "ELB, CloudFront,<br>S3 website": a break inside a list is no new clause.
	let s = raw.replace(/([,;])\s*<br\s*\/?>/gi, "$1 ").replace(/<br\s*\/?>/gi, "; ").trim();
	if (YES.test(s)) s = s.replace(YES, "Yes");
	else if (NO.test(s)) s = s.replace(NO, "No");
	const plain = clean(s).replace(/^;\s*|;\s*$/g, "").trim();
	return EMPTY_CELL.test(plain) ? "" : plain;
}

/** The cells of a row: split at each `|` not escaped (`[[A\|B]]` keeps its alias), outer pipes dropped. */
export function splitRow(line: string): string[] {
	const cells: string[] = [];
	let cell = "";
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === "\\" && line[i + 1] === "|") {
			cell += "\\|";
			i++;
		} else if (c === "|") {
			cells.push(cell);
			cell = "";
		} else cell += c;
	}
	cells.push(cell);
	const t = line.trim();
	if (t.startsWith("|")) cells.shift();
	if (t.endsWith("|") && !t.endsWith("\\|")) cells.pop();
	return cells;
}

const cache = new WeakMap<NoteModel, Table[]>();

/** The note's tables (outside code blocks), in note order; at most `MAX_TABLE_ROWS` body rows in all. */
export function tablesOf(note: NoteModel): Table[] {
	const hit = cache.get(note);
	if (hit !== undefined) return hit;
	const out: Table[] = [];
	const lines = note.lines;
	const headings = note.headings.slice().sort((a, b) => a.line - b.line);
	let h = 0;
	let heading = "";
	let budget = MAX_TABLE_ROWS;
	for (let i = 1; i < lines.length && budget > 0; i++) {
		// A header row is followed by its delimiter row ("|---|:---:|").
		if (!lines[i].includes("-") || !DELIMITER.test(lines[i]) || !lines[i - 1].includes("|") || note.isCode[i] || note.isCode[i - 1]) continue;
		const headerLine = i; // 1-based line of the row before the delimiter
		while (h < headings.length && headings[h].line < headerLine) heading = withoutNumbering(clean(headings[h++].plain));
		const header = splitRow(lines[i - 1]).map(cellText);
		const rows: TableRow[] = [];
		let j = i + 1;
		for (; j < lines.length && budget > 0; j++) {
			const raw = lines[j];
			if (note.isCode[j] || !raw.includes("|") || raw.trim() === "") break;
			rows.push({ line: j + 1, cells: splitRow(raw).map(cellText) });
			budget--;
		}
		if (header.length >= 2 && rows.length > 0) {
			const table: Table = { line: headerLine, header, rows, heading, shape: "other" };
			table.shape = shapeOf(table);
			out.push(table);
		}
		i = j;
	}
	cache.set(note, out);
	return out;
}

/** True for a short name-like cell: "gp3", "Glacier Deep Archive", "Redis OSS". */
function nameLike(cell: string): boolean {
	return cell !== "" && wordCount(cell) <= 5 && !/[.;:!?]$/.test(cell) && !/[;=]/.test(cell);
}

/** The shape of a table (see `TableShape`). */
export function shapeOf(table: Omit<Table, "shape">): TableShape {
	const [first, second] = table.header;
	if (CUE_HEAD.test(first) && ANSWER_HEAD.test(second ?? "") && !ASPECT_HEAD.test(first)) return "cues";
	const names = table.header.slice(1);
	if (table.header.length >= 3 && ASPECT_HEAD.test(first) && names.every((n) => nameLike(n) && !ATTRIBUTE_HEAD.test(n)) && new Set(names.map(choiceKey)).size === names.length) return "versus";
	const rowNames = table.rows.map((r) => r.cells[0] ?? "");
	// "| KMS | CloudHSM |": two services side by side, a row a pair of their traits, no row named (blind read 104).
	if (table.header.length === 2 && table.header.every((h) => findService(clean(h).trim()) !== null)) return "other";
	if (table.rows.length >= 2 && rowNames.every(nameLike) && new Set(rowNames.map(choiceKey)).size === rowNames.length) return "things";
	return "other";
}

/**
 * The things a table names, of one kind: its rows' names ("gp3", "st1"), or the sides of a comparison.
 * A "Feature | Details" table names features of every kind ("Encryption", "Common sources"): none.
 */
function namesOf(table: Table): string[] {
	const shape = table.shape;
	if (shape === "things" && !ASPECT_HEAD.test(table.header[0])) return table.rows.map((r) => r.cells[0]);
	return shape === "versus" ? table.header.slice(1) : [];
}

/**
 * The names a table sets beside `name`: the other rows of a table of things, the other columns of a
 * comparison. Null when no table names it. Things of one table are of one kind, so they are the fair
 * wrong answers for each other ("gp2", "io2" beside "gp3").
 */
export function tablePeers(note: NoteModel, name: string): string[] | null {
	const key = choiceKey(name);
	for (const table of tablesOf(note)) {
		const names = namesOf(table);
		if (names.some((n) => choiceKey(n) === key)) return names.filter((n) => choiceKey(n) !== key);
	}
	return null;
}

/**
 * `tablePeers` for a name a table writes with a prefix ("Flexible Retrieval" is the row "Glacier
 * Flexible Retrieval"): the other rows, written without that prefix as `name` is ("Instant
 * Retrieval", "Deep Archive"). Null when no table names it so.
 */
export function prefixedTablePeers(note: NoteModel, name: string): string[] | null {
	const tail = ` ${name.trim().toLowerCase()}`;
	for (const table of tablesOf(note)) {
		const names = namesOf(table);
		const hit = names.find((n) => n.toLowerCase().endsWith(tail));
		if (hit === undefined) continue;
		const prefix = hit.slice(0, hit.length - tail.length + 1);
		return names.filter((n) => n !== hit).map((n) => (n.startsWith(prefix) ? n.slice(prefix.length) : n));
	}
	return null;
}


/**
 * The form in which a table names `name`: its own, or without a trailing kind word ("Latency routing"
 * → "Latency", "Express workflow" → "Express"). Null when no table names it.
 */
export function tableForm(note: NoteModel, name: string): string | null {
	for (const form of [name, withoutKindWord(name)]) {
		if (form.trim() === "") continue;
		const key = choiceKey(form);
		for (const table of tablesOf(note)) {
			const names = namesOf(table);
			// "Redis OSS" is the column "Redis OSS / Valkey".
			const hit = names.find((n) => choiceKey(n) === key || n.split(/\s+\/\s+/).some((part) => choiceKey(part) === key));
			if (hit !== undefined) return hit;
		}
	}
	return null;
}

/** A figure with its unit or a percent sign: "72%", "4 KB", "7–30 days". */
const FIGURE = /\d[\d,.]*(?:\s*[–-]\s*\d[\d,.]*)?\s*(?:%|[A-Za-z]{1,7}\b)/g;

/** True when `statement` has a figure and `text` gives every figure it has. */
export function givesEveryFigure(text: string, statement: string): boolean {
	const figures = statement.match(FIGURE) ?? [];
	return figures.length > 0 && figures.every((f) => containsText(text, f));
}

/**
 * True when `value` is in exactly one of `values` (case and punctuation aside), and says something.
 * "~0.004" beside "~0.0036" is no other value: both are about the same (blind read 104).
 */
export function unique(value: string, values: readonly string[]): boolean {
	const k = choiceKey(value);
	if (k === "" || values.filter((v) => choiceKey(v) === k).length !== 1) return false;
	const about = (v: string): number | null => {
		const m = /^\s*[~≈]\s*\$?(\d+(?:\.\d+)?)/.exec(v) ?? /^\s*\$?(\d+(?:\.\d+)?)/.exec(v);
		return m === null ? null : Number(m[1]);
	};
	const near = about(value);
	const close = (v: string): boolean => {
		const other = about(v);
		return choiceKey(v) !== k && other !== null && near !== null && Math.abs(other - near) <= near * 0.2;
	};
	if (near !== null && /^\s*[~≈]/.test(value) && values.some(close)) return false;
	// "user/role" beside "user/group/role": the row that applies to more applies to this too (blind read 23).
	const parts = (v: string): string[] => v.split(/\s*\/\s*|,\s+|\s+(?:and|or|\+)\s+/i).map(choiceKey);
	const mine = parts(value);
	// "L7" beside "L3–L7 inside VPC": a short value another cell says as well applies there too (blind read 44).
	if (wordCount(value) <= 2 && values.some((v) => choiceKey(v) !== k && containsWord(v, value))) return false;
	// "up to 72%" beside "Compute SP up to 66%, EC2 Instance SP up to 72%": the other cell gives the same figure (blind read 151).
	if (values.some((v) => choiceKey(v) !== k && givesEveryFigure(v, value))) return false;
	return mine.length < 2 || !values.some((v) => choiceKey(v) !== k && mine.every((p) => parts(v).includes(p)));
}

/** True when the value names one of the things (its own name gives it away, another's confuses). */
export function namesOne(value: string, names: readonly string[]): boolean {
	return names.some((n) => n.length >= 2 && containsText(value, n));
}

/**
 * True when `value` says a word of the aside in `name`: "use for writes" for "Cluster (writer)
 * endpoint" (blind read 104), where `echoes` reads the name without its aside.
 */
export function saysItsAside(value: string, name: string): boolean {
	const stem = (w: string): string => w.toLowerCase().replace(/(?:ers?|es|s|ing|ed)$/, "");
	const aside = (name.match(/\(([^)]*)\)/g) ?? []).join(" ").split(/[^\p{L}]+/u).filter((w) => w.length >= 4).map(stem);
	return aside.length > 0 && value.split(/[^\p{L}]+/u).some((w) => w.length >= 4 && aside.includes(stem(w)));
}
