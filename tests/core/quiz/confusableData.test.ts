import { describe, expect, test } from "vitest";
import { findService } from "../../../src/core/links/catalog";
import { CONFUSABLE_GROUPS } from "../../../src/core/quiz/confusableData";

/** Catalog ids of a group's services ("" for a name the catalog does not know). */
function idsOf(group: readonly string[]): string[] {
	return group.map((name) => findService(name)?.id ?? "");
}

/** True when some group holds both services. */
function shareGroup(a: string, b: string): boolean {
	const [idA, idB] = idsOf([a, b]);
	return CONFUSABLE_GROUPS.some((g) => idsOf(g).includes(idA) && idsOf(g).includes(idB));
}

describe("CONFUSABLE_GROUPS", () => {
	test("every name is a catalog service's official name, that name without Amazon/AWS, or its abbreviation", () => {
		const wrong = CONFUSABLE_GROUPS.flat().filter((name) => {
			const e = findService(name);
			return e === null || ![e.name, e.name.replace(/^(?:Amazon|AWS)\s+/, ""), e.abbr?.replace(/^[*-]/, "")].includes(name);
		});
		expect(wrong).toEqual([]);
	});

	test("every group has 3 to 7 services, none twice", () => {
		for (const group of CONFUSABLE_GROUPS) {
			expect(group.length, group.join(", ")).toBeGreaterThanOrEqual(3);
			expect(group.length, group.join(", ")).toBeLessThanOrEqual(7);
			const ids = idsOf(group);
			expect(new Set(ids).size, group.join(", ")).toBe(ids.length);
		}
	});

	test("no two groups are the same, and there are at least 40", () => {
		expect(CONFUSABLE_GROUPS.length).toBeGreaterThanOrEqual(40);
		const keys = CONFUSABLE_GROUPS.map((g) => [...idsOf(g)].sort().join("|"));
		const repeated = keys.filter((k, i) => keys.indexOf(k) !== i);
		expect(repeated).toEqual([]);
	});

	test.each([
		["Amazon GuardDuty", "Amazon Inspector"],
		["Amazon Simple Queue Service", "Amazon Simple Notification Service"],
		["AWS CloudTrail", "AWS Config"],
		["AWS Trusted Advisor", "AWS Compute Optimizer"],
	])("%s shares a group with %s", (a, b) => {
		expect(shareGroup(a, b)).toBe(true);
	});

	test("the spot check fails for services that are never set against each other", () => {
		expect(shareGroup("Amazon GuardDuty", "AWS Resource Access Manager")).toBe(false);
		expect(shareGroup("Amazon Simple Queue Service", "Amazon Rekognition")).toBe(false);
	});
});

describe("OVERLAP_GROUPS", () => {
	test("every name resolves to a catalog service; groups have 2 or more services, none twice", async () => {
		const { OVERLAP_GROUPS } = await import("../../../src/core/quiz/overlapData");
		for (const group of OVERLAP_GROUPS) {
			const ids = idsOf(group);
			expect(ids.filter((id) => id === ""), group.join(", ")).toEqual([]);
			expect(group.length).toBeGreaterThanOrEqual(2);
			expect(new Set(ids).size, group.join(", ")).toBe(ids.length);
		}
	});
});

describe("JOB_OVERLAPS", () => {
	test("every name resolves to a catalog service; jobs have 2 or more services, none twice", async () => {
		const { JOB_OVERLAPS } = await import("../../../src/core/quiz/overlapData");
		for (const { services } of JOB_OVERLAPS) {
			const ids = idsOf(services);
			expect(ids.filter((id) => id === ""), services.join(", ")).toEqual([]);
			expect(services.length).toBeGreaterThanOrEqual(2);
			expect(new Set(ids).size, services.join(", ")).toBe(ids.length);
		}
	});
});
