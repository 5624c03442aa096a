/**
 * A small reading-view rendering of a note for the preview's editor area: frontmatter as
 * properties, headings, nested lists, tables, callouts, code, bold/italic/code spans and links.
 * Everything is set as text (never HTML). Each block keeps its 1-based source line in
 * `data-line`, so "open the note at line N" can be shown by marking that line.
 */
import type { App } from "../tests/obsidian-double/obsidian";

const INLINE = /(\*\*[^*]+?\*\*|\[\[[^\]]+\]\]|\[[^\]]+\]\([^)\s]+\)|`[^`]+`|\*[^*\s][^*]*\*|(?<![\w/])#[A-Za-z][\w/-]*)/g;

function inline(app: App, parent: HTMLElement, text: string, sourcePath: string): void {
	let last = 0;
	for (const m of text.matchAll(INLINE)) {
		const at = m.index ?? 0;
		if (at > last) parent.appendText(text.slice(last, at));
		last = at + m[0].length;
		const t = m[0];
		if (t.startsWith("**")) inline(app, parent.createEl("strong"), t.slice(2, -2), sourcePath);
		else if (t.startsWith("[[")) {
			const body = t.slice(2, -2);
			const bar = body.indexOf("|");
			const target = bar >= 0 ? body.slice(0, bar) : body;
			const label = bar >= 0 ? body.slice(bar + 1) : body;
			const path = target.split("#")[0];
			const resolved = app.metadataCache.getFirstLinkpathDest(path, sourcePath);
			const a = parent.createEl("a", { cls: ["internal-link", ...(resolved ? [] : ["is-unresolved"])], text: label, attr: { "data-href": target } });
			a.addEventListener("click", (ev) => {
				ev.preventDefault();
				void app.workspace.openLinkText(target, sourcePath);
			});
		} else if (t.startsWith("[")) {
			const close = t.indexOf("](");
			// Shown as a link, but the page stays offline: no href.
			parent.createEl("a", { cls: "external-link", text: t.slice(1, close), attr: { title: t.slice(close + 2, -1) } });
		} else if (t.startsWith("`")) parent.createEl("code", { text: t.slice(1, -1) });
		else if (t.startsWith("#")) parent.createEl("a", { cls: "tag", text: t });
		else inline(app, parent.createEl("em"), t.slice(1, -1), sourcePath);
	}
	if (last < text.length) parent.appendText(text.slice(last));
}

function frontmatterEnd(lines: string[]): number {
	if (lines[0] !== "---") return 0;
	for (let i = 1; i < lines.length; i++) if (lines[i] === "---" || lines[i] === "...") return i + 1;
	return 0;
}

/** Renders `text` (the note at `sourcePath`) into `el`, replacing its content. */
export function renderNote(app: App, el: HTMLElement, text: string, sourcePath: string, title: string): void {
	el.empty();
	const sizer = el.createDiv({ cls: "markdown-preview-view pv-note" }).createDiv({ cls: "markdown-preview-sizer" });
	sizer.createDiv({ cls: "inline-title", text: title });
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	const start = frontmatterEnd(lines);
	const file = app.vault.getFileByPath(sourcePath);
	const fm = file ? app.metadataCache.getFileCache(file)?.frontmatter : undefined;
	if (start > 0 && fm) {
		const props = sizer.createDiv({ cls: "metadata-container", attr: { "data-line": "1" } });
		props.createDiv({ cls: "metadata-properties-heading", text: "Properties" });
		for (const [key, value] of Object.entries(fm)) {
			if (key === "position") continue;
			const row = props.createDiv({ cls: "metadata-property" });
			row.createDiv({ cls: "metadata-property-key", text: key });
			const values = row.createDiv({ cls: "metadata-property-value" });
			for (const v of Array.isArray(value) ? value : [value]) values.createSpan({ cls: "multi-select-pill", text: String(v) });
		}
	}
	let i = start;
	while (i < lines.length) {
		const line = lines[i];
		const n = i + 1;
		if (line.trim() === "") {
			i++;
			continue;
		}
		if (/^(-{3,}|\*{3,}|_{3,})\s*$/.test(line)) {
			sizer.createEl("hr", { attr: { "data-line": String(n) } });
			i++;
			continue;
		}
		const h = /^(#{1,6})\s+(.*)$/.exec(line);
		if (h) {
			inline(app, sizer.createEl(`h${h[1].length}` as "h2", { attr: { "data-line": String(n) } }), h[2], sourcePath);
			i++;
			continue;
		}
		if (line.startsWith("```")) {
			const body: string[] = [];
			for (i++; i < lines.length && !lines[i].startsWith("```"); i++) body.push(lines[i]);
			i++;
			sizer.createEl("pre", { attr: { "data-line": String(n) } }).createEl("code", { text: body.join("\n") });
			continue;
		}
		if (line.startsWith(">")) {
			const quote = sizer.createEl("blockquote", { attr: { "data-line": String(n) } });
			for (; i < lines.length && lines[i].startsWith(">"); i++) {
				const content = lines[i].replace(/^>\s?/, "");
				const callout = /^\[!(\w+)\][+-]?\s*(.*)$/.exec(content);
				if (callout) quote.createDiv({ cls: "pv-callout-title", text: callout[2] || callout[1] });
				else inline(app, quote.createDiv({ attr: { "data-line": String(i + 1) } }), content, sourcePath);
			}
			continue;
		}
		if (line.startsWith("|")) {
			const table = sizer.createEl("table", { attr: { "data-line": String(n) } });
			for (; i < lines.length && lines[i].startsWith("|"); i++) {
				const cells = lines[i].replace(/^\||\|\s*$/g, "").split("|").map((c) => c.trim());
				if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
				const row = table.createEl("tr", { attr: { "data-line": String(i + 1) } });
				for (const c of cells) inline(app, row.createEl(table.rows.length === 1 ? "th" : "td"), c, sourcePath);
			}
			continue;
		}
		const li = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(line);
		if (li) {
			const depth = li[1].replace(/ {2,4}/g, "\t").length;
			const item = sizer.createDiv({ cls: "pv-li", attr: { "data-line": String(n), "data-depth": String(Math.min(depth, 4)) } });
			item.createSpan({ cls: "pv-bullet", text: /\d/.test(li[2]) ? li[2] : "•" });
			const task = /^\[( |x|X)\]\s+(.*)$/.exec(li[3]);
			if (task) {
				const box = item.createEl("input", { attr: { type: "checkbox", disabled: true } });
				box.checked = task[1] !== " ";
				inline(app, item.createSpan(), task[2], sourcePath);
			} else inline(app, item.createSpan(), li[3], sourcePath);
			i++;
			continue;
		}
		inline(app, sizer.createDiv({ cls: "pv-p", attr: { "data-line": String(n) } }), line.replace(/\s+$/, ""), sourcePath);
		i++;
	}
}

/** Marks the block at or just before the 1-based `line` and scrolls it into view. */
export function markLine(el: HTMLElement, line: number): HTMLElement | null {
	for (const old of Array.from(el.querySelectorAll(".pv-cursor-line"))) old.removeClass("pv-cursor-line");
	let best: HTMLElement | null = null;
	for (const block of Array.from(el.querySelectorAll<HTMLElement>("[data-line]"))) {
		const n = Number(block.getAttribute("data-line"));
		if (n <= line && (!best || n >= Number(best.getAttribute("data-line")))) best = block;
	}
	if (best) {
		best.addClass("pv-cursor-line");
		best.scrollIntoView({ block: "center" });
	}
	return best;
}
