// @vitest-environment happy-dom
/**
 * The plugin over the vault of bad files (see fixtures.ts): it indexes it, draws both panel tabs
 * and the status bar for every note, runs every command, and unloads cleanly. A throw in any
 * handler, or an unhandled rejection, fails the test run.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { rmSync } from "node:fs";
import AwsNotesCoachPlugin from "../../src/main";
import { loadAppFromDisk, loadBuiltPlugin } from "../obsidian-double/diskVault";
import { Notice, openModals, testManifest, type App, type Plugin } from "../obsidian-double/obsidian";
import { fixtureFiles, writeFixtureVault } from "./fixtures";
import { ROOT, VARIANTS, openNote, openPanel, panel, quiet, type CoachPluginLike } from "./plugin";

describe.each(VARIANTS)("the plugin over a vault of bad files (%s)", (variant) => {
	let dir: string;
	let app: App;
	let plugin: CoachPluginLike;

	beforeAll(async () => {
		Notice.reset();
		dir = writeFixtureVault();
		app = loadAppFromDisk(dir);
		const p =
			variant === "sources"
				? await app.plugins.enable(new AwsNotesCoachPlugin(app as never, testManifest({ id: "aws-notes-coach", name: "AWS Notes Coach" })) as unknown as Plugin)
				: await loadBuiltPlugin(app, ROOT);
		plugin = p as unknown as CoachPluginLike;
		await app.triggerLayoutReady();
		await app.settle();
		for (let i = 0; i < 2000 && !plugin.index.ready; i++) await new Promise((r) => window.setTimeout(r, 5));
	}, 30000);
	afterAll(async () => {
		for (const m of [...openModals]) m.close();
		if (app.plugins.getPlugin("aws-notes-coach")) await app.plugins.disable("aws-notes-coach");
		rmSync(dir, { recursive: true, force: true });
	});

	test("indexes every markdown note in scope, the 5 MB one included", () => {
		expect(plugin.index.ready).toBe(true);
		const inScope = Object.keys(fixtureFiles()).filter((p) => p.endsWith(".md") && /(^|\/)AWS\//.test(p));
		expect(plugin.index.core.summary().checked).toBe(inScope.length);
		expect(plugin.index.core.report("AWS/Big 5MB.md")).not.toBeNull();
		expect(plugin.index.core.report("AWS/Malformed YAML.md")!.findings[0].rule).toBe("frontmatter-invalid");
	});

	test("both panel tabs draw, and every note gets a status", async () => {
		const missing = await openPanel(app, "missing");
		expect(missing.querySelector("[data-role=counts]")?.textContent).toMatch(/^\d+ link targets to look at/);
		// 1,000 targets from one line: the list is paged, not drawn all at once.
		expect(missing.querySelectorAll(".anc-target").length).toBeLessThanOrEqual(200);
		// A target linked from 7,000 lines shows the first 50 until asked for all.
		missing.querySelector<HTMLElement>('[data-key="amazon s3"] .anc-target-self')!.click();
		const s3 = () => panel(app).querySelector('[data-key="amazon s3"]')!;
		expect(s3().querySelectorAll(".anc-ref").length).toBe(50);
		s3().querySelector<HTMLElement>(".anc-show-all")!.click();
		expect(s3().querySelectorAll(".anc-ref").length).toBeGreaterThan(7000);
		const template = await openPanel(app, "template");
		expect(template.querySelector("[data-role=counts]")?.textContent).toMatch(/^\d+ of \d+ notes follow the template/);
		// The 5 MB note has thousands of findings: the list shows 50, so every redraw stays cheap.
		const big = () => panel(app).querySelector('[data-path="AWS/Big 5MB.md"]')!;
		expect(big().querySelectorAll(".anc-finding").length).toBe(50);
		expect(big().querySelector(".anc-show-all")?.textContent).toMatch(/^Show all \d{4,} findings$/);
		for (const path of Object.keys(fixtureFiles()).filter((p) => p.endsWith(".md"))) {
			await openNote(app, path);
			const status = app.statusBar.containerEl.querySelector(".anc-status")?.textContent ?? "";
			if (/(^|\/)AWS\//.test(path)) expect(status, path).toMatch(/^Template: (ok|\d+ issues?)$/);
			else expect(status, path).toBe("");
		}
	}, 30000);

	test("every command runs on the odd notes; the quiz opens or says why not", async () => {
		const small = Object.keys(fixtureFiles()).filter((p) => p.startsWith("AWS/") && p.endsWith(".md") && !/Big 5MB|Fifty|Long lines/.test(p));
		for (const path of small) {
			await openNote(app, path);
			Notice.reset();
			await app.commands.runCommandById("aws-notes-coach:check-current-note");
			expect(Notice.messages.length, path).toBeGreaterThan(0);
			await app.commands.runCommandById("aws-notes-coach:generate-quiz");
			await quiet(app);
			const opened = openModals.length > 0;
			if (!opened) expect(Notice.messages.some((m) => /too little|nothing to ask|Open a note/.test(m)), `${path}: ${Notice.messages.join(" | ")}`).toBe(true);
			for (const m of [...openModals]) m.close();
		}
	}, 60000);

	test("adding the sections to every note leaves no note missing one, except the one that is not valid UTF-8", async () => {
		const invalid = app.vault.getFileByPath("AWS/Invalid UTF-8.md")!;
		const unreadable = app.vault.readNow(invalid);
		expect(unreadable).toContain("\uFFFD");
		await app.commands.runCommandById("aws-notes-coach:add-missing-sections-all");
		const confirm = [...openModals[openModals.length - 1].contentEl.querySelectorAll("button")].find((b) => /^Add sections to \d+ notes$/.test(b.textContent ?? ""));
		confirm!.click();
		await quiet(app);
		// Writing it back would turn its unreadable bytes into U+FFFD for good.
		expect(Notice.messages.some((m) => /^Added missing sections to \d+ notes\. Skipped 1 note with unreadable characters \(not valid UTF-8\): AWS\/Invalid UTF-8\.md\.$/.test(m))).toBe(true);
		expect(app.vault.readNow(invalid)).toBe(unreadable);
		const stillMissing = plugin.index.core.allReports().filter((r) => r.findings.some((f) => f.severity === "error"));
		expect(stillMissing.map((r) => r.path)).toEqual(["AWS/Invalid UTF-8.md"]);
	}, 30000);

	test("unloads without leaving anything registered", async () => {
		await app.plugins.disable("aws-notes-coach");
		expect(app.countLiveRegistrations()).toMatchObject({ vaultHandlers: 0, metadataCacheHandlers: 0, domListeners: 0, commands: 0 });
	});
});
