/** Text and JSON output of the CLI commands. JSON output is always exactly one document. */

import type { CoachIndex } from "../core/CoachIndex";
import { coverageHeadline, type Coverage, type CoverageState } from "../core/coverage";
import type { Question, Quiz } from "../core/quiz";
import { noAwsNotesReason } from "../core/scope";
import type { TemplateSpec } from "../core/template/spec";

/** The `check --json` document. */
export function checkDoc(index: CoachIndex, spec: TemplateSpec, fixed: { path: string; added: string[] }[] | null = null, skipped: { path: string; reason: string }[] = []): Record<string, unknown> {
	const hint = index.structureHint();
	const doc: Record<string, unknown> = {
		template: spec.sections.map((s) => s.name),
		notes: index.allReports().map((r) => ({
			path: r.path,
			findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, section: f.section, line: f.line, message: f.message })),
		})),
		summary: index.summary(),
	};
	if (fixed) doc.fixed = fixed;
	if (fixed && skipped.length > 0) doc.skipped = skipped;
	if (hint) doc.hint = { message: hint.message, sharing: hint.sharing, total: hint.total, learned: hint.learned.spec.sections.map((s) => s.name) };
	return doc;
}

/** The `missing --json` document. */
export function missingDoc(index: CoachIndex): Record<string, unknown> {
	return {
		targets: index.links.targets().map((t) => {
			const o: Record<string, unknown> = { target: t.target, kind: t.kind, service: t.service };
			if (t.note !== null) o.note = t.note;
			o.references = t.references.map((r) => ({ path: r.path, line: r.line }));
			return o;
		}),
	};
}

export function formatCheck(
	index: CoachIndex,
	spec: TemplateSpec,
	json: boolean,
	fixed: { path: string; added: string[] }[] | null,
	skipped: { path: string; reason: string }[] = [],
	all = false,
): string {
	const reports = index.allReports();
	const summary = index.summary();
	const hint = index.structureHint();
	if (json) return JSON.stringify(checkDoc(index, spec, fixed, skipped), null, 2) + "\n";
	const out: string[] = [];
	if (fixed) {
		for (const f of fixed) out.push(`fixed ${f.path}: added ${f.added.join(", ")}`);
		for (const s of skipped) out.push(`skipped ${s.path}: ${s.reason}`);
		if (fixed.length === 0 && skipped.length === 0) out.push("fixed nothing: no note misses a section");
		out.push("");
	}
	if (hint && !all) {
		// One message instead of the same missing sections listed for every note.
		out.push(hint.message);
		out.push("Check against it with --template auto, or list every finding with --all.");
	} else {
		for (const r of reports) {
			for (const f of r.findings) out.push(`${r.path}:${f.line}  ${f.severity}  ${f.rule}  ${f.message}`);
		}
	}
	if (out.length > 0) out.push("");
	if (summary.checked === 0) {
		out.push(`0 AWS notes found: ${noAwsNotesReason(index.scopeSettings())}`);
		return out.join("\n") + "\n";
	}
	out.push(
		`${summary.checked} AWS notes checked: ${summary.conforming} follow the template, ` +
			`${summary.errors} error${summary.errors === 1 ? "" : "s"}, ${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}.`,
	);
	return out.join("\n") + "\n";
}

/** `template suggest`: the structure the AWS notes share, ready to use as a template. */
export function formatSuggestion(index: CoachIndex, json: boolean): string {
	const learned = index.learnTemplate();
	if (json) {
		return JSON.stringify(learned ? { sections: learned.spec.sections, following: learned.following, total: learned.total } : { sections: null, total: index.summary().checked }, null, 2) + "\n";
	}
	if (!learned) return `No structure shared by half of the ${index.summary().checked} AWS notes: nothing to suggest.\n`;
	const out = [`${learned.following} of ${learned.total} AWS notes have these sections, in this order:`, ""];
	learned.spec.sections.forEach((s, i) => out.push(`${i + 1}. ${s.name}${s.synonyms.length > 0 ? `  (also: ${s.synonyms.join(", ")})` : ""}`));
	out.push("", "Check against it with: check <vault> --template auto");
	return out.join("\n") + "\n";
}

export function formatMissing(index: CoachIndex, json: boolean): string {
	if (json) return JSON.stringify(missingDoc(index), null, 2) + "\n";
	const targets = index.links.targets();
	const label: Record<string, string> = {
		missing: "no note",
		alias: "alias only, note is",
		empty: "empty note",
		"same-service": "probably",
	};
	const out: string[] = [];
	const services = targets.filter((t) => t.service);
	const others = targets.filter((t) => !t.service);
	const group = (title: string, list: typeof targets) => {
		if (list.length === 0) return;
		out.push(`${title} (${list.length})`);
		for (const t of list) {
			const n = t.references.length;
			out.push(`  ${t.target}  [${label[t.kind]}${t.note ? " " + t.note : ""}]  ${n} reference${n === 1 ? "" : "s"}`);
			for (const r of t.references) out.push(`      ${r.path}:${r.line}  ${r.text}`);
		}
		out.push("");
	};
	group("Service notes", services);
	group("Other notes", others);
	const counts = { missing: 0, alias: 0, empty: 0, "same-service": 0 };
	for (const t of targets) counts[t.kind]++;
	out.push(
		`${index.links.distinctTargets()} distinct link targets in AWS notes: ${counts.missing} missing, ` +
			`${counts.alias} alias only, ${counts.empty} empty, ${counts["same-service"]} under another name.`,
	);
	return out.join("\n") + "\n";
}

/** One question as `quiz --json` prints it (the fields of `Question`, in a fixed order). */
export function questionDoc(q: Question): Record<string, unknown> {
	return {
		id: q.id,
		kind: q.kind,
		prompt: q.prompt,
		choices: q.choices,
		answers: q.answers,
		type: q.type,
		multi: q.multi,
		typed: q.typed,
		...(q.accepts ? { accepts: q.accepts } : {}),
		explanation: q.explanation,
		source: q.source,
	};
}

export function formatQuiz(quiz: Quiz, json: boolean): string {
	if (json) {
		return (
			JSON.stringify(
				{
					note: quiz.note,
					seed: quiz.seed,
					questions: quiz.questions.map(questionDoc),
					...(quiz.reason ? { reason: quiz.reason } : {}),
					...(quiz.bound ? { bound: quiz.bound } : {}),
					// The questions held back, which the plugin asks on request ("More questions").
					...(quiz.more ? { more: quiz.more.map(questionDoc) } : {}),
				},
				null,
				2,
			) + "\n"
		);
	}
	if (quiz.questions.length === 0) return `${quiz.note}: ${quiz.reason ?? "no questions"}\n`;
	const out: string[] = [`Quiz on ${quiz.note} (seed ${quiz.seed}, ${quiz.questions.length} questions)`, ...(quiz.bound ? [quiz.bound] : []), ""];
	quiz.questions.forEach((q, i) => {
		out.push(`${i + 1}. [${q.kind}] ${q.prompt}`);
		q.choices.forEach((c, j) => out.push(`   ${String.fromCharCode(97 + j)}) ${c}`));
		if (q.typed) out.push(q.choices.length > 0 ? "   (or type the answer)" : "   (type the answer)");
		out.push(`   Answer: ${q.answers.join("; ")}`);
		out.push(`   From line ${q.source.line}: ${q.explanation}`);
		out.push("");
	});
	const more = quiz.more?.length ?? 0;
	if (more > 0) out.push(`${more} more question${more === 1 ? "" : "s"} held back: another answer may be right too (listed under "more" with --json).`, "");
	return out.join("\n");
}

const STATE_LABEL: Record<CoverageState, string> = { complete: "complete", incomplete: "incomplete", empty: "empty note", "no-note": "no note" };

/** The `coverage --json` document. */
export function coverageDoc(coverage: Coverage): Record<string, unknown> {
	return {
		exam: coverage.exam,
		services: coverage.rows.map((r) => ({
			service: r.service,
			category: r.category,
			domains: r.domains,
			state: r.state,
			note: r.note,
			examTips: r.examTips,
			accuracy: r.accuracy,
		})),
		summary: coverage.summary,
	};
}

/** `coverage`: one block per category with its bar figure, a row per service, the headline last. */
export function formatCoverage(coverage: Coverage, json: boolean): string {
	if (json) return JSON.stringify(coverageDoc(coverage), null, 2) + "\n";
	const s = coverage.summary;
	const out: string[] = [`${coverage.exam.name} (${coverage.exam.code})`, ""];
	const width = Math.max(0, ...coverage.rows.map((r) => r.service.length));
	for (const c of s.categories) {
		out.push(`${c.category}: ${c.covered} of ${c.total} covered, ${c.complete} complete`);
		for (const r of coverage.rows) {
			if (r.category !== c.category) continue;
			const extras = [r.note ?? "", r.examTips ? "exam tips" : "", r.accuracy !== null ? `quiz ${Math.round(r.accuracy * 100)}%` : ""].filter(Boolean);
			out.push(`  ${STATE_LABEL[r.state].padEnd(10)}  ${r.service.padEnd(width)}  ${extras.join("  ")}`.trimEnd());
		}
		out.push("");
	}
	out.push(
		`${coverageHeadline(s)}; ${s.covered} of ${s.total} have a note with content (${s.incomplete} missing sections), ` +
			`${s.empty} empty, ${s.noNote} without a note; ${s.withExamTips} with exam tips.`,
	);
	return out.join("\n") + "\n";
}
