// @vitest-environment happy-dom
/**
 * Note text never executes. Note names, link targets, headings and bullets holding HTML or script
 * appear as literal text on every surface (panel tabs, template report, status bar, quiz modal,
 * confirm dialogs, notices, settings); the plugin makes no network request; the CLI prints no
 * terminal control sequences that came from a note.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import type { Quiz } from "../../src/core/quiz";
import { QuizModal } from "../../src/ui/QuizModal";
import { Notice, networkAttempts, openModals, type App } from "../obsidian-double/obsidian";
import { VARIANTS, bootPlugin, clickModalButton, lastModal, openNote, openPanel, panel, quiet, shutdown, type CoachPluginLike } from "./plugin";

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(1)</script>";
const JS_LINK = "[x](javascript:alert(1))";
const HOSTILE_NOTE = `AWS/${IMG}.md`;

const FILES: Record<string, string> = {
	[HOSTILE_NOTE]: [
		"---",
		`aliases: ["Alias ${IMG}"]`,
		"---",
		`## **Overview** ${SCRIPT}`,
		`- **Amazon S3** stores objects ${IMG} and ${SCRIPT} and ${JS_LINK}`,
		`- links to [[${IMG}]] and [[${SCRIPT}]] and [[javascript:alert(1)]] and [[AWS <b onmouseover=alert(1)>WAF</b>]]`,
		`## ${IMG}`,
		`- ${SCRIPT}`,
		"",
	].join("\n"),
	"AWS/Amazon S3.md": [
		"## **Overview**",
		`- **Amazon S3** is object storage for ${IMG} files`,
		`- **Amazon S3 Glacier** archives data cheaply ${SCRIPT}`,
		`- **Amazon EBS** gives block volumes to EC2 ${JS_LINK}`,
		`- **Amazon EFS** is a shared file system <img src=x onerror=alert(1)//`,
		"## **Details**",
		`- Choose **Amazon S3** over **Amazon EBS** for objects [[${IMG}]]`,
		"- S3 = objects, EBS = blocks, EFS = files",
		"## **Use Cases**",
		"- Backups, data lakes, static websites",
		"## **Exam Tips**",
		`- **S3 Standard-IA** is for infrequent access ${SCRIPT}`,
		"## **References**",
		"- https://aws.amazon.com/s3/",
		"",
	].join("\n"),
	// An alias-only target with a hostile name, so that "Fix links" shows it in its dialog.
	"AWS/Linker.md": `## **Overview**\n- [[Alias ${IMG}]] again\n`,
	"AWS/Linker 2.md": `## **Overview**\n- and [[Alias ${IMG}]] once more\n`,
};

/** No element that could run or load something came from note text, and no inline handler. */
function expectInert(el: Element): void {
	expect(el.querySelectorAll("img, script, iframe, object, embed, b, link, style, meta, base, form").length, el.innerHTML.slice(0, 500)).toBe(0);
	for (const node of el.querySelectorAll("*")) {
		for (const attr of node.getAttributeNames()) expect(attr.startsWith("on"), `${node.tagName} has ${attr}`).toBe(false);
		const href = node.getAttribute("href");
		if (href !== null) expect(href.trim().toLowerCase().startsWith("javascript:")).toBe(false);
	}
}

describe.each(VARIANTS)("note text never becomes markup (%s)", (variant) => {
	let app: App;
	let plugin: CoachPluginLike;

	beforeEach(async () => {
		Notice.reset();
		({ app, plugin } = await bootPlugin(FILES, variant));
	});
	afterEach(() => shutdown(app));

	test("missing notes tab: hostile targets, the note they point at and the linking lines are literal text", async () => {
		const el = await openPanel(app, "missing");
		el.querySelector<HTMLElement>(".anc-other .anc-group-title")?.click();
		for (const row of panel(app).querySelectorAll<HTMLElement>(".anc-target-self")) row.click(); // expand every target
		const p = panel(app);
		expectInert(p);
		const text = p.textContent ?? "";
		expect(text).toContain(SCRIPT);
		expect(text).toContain("javascript:alert(1)");
		expect(text).toContain("AWS <b onmouseover=alert(1)>WAF</b>");
		expect(text).toContain(`Alias ${IMG}`);
		expect(text).toContain(`Note: AWS/${IMG}`); // the alias-only target names the hostile note
		expect([...p.querySelectorAll(".anc-ref-text")].some((r) => r.textContent === `- links to [[${IMG}]] and [[${SCRIPT}]] and [[javascript:alert(1)]] and [[AWS <b onmouseover=alert(1)>WAF</b>]]`)).toBe(true);
	});

	test("template tab (the report): hostile note names and section names from settings are literal text", async () => {
		const settings = plugin as unknown as { settings: { sections: { name: string; synonyms: string[]; required: boolean }[] }; settingsChanged(): void };
		settings.settings.sections.push({ name: SCRIPT, synonyms: [], required: true });
		settings.settingsChanged(); // re-indexes after a debounce
		const reported = () => plugin.index.core.report(HOSTILE_NOTE)?.findings.some((f) => (f as { section?: string }).section === SCRIPT) === true;
		for (let i = 0; i < 60 && !reported(); i++) await new Promise((r) => window.setTimeout(r, 50));
		expect(reported()).toBe(true);
		await quiet(app);
		const el = await openPanel(app, "template");
		expectInert(el);
		const names = [...el.querySelectorAll(".anc-report-name")].map((n) => n.textContent);
		expect(names).toContain(`AWS/${IMG}`);
		expect([...el.querySelectorAll(".anc-finding-message")].some((m) => m.textContent?.includes(`Expected section "${SCRIPT}"`))).toBe(true);
	});

	test("status bar: the hostile note's status is plain text", async () => {
		await openNote(app, HOSTILE_NOTE);
		await quiet(app);
		const bar = app.statusBar.containerEl;
		expectInert(bar);
		expect(bar.querySelector(".anc-status")?.textContent).toMatch(/^Template: \d+ issues?$/);
	});

	test("quiz modal from a note full of HTML: every screen, feedback and the score are inert", async () => {
		await openNote(app, "AWS/Amazon S3.md");
		await app.commands.runCommandById("aws-notes-coach:generate-quiz");
		await quiet(app);
		const modal = lastModal();
		const el = modal.contentEl;
		let seen = "";
		for (let i = 0; i < 20 && !el.querySelector(".anc-quiz-score"); i++) {
			expectInert(modal.modalEl);
			seen += el.textContent;
			const input = el.querySelector<HTMLInputElement>(".anc-quiz-input");
			if (input) {
				input.value = IMG;
				input.dispatchEvent(new Event("input"));
				app.keymap.pressKey("Enter");
			} else {
				app.keymap.pressKey("1");
				if (el.querySelector(".anc-quiz-check")) app.keymap.pressKey("Enter");
			}
			expectInert(modal.modalEl);
			seen += el.textContent;
			app.keymap.pressKey("Enter");
		}
		expect(el.querySelector(".anc-quiz-score")).not.toBeNull();
		expectInert(modal.modalEl);
		expect(seen).toMatch(/Amazon S3|Glacier|EBS|EFS/);
	});

	test("confirm dialog and notices with a hostile target name are literal text", async () => {
		const el = await openPanel(app, "missing");
		el.querySelector<HTMLElement>(".anc-other .anc-group-title")?.click();
		const fix = panel(app).querySelector<HTMLElement>(`.anc-target[data-key="alias ${IMG}"] .anc-action-fix`);
		expect(fix).not.toBeNull();
		fix!.click();
		const dialog = lastModal();
		expectInert(dialog.modalEl);
		expect(dialog.contentEl.textContent).toContain(`Point the links to "Alias ${IMG}" in 2 notes at ${IMG}?`);
		clickModalButton(/^Fix links in 2 notes$/);
		await quiet(app);
		// A target that cannot be a file name: the notice quotes it.
		const create = panel(app).querySelector<HTMLElement>(`.anc-target[data-key="${SCRIPT.toLowerCase()}"] .anc-action-create`);
		expect(create).not.toBeNull();
		create!.click();
		await quiet(app);
		expect(Notice.messages.some((m) => m.includes(`"${SCRIPT}" cannot be a file name as is`))).toBe(true);
		for (const n of document.querySelectorAll(".notice")) expectInert(n);
		expect([...document.querySelectorAll(".notice")].some((n) => n.textContent?.includes(SCRIPT))).toBe(true);
	});

	test("settings tab: ignored targets and section names from note text are literal text", async () => {
		plugin.settings.ignoredTargets.push(IMG, SCRIPT);
		const tab = app.setting.openTabById("aws-notes-coach");
		expectInert(tab.containerEl);
		expect(tab.containerEl.textContent).toContain(`${IMG}, ${SCRIPT}`);
	});
});

describe("quiz modal with hostile text in every field", () => {
	afterEach(() => {
		for (const m of [...openModals]) m.close();
	});

	test("prompt, choices, answers, explanation, source and the missed list are literal text", async () => {
		const { createApp } = await import("../obsidian-double/obsidian");
		const app = createApp({});
		const q = (i: number, multi: boolean, typed: boolean) => ({
			id: `q${i}`,
			kind: "which-service" as const,
			type: "term" as const,
			prompt: `Which service ${IMG} ${SCRIPT} ${JS_LINK}?`,
			choices: typed ? [] : [IMG, SCRIPT, JS_LINK, "<a href=javascript:alert(1)>x</a>"],
			answers: [multi ? IMG : SCRIPT, ...(multi ? [SCRIPT] : [])],
			multi,
			typed,
			explanation: `Because ${IMG} says so: ${SCRIPT}`,
			source: { line: 3, text: SCRIPT },
		});
		const quiz: Quiz = { note: HOSTILE_NOTE, seed: 1, questions: [q(1, false, false), q(2, true, false), q(3, false, true)], reason: null };
		const modal = new QuizModal(app as never, quiz, {
			newQuiz: () => quiz,
			showInNote: () => undefined,
			save: async () => HOSTILE_NOTE,
			copy: async () => undefined,
			flashcards: () => "",
			lastScore: null,
			onFinish: () => undefined,
		});
		modal.open();
		const all = modal.modalEl;
		expectInert(all);
		expect(modal.contentEl.querySelector(".anc-quiz-prompt")?.textContent).toBe(`Which service ${IMG} ${SCRIPT} ${JS_LINK}?`);
		expect([...modal.contentEl.querySelectorAll(".anc-quiz-choice-text")].map((c) => c.textContent)).toEqual(q(1, false, false).choices);
		modal.pick(0); // wrong
		expectInert(all);
		expect(modal.contentEl.querySelector(".anc-quiz-verdict")?.textContent).toBe(`Not quite. Answer: ${SCRIPT}`);
		expect(modal.contentEl.querySelector(".anc-quiz-explanation")?.textContent).toBe(`Because ${IMG} says so: ${SCRIPT}`);
		modal.next();
		modal.pick(2);
		modal.primary();
		expectInert(all);
		modal.next();
		expectInert(all);
		modal.answer(IMG);
		expectInert(all);
		modal.next();
		expectInert(all);
		expect([...modal.contentEl.querySelectorAll(".anc-quiz-missed li")].map((li) => li.firstChild?.textContent)).toContain(`Which service ${IMG} ${SCRIPT} ${JS_LINK}?`);
		expect(modal.contentEl.textContent).toContain(`Answer: ${SCRIPT}`);
	});
});

describe("no network, no eval", () => {
	const guards = ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "eval", "Function"] as const;
	const saved = new Map<string, unknown>();
	const calls: string[] = [];

	beforeEach(() => {
		calls.length = 0;
		networkAttempts.length = 0;
		// The bundle reaches fetch and eval through Node's global object, which is not happy-dom's window here.
		const g = globalThis as unknown as Record<string, unknown>;
		for (const name of guards) {
			saved.set(name, g[name]);
			g[name] = new Proxy(function () {}, {
				apply: () => {
					calls.push(name);
					throw new Error(`${name} called`);
				},
				construct: () => {
					calls.push(`new ${name}`);
					throw new Error(`new ${name} called`);
				},
			});
		}
		saved.set("sendBeacon", navigator.sendBeacon);
		(navigator as unknown as Record<string, unknown>).sendBeacon = () => {
			calls.push("sendBeacon");
			return false;
		};
	});
	afterEach(() => {
		const g = globalThis as unknown as Record<string, unknown>;
		for (const name of guards) g[name] = saved.get(name);
		(navigator as unknown as Record<string, unknown>).sendBeacon = saved.get("sendBeacon");
	});

	test.each(VARIANTS)("a whole session (%s) calls no network or eval entry point", async (variant) => {
		const { app } = await bootPlugin(FILES, variant);
		try {
			await openNote(app, "AWS/Amazon S3.md");
			for (const c of app.commands.listCommands()) {
				if (app.commands.isCommandAvailable(c.id)) await app.commands.runCommandById(c.id);
				await quiet(app);
				for (const m of [...openModals]) {
					const confirm = [...m.contentEl.querySelectorAll("button")].find((b) => b.classList.contains("mod-cta"));
					if (confirm && !m.modalEl.classList.contains("anc-quiz-modal")) confirm.click();
					else m.close();
				}
				await quiet(app);
			}
			await openPanel(app, "missing");
			await openPanel(app, "template");
			app.setting.openTabById("aws-notes-coach");
		} finally {
			await shutdown(app);
		}
		expect(calls).toEqual([]);
		expect(networkAttempts).toEqual([]);
	});
});

describe("CLI output carries no terminal control sequences from notes", () => {
	let vault: string;
	const ESC = "\u001b";

	beforeEach(() => {
		vault = mkdtempSync(join(tmpdir(), "anc-esc-"));
		mkdirSync(join(vault, "AWS"), { recursive: true });
		// Clear the screen, set the window title, and a right-to-left override, in a file name, a link and a heading.
		writeFileSync(join(vault, "AWS", `Amazon ${ESC}[2J ${ESC}]0;pwned\u0007 name.md`), `## **Overview** ${ESC}[31mred${ESC}[0m\n- [[Target ${ESC}]52;c;cHduZWQ=\u0007 here]] \u202Eevil\n`);
	});
	afterEach(() => rmSync(vault, { recursive: true, force: true }));

	test.each([
		["check", []],
		["missing", []],
		["parse", ["note"]],
		["quiz", ["note", "--count", "3"]],
	] as const)("%s: control characters are shown escaped, not sent to the terminal", (command, extra) => {
		const note = `AWS/Amazon ${ESC}[2J ${ESC}]0;pwned\u0007 name.md`;
		const argv = [command, vault, ...extra.map((a) => (a === "note" ? note : a))];
		const r = run(argv);
		expect(r.code, r.stderr).toBeLessThan(2);
		const out = r.stdout + r.stderr;
		expect(out.replace(/[\t\n]/g, "")).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
		if (command !== "quiz") expect(out).toContain("\\x1b[2J");
		// JSON output stays exact (JSON escapes control characters itself) and parses back.
		const json = run([...argv, "--json"]);
		expect(json.stdout).not.toContain(ESC);
		JSON.parse(json.stdout);
	});
});
