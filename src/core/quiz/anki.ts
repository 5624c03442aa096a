/**
 * Quiz questions as a file Anki imports ("Notes in Plain Text", File > Import): tab-separated,
 * with file headers that tell Anki the separator, that fields are HTML, the column names and
 * which column holds the tags. One note per question, fields Front, Back, Source, Tags; the
 * Source links back to the note in Obsidian when the vault's name is known.
 *
 * Pure: no Obsidian, no Node.
 */

import type { Question } from "./types";

/** One question to export, with the note it comes from. */
export interface ExportItem {
	question: Question;
	/** Vault path of the note the question comes from ("AWS/Compute/AWS Lambda.md"). */
	note: string;
	/** Catalog category of the note's service ("Compute"), or null. */
	category: string | null;
}

/** Every export carries this tag, so that its cards can be found (and deleted) together in Anki. */
const EXPORT_TAG = "aws-notes-coach";

const HEADER = ["#separator:tab", "#html:true", "#columns:Front\tBack\tSource\tTags", "#tags column:4"];

const SELECT_ALL = "Select all that apply.";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Plain text as the content of one field: HTML-escaped (Anki reads the fields as HTML), tabs (the
 * separator) made spaces and line breaks (the record end) made `<br>`.
 */
function field(text: string): string {
	return text
		.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c)
		.replace(/\t/g, " ")
		.replace(/\r\n|\r|\n/g, "<br>");
}

/** "a", "b", ... for the choices (a quiz has at most a handful; past "z", numbers). */
function letter(index: number): string {
	return index < 26 ? String.fromCharCode(97 + index) : String(index + 1);
}

/** A true/false prompt says "True or false:" itself: its two choices are not listed. */
function listsChoices(q: Question): boolean {
	return q.choices.length > 0 && q.kind !== "true-false";
}

function front(q: Question): string {
	let prompt = field(q.prompt);
	// Generated select-all prompts already end in "Select all that apply.": not twice.
	if (q.multi && !q.prompt.toLowerCase().includes(SELECT_ALL.slice(0, -1).toLowerCase())) prompt += ` (${SELECT_ALL})`;
	const text = listsChoices(q) ? `${prompt}<br><br>${q.choices.map((c, i) => `${letter(i)}) ${field(c)}`).join("<br>")}` : prompt;
	// Anki skips a line that starts with "#" as a comment: the entity keeps the note.
	return text.startsWith("#") ? `&#35;${text.slice(1)}` : text;
}

function back(q: Question): string {
	const answers = q.answers.map((a) => {
		const i = listsChoices(q) ? q.choices.indexOf(a) : -1;
		return i >= 0 ? `${letter(i)}) ${field(a)}` : field(a);
	});
	const answer = answers.join("<br>");
	return q.explanation.trim() === "" ? answer : `${answer}<br><br>${field(q.explanation)}`;
}

/** "AWS/Compute/AWS Lambda.md" → "AWS/Compute/AWS Lambda". */
function withoutExtension(path: string): string {
	return path.replace(/\.md$/i, "");
}

/** "AWS/Compute/AWS Lambda.md" → "AWS Lambda". */
function noteName(path: string): string {
	return withoutExtension(path.slice(path.lastIndexOf("/") + 1));
}

function source(item: ExportItem, vault: string | undefined): string {
	const name = field(noteName(item.note));
	const line = ` (line ${item.question.source.line})`;
	if (vault === undefined || vault === "") return name + line;
	const href = `obsidian://open?vault=${encodeURIComponent(vault)}&file=${encodeURIComponent(withoutExtension(item.note))}`;
	return `<a href="${href}">${name}</a>${line}`;
}

function tags(item: ExportItem): string {
	const out = [EXPORT_TAG];
	const category = item.category === null ? "" : ankiTag(item.category);
	if (category !== "") out.push(category);
	const note = ankiTag(noteName(item.note));
	if (note !== "") out.push(`note::${note}`);
	return out.join(" ");
}

/**
 * Text as one Anki tag (tags are separated by spaces): lower case, every run of characters other
 * than letters and digits made one "-", none at either end. "Networking & Content Delivery" →
 * "networking-content-delivery"; letters of any script are kept.
 */
export function ankiTag(text: string): string {
	return text
		.normalize("NFC")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "-")
		.replace(/^-+|-+$/g, "");
}

/**
 * The questions as an Anki import file: the header lines, then one line per question with the
 * fields Front, Back, Source and Tags. With `vault`, the Source is an `obsidian://open` link to the note.
 */
export function questionsToAnkiTsv(items: readonly ExportItem[], options: { vault?: string } = {}): string {
	const lines = [...HEADER];
	for (const item of items) {
		lines.push([front(item.question), back(item.question), source(item, options.vault), tags(item)].join("\t"));
	}
	return lines.join("\n") + "\n";
}
