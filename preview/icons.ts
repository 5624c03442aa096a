/**
 * The double's `setIcon` gives an empty `<svg data-icon="...">`: the preview draws the few icons
 * the page shows, in Lucide's style (24×24, stroked), so the screenshots look like Obsidian.
 * Unknown ids stay empty, as they would in the double.
 */

type Shape = [tag: "path" | "circle" | "rect" | "line", attrs: Record<string, string>];

const p = (d: string): Shape => ["path", { d }];

const ICONS: Record<string, Shape[]> = {
	cloud: [p("M17.5 19H9a7 7 0 1 1 6.71-9h1.79a4.5 4.5 0 1 1 0 9Z")],
	"graduation-cap": [p("M22 10v6"), p("M2 10l10-5 10 5-10 5z"), p("M6 12v5c3 3 9 3 12 0v-5")],
	// Obsidian's collapse chevron: drawn pointing down, turned by CSS when collapsed.
	"right-triangle": [p("M3 8L12 17L21 8")],
	document: [p("M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z"), p("M14 2v4a2 2 0 0 0 2 2h4"), p("M16 13H8"), p("M16 17H8"), p("M10 9H8")],
	search: [["circle", { cx: "11", cy: "11", r: "8" }], p("m21 21-4.3-4.3")],
	files: [p("M20 7h-3a2 2 0 0 1-2-2V2"), p("M9 18a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h7l4 4v10a2 2 0 0 1-2 2Z"), p("M3 7.6v12.8A1.6 1.6 0 0 0 4.6 22h9.8")],
	bookmark: [p("m19 21-7-4-7 4V5a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v16z")],
	"git-fork": [["circle", { cx: "12", cy: "18", r: "3" }], ["circle", { cx: "6", cy: "6", r: "3" }], ["circle", { cx: "18", cy: "6", r: "3" }], p("M18 9v2c0 .6-.4 1-1 1H7c-.6 0-1-.4-1-1V9"), p("M12 12v3")],
	calendar: [["rect", { x: "3", y: "4", width: "18", height: "18", rx: "2" }], p("M16 2v4"), p("M8 2v4"), p("M3 10h18")],
	terminal: [p("m4 17 6-6-6-6"), p("M12 19h8")],
	link: [p("M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"), p("M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71")],
	"list-tree": [p("M21 12h-8"), p("M21 6H8"), p("M21 18h-8"), p("M3 6v4c0 1.1.9 2 2 2h3"), p("M3 10v6c0 1.1.9 2 2 2h3")],
	"sidebar-left": [["rect", { x: "3", y: "3", width: "18", height: "18", rx: "2" }], p("M9 3v18")],
	"sidebar-right": [["rect", { x: "3", y: "3", width: "18", height: "18", rx: "2" }], p("M15 3v18")],
	"book-open": [p("M2 3h6a4 4 0 0 1 4 4v14a3 3 0 0 0-3-3H2z"), p("M22 3h-6a4 4 0 0 0-4 4v14a3 3 0 0 1 3-3h7z")],
	x: [p("M18 6 6 18"), p("m6 6 12 12")],
};

/** Fills every empty icon `svg` under `root`. */
export function drawIcons(root: ParentNode): void {
	for (const svg of Array.from(root.querySelectorAll<SVGSVGElement>("svg.svg-icon[data-icon]"))) {
		if (svg.childNodes.length > 0) continue;
		const shapes = ICONS[svg.getAttribute("data-icon") ?? ""];
		if (!shapes) continue;
		for (const [tag, attrs] of shapes) svg.createSvg(tag, { attr: attrs });
	}
}

/** A new icon element, as `setIcon` would make it (for the preview's own window furniture). */
export function icon(parent: HTMLElement, id: string, cls = ""): HTMLElement {
	const holder = parent.createDiv({ cls });
	const svg = holder.createSvg("svg", { cls: ["svg-icon", `lucide-${id}`], attr: { "data-icon": id, viewBox: "0 0 24 24" } });
	void svg;
	return holder;
}

/** Keeps icons drawn as views and modals render (they redraw with `empty()` + `createEl`). */
export function watchIcons(root: HTMLElement): void {
	drawIcons(root);
	new MutationObserver(() => drawIcons(root)).observe(root, { childList: true, subtree: true });
}
