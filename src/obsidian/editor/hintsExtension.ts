/**
 * The template check inside the note being edited (CodeMirror 6, as Obsidian provides it).
 *
 * - A quiet block widget "Missing section: Use Cases" with *Add* / *Add all missing* stands where the
 *   fix would insert the heading; heading lines with an empty, duplicated or out-of-order finding get
 *   a line mark whose tooltip is the finding.
 * - The check runs on the editor's own text, never on every keystroke: a change re-schedules it
 *   (`HINT_DELAY_MS`), and in between the decorations are only mapped through the edits.
 * - *Add* is one transaction (one undo step) of whole-line insertions computed by the same core
 *   function as the "add sections" command; the selection stays with the text it was in and the
 *   editor is not scrolled.
 *
 * No `obsidian` import: the caller decides which editors get hints (`HintSource`), so this runs in
 * tests with a real `EditorView` and in the browser preview.
 */

import { ChangeSet, EditorSelection, type EditorState, type Extension, StateEffect, StateField } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView, ViewPlugin, type ViewUpdate, WidgetType } from "@codemirror/view";
import type { InsertEdit } from "../../core/template/addMissingSections";
import type { MissingSectionHint, TemplateHints } from "../../core/template/hints";

/** Quiet time after the last edit before the note is checked again. */
export const HINT_DELAY_MS = 400;

/** What the editor asks its host; the host knows files, scope, template and settings. */
export interface HintSource {
	/** Hints for the note shown in this editor, or null when it is not an AWS note (no hints). */
	hints(state: EditorState, text: string): TemplateHints | null;
	/** The insertions that add the named sections (all missing ones when undefined) to `text`. */
	insertions(state: EditorState, text: string, sections?: readonly string[]): InsertEdit[];
}

const setHints = StateEffect.define<DecorationSet>();

const hintField = StateField.define<DecorationSet>({
	create: () => Decoration.none,
	update(decorations, tr) {
		for (const e of tr.effects) if (e.is(setHints)) return e.value;
		return tr.docChanged ? decorations.map(tr.changes) : decorations;
	},
	provide: (field) => EditorView.decorations.from(field),
});

/**
 * Insert the named sections (all missing ones when undefined) as one transaction. A cursor at the
 * start of a line that gets a heading inserted above it stays on its own line; at the very end of
 * the note it stays before the appended headings. Returns whether anything was inserted.
 */
export function addSectionsInEditor(view: EditorView, source: HintSource, sections?: readonly string[]): boolean {
	const { state } = view;
	const edits = source.insertions(state, state.doc.toString(), sections);
	if (edits.length === 0) return false;
	const changes = ChangeSet.of(
		edits.map((e) => ({ from: e.offset, insert: e.text })),
		state.doc.length,
	);
	const end = state.doc.length;
	const keep = (pos: number): number => changes.mapPos(pos, pos === end ? -1 : 1);
	const selection = EditorSelection.create(
		state.selection.ranges.map((r) => EditorSelection.range(keep(r.anchor), keep(r.head))),
		state.selection.mainIndex,
	);
	view.dispatch({ changes, selection, userEvent: "input.template-hint" });
	return true;
}

class MissingSectionWidget extends WidgetType {
	constructor(
		readonly hint: MissingSectionHint,
		readonly missingCount: number,
		readonly source: HintSource,
	) {
		super();
	}

	eq(other: MissingSectionWidget): boolean {
		return other.hint.section === this.hint.section && other.hint.message === this.hint.message && other.missingCount === this.missingCount;
	}

	toDOM(view: EditorView): HTMLElement {
		const box = createDiv({ cls: "anc-hint-missing", attr: { "aria-label": this.hint.message } });
		box.createSpan({ cls: "anc-hint-label", text: `Missing section: ${this.hint.section}` });
		this.button(box, view, "Add", `Add the "${this.hint.section}" heading here`, [this.hint.section]);
		if (this.missingCount > 1) this.button(box, view, "Add all missing", `Add all ${this.missingCount} missing sections`, undefined);
		return box;
	}

	private button(box: HTMLElement, view: EditorView, text: string, title: string, sections: readonly string[] | undefined): void {
		const b = box.createEl("button", { cls: "anc-hint-button", text, attr: { title } });
		// Keep the focus and the selection in the text: the click only edits.
		b.addEventListener("mousedown", (e) => e.preventDefault());
		b.addEventListener("click", (e) => {
			e.preventDefault();
			addSectionsInEditor(view, this.source, sections);
		});
	}

	ignoreEvent(): boolean {
		return true;
	}
}

/** Decorations for a set of hints, against the state they were computed on. */
export function hintDecorations(state: EditorState, hints: TemplateHints, source: HintSource): DecorationSet {
	const doc = state.doc;
	const ranges = [];
	for (const h of hints.missing) {
		const at = Math.min(h.offset, doc.length);
		// At the end of a note whose last line has text, the widget goes below that line.
		const below = at === doc.length && doc.lineAt(at).length > 0;
		ranges.push(Decoration.widget({ widget: new MissingSectionWidget(h, hints.missing.length, source), block: true, side: below ? 1 : -1 }).range(at));
	}
	for (const l of hints.lines) {
		if (l.line < 1 || l.line > doc.lines) continue;
		const error = l.findings.some((f) => f.severity === "error");
		const tip = l.findings.map((f) => f.message).join("\n");
		ranges.push(
			Decoration.line({ class: `anc-hint-mark ${error ? "anc-hint-error" : "anc-hint-warning"}`, attributes: { title: tip, "aria-label": tip } }).range(doc.line(l.line).from),
		);
	}
	return Decoration.set(ranges, true);
}

/** The extension: hint decorations plus the scheduler that keeps them current. */
export function templateHintsExtension(source: HintSource, delayMs = HINT_DELAY_MS): Extension {
	const scheduler = ViewPlugin.fromClass(
		class {
			private timer: number | null = null;
			private empty = true;

			constructor(readonly view: EditorView) {
				this.schedule(0);
			}

			update(u: ViewUpdate): void {
				if (u.docChanged) this.schedule(delayMs);
			}

			private schedule(ms: number): void {
				if (this.timer !== null) window.clearTimeout(this.timer);
				this.timer = window.setTimeout(() => {
					this.timer = null;
					this.refresh();
				}, ms);
			}

			/** Check the text now (tests and the benchmark call this directly). */
			refresh(): void {
				const { state } = this.view;
				const hints = source.hints(state, state.doc.toString());
				const none = hints === null || (hints.missing.length === 0 && hints.lines.length === 0);
				if (none && this.empty) return;
				this.empty = none;
				this.view.dispatch({ effects: setHints.of(none ? Decoration.none : hintDecorations(state, hints, source)) });
			}

			destroy(): void {
				if (this.timer !== null) window.clearTimeout(this.timer);
			}
		},
	);
	return [hintField, scheduler];
}
