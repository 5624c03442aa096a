import { describe, expect, test } from "vitest";
import { Editor } from "../obsidian-double/obsidian";

describe("Editor", () => {
	test("a transaction with several changes is one undo step", () => {
		const original = "# EC2\nOverview\nPricing\nLimits";
		const editor = new Editor(original);
		editor.transaction({
			changes: [
				// Positions refer to the document before the transaction, in any order.
				{ from: { line: 3, ch: 0 }, to: { line: 3, ch: 6 }, text: "## Limits" },
				{ from: { line: 1, ch: 0 }, to: { line: 1, ch: 8 }, text: "## Overview" },
				{ from: { line: 2, ch: 0 }, text: "## " },
			],
		});
		expect(editor.getValue()).toBe("# EC2\n## Overview\n## Pricing\n## Limits");
		expect(editor.undoDepth()).toBe(1);
		editor.undo();
		expect(editor.getValue()).toBe(original);
		editor.redo();
		expect(editor.getValue()).toBe("# EC2\n## Overview\n## Pricing\n## Limits");
	});

	test("overlapping changes are refused", () => {
		const editor = new Editor("abcdef");
		expect(() =>
			editor.transaction({
				changes: [
					{ from: { line: 0, ch: 0 }, to: { line: 0, ch: 3 }, text: "x" },
					{ from: { line: 0, ch: 2 }, to: { line: 0, ch: 4 }, text: "y" },
				],
			}),
		).toThrow(/overlapping/);
	});

	test("lines and columns are 0-based; getLine out of range throws", () => {
		const editor = new Editor("a\nbc\n");
		expect(editor.lineCount()).toBe(3);
		expect(editor.lastLine()).toBe(2);
		expect(editor.getLine(1)).toBe("bc");
		expect(editor.getLine(2)).toBe("");
		expect(() => editor.getLine(3)).toThrow(RangeError);
		expect(editor.posToOffset({ line: 1, ch: 1 })).toBe(3);
		expect(editor.offsetToPos(3)).toEqual({ line: 1, ch: 1 });
		expect(editor.getRange({ line: 0, ch: 0 }, { line: 1, ch: 2 })).toBe("a\nbc");
	});

	test("CRLF text is normalised to LF, as CodeMirror does", () => {
		const editor = new Editor("a\r\nb\r\n");
		expect(editor.getValue()).toBe("a\nb\n");
	});

	test("replaceRange keeps the cursor after an insertion before it", () => {
		const editor = new Editor("hello world");
		editor.setCursor({ line: 0, ch: 6 });
		editor.replaceRange("big ", { line: 0, ch: 6 });
		expect(editor.getValue()).toBe("hello big world");
		editor.replaceRange(">> ", { line: 0, ch: 0 });
		expect(editor.getCursor()).toEqual({ line: 0, ch: 13 });
	});

	test("replaceSelection, setSelection and the transaction's selection", () => {
		const editor = new Editor("one two three");
		editor.setSelection({ line: 0, ch: 4 }, { line: 0, ch: 7 });
		expect(editor.getSelection()).toBe("two");
		expect(editor.somethingSelected()).toBe(true);
		editor.replaceSelection("2");
		expect(editor.getValue()).toBe("one 2 three");
		editor.transaction({ changes: [{ from: { line: 0, ch: 0 }, to: { line: 0, ch: 3 }, text: "1" }], selection: { from: { line: 0, ch: 0 } } });
		expect(editor.getCursor()).toEqual({ line: 0, ch: 0 });
		expect(editor.undoDepth()).toBe(2);
	});

	test("scrollIntoView is recorded for tests", () => {
		const editor = new Editor("a\nb");
		editor.scrollIntoView({ from: { line: 1, ch: 0 }, to: { line: 1, ch: 0 } }, true);
		expect(editor.lastScrollIntoView?.range.from.line).toBe(1);
	});
});
