/**
 * The plugin's sidebar panel: four tabs over the same index, each its own class.
 * - "Missing notes" (`MissingNotesTab`): link targets of AWS notes that have no note.
 * - "Template" (`TemplateTab`): notes with template findings, vault-wide conformance.
 * - "Coverage" (`CoverageTab`): the services of the exam the user studies for.
 * - "Study" (`StudyTab`): quiz a set of notes, reviews, progress.
 * The view only holds the tab row, the header (kept across redraws so the filter box keeps the
 * focus) and the list, and redraws the list when the index or the study data change. It never
 * parses notes.
 */

import { ItemView, type WorkspaceLeaf, setIcon } from "obsidian";
import type { PanelTabId, StudyServices } from "../obsidian/services";
import { CoverageTab } from "./CoverageTab";
import { MissingNotesTab } from "./MissingNotesTab";
import { StudyTab } from "./StudyTab";
import { TemplateTab } from "./TemplateTab";

import { VIEW_TYPE_COACH } from "../obsidian/workspace";

export { VIEW_TYPE_COACH };

export type PanelTab = PanelTabId;

/** What the view needs of a tab. */
interface TabView {
	/** Placeholder of the filter box; no filter box without it. */
	readonly filterPlaceholder?: string;
	renderControls?(controls: HTMLElement, actions: HTMLElement): void;
	draw(list: HTMLElement, counts: HTMLElement | null, filter: string): void;
	resetPaging?(): void;
}

const TAB_LABEL: Record<PanelTab, string> = {
	missing: "Missing notes",
	template: "Template",
	coverage: "Coverage",
	study: "Study",
};

export class CoachView extends ItemView {
	tab: PanelTab = "missing";
	private filter = "";
	private listEl: HTMLElement | null = null;
	private headerEl: HTMLElement | null = null;
	private tabButtons = new Map<PanelTab, HTMLElement>();
	private missingTab: MissingNotesTab;
	private tabs: Record<PanelTab, TabView>;

	constructor(
		leaf: WorkspaceLeaf,
		private services: StudyServices,
	) {
		super(leaf);
		const redraw = (): void => this.redraw();
		this.missingTab = new MissingNotesTab(this.app, services, redraw);
		this.tabs = {
			missing: this.missingTab,
			template: new TemplateTab(this.app, services, redraw),
			coverage: new CoverageTab(services, redraw),
			study: new StudyTab(services, redraw),
		};
	}

	getViewType(): string {
		return VIEW_TYPE_COACH;
	}

	getDisplayText(): string {
		return "AWS notes";
	}

	getIcon(): string {
		return "cloud";
	}

	async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("anc-panel");
		const tabs = root.createDiv({ cls: "anc-tabs" });
		for (const tab of Object.keys(TAB_LABEL) as PanelTab[]) {
			const b = tabs.createEl("button", { cls: "anc-tab", text: TAB_LABEL[tab], attr: { "data-tab": tab } });
			b.addEventListener("click", () => this.setTab(tab));
			this.tabButtons.set(tab, b);
		}
		this.headerEl = root.createDiv({ cls: "anc-header" });
		this.listEl = root.createDiv({ cls: "anc-list" });
		this.register(this.services.index.onChange(() => this.redraw()));
		this.register(
			this.services.study.onChange(() => {
				if (this.tab === "study" || this.tab === "coverage") this.redraw();
			}),
		);
		this.registerEvent(
			this.app.workspace.on("active-leaf-change", () => {
				if (this.tab === "missing" && this.missingTab.followsActiveNote()) this.redraw();
			}),
		);
		this.renderHeader();
		this.redraw();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.contentEl.empty();
		this.listEl = null;
		this.headerEl = null;
		await Promise.resolve();
	}

	setTab(tab: PanelTab): void {
		if (this.tab === tab) return;
		this.tab = tab;
		this.tabs[tab].resetPaging?.();
		this.renderHeader();
		this.redraw();
	}

	/** Counts, the filter box and the tab's own controls and actions. */
	private renderHeader(): void {
		const h = this.headerEl;
		if (!h) return;
		h.empty();
		for (const [t, b] of this.tabButtons) b.toggleClass("is-active", t === this.tab);
		const counts = h.createDiv({ cls: "anc-counts" });
		counts.setAttr("data-role", "counts");
		const controls = h.createDiv({ cls: "anc-controls" });
		const tab = this.tabs[this.tab];
		if (tab.filterPlaceholder !== undefined) {
			const search = controls.createEl("input", { cls: "anc-filter", attr: { type: "search", placeholder: tab.filterPlaceholder, "aria-label": "Filter" } });
			search.value = this.filter;
			search.addEventListener("input", () => {
				this.filter = search.value;
				tab.resetPaging?.();
				this.redraw();
			});
		}
		const actions = h.createDiv({ cls: "anc-actions" });
		const quiz = actions.createEl("button", { cls: "anc-quiz-button", text: "Quiz me on this note" });
		setIcon(quiz.createSpan({ cls: "anc-button-icon" }), "graduation-cap");
		quiz.addEventListener("click", () => this.services.startQuiz(null));
		tab.renderControls?.(controls, actions);
	}

	/** Redraw the list and counts from the index. */
	redraw(): void {
		const list = this.listEl;
		if (!list) return;
		list.empty();
		const index = this.services.index;
		if (!index.ready) {
			const p = index.progress;
			list.createDiv({ cls: "anc-empty", text: p.total > 0 ? `Indexing notes… ${p.done} of ${p.total}` : "Indexing notes…" });
			return;
		}
		const counts = this.headerEl?.querySelector<HTMLElement>("[data-role=counts]") ?? null;
		this.tabs[this.tab].draw(list, counts, this.filter);
	}
}
