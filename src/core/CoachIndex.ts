/**
 * The whole-vault state every surface reads: per AWS note its template findings, and across
 * notes the missing link targets. One instance lives in the CLI for a run and in the plugin for
 * the session; both feed it note texts and file events. It keeps derived facts, not note texts
 * or models, so a 10,000-note vault stays small in memory.
 */

import { findService, type ServiceEntry } from "./links/catalog";
import { isHubNote } from "./links/hubNote";
import { basenameOf } from "./links/resolve";
import { LinkIndex, type Resolver } from "./links/LinkIndex";
import { parseNote, noteTags } from "./note/parseNote";
import type { NoteModel } from "./note/types";
import { quizContexts } from "./quiz/context";
import type { QuizContext } from "./quiz/types";
import { compileScope, type CompiledScope, type ScopeReason, type ScopeSettings } from "./scope";
import { checkNote, type CheckOptions } from "./template/checkNote";
import { learnTemplate, sectionHeadings, structureHint, type LearnedTemplate, type StructureHint } from "./template/learn";
import type { Finding, RuleId, TemplateSpec } from "./template/spec";

export interface CoachConfig {
	scope: ScopeSettings;
	template: TemplateSpec;
	disabledRules: RuleId[];
	/** The template note's path, which is never an AWS note itself. */
	templateNotePath?: string | null;
	/**
	 * False: the template check alone, with no index of the links between notes (`links` stays empty).
	 * The CLI's `check` needs nothing more; everything else keeps the default, true.
	 */
	links?: boolean;
}

export interface NoteReport {
	path: string;
	findings: Finding[];
	errors: number;
	warnings: number;
}

export interface CheckSummary {
	checked: number;
	conforming: number;
	errors: number;
	warnings: number;
}

/** True when a note has nothing beyond frontmatter and blank lines. */
export function isEmptyNote(note: NoteModel): boolean {
	return note.blankBody;
}

/** The index needs headings, sections, links and tags: no list tree, no bold spans. */
const INDEX_PARSE = { lists: false, bold: false } as const;

export class CoachIndex {
	readonly links: LinkIndex;
	private scope: CompiledScope;
	private config: CoachConfig;
	private checkOptions: CheckOptions;
	private reports = new Map<string, NoteReport>();
	/** Why each markdown note is, or is not, an AWS note (for the settings and the CLI). */
	private reasons = new Map<string, ScopeReason>();
	/** Section headings of each AWS note, for learning the vault's own template. */
	private headings = new Map<string, string[]>();
	/** Tags of each AWS note (lower case, without "#"), for quizzing a set by tag. */
	private tags = new Map<string, string[]>();
	/** Catalog service each AWS note is about, looked up when first asked. */
	private services = new Map<string, ServiceEntry | null>();
	private totals: CheckSummary = { checked: 0, conforming: 0, errors: 0, warnings: 0 };
	/** Grows with every change to the notes: views cache what they derive from the index per revision. */
	revision = 0;
	private hint: { revision: number; value: StructureHint | null } | null = null;

	constructor(config: CoachConfig, resolver?: Resolver) {
		this.config = config;
		this.checkOptions = { disabledRules: config.disabledRules };
		this.scope = compileScope(config.scope, config.templateNotePath ? [config.templateNotePath] : []);
		this.links = new LinkIndex(resolver);
	}

	/** The scope rules in force (which notes are AWS notes). */
	scopeSettings(): ScopeSettings {
		return this.config.scope;
	}

	/** The template notes are checked against. */
	templateSpec(): TemplateSpec {
		return this.config.template;
	}

	/** Whether a path is excluded from scope outright (cheap; no text needed). */
	isExcluded(path: string): boolean {
		return this.scope.isExcluded(path);
	}

	/** Register a non-markdown file (attachments resolve links too). */
	addFile(path: string): void {
		this.links.addFile(path);
	}

	/** Parse and record a markdown note; returns its (list-less) model. */
	updateNote(path: string, text: string): NoteModel {
		const note = parseNote(text, INDEX_PARSE);
		this.updateParsed(path, note);
		return note;
	}

	/** Record an already parsed note. */
	updateParsed(path: string, note: NoteModel): void {
		this.revision++;
		const aliases = note.frontmatter?.aliases ?? [];
		const hub = isHubNote(note);
		const tags = noteTags(note);
		const { inScope, reason } = this.scope.decide(path, { aliases, tags, hub });
		this.reasons.set(path, reason);
		if (this.config.links !== false) this.links.setNote(path, { inScope, links: note.links, lineText: (line) => note.lineText(line), aliases, empty: isEmptyNote(note), hub });
		this.dropReport(path);
		if (inScope) {
			const findings = checkNote(note, this.config.template, this.checkOptions);
			let errors = 0;
			for (const f of findings) if (f.severity === "error") errors++;
			const report = { path, findings, errors, warnings: findings.length - errors };
			this.reports.set(path, report);
			this.headings.set(path, sectionHeadings(note));
			if (tags.length > 0) this.tags.set(path, tags);
			this.totals.checked++;
			if (findings.length === 0) this.totals.conforming++;
			this.totals.errors += errors;
			this.totals.warnings += report.warnings;
		}
	}

	private dropReport(path: string): void {
		const old = this.reports.get(path);
		if (!old) return;
		this.reports.delete(path);
		this.headings.delete(path);
		this.tags.delete(path);
		this.services.delete(path);
		this.totals.checked--;
		if (old.findings.length === 0) this.totals.conforming--;
		this.totals.errors -= old.errors;
		this.totals.warnings -= old.warnings;
	}

	removeNote(path: string): void {
		this.revision++;
		this.dropReport(path);
		this.reasons.delete(path);
		this.links.removeFile(path);
	}

	/** A rename: the caller passes the text so scope (which depends on the folder) is re-evaluated. */
	renameNote(oldPath: string, newPath: string, text: string | null): void {
		this.revision++;
		this.dropReport(oldPath);
		this.reasons.delete(oldPath);
		this.links.renameFile(oldPath, newPath);
		if (text !== null) this.updateNote(newPath, text);
	}

	/** An AWS note's section headings (see `sectionHeadings`); empty for other paths. */
	sectionHeadingsOf(path: string): readonly string[] {
		return this.headings.get(path) ?? [];
	}

	/** The section structure most AWS notes share, or null (see `learnTemplate`). */
	learnTemplate(): LearnedTemplate | null {
		return learnTemplate([...this.headings.values()]);
	}

	/**
	 * "Most of your notes use another structure": set when fewer than half of the AWS notes share
	 * three of the template's sections (see `structureHint`); null otherwise.
	 */
	structureHint(): StructureHint | null {
		// Asked more than once per change (the CLI's text and JSON output, the Template tab's redraws).
		if (this.hint?.revision !== this.revision) this.hint = { revision: this.revision, value: structureHint(this.config.template, [...this.headings.values()]) };
		return this.hint.value;
	}

	/** An AWS note's tags (lower case, without "#"); empty for other paths. */
	tagsOf(path: string): readonly string[] {
		return this.tags.get(path) ?? [];
	}

	/**
	 * The catalog service an AWS note is about: by its name ("Lambda.md", "Amazon EKS"), else by an
	 * alias; null for a note about no one service (and for other paths).
	 */
	serviceOf(path: string): ServiceEntry | null {
		if (!this.reports.has(path)) return null;
		let svc = this.services.get(path);
		if (svc === undefined) {
			svc = findService(basenameOf(path));
			for (const alias of this.links.aliasKeysOf(path)) svc ??= findService(alias);
			this.services.set(path, svc);
		}
		return svc;
	}

	/** Why a note is, or is not, an AWS note; null for a path the index has not seen. */
	scopeReason(path: string): ScopeReason | null {
		return this.reasons.get(path) ?? null;
	}

	/** Every indexed note with its scope reason, sorted by path. */
	scopeReasons(): { path: string; inScope: boolean; reason: ScopeReason }[] {
		return [...this.reasons.entries()]
			.map(([path, reason]) => ({ path, inScope: this.reports.has(path), reason }))
			.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	}

	isAwsNote(path: string): boolean {
		return this.reports.has(path);
	}

	report(path: string): NoteReport | null {
		return this.reports.get(path) ?? null;
	}

	/** Paths of every AWS note, unsorted (cheap: for the quiz's siblings). */
	awsPaths(): IterableIterator<string> {
		return this.reports.keys();
	}

	private contexts: { revision: number; of: (path: string, note: NoteModel) => QuizContext } | null = null;

	/**
	 * Quiz contexts (a note's names and its siblings) over the AWS notes as they are now: the folder
	 * index behind them is built once per revision, not once per quiz (3 ms of a 6 ms quiz on a
	 * 10,000-note vault).
	 */
	quizContexts(): (path: string, note: NoteModel) => QuizContext {
		if (this.contexts === null || this.contexts.revision !== this.revision) this.contexts = { revision: this.revision, of: quizContexts(this.awsPaths()) };
		return this.contexts.of;
	}

	/** Reports of every AWS note, by path. */
	allReports(): NoteReport[] {
		return [...this.reports.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	}

	summary(): CheckSummary {
		return { ...this.totals };
	}
}
