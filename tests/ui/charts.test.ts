// @vitest-environment happy-dom
/**
 * The Progress view's charts: bar widths follow the values, unknown values show an empty track,
 * the day chart has a column per day scaled to the busiest day, the score line has a dot per exam
 * and the pass mark where it belongs; empty input gives a message; every chart is labelled.
 */
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import { DAY_CHART, SCORE_CHART, drawBarChart, drawDayChart, drawScoreLine, type DayCount } from "../../src/ui/charts";

let parent: HTMLElement;
beforeEach(() => {
	parent = createDiv();
});

function widthOf(el: Element | null): string {
	return (el as HTMLElement).style.width;
}

function days(counts: number[]): DayCount[] {
	return counts.map((count, i) => ({ date: `2026-11-${String(i + 1).padStart(2, "0")}`, count }));
}

const thirty = Array.from({ length: 30 }, (_, i) => (i * 7) % 13);

describe("drawBarChart", () => {
	test("a row per bar, fill width matching the value, percentage and detail", () => {
		const root = drawBarChart(parent, [
			{ label: "Compute", value: 0.75, detail: "18 of 24 right" },
			{ label: "Storage", value: 0.125, detail: "1 of 8 right" },
		]);
		expect(root.parentElement).toBe(parent);
		const rows = root.querySelectorAll(".anc-chart-row");
		expect(rows).toHaveLength(2);
		expect(rows[0].querySelector(".anc-chart-label")!.textContent).toBe("Compute");
		expect(widthOf(rows[0].querySelector(".anc-chart-track > .anc-chart-fill"))).toBe("75%");
		expect(widthOf(rows[1].querySelector(".anc-chart-fill"))).toBe("12.5%");
		expect(rows[0].querySelector(".anc-chart-figure")!.textContent).toBe("75%");
		expect(rows[1].querySelector(".anc-chart-figure")!.textContent).toBe("13%");
		expect(rows[0].querySelector(".anc-chart-detail")!.textContent).toBe("18 of 24 right");
		expect(rows[0].getAttribute("title")).toBe("Compute: 75%, 18 of 24 right");
	});

	test("an unknown value draws an empty track with no answers yet", () => {
		const root = drawBarChart(parent, [{ label: "Networking", value: null, detail: "" }]);
		const row = root.querySelector(".anc-chart-row")!;
		expect(row.classList.contains("is-unknown")).toBe(true);
		expect(row.querySelector(".anc-chart-track")).not.toBeNull();
		expect(row.querySelector(".anc-chart-fill")).toBeNull();
		expect(row.textContent).toContain("No answers yet");
		expect(row.querySelector(".anc-chart-detail")).toBeNull();
		expect(row.getAttribute("title")).toBe("Networking: no answers yet");
	});

	test("values are clamped to 0..1 and NaN counts as unknown", () => {
		const root = drawBarChart(parent, [
			{ label: "Over", value: 1.7, detail: "" },
			{ label: "Under", value: -0.2, detail: "" },
			{ label: "NaN", value: Number.NaN, detail: "" },
			{ label: "Infinite", value: Number.POSITIVE_INFINITY, detail: "" },
		]);
		const rows = root.querySelectorAll(".anc-chart-row");
		expect(widthOf(rows[0].querySelector(".anc-chart-fill"))).toBe("100%");
		expect(rows[0].querySelector(".anc-chart-figure")!.textContent).toBe("100%");
		expect(widthOf(rows[1].querySelector(".anc-chart-fill"))).toBe("0%");
		for (const row of [rows[2], rows[3]]) {
			expect(row.querySelector(".anc-chart-fill")).toBeNull();
			expect(row.textContent).toContain("No answers yet");
		}
	});

	test("role and label, default and given", () => {
		const root = drawBarChart(parent, [{ label: "Compute", value: 0.5, detail: "" }]);
		expect(root.getAttribute("role")).toBe("img");
		expect(root.getAttribute("aria-label")).toBe("Accuracy per category");
		const other = drawBarChart(parent, [{ label: "Compute", value: 0.5, detail: "" }], { ariaLabel: "Accuracy per domain" });
		expect(other.getAttribute("aria-label")).toBe("Accuracy per domain");
	});

	test("no bars: a muted message, still returned", () => {
		const root = drawBarChart(parent, []);
		expect(root.parentElement).toBe(parent);
		expect(root.classList.contains("anc-chart-empty")).toBe(true);
		expect(root.textContent).toBe("No answers yet.");
		expect(root.querySelector(".anc-chart-row")).toBeNull();
	});
});

describe("drawDayChart", () => {
	test("30 columns, heights proportional to the counts, today's column last", () => {
		const root = drawDayChart(parent, days(thirty));
		const svg = root.querySelector("svg")!;
		expect(svg.getAttribute("viewBox")).toBe(`0 0 ${DAY_CHART.width} ${DAY_CHART.height}`);
		expect(svg.getAttribute("width")).toBe("100%");
		expect(svg.getAttribute("preserveAspectRatio")).toBeTruthy();
		const columns = Array.from(svg.querySelectorAll("rect.anc-chart-column"));
		expect(columns).toHaveLength(30);
		const max = Math.max(...thirty);
		const full = DAY_CHART.bottom - DAY_CHART.top;
		columns.forEach((c, i) => {
			const h = Number(c.getAttribute("height"));
			expect(h).toBeCloseTo((thirty[i] / max) * full, 1);
			expect(Number(c.getAttribute("y")) + h).toBeCloseTo(DAY_CHART.bottom, 1);
		});
		// Left to right in the order given; the last is today.
		const xs = columns.map((c) => Number(c.getAttribute("x")));
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(columns[29].classList.contains("is-today")).toBe(true);
		expect(columns[29].getAttribute("data-date")).toBe("2026-11-30");
	});

	test("each column has a title with its figure; the max is labelled once", () => {
		const counts = new Array<number>(30).fill(0);
		counts[3] = 1;
		counts[10] = 12;
		const root = drawDayChart(parent, days(counts));
		const columns = root.querySelectorAll("rect.anc-chart-column");
		expect(columns[10].querySelector("title")!.textContent).toBe("2026-11-11: 12 answers");
		expect(columns[3].querySelector("title")!.textContent).toBe("2026-11-04: 1 answer");
		expect(columns[0].querySelector("title")!.textContent).toBe("2026-11-01: 0 answers");
		const labels = root.querySelectorAll("text.anc-chart-max");
		expect(labels).toHaveLength(1);
		expect(labels[0].textContent).toBe("12");
		const centre = Number(columns[10].getAttribute("x")) + Number(columns[10].getAttribute("width")) / 2;
		expect(Number(labels[0].getAttribute("x"))).toBeCloseTo(centre, 1);
		expect(Number(columns[10].getAttribute("height"))).toBeCloseTo(DAY_CHART.bottom - DAY_CHART.top, 1);
	});

	test("negative and NaN counts are drawn as zero; a day without answers has no height", () => {
		const counts = new Array<number>(30).fill(0);
		counts[0] = -5;
		counts[1] = Number.NaN;
		counts[2] = 4;
		const root = drawDayChart(parent, days(counts));
		const columns = root.querySelectorAll("rect.anc-chart-column");
		expect(Number(columns[0].getAttribute("height"))).toBe(0);
		expect(Number(columns[1].getAttribute("height"))).toBe(0);
		expect(columns[1].querySelector("title")!.textContent).toBe("2026-11-02: 0 answers");
		expect(root.querySelector("text.anc-chart-max")!.textContent).toBe("4");
	});

	test("no answers at all: 30 flat columns and no max label", () => {
		const root = drawDayChart(parent, days(new Array<number>(30).fill(0)));
		const columns = Array.from(root.querySelectorAll("rect.anc-chart-column"));
		expect(columns).toHaveLength(30);
		expect(columns.every((c) => Number(c.getAttribute("height")) === 0)).toBe(true);
		expect(root.querySelector("text.anc-chart-max")).toBeNull();
	});

	test("role, label and SVG title", () => {
		const root = drawDayChart(parent, days(thirty));
		expect(root.getAttribute("role")).toBe("img");
		expect(root.getAttribute("aria-label")).toBe("Answers per day, last 30 days");
		expect(root.querySelector("svg > title")!.textContent).toBe("Answers per day, last 30 days");
		const other = drawDayChart(parent, days(thirty), { ariaLabel: "Answers per day in November" });
		expect(other.getAttribute("aria-label")).toBe("Answers per day in November");
		expect(other.querySelector("svg > title")!.textContent).toBe("Answers per day in November");
	});

	test("no days: a muted message", () => {
		const root = drawDayChart(parent, []);
		expect(root.parentElement).toBe(parent);
		expect(root.textContent).toBe("No answers yet.");
		expect(root.querySelector("svg")).toBeNull();
	});
});

describe("drawScoreLine", () => {
	const points = [
		{ date: "2026-11-01", percent: 55, label: "Practice exam 1" },
		{ date: "2026-11-08", percent: 72, label: "Practice exam 2" },
		{ date: "2026-11-15", percent: 100, label: "Practice exam 3" },
		{ date: "2026-11-22", percent: 0, label: "Practice exam 4" },
	];

	test("a dot per exam, a line through them, the pass mark at the right height", () => {
		const root = drawScoreLine(parent, points, 72);
		const svg = root.querySelector("svg")!;
		expect(svg.getAttribute("viewBox")).toBe(`0 0 ${SCORE_CHART.width} ${SCORE_CHART.height}`);
		expect(svg.getAttribute("width")).toBe("100%");
		const dots = Array.from(svg.querySelectorAll("circle.anc-chart-dot"));
		expect(dots).toHaveLength(4);
		const cy = dots.map((d) => Number(d.getAttribute("cy")));
		expect(cy[2]).toBeCloseTo(SCORE_CHART.top, 1); // 100%
		expect(cy[3]).toBeCloseTo(SCORE_CHART.bottom, 1); // 0%
		const pass = svg.querySelector("line.anc-chart-pass")!;
		expect(Number(pass.getAttribute("y1"))).toBe(Number(pass.getAttribute("y2")));
		// An exam at exactly the pass mark sits on the line.
		expect(Number(pass.getAttribute("y1"))).toBeCloseTo(cy[1], 1);
		const expected = SCORE_CHART.top + 0.28 * (SCORE_CHART.bottom - SCORE_CHART.top);
		expect(Number(pass.getAttribute("y1"))).toBeCloseTo(expected, 1);
		expect(root.querySelector(".anc-chart-legend")!.textContent).toBe("Pass mark 72%");
		expect(root.querySelector(".anc-chart-dates")!.textContent).toBe("2026-11-012026-11-22");
		// Dots left to right; the polyline goes through each.
		const cx = dots.map((d) => Number(d.getAttribute("cx")));
		expect(cx).toEqual([...cx].sort((a, b) => a - b));
		const line = svg.querySelector("polyline.anc-chart-line")!.getAttribute("points")!;
		expect(line).toBe(dots.map((d) => `${d.getAttribute("cx")},${d.getAttribute("cy")}`).join(" "));
		expect(dots.map((d) => d.classList.contains("is-pass"))).toEqual([false, true, true, false]);
		expect(dots[0].classList.contains("is-fail")).toBe(true);
	});

	test("each dot has a title with its score", () => {
		const root = drawScoreLine(parent, points, 72);
		const titles = Array.from(root.querySelectorAll("circle.anc-chart-dot > title")).map((t) => t.textContent);
		expect(titles).toEqual(["Practice exam 1, 2026-11-01: 55%", "Practice exam 2, 2026-11-08: 72%", "Practice exam 3, 2026-11-15: 100%", "Practice exam 4, 2026-11-22: 0%"]);
	});

	test("scores are clamped to 0..100 and NaN scores skipped; the pass mark too", () => {
		const root = drawScoreLine(
			parent,
			[
				{ date: "2026-11-01", percent: 140, label: "A" },
				{ date: "2026-11-02", percent: Number.NaN, label: "B" },
				{ date: "2026-11-03", percent: -10, label: "C" },
			],
			150,
		);
		const dots = root.querySelectorAll("circle.anc-chart-dot");
		expect(dots).toHaveLength(2);
		expect(Number(dots[0].getAttribute("cy"))).toBeCloseTo(SCORE_CHART.top, 1);
		expect(Number(dots[1].getAttribute("cy"))).toBeCloseTo(SCORE_CHART.bottom, 1);
		expect(dots[0].querySelector("title")!.textContent).toBe("A, 2026-11-01: 100%");
		expect(Number(root.querySelector("line.anc-chart-pass")!.getAttribute("y1"))).toBeCloseTo(SCORE_CHART.top, 1);
	});

	test("one exam: a single dot in the middle, no line; no pass mark when it is not a number", () => {
		const root = drawScoreLine(parent, [{ date: "2026-11-01", percent: 80, label: "Practice exam 1" }], Number.NaN);
		const dots = root.querySelectorAll("circle.anc-chart-dot");
		expect(dots).toHaveLength(1);
		expect(Number(dots[0].getAttribute("cx"))).toBeCloseTo((SCORE_CHART.left + SCORE_CHART.right) / 2, 1);
		expect(root.querySelector("polyline")).toBeNull();
		expect(root.querySelector("line.anc-chart-pass")).toBeNull();
		expect(root.querySelector(".anc-chart-legend")).toBeNull();
	});

	test("role, label and SVG title", () => {
		const root = drawScoreLine(parent, points, 72);
		expect(root.getAttribute("role")).toBe("img");
		expect(root.getAttribute("aria-label")).toBe("Exam scores");
		expect(root.querySelector("svg > title")!.textContent).toBe("Exam scores");
		expect(drawScoreLine(parent, points, 72, { ariaLabel: "SAA-C03 scores" }).getAttribute("aria-label")).toBe("SAA-C03 scores");
	});

	test("no exams, or only NaN scores: a muted message", () => {
		for (const input of [[], [{ date: "2026-11-01", percent: Number.NaN, label: "A" }]]) {
			const root = drawScoreLine(parent, input, 72);
			expect(root.parentElement).toBe(parent);
			expect(root.textContent).toBe("No exams yet.");
			expect(root.querySelector("svg")).toBeNull();
		}
	});
});

test("labels are inserted as text, never as markup", () => {
	const source = readFileSync("src/ui/charts.ts", "utf8");
	expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|DOMParser|createContextualFragment/);
	const root = drawBarChart(parent, [{ label: "<b>Compute</b>", value: 0.5, detail: "<img src=x>" }]);
	expect(root.querySelector("b, img")).toBeNull();
	expect(root.textContent).toContain("<b>Compute</b>");
});
