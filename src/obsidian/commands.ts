/** Command shapes the features share. */

import type { Plugin, TFile } from "obsidian";
import { noticeOnFailure } from "./actions";
import { activeMarkdownFile } from "./workspace";

/**
 * A command on the open markdown note: offered only while one is open (`checkCallback`), and a
 * failure is shown as a notice that says what could not be done (`failure`: "start the quiz").
 */
export function addActiveNoteCommand(plugin: Plugin, id: string, name: string, run: (file: TFile) => Promise<unknown>, failure: string): void {
	plugin.addCommand({
		id,
		name,
		checkCallback: (checking) => {
			const file = activeMarkdownFile(plugin.app);
			if (!file) return false;
			if (!checking) void run(file).catch(noticeOnFailure(failure));
			return true;
		},
	});
}
