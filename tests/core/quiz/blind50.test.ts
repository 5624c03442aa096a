/**
 * Faults of blind read 50, each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { allQuestions, askedLate } from "../../../src/core/quiz/generateQuiz";
import { stemProblem } from "../../../src/core/quiz/stems";
import { facts, sampleQuestion } from "./helpers";

const asked = (title: string, lines: string[], kind: string) => allQuestions(facts(title, ...lines), 1).get(kind as never) ?? [];

describe("blind read 50", () => {
	test("a practice review's labels ('trap:', 'why:', 'i picked:') are never the blank", () => {
		const review = [
			"# ECS - practice exam review",
			"",
			"## Q3 - dynamic port mapping",
			"- gist: ALB in front of ECS on EC2, tasks unreachable",
			"- i picked: open port 80 on the instance SG",
			"- **right**: allow the ephemeral port range from the ALB SG",
			"- **trap**: instance SG must allow the ephemeral port range from the ALB SG.",
			"- **why**: dynamic host ports come from the ephemeral range",
			"## Q5 - GPU inference",
			"- **why**: Fargate does NOT support GPUs, so the EC2 launch type with GPU instances",
			"- **trap**: Fargate looks like least ops but has no GPU support",
		];
		const keys = asked("ECS - practice exam review", review, "fill-blank").map((q) => q.answers[0].toLowerCase());
		expect(keys.filter((k) => /^(?:trap|why|right|i picked|gist)$/.test(k))).toEqual([]);
	});

	test("a lab's own timings are no facts", () => {
		expect(stemProblem("date: sat morning, ~2.5 hrs (should have been 45 min...)")).not.toBeNull();
		expect(stemProblem("distribution deploy took ~4 min, not the 20+ min old tutorials say")).not.toBeNull();
		expect(stemProblem("distribution deploy took ~____, not the 20+ min old tutorials say")).not.toBeNull();
		expect(stemProblem("A CloudFront distribution caches objects for 24 hours by default")).toBeNull();
	});

	test("select-all: items that share a head noun ('Interface endpoint', 'Gateway endpoint') get wrong choices with it", () => {
		const map = [
			"# VPC mind map",
			"",
			"- VPC",
			"\t- VPC Endpoints",
			"\t\t- Interface endpoint",
			"\t\t- Gateway endpoint",
			"\t- Resolver endpoints",
			"\t\t- inbound",
			"\t\t- outbound",
			"\t- NAT options",
			"\t\t- NAT gateway",
			"\t\t- NAT instance",
			"\t- Load balancer types",
			"\t\t- Gateway Load Balancer endpoint",
			"\t\t- Network Load Balancer",
		];
		const qs = asked("VPC mind map", map, "select-all").filter((q) => q.answers.includes("Interface endpoint"));
		for (const q of qs) for (const c of q.choices) expect(c, q.prompt).toMatch(/endpoint$/i);
	});

	test("outlines: a generic topic ('Basics') holds things of no one kind", () => {
		const map = [
			"# VPC mind map",
			"",
			"- VPC",
			"\t- Basics",
			"\t\t- CIDR blocks",
			"\t\t\t- size /16 to /28 for IPv4",
			"\t\t\t- use RFC1918 private ranges",
			"\t\t- Default VPC",
			"\t\t\t- one per Region, with a public subnet in each AZ",
			"\t\t- Regional resource",
			"\t\t\t- spans every AZ of its Region",
		];
		expect(asked("VPC mind map", map, "comparison").filter((q) => q.choices.includes("Default VPC"))).toEqual([]);
	});

	test("a table's descriptive columns ('families', 'good for', 'mnemonic / note') are no sides to choose between", () => {
		const sheet = [
			"# EC2 cheat sheet",
			"",
			"| category | families | good for |",
			"|---|---|---|",
			"| General purpose | M, T, Mac | web servers, code repos |",
			"| Compute optimized | C | batch, transcoding, HPC, gaming servers |",
			"| Memory optimized | R, X | in-memory DBs, big caches, SAP HANA |",
			"| Accelerated computing | P, G, Inf, Trn | ML training, graphics |",
			"",
			"| category | families | mnemonic / note |",
			"|---|---|---|",
			"| Compute optimized | C | C = Compute |",
			"| Memory optimized | R, X | R = RAM |",
			"| Accelerated computing | P, G, Inf, Trn | Inf = Inferentia, Trn = Trainium |",
		];
		const qs = [...allQuestions(facts("EC2 cheat sheet", ...sheet), 1).values()].flat();
		expect(qs.filter((q) => q.choices.some((c) => /^(?:good for|families|mnemonic \/ note)$/.test(c)))).toEqual([]);
	});

	test("a use case of the note's own service comes after a scenario keyed by an exam cue", () => {
		const useCase = sampleQuestion({ kind: "scenario", prompt: "Which service fits: session state, user profiles, shopping carts?", answers: ["Amazon DynamoDB"] });
		const cue = sampleQuestion({ kind: "scenario", prompt: "Scenario: single-digit millisecond reads at any scale, key-value access. Which service fits?", answers: ["Amazon DynamoDB"] });
		expect(askedLate([useCase, cue])).toEqual([cue, useCase]);
	});

	test("an emoji in front of the title ('🛡️ IAM') is decoration: the note is about IAM", () => {
		const iam = ["# 🛡️ IAM", "", "## Evaluation logic", "- Everything starts as **implicit deny**", "- An explicit **Deny** beats every allow", "- **SCPs** set guardrails on whole accounts and OUs"];
		const f = facts("🛡️ IAM", ...iam);
		expect(f.isService).toBe(true);
		const blank = (allQuestions(f, 1).get("fill-blank") ?? []).find((q) => q.answers[0] === "implicit deny");
		expect(blank?.prompt).toMatch(/^IAM\b/);
	});
});

