/**
 * Small charts for the *Progress* view, drawn with Obsidian's DOM helpers (no chart library):
 * - `drawBarChart`: horizontal bars in HTML, one row per bar, so they wrap in a narrow pane;
 * - `drawDayChart`: answers per day as SVG columns;
 * - `drawScoreLine`: exam scores over time as an SVG line with a dashed pass mark.
 * The SVGs have a `viewBox` and take the pane's width. Colours come only from the `anc-chart-*`
 * classes in styles.css (Obsidian's CSS variables), so light and dark themes both work.
 * Labels are always inserted as text.
 */

export interface Bar {
	label: string;
	/** 0..1, or null when unknown (drawn as an empty track with "No answers yet") */
	value: number | null;
	/** shown after the bar, e.g. "18 of 24 right" */
	detail: string;
}

export interface DayCount {
	/** "2026-12-04" */
	date: string;
	count: number;
}

export interface ScorePoint {
	date: string;
	/** 0..100 */
	percent: number;
	label: string;
}

export interface ChartOptions {
	/** What a screen reader announces for the whole chart. */
	ariaLabel?: string;
}

/** Geometry of the day chart, in viewBox units. */
export const DAY_CHART = { width: 300, height: 100, top: 14, bottom: 98 } as const;
/** Geometry of the score line, in viewBox units. */
export const SCORE_CHART = { width: 300, height: 114, left: 10, right: 290, top: 10, bottom: 110 } as const;

/** Keeps viewBox figures short: two decimals at most. */
function num(n: number): string {
	return String(Math.round(n * 100) / 100);
}

function clamp(n: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, n));
}

/** A share in 0..1, or null when unknown or not a number. */
function share(value: number | null): number | null {
	if (value === null || !Number.isFinite(value)) return null;
	return clamp(value, 0, 1);
}

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

function emptyMessage(parent: HTMLElement, text: string): HTMLElement {
	return parent.createDiv({ cls: "anc-chart anc-chart-empty", text });
}

/** The chart's root: announced as one image with a label. */
function chartRoot(parent: HTMLElement, cls: string, label: string): HTMLElement {
	return parent.createDiv({ cls: `anc-chart ${cls}`, attr: { role: "img", "aria-label": label } });
}

/** An SVG that scales to the pane's width, with a `<title>`. */
function chartSvg(root: HTMLElement, width: number, height: number, title: string): SVGSVGElement {
	const svg = root.createSvg("svg", {
		cls: "anc-chart-svg",
		attr: { viewBox: `0 0 ${width} ${height}`, width: "100%", preserveAspectRatio: "xMidYMid meet", focusable: "false" },
	});
	svg.createSvg("title").setText(title);
	return svg;
}

/** The first and last dates under a chart (one date when they are the same). */
function dateRow(root: HTMLElement, first: string, last: string): void {
	const row = root.createDiv({ cls: "anc-chart-dates" });
	row.createSpan({ text: first });
	if (last !== first) row.createSpan({ text: last });
}

/** Horizontal bars, one row per bar: label, a track with the filled share, the percentage and detail. */
export function drawBarChart(parent: HTMLElement, bars: readonly Bar[], options: ChartOptions = {}): HTMLElement {
	if (bars.length === 0) return emptyMessage(parent, "No answers yet.");
	const root = chartRoot(parent, "anc-chart-bars", options.ariaLabel ?? "Accuracy per category");
	for (const bar of bars) {
		const value = share(bar.value);
		const figure = value === null ? "No answers yet" : `${Math.round(value * 100)}%`;
		const title = value === null ? `${bar.label}: no answers yet` : `${bar.label}: ${figure}`;
		const row = root.createDiv({
			cls: value === null ? "anc-chart-row is-unknown" : "anc-chart-row",
			attr: { title: bar.detail ? `${title}, ${bar.detail}` : title },
		});
		row.createSpan({ cls: "anc-chart-label", text: bar.label });
		const track = row.createDiv({ cls: "anc-chart-track" });
		if (value !== null) track.createDiv({ cls: "anc-chart-fill" }).style.width = `${value * 100}%`;
		const text = row.createSpan({ cls: "anc-chart-text" });
		text.createSpan({ cls: "anc-chart-figure", text: figure });
		if (bar.detail) text.createSpan({ cls: "anc-chart-detail", text: bar.detail });
	}
	return root;
}

/** Answers per day: one column per day (30 days given, oldest first), height by count, the max labelled; today's column last. */
export function drawDayChart(parent: HTMLElement, days: readonly DayCount[], options: ChartOptions = {}): HTMLElement {
	if (days.length === 0) return emptyMessage(parent, "No answers yet.");
	const label = options.ariaLabel ?? `Answers per day, last ${days.length} days`;
	const root = chartRoot(parent, "anc-chart-days", label);
	const { width, top, bottom } = DAY_CHART;
	const svg = chartSvg(root, width, DAY_CHART.height, label);
	const counts = days.map((d) => (Number.isFinite(d.count) ? Math.max(0, d.count) : 0));
	const max = Math.max(...counts);
	const step = width / days.length;
	const barWidth = step * 0.7;
	svg.createSvg("line", { cls: "anc-chart-axis", attr: { x1: 0, x2: width, y1: bottom, y2: bottom } });
	let maxIndex = -1;
	days.forEach((day, i) => {
		const count = counts[i];
		const height = max > 0 ? (count / max) * (bottom - top) : 0;
		const x = i * step + (step - barWidth) / 2;
		const cls = ["anc-chart-column"];
		if (i === days.length - 1) cls.push("is-today");
		const column = svg.createSvg("rect", {
			cls,
			attr: { x: num(x), y: num(bottom - height), width: num(barWidth), height: num(height), "data-date": day.date, "data-count": count },
		});
		column.createSvg("title").setText(`${day.date}: ${plural(count, "answer", "answers")}`);
		if (max > 0 && count === max) maxIndex = i; // the latest day with the most answers
	});
	if (maxIndex >= 0) {
		const centre = maxIndex * step + step / 2;
		const anchor = centre < 15 ? "start" : centre > width - 15 ? "end" : "middle";
		const x = anchor === "start" ? maxIndex * step : anchor === "end" ? (maxIndex + 1) * step : centre;
		svg.createSvg("text", { cls: "anc-chart-max", attr: { x: num(x), y: top - 3, "text-anchor": anchor } }).setText(String(max));
	}
	dateRow(root, days[0].date, days[days.length - 1].date);
	return root;
}

/** Exam scores over time (given oldest first): a polyline with a dot per exam and a dashed horizontal line at the pass mark. */
export function drawScoreLine(parent: HTMLElement, points: readonly ScorePoint[], passPercent: number, options: ChartOptions = {}): HTMLElement {
	const shown = points.filter((p) => Number.isFinite(p.percent)).map((p) => ({ ...p, percent: clamp(p.percent, 0, 100) }));
	if (shown.length === 0) return emptyMessage(parent, "No exams yet.");
	const label = options.ariaLabel ?? "Exam scores";
	const root = chartRoot(parent, "anc-chart-scores", label);
	const { width, left, right, top, bottom } = SCORE_CHART;
	const svg = chartSvg(root, width, SCORE_CHART.height, label);
	const y = (percent: number): number => top + (1 - percent / 100) * (bottom - top);
	const x = (i: number): number => (shown.length === 1 ? (left + right) / 2 : left + (i * (right - left)) / (shown.length - 1));
	svg.createSvg("line", { cls: "anc-chart-axis", attr: { x1: 0, x2: width, y1: bottom, y2: bottom } });
	const pass = Number.isFinite(passPercent) ? clamp(passPercent, 0, 100) : null;
	if (pass !== null) {
		const py = num(y(pass));
		const line = svg.createSvg("line", { cls: "anc-chart-pass", attr: { x1: 0, x2: width, y1: py, y2: py } });
		line.createSvg("title").setText(`Pass mark: ${Math.round(pass)}%`);
	}
	if (shown.length > 1) {
		svg.createSvg("polyline", { cls: "anc-chart-line", attr: { points: shown.map((p, i) => `${num(x(i))},${num(y(p.percent))}`).join(" ") } });
	}
	shown.forEach((p, i) => {
		const cls = ["anc-chart-dot"];
		if (pass !== null) cls.push(p.percent >= pass ? "is-pass" : "is-fail");
		const dot = svg.createSvg("circle", { cls, attr: { cx: num(x(i)), cy: num(y(p.percent)), r: 3.5, "data-date": p.date } });
		const name = p.label ? `${p.label}, ${p.date}` : p.date;
		dot.createSvg("title").setText(`${name}: ${Math.round(p.percent)}%`);
	});
	dateRow(root, shown[0].date, shown[shown.length - 1].date);
	if (pass !== null) {
		const legend = root.createDiv({ cls: "anc-chart-legend" });
		legend.createSpan({ cls: "anc-chart-pass-swatch" });
		legend.createSpan({ cls: "anc-chart-pass-label", text: `Pass mark ${Math.round(pass)}%` });
	}
	return root;
}
