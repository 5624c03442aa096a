/**
 * Frontmatter: a note whose first line is `---` and that has another `---` line later holds YAML
 * between the two (read by `parseFrontmatterYaml`). Without the closing line there is no
 * frontmatter: the lines are body text, and a warning says so.
 */

import { lineEnd, nextLineStart } from "./lines";
import type { Frontmatter, ParseWarning } from "./types";
import { parseFrontmatterYaml, readStringList } from "./yaml";

export interface FrontmatterRead {
	frontmatter: Frontmatter | null;
	/** Offset of the first body line (past the end of the text when the note has none). */
	bodyStart: number;
	/** Its 1-based line number. */
	bodyLine: number;
}

/**
 * Read the frontmatter of `text`, whose first line starts at `start` (after a byte order mark);
 * problems go to `warnings`. `hasCR`: the text holds a `\r` (see `lineEnd`).
 */
export function readFrontmatter(text: string, start: number, hasCR: boolean, warnings: ParseWarning[]): FrontmatterRead {
	const firstEnd = lineEnd(text, start, hasCR);
	let pos = nextLineStart(text, firstEnd);
	if (pos === -1 || text.slice(start, firstEnd).trimEnd() !== "---") return { frontmatter: null, bodyStart: start, bodyLine: 1 };
	const yamlLines: string[] = [];
	for (let line = 2; ; line++) {
		const end = lineEnd(text, pos, hasCR);
		const raw = text.slice(pos, end);
		const next = nextLineStart(text, end);
		if (raw.trimEnd() === "---") {
			const frontmatter = frontmatterOf(yamlLines.join("\n"), line, warnings);
			return { frontmatter, bodyStart: next === -1 ? text.length + 1 : next, bodyLine: line + 1 };
		}
		yamlLines.push(raw);
		if (next === -1) break;
		pos = next;
	}
	warnings.push({ line: 1, message: "The note starts with `---` but the frontmatter is never closed, so it is read as text." });
	return { frontmatter: null, bodyStart: start, bodyLine: 1 };
}

/** The frontmatter whose YAML is `raw` and whose closing `---` is on line `endLine`. */
function frontmatterOf(raw: string, endLine: number, warnings: ParseWarning[]): Frontmatter {
	const parsed = parseFrontmatterYaml(raw);
	if (!parsed.ok) {
		const line = parsed.error.line + 1;
		warnings.push({ line, message: `Frontmatter: ${parsed.error.message}` });
		return { raw, startLine: 1, endLine, data: null, aliases: [], tags: [], error: { message: parsed.error.message, line } };
	}
	const data = parsed.data;
	return {
		raw,
		startLine: 1,
		endLine,
		data,
		aliases: readStringList(data.aliases ?? data.alias, "aliases"),
		tags: readStringList(data.tags ?? data.tag, "tags"),
		error: null,
	};
}
