/**
 * Faults found by blind reads 150-151 (and leftovers of 147 and 149), each with the case that showed it.
 */

import { describe, expect, test } from "vitest";
import { asked } from "./helpers";

/** The services a true/false statement was made false with, from its explanation. */
function swappedIn(title: string, lines: string[]): string[] {
	return asked(title, lines, "true-false")
		.map((q) => /says "[^"]*", not "([^"]*)"/.exec(q.explanation)?.[1])
		.filter((x): x is string => x !== undefined);
}

describe("blind reads 147 and 149: a service swapped in for a false statement does not do the same job", () => {
	test("a service kept on-premises is not swapped for another that runs on-premises", () => {
		const lines = [
			"# Amazon EKS",
			"",
			"## Where it runs",
			"- EKS on [[AWS Outposts]] for workloads that must stay on-prem with low latency to local systems",
			"- [[Amazon EKS Anywhere]] runs the EKS distribution on your own hardware, with no AWS control plane",
			"- [[AWS Fargate]] runs pods without nodes to manage",
			"- [[Amazon ECS]] is the simpler AWS-native orchestrator",
		];
		const swapped = swappedIn("Amazon EKS", lines);
		expect(swapped.length).toBeGreaterThan(0);
		expect(swapped.filter((s) => /Anywhere|Outposts|Snowball/.test(s))).toEqual([]);
	});

	test("compliance gathered with AWS Config is not made false with Security Hub", () => {
		const lines = [
			"# AWS Systems Manager",
			"",
			"## Node management",
			"- **Compliance** shows patch and State Manager association compliance, and can aggregate with [[AWS Config]]",
			"- **Patch Manager** applies patches on a schedule defined by patch baselines and maintenance windows",
			"- **Session Manager** opens shells without SSH keys or open inbound ports, logged to [[Amazon S3]]",
			"- **Inventory** collects software metadata from managed nodes and syncs it to [[Amazon S3]]",
		];
		const swapped = asked("AWS Systems Manager", lines, "true-false").filter((q) => q.prompt.includes("aggregate with"));
		expect(swapped.map((q) => q.prompt).filter((p) => /Security Hub|Audit Manager/.test(p))).toEqual([]);
	});
});
