// @vitest-environment happy-dom
/**
 * The editor hints with a real CodeMirror `EditorView`: widgets for missing sections, marks on
 * empty / duplicated / out-of-order headings, *Add* as one undoable insertion that leaves every
 * other byte, nothing in conforming or non-AWS notes, and a check that waits for the typing to stop.
 */
import { history, undo } from "@codemirror/commands";
import { EditorSelection, EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { sectionInsertions, templateHints } from "../../../src/core/template/hints";
import { DEFAULT_TEMPLATE } from "../../../src/core/template/spec";
import { HINT_DELAY_MS, addSectionsInEditor, templateHintsExtension, type HintSource } from "../../../src/obsidian/editor/hintsExtension";

/** A note with one of each finding: Use Cases missing, Details empty, Exam Tips twice, References before Exam Tips. */
const MESSY = [
	"---",
	"aliases: [Amazon SQS]",
	"---",
	"**Overview**",
	"- Fully managed message queues.",
	"",
	"## **Details**",
	"",
	"## **References**",
	"- [[Amazon SNS]]",
	"",
	"## **Exam Tips**",
	"- Visibility timeout defaults to 30 seconds.",
	"",
	"## **Exam Tips**",
	"- FIFO queues keep order.",
	"",
].join("\n");

const CONFORMING = [
	"**Overview**",
	"- A service.",
	"## **Details**",
	"- Detail.",
	"## **Use Cases**",
	"- Use.",
	"## **Exam Tips**",
	"- Tip.",
	"## **References**",
	"- Link.",
	"",
].join("\n");

/** A host that treats every editor as an AWS note unless told otherwise, and counts checks. */
function source(aws = true): HintSource & { checks: number } {
	const s = {
		checks: 0,
		hints: (_state: EditorState, text: string) => {
			s.checks++;
			return aws ? templateHints(text, DEFAULT_TEMPLATE) : null;
		},
		insertions: (_state: EditorState, text: string, sections?: readonly string[]) => (aws ? sectionInsertions(text, DEFAULT_TEMPLATE, sections) : []),
	};
	return s;
}

const views: EditorView[] = [];
function editor(doc: string, src: HintSource, selection?: EditorSelection): EditorView {
	const parent = document.body.createDiv();
	const view = new EditorView({ state: EditorState.create({ doc, selection, extensions: [history(), templateHintsExtension(src)] }), parent });
	views.push(view);
	return view;
}

const widgets = (view: EditorView) => [...view.dom.querySelectorAll<HTMLElement>(".anc-hint-missing")];
const widgetLabels = (view: EditorView) => widgets(view).map((w) => w.querySelector(".anc-hint-label")!.textContent);
const marks = (view: EditorView) =>
	[...view.dom.querySelectorAll<HTMLElement>(".cm-line.anc-hint-mark")].map((el) => ({ text: el.textContent, title: el.getAttribute("title") ?? "", error: el.classList.contains("anc-hint-error") }));

function button(view: EditorView, section: string, label: string): HTMLElement {
	const w = widgets(view).find((el) => el.querySelector(".anc-hint-label")!.textContent === `Missing section: ${section}`)!;
	expect(w).toBeDefined();
	return [...w.querySelectorAll<HTMLElement>(".anc-hint-button")].find((b) => b.textContent === label)!;
}

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	for (const v of views.splice(0)) v.destroy();
	vi.useRealTimers();
});

describe("hints in a note that does not follow the template", () => {
	test("a widget where the missing section belongs, marks with the finding on the other headings", () => {
		const view = editor(MESSY, source());
		vi.advanceTimersByTime(0);
		expect(widgetLabels(view)).toEqual(["Missing section: Use Cases"]);
		const m = marks(view);
		expect(m.map((x) => x.text)).toEqual(["## **Details**", "## **References**", "## **Exam Tips**"]);
		expect(m[0].title).toContain('Expected content under "Details"');
		expect(m[1].title).toContain('Expected "References" after "Exam Tips"');
		expect(m[2].title).toContain("found a second one here");
	});

	test("the widget stands where Add inserts: above the in-order section it precedes (References is out of order)", () => {
		const view = editor(MESSY, source());
		vi.advanceTimersByTime(0);
		const w = widgets(view)[0];
		// The widget is a block before the line that follows it in the DOM.
		const next = w.nextElementSibling as HTMLElement;
		expect(next.textContent).toBe("## **Exam Tips**");
	});

	test("Add inserts exactly one heading in the note's style and leaves every other byte", () => {
		const view = editor(MESSY, source());
		vi.advanceTimersByTime(0);
		button(view, "Use Cases", "Add").click();
		const after = view.state.doc.toString();
		const at = MESSY.indexOf("## **Exam Tips**");
		const inserted = after.slice(at, at + after.length - MESSY.length);
		expect(inserted).toBe("## **Use Cases**\n\n");
		expect(after.slice(0, at) + after.slice(at + inserted.length)).toBe(MESSY);
	});

	test("Add is one undo step, and undo restores the note exactly", () => {
		const view = editor(MESSY, source());
		vi.advanceTimersByTime(0);
		button(view, "Use Cases", "Add").click();
		expect(view.state.doc.toString()).not.toBe(MESSY);
		expect(undo(view)).toBe(true);
		expect(view.state.doc.toString()).toBe(MESSY);
	});

	test("Add all missing inserts every missing section at once (one undo step)", () => {
		const text = "**Overview**\n- Queue.\n";
		const view = editor(text, source());
		vi.advanceTimersByTime(0);
		expect(widgetLabels(view)).toEqual(["Missing section: Details", "Missing section: Use Cases", "Missing section: Exam Tips", "Missing section: References"]);
		button(view, "Details", "Add all missing").click();
		const after = view.state.doc.toString();
		expect(after.startsWith(text)).toBe(true);
		// In the note's own heading style (its only template heading is a bold line).
		for (const name of ["Details", "Use Cases", "Exam Tips", "References"]) expect(after).toContain(`\n**${name}**\n`);
		undo(view);
		expect(view.state.doc.toString()).toBe(text);
	});

	test("the hints follow the fix: after Add and the next check, that widget is gone", () => {
		const view = editor(MESSY, source());
		vi.advanceTimersByTime(0);
		button(view, "Use Cases", "Add").click();
		vi.advanceTimersByTime(HINT_DELAY_MS);
		expect(widgetLabels(view)).toEqual([]);
		// The new, empty section is now reported as empty.
		expect(marks(view).some((m) => m.text === "## **Use Cases**")).toBe(true);
	});

	test("Add does not move the cursor off its text and does not scroll", () => {
		const cursorAt = MESSY.indexOf("Exam Tips**") + 3; // inside the heading Add inserts above
		const view = editor(MESSY, source(), EditorSelection.single(cursorAt));
		vi.advanceTimersByTime(0);
		const scroll = view.scrollDOM.scrollTop;
		const around = (v: EditorView) => v.state.doc.sliceString(v.state.selection.main.head - 3, v.state.selection.main.head + 3);
		const before = around(view);
		button(view, "Use Cases", "Add").click();
		expect(around(view)).toBe(before);
		expect(view.scrollDOM.scrollTop).toBe(scroll);
	});

	test("a cursor at the start of the line that gets a heading above stays on that line", () => {
		const at = MESSY.indexOf("## **Exam Tips**");
		const view = editor(MESSY, source(), EditorSelection.single(at));
		addSectionsInEditor(view, source(), ["Use Cases"]);
		const line = view.state.doc.lineAt(view.state.selection.main.head);
		expect(line.text).toBe("## **Exam Tips**");
		expect(view.state.selection.main.head).toBe(line.from);
	});

	test("a widget for a section due at the end of a note without a final newline sits below the last line", () => {
		const text = "**Overview**\n- a\n## **Details**\n- b\n## **Use Cases**\n- c\n## **Exam Tips**\n- d";
		const view = editor(text, source());
		vi.advanceTimersByTime(0);
		expect(widgetLabels(view)).toEqual(["Missing section: References"]);
		expect((widgets(view)[0].previousElementSibling as HTMLElement).textContent).toBe("- d");
		button(view, "References", "Add").click();
		expect(view.state.doc.toString().startsWith(text)).toBe(true);
		expect(view.state.doc.toString()).toContain("## **References**");
	});
});

describe("no hints where there is nothing to say", () => {
	test("a note that follows the template gets no widget and no mark", () => {
		const view = editor(CONFORMING, source());
		vi.advanceTimersByTime(HINT_DELAY_MS);
		expect(widgets(view)).toEqual([]);
		expect(marks(view)).toEqual([]);
	});

	test("a note that is not an AWS note gets nothing, however far it is from the template", () => {
		const view = editor(MESSY, source(false));
		vi.advanceTimersByTime(HINT_DELAY_MS);
		expect(widgets(view)).toEqual([]);
		expect(marks(view)).toEqual([]);
		expect(addSectionsInEditor(view, source(false))).toBe(false);
		expect(view.state.doc.toString()).toBe(MESSY);
	});
});

describe("updates while typing", () => {
	test("the note is checked once after the typing stops, not on every keystroke", () => {
		const src = source();
		const view = editor(MESSY, src);
		vi.advanceTimersByTime(0);
		const start = src.checks;
		const end = view.state.doc.length;
		for (let i = 0; i < 20; i++) {
			view.dispatch({ changes: { from: end + i, insert: "x" } });
			vi.advanceTimersByTime(HINT_DELAY_MS / 4);
		}
		expect(src.checks).toBe(start);
		vi.advanceTimersByTime(HINT_DELAY_MS);
		expect(src.checks).toBe(start + 1);
	});

	test("between checks the marks move with the text", () => {
		const view = editor(MESSY, source());
		vi.advanceTimersByTime(0);
		view.dispatch({ changes: { from: MESSY.indexOf("**Overview**"), insert: "New first line\n" } });
		// Not re-checked yet: the mark is mapped, still on the Details heading.
		expect(marks(view)[0].text).toBe("## **Details**");
	});

	test("typing a missing heading removes its widget at the next check", () => {
		const view = editor(MESSY, source());
		vi.advanceTimersByTime(0);
		const at = MESSY.indexOf("## **Exam Tips**");
		view.dispatch({ changes: { from: at, insert: "## **Use Cases**\n- Decoupling services.\n\n" } });
		vi.advanceTimersByTime(HINT_DELAY_MS);
		expect(widgetLabels(view)).toEqual([]);
	});

	test("after the view is destroyed a pending check does nothing", () => {
		const src = source();
		const view = editor(MESSY, src);
		vi.advanceTimersByTime(0);
		view.dispatch({ changes: { from: 0, insert: "x" } });
		const checks = src.checks;
		view.destroy();
		vi.advanceTimersByTime(HINT_DELAY_MS * 2);
		expect(src.checks).toBe(checks);
	});
});
