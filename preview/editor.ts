/**
 * `?editor=1`: the note in a real CodeMirror editor (source mode) with the extensions the plugin
 * registered, as Obsidian runs them: the template hints show where the note departs from the template.
 * Edits stay in this editor (the preview's vault is read-only for it).
 */
import { EditorState, type Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { editorInfoField, type Plugin, type TFile } from "../tests/obsidian-double/obsidian";

let current: EditorView | null = null;

export function mountEditor(host: HTMLElement, plugin: Plugin, file: TFile, text: string): EditorView {
	current?.destroy();
	host.empty();
	const registered = (plugin as unknown as { editorExtensions: Extension[] }).editorExtensions;
	const wrap = host.createDiv({ cls: "markdown-source-view mod-cm6 pv-editor" });
	current = new EditorView({
		state: EditorState.create({ doc: text, extensions: [editorInfoField.init(() => ({ file })), EditorView.lineWrapping, registered] }),
		parent: wrap,
	});
	return current;
}

export function currentEditor(): EditorView | null {
	return current;
}
