/**
 * `aws-notes-coach <command> <vault> [options]`: the plugin's core over a vault folder, for CI on a
 * vault repository, for our tests and for benchmarks. Exit codes: 0 ok, 1 findings with errors
 * (check), 2 bad usage or unreadable input.
 */

import { CoachIndex } from "../core/CoachIndex";
import { computeCoverage } from "../core/coverage";
import { EXAMS, findExam } from "../core/exams";
import { parseNote } from "../core/note/parseNote";
import { DEFAULT_SCOPE } from "../core/scope";
import { DEFAULT_TEMPLATE, type TemplateSpec, isTemplateError, templateFromNote } from "../core/template/spec";
import { addMissingSections } from "../core/template/addMissingSections";
import { bulkFixPlan } from "../core/template/bulkFix";
import { quizFromText } from "../core/quiz/window";
import manifest from "../../manifest.json";
import { parse as parseYamlText } from "yaml";
import { useYamlParser } from "../core/note/yaml";

// Frontmatter is read by the `yaml` package, bundled into dist/cli.js only. (Parsing each distinct
// text once, or with prettyErrors off, measured no gain on the bench vault; the latter loses the line.)
useYamlParser((text) => parseYamlText(text, { logLevel: "error" }) as unknown);
import { ForeignOwnerNoteError, HardLinkedNoteError, openVault, readNote, readNoteBytes, ReadOnlyNoteError, UsageError, writeNoteAtomic, type DiskVault } from "./diskVault";
import { vaultSettings } from "./vaultSettings";
import { exportAnki, formatSetQuiz, setQuiz, sourceFromFlags, type SetFlags } from "./study";
import { decodeStudyData, DEFAULT_EXAM_COUNT, DEFAULT_EXAM_MINUTES, noteAccuracies, selectNotes } from "../core/study";
import { basename } from "node:path";
import { checkDoc, formatCheck, formatCoverage, formatMissing, formatQuiz, formatSuggestion, missingDoc } from "./format";

const HELP = `Usage: aws-notes-coach <command> <vault> [options]

Commands:
  check <vault> [--fix] [--json] [--all] [--template <note>|auto]
                      Check every AWS note against the Overview / Details / Use Cases /
                      Exam Tips / References template. Exit code 1 when a section is missing.
                      --fix adds the missing sections (atomic writes, nothing else changes).
                      --template auto checks against the structure most notes share.
                      When most notes use another structure, one message says so;
                      --all lists every finding anyway.
  template suggest <vault> [--json]
                      Print the sections most AWS notes share, in their usual order.
  report <vault> [--json] [--all] [--template <note>|auto]
                      check and missing in one pass: one read and one index of the vault,
                      one JSON document {"check": ..., "missing": ...}. For CI on a vault repo.
  missing <vault> [--json]
                      List link targets of AWS notes that have no note, match only an alias,
                      point at an empty note, or name a service stored under another name.
  coverage <vault> [--exam <id>] [--json]
                      For one exam (clf, saa, dva, soa, aif, sap; by default the exam set in
                      the plugin's settings), each in-scope service with the state of its note:
                      no note, empty, incomplete (sections missing or empty) or complete.
  quiz <vault> <note> [--count N] [--seed S] [--json]
                      Generate a quiz from one note (path relative to the vault).
  quiz <vault> --folder <f> | --tag <t> | --category <c> | --exam <id> [--domain N]
       [--count N] [--seed S] [--json]
                      A quiz over a set of notes: questions spread across them, each with
                      the note it comes from, its category and its id.
  exam <vault> [set options] [--count 65] [--minutes 130] [--seed S] [--json]
                      A practice exam's questions (by default over every AWS note).
  export <vault> --format anki-tsv [set options] [--count N] [--seed S]
                      Questions as an Anki import file (question, answer, source link, tags).
  parse <vault> <note> [--json]
                      Print the note model, to inspect what the parser sees.

Options:
  --json              Print exactly one JSON document.
  --scope-folder <a,b>  --scope-tag <a,b>  --exclude <a,b>
                      Which notes are AWS notes (folders, tags, excluded folders). By default
                      the plugin's own settings in the vault (.obsidian/plugins/aws-notes-coach/
                      data.json, in any config folder), else AWS / aws / Templates.
  --help              Show this help.
`;

interface Args {
	command: string | undefined;
	positional: string[];
	flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(["exam", "domain", "folder", "tag", "category", "format", "minutes", "count", "seed", "template", "scope-folder", "scope-tag", "exclude"]);
const BOOL_FLAGS = new Set(["json", "fix", "help", "all", "version"]);

/** How many positional arguments each command takes after its name. */
const POSITIONALS: Record<string, number> = { exam: 1, export: 1, coverage: 1, check: 1, missing: 1, report: 1, quiz: 2, parse: 2, template: 2 };

export function parseArgs(argv: string[]): Args {
	const positional: string[] = [];
	const flags = new Map<string, string | true>();
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === "-h") {
			flags.set("help", true);
		} else if (a.startsWith("--")) {
			const eq = a.indexOf("=");
			const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
			if (VALUE_FLAGS.has(name)) {
				const v = eq === -1 ? argv[++i] : a.slice(eq + 1);
				if (v === undefined) throw new UsageError(`--${name} needs a value.`);
				flags.set(name, v);
			} else if (BOOL_FLAGS.has(name)) flags.set(name, true);
			else throw new UsageError(`Unknown option --${name}.`);
		} else positional.push(a);
	}
	return { command: positional.shift(), positional, flags };
}

function intFlag(args: Args, name: string, fallback: number, min = 0): number {
	const v = args.flags.get(name);
	if (v === undefined) return fallback;
	const n = Number(v);
	if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number${min > 0 ? ` of at least ${min}` : ""}, got "${String(v)}".`);
	return n;
}

/** Load every note of the vault into an index. */
export function indexVault(vault: DiskVault, template: TemplateSpec, templateNotePath: string | null, links = true): CoachIndex {
	const settings = vault.settings;
	const index = new CoachIndex({ scope: settings?.scope ?? DEFAULT_SCOPE, template, disabledRules: settings?.disabledRules ?? [], templateNotePath, links });
	for (const f of vault.files) index.addFile(f);
	const unreadable: { path: string; error: string }[] = [];
	for (const n of vault.notes) {
		let text: string;
		try {
			text = readNote(vault, n);
		} catch (e) {
			// One unreadable note (permission denied, vanished meanwhile) must not stop the others.
			unreadable.push({ path: n, error: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
			continue;
		}
		index.updateNote(n, text);
	}
	vault.unreadable = unreadable;
	return index;
}

function loadTemplate(vault: DiskVault, args: Args): { spec: TemplateSpec; path: string | null } {
	const t = args.flags.get("template");
	if (typeof t !== "string") {
		// The plugin's settings: its template note when it exists, else its sections.
		const settings = vault.settings;
		if (!settings) return { spec: DEFAULT_TEMPLATE, path: null };
		const note = settings.templateNotePath.replace(/\\/g, "/");
		if (note !== "" && vault.notes.includes(note)) {
			const spec = templateFromNote(parseNote(readNote(vault, note)), settings.template);
			if (!isTemplateError(spec)) return { spec, path: note };
		}
		return { spec: settings.template, path: null };
	}
	if (t === "auto") {
		const learned = indexVault(vault, DEFAULT_TEMPLATE, null).learnTemplate();
		if (!learned) throw new UsageError("--template auto: no structure is shared by half of the AWS notes; give a template note instead.");
		return { spec: learned.spec, path: null };
	}
	const path = t.replace(/\\/g, "/");
	if (!vault.notes.includes(path)) throw new UsageError(`Template note not found in the vault: ${t}`);
	const spec = templateFromNote(parseNote(readNote(vault, path)));
	if (isTemplateError(spec)) throw new UsageError(`Template note ${t}: ${spec.error}`);
	return { spec, path };
}

function notePathArg(vault: DiskVault, args: Args): string {
	const raw = args.positional[1];
	if (!raw) throw new UsageError("Missing <note>: give the note's path relative to the vault.");
	const path = raw.replace(/\\/g, "/").replace(/^\.\//, "");
	const withExt = path.toLowerCase().endsWith(".md") ? path : path + ".md";
	const found = vault.notes.find((n) => n === withExt) ?? vault.notes.find((n) => n.toLowerCase() === withExt.toLowerCase());
	if (!found) throw new UsageError(`Note not found in the vault: ${raw}`);
	return found;
}

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/**
 * Characters a terminal acts on instead of showing: C0 controls but tab and newline, DEL, C1
 * controls (U+009B is an 8-bit CSI), and bidi overrides/isolates that reorder what is shown.
 * Note text and file names may hold them (`ESC ] 0 ;` sets the window title, `ESC ] 52` writes the
 * clipboard), so the text output shows them escaped.
 */
const TERMINAL_UNSAFE = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/** Text output: unsafe characters as `\x1b` / `\u202e`. */
export function terminalSafe(text: string): string {
	return text.replace(TERMINAL_UNSAFE, (c) => {
		if (c === "\t" || c === "\n") return c;
		const code = c.charCodeAt(0);
		return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
	});
}

/** JSON output: the same characters as JSON escapes (they only occur inside strings), so the document means the same. */
function jsonSafe(text: string): string {
	return text.replace(TERMINAL_UNSAFE, (c) => (c === "\n" ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/** Run the CLI without touching process state (tests call this directly). Output is safe to print to a terminal. */
export function run(argv: string[]): CliResult {
	const json = argv.includes("--json");
	const r = runCommand(argv);
	if (json && r.code === 2) {
		// With --json, even a usage error is one JSON document on stdout.
		const message = r.stderr.replace(/\n\n[\s\S]*$/, "").replace(/\nRun with --help for usage\.\n?$/, "").trim();
		return { code: 2, stdout: jsonSafe(JSON.stringify({ error: { message, exit: 2 } }, null, 2) + "\n"), stderr: terminalSafe(r.stderr) };
	}
	return { code: r.code, stdout: json ? jsonSafe(r.stdout) : terminalSafe(r.stdout), stderr: terminalSafe(r.stderr) };
}

/** Unreadable notes: exit code 3, listed on stderr, and in the JSON document as "errors". */
function withReadErrors(vault: DiskVault, r: CliResult, json: boolean): CliResult {
	const bad = vault.unreadable ?? [];
	if (bad.length === 0) return r;
	const stderr = r.stderr + bad.map((b) => `unreadable note skipped: ${b.path} (${b.error})\n`).join("");
	let stdout = r.stdout;
	if (json) {
		try {
			const doc = JSON.parse(stdout) as Record<string, unknown>;
			doc.errors = bad;
			stdout = JSON.stringify(doc, null, 2) + "\n";
		} catch {
			/* not a JSON document: leave it */
		}
	}
	return { code: 3, stdout, stderr };
}

function runCommand(argv: string[]): CliResult {
	let args: Args;
	try {
		args = parseArgs(argv);
	} catch (e) {
		return { code: 2, stdout: "", stderr: `${(e as Error).message}\n\n${HELP}` };
	}
	if (args.flags.has("version")) return { code: 0, stdout: `${manifest.version}\n`, stderr: "" };
	if (args.flags.has("help") || args.command === undefined || args.command === "help") {
		return { code: args.command === undefined && !args.flags.has("help") ? 2 : 0, stdout: HELP, stderr: "" };
	}
	const json = args.flags.has("json");
	try {
		const wanted = POSITIONALS[args.command];
		if (wanted === undefined) throw new UsageError(`Unknown command "${args.command}".`);
		if (args.positional.length > wanted) throw new UsageError(`Unexpected argument: ${args.positional[wanted]}`);
		const vault = openVault(args.positional[args.command === "template" ? 1 : 0]);
		const str = (name: string): string | undefined => {
			const v = args.flags.get(name);
			return typeof v === "string" ? v : undefined;
		};
		vault.settings = vaultSettings(vault.root, { scopeFolder: str("scope-folder"), scopeTag: str("scope-tag"), exclude: str("exclude") });
		return withReadErrors(vault, runIn(vault, args, json), json);
	} catch (e) {
		if (e instanceof UsageError) return { code: 2, stdout: "", stderr: `${e.message}\nRun with --help for usage.\n` };
		return { code: 2, stdout: "", stderr: `Error: ${(e as Error).message}\n` };
	}
}

function runIn(vault: DiskVault, args: Args, json: boolean): CliResult {
	{
		switch (args.command) {
			case "check": {
				const { spec, path: templatePath } = loadTemplate(vault, args);
				// The template check alone: no link index (the `report` command does both over one read).
				let index = indexVault(vault, spec, templatePath, false);
				const changed: { path: string; added: string[] }[] = [];
				const skipped: { path: string; reason: string }[] = [];
				if (args.flags.has("fix")) {
					const plan = bulkFixPlan(index.allReports(), spec, (p) => index.sectionHeadingsOf(p));
					for (const path of plan.unlike) {
						skipped.push({ path, reason: "uses another structure (fewer than two template sections, two or more of its own): adding every template section would not fit it, so it is left as it is" });
					}
					for (const r of index.allReports()) {
						if (!plan.fix.includes(r.path)) continue;
						const { text, validUtf8 } = readNoteBytes(vault, r.path);
						if (!validUtf8) {
							skipped.push({ path: r.path, reason: "not valid UTF-8: rewriting it would replace the bytes that cannot be read, so it is left as it is" });
							continue;
						}
						const fix = addMissingSections(text, parseNote(text), spec);
						if (fix.added.length === 0 || fix.text === text) continue;
						try {
							writeNoteAtomic(vault, r.path, fix.text);
						} catch (e) {
							if (e instanceof ReadOnlyNoteError) {
								skipped.push({ path: r.path, reason: "read-only: left as it is" });
								continue;
							}
							if (e instanceof ForeignOwnerNoteError) {
								skipped.push({ path: r.path, reason: `${e.message}: rewriting it would make it yours, so it is left as it is` });
								continue;
							}
							if (e instanceof HardLinkedNoteError) {
								skipped.push({ path: r.path, reason: `${e.message}: left as it is, so the links keep one text (add the sections in Obsidian, or remove the other links)` });
								continue;
							}
							// Stop at the first failed write and say exactly what was and was not changed.
							const done = changed.map((c) => `fixed ${c.path}: added ${c.added.join(", ")}\n`).join("");
							return { code: 3, stdout: done, stderr: `Could not write ${r.path}: ${(e as Error).message}. ${changed.length} note${changed.length === 1 ? " was" : "s were"} changed before it (listed above); ${r.path} and the notes after it were not.\n` };
						}
						changed.push({ path: r.path, added: fix.added });
					}
					if (changed.length > 0) index = indexVault(vault, spec, templatePath, false);
				}
				const out = formatCheck(index, spec, json, args.flags.has("fix") ? changed : null, skipped, args.flags.has("all"));
				return { code: index.summary().errors > 0 ? 1 : 0, stdout: out, stderr: "" };
			}
			case "report": {
				const { spec, path: templatePath } = loadTemplate(vault, args);
				const index = indexVault(vault, spec, templatePath);
				const code = index.summary().errors > 0 ? 1 : 0;
				if (json) return { code, stdout: JSON.stringify({ check: checkDoc(index, spec), missing: missingDoc(index) }, null, 2) + "\n", stderr: "" };
				return { code, stdout: `${formatCheck(index, spec, false, null, [], args.flags.has("all"))}\n${formatMissing(index, false)}`, stderr: "" };
			}
			case "template": {
				if (args.positional[0] !== "suggest") throw new UsageError('Unknown template command: use "template suggest <vault>".');
				const index = indexVault(vault, DEFAULT_TEMPLATE, null);
				return { code: 0, stdout: formatSuggestion(index, json), stderr: "" };
			}
			case "missing": {
				const index = indexVault(vault, DEFAULT_TEMPLATE, null);
				return { code: 0, stdout: formatMissing(index, json), stderr: "" };
			}
			case "coverage": {
				const wanted = typeof args.flags.get("exam") === "string" ? (args.flags.get("exam") as string) : (vault.settings?.examId ?? "");
				const exam = findExam(wanted);
				const ids = EXAMS.map((e) => e.id).join(", ");
				if (!exam) throw new UsageError(wanted === "" ? `Which exam? Use --exam with one of: ${ids}.` : `Unknown exam "${wanted}": use one of ${ids}.`);
				const { spec, path: templatePath } = loadTemplate(vault, args);
				const index = indexVault(vault, spec, templatePath);
				// The plugin's own accuracy: recent answers, else the last score kept before study data existed.
				const accuracies = noteAccuracies(decodeStudyData(vault.settings?.study, vault.settings?.lastScores ?? {}));
				const coverage = computeCoverage(exam, index, (p) => accuracies.get(p)?.accuracy ?? null);
				return { code: 0, stdout: formatCoverage(coverage, json), stderr: "" };
			}
			case "quiz":
			case "exam":
			case "export": {
				const flags: SetFlags = {};
				for (const k of ["folder", "tag", "category", "exam", "domain"] as const) if (typeof args.flags.get(k) === "string") flags[k] = args.flags.get(k) as string;
				if (args.command === "quiz" && Object.keys(flags).length === 0) return quizOneNote(vault, args, json);
				if (args.command === "quiz" && args.positional[1] !== undefined) throw new UsageError("Give a note or a set (--folder, --tag, --category, --exam), not both.");
				if (args.command === "export" && args.flags.get("format") !== "anki-tsv") throw new UsageError("export needs --format anki-tsv (the one format it writes).");
				const source = sourceFromFlags(flags, args.command === "quiz" ? null : { kind: "folder", folder: "" });
				const index = indexVault(vault, DEFAULT_TEMPLATE, null);
				const seed = intFlag(args, "seed", 1);
				if (args.command === "export") {
					const count = intFlag(args, "count", Math.max(1, 5 * selectNotes(index, source).length), 1);
					return { code: 0, stdout: exportAnki(setQuiz(vault, index, source, count, seed), basename(vault.root)), stderr: "" };
				}
				const exam = args.command === "exam";
				const count = intFlag(args, "count", exam ? DEFAULT_EXAM_COUNT : 10, 1);
				const extra = exam ? { count, minutes: intFlag(args, "minutes", DEFAULT_EXAM_MINUTES, 0) } : {};
				return { code: 0, stdout: formatSetQuiz(exam ? "exam" : "quiz", source, seed, setQuiz(vault, index, source, count, seed), json, extra), stderr: "" };
			}
			case "parse": {
				const path = notePathArg(vault, args);
				const note = parseNote(readNote(vault, path));
				if (json) return { code: 0, stdout: JSON.stringify({ path, model: note }, null, 2) + "\n", stderr: "" };
				const lines = [
					`${path}: ${note.lines.length} lines, ${note.headings.length} headings, ${note.links.length} links, ${note.listItems.length} list items`,
					...note.headings.map((h) => `  ${h.line}: ${h.kind}${h.level ? " h" + h.level : ""}  ${h.plain}`),
					...note.warnings.map((w) => `  warning line ${w.line}: ${w.message}`),
				];
				return { code: 0, stdout: lines.join("\n") + "\n", stderr: "" };
			}
			default:
				throw new UsageError(`Unknown command "${args.command}".`);
		}
	}
}

/** `quiz <vault> <note>`: a quiz from one note. */
function quizOneNote(vault: DiskVault, args: Args, json: boolean): CliResult {
	const path = notePathArg(vault, args);
	const index = indexVault(vault, DEFAULT_TEMPLATE, null);
	const contextOf = index.quizContexts();
	const quiz = quizFromText(readNote(vault, path), (note) => contextOf(path, note), {
		count: intFlag(args, "count", 10, 1),
		seed: intFlag(args, "seed", 1),
	});
	return { code: 0, stdout: formatQuiz(quiz, json), stderr: "" };
}

// Entry point when bundled as dist/cli.js.
if (typeof process !== "undefined" && process.argv[1] && /cli\.(m?js|ts)$/.test(process.argv[1])) {
	// Output piped into `head` that closed early: stop quietly, as other command-line tools do.
	process.stdout.on("error", (e: NodeJS.ErrnoException) => {
		if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
		throw e;
	});
	const r = run(process.argv.slice(2));
	if (r.stdout) process.stdout.write(r.stdout);
	if (r.stderr) process.stderr.write(r.stderr);
	process.exitCode = r.code;
}
