/**
 * What the quiz needs to know about the vault around a note: the note's own names (to mask them)
 * and the names of neighbouring notes (wrong answers that are plausible because the user studies
 * them too). Shared by the CLI and the plugin so both ask the same questions.
 */

import { basenameOf, folderOf } from "../links/resolve";
import type { NoteModel } from "../note/types";
import type { QuizContext } from "./types";

/**
 * At most this many same-folder notes, and as many parent-folder notes, become siblings. Wrong
 * answers need a handful of names, not the whole vault: in a 10,000-note vault kept as
 * `AWS/<Category>/...` every AWS note is in the parent folder, and each sibling costs catalog
 * look-ups in the quiz.
 */
export const MAX_SIBLINGS = 60;

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
	const folder = folderOf(path);
	const parent = folderOf(folder);
	const folderPrefix = folder === "" ? "" : `${folder}/`;
	const parentPrefix = `${parent}/`;
	const same: string[] = [];
	const near: string[] = [];
	// Paths, not names, are collected (no string is built per vault note); names only for the picks.
	for (const p of awsNotePaths) {
		if (p === path) continue;
		const slash = p.lastIndexOf("/");
		if (slash === folderPrefix.length - 1 && p.startsWith(folderPrefix)) same.push(p);
		else if (parent !== "" && p.startsWith(parentPrefix) && slash > parentPrefix.length && p.lastIndexOf("/", slash - 1) === parentPrefix.length - 1) near.push(p);
	}
	const names = (paths: string[]): string[] => spread(paths.sort(), MAX_SIBLINGS).map(basenameOf);
	const linked: string[] = [];
	for (const l of note.links) if (!l.external && !l.embed && l.target !== "") linked.push(basenameOf(l.target));
	const siblings = [...new Set([...names(same).sort(), ...linked, ...names(near).sort()])];
	return { path, title: basenameOf(path), aliases: note.frontmatter?.aliases ?? [], siblings };
}
