/**
 * `editorInfoField`: the CodeMirror state field through which Obsidian tells an editor extension
 * which file the editor shows. In the double, tests set it when they build an `EditorState`:
 * `editorInfoField.init(() => ({ file }))` (only `file` is read by the plugin).
 */
import { StateField } from "@codemirror/state";
import type { MarkdownFileInfo } from "./views";

export const editorInfoField = StateField.define<Pick<MarkdownFileInfo, "file">>({
	create: () => ({ file: null }),
	update: (value) => value,
});
