// @vitest-environment happy-dom
/**
 * The strongest test: the BUILT main.js (what users install) loaded into the obsidian double over
 * the example vault. It runs onload, every command by id, the panel, the quiz modal, creating,
 * fixing and ignoring, and checks that onunload leaves nothing registered.
 * `npm test` builds before vitest runs; run `npm run build` first when running this file alone.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { App, MarkdownView, Notice, TFile, openModals } from "../obsidian-double/obsidian";
import { loadAppFromDisk, loadBuiltPlugin } from "../obsidian-double/diskVault";
import type { Plugin } from "../obsidian-double/obsidian";
import { run } from "../../src/cli/main";

const ROOT = process.cwd();
const EKS = "AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md";
const EFS = "AWS/Storage/Amazon EFS.md";

interface CoachPlugin extends Plugin {
	index: { ready: boolean; core: { summary(): { checked: number; conforming: number; errors: number }; links: { targets(): { target: string; key: string; kind: string }[] } } };
	settings: { ignoredTargets: string[] };
}

if (!existsSync(`${ROOT}/main.js`)) throw new Error("main.js is missing: run `npm run build` before this test.");

async function boot(): Promise<{ app: App; plugin: CoachPlugin }> {
	const app = loadAppFromDisk(`${ROOT}/examples/vault`);
	const plugin = (await loadBuiltPlugin(app, ROOT)) as CoachPlugin;
	await app.triggerLayoutReady();
	await app.settle();
	for (let i = 0; i < 200 && !plugin.index.ready; i++) await new Promise((r) => setTimeout(r, 5));
	return { app, plugin };
}

async function openNote(app: App, path: string): Promise<MarkdownView> {
	const file = app.vault.getAbstractFileByPath(path) as TFile;
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(file);
	app.workspace.setActiveLeaf(leaf);
	await app.settle();
	return leaf.view as MarkdownView;
}

/** Wait for the index's debounced notifications and the metadata cache. */
async function quiet(app: App): Promise<void> {
	await app.settle();
	await new Promise((r) => setTimeout(r, 200));
	await app.settle();
}

function panel(app: App): HTMLElement {
	const leaf = app.workspace.getLeavesOfType("aws-notes-coach-panel")[0];
	expect(leaf).toBeDefined();
	return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

describe("the built main.js in the obsidian double", () => {
	let app: App;
	let plugin: CoachPlugin;

	beforeEach(async () => {
		Notice.messages.length = 0;
		({ app, plugin } = await boot());
	});

	afterEach(async () => {
		for (const m of [...openModals]) m.close();
		if (app.plugins.getPlugin("aws-notes-coach")) await app.plugins.disable("aws-notes-coach");
	});

	test("onload registers commands without default hotkeys, a ribbon icon, a status bar item and the view", () => {
		const ids = app.commands.listCommands().map((c) => c.id).sort();
		expect(ids).toEqual(
			[
				"add-missing-sections-all",
				"add-missing-sections-current",
				"check-all-notes",
				"check-current-note",
				"create-missing-service-notes",
				"export-anki",
				"generate-quiz",
				"open-panel",
				"quiz-set",
				"resume-exam",
				"review-due",
				"show-exam-coverage",
				"toggle-editor-hints",
			].map((id) => `aws-notes-coach:${id}`),
		);
		for (const c of app.commands.listCommands()) expect(c.hotkeys ?? []).toEqual([]);
		const live = app.countLiveRegistrations();
		expect(live.ribbonIcons).toBe(1);
		// The template result and the review count.
		expect(live.statusBarItems).toBe(2);
		expect(live.viewTypes).toBe(1);
	});

	test("the index covers the example vault's AWS notes", () => {
		const s = plugin.index.core.summary();
		expect(s.checked).toBe(34);
		expect(s.conforming).toBeGreaterThan(0);
		const targets = plugin.index.core.links.targets();
		expect(targets.find((t) => t.target === "Amazon EKS")?.kind).toBe("alias");
		expect(targets.find((t) => t.target === "AWS WAF")?.kind).toBe("missing");
	});

	test("open-panel shows the missing notes, services first; a reference opens the note at its line", async () => {
		await app.commands.runCommandById("aws-notes-coach:open-panel");
		await quiet(app);
		const el = panel(app);
		expect(el.querySelector("[data-role=counts]")?.textContent).toMatch(/link targets to look at: \d+ missing, 3 alias only, 2 empty, 2 under another name/);
		const groups = [...el.querySelectorAll("[data-group]")].map((g) => g.getAttribute("data-group"));
		expect(groups).toEqual(["services", "other"]);
		const waf = el.querySelector<HTMLElement>('[data-key="aws waf"] .anc-target-self')!;
		waf.click();
		const ref = panel(app).querySelector<HTMLElement>('[data-key="aws waf"] .anc-ref')!;
		expect(ref).not.toBeNull();
		const line = Number(ref.getAttribute("data-line"));
		ref.click();
		await quiet(app);
		const opened = app.workspace.openHistory[app.workspace.openHistory.length - 1];
		expect(opened.file.path).toBe(ref.getAttribute("data-path"));
		expect(opened.eState).toEqual({ line: line - 1 });
	});

	test("template tab shows conformance, filters by rule, and the status bar follows the active note", async () => {
		await app.commands.runCommandById("aws-notes-coach:check-all-notes");
		await quiet(app);
		const el = panel(app);
		expect(el.querySelector("[data-role=counts]")?.textContent).toMatch(/^\d+ of 34 notes follow the template/);
		const select = el.querySelector<HTMLSelectElement>(".anc-rule-filter")!;
		select.value = "duplicate-section";
		select.dispatchEvent(new Event("change"));
		const reports = [...panel(app).querySelectorAll(".anc-report")].map((r) => r.getAttribute("data-path"));
		expect(reports).toEqual(["AWS/Management/AWS CloudTrail.md"]);

		await openNote(app, EFS);
		await quiet(app);
		const status = app.statusBar.containerEl.querySelector(".anc-status")!;
		expect(status.textContent).toBe("Template: 1 issue");
		await openNote(app, EKS);
		await quiet(app);
		expect(status.textContent).toBe("Template: ok");
		await openNote(app, "Study plan.md");
		await quiet(app);
		expect(status.textContent).toBe("");
	});

	test("with no AWS note in scope, the template tab says which rules are in force", async () => {
		const settings = (plugin as unknown as { settings: { scope: Record<string, unknown> }; settingsChanged(): void });
		settings.settings.scope = { includeFolders: ["Nowhere"], excludeFolders: ["Templates"], tags: [], namePrefixes: [], serviceNames: false };
		settings.settingsChanged();
		await new Promise((r) => setTimeout(r, 700));
		await quiet(app);
		for (let i = 0; i < 200 && !plugin.index.ready; i++) await new Promise((r) => setTimeout(r, 5));
		await app.commands.runCommandById("aws-notes-coach:check-all-notes");
		await quiet(app);
		expect(plugin.index.core.summary().checked).toBe(0);
		expect(panel(app).textContent).toContain("No AWS notes found: no note is in a folder named Nowhere. README, index and hub notes and the Templates folder never count.");
	});

	test("check-current-note says the result; add-missing-sections-current edits through the editor as one undo step", async () => {
		const view = await openNote(app, EFS);
		const before = view.editor.getValue();
		await app.commands.runCommandById("aws-notes-coach:check-current-note");
		expect(Notice.messages.join("\n")).toMatch(/Amazon EFS: 1 template issue/);
		const depth = view.editor.undoDepth();
		await app.commands.runCommandById("aws-notes-coach:add-missing-sections-current");
		await quiet(app);
		const after = view.editor.getValue();
		expect(after).toContain("## **Use Cases**");
		expect(view.editor.undoDepth()).toBe(depth + 1);
		view.editor.undo();
		expect(view.editor.getValue()).toBe(before);
	});

	test("add-missing-sections-all asks first with the count, then changes only those notes", async () => {
		const before = new Map<string, string>();
		for (const f of app.vault.getMarkdownFiles()) before.set(f.path, await app.vault.read(f));
		const expected = JSON.parse(readFileSync(`${ROOT}/tests/fixtures/example-vault-expected.json`, "utf8")) as { template: Record<string, { missing: string[] }> };
		const n = Object.values(expected.template).filter((t) => t.missing.length > 0).length;
		await app.commands.runCommandById("aws-notes-coach:add-missing-sections-all");
		const modal = openModals[openModals.length - 1];
		expect(modal.contentEl.textContent).toContain(`Add the missing template sections to ${n} notes?`);
		const confirm = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === `Add sections to ${n} notes`)!;
		confirm.click();
		await quiet(app);
		expect(Notice.messages.join("\n")).toContain(`Added missing sections to ${n} notes`);
		let changed = 0;
		for (const f of app.vault.getMarkdownFiles()) {
			const now = await app.vault.read(f);
			if (now !== before.get(f.path)) changed++;
		}
		expect(changed).toBe(n);
		expect(plugin.index.core.summary().errors).toBe(0);
		expect(plugin.index.core.summary().checked).toBe(34);
	});

	test("create note from a missing target never overwrites, and resolves the target", async () => {
		await app.commands.runCommandById("aws-notes-coach:open-panel");
		await quiet(app);
		const create = panel(app).querySelector<HTMLElement>('[data-key="aws waf"] .anc-action-create')!;
		create.click();
		await quiet(app);
		const created = app.vault.getMarkdownFiles().find((f) => f.basename === "AWS WAF")!;
		expect(created).toBeDefined();
		const text = await app.vault.read(created);
		expect(text).toMatch(/^---\naliases:\n {2}- WAF\n---/);
		expect(text).toContain("## **Exam Tips**");
		await quiet(app);
		expect(plugin.index.core.links.targets().some((t) => t.target === "AWS WAF")).toBe(false);
	});

	test("a service under another name offers Fix links, never Create note (which would make a duplicate)", async () => {
		await app.commands.runCommandById("aws-notes-coach:open-panel");
		await quiet(app);
		const sameService = plugin.index.core.links.targets().filter((t) => t.kind === "same-service");
		expect(sameService.length).toBeGreaterThan(0);
		for (const t of sameService) {
			const row = panel(app).querySelector<HTMLElement>(`[data-key="${t.key}"]`)!;
			expect(row.querySelector(".anc-action-fix"), t.target).not.toBeNull();
			expect(row.querySelector(".anc-action-create"), t.target).toBeNull();
		}
	});

	test("fix links rewrites alias-only links in the linking notes, nothing else", async () => {
		const ecs = app.vault.getAbstractFileByPath("AWS/Containers/Amazon Elastic Container Service (ECS).md") as TFile;
		const before = await app.vault.read(ecs);
		await app.commands.runCommandById("aws-notes-coach:open-panel");
		await quiet(app);
		panel(app).querySelector<HTMLElement>('[data-key="amazon eks"] .anc-action-fix')!.click();
		const modal = openModals[openModals.length - 1];
		[...modal.contentEl.querySelectorAll("button")].find((b) => /Fix links in 2 notes/.test(b.textContent ?? ""))!.click();
		await quiet(app);
		const after = await app.vault.read(ecs);
		expect(after).toBe(before.split("[[Amazon EKS]]").join("[[Amazon Elastic Kubernetes Service (EKS)|Amazon EKS]]"));
		expect(plugin.index.core.links.targets().some((t) => t.target === "Amazon EKS")).toBe(false);
	});

	test("ignore hides a target, keeps it in settings, and can be undone", async () => {
		await app.commands.runCommandById("aws-notes-coach:open-panel");
		await quiet(app);
		panel(app).querySelector<HTMLElement>('[data-key="aws glue"] .anc-action-ignore')!.click();
		await quiet(app);
		expect(plugin.settings.ignoredTargets).toContain("aws glue");
		expect(panel(app).querySelector('[data-key="aws glue"]')).toBeNull();
		const data = (await plugin.loadData()) as { ignoredTargets: string[] };
		expect(data.ignoredTargets).toContain("aws glue");
		panel(app).querySelector<HTMLElement>(".anc-ignored .anc-group-title")!.click();
		[...panel(app).querySelectorAll<HTMLElement>(".anc-ignored-row button")][0].click();
		await quiet(app);
		expect(plugin.settings.ignoredTargets).toEqual([]);
		expect(panel(app).querySelector('[data-key="aws glue"]')).not.toBeNull();
	});

	test("quiz: answer, feedback, score, retry missed, save as note, last score", async () => {
		await openNote(app, EKS);
		expect(app.commands.isCommandAvailable("aws-notes-coach:generate-quiz")).toBe(true);
		await app.commands.runCommandById("aws-notes-coach:generate-quiz");
		await quiet(app);
		const modal = openModals[openModals.length - 1];
		const el = modal.contentEl;
		// Ten asked for: as many as the note has questions not held back, at least five.
		const n = Number(/^1 of (\d+)$/.exec(el.querySelector(".anc-quiz-progress")?.textContent ?? "")?.[1]);
		expect(n).toBeGreaterThanOrEqual(5);
		expect(n).toBeLessThanOrEqual(10);
		// Answer every question with the first choice (or a wrong typed answer).
		for (let i = 0; i < n; i++) {
			const input = el.querySelector<HTMLInputElement>(".anc-quiz-input");
			if (input) {
				input.value = "definitely wrong";
				input.dispatchEvent(new Event("input"));
				app.keymap.pressKey("Enter");
			} else {
				const multi = el.querySelector(".anc-quiz-check");
				app.keymap.pressKey("1");
				if (multi) app.keymap.pressKey("Enter");
			}
			expect(el.querySelector(".anc-quiz-feedback")).not.toBeNull();
			expect(el.querySelector(".anc-quiz-source")?.textContent).toMatch(/Show in note \(line \d+\)/);
			app.keymap.pressKey("Enter");
		}
		const score = el.querySelector(".anc-quiz-score")?.textContent ?? "";
		expect(score).toMatch(new RegExp(`^\\d+ of ${n} correct`));
		const retry = el.querySelector<HTMLElement>(".anc-quiz-retry");
		if (retry) {
			retry.click();
			expect(el.querySelector(".anc-quiz-progress")?.textContent).toMatch(/^1 of \d+$/);
			modal.close();
			await app.commands.runCommandById("aws-notes-coach:generate-quiz");
		} else modal.close();
		await quiet(app);
		// Last score is kept in plugin data.
		const data = (await plugin.loadData()) as { lastScores: Record<string, { total: number }> };
		expect(data.lastScores[EKS].total).toBe(n);

		const m2 = openModals[openModals.length - 1];
		for (let i = 0; i < n; i++) {
			const q = (m2 as unknown as { current: { answers: string[]; choices: string[]; typed: boolean; multi: boolean } }).current;
			(m2 as unknown as { answer(a: string[] | string): void }).answer(q.multi ? q.answers : q.answers[0]);
			(m2 as unknown as { next(): void }).next();
		}
		expect(m2.contentEl.querySelector(".anc-quiz-score")?.textContent).toMatch(new RegExp(`^${n} of ${n} correct`));
		expect(m2.contentEl.querySelector(".anc-quiz-last")?.textContent).toMatch(new RegExp(`^Last time \\d+/${n}$`));
		m2.contentEl.querySelector<HTMLElement>(".anc-quiz-save")!.click();
		await quiet(app);
		const saved = app.vault.getAbstractFileByPath("AWS/Containers/Amazon Elastic Kubernetes Service (EKS) quiz.md") as TFile;
		expect(saved).toBeInstanceOf(TFile);
		expect(await app.vault.read(saved)).toContain("> [!question]- 1. ");
	});

	test("quiz: the questions held back come on request, each saying so, and leave the last score alone", async () => {
		await openNote(app, EKS);
		await app.commands.runCommandById("aws-notes-coach:generate-quiz");
		await quiet(app);
		const modal = openModals[openModals.length - 1] as unknown as { contentEl: HTMLElement; quiz: { questions: unknown[]; more?: unknown[] }; current: { answers: string[]; multi: boolean }; answer(a: string[] | string): void; next(): void };
		const el = modal.contentEl;
		const asked = modal.quiz.questions.length;
		const more = modal.quiz.more?.length ?? 0;
		// Ten asked for: the example vault's EKS note has fewer that are not held back.
		expect(more).toBeGreaterThan(0);
		expect(asked + more).toBe(10);
		expect(el.querySelector(".anc-quiz-extra")).toBeNull();
		for (let i = 0; i < asked; i++) {
			modal.answer(modal.current.multi ? modal.current.answers : modal.current.answers[0]);
			modal.next();
		}
		const last = ((await plugin.loadData()) as { lastScores: Record<string, { correct: number; total: number }> }).lastScores[EKS];
		expect(last).toMatchObject({ correct: asked, total: asked });
		const button = el.querySelector<HTMLElement>(".anc-quiz-more");
		expect(button?.textContent).toBe(`More questions (${more})`);
		button!.click();
		expect(el.querySelector(".anc-quiz-progress")?.textContent).toBe(`1 of ${more}`);
		expect(el.querySelector(".anc-quiz-extra")?.textContent).toMatch(/another answer may be right too/);
		for (let i = 0; i < more; i++) {
			modal.answer("definitely wrong");
			modal.next();
		}
		expect(el.querySelector(".anc-quiz-score")?.textContent).toMatch(new RegExp(`^\\d+ of ${more} correct`));
		// Asked once: no second "More questions", and the note's last score is still its quiz's.
		expect(el.querySelector(".anc-quiz-more")).toBeNull();
		await quiet(app);
		expect(((await plugin.loadData()) as { lastScores: Record<string, unknown> }).lastScores[EKS]).toEqual(last);
		(modal as unknown as { close(): void }).close();
	});

	test("generate-quiz is unavailable without an active markdown note", () => {
		expect(app.commands.isCommandAvailable("aws-notes-coach:generate-quiz")).toBe(false);
		expect(app.commands.isCommandAvailable("aws-notes-coach:check-current-note")).toBe(false);
	});

	test("every command runs without throwing, and onunload leaves nothing registered", async () => {
		await openNote(app, EKS);
		for (const c of app.commands.listCommands()) {
			if (app.commands.isCommandAvailable(c.id)) await app.commands.runCommandById(c.id);
			for (const m of [...openModals]) m.close();
		}
		await quiet(app);
		await app.plugins.disable("aws-notes-coach");
		const live = app.countLiveRegistrations();
		expect(live).toMatchObject({
			vaultHandlers: 0,
			metadataCacheHandlers: 0,
			domListeners: 0,
			intervals: 0,
			commands: 0,
			ribbonIcons: 0,
			statusBarItems: 0,
			settingTabs: 0,
			viewTypes: 0,
		});
		expect(live.workspaceHandlers).toBe(0);
	});

	test("settings tab: sections in sentence case, a rule switched off is saved and re-checks the vault", async () => {
		const tab = app.setting.openTabById("aws-notes-coach");
		const names = [...tab.containerEl.querySelectorAll(".setting-item-name")].map((e) => e.textContent ?? "");
		expect(names).toContain("Which notes are AWS notes");
		expect(names).toContain("Template note");
		expect(names).toContain("Number of questions");
		const missingRule = [...tab.containerEl.querySelectorAll(".setting-item")].find((e) => e.querySelector(".setting-item-name")?.textContent === "Missing section")!;
		const toggle = missingRule.querySelector<HTMLElement>(".checkbox-container")!;
		toggle.click();
		await new Promise((r) => setTimeout(r, 800)); // the re-index is debounced
		await quiet(app);
		for (let i = 0; i < 100 && !plugin.index.ready; i++) await new Promise((r) => setTimeout(r, 10));
		const data = (await plugin.loadData()) as { disabledRules: string[] };
		expect(data.disabledRules).toEqual(["missing-section"]);
		expect(plugin.index.core.summary().errors).toBe(0);
	});

	test("coverage tab: asks for the exam, then shows the figures the CLI prints; a combined note covers both services", async () => {
		await app.commands.runCommandById("aws-notes-coach:show-exam-coverage");
		await quiet(app);
		expect(panel(app).querySelector(".anc-tab.is-active")?.getAttribute("data-tab")).toBe("coverage");
		expect(panel(app).querySelector(".anc-coverage-ask")).not.toBeNull();
		const picker = panel(app).querySelector<HTMLSelectElement>(".anc-coverage-ask .anc-exam-picker")!;
		picker.value = "saa";
		picker.dispatchEvent(new Event("change"));
		await quiet(app);
		expect(((await plugin.loadData()) as { examId: string }).examId).toBe("saa");
		const el = panel(app);
		const counts = /^(\d+) of (\d+) services have a complete note · (\d+) with content, (\d+) without a note$/.exec(el.querySelector("[data-role=counts]")?.textContent ?? "");
		expect(counts).not.toBeNull();
		const cli = JSON.parse(run(["coverage", "examples/vault", "--exam", "saa", "--json"]).stdout) as { summary: { complete: number; total: number; covered: number; noNote: number } };
		expect(counts!.slice(1).map(Number)).toEqual([cli.summary.complete, cli.summary.total, cli.summary.covered, cli.summary.noNote]);
		const state = (service: string) => el.querySelector(`[data-service="${service}"]`)?.getAttribute("data-state");
		expect(state("Amazon Elastic Kubernetes Service")).toBe("complete");
		// "Elastic Load Balancing (ELB) & Auto Scaling" covers both services.
		expect(state("Elastic Load Balancing")).not.toBe("no-note");
		expect(state("Amazon EC2 Auto Scaling")).not.toBe("no-note");
		// The bar of each category says covered of total.
		const figure = el.querySelector('[data-category="Containers"] .anc-coverage-figure')?.textContent;
		expect(figure).toMatch(/^\d+ of \d+ covered$/);
		// Filter by state: only the services without a note.
		const filter = el.querySelector<HTMLSelectElement>(".anc-coverage-state")!;
		filter.value = "no-note";
		filter.dispatchEvent(new Event("change"));
		const states = new Set([...panel(app).querySelectorAll(".anc-coverage-row")].map((r) => r.getAttribute("data-state")));
		expect([...states]).toEqual(["no-note"]);
	});

	test("coverage tab: a service without a note is created in its category's folder, from the template, with aliases", async () => {
		(plugin.settings as unknown as { examId: string }).examId = "saa";
		await app.commands.runCommandById("aws-notes-coach:show-exam-coverage");
		await quiet(app);
		const row = panel(app).querySelector<HTMLElement>('[data-service="AWS WAF"]')!;
		expect(row.getAttribute("data-state")).toBe("no-note");
		row.querySelector<HTMLElement>(".anc-action-create")!.click();
		await quiet(app);
		const created = app.vault.getAbstractFileByPath("AWS/IAM & Security/AWS WAF.md") as TFile;
		expect(created).toBeInstanceOf(TFile);
		const text = await app.vault.read(created);
		expect(text).toMatch(/^---\naliases:\n {2}- WAF\n---/);
		expect(text).toContain("## **Exam Tips**");
		await quiet(app);
		// The new note is an empty skeleton: the row now points at it.
		const after = panel(app).querySelector<HTMLElement>('[data-service="AWS WAF"]')!;
		expect(after.getAttribute("data-state")).not.toBe("no-note");
		expect(after.querySelector(".anc-target-note")?.textContent).toBe("AWS/IAM & Security/AWS WAF");
	});

	test("coverage tab: Create all missing notes for this exam asks first and says how many", async () => {
		(plugin.settings as unknown as { examId: string }).examId = "clf";
		await app.commands.runCommandById("aws-notes-coach:show-exam-coverage");
		await quiet(app);
		const missing = panel(app).querySelectorAll('.anc-coverage-row[data-state="no-note"]').length;
		expect(missing).toBeGreaterThan(10);
		const before = app.vault.getMarkdownFiles().length;
		panel(app).querySelector<HTMLElement>(".anc-create-exam-notes")!.click();
		const modal = openModals[openModals.length - 1];
		expect(modal.contentEl.textContent).toContain(`Create ${missing} new notes`);
		[...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === `Create ${missing} notes`)!.click();
		await quiet(app);
		expect(app.vault.getMarkdownFiles().length).toBe(before + missing);
		expect(panel(app).querySelectorAll('.anc-coverage-row[data-state="no-note"]').length).toBe(0);
	});

	test("the ribbon icon reveals the panel", async () => {
		const icon = app.dom.leftRibbonEl.querySelector<HTMLElement>('[aria-label="Open AWS notes panel"]')!;
		icon.click();
		await quiet(app);
		expect(app.workspace.getLeavesOfType("aws-notes-coach-panel").length).toBe(1);
	});

	test("the bundle makes no network request, evaluates no code, and builds no HTML from strings", () => {
		const code = readFileSync(`${ROOT}/main.js`, "utf8");
		// Each entry point, with a sample the pattern must catch (so the scan cannot pass by matching nothing).
		const forbidden: [string, RegExp, string][] = [
			["eval", /\beval\s*\(/, "eval(x)"],
			["Function constructor", /\bFunction\s*\(/, "new Function('x')"],
			["fetch", /\bfetch\s*\(/, "window.fetch(u)"],
			["XMLHttpRequest", /XMLHttpRequest/, "new XMLHttpRequest()"],
			["WebSocket", /WebSocket/, "new WebSocket(u)"],
			["EventSource", /EventSource/, "new EventSource(u)"],
			["requestUrl", /requestUrl/, "(0,o.requestUrl)({url:u})"],
			["request", /\brequest\s*\(/, "request(u)"],
			["sendBeacon", /sendBeacon/, "navigator.sendBeacon(u)"],
			["importScripts", /importScripts/, "importScripts(u)"],
			["dynamic import", /\bimport\s*\(/, "import(u)"],
			["string timer", /\bset(?:Timeout|Interval)\s*\(\s*["'`]/, "setTimeout('alert(1)')"],
			["window.open", /\bwindow\.open\s*\(/, "window.open(u)"],
			["innerHTML", /innerHTML/, "el.innerHTML=t"],
			["outerHTML", /outerHTML/, "el.outerHTML=t"],
			["insertAdjacentHTML", /insertAdjacentHTML/, "el.insertAdjacentHTML('beforeend',t)"],
			["document.write", /document\.write/, "document.write(t)"],
			["DOMParser", /DOMParser/, "new DOMParser()"],
			["createContextualFragment", /createContextualFragment/, "r.createContextualFragment(t)"],
			["srcdoc", /srcdoc/, "f.srcdoc=t"],
		];
		for (const [name, pattern, sample] of forbidden) expect(pattern.test(sample), name).toBe(true);
		expect(forbidden.filter(([, pattern]) => pattern.test(code)).map(([name]) => name)).toEqual([]);
		// The only modules it loads are the ones Obsidian provides (obsidian and its CodeMirror; no http,
		// https, net, child_process, electron), by a literal name.
		const modules = [...code.matchAll(/\brequire\s*\(\s*(["'`])([^"'`]*)\1\s*\)/g)].map((m) => m[2]);
		expect(new Set(modules)).toEqual(new Set(["obsidian", "@codemirror/state", "@codemirror/view"]));
		expect(code.match(/\brequire\s*\(/g)?.length).toBe(modules.length);
	});
});
