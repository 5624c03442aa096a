/**
 * Exam coverage: for the exam a learner studies, which in-scope services their notes cover and how
 * well. Pure: reads a `CoachIndex` (template reports, link facts) and an exam guide; the plugin's
 * Coverage tab and the CLI's `coverage` command print the same figures from it.
 *
 * A service is matched to its notes the way the missing-notes panel matches links (see
 * `LinkIndex.notesAbout`): any of its names as a note name or an alias, and combined notes
 * ("Amazon ECS & EKS" covers both). Only AWS notes count (a note out of scope has no template state).
 */

import type { CoachIndex } from "./CoachIndex";
import type { ExamGuide } from "./exams/types";
import { findService, SERVICE_CATEGORIES } from "./links/catalog";
import { folderOf } from "./links/resolve";
import { normalizeHeadingText, type TemplateSpec } from "./template/spec";

/** How far a service's note is: no note, a note with no content, a note missing sections, or a complete note. */
export type CoverageState = "no-note" | "empty" | "incomplete" | "complete";

/** Best first: when several notes cover a service, the most complete one stands for it. */
const STATE_RANK: Record<CoverageState, number> = { complete: 0, incomplete: 1, empty: 2, "no-note": 3 };

export interface CoverageRow {
	/** The catalog's official name. */
	service: string;
	serviceId: string;
	category: string;
	/** Exam domain numbers where the guide names the service (may be empty). */
	domains: readonly number[];
	state: CoverageState;
	/** The note standing for the service (the most complete one), or null. */
	note: string | null;
	/** The note has an Exam Tips section with content. */
	examTips: boolean;
	/** Share of right answers in the note's quizzes (0–1), or null when never quizzed. */
	accuracy: number | null;
}

export interface CategoryCoverage {
	category: string;
	total: number;
	/** Services with a note that has content (incomplete or complete). */
	covered: number;
	complete: number;
}

export interface CoverageSummary {
	total: number;
	/** Services with a note that has content. */
	covered: number;
	complete: number;
	incomplete: number;
	empty: number;
	noNote: number;
	withExamTips: number;
	/** Per catalog category of the exam's services, in catalog order. */
	categories: CategoryCoverage[];
}

export interface Coverage {
	exam: { id: string; name: string; code: string };
	/** In catalog category order, then by service name. */
	rows: CoverageRow[];
	summary: CoverageSummary;
}

/** Accuracy of a note's quizzes (0–1), or null when unknown. */
export type AccuracyOf = (path: string) => number | null;

/** The template's exam-tips section (by name or synonym), or -1. */
function examTipsSection(spec: TemplateSpec): number {
	return spec.sections.findIndex((s) => [s.name, ...s.synonyms].some((n) => /\bexam\b/.test(normalizeHeadingText(n))));
}

const EXAM_HEADING = /\bexam\b|\btips?\b/;

/** State of one AWS note, and whether it has exam tips with content. */
function noteState(index: CoachIndex, path: string, tipsSection: string | null): { state: CoverageState; examTips: boolean } {
	if (index.links.isEmpty(path)) return { state: "empty", examTips: false };
	const findings = index.report(path)?.findings ?? [];
	const gaps = findings.filter((f) => f.rule === "missing-section" || f.rule === "empty-section");
	const examTips =
		tipsSection !== null
			? !gaps.some((f) => f.section === tipsSection)
			: index.sectionHeadingsOf(path).some((h) => EXAM_HEADING.test(normalizeHeadingText(h)));
	return { state: gaps.length === 0 ? "complete" : "incomplete", examTips };
}

/**
 * The coverage of an exam by the indexed notes. Cost: one catalog look-up per exam service and a few
 * map look-ups per name of it; independent of the vault's size.
 */
export function computeCoverage(exam: ExamGuide, index: CoachIndex, accuracyOf: AccuracyOf = () => null): Coverage {
	const spec = index.templateSpec();
	const t = examTipsSection(spec);
	const tipsSection = t >= 0 ? spec.sections[t].name : null;
	const rows: CoverageRow[] = [];
	for (const [name, domains] of exam.services) {
		const svc = findService(name);
		if (!svc) continue; // the exam data is tested to resolve; never crash on a catalog change
		let best: CoverageRow = { service: svc.name, serviceId: svc.id, category: svc.category, domains, state: "no-note", note: null, examTips: false, accuracy: null };
		for (const path of index.links.notesAbout(svc)) {
			if (!index.isAwsNote(path)) continue;
			const { state, examTips } = noteState(index, path, tipsSection);
			if (STATE_RANK[state] < STATE_RANK[best.state] || (state === best.state && examTips && !best.examTips)) {
				best = { ...best, state, note: path, examTips };
			}
		}
		if (best.note !== null) best.accuracy = accuracyOf(best.note);
		rows.push(best);
	}
	const order = (c: string): number => SERVICE_CATEGORIES.indexOf(c);
	rows.sort((a, b) => order(a.category) - order(b.category) || a.service.localeCompare(b.service));
	return { exam: { id: exam.id, name: exam.name, code: exam.code }, rows, summary: summarize(rows) };
}

function summarize(rows: readonly CoverageRow[]): CoverageSummary {
	const byCategory = new Map<string, CategoryCoverage>();
	const s: CoverageSummary = { total: rows.length, covered: 0, complete: 0, incomplete: 0, empty: 0, noNote: 0, withExamTips: 0, categories: [] };
	for (const r of rows) {
		let c = byCategory.get(r.category);
		if (!c) byCategory.set(r.category, (c = { category: r.category, total: 0, covered: 0, complete: 0 }));
		c.total++;
		if (r.state === "complete" || r.state === "incomplete") {
			s.covered++;
			c.covered++;
		}
		if (r.state === "complete") {
			s.complete++;
			c.complete++;
		} else if (r.state === "incomplete") s.incomplete++;
		else if (r.state === "empty") s.empty++;
		else s.noNote++;
		if (r.examTips) s.withExamTips++;
	}
	s.categories = [...byCategory.values()];
	return s;
}

/** "112 of 148 services have a complete note" */
export function coverageHeadline(summary: CoverageSummary): string {
	return `${summary.complete} of ${summary.total} service${summary.total === 1 ? "" : "s"} ${summary.complete === 1 ? "has" : "have"} a complete note`;
}

/**
 * Where new notes for services go, per category: the folder most AWS notes of the category live in,
 * else the folder most AWS notes live in, else the vault root (""). Walks every AWS note once, when
 * called: call it when creating notes, not on every redraw.
 */
export function categoryFolders(index: CoachIndex): (category: string) => string {
	const byCategory = new Map<string, Map<string, number>>();
	const all = new Map<string, number>();
	const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
	for (const path of index.awsPaths()) {
		const folder = folderOf(path);
		bump(all, folder);
		// The note's service by its name or an alias ("Notes on containers.md" aliased "Amazon ECS").
		const category = index.serviceOf(path)?.category;
		if (category === undefined) continue;
		let counts = byCategory.get(category);
		if (!counts) byCategory.set(category, (counts = new Map<string, number>()));
		bump(counts, folder);
	}
	const fallback = mostCommon(all) ?? "";
	return (category) => {
		const counts = byCategory.get(category);
		return (counts && mostCommon(counts)) ?? fallback;
	};
}

/** The key with the highest count; ties go to the alphabetically first. */
function mostCommon(counts: Map<string, number>): string | null {
	let best: string | null = null;
	let max = 0;
	for (const [k, n] of counts) if (n > max || (n === max && best !== null && k < best)) [best, max] = [k, n];
	return best;
}
