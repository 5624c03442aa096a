/**
 * Which notes a study set covers: the current note, a folder, a catalog category, a tag, a note and
 * the notes it links to, the learner's weakest notes, the services of an exam or one exam domain.
 * Only AWS notes are quizzed (the index's scope), except the current note, which is always allowed.
 */

import type { CoachIndex } from "../CoachIndex";
import { computeCoverage } from "../coverage";
import { findExam } from "../exams";
import { basenameOf } from "../links/resolve";

export type SetSource =
	| { kind: "note"; path: string }
	| { kind: "folder"; folder: string }
	| { kind: "category"; category: string }
	| { kind: "tag"; tag: string }
	| { kind: "linked"; path: string }
	| { kind: "weakest"; count: number }
	| { kind: "exam"; exam: string }
	| { kind: "domain"; exam: string; domain: number };

/** A practice quiz (feedback after each question), a practice exam (timed, score at the end), or an Anki export. */
export type SetMode = "quiz" | "exam" | "export";

/** What the learner chose in "Quiz a set of notes". */
export interface SetChoice {
	source: SetSource;
	count: number;
	mode: SetMode;
	/** Exam time limit in minutes (0: none). */
	minutes: number;
}

export const SOURCE_KINDS: readonly SetSource["kind"][] = ["note", "folder", "category", "tag", "linked", "weakest", "exam", "domain"];

/** Accuracy of a note's recent answers (0–1), or null when never quizzed. */
export type AccuracyLookup = (path: string) => number | null;

/** "#AWS/Compute" → "aws/compute": tags compare without "#" and case. */
export function normalizeTag(tag: string): string {
	return tag.trim().replace(/^#/, "").toLowerCase();
}

/** A folder as typed ("AWS/Compute/", "/AWS") → "AWS/Compute"; "" or "/" is the whole vault. */
export function normalizeFolder(folder: string): string {
	return folder.trim().replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "");
}

const sorted = (paths: Iterable<string>): string[] => [...paths].sort();

/** The notes of a set, sorted by path; empty when the source matches none. */
export function selectNotes(index: CoachIndex, source: SetSource, accuracyOf: AccuracyLookup = () => null): string[] {
	const aws = (): string[] => sorted(index.awsPaths());
	switch (source.kind) {
		case "note":
			return [source.path];
		case "folder": {
			const folder = normalizeFolder(source.folder);
			const prefix = folder === "" ? "" : `${folder.toLowerCase()}/`;
			return aws().filter((p) => p.toLowerCase().startsWith(prefix));
		}
		case "category":
			return aws().filter((p) => index.serviceOf(p)?.category === source.category);
		case "tag": {
			const tag = normalizeTag(source.tag);
			// A tag matches itself and its nested tags: "aws" takes "aws/compute" too.
			return aws().filter((p) => index.tagsOf(p).some((t) => t === tag || t.startsWith(`${tag}/`)));
		}
		case "linked":
			return sorted(new Set([source.path, ...index.links.linkedNotes(source.path).filter((p) => index.isAwsNote(p))]));
		case "weakest": {
			const scored = aws()
				.map((p) => ({ p, a: accuracyOf(p) }))
				.filter((x): x is { p: string; a: number } => x.a !== null)
				.sort((x, y) => x.a - y.a || (x.p < y.p ? -1 : 1));
			return sorted(scored.slice(0, Math.max(1, source.count)).map((x) => x.p));
		}
		case "exam":
		case "domain": {
			const exam = findExam(source.exam);
			if (!exam) return [];
			const rows = computeCoverage(exam, index).rows.filter((r) => r.note !== null && r.state !== "empty");
			const inDomain = source.kind === "domain" ? rows.filter((r) => r.domains.includes(source.domain)) : rows;
			return sorted(new Set(inDomain.map((r) => r.note as string)));
		}
	}
}

/** How a set is named in the picker, the quiz title and notices. */
export function describeSource(source: SetSource): string {
	switch (source.kind) {
		case "note":
			return basenameOf(source.path);
		case "folder":
			return normalizeFolder(source.folder) === "" ? "the whole vault" : `folder ${normalizeFolder(source.folder)}`;
		case "category":
			return source.category;
		case "tag":
			return `#${normalizeTag(source.tag)}`;
		case "linked":
			return `${basenameOf(source.path)} and the notes it links to`;
		case "weakest":
			return `your ${source.count} weakest notes`;
		case "exam":
			return `${findExam(source.exam)?.code ?? source.exam} services`;
		case "domain": {
			const exam = findExam(source.exam);
			const domain = exam?.domains.find((d) => d.number === source.domain);
			return `${exam?.code ?? source.exam} domain ${source.domain}${domain ? `: ${domain.name}` : ""}`;
		}
	}
}
