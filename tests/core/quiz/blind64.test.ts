/**
 * Faults of blind reads 63 and 64, each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { optionsOverlap } from "../../../src/core/quiz/services";
import { stemProblem } from "../../../src/core/quiz/stems";
import { questionsOf, SEEDS, useCaseScenario } from "./helpers";

describe("blind reads 63 and 64", () => {
	test("Glacier IR, written short, overlaps Standard-IA: rarely accessed, read at once, across AZs", () => {
		expect(optionsOverlap("Standard-IA", "Glacier IR")).toBe(true);
		expect(optionsOverlap("Standard-IA", "Glacier Flexible")).toBe(false);
	});

	test("WebSocket updates and workforce sign-in are jobs several services do", () => {
		const cases: [string, string, string][] = [
			["API Gateway", "Real-time chat, notifications and dashboards with WebSocket APIs", "AppSync"],
			["IAM", "SSO for employees from Active Directory or an external IdP", "Directory Service"],
		];
		for (const [title, useCase, other] of cases) {
			for (const seed of SEEDS) {
				const q = useCaseScenario(title, useCase, seed, "## Common Use Cases");
				expect(q, `${useCase}, seed ${seed}`).toBeDefined();
				expect(q?.choices.filter((c) => c.endsWith(other)), `${useCase}, seed ${seed}`).toEqual([]);
			}
		}
	});

	test("'Roles in one line:' talks about the note: it labels no statement", () => {
		expect(stemProblem("Roles in one line:")).toBe("talks about the exam or the note");
		const lines = ["# EC2 Purchasing Options", "", "- Roles in one line:", "\t- Spot = spare capacity, cheapest, but AWS can take it back", "\t- On-Demand = pay by the second, no commitment, most flexible"];
		const prompts = questionsOf("EC2 Purchasing Options", lines).map((q) => q.prompt);
		expect(prompts.filter((p) => /in one line/.test(p))).toEqual([]);
	});
});
