/**
 * Frontmatter YAML, read the way Obsidian reads it: by a real YAML parser the caller provides
 * (Obsidian's `parseYaml` in the plugin, the `yaml` package in the command line and the tests),
 * never by a reader of our own. The parser is given once, at start-up (`useYamlParser`), like the
 * link resolver is given to the index; the core itself imports no YAML library, so the plugin
 * bundle carries none.
 *
 * Whatever the parser throws becomes one clear error with a line; this never throws.
 */

/** Parses YAML text; throws on invalid YAML. */
export type YamlParser = (text: string) => unknown;

let current: YamlParser | null = null;

/** Set the YAML parser the notes are read with (the plugin's `onload`, the CLI's start, test setup). */
export function useYamlParser(parser: YamlParser): void {
	current = parser;
}

export type YamlResult = { ok: true; data: Record<string, unknown> } | { ok: false; error: { message: string; line: number } };

/** The 1-based line of a parser error, as the `yaml` package (`linePos`) or js-yaml (`mark`) give it. */
function errorLine(e: unknown): number {
	const err = e as { linePos?: { line: number }[]; mark?: { line: number } };
	if (Array.isArray(err.linePos) && typeof err.linePos[0]?.line === "number") return err.linePos[0].line;
	if (typeof err.mark?.line === "number") return err.mark.line + 1;
	return 1;
}

/** The first line of a parser's message, without its position suffix and code excerpt. */
function errorMessage(e: unknown): string {
	const err = e as { reason?: unknown; message?: unknown };
	const raw = typeof err.reason === "string" ? err.reason : typeof err.message === "string" ? err.message : String(e);
	const first = raw.split("\n")[0].replace(/\s+at line \d+, column \d+:?$/, "").replace(/\s*\(\d+:\d+\)\s*$/, "").trim();
	return first === "" ? "The frontmatter is not valid YAML" : first;
}

/** Parse frontmatter YAML (the text between the `---` fences). `line` in errors is 1-based within `raw`. Never throws. */
export function parseFrontmatterYaml(raw: string): YamlResult {
	if (current === null) return { ok: false, error: { message: "No YAML parser is set (useYamlParser)", line: 1 } };
	let data: unknown;
	try {
		data = current(raw);
	} catch (e) {
		return { ok: false, error: { message: errorMessage(e), line: errorLine(e) } };
	}
	if (data === null || data === undefined) return { ok: true, data: {} };
	if (typeof data !== "object" || Array.isArray(data)) return { ok: false, error: { message: "Expected properties (key: value lines); found a single value or a list", line: 1 } };
	return { ok: true, data: data as Record<string, unknown> };
}

/** Aliases and tags as Obsidian reads them: a list, or a single string (tags: comma/space separated), `#` stripped from tags, non-strings stringified, empty dropped. */
export function readStringList(value: unknown, kind: "aliases" | "tags"): string[] {
	const out: string[] = [];
	const items: unknown[] = Array.isArray(value) ? value : [value];
	for (const item of items) {
		let s: string;
		if (typeof item === "string") s = item;
		else if (typeof item === "number" || typeof item === "boolean" || typeof item === "bigint") s = String(item);
		else continue;
		const parts = kind === "tags" && !Array.isArray(value) ? s.split(/[,\s]+/) : [s];
		for (let part of parts) {
			part = part.trim();
			if (kind === "tags" && part.startsWith("#")) part = part.slice(1).trim();
			if (part !== "") out.push(part);
		}
	}
	return out;
}
