/** What the panel's list tabs share: the app, the services, a redraw of the panel, and paging. */

import type { App } from "obsidian";
import type { CoachServices } from "../obsidian/services";
import { Paging } from "./paging";

export abstract class PagedTab {
	protected readonly paging: Paging;

	constructor(
		protected readonly app: App,
		protected readonly services: CoachServices,
		protected readonly redraw: () => void,
	) {
		this.paging = new Paging(redraw);
	}

	/** Back to the first page (the filter or the tab changed). */
	resetPaging(): void {
		this.paging.reset();
	}
}
