/**
 * What the quiz needs to know about the vault around a note: the note's own names (to mask them)
 * and the names of neighbouring notes (wrong answers that are plausible because the user studies
 * them too). Shared by the CLI and the plugin so both ask the same questions.
 */

import { addTo } from "../collections";
import { basenameOf, folderOf } from "../links/resolve";
import type { NoteModel } from "../note/types";
import type { QuizContext } from "./types";
import { withoutEmoji } from "../emoji";
import { stripEnd } from "./text";

/**
 * At most this many same-folder notes, and as many parent-folder notes, become siblings. Wrong
 * answers need a handful of names, not the whole vault: in a 10,000-note vault kept as
 * `AWS/<Category>/...` every AWS note is in the parent folder, and each sibling costs catalog
 * look-ups in the quiz (30 rather than 60: a practice exam over 65 notes builds 15-25% faster,
 * measured paired in one sitting, and a question draws three wrong answers).
 */
export const MAX_SIBLINGS = 30;

/** At most `n` items, evenly spread over the sorted list, so that no part of the alphabet is favoured. */
function spread(items: string[], n: number): string[] {
	if (items.length <= n) return items;
	const out: string[] = [];
	for (let i = 0; i < n; i++) out.push(items[Math.floor((i * items.length) / n)]);
	return out;
}

/**
 * @param awsNotePaths every AWS note of the vault (siblings are taken from the same folder first,
 *   then from the same parent folder, so a Compute note gets Compute services as wrong answers)
 */
export function buildQuizContext(path: string, note: NoteModel, awsNotePaths: Iterable<string>): QuizContext {
	return quizContexts(awsNotePaths)(path, note);
}

/**
 * `buildQuizContext` for many notes of one vault (a quiz over a set of notes): the AWS notes are
 * grouped by folder and sorted once, so a note's context costs its own folder's notes and a binary
 * search, not a scan and a sort of the vault.
 */
export function quizContexts(awsNotePaths: Iterable<string>): (path: string, note: NoteModel) => QuizContext {
	const byFolder = new Map<string, string[]>();
	for (const p of awsNotePaths) {
		const folder = folderOf(p);
		addTo(byFolder, folder, p);
	}
	// The notes one folder below each folder, sorted: the "near" notes of the notes in those folders.
	const byParent = new Map<string, string[]>();
	for (const [folder, paths] of byFolder) {
		paths.sort();
		if (folder === "") continue;
		const parent = folderOf(folder);
		const list = byParent.get(parent);
		if (list) list.push(...paths);
		else byParent.set(parent, [...paths]);
	}
	for (const list of byParent.values()) list.sort();
	return (path, note) => {
		const folder = folderOf(path);
		const parent = folderOf(folder);
		const same = (byFolder.get(folder) ?? []).filter((p) => p !== path);
		let near: string[] = [];
		if (folder !== "" && parent !== "") {
			// The note's own folder is one contiguous run of the sorted list: leave it out.
			const list = byParent.get(parent) ?? [];
			const prefix = `${folder}/`;
			const from = lowerBound(list, prefix);
			const to = lowerBound(list, `${folder}0`); // "0" is the character after "/"
			near = spreadSkipping(list, from, to, MAX_SIBLINGS);
		}
		const linked: string[] = [];
		for (const l of note.links) if (!l.external && !l.embed && l.target !== "") linked.push(basenameOf(l.target));
		const names = (paths: string[]): string[] => spread(paths, MAX_SIBLINGS).map(basenameOf);
		const siblings = [...new Set([...names(same).sort(), ...linked, ...near.map(basenameOf).sort()])];
		return { path, title: basenameOf(path), aliases: note.frontmatter?.aliases ?? [], siblings };
	};
}

/** First index of a sorted list whose item is not less than `key`. */
function lowerBound(list: readonly string[], key: string): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid] < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** `spread` over the list without its items from..to (exclusive), without building that list. */
function spreadSkipping(list: readonly string[], from: number, to: number, n: number): string[] {
	const length = list.length - (to - from);
	const at = (i: number): string => list[i < from ? i : i + (to - from)];
	if (length <= n) return Array.from({ length }, (_, i) => at(i));
	return Array.from({ length: n }, (_, i) => at(Math.floor((i * length) / n)));
}

/** A hex id of 8 to 32 characters, letters and digits mixed, at the end of a title. */
export const NOTION_ID = /\s+(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,32}$/i;

/**
 * A note stored under a slug ("aws-transit-gateway.md", "cognito-study.md") is called by its first
 * heading ("# ☁️ AWS Transit Gateway"), or by its words when it has none: the slug would read as a
 * name in every prompt ("about aws-transit-gateway") and name no service (blind read 20). The slug
 * stays one of its names.
 */
export function readableContext(context: QuizContext, note: NoteModel): QuizContext {
	// "Amazon SQS 5f3a9c2e1b7d48a6b0c2e9f14d7a3b21": Notion's page id after an exported title (blind read 31).
	const id = NOTION_ID.exec(context.title);
	if (id !== null) return readableContext({ ...context, title: context.title.slice(0, id.index).trim(), aliases: [...(context.aliases ?? []), context.title] }, note);
	const slug = context.title.trim();
	if (!/^[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+)+$/u.test(slug)) return context;
	const heading = note.title !== null ? stripEnd(withoutEmoji(note.title.plain)).trim() : "";
	const title = heading !== "" ? heading : slug.replace(/[-_]+/g, " ");
	return { ...context, title, aliases: [...(context.aliases ?? []), slug] };
}
