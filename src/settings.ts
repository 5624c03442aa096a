/**
 * Plugin settings: type, defaults and migration. Pure (no Obsidian import) so it is tested in Node.
 * `migrateSettings` accepts anything `loadData()` may return (nothing, an older shape, a hand-edited
 * file) and always yields complete, valid settings.
 */

import { QUESTION_KINDS, type QuestionKind } from "./core/quiz/types";
import { findExam } from "./core/exams";
import { DEFAULT_PASS_PERCENT } from "./core/study/exam";
import { DEFAULT_SCOPE, type ScopeSettings } from "./core/scope";
import { ALL_RULES, DEFAULT_TEMPLATE, type RuleId, type TemplateSection } from "./core/template/spec";

export const SETTINGS_VERSION = 1;

export const ALL_QUESTION_KINDS: readonly QuestionKind[] = QUESTION_KINDS;

export interface QuizScore {
	correct: number;
	total: number;
	/** ISO date of the attempt. */
	date: string;
}

export interface CoachSettings {
	version: number;
	scope: ScopeSettings;
	/** Template sections in order (name, synonyms, required). */
	sections: TemplateSection[];
	/** A note in the vault whose headings define the template; "" to use `sections`. */
	templateNotePath: string;
	disabledRules: RuleId[];
	/** Folder for new notes; "" means the folder of the note that links to the target most. */
	newNoteFolder: string;
	/** Link keys the user chose to ignore in the missing-notes panel. */
	ignoredTargets: string[];
	quizCount: number;
	quizKinds: QuestionKind[];
	/** Last score per note path. */
	lastScores: Record<string, QuizScore>;
	/** Show template findings inside the editor of AWS notes. */
	editorHints: boolean;
	/** Pass mark of practice exams, in percent. */
	passPercent: number;
	/** Id of the exam the user studies for ("saa"...), or "" for none (see `src/core/exams`). */
	examId: string;
}

/**
 * The "Folder for new notes" setting as a vault folder: slashes normalised (`\\` and repeats),
 * no leading or trailing slash, "" for the vault root. A path that climbs out of the vault (`..`)
 * or names the current folder (`.`) is refused with a message instead.
 */
export function normalizeNoteFolder(raw: string): { folder: string } | { error: string } {
	const parts = raw.trim().replace(/\\/g, "/").split("/").map((p) => p.trim()).filter((p) => p !== "");
	if (parts.some((p) => p === ".." || p === ".")) return { error: `"${raw.trim()}" leaves the vault: use a folder inside it, like AWS/New.` };
	return { folder: parts.join("/") };
}

export function defaultSettings(): CoachSettings {
	return {
		version: SETTINGS_VERSION,
		scope: {
			includeFolders: [...DEFAULT_SCOPE.includeFolders],
			excludeFolders: [...DEFAULT_SCOPE.excludeFolders],
			tags: [...DEFAULT_SCOPE.tags],
			namePrefixes: [...DEFAULT_SCOPE.namePrefixes],
			serviceNames: true,
		},
		sections: DEFAULT_TEMPLATE.sections.map((s) => ({ ...s, synonyms: [...s.synonyms] })),
		templateNotePath: "",
		disabledRules: [],
		newNoteFolder: "",
		ignoredTargets: [],
		quizCount: 10,
		quizKinds: [...ALL_QUESTION_KINDS],
		lastScores: {},
		editorHints: true,
		examId: "",
		passPercent: DEFAULT_PASS_PERCENT,
	};
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, fallback: string[]): string[] {
	if (typeof v === "string") return v.split(",").map((s) => s.trim()).filter(Boolean);
	if (!Array.isArray(v)) return fallback;
	return v.filter((x): x is string => typeof x === "string");
}

/** Turn whatever was stored into complete current settings. Never throws. */
export function migrateSettings(raw: unknown): CoachSettings {
	const d = defaultSettings();
	if (!isRecord(raw)) return d;
	const out = d;
	const scope = isRecord(raw.scope) ? raw.scope : {};
	out.scope = {
		includeFolders: stringList(scope.includeFolders, d.scope.includeFolders),
		excludeFolders: stringList(scope.excludeFolders, d.scope.excludeFolders),
		tags: stringList(scope.tags, d.scope.tags),
		// Prefixes keep their trailing space ("AWS "): only drop non-strings.
		namePrefixes: Array.isArray(scope.namePrefixes) ? scope.namePrefixes.filter((x): x is string => typeof x === "string") : d.scope.namePrefixes,
		serviceNames: typeof scope.serviceNames === "boolean" ? scope.serviceNames : true,
	};
	if (Array.isArray(raw.sections)) {
		const sections: TemplateSection[] = [];
		for (const s of raw.sections) {
			if (!isRecord(s) || typeof s.name !== "string" || s.name.trim() === "") continue;
			sections.push({ name: s.name.trim(), synonyms: stringList(s.synonyms, []), required: s.required !== false });
		}
		if (sections.length > 0) out.sections = sections;
	}
	if (typeof raw.templateNotePath === "string") out.templateNotePath = raw.templateNotePath;
	out.disabledRules = stringList(raw.disabledRules, []).filter((r): r is RuleId => (ALL_RULES as readonly string[]).includes(r));
	if (typeof raw.newNoteFolder === "string") {
		// A hand-edited data.json with "../elsewhere" falls back to the default: notes stay in the vault.
		const n = normalizeNoteFolder(raw.newNoteFolder);
		if ("folder" in n) out.newNoteFolder = n.folder;
	}
	out.ignoredTargets = [...new Set(stringList(raw.ignoredTargets, []))];
	if (typeof raw.quizCount === "number" && Number.isFinite(raw.quizCount)) out.quizCount = Math.min(50, Math.max(1, Math.round(raw.quizCount)));
	const kinds = stringList(raw.quizKinds, d.quizKinds).filter((k): k is QuestionKind => (ALL_QUESTION_KINDS as readonly string[]).includes(k));
	out.quizKinds = kinds.length > 0 ? kinds : d.quizKinds;
	if (isRecord(raw.lastScores)) {
		for (const [path, s] of Object.entries(raw.lastScores)) {
			if (isRecord(s) && typeof s.correct === "number" && typeof s.total === "number") {
				out.lastScores[path] = { correct: s.correct, total: s.total, date: typeof s.date === "string" ? s.date : "" };
			}
		}
	}
	if (typeof raw.editorHints === "boolean") out.editorHints = raw.editorHints;
	if (typeof raw.passPercent === "number" && Number.isFinite(raw.passPercent)) out.passPercent = Math.min(100, Math.max(1, Math.round(raw.passPercent)));
	if (typeof raw.examId === "string") out.examId = findExam(raw.examId)?.id ?? "";
	out.version = SETTINGS_VERSION;
	return out;
}
