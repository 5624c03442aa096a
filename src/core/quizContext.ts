/**
 * What the quiz needs to know about the vault around a note: the note's own names (to mask them)
 * and the names of neighbouring notes (wrong answers that are plausible because the user studies
 * them too). Shared by the CLI and the plugin so both ask the same questions.
 */

import { basenameOf, folderOf } from "./links/resolve";
import type { NoteModel } from "./note/types";
import type { QuizContext } from "./quiz/types";

/**
 * @param awsNotePaths every AWS note of the vault (siblings are taken from the same folder first,
 *   then from the same parent folder, so a Compute note gets Compute services as wrong answers)
 */
export function buildQuizContext(path: string, note: NoteModel, awsNotePaths: Iterable<string>): QuizContext {
	const folder = folderOf(path);
	const parent = folderOf(folder);
	const same: string[] = [];
	const near: string[] = [];
	for (const p of awsNotePaths) {
		if (p === path) continue;
		const f = folderOf(p);
		if (f === folder) same.push(basenameOf(p));
		else if (parent !== "" && folderOf(f) === parent) near.push(basenameOf(p));
	}
	const linked: string[] = [];
	for (const l of note.links) if (!l.external && !l.embed && l.target !== "") linked.push(basenameOf(l.target));
	const siblings = [...new Set([...same.sort(), ...linked, ...near.sort()])];
	return { path, title: basenameOf(path), aliases: note.frontmatter?.aliases ?? [], siblings };
}
