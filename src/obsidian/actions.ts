/**
 * The plugin's writes, each computed from the text at the moment of writing:
 * - the open note through its editor, as one transaction (one undo step);
 * - any other note through `Vault.process` (atomic read-modify-write);
 * - new notes through `Vault.create`, never over an existing file.
 * Bulk actions ask first, say how many files they touch, stop at the first failure and report.
 */

import { type App, MarkdownView, Notice, TFile, normalizePath } from "obsidian";
import { addMissingSections, type InsertEdit } from "../core/template/addMissingSections";
import { bulkFixPlan, unlikeSentence } from "../core/template/bulkFix";
import type { TemplateSpec } from "../core/template/spec";
import { parseNote } from "../core/note/parseNote";
import { linktextProblem, newNoteContent, rewriteLinks, safeFileName } from "../core/links/edits";
import { folderOf } from "../core/links/resolve";
import type { MissingTarget } from "../core/links/LinkIndex";
import type { VaultIndex } from "./VaultIndex";

/** What a bulk action asks before it runs (shown by the UI's confirm modal). */
export interface ConfirmOptions {
	title: string;
	message: string;
	/** Label of the confirm button; says what will happen and to how many notes. */
	confirm: string;
	onConfirm: () => void | Promise<void>;
}

/** Asks the user to confirm; the UI passes one in, so that actions never depend on the UI. */
export type Ask = (options: ConfirmOptions) => void;

/** The open editor for a file, if the file is shown in a markdown view. */
function editorFor(app: App, file: TFile) {
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	return view && view.file?.path === file.path ? view.editor : null;
}

/**
 * Obsidian decodes bytes that are not valid UTF-8 as U+FFFD: saving such a note would write
 * U+FFFD over the original bytes for good, so the plugin leaves it alone (as `check --fix` does).
 * A note that really contains U+FFFD is left alone too: the text cannot tell the two apart.
 */
export function hasUnreadableText(text: string): boolean {
	return text.includes("\uFFFD");
}

/** Thrown by `addSectionsToFile` for a note that `hasUnreadableText`; nothing was written. */
export class UnreadableNoteError extends Error {
	constructor(readonly path: string) {
		super("the note has unreadable characters (not valid UTF-8), and saving it would replace them for good");
		this.name = "UnreadableNoteError";
	}
}

/**
 * Add the template's missing sections to one note; returns the names added. Throws
 * `UnreadableNoteError`, without writing, when the note has unreadable characters.
 */
export async function addSectionsToFile(app: App, file: TFile, spec: TemplateSpec): Promise<string[]> {
	const editor = editorFor(app, file);
	if (editor) {
		const text = editor.getValue();
		if (hasUnreadableText(text)) throw new UnreadableNoteError(file.path);
		const fix = addMissingSections(text, parseNote(text), spec);
		if (fix.edits.length === 0) return [];
		editor.transaction({
			changes: fix.edits.map((e: InsertEdit) => {
				const pos = editor.offsetToPos(e.offset);
				return { from: pos, to: pos, text: e.text };
			}),
		});
		return fix.added;
	}
	let added: string[] = [];
	await app.vault.process(file, (text) => {
		// Checked on the text being written: throwing here makes `process` write nothing.
		if (hasUnreadableText(text)) throw new UnreadableNoteError(file.path);
		const fix = addMissingSections(text, parseNote(text), spec);
		added = fix.added;
		return fix.text;
	});
	return added;
}

/**
 * Ask, then add missing sections to every given note; skips notes with unreadable characters
 * (see `hasUnreadableText`) and says how many, stops at the first other failure.
 */
/**
 * "Add missing sections to all notes" (command and panel): every AWS note that misses a section
 * and shares at least two sections with the template (see `bulkFixPlan`), after asking; the others
 * are left alone and the notice says which.
 */
export function addSectionsToAll(app: App, index: VaultIndex, spec: TemplateSpec, ask: Ask, done?: (changed: number) => void): void {
	const plan = bulkFixPlan(index.core.allReports(), spec, (p) => index.core.sectionHeadingsOf(p));
	const files = plan.fix.map((p) => index.fileAt(p)).filter((f): f is TFile => f !== null);
	if (files.length === 0) {
		new Notice(`${plan.unlike.length === 0 ? "Every AWS note has all template sections." : "No note to add sections to."}${unlikeSentence(plan.unlike)}`);
		return;
	}
	const n = files.length;
	const unlike = plan.unlike.length;
	ask({
		title: "Add missing template sections",
		message:
			`Add the missing template sections to ${n} note${n === 1 ? "" : "s"}? Only new headings are inserted; nothing else in the notes changes.` +
			(unlike > 0 ? ` ${unlike} note${unlike === 1 ? " uses" : "s use"} another structure (fewer than two template sections) and ${unlike === 1 ? "is" : "are"} left alone.` : ""),
		confirm: `Add sections to ${n} note${n === 1 ? "" : "s"}`,
		onConfirm: async () => {
			let changed = 0;
			const skipped: string[] = [];
			for (const file of files) {
				try {
					const added = await addSectionsToFile(app, file, spec);
					if (added.length > 0) changed++;
				} catch (e) {
					if (e instanceof UnreadableNoteError) {
						skipped.push(file.path);
						continue;
					}
					new Notice(`Stopped at ${file.path}: ${(e as Error).message}. ${changed} note${changed === 1 ? " was" : "s were"} changed before it.${skippedSentence(skipped)}`);
					done?.(changed);
					return;
				}
			}
			new Notice(`Added missing sections to ${changed} note${changed === 1 ? "" : "s"}.${skippedSentence(skipped)}${unlikeSentence(plan.unlike)}`);
			done?.(changed);
		},
	});
}

/** " Skipped 2 notes with unreadable characters (not valid UTF-8): a.md, b.md." or "". */
function skippedSentence(paths: readonly string[]): string {
	const n = paths.length;
	return n === 0 ? "" : ` Skipped ${n} note${n === 1 ? "" : "s"} with unreadable characters (not valid UTF-8): ${paths.join(", ")}.`;
}

/** A path as case-insensitive, normalisation-insensitive file systems (macOS, Windows) compare it. */
function pathKey(path: string): string {
	return path.normalize("NFC").toLowerCase();
}

/**
 * Find a file at a path, ignoring case and Unicode normalisation: on macOS and Windows,
 * `Amazon ECR.md` is the file `amazon ecr.md`, and `Café` typed on one system is `Cafe\u0301`
 * saved on another, so creating it would write over that file.
 */
function existingFileLike(app: App, path: string): TFile | null {
	const exact = app.vault.getAbstractFileByPath(path);
	if (exact instanceof TFile) return exact;
	const key = pathKey(path);
	return app.vault.getFiles().find((f) => pathKey(f.path) === key) ?? null;
}

/** A rejected action as a notice, for buttons and commands that start one without awaiting it. */
export function noticeOnFailure(what: string): (e: unknown) => void {
	return (e: unknown) => {
		const reason = e instanceof Error ? e.message : String(e);
		new Notice(`Could not ${what}: ${reason}${/[.!?]$/.test(reason) ? "" : "."}`);
	};
}

export interface CreateOptions {
	spec: TemplateSpec;
	templateNotePath: string;
	/** "" = the folder of the note that links to the target most. */
	folder: string;
}

/** The folder a new note for this target goes to. */
export function folderForTarget(target: MissingTarget, folderSetting: string): string {
	if (folderSetting.trim() !== "") return normalizePath(folderSetting);
	const counts = new Map<string, number>();
	for (const r of target.references) counts.set(folderOf(r.path), (counts.get(folderOf(r.path)) ?? 0) + 1);
	let best = "";
	let max = -1;
	for (const [f, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
		if (c > max) {
			best = f;
			max = c;
		}
	}
	return best;
}

/**
 * Create the note for a missing target and open it. Never replaces a file: if one exists at
 * that path (in any letter case or Unicode normalisation) it is opened instead.
 */
export async function createNoteForTarget(app: App, target: MissingTarget, options: CreateOptions, open = true): Promise<TFile | null> {
	return (await createOrFind(app, target, options, open)).file;
}

/** `createNoteForTarget`, telling whether the note was created or already existed. */
function createOrFind(app: App, target: MissingTarget, options: CreateOptions, open: boolean): Promise<{ file: TFile; created: boolean }> {
	return createNamed(app, newNoteFor(target, options), options, open);
}

/** A note to create: its name (as linked or as the catalog writes it) and its folder. */
export interface NewNote {
	/** The file name, without folder and extension. */
	name: string;
	folder: string;
	/** The name the note's content is made for (a link target may carry a folder); `name` by default. */
	title?: string;
}

function newNoteFor(target: MissingTarget, options: CreateOptions): NewNote {
	return { name: target.target.split("/").pop() ?? target.target, folder: folderForTarget(target, options.folder), title: target.target };
}

/**
 * Create a note from the template (with aliases derived from its name) in a folder, or find the file
 * already at that path (in any letter case or Unicode normalisation), which is never replaced.
 */
async function createNamed(app: App, note: NewNote, options: CreateOptions, open: boolean): Promise<{ file: TFile; created: boolean }> {
	const { name, changed } = safeFileName(note.name);
	const folder = note.folder === "" ? "" : normalizePath(note.folder);
	const path = normalizePath(folder ? `${folder}/${name}.md` : `${name}.md`);
	const existing = existingFileLike(app, path);
	if (existing) {
		if (open) {
			new Notice(`${existing.path} already exists; opening it.`);
			await app.workspace.getLeaf(false).openFile(existing);
		}
		return { file: existing, created: false };
	}
	let templateText: string | null = null;
	if (options.templateNotePath) {
		const t = app.vault.getAbstractFileByPath(normalizePath(options.templateNotePath));
		if (t instanceof TFile) templateText = await app.vault.cachedRead(t);
	}
	const title = note.title ?? note.name;
	const content = newNoteContent(title, { spec: options.spec, templateText, fileName: name });
	if (folder && !app.vault.getAbstractFileByPath(folder)) await app.vault.createFolder(folder);
	const file = await app.vault.create(path, content);
	if (changed) new Notice(`"${title}" cannot be a file name as is: created "${name}.md" with the original name as an alias.`);
	if (open) await app.workspace.getLeaf(false).openFile(file);
	return { file, created: true };
}

/** Create one note (for a service of the exam coverage) and open it; an existing file is opened instead. */
export async function createNote(app: App, note: NewNote, options: CreateOptions): Promise<TFile> {
	return (await createNamed(app, note, options, true)).file;
}

/** Ask, then create notes for every given target (used for "Create all missing service notes"). */
export function createAll(app: App, targets: MissingTarget[], options: CreateOptions, ask: Ask, done?: (created: number) => void): void {
	const notes = targets.map((t) => newNoteFor(t, options));
	createMany(app, notes, options, ask, { title: "Create missing service notes", none: "No missing service notes to create." }, done);
}

/**
 * Ask (saying how many), then create every note; existing files are left as they are and named in
 * the closing notice. Stops at the first failure and says how many were created before it.
 */
export function createMany(app: App, notes: NewNote[], options: CreateOptions, ask: Ask, text: { title: string; none: string }, done?: (created: number) => void): void {
	const n = notes.length;
	if (n === 0) {
		new Notice(text.none);
		return;
	}
	ask({
		title: text.title,
		message: `Create ${n} new note${n === 1 ? "" : "s"} from the template? Existing files are never replaced.`,
		confirm: `Create ${n} note${n === 1 ? "" : "s"}`,
		onConfirm: async () => {
			let created = 0;
			const existed: string[] = [];
			for (const note of notes) {
				try {
					const r = await createNamed(app, note, options, false);
					if (r.created) created++;
					else existed.push(r.file.path);
				} catch (e) {
					new Notice(`Stopped at "${note.title ?? note.name}": ${(e as Error).message}. ${created} note${created === 1 ? " was" : "s were"} created before it.`);
					done?.(created);
					return;
				}
			}
			const kept = existed.length === 0 ? "" : ` ${existed.length} already existed and ${existed.length === 1 ? "was" : "were"} left as ${existed.length === 1 ? "it was" : "they were"}: ${existed.join(", ")}.`;
			new Notice(`Created ${created} note${created === 1 ? "" : "s"}.${kept}`);
			done?.(created);
		},
	});
}

/**
 * "Fix links": point every link to an alias or another name of a service at the real note,
 * keeping the text the reader sees. Asks first when more than one note changes.
 */
export function fixLinks(app: App, target: MissingTarget, sources: string[], ask: Ask, done?: (changed: number) => void): void {
	if (!target.note) return;
	const dest = app.vault.getAbstractFileByPath(target.note);
	if (!(dest instanceof TFile)) {
		new Notice(`${target.note} no longer exists.`);
		return;
	}
	// Said before asking: every link would have to contain the note's name.
	const problem = linktextProblem(dest.basename);
	if (problem !== null) {
		new Notice(`Could not fix links: ${problem}. Rename the note to fix them.`);
		return;
	}
	const run = async () => {
		let changed = 0;
		let links = 0;
		let kept = 0;
		for (const path of sources) {
			const file = app.vault.getAbstractFileByPath(path);
			if (!(file instanceof TFile)) continue;
			try {
				const linktext = app.metadataCache.fileToLinktext(dest, file.path, true);
				let count = 0;
				await app.vault.process(file, (text) => {
					const r = rewriteLinks(text, target.key, linktext);
					// A folder in the link text can have a backtick too; throwing here writes nothing.
					if (r.refused !== null) throw new Error(r.refused);
					count = r.count;
					kept += r.kept;
					return r.text;
				});
				if (count > 0) {
					changed++;
					links += count;
				}
			} catch (e) {
				new Notice(`Stopped at ${path}: ${(e as Error).message}. ${changed} note${changed === 1 ? " was" : "s were"} changed before it.`);
				done?.(changed);
				return;
			}
		}
		const left = kept === 0 ? "" : ` Left ${kept} link${kept === 1 ? "" : "s"} as ${kept === 1 ? "it was" : "they were"}: fixing ${kept === 1 ? "it" : "them"} would move backticks in ${kept === 1 ? "its" : "their"} text.`;
		new Notice(`Fixed ${links} link${links === 1 ? "" : "s"} in ${changed} note${changed === 1 ? "" : "s"}.${left}`);
		done?.(changed);
	};
	if (sources.length <= 1) {
		void run();
		return;
	}
	ask({
		title: "Fix links",
		message: `Point the links to "${target.target}" in ${sources.length} notes at ${dest.basename}? The text readers see stays the same.`,
		confirm: `Fix links in ${sources.length} notes`,
		onConfirm: run,
	});
}
