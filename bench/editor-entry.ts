/**
 * Editor hints benchmark (bundled by bench/run.mjs, run in its own Node process; prints one JSON
 * document). What one re-check costs in the editor on a 1,000-line AWS note: the editor's text as a
 * string, the core check with the hint places (`templateHints`), and the decoration set built on
 * the editor state. A keystroke between checks only maps the decorations: measured apart.
 *
 *   node editor.mjs [--runs N]
 */
import { EditorState } from "@codemirror/state";
import { parse as parseYamlText } from "yaml";
import { useYamlParser } from "../src/core/note/yaml";
import { sectionInsertions, templateHints } from "../src/core/template/hints";
import { DEFAULT_TEMPLATE } from "../src/core/template/spec";
import { hintDecorations, templateHintsExtension, type HintSource } from "../src/obsidian/editor/hintsExtension";

const LINES = 1000;

// In Obsidian the plugin reads frontmatter with parseYaml; here with the yaml package, as the CLI.
useYamlParser((text) => parseYamlText(text, { logLevel: "error" }) as unknown);

/** A long note with every kind of finding: Use Cases missing, an empty Details, a duplicate, References early. */
export function longNote(lines = LINES): string {
	const out = ["---", "aliases: [Amazon Example]", "---", "**Overview**", "- A long note for the benchmark.", "", "## **Details**", "", "## **References**", "- [[Amazon S3]]", "", "## **Exam Tips**"];
	let i = 0;
	while (out.length < lines - 4) {
		i++;
		out.push(i % 5 === 0 ? `### Topic ${i}` : `- **Term ${i}**: detail number ${i} links [[Amazon Service ${i % 40}]] and says more`);
		if (i % 3 === 0) out.push(`\t- nested point ${i} with \`code\` and text`);
	}
	out.push("", "## **Exam Tips**", "- the duplicate", "");
	return out.slice(0, lines).join("\n");
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

const argv = process.argv.slice(2);
const runsAt = argv.indexOf("--runs");
const runs = Math.max(50, (runsAt === -1 ? 5 : Number(argv[runsAt + 1])) * 40);

const text = longNote();
const source: HintSource = {
	hints: (_s, t) => templateHints(t, DEFAULT_TEMPLATE),
	insertions: (_s, t, sections) => sectionInsertions(t, DEFAULT_TEMPLATE, sections),
};
let state = EditorState.create({ doc: text, extensions: [templateHintsExtension(source)] });

const update = (): number => {
	const t0 = performance.now();
	const doc = state.doc.toString();
	const hints = templateHints(doc, DEFAULT_TEMPLATE);
	const decorations = hintDecorations(state, hints, source);
	const ms = performance.now() - t0;
	if (decorations.size === 0) throw new Error("the benchmark note must get hints");
	return ms;
};
for (let i = 0; i < 30; i++) update();
const updates: number[] = [];
for (let i = 0; i < runs; i++) updates.push(update());

// A keystroke between checks: the transaction maps the hint decorations through the change.
const keystrokes: number[] = [];
for (let i = 0; i < runs; i++) {
	const t0 = performance.now();
	state = state.update({ changes: { from: state.doc.length, insert: "x" } }).state;
	keystrokes.push(performance.now() - t0);
}

const hints = templateHints(text, DEFAULT_TEMPLATE);
process.stdout.write(
	JSON.stringify({
		lines: text.split("\n").length,
		hints: { missing: hints.missing.length, marked: hints.lines.length },
		update: { median: median(updates), max: Math.max(...updates), runs },
		keystroke: { median: median(keystrokes), max: Math.max(...keystrokes), runs },
	}) + "\n",
);
