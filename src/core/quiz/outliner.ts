/**
 * Pages exported from an outliner (Logseq, Roam, Workflowy) into a vault: every block is a bullet,
 * and headings live inside bullets ("- ## Overview", "\t- ### FIFO queues"), with their content as
 * the bullets nested under them. Obsidian shows such a heading inside a list item, and a quiz that
 * read it so would find no section at all: every bullet would be one long Overview, and "- ## SQS vs
 * SNS" a sentence about SQS (blind read 21). The quiz reads the page as the document it stands for:
 * each bullet heading a heading, its bullets one level up, and the outliner's own block properties
 * ("id:: ...", "collapsed:: true"), queries ("{{query ...}}") and task blocks ("TODO lab") set aside. Lines keep their numbers,
 * so every question still points at its line.
 */


/** "- ## Overview", "\t* ### FIFO queues": a heading written as a bullet's text. */
const BULLET_HEADING = /^([ \t]*)[-*+][ \t]+(#{1,6})[ \t]+(\S.*)$/;
/** A bullet, at any depth. */
const BULLET = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S/;
/** The outliner's own block properties and macros: about the block, not about AWS. */
const OUTLINER_ONLY = /^[ \t]*(?:(?:id|collapsed|heading|background-color|query-table|query-properties|query-sort-by|query-sort-desc)::\s|(?:[-*+][ \t]+)?\{\{(?:query|embed|renderer|video|youtube)\b)/i;
/** A task block ("- TODO lab: SQS + Lambda", "- DONE watch the video"): the student's to-do, no fact. */
const TASK = /^[ \t]*[-*+][ \t]+(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED|IN-PROGRESS)\b/;
/** Page properties at the top of an outliner page ("alias:: SQS", "tags:: [[AWS]]"). */
const PAGE_PROPERTY = /^[\p{L}][\p{L}\p{N}_-]*::\s/u;

/** A fence that opens or closes a code block. */
export const FENCE = /^\s*(?:```|~~~)/;

/** Columns of an indentation, a tab counting as four. */
export function columns(indent: string): number {
	let n = 0;
	for (const ch of indent) n += ch === "\t" ? 4 - (n % 4) : 1;
	return n;
}

/**
 * The page as a document (see the module comment), or null when `lines` are no outliner page: a
 * page is one when it has a bullet heading and bullets make up nearly all of its text.
 */
export function outlinerAsDocument(lines: readonly string[]): string[] | null {
	// YAML front matter, when the page has some, stays as it is.
	const body = lines[0] === "---" ? lines.indexOf("---", 1) + 1 : 0;
	let bullets = 0;
	let text = 0;
	let headings = 0;
	let top = true;
	for (const line of lines.slice(body)) {
		if (line.trim() === "") continue;
		// The page's properties come first; they are neither bullets nor text.
		if (top && PAGE_PROPERTY.test(line)) continue;
		top = false;
		if (OUTLINER_ONLY.test(line)) continue;
		text++;
		if (BULLET.test(line)) bullets++;
		if (BULLET_HEADING.test(line)) headings++;
	}
	if (headings === 0 || bullets < 0.8 * text) return null;

	const out: string[] = lines.slice(0, body);
	// The bullet headings the current line is nested in: their columns, and where their content starts.
	const open: { at: number; content: number | null }[] = [];
	top = true;
	for (const line of lines.slice(body)) {
		if (line.trim() === "") {
			out.push(line);
			continue;
		}
		if (top && PAGE_PROPERTY.test(line)) {
			out.push("");
			continue;
		}
		top = false;
		if (OUTLINER_ONLY.test(line) || TASK.test(line)) {
			out.push("");
			continue;
		}
		const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
		const col = columns(indent);
		while (open.length > 0 && open[open.length - 1].at >= col) open.pop();
		// A table in a block ("- | | Secrets Manager | Parameter Store |", then "  |---|---|") is a table.
		const row = /^[ \t]*(?:[-*+][ \t]+)?(\|.*\|)[ \t]*$/.exec(line);
		if (row !== null && (BULLET.test(line) || /^\s*\|/.test(out[out.length - 1] ?? ""))) {
			out.push(row[1]);
			continue;
		}
		const heading = BULLET_HEADING.exec(line);
		if (heading !== null) {
			out.push(`${heading[2]} ${heading[3]}`);
			open.push({ at: col, content: null });
			continue;
		}
		const inner = open[open.length - 1];
		if (inner === undefined) {
			out.push(line);
			continue;
		}
		// The heading's content moves out to where the heading now stands: its first line sets how far.
		inner.content ??= col;
		const shift = Math.min(col, inner.content);
		const kept = columns(indent) - shift;
		const unit = indent.includes("\t") ? "\t" : " ";
		out.push((unit === "\t" ? "\t".repeat(Math.floor(kept / 4)) + " ".repeat(kept % 4) : " ".repeat(kept)) + line.slice(indent.length));
	}
	return out;
}
