import { afterEach, describe, expect, test, vi } from "vitest";
import { debounce, getFrontMatterInfo, networkAttempts, normalizePath, parseFrontMatterAliases, parseFrontMatterTags, parseLinktext, requestUrl } from "../obsidian-double/obsidian";

describe("normalizePath", () => {
	test.each([
		["folder/note.md", "folder/note.md"],
		["/folder/note.md", "folder/note.md"],
		["folder/note.md/", "folder/note.md"],
		["//a///b//", "a/b"],
		["a\\b\\c.md", "a/b/c.md"],
		["a\\/\\b", "a/b"],
		["", "/"],
		["/", "/"],
		["a\u00A0b\u202Fc.md", "a b c.md"],
		["Cafe\u0301.md", "Caf\u00E9.md"],
		["./a/../b", "./a/../b"],
	])("%j → %j", (input, expected) => {
		expect(normalizePath(input)).toBe(expected);
	});
});

describe("debounce", () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	test("runs once with the latest arguments; cancel drops a pending run", () => {
		vi.useFakeTimers();
		const calls: number[] = [];
		const d = debounce((n: number) => calls.push(n), 100);
		d(1);
		d(2);
		vi.advanceTimersByTime(99);
		expect(calls).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(calls).toEqual([2]);
		d(3);
		d.cancel();
		vi.advanceTimersByTime(500);
		expect(calls).toEqual([2]);
	});

	test("without resetTimer later calls do not delay the run; with it they do", () => {
		vi.useFakeTimers();
		const plain: number[] = [];
		const reset: number[] = [];
		const p = debounce((n: number) => plain.push(n), 100);
		const r = debounce((n: number) => reset.push(n), 100, true);
		p(1);
		r(1);
		vi.advanceTimersByTime(60);
		p(2);
		r(2);
		vi.advanceTimersByTime(60);
		expect(plain).toEqual([2]);
		expect(reset).toEqual([]);
		vi.advanceTimersByTime(40);
		expect(reset).toEqual([2]);
	});

	test("run() fires a pending call at once", () => {
		const calls: string[] = [];
		const d = debounce((s: string) => calls.push(s), 10_000);
		d("now");
		d.run();
		expect(calls).toEqual(["now"]);
	});
});

describe("small helpers", () => {
	test("parseLinktext splits at the first #", () => {
		expect(parseLinktext("EC2#Pricing#Spot")).toEqual({ path: "EC2", subpath: "#Pricing#Spot" });
		expect(parseLinktext("EC2")).toEqual({ path: "EC2", subpath: "" });
	});

	test("frontmatter tags and aliases accept lists and strings", () => {
		expect(parseFrontMatterTags({ tags: "aws, compute" })).toEqual(["#aws", "#compute"]);
		expect(parseFrontMatterTags({ tag: ["#aws"] })).toEqual(["#aws"]);
		expect(parseFrontMatterTags({})).toBeNull();
		expect(parseFrontMatterAliases({ aliases: "Elastic Compute Cloud, EC2" })).toEqual(["Elastic Compute Cloud", "EC2"]);
	});

	test("getFrontMatterInfo finds the YAML between the fences", () => {
		const text = "---\na: 1\n---\nBody";
		expect(getFrontMatterInfo(text)).toEqual({ exists: true, frontmatter: "a: 1\n", from: 4, to: 9, contentStart: 13 });
		expect(getFrontMatterInfo("Body").exists).toBe(false);
	});

	test("requestUrl throws and records the attempt: the plugin must not use the network", () => {
		expect(() => requestUrl({ url: "https://example.com" })).toThrow(/network/);
		expect(networkAttempts).toContain("https://example.com");
	});
});
