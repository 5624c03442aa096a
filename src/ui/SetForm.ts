/**
 * "Quiz a set of notes": which notes (the current note, a folder, a category, a tag, the current
 * note and its links, the weakest notes, an exam's services or one exam domain), how many
 * questions, a practice quiz or a timed practice exam. One form, shown in the picker modal and in
 * the panel's Study tab. The choices offered come from the vault (folders, categories and tags
 * that hold AWS notes), and the form says how many notes the set has before it starts.
 */

import { Setting } from "obsidian";
import { EXAMS, findExam } from "../core/exams";
import { SERVICE_CATEGORIES } from "../core/links/catalog";
import { folderOf } from "../core/links/resolve";
import { DEFAULT_EXAM_COUNT, DEFAULT_EXAM_MINUTES, selectNotes, type SetChoice, type SetMode, type SetSource } from "../core/study";
import type { CoachIndex } from "../core/CoachIndex";
import type { StudyServices } from "../obsidian/services";

const KIND_LABEL: Record<SetSource["kind"], string> = {
	note: "Current note",
	folder: "Folder",
	category: "Category",
	tag: "Tag",
	linked: "Current note and its links",
	weakest: "My weakest notes",
	exam: "Services of an exam",
	domain: "One exam domain",
};

/** Form state, kept by the caller so the Study tab keeps the user's choices across redraws. */
export interface SetFormState {
	kind: SetSource["kind"];
	folder: string;
	category: string;
	tag: string;
	exam: string;
	domain: number;
	count: number;
	mode: SetMode;
	minutes: number;
}

export function defaultFormState(examId: string): SetFormState {
	return { kind: "folder", folder: "", category: "", tag: "", exam: findExam(examId)?.id ?? EXAMS[0].id, domain: 1, count: 20, mode: "quiz", minutes: DEFAULT_EXAM_MINUTES };
}

/** The set the form describes, or null when it needs a current note and there is none. */
export function sourceOf(state: SetFormState, activeNote: string | null): SetSource | null {
	switch (state.kind) {
		case "note":
			return activeNote ? { kind: "note", path: activeNote } : null;
		case "linked":
			return activeNote ? { kind: "linked", path: activeNote } : null;
		case "folder":
			return { kind: "folder", folder: state.folder };
		case "category":
			return { kind: "category", category: state.category };
		case "tag":
			return { kind: "tag", tag: state.tag };
		case "weakest":
			return { kind: "weakest", count: 10 };
		case "exam":
			return { kind: "exam", exam: state.exam };
		case "domain":
			return { kind: "domain", exam: state.exam, domain: state.domain };
	}
}

interface VaultChoices {
	folders: string[];
	categories: string[];
	tags: string[];
}

/** The last choices computed per index, with the index revision they were computed at. */
const choicesCache = new WeakMap<CoachIndex, { revision: number; choices: VaultChoices }>();

/**
 * Folders, categories and tags that hold AWS notes, for the form's dropdowns. A walk over every AWS
 * note, so computed once per index revision, not on every redraw of the form.
 */
function vaultChoices(services: StudyServices): VaultChoices {
	const core = services.index.core;
	const cached = choicesCache.get(core);
	if (cached !== undefined && cached.revision === core.revision) return cached.choices;
	const choices = computeChoices(core);
	choicesCache.set(core, { revision: core.revision, choices });
	return choices;
}

function computeChoices(core: CoachIndex): VaultChoices {
	const folders = new Set<string>();
	const categories = new Set<string>();
	const tags = new Set<string>();
	for (const path of core.awsPaths()) {
		for (let f = folderOf(path); f !== ""; f = folderOf(f)) folders.add(f);
		const c = core.serviceOf(path)?.category;
		if (c) categories.add(c);
		for (const t of core.tagsOf(path)) tags.add(t);
	}
	return { folders: [...folders].sort(), categories: SERVICE_CATEGORIES.filter((c) => categories.has(c)), tags: [...tags].sort() };
}

/**
 * Draw the form into `container` (emptied first). `redraw` is called when a choice changes what
 * the form shows; `onStart` gets the choice when the user starts.
 */
export function renderSetForm(container: HTMLElement, services: StudyServices, state: SetFormState, redraw: () => void, onStart: (choice: SetChoice) => void): void {
	container.empty();
	container.addClass("anc-set-form");
	const choices = vaultChoices(services);
	if (state.kind === "folder" && state.folder !== "" && !choices.folders.includes(state.folder)) state.folder = "";
	if (state.category === "" || !choices.categories.includes(state.category)) state.category = choices.categories[0] ?? "";
	if (state.tag === "" || !choices.tags.includes(state.tag)) state.tag = choices.tags[0] ?? "";
	const active = services.activeNote();

	/** A dropdown row: its options as [value, label], the value shown, and what a change sets (the form is drawn again). */
	const pick = (name: string, options: Iterable<readonly [string, string]>, value: string, set: (v: string) => void) =>
		new Setting(container).setName(name).addDropdown((d) => {
			for (const [v, label] of options) d.addOption(v, label);
			d.setValue(value).onChange((v) => {
				set(v);
				redraw();
			});
		});
	pick("Notes", Object.entries(KIND_LABEL), state.kind, (v) => (state.kind = v as SetSource["kind"]));
	if (state.kind === "folder") {
		pick("Folder", [["", "Whole vault"], ...choices.folders.map((f) => [f, f] as const)], state.folder, (v) => (state.folder = v));
	} else if (state.kind === "category") {
		pick("Category", choices.categories.map((c) => [c, c] as const), state.category, (v) => (state.category = v));
	} else if (state.kind === "tag") {
		pick("Tag", choices.tags.map((t) => [t, `#${t}`] as const), state.tag, (v) => (state.tag = v));
	} else if (state.kind === "exam" || state.kind === "domain") {
		const exams = EXAMS.map((e) => [e.id, `${e.code} · ${e.name.replace(/^AWS Certified /, "")}`] as const);
		pick("Exam", exams, state.exam, (v) => {
			state.exam = v;
			state.domain = 1;
		});
		const exam = findExam(state.exam);
		if (state.kind === "domain" && exam) {
			const domains = exam.domains.map((dom) => [String(dom.number), `${dom.number}. ${dom.name} (${dom.weight}%)`] as const);
			pick("Domain", domains, String(state.domain), (v) => (state.domain = Number(v)));
		}
	}
	const modes = [
		["quiz", "Practice quiz (feedback after each question)"],
		["exam", "Practice exam (timed, score at the end)"],
		["export", "Export for Anki (a file of questions)"],
	] as const;
	pick("Mode", modes, state.mode, (v) => {
		state.mode = v === "exam" || v === "export" ? v : "quiz";
		if (state.mode === "exam" && state.count === 20) state.count = DEFAULT_EXAM_COUNT;
	});
	new Setting(container).setName("Questions").addText((t) => {
		t.inputEl.type = "number";
		t.inputEl.min = "1";
		t.inputEl.max = "200";
		t.setValue(String(state.count)).onChange((v) => {
			const n = Math.round(Number(v));
			if (Number.isFinite(n) && n >= 1) state.count = Math.min(200, n);
		});
	});
	if (state.mode === "exam") {
		new Setting(container)
			.setName("Time limit (minutes)")
			.setDesc("Leave at 0 for no limit.")
			.addText((t) => {
				t.inputEl.type = "number";
				t.inputEl.min = "0";
				t.setValue(String(state.minutes)).onChange((v) => {
					const n = Math.round(Number(v));
					if (Number.isFinite(n) && n >= 0) state.minutes = n;
				});
			});
	}

	const source = sourceOf(state, active);
	const notes = source ? selectNotes(services.index.core, source, (p) => services.study.accuracyOf(p)) : [];
	const summary = container.createDiv({ cls: "anc-set-summary" });
	summary.setText(
		source === null
			? "Open a note first: this set starts from the current note."
			: notes.length === 0
				? state.kind === "weakest"
					? "No note has quiz answers yet: quiz a few notes first."
					: "No AWS note in this set."
				: `${notes.length} note${notes.length === 1 ? "" : "s"} in this set.`,
	);
	new Setting(container).addButton((b) =>
		b
			.setButtonText(state.mode === "exam" ? "Start exam" : state.mode === "export" ? "Export questions" : "Start quiz")
			.setCta()
			.setDisabled(notes.length === 0 || source === null)
			.onClick(() => {
				if (source) onStart({ source, count: state.count, mode: state.mode, minutes: state.minutes });
			}),
	);
}
