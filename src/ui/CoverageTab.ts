/**
 * The panel's *Coverage* tab: for the exam the user studies for, every in-scope service with the
 * state of its note, a bar per category and the overall figure, and a way to write what is missing.
 * The figures come from `computeCoverage`, the same function the CLI's `coverage` prints.
 * Note text and names are always inserted as text, never as HTML.
 */

import { setIcon } from "obsidian";
import { computeCoverage, coverageHeadline, categoryFolders, type Coverage, type CoverageRow, type CoverageState } from "../core/coverage";
import { EXAMS, findExam, type ExamGuide } from "../core/exams";
import { findService } from "../core/links/catalog";
import { noteStyleName } from "../core/quiz/services";
import { createMany, createNote, noticeOnFailure, type NewNote } from "../obsidian/actions";
import type { StudyServices } from "../obsidian/services";
import { askWithModal } from "./ConfirmModal";
import { picker } from "./picker";

const STATE_LABEL: Record<CoverageState, string> = {
	"no-note": "No note",
	empty: "Empty note",
	incomplete: "Missing sections",
	complete: "Complete",
};

/** "What to write next" first. */
const STATE_ORDER: Record<CoverageState, number> = { "no-note": 0, empty: 1, incomplete: 2, complete: 3 };

type StateFilter = CoverageState | "all" | "no-tips";

const FILTER_LABEL: Record<StateFilter, string> = {
	all: "All services",
	"no-note": "No note",
	empty: "Empty note",
	incomplete: "Missing sections",
	complete: "Complete",
	"no-tips": "No exam tips",
};

/** "SAA-C03 · Solutions Architect – Associate": short enough for a sidebar. */
export function examLabel(exam: ExamGuide): string {
	return `${exam.code} · ${exam.name.replace(/^AWS Certified /, "")}`;
}

export class CoverageTab {
	readonly filterPlaceholder = "Filter services";
	private sortBy: "state" | "name" = "state";
	private stateFilter: StateFilter = "all";
	/** Categories the user folded. */
	private folded = new Set<string>();
	/** The header's exam picker, kept in step with the settings (the exam may change elsewhere). */
	private headerPicker: HTMLSelectElement | null = null;

	constructor(
		private services: StudyServices,
		private redraw: () => void,
	) {}

	/** The exam the settings name, or null. */
	private exam() {
		return findExam(this.services.settings().examId);
	}

	/** The coverage of the exam in settings, or null when none is chosen. */
	coverage(): Coverage | null {
		const exam = this.exam();
		if (!exam) return null;
		return computeCoverage(exam, this.services.index.core, (p) => this.services.study.accuracyOf(p));
	}

	/** Exam picker, state filter and sort; the "Create all" action. */
	renderControls(controls: HTMLElement, actions: HTMLElement): void {
		this.headerPicker = this.examPicker(controls);
		picker(controls, { cls: "anc-coverage-state", label: "Filter by state" }, Object.entries(FILTER_LABEL) as [StateFilter, string][], this.stateFilter, (v) => (this.stateFilter = v), this.redraw);
		picker(controls, { cls: "anc-coverage-sort", label: "Sort" }, [["state", "By state"], ["name", "By name"]] as const, this.sortBy, (v) => (this.sortBy = v), this.redraw);
		const all = actions.createEl("button", { cls: "anc-create-exam-notes", text: "Create all missing notes for this exam" });
		all.addEventListener("click", () => this.createAllMissing());
	}

	private examPicker(parent: HTMLElement): HTMLSelectElement {
		const select = parent.createEl("select", { cls: "dropdown anc-exam-picker", attr: { "aria-label": "Exam" } });
		select.createEl("option", { text: "Choose an exam", value: "" });
		for (const e of EXAMS) select.createEl("option", { text: examLabel(e), value: e.id });
		select.value = this.exam()?.id ?? "";
		select.addEventListener("change", () => void this.setExam(select.value));
		return select;
	}

	private async setExam(id: string): Promise<void> {
		this.services.settings().examId = findExam(id)?.id ?? "";
		await this.services.saveSettings();
		this.redraw();
	}

	draw(list: HTMLElement, counts: HTMLElement | null, filter: string): void {
		if (this.headerPicker) this.headerPicker.value = this.exam()?.id ?? "";
		const coverage = this.coverage();
		if (!coverage) {
			counts?.setText("Which exam do you study for?");
			const ask = list.createDiv({ cls: "anc-empty anc-coverage-ask" });
			ask.createDiv({ text: "Choose the exam you study for to see which of its services your notes cover." });
			this.examPicker(ask);
			return;
		}
		const s = coverage.summary;
		counts?.setText(`${coverageHeadline(s)} · ${s.covered} with content, ${s.noNote} without a note`);
		const q = filter.trim().toLowerCase();
		const shown = coverage.rows.filter((r) => this.keep(r, q));
		if (shown.length === 0) list.createDiv({ cls: "anc-empty", text: "No service matches the filter." });
		for (const c of s.categories) {
			const rows = shown.filter((r) => r.category === c.category);
			if (rows.length === 0) continue;
			const group = list.createDiv({ cls: "anc-group anc-coverage-group", attr: { "data-category": c.category } });
			const title = group.createDiv({ cls: "anc-coverage-title anc-clickable", attr: { role: "button", tabindex: "0", "aria-expanded": String(!this.folded.has(c.category)) } });
			title.createSpan({ cls: "anc-group-title", text: c.category });
			title.createSpan({ cls: "anc-coverage-figure", text: `${c.covered} of ${c.total} covered` });
			const bar = title.createDiv({ cls: "anc-coverage-bar", attr: { role: "img", "aria-label": `${c.covered} of ${c.total} covered, ${c.complete} complete` } });
			bar.createDiv({ cls: "anc-coverage-bar-complete" }).style.width = `${(100 * c.complete) / c.total}%`;
			bar.createDiv({ cls: "anc-coverage-bar-covered" }).style.width = `${(100 * (c.covered - c.complete)) / c.total}%`;
			const toggle = (): void => {
				if (this.folded.has(c.category)) this.folded.delete(c.category);
				else this.folded.add(c.category);
				this.redraw();
			};
			title.addEventListener("click", toggle);
			title.addEventListener("keydown", (ev) => {
				if (ev.key === "Enter" || ev.key === " ") {
					ev.preventDefault();
					toggle();
				}
			});
			if (this.folded.has(c.category)) continue;
			const sorted = [...rows].sort((a, b) => (this.sortBy === "state" ? STATE_ORDER[a.state] - STATE_ORDER[b.state] : 0) || a.service.localeCompare(b.service));
			for (const r of sorted) this.drawRow(group, r);
		}
	}

	private keep(r: CoverageRow, q: string): boolean {
		if (this.stateFilter === "no-tips" ? r.examTips || r.state === "no-note" : this.stateFilter !== "all" && r.state !== this.stateFilter) return false;
		if (!q) return true;
		const entry = findService(r.service);
		return [r.service, ...(entry?.names ?? []), r.note ?? ""].some((n) => n.toLowerCase().includes(q));
	}

	private drawRow(parent: HTMLElement, r: CoverageRow): void {
		const row = parent.createDiv({ cls: "tree-item-self is-clickable anc-coverage-row", attr: { "data-service": r.service, "data-state": r.state, role: "button", tabindex: "0" } });
		const inner = row.createDiv({ cls: "tree-item-inner" });
		inner.createSpan({ cls: "anc-target-name", text: r.service });
		inner.createSpan({ cls: `anc-kind anc-state-${r.state}`, text: STATE_LABEL[r.state] });
		if (r.examTips) {
			const tips = inner.createSpan({ cls: "anc-coverage-tips", attr: { "aria-label": "Has exam tips" } });
			setIcon(tips, "graduation-cap");
		}
		if (r.accuracy !== null) inner.createSpan({ cls: "anc-coverage-accuracy", text: `Quiz ${Math.round(r.accuracy * 100)}%` });
		if (r.note) inner.createDiv({ cls: "anc-target-note", text: r.note.replace(/\.md$/, "") });
		const open = (): void => {
			if (r.note) void this.services.openAt(r.note, 1);
			else void createNote(this.services.app, this.newNote(r), this.services.createOptions()).catch(noticeOnFailure(`create the note for ${r.service}`));
		};
		row.addEventListener("click", open);
		row.addEventListener("keydown", (ev) => {
			if (ev.key === "Enter" || ev.key === " ") {
				ev.preventDefault();
				open();
			}
		});
		if (!r.note) {
			const create = row.createEl("button", { cls: "anc-action-create", text: "Create note" });
			create.addEventListener("click", (ev) => {
				ev.stopPropagation();
				open();
			});
		}
	}

	/** The note for a service: named as the catalog writes it, in the folder of its category (or the setting's). */
	private newNote(r: CoverageRow, folderOf = this.folders()): NewNote {
		const entry = findService(r.service);
		return { name: entry ? noteStyleName(entry) : r.service, folder: folderOf(r.category) };
	}

	/** The "Folder for new notes" setting when set, else each category's usual folder. */
	private folders(): (category: string) => string {
		const setting = this.services.createOptions().folder;
		return setting.trim() !== "" ? () => setting : categoryFolders(this.services.index.core);
	}

	private createAllMissing(): void {
		const coverage = this.coverage();
		if (!coverage) return;
		const folderOf = this.folders();
		const notes = coverage.rows.filter((r) => r.state === "no-note").map((r) => this.newNote(r, folderOf));
		createMany(this.services.app, notes, this.services.createOptions(), askWithModal(this.services.app), {
			title: `Create missing notes for ${coverage.exam.code}`,
			none: `Every service of ${coverage.exam.code} has a note.`,
		});
	}
}
