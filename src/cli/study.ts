/**
 * The CLI's study commands: a quiz over a set of notes (`quiz <vault> --folder X`), a practice
 * exam's questions (`exam <vault>`), and questions exported for Anki (`export <vault>`). The same
 * core as the plugin's "Quiz a set of notes": the same notes, the same questions for a seed.
 */

import type { CoachIndex } from "../core/CoachIndex";
import { findExam } from "../core/exams";
import { SERVICE_CATEGORIES } from "../core/links/catalog";
import { questionsToAnkiTsv } from "../core/quiz/anki";
import { buildSetQuiz, describeSource, loadQuizNote, selectNotes, type SetQuestion, type SetQuiz, type SetSource } from "../core/study";
import { readNote, UsageError, type DiskVault } from "./diskVault";
import { questionDoc } from "./format";

/** The set options of `quiz`, `exam` and `export`, as given. */
export interface SetFlags {
	folder?: string;
	tag?: string;
	category?: string;
	exam?: string;
	domain?: string;
	note?: string;
}

/** The set the flags name; `fallback` when they name none. At most one of folder, tag, category, exam, note. */
export function sourceFromFlags(f: SetFlags, fallback: SetSource | null): SetSource {
	const given = (["folder", "tag", "category", "exam", "note"] as const).filter((k) => f[k] !== undefined);
	if (given.length > 1) throw new UsageError(`Choose one set: --${given.join(" or --")}.`);
	if (f.domain !== undefined && f.exam === undefined) throw new UsageError("--domain needs --exam (the exam whose domain it is).");
	if (f.folder !== undefined) return { kind: "folder", folder: f.folder };
	if (f.tag !== undefined) return { kind: "tag", tag: f.tag };
	if (f.note !== undefined) return { kind: "note", path: f.note };
	if (f.category !== undefined) {
		const category = SERVICE_CATEGORIES.find((c) => c.toLowerCase() === f.category?.trim().toLowerCase());
		if (!category) throw new UsageError(`Unknown category "${f.category}": use one of ${SERVICE_CATEGORIES.join(", ")}.`);
		return { kind: "category", category };
	}
	if (f.exam !== undefined) {
		const exam = findExam(f.exam);
		if (!exam) throw new UsageError(`Unknown exam "${f.exam}": use one of clf, saa, dva, soa, aif, sap.`);
		if (f.domain === undefined) return { kind: "exam", exam: exam.id };
		const domain = Number(f.domain);
		if (!exam.domains.some((d) => d.number === domain)) throw new UsageError(`${exam.code} has domains 1 to ${exam.domains.length}, not "${f.domain}".`);
		return { kind: "domain", exam: exam.id, domain };
	}
	if (fallback) return fallback;
	throw new UsageError("Which notes? Give --folder, --tag, --category or --exam.");
}

/** A set quiz over the vault: notes read and parsed only when the quiz draws from them. */
export function setQuiz(vault: DiskVault, index: CoachIndex, source: SetSource, count: number, seed: number): { quiz: SetQuiz; notes: string[] } {
	const notes = selectNotes(index, source);
	const contextOf = index.quizContexts();
	const load = (path: string) => {
		try {
			return loadQuizNote(path, readNote(vault, path), contextOf);
		} catch {
			return null; // unreadable: the quiz draws from the other notes
		}
	};
	const info = (path: string) => ({ category: index.serviceOf(path)?.category ?? null, tags: index.tagsOf(path) });
	return { quiz: buildSetQuiz(notes, load, info, { count, seed }), notes };
}

/** One question of a set as the JSON documents print it: `quiz --json`'s fields, then note, category and seed. */
function setQuestionDoc(q: SetQuestion): Record<string, unknown> {
	const { id, ...rest } = questionDoc(q);
	return { id, note: q.note, category: q.category, ...rest, seed: q.seed };
}

/** `quiz --folder ...` and `exam`: one document, or the questions as text. */
export function formatSetQuiz(kind: "quiz" | "exam", source: SetSource, seed: number, result: { quiz: SetQuiz; notes: string[] }, json: boolean, extra: Record<string, unknown> = {}): string {
	const { quiz, notes } = result;
	const reason = notes.length === 0 ? `No AWS note in ${describeSource(source)}.` : quiz.questions.length === 0 ? `The ${notes.length} notes of ${describeSource(source)} have too little to ask about.` : null;
	if (json) {
		return JSON.stringify({ [kind]: { set: describeSource(source), source, seed, notes: notes.length, notesUsed: quiz.notesUsed, ...extra }, questions: quiz.questions.map(setQuestionDoc), ...(reason ? { reason } : {}) }, null, 2) + "\n";
	}
	if (reason) return `${reason}\n`;
	const out = [`${kind === "exam" ? "Practice exam" : "Quiz"} on ${describeSource(source)} (seed ${seed}, ${quiz.questions.length} questions from ${quiz.notesUsed} notes)`, ""];
	quiz.questions.forEach((q, i) => {
		out.push(`${i + 1}. [${q.kind}] ${q.prompt}`);
		q.choices.forEach((c, j) => out.push(`   ${String.fromCharCode(97 + j)}) ${c}`));
		if (q.typed) out.push(q.choices.length > 0 ? "   (or type the answer)" : "   (type the answer)");
		out.push(`   Answer: ${q.answers.join("; ")}`);
		out.push(`   From ${q.note}:${q.source.line}`);
		out.push("");
	});
	return out.join("\n");
}

/** `export --format anki-tsv`: the set's questions as an Anki import file. */
export function exportAnki(result: { quiz: SetQuiz }, vaultName: string): string {
	return questionsToAnkiTsv(
		result.quiz.questions.map((q) => ({ question: q, note: q.note, category: q.category })),
		{ vault: vaultName },
	);
}
