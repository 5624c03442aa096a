/**
 * The missing-notes panel's command: "Create all missing service notes" (the panel's own buttons
 * create, fix and ignore one target), plus "Open AWS notes panel" and "Show exam coverage".
 */

import { createAll } from "../actions";
import { revealPanel } from "../workspace";
import { Feature } from "./Feature";

export class MissingNotesFeature extends Feature {
	load(): void {
		const { plugin, services } = this;
		plugin.addCommand({ id: "open-panel", name: "Open AWS notes panel", callback: () => void revealPanel(services.app, "missing") });
		plugin.addCommand({
			id: "create-missing-service-notes",
			name: "Create all missing service notes",
			callback: () => {
				const ignored = new Set(services.settings().ignoredTargets);
				const targets = services.index.core.links.targets().filter((t) => t.service && t.kind === "missing" && !ignored.has(t.key));
				createAll(services.app, targets, services.createOptions(), this.ask);
			},
		});
		plugin.addCommand({ id: "show-exam-coverage", name: "Show exam coverage", callback: () => void revealPanel(services.app, "coverage") });
	}
}
