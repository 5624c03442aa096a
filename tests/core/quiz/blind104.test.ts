/**
 * Faults found in the notes of blind reads 102-105 (cloud maps, "X not Y" tips, letters to a study
 * buddy, FAQ notes, bullet-journal shorthand, German-English notes, Well-Architected pillars,
 * infrastructure-as-code notes, deep mind maps), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { examCue } from "../../../src/core/quiz/generators/scenario";
import { parseEqualsPairs } from "../../../src/core/quiz/generators/comparison";
import { jobMates } from "../../../src/core/quiz/services";
import { questionsOf, SEEDS } from "./helpers";

describe("blind read 103: cue answers with what they are built from", () => {
	test("a parenthesis after the answer that joins two parts is no second answer", () => {
		expect(examCue("expose one service to many consumer VPCs -> PrivateLink (endpoint service + NLB)")).toMatchObject({ answer: "PrivateLink" });
		// "(or ...)" and "(and ...)" still name a second answer.
		expect(examCue("expose one service to many consumer VPCs -> PrivateLink (and VPC Lattice)")).toBeNull();
		expect(examCue("store sessions for many web servers -> ElastiCache (or DynamoDB)")).toBeNull();
		// Two answers outside a parenthesis are still two.
		expect(examCue("fan out one message to many queues -> SNS + SQS")).toBeNull();
	});
});

describe('blind read 103: "X not Y → need" tips', () => {
	const lines = [
		"# Elastic Load Balancing",
		"",
		"Spreads incoming traffic over targets in several Availability Zones.",
		"",
		"## X not Y",
		"- ALB **not** NLB → need HTTP features (paths, hosts, headers)",
		"- GWLB **not** NLB → third-party firewall appliances inserted transparently",
		"- Route 53 **not** ELB → DNS-level failover across regions; ELB = within a region",
	];

	test("the answer and the option it beats come first, the need after the arrow", () => {
		expect(examCue("ALB not NLB → need HTTP features (paths, hosts, headers)")).toMatchObject({ situation: "need HTTP features (paths, hosts, headers)", answer: "ALB", not: "NLB" });
		expect(examCue("GWLB over NLB -> third-party firewall appliances inserted transparently")).toMatchObject({ answer: "GWLB", not: "NLB" });
	});

	test("they are asked as scenarios, the beaten option a wrong choice", () => {
		const asked = questionsOf("Elastic Load Balancing", lines).filter((q) => q.kind === "scenario");
		const alb = asked.find((q) => q.answers[0] === "ALB");
		expect(alb?.prompt).toMatch(/need HTTP features/);
		expect(alb?.choices).toContain("NLB");
	});

	test("a choice of one over another is no side of an equals pair", () => {
		expect(parseEqualsPairs("Route 53 not ELB → DNS-level failover across regions; ELB = within a region")).toEqual([]);
		expect(parseEqualsPairs("SQS = pull; SNS = push")).toHaveLength(2);
		for (const seed of SEEDS) for (const q of questionsOf("Elastic Load Balancing", lines, seed)) expect(q.prompt).not.toMatch(/not ELB =/);
	});
});

describe("blind read 103: static IPs are a job of NLB and Global Accelerator alike", () => {
	test("a short prompt about allow-listing static IPs keeps Global Accelerator out of NLB's wrong choices", () => {
		const mate = jobMates("Scenario: clients allow-list static IPs. Which service fits?", "NLB");
		expect(mate("Global Accelerator")).toBe(true);
		expect(mate("ALB")).toBe(false);
		expect(jobMates("Scenario: route by URL path. Which service fits?", "NLB")("Global Accelerator")).toBe(false);
	});
});

describe("blind read 103: an error is no option to pick", () => {
	test("a cue whose right side is an error is not read as a cue", () => {
		expect(examCue("trust policy missing principal → AccessDenied on AssumeRole, even if perms policy is perfect")).toBeNull();
		expect(examCue("too many writes to one partition → ProvisionedThroughputExceededException")).toBeNull();
		expect(examCue("store secrets that rotate automatically → Secrets Manager")).not.toBeNull();
	});
});

describe("blind read 102: a table cell that repeats its header's words", () => {
	const lines = [
		"# Elastic Beanstalk",
		"",
		"Deploys web apps onto managed EC2, load balancers and Auto Scaling.",
		"",
		"## Deployment policies",
		"| Policy | Downtime? | Capacity during deploy | Extra cost |",
		"|---|---|---|---|",
		"| All at once | yes | 0 during deploy | none |",
		"| Rolling | no | reduced by batch size | none |",
		"| Immutable | no | full, double for a while | high |",
		"| Traffic splitting | no | full | high |",
	];

	test("says them once", () => {
		const asked = SEEDS.flatMap((seed) => questionsOf("Elastic Beanstalk", lines, seed)).filter((q) => /capacity during deploy/i.test(q.prompt));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.prompt).not.toMatch(/during deploy.*during deploy/i);
		expect(asked.map((q) => q.prompt)).toContain("Elastic Beanstalk — Deployment policies: which policy has a capacity during deploy of 0?");
	});
});
