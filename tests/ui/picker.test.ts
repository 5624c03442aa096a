// @vitest-environment happy-dom
/** The panel tabs' sort and filter dropdown. */
import { describe, expect, test, vi } from "vitest";
import "../obsidian-double/obsidian";
import { picker } from "../../src/ui/picker";

describe("picker", () => {
	test("shows its options with the value selected, labelled for screen readers", () => {
		const parent = document.createElement("div");
		const select = picker(parent, { cls: "anc-sort", label: "Sort" }, [["references", "Most referenced"], ["name", "Name"]] as const, "name", () => undefined, () => undefined);
		expect(select.parentElement).toBe(parent);
		expect(select.classList.contains("dropdown") && select.classList.contains("anc-sort")).toBe(true);
		expect(select.getAttribute("aria-label")).toBe("Sort");
		expect([...select.options].map((o) => [o.value, o.text])).toEqual([["references", "Most referenced"], ["name", "Name"]]);
		expect(select.value).toBe("name");
	});

	test("a change hands on the value chosen, typed as an option, then redraws", () => {
		const parent = document.createElement("div");
		const order: string[] = [];
		const set = vi.fn((v: "state" | "name") => order.push(`set ${v}`));
		const select = picker(parent, { cls: "anc-coverage-sort", label: "Sort" }, [["state", "By state"], ["name", "By name"]] as const, "state", set, () => order.push("redraw"));
		select.value = "name";
		select.dispatchEvent(new Event("change"));
		expect(order).toEqual(["set name", "redraw"]);
	});
});
