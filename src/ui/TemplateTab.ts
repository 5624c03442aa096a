/**
 * The panel's *Template* tab: how many AWS notes follow the template, each note with its findings
 * (filter by rule, click to open at the line), *Add sections* per note or for all notes, and one
 * message instead of every finding when most notes use another structure.
 */

import { ALL_RULES, type RuleId } from "../core/template/spec";
import { noAwsNotesReason } from "../core/scope";
import { addSectionsToAll, addSectionsToFile, noticeOnFailure } from "../obsidian/actions";
import { askWithModal } from "./ConfirmModal";
import { RULE_LABEL } from "./labels";
import { PagedTab } from "./PagedTab";

export class TemplateTab extends PagedTab {
	readonly filterPlaceholder = "Filter notes";
	private ruleFilter: RuleId | "all" = "all";
	/** The user chose to see every finding although most notes use another structure. */
	private showEveryFinding = false;

	renderControls(controls: HTMLElement, actions: HTMLElement): void {
		const rules = controls.createEl("select", { cls: "dropdown anc-rule-filter", attr: { "aria-label": "Filter by rule" } });
		rules.createEl("option", { text: "All rules", value: "all" });
		for (const r of ALL_RULES) rules.createEl("option", { text: RULE_LABEL[r], value: r });
		rules.value = this.ruleFilter;
		rules.addEventListener("change", () => {
			this.ruleFilter = rules.value === "all" ? "all" : (rules.value as RuleId);
			this.redraw();
		});
		const fixAll = actions.createEl("button", { cls: "anc-fix-all", text: "Add missing sections to all notes" });
		fixAll.addEventListener("click", () => {
			addSectionsToAll(this.app, this.services.index, this.services.templateSpec(), askWithModal(this.app));
		});
	}

	draw(list: HTMLElement, counts: HTMLElement | null, filter: string): void {
		const core = this.services.index.core;
		const summary = core.summary();
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
		const q = filter.trim().toLowerCase();
		let budget = this.paging.limit;
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
			for (const f of this.paging.page(`report:${report.path}`, findings)) {
				const row = children.createDiv({
					cls: `tree-item-self is-clickable anc-finding anc-sev-${f.severity}`,
					attr: { "data-rule": f.rule, "data-line": String(f.line) },
				});
				row.createSpan({ cls: "anc-finding-line", text: `${f.line}` });
				row.createSpan({ cls: "anc-finding-rule", text: RULE_LABEL[f.rule] });
				row.createSpan({ cls: "anc-finding-message", text: f.message });
				row.addEventListener("click", () => void this.services.openAt(report.path, f.line));
			}
			this.paging.showAllButton(`report:${report.path}`, findings.length, children, "findings");
		}
		if (shown === 0) {
			list.createDiv({
				cls: "anc-empty",
				text: summary.checked === 0 ? `No AWS notes found: ${noAwsNotesReason(this.services.index.core.scopeSettings())} The scope is in settings.` : "No findings to show: the notes follow the template.",
			});
		}
		if (budget < 0) this.paging.moreButton(list);
	}
}
