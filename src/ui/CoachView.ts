/**
 * The plugin's sidebar panel: three tabs over the same index.
 * - "Missing notes": link targets of AWS notes that have no note (or only an alias, an empty
 *   note, or the same service under another name), services first, with create / fix / ignore.
 * - "Template": notes with template findings, vault-wide conformance, filter by rule.
 * - "Coverage": the services of the exam the user studies for and the state of their notes
 *   (`CoverageTab`).
 * The view never parses notes: it reads the index and redraws its list when the index changes.
 * Note text is always inserted as text (`setText`, `createEl({text})`), never as HTML.
 */

import { ItemView, Menu, type WorkspaceLeaf, setIcon } from "obsidian";
import type { MissingTarget, TargetKind } from "../core/links/LinkIndex";
import { linkKey } from "../core/links/resolve";
import { ALL_RULES, type RuleId } from "../core/template/spec";
import type { PanelTabId, StudyServices } from "../obsidian/services";
import { askWithModal } from "./ConfirmModal";
import { RULE_LABEL } from "./labels";
import { CoverageTab } from "./CoverageTab";
import { StudyTab } from "./StudyTab";
import { addSectionsToAll, addSectionsToFile, createAll, createNoteForTarget, fixLinks, noticeOnFailure } from "../obsidian/actions";

export const VIEW_TYPE_COACH = "aws-notes-coach-panel";

export type PanelTab = PanelTabId;

/** Rows rendered before "Show more": keeps redraws cheap on vaults with thousands of targets. */
const PAGE = 200;

/**
 * Child rows (a note's findings, a target's linking lines) rendered before "Show all": one note
 * can have thousands (a 5 MB note of repeated sections, one link on 7,000 lines), and every
 * index change redraws the list.
 */
const CHILD_PAGE = 50;

const KIND_LABEL: Record<TargetKind, string> = {
	missing: "No note",
	alias: "Alias only",
	empty: "Empty note",
	"same-service": "Other name",
};


export class CoachView extends ItemView {
	tab: PanelTab = "missing";
	private filter = "";
	private currentOnly = false;
	private sortBy: "references" | "name" = "references";
	private ruleFilter: RuleId | "all" = "all";
	private showIgnored = false;
	private otherOpen = false;
	private limit = PAGE;
	/** The user chose to see every finding although most notes use another structure. */
	private showEveryFinding = false;
	private expanded = new Set<string>();
	/** Targets and notes whose child rows are all shown (see `CHILD_PAGE`). */
	private showAll = new Set<string>();
	private listEl: HTMLElement | null = null;
	private headerEl: HTMLElement | null = null;
	private tabButtons = new Map<PanelTab, HTMLElement>();
	private coverageTab: CoverageTab;
	private studyTab: StudyTab;

	constructor(
		leaf: WorkspaceLeaf,
		private services: StudyServices,
	) {
		super(leaf);
		this.coverageTab = new CoverageTab(services, () => this.redraw());
		this.studyTab = new StudyTab(services, () => this.redraw());
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
		for (const [tab, label] of [
			["missing", "Missing notes"],
			["template", "Template"],
			["coverage", "Coverage"],
			["study", "Study"],
		] as const) {
			const b = tabs.createEl("button", { cls: "anc-tab", text: label, attr: { "data-tab": tab } });
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
				if (this.currentOnly) this.redraw();
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
		this.limit = PAGE;
		this.renderHeader();
		this.redraw();
	}

	// --- Header (kept across redraws so the filter box keeps focus) ------------------------------

	private renderHeader(): void {
		const h = this.headerEl;
		if (!h) return;
		h.empty();
		for (const [t, b] of this.tabButtons) b.toggleClass("is-active", t === this.tab);
		const counts = h.createDiv({ cls: "anc-counts" });
		counts.setAttr("data-role", "counts");
		const controls = h.createDiv({ cls: "anc-controls" });
		if (this.tab !== "study") {
			const search = controls.createEl("input", {
				cls: "anc-filter",
				attr: { type: "search", placeholder: this.tab === "missing" ? "Filter targets" : this.tab === "coverage" ? "Filter services" : "Filter notes", "aria-label": "Filter" },
			});
			search.value = this.filter;
			search.addEventListener("input", () => {
				this.filter = search.value;
				this.limit = PAGE;
				this.redraw();
			});
		}
		if (this.tab === "missing") {
			const toggle = controls.createEl("label", { cls: "anc-toggle" });
			const cb = toggle.createEl("input", { attr: { type: "checkbox" } });
			cb.checked = this.currentOnly;
			toggle.appendText("Current note only");
			cb.addEventListener("change", () => {
				this.currentOnly = cb.checked;
				this.redraw();
			});
			const sort = controls.createEl("select", { cls: "dropdown anc-sort", attr: { "aria-label": "Sort" } });
			sort.createEl("option", { text: "Most referenced", value: "references" });
			sort.createEl("option", { text: "Name", value: "name" });
			sort.value = this.sortBy;
			sort.addEventListener("change", () => {
				this.sortBy = sort.value === "name" ? "name" : "references";
				this.redraw();
			});
		} else if (this.tab === "template") {
			const rules = controls.createEl("select", { cls: "dropdown anc-rule-filter", attr: { "aria-label": "Filter by rule" } });
			rules.createEl("option", { text: "All rules", value: "all" });
			for (const r of ALL_RULES) rules.createEl("option", { text: RULE_LABEL[r], value: r });
			rules.value = this.ruleFilter;
			rules.addEventListener("change", () => {
				this.ruleFilter = rules.value === "all" ? "all" : (rules.value as RuleId);
				this.redraw();
			});
		}
		const actions = h.createDiv({ cls: "anc-actions" });
		const quiz = actions.createEl("button", { cls: "anc-quiz-button", text: "Quiz me on this note" });
		setIcon(quiz.createSpan({ cls: "anc-button-icon" }), "graduation-cap");
		quiz.addEventListener("click", () => this.services.startQuiz(null));
		if (this.tab === "missing") {
			const all = actions.createEl("button", { cls: "anc-create-all", text: "Create all missing service notes" });
			all.addEventListener("click", () => {
				const targets = this.visibleTargets().filter((t) => t.service && t.kind === "missing");
				createAll(this.app, targets, this.services.createOptions(), askWithModal(this.app));
			});
		} else if (this.tab === "coverage") {
			this.coverageTab.renderControls(controls, actions);
		} else if (this.tab === "template") {
			const fixAll = actions.createEl("button", { cls: "anc-fix-all", text: "Add missing sections to all notes" });
			fixAll.addEventListener("click", () => {
				addSectionsToAll(this.app, this.services.index, this.services.templateSpec(), askWithModal(this.app));
			});
		}
	}

	// --- List -----------------------------------------------------------------------------------

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
		if (this.tab === "missing") this.drawMissing(list);
		else if (this.tab === "coverage") this.coverageTab.draw(list, this.countsEl(), this.filter);
		else if (this.tab === "study") this.studyTab.draw(list, this.countsEl());
		else this.drawTemplate(list);
	}

	private countsEl(): HTMLElement | null {
		return this.headerEl?.querySelector<HTMLElement>("[data-role=counts]") ?? null;
	}

	/** Targets after ignore, current-note and text filters, sorted. */
	private visibleTargets(all: MissingTarget[] = this.services.index.core.links.targets()): MissingTarget[] {
		const settings = this.services.settings();
		const ignored = new Set(settings.ignoredTargets);
		let targets = all.filter((t) => !ignored.has(t.key));
		if (this.currentOnly) {
			const active = this.app.workspace.getActiveFile();
			targets = active ? targets.filter((t) => t.references.some((r) => r.path === active.path)) : [];
		}
		const q = this.filter.trim().toLowerCase();
		if (q) targets = targets.filter((t) => t.target.toLowerCase().includes(q) || (t.note ?? "").toLowerCase().includes(q));
		if (this.sortBy === "name") targets = [...targets].sort((a, b) => a.target.localeCompare(b.target));
		return targets;
	}

	private drawMissing(list: HTMLElement): void {
		const settings = this.services.settings();
		const all = this.services.index.core.links.targets();
		const visible = this.visibleTargets(all);
		const counts = this.countsEl();
		if (counts) {
			const missing = all.filter((t) => t.kind === "missing").length;
			counts.setText(
				`${all.length} link target${all.length === 1 ? "" : "s"} to look at: ${missing} missing, ` +
					`${all.filter((t) => t.kind === "alias").length} alias only, ${all.filter((t) => t.kind === "empty").length} empty, ` +
					`${all.filter((t) => t.kind === "same-service").length} under another name`,
			);
		}
		if (visible.length === 0) {
			list.createDiv({
				cls: "anc-empty",
				text: all.length === 0 ? "Every linked note exists. Nothing left to write." : "No target matches the filter.",
			});
		}
		const services = visible.filter((t) => t.service);
		const others = visible.filter((t) => !t.service);
		let budget = this.limit;
		const servicesEl = list.createDiv({ cls: "anc-group", attr: { "data-group": "services" } });
		servicesEl.createDiv({ cls: "anc-group-title", text: `Service notes (${services.length})` });
		for (const t of services) {
			if (budget-- <= 0) break;
			this.drawTarget(servicesEl, t);
		}
		if (others.length > 0) {
			const group = list.createDiv({ cls: "anc-group anc-other", attr: { "data-group": "other" } });
			const title = group.createDiv({ cls: "anc-group-title anc-clickable", text: `Other notes (${others.length})` });
			title.setAttr("role", "button");
			title.setAttr("aria-expanded", String(this.otherOpen));
			title.addEventListener("click", () => {
				this.otherOpen = !this.otherOpen;
				this.redraw();
			});
			if (this.otherOpen) {
				for (const t of others) {
					if (budget-- <= 0) break;
					this.drawTarget(group, t);
				}
			}
		}
		if (budget < 0) {
			const more = list.createEl("button", { cls: "anc-more", text: "Show more" });
			more.addEventListener("click", () => {
				this.limit += PAGE;
				this.redraw();
			});
		}
		if (settings.ignoredTargets.length > 0) {
			const ign = list.createDiv({ cls: "anc-group anc-ignored" });
			const title = ign.createDiv({ cls: "anc-group-title anc-clickable", text: `Ignored (${settings.ignoredTargets.length})` });
			title.addEventListener("click", () => {
				this.showIgnored = !this.showIgnored;
				this.redraw();
			});
			if (this.showIgnored) {
				for (const key of settings.ignoredTargets) {
					const row = ign.createDiv({ cls: "anc-ignored-row" });
					row.createSpan({ text: key });
					const undo = row.createEl("button", { text: "Stop ignoring" });
					undo.addEventListener("click", () => void this.unignore(key));
				}
			}
		}
	}

	private drawTarget(parent: HTMLElement, t: MissingTarget): void {
		const item = parent.createDiv({ cls: "tree-item anc-target", attr: { "data-key": t.key, "data-kind": t.kind } });
		const self = item.createDiv({ cls: "tree-item-self is-clickable anc-target-self" });
		const open = this.expanded.has(t.key);
		const chevron = self.createDiv({ cls: "tree-item-icon collapse-icon" + (open ? "" : " is-collapsed") });
		setIcon(chevron, "right-triangle");
		const inner = self.createDiv({ cls: "tree-item-inner" });
		inner.createSpan({ cls: "anc-target-name", text: t.target });
		inner.createSpan({ cls: `anc-kind anc-kind-${t.kind}`, text: KIND_LABEL[t.kind] });
		if (t.note) inner.createDiv({ cls: "anc-target-note", text: (t.kind === "same-service" ? "Probably " : "Note: ") + t.note.replace(/\.md$/, "") });
		self.createDiv({ cls: "tree-item-flair-outer" }).createSpan({ cls: "tree-item-flair anc-badge", text: String(new Set(t.references.map((r) => r.path)).size) });
		self.addEventListener("click", () => {
			if (this.expanded.has(t.key)) this.expanded.delete(t.key);
			else this.expanded.add(t.key);
			this.redraw();
		});
		self.addEventListener("contextmenu", (ev) => {
			const menu = new Menu();
			menu.addItem((i) => i.setTitle("Ignore").setIcon("eye-off").onClick(() => void this.ignore(t.key)));
			menu.showAtMouseEvent(ev);
		});

		const actions = item.createDiv({ cls: "anc-target-actions" });
		// "Other name": the service already has a note; creating another would make a duplicate.
		if (t.kind === "missing") {
			const create = actions.createEl("button", { cls: "anc-action-create", text: "Create note" });
			create.addEventListener("click", () => void createNoteForTarget(this.app, t, this.services.createOptions()).catch(noticeOnFailure(`create the note for "${t.target}"`)));
		}
		if (t.kind === "empty" && t.note) {
			const note = t.note;
			const openBtn = actions.createEl("button", { cls: "anc-action-open", text: "Open note" });
			openBtn.addEventListener("click", () => void this.services.openAt(note, 1));
		}
		if ((t.kind === "alias" || t.kind === "same-service") && t.note) {
			const fix = actions.createEl("button", { cls: "anc-action-fix", text: "Fix links" });
			fix.addEventListener("click", () => fixLinks(this.app, t, this.services.index.core.links.sourcesOf(t.key), askWithModal(this.app)));
		}
		const ignore = actions.createEl("button", { cls: "anc-action-ignore", text: "Ignore" });
		ignore.addEventListener("click", () => void this.ignore(t.key));

		if (open) {
			const children = item.createDiv({ cls: "tree-item-children anc-refs" });
			for (const r of this.page(`target:${t.key}`, t.references)) {
				const row = children.createDiv({ cls: "tree-item-self is-clickable anc-ref", attr: { "data-path": r.path, "data-line": String(r.line) } });
				row.createDiv({ cls: "anc-ref-path", text: `${r.path.replace(/\.md$/, "")}:${r.line}` });
				row.createDiv({ cls: "anc-ref-text", text: r.text });
				row.addEventListener("click", () => void this.services.openAt(r.path, r.line));
			}
			this.showAllButton(`target:${t.key}`, t.references.length, children, "linking lines");
		}
	}

	/** The first `CHILD_PAGE` items, or all of them once "Show all" was clicked for `id`. */
	private page<T>(id: string, items: readonly T[]): readonly T[] {
		return this.showAll.has(id) || items.length <= CHILD_PAGE ? items : items.slice(0, CHILD_PAGE);
	}

	/** "Show all N ..." under a cut list. */
	private showAllButton(id: string, total: number, parent: HTMLElement, what: string): void {
		if (this.showAll.has(id) || total <= CHILD_PAGE) return;
		const more = parent.createEl("button", { cls: "anc-more anc-show-all", text: `Show all ${total} ${what}` });
		more.addEventListener("click", (ev) => {
			ev.stopPropagation();
			this.showAll.add(id);
			this.redraw();
		});
	}

	private async ignore(key: string): Promise<void> {
		const s = this.services.settings();
		if (!s.ignoredTargets.includes(key)) s.ignoredTargets.push(key);
		await this.services.saveSettings();
		this.redraw();
	}

	private async unignore(key: string): Promise<void> {
		const s = this.services.settings();
		s.ignoredTargets = s.ignoredTargets.filter((k) => k !== linkKey(key) && k !== key);
		await this.services.saveSettings();
		this.redraw();
	}

	private drawTemplate(list: HTMLElement): void {
		const core = this.services.index.core;
		const summary = core.summary();
		const counts = this.countsEl();
		if (counts) {
			counts.setText(
				`${summary.conforming} of ${summary.checked} note${summary.checked === 1 ? "" : "s"} follow the template · ` +
					`${summary.errors} error${summary.errors === 1 ? "" : "s"}, ${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}`,
			);
		}
		const hint = this.showEveryFinding ? null : core.structureHint();
		if (hint) {
			// Most notes use another structure: one message instead of the same findings on every note.
			const box = list.createDiv({ cls: "anc-structure-hint" });
			box.createDiv({ cls: "anc-structure-hint-text", text: hint.message });
			const buttons = box.createDiv({ cls: "anc-structure-hint-actions" });
			const use = buttons.createEl("button", { cls: "mod-cta anc-action-use-structure", text: "Use this structure" });
			use.addEventListener("click", () => void this.services.useTemplate(hint.learned.spec).catch(noticeOnFailure("use the learned template")));
			const every = buttons.createEl("button", { cls: "anc-action-show-findings", text: "Show every finding" });
			every.addEventListener("click", () => {
				this.showEveryFinding = true;
				this.redraw();
			});
			return;
		}
		const q = this.filter.trim().toLowerCase();
		let budget = this.limit;
		let shown = 0;
		for (const report of core.allReports()) {
			const findings = report.findings.filter((f) => this.ruleFilter === "all" || f.rule === this.ruleFilter);
			if (findings.length === 0) continue;
			if (q && !report.path.toLowerCase().includes(q)) continue;
			if (budget-- <= 0) break;
			shown++;
			const item = list.createDiv({ cls: "tree-item anc-report", attr: { "data-path": report.path } });
			const self = item.createDiv({ cls: "tree-item-self anc-report-self" });
			self.createDiv({ cls: "tree-item-inner anc-report-name", text: report.path.replace(/\.md$/, "") });
			self.createDiv({ cls: "tree-item-flair-outer" }).createSpan({ cls: "tree-item-flair anc-badge", text: String(findings.length) });
			if (findings.some((f) => f.rule === "missing-section")) {
				const fix = self.createEl("button", { cls: "anc-action-add-sections", text: "Add sections", attr: { "aria-label": "Add missing sections" } });
				fix.addEventListener("click", (ev) => {
					ev.stopPropagation();
					const file = this.services.index.fileAt(report.path);
					if (file) void addSectionsToFile(this.app, file, this.services.templateSpec()).catch(noticeOnFailure(`add sections to ${report.path}`));
				});
			}
			const children = item.createDiv({ cls: "tree-item-children" });
			for (const f of this.page(`report:${report.path}`, findings)) {
				const row = children.createDiv({
					cls: `tree-item-self is-clickable anc-finding anc-sev-${f.severity}`,
					attr: { "data-rule": f.rule, "data-line": String(f.line) },
				});
				row.createSpan({ cls: "anc-finding-line", text: `${f.line}` });
				row.createSpan({ cls: "anc-finding-rule", text: RULE_LABEL[f.rule] });
				row.createSpan({ cls: "anc-finding-message", text: f.message });
				row.addEventListener("click", () => void this.services.openAt(report.path, f.line));
			}
			this.showAllButton(`report:${report.path}`, findings.length, children, "findings");
		}
		if (shown === 0) {
			list.createDiv({
				cls: "anc-empty",
				text: summary.checked === 0 ? "No AWS notes found. Check the scope in settings." : "No findings to show: the notes follow the template.",
			});
		}
		if (budget < 0) {
			const more = list.createEl("button", { cls: "anc-more", text: "Show more" });
			more.addEventListener("click", () => {
				this.limit += PAGE;
				this.redraw();
			});
		}
	}
}
