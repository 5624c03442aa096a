/**
 * The template note: a note, named in settings, whose headings are the template. It overrides the
 * settings' sections while it can be read; when it cannot, a notice says so and they stay in force.
 */

import { type App, Notice, TFile, normalizePath } from "obsidian";
import { parseNote } from "../core/note/parseNote";
import { type TemplateSpec, isTemplateError, templateFromNote } from "../core/template/spec";

/**
 * Read the template note at `path` into a template (`fallback` supplies what the note leaves out),
 * or null, with a notice, when the note is missing or is no template.
 */
export async function readTemplateNote(app: App, path: string, fallback: TemplateSpec): Promise<TemplateSpec | null> {
	const file = app.vault.getAbstractFileByPath(normalizePath(path));
	if (!(file instanceof TFile)) {
		new Notice(`Template note "${path}" not found: using the sections from settings.`);
		return null;
	}
	const spec = templateFromNote(parseNote(await app.vault.cachedRead(file)), fallback);
	if (!isTemplateError(spec)) return spec;
	new Notice(`Template note "${path}": ${spec.error} Using the sections from settings.`);
	return null;
}
