/** A dropdown among a panel tab's controls (a sort, a filter). */

/**
 * Adds a `<select>` to `parent`: its options as [value, label], `value` selected. A change hands the
 * chosen value to `set`, then redraws.
 */
export function picker<T extends string>(
	parent: HTMLElement,
	attrs: { cls: string; label: string },
	options: readonly (readonly [T, string])[],
	value: T,
	set: (v: T) => void,
	redraw: () => void,
): HTMLSelectElement {
	const select = parent.createEl("select", { cls: `dropdown ${attrs.cls}`, attr: { "aria-label": attrs.label } });
	for (const [v, text] of options) select.createEl("option", { text, value: v });
	select.value = value;
	select.addEventListener("change", () => {
		const chosen = options.find(([v]) => v === select.value);
		if (chosen) set(chosen[0]);
		redraw();
	});
	return select;
}
