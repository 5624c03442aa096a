import { type App, type Plugin, PluginSettingTab, Setting, type SliderComponent } from "obsidian";
import { EXAMS } from "../core/exams";
import { RULE_LABEL } from "./labels";
import { describeScopeReason } from "../core/scope";
import { describeTemplate } from "../core/template/learn";
import { ALL_RULES } from "../core/template/spec";
import { ALL_QUESTION_KINDS, defaultSettings, normalizeNoteFolder } from "../settings";
import type { SettingsHost } from "../obsidian/settingsHost";

const FOLDER_DESC = "Leave empty to create each note in the folder of the note that links to it most.";


const KIND_NAMES: Record<string, string> = {
	"which-service": "Which service",
	"fill-blank": "Fill in the blank",
	"select-all": "Select all that apply",
	comparison: "Comparisons",
	scenario: "Scenarios",
	"linked-service": "Linked services",
	"true-false": "True or false",
};

const list = (v: string[]) => v.join(", ");
const parseList = (v: string) =>
	v
		.split(",")
		.map((s) => s.trim())
		.filter(Boolean);

export class CoachSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private host: SettingsHost,
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const s = this.host.settings;
		const save = async (reindex: boolean) => {
			await this.host.saveSettings();
			if (reindex) this.host.settingsChanged();
		};

		/** A whole-number slider from `min` to `max`, saved on change. */
		const slider = (sl: SliderComponent, min: number, max: number, value: number, set: (v: number) => void) =>
			sl
				.setLimits(min, max, 1)
				.setValue(value)
				.setDynamicTooltip()
				.onChange(async (v) => {
					set(v);
					await save(false);
				});

		new Setting(containerEl).setName("Which notes are AWS notes").setHeading();
		/** A comma-separated list of the scope, written back on change (the notes are indexed again). */
		const scopeList = (name: string, desc: string, read: () => string[], write: (items: string[]) => void) =>
			new Setting(containerEl)
				.setName(name)
				.setDesc(desc)
				.addText((t) =>
					t.setValue(list(read())).onChange(async (v) => {
						write(parseList(v));
						await save(true);
					}),
				);
		scopeList(
			"Folders",
			"Notes in a folder with one of these names, at any depth, are AWS notes. Comma separated; a path with / (or a leading /, as in /AWS) matches from the vault root only.",
			() => s.scope.includeFolders,
			(v) => (s.scope.includeFolders = v),
		);
		scopeList("Excluded folders", "Notes here are never AWS notes, even with a matching tag or name.", () => s.scope.excludeFolders, (v) => (s.scope.excludeFolders = v));
		scopeList("Tags", "Notes with one of these tags are AWS notes.", () => s.scope.tags, (v) => (s.scope.tags = v));
		// Prefixes are kept with their trailing space ("AWS " does not match "AWSome").
		scopeList(
			"Name prefixes",
			"Notes whose name or alias starts with one of these are AWS notes.",
			() => s.scope.namePrefixes.map((p) => p.trim()),
			(v) => (s.scope.namePrefixes = v.map((p) => p + " ")),
		);
		new Setting(containerEl)
			.setName("Notes named after a service")
			.setDesc('Notes whose name or alias is an AWS service name ("Lambda", "SQS", "Elastic File System") are AWS notes. README, index and hub notes (mostly links to other notes) never are.')
			.addToggle((t) =>
				t.setValue(s.scope.serviceNames !== false).onChange(async (on) => {
					s.scope.serviceNames = on;
					await save(true);
				}),
			);
		this.scopeSummary(containerEl);

		new Setting(containerEl).setName("Template").setHeading();
		new Setting(containerEl)
			.setName("Template note")
			.setDesc("Optional. A note whose headings define the sections, in order. Leave empty to use the sections below.")
			.addText((t) =>
				t
					.setPlaceholder("Templates/AWS service.md")
					.setValue(s.templateNotePath)
					.onChange(async (v) => {
						s.templateNotePath = v.trim();
						await save(true);
					}),
			);
		const learn = new Setting(containerEl)
			.setName("Learn template from my notes")
			.setDesc("Find the sections most of your AWS notes share, in their usual order, and preview how many notes follow them.");
		learn.addButton((b) =>
			b.setButtonText("Learn").onClick(() => {
				const learned = this.host.learnTemplate();
				learn.descEl.empty();
				if (!learned) {
					learn.setDesc("No structure is shared by half of your AWS notes: keep the sections below.");
					return;
				}
				learn.setDesc(`${describeTemplate(learned.spec)}: ${learned.following} of ${learned.total} AWS notes have all of these sections.`);
				learn.addButton((use) =>
					use
						.setButtonText("Use it")
						.setCta()
						.onClick(async () => {
							await this.host.useTemplate(learned.spec);
							this.display();
						}),
				);
			}),
		);
		s.sections.forEach((section, i) => {
			new Setting(containerEl)
				.setName(`Section ${i + 1}`)
				.setDesc("Name, then other headings that count as this section (comma separated).")
				.addText((t) =>
					t.setValue(section.name).onChange(async (v) => {
						if (v.trim() === "") return;
						section.name = v.trim();
						await save(true);
					}),
				)
				.addText((t) =>
					t
						.setPlaceholder("Synonyms")
						.setValue(list(section.synonyms))
						.onChange(async (v) => {
							section.synonyms = parseList(v);
							await save(true);
						}),
				)
				.addToggle((t) =>
					t
						.setTooltip("Required")
						.setValue(section.required)
						.onChange(async (v) => {
							section.required = v;
							await save(true);
						}),
				)
				.addExtraButton((b) =>
					b
						.setIcon("arrow-up")
						.setTooltip("Move up")
						.setDisabled(i === 0)
						.onClick(async () => {
							if (i === 0) return;
							[s.sections[i - 1], s.sections[i]] = [s.sections[i], s.sections[i - 1]];
							await save(true);
							this.display();
						}),
				)
				.addExtraButton((b) =>
					b
						.setIcon("trash")
						.setTooltip("Remove")
						.onClick(async () => {
							if (s.sections.length <= 1) return;
							s.sections.splice(i, 1);
							await save(true);
							this.display();
						}),
				);
		});
		new Setting(containerEl)
			.addButton((b) =>
				b.setButtonText("Add section").onClick(async () => {
					s.sections.push({ name: "New section", synonyms: [], required: false });
					await save(true);
					this.display();
				}),
			)
			.addButton((b) =>
				b.setButtonText("Restore default sections").onClick(async () => {
					s.sections = defaultSettings().sections;
					await save(true);
					this.display();
				}),
			);
		for (const rule of ALL_RULES) {
			new Setting(containerEl).setName(RULE_LABEL[rule]).addToggle((t) =>
				t.setValue(!s.disabledRules.includes(rule)).onChange(async (on) => {
					s.disabledRules = on ? s.disabledRules.filter((r) => r !== rule) : [...s.disabledRules, rule];
					await save(true);
				}),
			);
		}

		new Setting(containerEl)
			.setName("Template hints in the editor")
			.setDesc("Show missing, empty, duplicated and out-of-order sections inside the note you are editing, with a button to add a missing section.")
			.addToggle((t) =>
				t.setValue(s.editorHints).onChange(async (on) => {
					s.editorHints = on;
					await save(false);
					this.host.editorHintsChanged();
				}),
			);

		new Setting(containerEl).setName("Missing notes").setHeading();
		const folderSetting = new Setting(containerEl)
			.setName("Folder for new notes")
			.setDesc(FOLDER_DESC)
			.addText((t) =>
				t.setValue(s.newNoteFolder).onChange(async (v) => {
					const n = normalizeNoteFolder(v);
					if ("error" in n) {
						folderSetting.setDesc(n.error);
						folderSetting.descEl.addClass("mod-warning");
						return;
					}
					folderSetting.setDesc(FOLDER_DESC);
					folderSetting.descEl.removeClass("mod-warning");
					s.newNoteFolder = n.folder;
					await save(false);
				}),
			);
		new Setting(containerEl)
			.setName("Ignored targets")
			.setDesc(s.ignoredTargets.length === 0 ? "None." : s.ignoredTargets.join(", "))
			.addButton((b) =>
				b
					.setButtonText("Clear ignored")
					.setDisabled(s.ignoredTargets.length === 0)
					.onClick(async () => {
						s.ignoredTargets = [];
						await save(true);
						this.display();
					}),
			);

		new Setting(containerEl).setName("Exam").setHeading();
		new Setting(containerEl)
			.setName("Exam you are studying for")
			.setDesc("The panel's coverage tab lists this exam's services and the state of your notes on them.")
			.addDropdown((d) => {
				d.addOption("", "None");
				for (const e of EXAMS) d.addOption(e.id, `${e.name} (${e.code})`);
				d.setValue(s.examId).onChange(async (v) => {
					s.examId = v;
					await save(false);
					this.host.examChanged();
				});
			});

		new Setting(containerEl)
			.setName("Pass mark of practice exams")
			.setDesc("In percent. AWS scores its exams from 100 to 1,000 and passes at 700 (Cloud Practitioner), 720 (associate) or 750 (professional); 72% is a common practice target.")
			.addSlider((sl) => slider(sl, 50, 100, s.passPercent, (v) => (s.passPercent = v)));

		new Setting(containerEl).setName("Quiz").setHeading();
		new Setting(containerEl).setName("Number of questions").addSlider((sl) => slider(sl, 3, 30, s.quizCount, (v) => (s.quizCount = v)));
		for (const kind of ALL_QUESTION_KINDS) {
			new Setting(containerEl).setName(KIND_NAMES[kind]).addToggle((t) =>
				t.setValue(s.quizKinds.includes(kind)).onChange(async (on) => {
					const next = on ? [...s.quizKinds, kind] : s.quizKinds.filter((k) => k !== kind);
					if (next.length === 0) {
						t.setValue(true);
						return;
					}
					s.quizKinds = next;
					await save(false);
				}),
			);
		}
	}

	/**
	 * "Which rule made each note an AWS note": a count per rule, and the notes under a fold so a
	 * large vault does not flood the settings. Reflects the index as it was when the tab opened.
	 */
	private scopeSummary(containerEl: HTMLElement): void {
		const rows = this.host.scopeReasons().filter((r) => r.inScope || r.reason.rule !== "none");
		if (rows.length === 0) return;
		const groups = new Map<string, string[]>();
		for (const r of rows) {
			const label = describeScopeReason(r.reason);
			const list = groups.get(label);
			if (list) list.push(r.path);
			else groups.set(label, [r.path]);
		}
		const inCount = rows.filter((r) => r.inScope).length;
		const details = containerEl.createEl("details", { cls: "anc-scope-reasons" });
		details.createEl("summary", { text: `${inCount} AWS notes: see which rule counted each one` });
		for (const [label, paths] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
			const group = details.createDiv({ cls: "anc-scope-group" });
			group.createDiv({ cls: "anc-scope-label", text: `${label[0].toUpperCase()}${label.slice(1)} (${paths.length})` });
			const ul = group.createEl("ul");
			for (const p of paths.slice(0, 200)) ul.createEl("li", { text: p });
			if (paths.length > 200) ul.createEl("li", { text: `and ${paths.length - 200} more` });
		}
	}

}
