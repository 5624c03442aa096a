// @vitest-environment happy-dom
/**
 * No data loss: every write is `Vault.process` or an editor transaction computed from the text
 * at the moment of writing; bulk actions ask first, say how many files they touch, report, and
 * stop at the first failure without a half-written file; creating a note never replaces a file.
 * Each scenario runs on the plugin sources and, when built, on main.js (what users install).
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { Notice, openModals, type App, type TFile } from "../obsidian-double/obsidian";
import { isSubsequence } from "./fixtures";
import { VARIANTS, bootPlugin, clickModalButton, lastModal, openNote, openPanel, panel, quiet, read, shutdown, type CoachPluginLike } from "./plugin";

const NOTES = ["A", "B", "C", "D", "E"].map((x) => `AWS/Amazon ${x}.md`);
const SECTIONS_MISSING = "## **Overview**\n- text of the note\n- links to [[Amazon EKS]] and [[AWS WAF]]\n";
const FILES: Record<string, string> = {
	...Object.fromEntries(NOTES.map((p) => [p, SECTIONS_MISSING.replace("text of the note", `text of ${p}`)])),
	"AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md":
		"---\naliases: [Amazon EKS]\n---\n## **Overview**\n- k8s\n## **Details**\n- x\n## **Use Cases**\n- x\n## **Exam Tips**\n- x\n## **References**\n- x\n",
	"AWS/Containers/Links.md": "## **Overview**\n- [[Amazon ECR]] [[AWS Shield]] [[Amazon Macie]] [[Amazon Inspector]]\n## **Details**\n- x\n## **Use Cases**\n- x\n## **Exam Tips**\n- x\n## **References**\n- x\n",
};

const lines = (t: string) => t.split(/\r\n|\r|\n/);

/** Replace `vault.process` with a version that fails on the `n`-th call; records the paths it was called with. */
function failProcessOnCall(app: App, n: number, mode: "before-callback" | "after-callback"): string[] {
	const calls: string[] = [];
	const original = app.vault.process.bind(app.vault);
	app.vault.process = async (file: TFile, fn: (data: string) => string, options?: unknown) => {
		calls.push(file.path);
		if (calls.length === n) {
			// A write that fails: before reading, or after the new text was computed (disk full).
			if (mode === "after-callback") fn(app.vault.readNow(file));
			throw new Error("disk full");
		}
		return original(file, fn, options as never);
	};
	return calls;
}

describe.each(VARIANTS)("no data loss (%s)", (variant) => {
	let app: App;
	let plugin: CoachPluginLike;

	beforeEach(async () => {
		Notice.reset();
		({ app, plugin } = await bootPlugin(FILES, variant, { caseInsensitive: true }));
	});
	afterEach(() => shutdown(app));

	describe("writes are computed from the text at the moment of writing", () => {
		test("a note changed after the panel computed its findings keeps the change when its sections are added", async () => {
			const el = await openPanel(app, "template");
			const button = el.querySelector<HTMLElement>(`.anc-report[data-path="${NOTES[0]}"] .anc-action-add-sections`)!;
			expect(button).not.toBeNull();
			// Another device syncs a change in; the panel has not redrawn yet.
			const changed = read(app, NOTES[0])! + "- written on my phone after the check\n";
			await app.vault.modify(app.vault.getFileByPath(NOTES[0])!, changed);
			button.click();
			await quiet(app);
			const after = read(app, NOTES[0])!;
			expect(after).toContain("- written on my phone after the check");
			expect(isSubsequence(lines(changed), lines(after))).toBe(true);
			expect(after).toContain("## **References**");
		});

		test("a change that lands while a bulk fix runs survives: each note's fix is computed inside Vault.process", async () => {
			const original = app.vault.process.bind(app.vault);
			app.vault.process = async (file: TFile, fn: (data: string) => string, options?: unknown) => {
				// A sync writes just before the read-modify-write: the fix must see this text, not an older one.
				await app.vault.modify(file, app.vault.readNow(file) + "- synced in during the fix\n");
				return original(file, fn, options as never);
			};
			await app.commands.runCommandById("aws-notes-coach:add-missing-sections-all");
			clickModalButton(/^Add sections to 5 notes$/);
			await quiet(app);
			for (const p of NOTES) {
				const t = read(app, p)!;
				expect(t).toContain("- synced in during the fix");
				expect(t).toContain("## **Exam Tips**");
			}
		});

		test("the open note is fixed through its editor from what is typed in it, as one undo step", async () => {
			const view = await openNote(app, NOTES[1]);
			await app.commands.runCommandById("aws-notes-coach:check-current-note");
			// The user keeps typing after the check.
			view.editor.replaceRange("- typed after the check\n", { line: 2, ch: 0 });
			const typed = view.editor.getValue();
			const depth = view.editor.undoDepth();
			await app.commands.runCommandById("aws-notes-coach:add-missing-sections-current");
			await quiet(app);
			const after = view.editor.getValue();
			expect(isSubsequence(lines(typed), lines(after))).toBe(true);
			expect(after).toContain("## **Details**");
			expect(read(app, NOTES[1])).toBe(after);
			expect(view.editor.undoDepth()).toBe(depth + 1);
			view.editor.undo();
			expect(view.editor.getValue()).toBe(typed);
		});

		test("fix links rewrites the text as it is when it writes, not as it was when the panel drew", async () => {
			const el = await openPanel(app, "missing");
			const fix = el.querySelector<HTMLElement>('[data-key="amazon eks"] .anc-action-fix')!;
			await app.vault.modify(app.vault.getFileByPath(NOTES[2])!, read(app, NOTES[2])! + "- and again [[Amazon EKS]] after the panel drew\n");
			fix.click();
			clickModalButton(/^Fix links in 5 notes$/);
			await quiet(app);
			const after = read(app, NOTES[2])!;
			expect(after).toContain("- and again [[Amazon Elastic Kubernetes Service (EKS)|Amazon EKS]] after the panel drew");
			expect(after).not.toContain("[[Amazon EKS]]");
		});

		test("the plugin never writes with Vault.modify/append or the adapter: only process, create and the editor", async () => {
			const forbidden: string[] = [];
			for (const m of ["modify", "append", "modifyBinary", "appendBinary"] as const) {
				app.vault[m] = async (file: TFile) => void forbidden.push(`vault.${m} ${file.path}`);
			}
			for (const m of ["write", "append", "writeBinary", "process", "remove", "rename"] as const) {
				const orig = (app.vault.adapter as unknown as Record<string, (...a: unknown[]) => unknown>)[m];
				(app.vault.adapter as unknown as Record<string, unknown>)[m] = (path: string, ...rest: unknown[]) => {
					// The plugin's own settings file (data.json in the config folder) is not a note.
					if (!path.startsWith(`${app.vault.configDir}/`)) forbidden.push(`adapter.${m} ${path}`);
					return orig?.call(app.vault.adapter, path, ...rest);
				};
			}
			await app.commands.runCommandById("aws-notes-coach:add-missing-sections-all");
			clickModalButton(/^Add sections/);
			await quiet(app);
			await app.commands.runCommandById("aws-notes-coach:create-missing-service-notes");
			clickModalButton(/^Create \d+ notes?$/);
			await quiet(app);
			(await openPanel(app, "missing")).querySelector<HTMLElement>('[data-key="amazon eks"] .anc-action-fix')!.click();
			clickModalButton(/^Fix links in/);
			await quiet(app);
			expect(forbidden).toEqual([]);
			expect(read(app, NOTES[0])).toContain("[[Amazon Elastic Kubernetes Service (EKS)|Amazon EKS]]");
			expect(read(app, NOTES[0])).toContain("## **References**");
		});
	});

	describe("bulk actions ask first, say how many, report, and stop at the first failure", () => {
		test("add sections to all notes: asks with the count, cancel changes nothing, confirm reports what it did", async () => {
			const before = NOTES.map((p) => read(app, p));
			await app.commands.runCommandById("aws-notes-coach:add-missing-sections-all");
			expect(lastModal().contentEl.textContent).toContain("Add the missing template sections to 5 notes?");
			expect(NOTES.map((p) => read(app, p))).toEqual(before);
			clickModalButton(/^Cancel$/);
			await quiet(app);
			expect(openModals.length).toBe(0);
			expect(NOTES.map((p) => read(app, p))).toEqual(before);
			await app.commands.runCommandById("aws-notes-coach:add-missing-sections-all");
			clickModalButton(/^Add sections to 5 notes$/);
			await quiet(app);
			expect(Notice.messages).toContain("Added missing sections to 5 notes.");
			NOTES.forEach((p, i) => expect(read(app, p)).not.toBe(before[i]));
		});

		test.each(["before-callback", "after-callback"] as const)(
			"add sections to all notes: when the 3rd write fails (%s), notes 1–2 are changed, 3–5 are untouched, and the notice says so",
			async (mode) => {
				const before = new Map(NOTES.map((p) => [p, read(app, p)]));
				const calls = failProcessOnCall(app, 3, mode);
				await app.commands.runCommandById("aws-notes-coach:add-missing-sections-all");
				clickModalButton(/^Add sections to 5 notes$/);
				await quiet(app);
				expect(calls).toEqual(NOTES.slice(0, 3)); // stopped: no write after the failure
				expect(Notice.messages).toContain(`Stopped at ${NOTES[2]}: disk full. 2 notes were changed before it.`);
				for (const p of NOTES.slice(0, 2)) expect(read(app, p)).toContain("## **References**");
				for (const p of NOTES.slice(2)) expect(read(app, p)).toBe(before.get(p));
			},
		);

		test("create all missing service notes: asks with the count; when the 3rd create fails, 2 notes exist and the 3rd has no partial file", async () => {
			const targets = plugin.index.core.links.targets().filter((t) => t.kind === "missing").map((t) => t.target);
			expect(targets).toEqual(expect.arrayContaining(["AWS WAF", "Amazon ECR", "AWS Shield", "Amazon Macie", "Amazon Inspector"]));
			const created: string[] = [];
			const original = app.vault.create.bind(app.vault);
			app.vault.create = async (path: string, data: string) => {
				created.push(path);
				if (created.length === 3) throw new Error("disk full");
				return original(path, data);
			};
			const filesBefore = app.vault.getFiles().length;
			await app.commands.runCommandById("aws-notes-coach:create-missing-service-notes");
			expect(lastModal().contentEl.textContent).toContain("Create 5 new notes from the template? Existing files are never replaced.");
			expect(app.vault.getFiles().length).toBe(filesBefore);
			clickModalButton(/^Create 5 notes$/);
			await quiet(app);
			expect(created.length).toBe(3);
			expect(app.vault.getFiles().length).toBe(filesBefore + 2);
			expect(app.vault.getFileByPath(created[2])).toBeNull();
			expect(Notice.messages.some((m) => /^Stopped at "[^"]+": disk full\. 2 notes were created before it\.$/.test(m))).toBe(true);
		});

		test("fix links in many notes: asks with the count; when the 3rd write fails, notes 1–2 are fixed and the rest untouched", async () => {
			const before = new Map(NOTES.map((p) => [p, read(app, p)]));
			const el = await openPanel(app, "missing");
			const calls = failProcessOnCall(app, 3, "after-callback");
			el.querySelector<HTMLElement>('[data-key="amazon eks"] .anc-action-fix')!.click();
			expect(lastModal().contentEl.textContent).toContain('Point the links to "Amazon EKS" in 5 notes at Amazon Elastic Kubernetes Service (EKS)?');
			expect(calls).toEqual([]);
			clickModalButton(/^Fix links in 5 notes$/);
			await quiet(app);
			expect(calls).toEqual(NOTES.slice(0, 3));
			expect(Notice.messages).toContain(`Stopped at ${NOTES[2]}: disk full. 2 notes were changed before it.`);
			for (const p of NOTES.slice(0, 2)) expect(read(app, p)).toBe(before.get(p)!.replace("[[Amazon EKS]]", "[[Amazon Elastic Kubernetes Service (EKS)|Amazon EKS]]"));
			for (const p of NOTES.slice(2)) expect(read(app, p)).toBe(before.get(p));
		});

		test("fix links reports how many links in how many notes", async () => {
			(await openPanel(app, "missing")).querySelector<HTMLElement>('[data-key="amazon eks"] .anc-action-fix')!.click();
			clickModalButton(/^Fix links in 5 notes$/);
			await quiet(app);
			expect(Notice.messages).toContain("Fixed 5 links in 5 notes.");
		});
	});

	describe("creating a note never replaces a file", () => {
		test("a file that appeared in another letter case since the panel drew is opened, not replaced", async () => {
			const el = await openPanel(app, "missing");
			const create = el.querySelector<HTMLElement>('[data-key="amazon ecr"] .anc-action-create')!;
			expect(create).not.toBeNull();
			// Synced from another device before the click; the index has not caught up.
			await app.vault.create("AWS/Containers/amazon ecr.md", "my precious notes\n");
			create.click();
			await quiet(app);
			expect(read(app, "AWS/Containers/amazon ecr.md")).toBe("my precious notes\n");
			expect(app.vault.getFiles().filter((f) => f.path.toLowerCase() === "aws/containers/amazon ecr.md").length).toBe(1);
			expect(Notice.messages).toContain("AWS/Containers/amazon ecr.md already exists; opening it.");
			expect(app.workspace.openHistory.at(-1)?.file.path).toBe("AWS/Containers/amazon ecr.md");
		});

		test("a target whose safe file name matches an existing file in another case is not created over it", async () => {
			await app.vault.modify(app.vault.getFileByPath("AWS/Containers/Links.md")!, "## **Overview**\n- [[Amazon: ECR]]\n");
			await app.vault.create("AWS/Containers/amazon - ecr.md", "keep me\n");
			await quiet(app);
			expect(plugin.index.core.links.targets().find((t) => t.target === "Amazon: ECR")?.kind).toBe("missing");
			const el = await openPanel(app, "missing");
			el.querySelector<HTMLElement>(".anc-other .anc-group-title")?.click();
			panel(app).querySelector<HTMLElement>('[data-key="amazon: ecr"] .anc-action-create')!.click();
			await quiet(app);
			expect(read(app, "AWS/Containers/amazon - ecr.md")).toBe("keep me\n");
			expect(app.vault.getFileByPath("AWS/Containers/Amazon - ECR.md")).toBeNull();
			expect(Notice.messages).toContain("AWS/Containers/amazon - ecr.md already exists; opening it.");
		});

		test("create all: two targets that need the same file create it once, and the report says which existed", async () => {
			await app.vault.modify(app.vault.getFileByPath("AWS/Containers/Links.md")!, "## **Overview**\n- [[AWS Shield]] and [[AWS Shield?]]\n");
			await quiet(app);
			const created: string[] = [];
			const original = app.vault.create.bind(app.vault);
			app.vault.create = async (path: string, data: string) => {
				created.push(path);
				return original(path, data);
			};
			await app.commands.runCommandById("aws-notes-coach:create-missing-service-notes");
			// "AWS Shield?" cannot be a file name: it becomes "AWS Shield.md", which the target before it just created.
			clickModalButton(/^Create 3 notes$/);
			await quiet(app);
			expect(created.sort()).toEqual(["AWS/AWS WAF.md", "AWS/Containers/AWS Shield.md"]);
			expect(Notice.messages.at(-1)).toBe("Created 2 notes. 1 already existed and was left as it was: AWS/Containers/AWS Shield.md.");
		});

		test("saving a quiz never replaces a file that differs only in case", async () => {
			await app.vault.create("AWS/amazon a quiz.md", "my own quiz notes\n");
			const path = await plugin.quizFeature.saveQuiz(app.vault.getFileByPath(NOTES[0])!, { note: NOTES[0], seed: 1, questions: [], reason: null });
			expect(path).toBe("AWS/Amazon A quiz 2.md");
			expect(read(app, "AWS/amazon a quiz.md")).toBe("my own quiz notes\n");
		});
	});
});
