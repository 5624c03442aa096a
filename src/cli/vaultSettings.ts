/**
 * The plugin's own settings for a vault, so that CI on a vault repository checks what the plugin
 * shows: `<config dir>/plugins/aws-notes-coach/data.json`, where the config dir is `.obsidian` or any
 * other dot-folder the user chose. Read with the plugin's own migration (bad values fall back to
 * defaults), then overridden by the command line: `--scope-folder`, `--scope-tag`, `--exclude`.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ScopeSettings } from "../core/scope";
import type { RuleId, TemplateSpec } from "../core/template/spec";
import { migrateSettings } from "../settings";

export interface VaultSettings {
	scope: ScopeSettings;
	/** The template from the settings' sections. */
	template: TemplateSpec;
	disabledRules: RuleId[];
	/** The template note the settings name, or "" for none. */
	templateNotePath: string;
	/** The exam the user studies for ("" for none). */
	examId: string;
	/** Last quiz score per note, for accuracy in `coverage` (notes without recorded answers). */
	lastScores: Record<string, { correct: number; total: number }>;
	/** The plugin's study data as stored (`study` in data.json), or undefined. */
	study: unknown;
	/** Where the settings came from, for messages; null when the vault has none. */
	source: string | null;
}

const DATA = join("plugins", "aws-notes-coach", "data.json");

/** The plugin's data.json in the vault's config folder, or null. */
export function findSettingsFile(root: string): string | null {
	const preferred = join(root, ".obsidian", DATA);
	if (existsSync(preferred)) return preferred;
	let entries: string[] = [];
	try {
		entries = readdirSync(root).filter((n) => n.startsWith(".") && n !== "." && n !== "..").sort();
	} catch {
		return null;
	}
	for (const dir of entries) {
		const p = join(root, dir, DATA);
		if (existsSync(p)) return p;
	}
	return null;
}

const list = (v: string): string[] =>
	v
		.split(",")
		.map((s) => s.trim())
		.filter(Boolean);

/** Settings for a run: the vault's data.json (when present) with the command line's overrides. */
export function vaultSettings(root: string, overrides: { scopeFolder?: string; scopeTag?: string; exclude?: string }): VaultSettings {
	const file = findSettingsFile(root);
	let raw: unknown = undefined;
	if (file) {
		try {
			raw = JSON.parse(readFileSync(file, "utf8")) as unknown;
		} catch {
			raw = undefined; // unreadable or not JSON: the defaults, as the plugin would use
		}
	}
	const s = migrateSettings(raw);
	const scope: ScopeSettings = { ...s.scope };
	if (overrides.scopeFolder !== undefined) scope.includeFolders = list(overrides.scopeFolder);
	if (overrides.scopeTag !== undefined) scope.tags = list(overrides.scopeTag).map((t) => t.replace(/^#/, ""));
	if (overrides.exclude !== undefined) scope.excludeFolders = list(overrides.exclude);
	return { scope, template: { sections: s.sections }, disabledRules: s.disabledRules, templateNotePath: s.templateNotePath, examId: s.examId, lastScores: s.lastScores, study: (raw as { study?: unknown } | undefined)?.study, source: file };
}
