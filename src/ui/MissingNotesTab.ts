/**
 * The panel's *Missing notes* tab: link targets of AWS notes that have no note (or only an alias,
 * an empty note, or the same service under another name), services first, with create / fix /
 * ignore. Note text is inserted as text, never as HTML.
 */

import { Menu, setIcon } from "obsidian";
import type { MissingTarget, TargetKind } from "../core/links/LinkIndex";
import { linkKey } from "../core/links/resolve";
import { createAll, createNoteForTarget, fixLinks, noticeOnFailure } from "../obsidian/actions";
import { askWithModal } from "./ConfirmModal";
import { PagedTab } from "./PagedTab";
import { picker } from "./picker";

const KIND_LABEL: Record<TargetKind, string> = {
	missing: "No note",
	alias: "Alias only",
	empty: "Empty note",
	"same-service": "Other name",
};

export class MissingNotesTab extends PagedTab {
	readonly filterPlaceholder = "Filter targets";
	private filter = "";
	private currentOnly = false;
	private sortBy: "references" | "name" = "references";
	private showIgnored = false;
	private otherOpen = false;
	private expanded = new Set<string>();

	/** The list depends on the active note ("Current note only"). */
	followsActiveNote(): boolean {
		return this.currentOnly;
	}

	renderControls(controls: HTMLElement, actions: HTMLElement): void {
		const toggle = controls.createEl("label", { cls: "anc-toggle" });
		const cb = toggle.createEl("input", { attr: { type: "checkbox" } });
		cb.checked = this.currentOnly;
		toggle.appendText("Current note only");
		cb.addEventListener("change", () => {
			this.currentOnly = cb.checked;
			this.redraw();
		});
		picker(controls, { cls: "anc-sort", label: "Sort" }, [["references", "Most referenced"], ["name", "Name"]] as const, this.sortBy, (v) => (this.sortBy = v), this.redraw);
		const all = actions.createEl("button", { cls: "anc-create-all", text: "Create all missing service notes" });
		all.addEventListener("click", () => {
			const targets = this.visibleTargets().filter((t) => t.service && t.kind === "missing");
			createAll(this.app, targets, this.services.createOptions(), askWithModal(this.app));
		});
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

	draw(list: HTMLElement, counts: HTMLElement | null, filter: string): void {
		this.filter = filter;
		const settings = this.services.settings();
		const all = this.services.index.core.links.targets();
		const visible = this.visibleTargets(all);
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
		let budget = this.paging.limit;
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
		if (budget < 0) this.paging.moreButton(list);
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
			for (const r of this.paging.page(`target:${t.key}`, t.references)) {
				const row = children.createDiv({ cls: "tree-item-self is-clickable anc-ref", attr: { "data-path": r.path, "data-line": String(r.line) } });
				row.createDiv({ cls: "anc-ref-path", text: `${r.path.replace(/\.md$/, "")}:${r.line}` });
				row.createDiv({ cls: "anc-ref-text", text: r.text });
				row.addEventListener("click", () => void this.services.openAt(r.path, r.line));
			}
			this.paging.showAllButton(`target:${t.key}`, t.references.length, children, "linking lines");
		}
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
}
