// @vitest-environment happy-dom
/**
 * Actions that must refuse rather than damage a note:
 * - notes with unreadable characters: Obsidian decodes bytes that are not valid UTF-8 as U+FFFD,
 *   so writing such a note back would replace the original bytes for good. Adding sections leaves
 *   these notes alone, in bulk (skipped and counted) and one at a time (refused with a notice);
 * - "Fix links" to a note whose name has a backtick: written into `[[...]]`, the backtick would
 *   pair with inline code on the line and the link would stop being a link.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { addSectionsToFile, UnreadableNoteError } from "../../src/obsidian/actions";
import { DEFAULT_TEMPLATE } from "../../src/core/template/spec";
import { Notice, type App } from "../obsidian-double/obsidian";
import { VARIANTS, bootPlugin, clickModalButton, lastModal, openNote, openPanel, quiet, read, shutdown } from "../hardening/plugin";

const MISSING = (what: string) => `## **Overview**\n- ${what}\n`;
const FILES: Record<string, string> = {
	"AWS/Amazon A.md": MISSING("readable"),
	"AWS/Amazon B.md": MISSING("caf\uFFFD costs \uFFFD\uFFFD dollars"),
	"AWS/Amazon C.md": MISSING("also readable"),
	"AWS/Amazon D.md": MISSING("\uFFFD"),
};

describe.each(VARIANTS)("adding sections to notes with unreadable characters (%s)", (variant) => {
	let app: App;

	beforeEach(async () => {
		Notice.reset();
		({ app } = await bootPlugin(FILES, variant));
	});
	afterEach(() => shutdown(app));

	test("the bulk action skips them, leaves them as they are, and says how many it skipped", async () => {
		await app.commands.runCommandById("aws-notes-coach:add-missing-sections-all");
		expect(lastModal().contentEl.textContent).toContain("Add the missing template sections to 4 notes?");
		clickModalButton(/^Add sections to 4 notes$/);
		await quiet(app);
		expect(Notice.messages).toContain(
			"Added missing sections to 2 notes. Skipped 2 notes with unreadable characters (not valid UTF-8): AWS/Amazon B.md, AWS/Amazon D.md.",
		);
		expect(read(app, "AWS/Amazon B.md")).toBe(FILES["AWS/Amazon B.md"]);
		expect(read(app, "AWS/Amazon D.md")).toBe(FILES["AWS/Amazon D.md"]);
		expect(read(app, "AWS/Amazon A.md")).toContain("## **References**");
		expect(read(app, "AWS/Amazon C.md")).toContain("## **References**");
	});

	test("the single-note command refuses with a notice and leaves the editor and the file alone", async () => {
		const view = await openNote(app, "AWS/Amazon B.md");
		const depth = view.editor.undoDepth();
		await app.commands.runCommandById("aws-notes-coach:add-missing-sections-current");
		await quiet(app);
		expect(Notice.messages).toContain(
			"Could not add the missing sections: the note has unreadable characters (not valid UTF-8), and saving it would replace them for good.",
		);
		expect(view.editor.getValue()).toBe(FILES["AWS/Amazon B.md"]);
		expect(view.editor.undoDepth()).toBe(depth);
		expect(read(app, "AWS/Amazon B.md")).toBe(FILES["AWS/Amazon B.md"]);
	});

	test("a readable note still gets its sections from the single-note command", async () => {
		await openNote(app, "AWS/Amazon A.md");
		await app.commands.runCommandById("aws-notes-coach:add-missing-sections-current");
		await quiet(app);
		expect(Notice.messages).toContain("Added Details, Use Cases, Exam Tips, References.");
		expect(read(app, "AWS/Amazon A.md")).toContain("## **References**");
	});
});

describe("addSectionsToFile on a note that is not open", () => {
	let app: App;
	beforeEach(async () => {
		({ app } = await bootPlugin(FILES, "sources"));
	});
	afterEach(() => shutdown(app));

	test("checks the text inside Vault.process and writes nothing when it is unreadable", async () => {
		const file = app.vault.getFileByPath("AWS/Amazon A.md")!;
		// The note turns unreadable after the panel listed it (a sync brings in a bad copy).
		await app.vault.modify(file, MISSING("now \uFFFD"));
		const writes: string[] = [];
		app.vault.on("modify", (f) => writes.push(f.path));
		await expect(addSectionsToFile(app as never, file as never, DEFAULT_TEMPLATE)).rejects.toBeInstanceOf(UnreadableNoteError);
		expect(read(app, "AWS/Amazon A.md")).toBe(MISSING("now \uFFFD"));
		expect(writes).toEqual([]);
	});
});

describe.each(VARIANTS)("fix links to a note whose name has a backtick (%s)", (variant) => {
	const LINKING = "## **Overview**\n- uses [[Amazon EKS]] and `kubectl`\n";
	const files: Record<string, string> = {
		"AWS/Amazon `EKS`.md": "---\naliases: [Amazon EKS]\n---\n## **Overview**\n- k8s\n",
		"AWS/Amazon A.md": LINKING,
		"AWS/Amazon B.md": LINKING,
	};
	let app: App;
	beforeEach(async () => {
		Notice.reset();
		({ app } = await bootPlugin(files, variant));
	});
	afterEach(() => shutdown(app));

	test("is refused before asking, with the reason, and no note changes", async () => {
		const el = await openPanel(app, "missing");
		const fix = el.querySelector<HTMLElement>('[data-key="amazon eks"] .anc-action-fix');
		expect(fix).not.toBeNull();
		fix!.click();
		await quiet(app);
		expect(Notice.messages).toContain('Could not fix links: "Amazon `EKS`" has a backtick, which would turn the links into inline code. Rename the note to fix them.');
		expect(read(app, "AWS/Amazon A.md")).toBe(LINKING);
		expect(read(app, "AWS/Amazon B.md")).toBe(LINKING);
	});
});
