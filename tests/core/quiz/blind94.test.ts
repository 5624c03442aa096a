/**
 * Faults found by blind reads 94-95 (video-course notes with timestamps, Dataview inline fields,
 * spaced-repetition cards, explain-like-I'm-five notes, outlines numbered as text, scenario-first
 * notes), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { numberedAsDocument } from "../../../src/core/quiz/layouts";
import { questionsOf, SEEDS } from "./helpers";

describe("blind read 95: an outline numbered as text", () => {
	const outline = [
		"# Amazon Pinpoint",
		"",
		"1. Building blocks",
		"    1.1 **Project** = container for settings + endpoints + segments",
		"    1.2 **Endpoint** = one destination (an email address, a phone number, a device token)",
		"        1.2.1 one user ID -> many endpoints",
		"2. Channels",
		"    2.1 **Email** runs on SES under the hood",
		"    2.2 **SMS** starts in a sandbox with a tiny monthly spend limit",
		"10. Scenarios",
		"10.3 just send transactional email at scale -> SES",
		"",
		"```",
		"    1.1 aws pinpoint get-apps",
		"```",
	];

	test("each numbered line is a bullet at the depth its number says, line for line", () => {
		const doc = numberedAsDocument(outline);
		expect(doc).not.toBeNull();
		expect(doc?.length).toBe(outline.length);
		expect(doc?.[3]).toBe("\t- **Project** = container for settings + endpoints + segments");
		expect(doc?.[5]).toBe("\t\t- one user ID -> many endpoints");
		expect(doc?.[10]).toBe("\t- just send transactional email at scale -> SES");
		// Top-level "1." items are list items already; code stays code.
		expect(doc?.[2]).toBe("1. Building blocks");
		expect(doc?.[13]).toBe("    1.1 aws pinpoint get-apps");
	});

	test("a figure at the start of a line or two is no outline", () => {
		expect(numberedAsDocument(["# S3", "", "3.5 GB is the largest single PUT in this made-up line", "text"])).toBeNull();
	});

	test("no question shows an outline number", () => {
		const asked = SEEDS.flatMap((seed) => questionsOf("Amazon Pinpoint", outline, seed));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.prompt, q.prompt).not.toMatch(/\b\d{1,2}\.\d(?:\.\d)?\s/);
	});
});
