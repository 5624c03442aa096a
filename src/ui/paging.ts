/**
 * Paging of the panel's long lists: rows rendered before "Show more" (redraws stay cheap on vaults
 * with thousands of targets), and child rows before "Show all" (one note can have thousands of
 * findings, one target thousands of linking lines).
 */

/** Rows rendered before "Show more". */
export const PAGE = 200;

/** Child rows (a note's findings, a target's linking lines) rendered before "Show all". */
export const CHILD_PAGE = 50;

export class Paging {
	/** Rows to render. */
	limit = PAGE;
	/** Targets and notes whose child rows are all shown. */
	private showAll = new Set<string>();

	constructor(private redraw: () => void) {}

	/** Back to the first page (the filter or the tab changed). */
	reset(): void {
		this.limit = PAGE;
	}

	/** The first `CHILD_PAGE` items, or all of them once "Show all" was clicked for `id`. */
	page<T>(id: string, items: readonly T[]): readonly T[] {
		return this.showAll.has(id) || items.length <= CHILD_PAGE ? items : items.slice(0, CHILD_PAGE);
	}

	/** "Show all N ..." under a cut list. */
	showAllButton(id: string, total: number, parent: HTMLElement, what: string): void {
		if (this.showAll.has(id) || total <= CHILD_PAGE) return;
		const more = parent.createEl("button", { cls: "anc-more anc-show-all", text: `Show all ${total} ${what}` });
		more.addEventListener("click", (ev) => {
			ev.stopPropagation();
			this.showAll.add(id);
			this.redraw();
		});
	}

	/** "Show more" under a list cut at `limit`. */
	moreButton(list: HTMLElement): void {
		const more = list.createEl("button", { cls: "anc-more", text: "Show more" });
		more.addEventListener("click", () => {
			this.limit += PAGE;
			this.redraw();
		});
	}
}
