// The browser test (`npm run test:browser`, after `npm run preview` has built preview/dist/):
// opens the preview page (the real plugin in the obsidian double, over the example vault) in
// headless Chromium, in the light and the dark theme, and checks what a person would see and do:
// the panel's two tabs, expanding a target, opening a note at a line, the status bar item, and a
// whole quiz answered with the keyboard and the mouse, wrong and right, up to "Retry missed".
// Screenshots of each step are written to docs/screenshots/ only when asked
// (`npm run test:browser -- --update-screenshots`), so a plain run leaves the tree clean.
//
// Chromium is Debian's /usr/bin/chromium (CHROMIUM_PATH to override), installed with apt-get when
// missing; never a browser download. Without it the test is skipped (exit 0) unless CI is set.
// Exit code 1 on any failed check. The unit suite (vitest) never depends on this file.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { serve } from "../../preview/serve.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = join(ROOT, "preview", "dist");
const SHOTS = join(ROOT, "docs", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const REQUIRED = Boolean(process.env.CI) && !["0", "false"].includes(String(process.env.CI).toLowerCase());
const WRITE_SHOTS = process.argv.includes("--update-screenshots");
const TIME_LIMIT_MS = 120_000;

const EFS = "AWS/Storage/Amazon EFS.md";
const EKS = "AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md";
const CLOUDFORMATION = "AWS/Management/AWS CloudFormation.md";
const CLOUDTRAIL = "AWS/Management/AWS CloudTrail.md";
const PANEL = '.workspace-leaf-content[data-type="aws-notes-coach-panel"]';

// ---- Chromium ----------------------------------------------------------------------------------

function apt(args) {
	return spawnSync("apt-get", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

/** Installs Debian's chromium (and, best effort, the Inter font Obsidian uses) when missing; returns a reason when it cannot. */
function ensureChromium() {
	if (existsSync(CHROMIUM)) {
		interFont();
		return null;
	}
	if (process.env.CHROMIUM_PATH) return `CHROMIUM_PATH=${CHROMIUM} does not exist`;
	if (spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status !== 0) return "apt-get is not available to install chromium";
	console.log("chromium is missing: installing Debian's package with apt-get");
	let r = apt(["install", "-y", "-q", "chromium"]);
	if (r.status !== 0) {
		apt(["update", "-q"]);
		r = apt(["install", "-y", "-q", "chromium"]);
	}
	if (r.status !== 0 || !existsSync(CHROMIUM)) return `apt-get install chromium failed: ${(r.stderr || r.stdout || "").trim().split("\n").slice(-2).join(" ")}`;
	interFont();
	return null;
}

/** Obsidian's interface font, so screenshots look like the app; best effort (the page falls back to system fonts). */
function interFont() {
	const fonts = spawnSync("fc-list", [":family=Inter"], { encoding: "utf8" });
	if (fonts.status !== 0 || fonts.stdout.trim() !== "") return;
	if (spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status !== 0) return;
	console.log("installing the Inter font (fonts-inter) for the screenshots");
	apt(["install", "-y", "-q", "fonts-inter"]);
}

// ---- checks ------------------------------------------------------------------------------------

let passed = 0;
let failed = 0;
const shots = [];

class Abort extends Error {}

async function step(name, fn) {
	try {
		await fn();
		passed++;
		console.log(`  ok    ${name}`);
	} catch (e) {
		failed++;
		console.log(`  FAIL  ${name}\n        ${String(e?.message ?? e).split("\n").join("\n        ")}`);
		throw new Abort(name);
	}
}

const text = async (locator) => ((await locator.textContent()) ?? "").trim();

/** Screenshot of `what` (a locator, padded by `pad` pixels inside the viewport, or "page"). */
async function shot(page, name, what, pad = 0) {
	if (!WRITE_SHOTS) return;
	await page.mouse.move(8, 790); // park the pointer on the empty ribbon: no hover highlight in the picture
	const path = join(SHOTS, `${name}.png`);
	if (what === "page") await page.screenshot({ path });
	else {
		const box = await what.boundingBox();
		assert.ok(box, `${name}: nothing to photograph`);
		const vp = page.viewportSize();
		const x = Math.max(0, Math.floor(box.x - pad));
		const y = Math.max(0, Math.floor(box.y - pad));
		const clip = { x, y, width: Math.min(vp.width, Math.ceil(box.x + box.width + pad)) - x, height: Math.min(vp.height, Math.ceil(box.y + box.height + pad)) - y };
		await page.screenshot({ path, clip });
	}
	shots.push(path);
}

/** The status bar is a thin strip: photographed at twice the pixel density, on a fresh page at `url`, so it reads well. */
async function statusBarShot(browser, url, name, expected) {
	if (!WRITE_SHOTS) return;
	const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 2 });
	try {
		await page.goto(url);
		await waitReady(page);
		const status = page.locator(".status-bar .anc-status");
		await status.waitFor({ state: "visible" });
		assert.equal(await text(status), expected);
		await page.mouse.move(8, 790);
		const path = join(SHOTS, `${name}.png`);
		await page.locator(".status-bar").screenshot({ path });
		shots.push(path);
	} finally {
		await page.close();
	}
}

/** The rendered colour of a CSS variable, to compare with what an element shows. */
function cssColor(page, variable) {
	return page.evaluate((v) => {
		const probe = document.body.appendChild(document.createElement("span"));
		probe.style.color = `var(${v})`;
		const c = getComputedStyle(probe).color;
		probe.remove();
		return c;
	}, variable);
}

async function waitReady(page) {
	await page.waitForSelector("body[data-ready], body[data-error]", { timeout: 20_000 });
	const error = await page.evaluate(() => document.body.getAttribute("data-error"));
	assert.equal(error, null, `the preview failed to start: ${error}`);
}

/** Opens a note the way the page's own code does (set-up, not the thing under test). */
async function openNote(page, path) {
	await page.evaluate((p) => window.__anc.openNote(p), path);
	await page.locator(".mod-root .view-header-title", { hasText: path.split("/").pop().replace(/\.md$/, "") }).waitFor();
}

/** A page in a theme, with a short default timeout; page errors and console errors are collected. */
async function openPage(browser, theme, width = 1200) {
	const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1, colorScheme: theme });
	page.setDefaultTimeout(5_000);
	const errors = [];
	page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
	page.on("console", (m) => {
		if (m.type() === "error") errors.push(`console error: ${m.text()}`);
	});
	return { page, errors };
}

/** A flow stopped: count it (a failed step counted itself) and show the page's errors. */
function flowFailed(e, errors) {
	if (!(e instanceof Abort)) {
		failed++;
		console.log(`  FAIL  ${e?.stack ?? e}`);
	}
	if (errors.length > 0) console.log(`        page errors:\n        ${errors.join("\n        ")}`);
}

// ---- the flow, once per theme --------------------------------------------------------------------

async function runTheme(browser, url, theme) {
	console.log(`\n${theme} theme`);
	const { page, errors } = await openPage(browser, theme);
	const panel = page.locator(PANEL);
	const counts = panel.locator("[data-role=counts]");
	const modal = page.locator(".modal.anc-quiz-modal");
	const sfx = `-${theme}`;

	try {
		await step("the page starts: the plugin loads in the double and the theme applies", async () => {
			await page.goto(`${url}?theme=${theme}&note=${encodeURIComponent(EFS)}`);
			await waitReady(page);
			const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			assert.equal(bg, theme === "dark" ? "rgb(30, 30, 30)" : "rgb(255, 255, 255)");
			await page.locator(".mod-root .view-header-title", { hasText: "Amazon EFS" }).waitFor();
		});

		await step("Missing notes tab: counts, services first, AWS WAF with its kind and a count badge", async () => {
			await panel.waitFor({ state: "visible" });
			assert.equal(await text(panel.locator(".anc-tab.is-active")), "Missing notes");
			assert.match(await text(counts), /^\d+ link targets to look at: \d+ missing, \d+ alias only, \d+ empty, \d+ under another name$/);
			const groups = await panel.locator("[data-group]").evaluateAll((els) => els.map((e) => e.getAttribute("data-group")));
			assert.deepEqual(groups, ["services", "other"]);
			assert.match(await text(panel.locator('[data-group="services"] > .anc-group-title')), /^Service notes \(\d+\)$/);
			const waf = panel.locator('[data-key="aws waf"]');
			await waf.waitFor({ state: "visible" });
			assert.equal(await text(waf.locator(".anc-target-name")), "AWS WAF");
			assert.equal(await text(waf.locator(".anc-kind")), "No note");
			assert.match(await text(waf.locator(".anc-badge")), /^[1-9]\d*$/);
			// Kind badges are coloured from the theme (styles.css is loaded and uses the variables).
			assert.equal(await waf.locator(".anc-kind").evaluate((e) => getComputedStyle(e).color), await cssColor(page, "--text-error"));
			// The badge sits on the name's row, inside the panel; nothing overflows sideways.
			const [name, badge, box] = await Promise.all([waf.locator(".anc-target-name").boundingBox(), waf.locator(".anc-badge").boundingBox(), panel.boundingBox()]);
			assert.ok(badge.x > name.x + name.width && badge.x + badge.width <= box.x + box.width, "count badge right of the name, inside the panel");
			assert.ok(Math.abs(badge.y + badge.height / 2 - (name.y + name.height / 2)) < 6, "count badge on the name's line");
			const overflow = await panel.locator(".anc-panel").evaluate((e) => e.scrollWidth - e.clientWidth);
			assert.ok(overflow <= 0, `panel overflows sideways by ${overflow}px`);
			assert.equal(await waf.locator(".anc-refs").count(), 0, "collapsed at first");
			await shot(page, `window${sfx}`, "page");
			await shot(page, `panel-missing${sfx}`, page.locator(".mod-right-split"));
		});

		let ref = { path: "", line: 0 };
		await step("typing in the filter box narrows the list to matching targets", async () => {
			const all = await panel.locator(".anc-target").count();
			await panel.locator(".anc-filter").click();
			await page.keyboard.type("waf");
			await page.waitForFunction((n) => document.querySelectorAll(".anc-target").length < n, all);
			const names = await panel.locator(".anc-target-name").allTextContents();
			assert.ok(names.length >= 1 && names.every((n) => /waf/i.test(n)), `targets shown: ${names.join(", ")}`);
			assert.equal(await panel.locator(".anc-filter").evaluate((e) => document.activeElement === e), true, "the filter box keeps the focus while the list redraws");
		});

		await step("clicking a target expands it: every linking line with its note and line number", async () => {
			const waf = panel.locator('[data-key="aws waf"]');
			const badge = Number(await text(waf.locator(".anc-badge")));
			await waf.locator(".anc-target-self").click();
			const refs = waf.locator(".anc-ref");
			await refs.first().waitFor({ state: "visible" });
			assert.ok((await refs.count()) >= badge, "at least one reference per linking note");
			assert.equal(await waf.locator(".collapse-icon.is-collapsed").count(), 0, "chevron turned open");
			for (const r of await refs.all()) {
				assert.match(await text(r.locator(".anc-ref-path")), /^.+:\d+$/);
				assert.match(await text(r.locator(".anc-ref-text")), /WAF/);
			}
			ref = { path: await refs.first().getAttribute("data-path"), line: Number(await refs.first().getAttribute("data-line")) };
			await shot(page, `panel-missing-expanded${sfx}`, page.locator(".mod-right-split"));
		});

		await step("clicking a reference opens the linking note at that line", async () => {
			await panel.locator('[data-key="aws waf"] .anc-ref').first().click();
			const base = ref.path.split("/").pop().replace(/\.md$/, "");
			await page.locator(".mod-root .view-header-title", { hasText: base }).waitFor();
			const mark = page.locator(".mod-root .pv-cursor-line");
			await mark.waitFor();
			assert.equal(Number(await mark.getAttribute("data-line")), ref.line);
			assert.match(await text(mark), /WAF/);
			await panel.locator(".anc-filter").fill("");
			await panel.locator('[data-key="aws glue"]').waitFor();
		});

		let issues = 0;
		await step("the status bar says the open note's template result", async () => {
			await openNote(page, EFS);
			const status = page.locator(".status-bar .anc-status");
			await status.waitFor({ state: "visible" });
			const s = await text(status);
			const m = /^Template: (ok|(\d+) issues?)$/.exec(s);
			assert.ok(m, `status bar text "${s}"`);
			issues = m[2] ? Number(m[2]) : 0;
			assert.ok(issues > 0, "Amazon EFS lacks a template section");
			await statusBarShot(page.context().browser(), page.url(), `status-bar${sfx}`, s);
		});

		await step("clicking the status bar item opens the Template tab: conformance and the note's findings", async () => {
			await page.locator(".status-bar .anc-status").click();
			await panel.locator(".anc-tab.is-active", { hasText: "Template" }).waitFor();
			assert.match(await text(counts), /^\d+ of 34 notes follow the template · \d+ errors?, \d+ warnings?$/);
			const efs = panel.locator(`.anc-report[data-path="${EFS}"]`);
			await efs.waitFor({ state: "visible" });
			assert.equal(Number(await text(efs.locator(".anc-badge"))), issues, "the report lists as many findings as the status bar says");
			assert.equal(await efs.locator(".anc-finding").count(), issues);
			const first = efs.locator(".anc-finding").first();
			assert.match(await text(first.locator(".anc-finding-line")), /^\d+$/);
			assert.ok((await text(first.locator(".anc-finding-rule"))).length > 0);
			assert.ok((await text(first.locator(".anc-finding-message"))).length > 0);
			assert.ok((await panel.locator(".anc-report").count()) >= 2);
			await panel.locator(".anc-panel").evaluate((e) => (e.scrollTop = 0));
			await shot(page, `panel-template${sfx}`, page.locator(".mod-right-split"));
		});

		await step("the rule filter keeps only that rule; a finding opens its note at its line", async () => {
			await panel.locator(".anc-rule-filter").selectOption("duplicate-section");
			const rules = await panel.locator(".anc-finding").evaluateAll((els) => els.map((e) => e.getAttribute("data-rule")));
			assert.ok(rules.length > 0 && rules.every((r) => r === "duplicate-section"), `rules shown: ${rules.join(", ")}`);
			await panel.locator(".anc-rule-filter").selectOption("all");
			const finding = panel.locator(`.anc-report[data-path="${EFS}"] .anc-finding`).first();
			const line = Number(await finding.getAttribute("data-line"));
			await openNote(page, EKS);
			await finding.click();
			await page.locator(".mod-root .view-header-title", { hasText: "Amazon EFS" }).waitFor();
			const mark = page.locator(".mod-root .pv-cursor-line");
			await mark.waitFor();
			assert.ok(Number(await mark.getAttribute("data-line")) <= line);
		});

		await step("the Missing notes tab comes back on click, with the same counts", async () => {
			await panel.locator(".anc-tab", { hasText: "Missing notes" }).click();
			await panel.locator(".anc-tab.is-active", { hasText: "Missing notes" }).waitFor();
			assert.match(await text(counts), /link targets to look at/);
			await openNote(page, EKS);
			assert.match(await text(page.locator(".status-bar .anc-status")), /^Template: (ok|\d+ issues?)$/);
		});

		await step("the Coverage tab asks for the exam, then shows a bar per category and each service's state", async () => {
			await panel.locator(".anc-tab", { hasText: "Coverage" }).click();
			await panel.locator(".anc-tab.is-active", { hasText: "Coverage" }).waitFor();
			assert.equal(await text(counts), "Which exam do you study for?");
			await panel.locator(".anc-coverage-ask .anc-exam-picker").selectOption("saa");
			await panel.locator(".anc-coverage-row").first().waitFor();
			assert.match(await text(counts), /^\d+ of \d+ services have a complete note · \d+ with content, \d+ without a note$/);
			assert.equal(await panel.locator(".anc-controls .anc-exam-picker").inputValue(), "saa", "the header's picker shows the chosen exam");
			const containers = panel.locator('[data-category="Containers"]');
			assert.match(await text(containers.locator(".anc-coverage-figure")), /^\d+ of \d+ covered$/);
			const eks = panel.locator('[data-service="Amazon Elastic Kubernetes Service"]');
			assert.equal(await eks.getAttribute("data-state"), "complete");
			assert.equal(await text(eks.locator(".anc-kind")), "Complete");
			assert.equal(await eks.locator(".anc-kind").evaluate((e) => getComputedStyle(e).color), await cssColor(page, "--text-success"));
			const batch = panel.locator('[data-service="AWS Batch"]');
			assert.equal(await text(batch.locator(".anc-kind")), "No note");
			assert.equal(await batch.locator(".anc-kind").evaluate((e) => getComputedStyle(e).color), await cssColor(page, "--text-error"));
			assert.equal(await batch.locator(".anc-action-create").count(), 1);
			// The bar is drawn: its complete part has the width of complete / total.
			const [bar, done] = await Promise.all([containers.locator(".anc-coverage-bar").boundingBox(), containers.locator(".anc-coverage-bar-complete").boundingBox()]);
			assert.ok(bar.width > 100 && done.width > 0 && done.width < bar.width, `bar ${bar.width}px, complete part ${done.width}px`);
			const overflow = await panel.locator(".anc-panel").evaluate((e) => e.scrollWidth - e.clientWidth);
			assert.ok(overflow <= 0, `panel overflows sideways by ${overflow}px`);
			await panel.locator(".anc-panel").evaluate((e) => (e.scrollTop = 0));
			await shot(page, `panel-coverage${sfx}`, page.locator(".mod-right-split"));
		});

		await step("a coverage row opens its note; the state filter keeps one state", async () => {
			await panel.locator('[data-service="Amazon Elastic Kubernetes Service"]').click();
			await page.locator(".mod-root .view-header-title", { hasText: "Amazon Elastic Kubernetes Service (EKS)" }).waitFor();
			await panel.locator(".anc-coverage-state").selectOption("no-note");
			const states = await panel.locator(".anc-coverage-row").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-state")))]);
			assert.deepEqual(states, ["no-note"]);
			await panel.locator(".anc-coverage-state").selectOption("all");
			await panel.locator(".anc-tab", { hasText: "Missing notes" }).click();
			await panel.locator(".anc-tab.is-active", { hasText: "Missing notes" }).waitFor();
		});

		await runQuiz(page, panel, modal, sfx);

		await step("no errors in the page", async () => {
			const inPage = await page.evaluate(() => window.__anc.errors);
			assert.deepEqual([...errors, ...inPage], []);
		});
	} catch (e) {
		flowFailed(e, errors);
	} finally {
		await page.close();
	}
}

/** The template hints in a real CodeMirror editor (`?editor=1`): where they stand, their colours, Add. */
async function runEditor(browser, url, theme) {
	console.log(`\n${theme} theme, editor hints`);
	const { page, errors } = await openPage(browser, theme);
	const editor = page.locator(".mod-root .cm-editor");
	const widget = editor.locator(".anc-hint-missing");
	try {
		await step("a note missing a section shows the hint where the section belongs, in theme colours", async () => {
			await page.goto(`${url}?theme=${theme}&editor=1&note=${encodeURIComponent(CLOUDFORMATION)}`);
			await waitReady(page);
			await editor.waitFor();
			// CodeMirror draws only the lines in view: scroll down to where the section belongs.
			await page.waitForTimeout(300);
			await editor.locator(".cm-scroller").evaluate((el) => (el.scrollTop = el.scrollHeight));
			await widget.waitFor();
			await widget.evaluate((el) => el.scrollIntoView({ block: "center" }));
			assert.equal(await widget.count(), 1);
			assert.equal(await text(widget.locator(".anc-hint-label")), "Missing section: Use Cases");
			// A block widget right above the heading it precedes.
			const next = await widget.evaluate((el) => el.nextElementSibling?.textContent ?? "");
			assert.equal(next, "## **Exam Tips**");
			const colour = await widget.evaluate((el) => getComputedStyle(el).color);
			assert.equal(colour, await cssColor(page, "--text-muted"));
			await shot(page, `editor-hints-${theme}`, page.locator(".mod-root .workspace-leaf-content"), 0);
		});

		await step("Add inserts the heading in the note's style, and the hint goes", async () => {
			// The note already has such a line inside a code block: one more appears, where the widget was.
			const headings = editor.locator(".cm-line", { hasText: /^## \*\*Use Cases\*\*$/ });
			const before = await headings.count();
			await widget.locator(".anc-hint-button", { hasText: /^Add$/ }).click();
			await page.waitForFunction((n) => [...document.querySelectorAll(".mod-root .cm-line")].filter((l) => l.textContent === "## **Use Cases**").length === n + 1, before);
			// Heading, blank, the note's `---` habit, blank, then the section it precedes.
			const lines = await editor.locator(".cm-line").evaluateAll((els) => els.map((e) => e.textContent));
			const at = lines.lastIndexOf("## **Use Cases**");
			assert.deepEqual(lines.slice(at, at + 5), ["## **Use Cases**", "", "---", "", "## **Exam Tips**"]);
			await widget.waitFor({ state: "detached", timeout: 3_000 });
			// The new section is empty: its heading now carries that finding.
			const mark = editor.locator(".cm-line.anc-hint-mark", { hasText: "Use Cases" });
			await mark.waitFor({ timeout: 3_000 });
			assert.match((await mark.getAttribute("title")) ?? "", /Expected content under "Use Cases"/);
		});

		await step("a duplicated heading is marked, its tooltip says where the first one is", async () => {
			await page.goto(`${url}?theme=${theme}&editor=1&note=${encodeURIComponent(CLOUDTRAIL)}`);
			await waitReady(page);
			const mark = editor.locator(".cm-line.anc-hint-mark");
			await page.waitForTimeout(300);
			await editor.locator(".cm-scroller").evaluate((el) => (el.scrollTop = el.scrollHeight));
			await mark.first().waitFor();
			const titles = await mark.evaluateAll((els) => els.map((e) => e.getAttribute("title")));
			assert.ok(titles.some((t) => /found a second one here \(the first is on line 34\)/.test(t ?? "")), titles.join(" | "));
			assert.equal(await widget.count(), 0);
		});

		await step("a note that follows the template has no hint at all", async () => {
			await page.goto(`${url}?theme=${theme}&editor=1&note=${encodeURIComponent(EKS)}`);
			await waitReady(page);
			await editor.waitFor();
			await page.waitForTimeout(500);
			for (const top of [0, 1e6]) {
				await editor.locator(".cm-scroller").evaluate((el, t) => (el.scrollTop = t), top);
				await page.waitForTimeout(100);
				assert.equal(await editor.locator(".anc-hint-missing, .anc-hint-mark").count(), 0);
			}
		});

		await step("no errors in the editor page", async () => {
			const inPage = await page.evaluate(() => window.__anc.errors);
			assert.deepEqual([...errors, ...inPage], []);
		});
	} catch (e) {
		flowFailed(e, []);
	} finally {
		await page.close();
	}
}

const quizState = (page) => page.evaluate(() => window.__anc.quiz());

/** What to answer: the right choices, or a wrong one, as a person would pick them. */
function plan(q, right) {
	if (q.typed && q.choices.length === 0) return { typed: right ? q.answers[0] : "no idea at all" };
	if (q.multi) {
		const correct = q.choices.map((c, i) => (q.answers.includes(c) ? i : -1)).filter((i) => i >= 0);
		const wrong = q.choices.findIndex((c) => !q.answers.includes(c));
		return { picks: right ? correct : wrong >= 0 ? [wrong] : correct.slice(0, 1) };
	}
	const i = right ? q.choices.findIndex((c) => q.answers.includes(c)) : q.choices.findIndex((c) => !q.answers.includes(c));
	return { picks: [i] };
}

/** Answers the current question with the keyboard or the mouse; returns whether the answer was meant to be right. */
async function answer(page, modal, q, right, how) {
	let p = plan(q, right);
	const input = modal.locator(".anc-quiz-input");
	if (q.typed && q.choices.length > 0) {
		// Typed question that also offers choices: the keyboard types, the mouse asks for the choices.
		assert.equal(await input.count(), 1, "typed question shows an answer box");
		if (how === "mouse") {
			await modal.locator(".anc-quiz-show-choices").click();
			await modal.locator(".anc-quiz-choice").first().waitFor();
			p = plan({ ...q, typed: false }, right);
		} else p = { typed: right ? q.answers[0] : "no idea at all" };
	}
	if (p.typed !== undefined) {
		if (how === "keyboard") {
			await page.waitForFunction(() => document.activeElement?.classList.contains("anc-quiz-input"));
			await page.keyboard.type(p.typed);
			await page.keyboard.press("Enter");
		} else {
			await input.click();
			await input.fill(p.typed);
			await modal.locator(".anc-quiz-check").click();
		}
		return;
	}
	const buttons = modal.locator(".anc-quiz-choice");
	const shown = await buttons.evaluateAll((els) => els.map((e) => e.querySelector(".anc-quiz-choice-text")?.textContent ?? ""));
	assert.deepEqual(shown, q.choices, "the choices shown are the question's, in order");
	const keys = await buttons.evaluateAll((els) => els.map((e) => e.querySelector(".anc-quiz-key")?.textContent ?? ""));
	assert.deepEqual(keys, q.choices.map((_, i) => String(i + 1)), "each choice shows its number key");
	assert.ok(p.picks.every((i) => i >= 0), "a choice to pick");
	for (const i of p.picks) {
		if (how === "keyboard") await page.keyboard.press(String(i + 1));
		else await buttons.nth(i).click();
	}
	if (q.multi) {
		assert.equal(await modal.locator(".anc-quiz-choice.is-selected").count(), p.picks.length, "selected choices are marked");
		if (how === "keyboard") await page.keyboard.press("Enter");
		else await modal.locator(".anc-quiz-check").click();
	}
}

async function answerRound(page, modal, total, wrongAt, sfx, photos) {
	let correct = 0;
	for (let i = 0; i < total; i++) {
		const q = await quizState(page);
		assert.equal(q.phase, "question");
		assert.equal(await text(modal.locator(".anc-quiz-progress")), `${i + 1} of ${total}`);
		assert.ok(q.prompt.length > 0, "a question to ask");
		assert.equal(await text(modal.locator(".anc-quiz-prompt")), q.prompt.trim(), "the question is shown");
		const right = !wrongAt(i);
		const how = i % 2 === 0 ? "keyboard" : "mouse";
		const feedback = modal.locator(".anc-quiz-feedback");
		try {
			await answer(page, modal, q, right, how);
			await feedback.waitFor({ state: "visible" });
		} catch (e) {
			throw new Error(`question ${i + 1} of ${total} (${q.kind}${q.multi ? ", select all" : ""}${q.typed ? ", typed" : ""}) answered ${right ? "right" : "wrong"} with the ${how}: ${e.message}`);
		}
		const verdict = await text(feedback.locator(".anc-quiz-verdict"));
		if (right) assert.equal(verdict, "Correct", `question ${i + 1} (${q.kind}, ${how}) answered right`);
		else assert.match(verdict, /^Not quite\. Answer: .+/, `question ${i + 1} (${q.kind}, ${how}) answered wrong`);
		assert.equal(await feedback.getAttribute("class"), `anc-quiz-feedback ${right ? "is-correct" : "is-wrong"}`);
		assert.match(await text(feedback.locator(".anc-quiz-source")), /^Show in note \(line \d+\)$/);
		const choices = modal.locator(".anc-quiz-choice");
		if ((await choices.count()) > 0) {
			const marked = await modal.locator(".anc-quiz-choice.is-correct .anc-quiz-choice-text").allTextContents();
			assert.ok(marked.length > 0 && marked.every((c) => q.answers.includes(c)), "the right choices turn green");
			if (!right) assert.ok((await modal.locator(".anc-quiz-choice.is-wrong").count()) > 0, "the wrong pick turns red");
			assert.ok(await choices.first().isDisabled(), "choices are locked after answering");
		}
		if (right) correct++;
		const isChoice = (await choices.count()) > 0;
		if (photos && right && !photos.correct && isChoice) {
			photos.correct = true;
			await shot(page, `quiz-correct${sfx}`, modal, 20);
		}
		if (photos && !right && !photos.wrong && isChoice) {
			photos.wrong = true;
			await shot(page, `quiz-wrong${sfx}`, modal, 20);
		}
		const next = modal.locator(".anc-quiz-next");
		assert.equal(await text(next), i + 1 < total ? "Next" : "See score");
		if (how === "keyboard") await page.keyboard.press("Enter");
		else await next.click();
		if (i + 1 < total) await modal.locator(".anc-quiz-progress", { hasText: `${i + 2} of ${total}` }).waitFor();
	}
	return correct;
}

async function runQuiz(page, panel, modal, sfx) {
	let total = 0;
	await step("“Quiz me on this note” opens the quiz on the open note: progress, kind, question, choices", async () => {
		await panel.locator(".anc-quiz-button").click();
		await modal.waitFor({ state: "visible" });
		assert.equal(await text(modal.locator(".modal-title")), "Quiz");
		const m = /^1 of (\d+)$/.exec(await text(modal.locator(".anc-quiz-progress")));
		assert.ok(m, "progress 1 of N");
		total = Number(m[1]);
		assert.ok(total >= 3, `a quiz of ${total} questions`);
		assert.ok((await text(modal.locator(".anc-quiz-kind"))).length > 0);
		assert.ok((await modal.locator(".anc-quiz-choice").count()) >= 2 || (await modal.locator(".anc-quiz-input").count()) === 1);
		// The modal fits the window.
		const box = await modal.boundingBox();
		assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1200 && box.y + box.height <= 800, "modal inside the window");
		await shot(page, `quiz-question${sfx}`, modal, 20);
	});

	const wrongAt = (i) => i % 3 === 1;
	let correct = 0;
	await step("every question answered, alternating keyboard (number keys, Enter) and mouse, with feedback each time", async () => {
		correct = await answerRound(page, modal, total, wrongAt, sfx, {});
	});

	const missed = total - correct;
	await step("the final score counts the right answers and lists the missed questions", async () => {
		const score = modal.locator(".anc-quiz-score");
		await score.waitFor({ state: "visible" });
		assert.equal(await text(score), `${correct} of ${total} correct (${Math.round((correct / total) * 100)}%)`);
		assert.equal(await modal.locator(".anc-quiz-missed > li").count(), missed);
		for (const b of ["Retry missed", "New quiz", "Save quiz as note", "Copy as flashcards"]) {
			assert.equal(await modal.locator(".anc-quiz-buttons button", { hasText: b }).count(), 1, `button “${b}”`);
		}
		await shot(page, `quiz-score${sfx}`, modal, 20);
	});

	await step("“Retry missed” asks the missed questions again; all right gives 100%", async () => {
		await modal.locator(".anc-quiz-retry").click();
		await modal.locator(".anc-quiz-progress", { hasText: `1 of ${missed}` }).waitFor();
		const again = await answerRound(page, modal, missed, () => false, sfx, null);
		assert.equal(again, missed);
		assert.equal(await text(modal.locator(".anc-quiz-score")), `${missed} of ${missed} correct (100%)`);
		assert.equal(await modal.locator(".anc-quiz-retry").count(), 0, "nothing left to retry");
	});

	await step("“More questions” asks the questions the quiz held back, each marked so; then none are left", async () => {
		const button = modal.locator(".anc-quiz-more");
		assert.equal(await button.count(), 1, "the note has questions held back");
		const m = /^More questions \((\d+)\)$/.exec(await text(button));
		assert.ok(m, "the button says how many");
		const held = Number(m[1]);
		await button.click();
		await modal.locator(".anc-quiz-progress", { hasText: `1 of ${held}` }).waitFor();
		assert.match(await text(modal.locator(".anc-quiz-extra")), /another answer may be right too/);
		await answerRound(page, modal, held, () => false, sfx, null);
		await modal.locator(".anc-quiz-score").waitFor({ state: "visible" });
		assert.equal(await modal.locator(".anc-quiz-more").count(), 0, "asked once");
	});

	await step("Escape closes the quiz", async () => {
		await page.keyboard.press("Escape");
		await modal.waitFor({ state: "detached" });
		assert.equal(await page.locator(".modal-container:not([hidden])").count(), 0, "no modal left open");
	});
}

/** The study loop: a practice exam walked to the end from the Study tab, then Progress; wide and phone-narrow. */
async function runStudy(browser, url, theme, width) {
	const narrow = width < 600;
	console.log(`\n${theme} theme, study${narrow ? `, ${width}px wide` : ""}`);
	const { page, errors } = await openPage(browser, theme, width);
	const panel = page.locator(PANEL);
	const counts = panel.locator("[data-role=counts]");
	const exam = page.locator(".modal.anc-exam-modal");
	const sfx = `-${theme}`;
	const setting = (name) => panel.locator(".setting-item").filter({ has: page.locator(".setting-item-name", { hasText: new RegExp(`^${name}$`) }) });
	const noOverflow = async (locator, what) => {
		const [overflow, culprit] = await locator.evaluate((e) => {
			const right = e.getBoundingClientRect().right;
			const wide = [...e.querySelectorAll("*")].filter((c) => c.getBoundingClientRect().right > right + 0.5).pop();
			return [e.scrollWidth - e.clientWidth, wide ? `${wide.tagName.toLowerCase()}.${[...wide.classList].join(".")}` : ""];
		});
		assert.ok(overflow <= 0, `${what} overflows sideways by ${overflow}px (${culprit})`);
	};
	try {
		await step("the Study tab: nothing answered yet, the set form, an empty progress", async () => {
			await page.goto(`${url}?theme=${theme}&note=${encodeURIComponent(EKS)}`);
			await waitReady(page);
			await panel.waitFor({ state: "visible" });
			await panel.locator(".anc-tab", { hasText: "Study" }).click();
			await panel.locator(".anc-tab.is-active", { hasText: "Study" }).waitFor();
			assert.equal(await text(counts), "0 questions due for review · 0 answers in the last 30 days");
			assert.match(await text(panel.locator(".anc-set-summary")), /^\d+ notes in this set\.$/);
			assert.equal(await text(panel.locator(".anc-study-progress .anc-chart-empty").first()), "No answers yet.");
		});

		await step("a practice exam starts from the form: question 1 of 6, the countdown, no feedback", async () => {
			await setting("Mode").locator("select").selectOption("exam");
			await setting("Questions").locator("input").fill("6");
			await setting("Time limit \\(minutes\\)").locator("input").fill("10");
			await panel.locator("button", { hasText: "Start exam" }).click();
			await exam.waitFor({ state: "visible" });
			assert.equal(await text(exam.locator(".modal-title")), "Practice exam");
			assert.equal(await text(exam.locator(".anc-exam-position")), "Question 1 of 6");
			assert.match(await text(exam.locator(".anc-exam-clock")), /^(10:00|9:5\d)$/);
			if (narrow) await noOverflow(exam.locator(".anc-exam"), "the exam");
			await shot(page, `exam-question${sfx}${narrow ? "-narrow" : ""}`, exam, 20);
		});

		await step("every question answered by keyboard, one flagged; the review screen lists them", async () => {
			for (let i = 0; i < 6; i++) {
				assert.equal(await text(exam.locator(".anc-exam-position")), `Question ${i + 1} of 6`);
				if ((await exam.locator(".anc-exam-choice").count()) > 0) {
					await page.keyboard.press("1");
					assert.equal(await exam.locator(".anc-exam-choice.is-selected").count(), 1);
				} else {
					await exam.locator(".anc-exam-input").fill("an answer");
					await exam.locator(".anc-exam-input").blur();
				}
				assert.equal(await exam.locator(".is-correct, .is-wrong").count(), 0, "no feedback before the end");
				if (i === 1) await exam.locator(".anc-exam-flag").click();
				await page.keyboard.press("Enter");
			}
			await exam.locator(".anc-exam-group-answered").waitFor();
			assert.match(await text(exam.locator(".anc-exam-group-answered .anc-exam-group-title")), /^Answered \(6\)$/);
			assert.match(await text(exam.locator(".anc-exam-group-flagged .anc-exam-group-title")), /^Flagged \(1\)$/);
		});

		await step("submitting shows the score against the pass mark, per category, and every question", async () => {
			await exam.locator(".anc-exam-submit").click();
			const headline = exam.locator(".anc-exam-headline");
			await headline.waitFor();
			assert.match(await text(headline), /^(Passed|Not passed): \d+% \(\d of 6\), pass mark 72%$/);
			assert.ok((await exam.locator(".anc-exam-categories .anc-chart-row").count()) >= 1);
			assert.equal(await exam.locator(".anc-exam-item").count(), 6);
			await exam.locator(".anc-exam-item").first().scrollIntoViewIfNeeded();
			await exam.locator(".modal-content").evaluate((e) => (e.scrollTop = 0));
			await shot(page, `exam-result${sfx}${narrow ? "-narrow" : ""}`, exam, 20);
			await page.keyboard.press("Escape");
			await exam.waitFor({ state: "detached" });
		});

		await step("Progress: the exam's score on the line, accuracy per category, answers today", async () => {
			await panel.locator(".anc-study-progress").waitFor();
			assert.match(await text(counts), /^\d+ questions? due for review · 6 answers in the last 30 days$/);
			assert.equal(await panel.locator(".anc-chart-dot").count(), 1);
			assert.ok((await panel.locator(".anc-study-progress .anc-chart-row").count()) >= 1);
			assert.ok((await panel.locator(".anc-study-weak").count()) >= 1);
			assert.equal(await panel.locator(".anc-chart-column").count(), 30);
			await noOverflow(panel.locator(".anc-panel"), "the panel");
			await panel.locator(".anc-study-progress").scrollIntoViewIfNeeded();
			await shot(page, `panel-study${sfx}${narrow ? "-narrow" : ""}`, page.locator(".mod-right-split"));
		});

		await step("no errors in the page", async () => {
			const inPage = await page.evaluate(() => window.__anc.errors);
			assert.deepEqual([...errors, ...inPage], []);
		});
	} catch (e) {
		flowFailed(e, errors);
	} finally {
		await page.close();
	}
}

// ---- main --------------------------------------------------------------------------------------

async function main() {
	const started = Date.now();
	if (!existsSync(join(DIST, "index.html"))) {
		console.error("preview/dist is missing: run `npm run preview` first (`npm run test:browser` does both).");
		process.exit(2);
	}
	const missing = ensureChromium();
	if (missing) {
		if (REQUIRED) {
			console.error(`browser test: ${missing}, and CI requires it`);
			process.exit(1);
		}
		console.log(`browser test skipped: ${missing}`);
		process.exit(0);
	}
	const { chromium } = await import("playwright-core");
	const server = await serve(DIST);
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
	});
	// A stuck page must not hang CI: stop the whole run after the time limit (the timer is unref'd).
	AbortSignal.timeout(TIME_LIMIT_MS).addEventListener("abort", () => {
		console.error(`browser test: over ${TIME_LIMIT_MS / 1000}s, stopping`);
		process.exit(1);
	});
	if (WRITE_SHOTS) mkdirSync(SHOTS, { recursive: true });
	try {
		for (const theme of ["light", "dark"]) await runTheme(browser, server.url, theme);
		for (const theme of ["light", "dark"]) await runEditor(browser, server.url, theme);
		for (const theme of ["light", "dark"]) await runStudy(browser, server.url, theme, 1200);
		await runStudy(browser, server.url, "light", 420);
	} finally {
		await browser.close();
		await server.close();
	}
	if (WRITE_SHOTS) {
		const bytes = readdirSync(SHOTS).filter((f) => f.endsWith(".png")).reduce((n, f) => n + statSync(join(SHOTS, f)).size, 0);
		console.log(`\n${shots.length} screenshots in docs/screenshots/ (${(bytes / 1024).toFixed(0)} KB in all)`);
	}
	console.log(`browser test: ${((Date.now() - started) / 1000).toFixed(1)}s`);
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed > 0 ? 1 : 0);
}

await main();
