/** What the panel-backed features share: the plugin to register on, the services, and a way to ask the user. */

import type { Plugin } from "obsidian";
import type { Ask } from "../actions";
import type { CoachServices } from "../services";

export abstract class Feature {
	constructor(
		protected readonly plugin: Plugin,
		protected readonly services: CoachServices,
		protected readonly ask: Ask,
	) {}

	/** Register commands, views and events; all are released when the plugin unloads. */
	abstract load(): void;

	/** Drop references held beyond what the plugin releases. */
	unload(): void {}
}
