/** Named things side by side: matching questions and subject-swap true/false. */
import { describe, expect, test } from "vitest";
import { checkFairness } from "../../../src/core/quiz/fairness";
import { matchingQuestions, subjectLines, subjectSwapQuestions } from "../../../src/core/quiz/generators/subjects";
import { createRng } from "../../../src/core/quiz/random";
import { facts } from "./helpers";

const ORGS = [
	"## Structure",
	"### Management account",
	"- Pays the charges of all accounts through consolidated billing",
	"- It cannot be restricted by service control policies.",
	"### Organizational units (OUs)",
	"- Can be nested up to five levels deep under the root",
	"### Service control policies (SCPs)",
	"- Never grant permissions on their own",
	"- Unlike the Management account, they apply to member accounts only",
];

describe("sibling sub-headings", () => {
	const f = facts("AWS Organizations", ...ORGS);

	test("the named sub-headings form one group; lines under them are about them", () => {
		expect(f.subjectGroups).toEqual([["Management account", "Organizational units (OUs)", "Service control policies (SCPs)"]]);
		const lines = subjectLines(f).map((s) => [s.line, s.subject]);
		// The pronoun line and the line naming another member are left out.
		expect(lines).toEqual([
			[3, "Management account"],
			[6, "Organizational units (OUs)"],
			[8, "Service control policies (SCPs)"],
		]);
	});

	test("matching: the group's names are the choices, the line's own subject the key", () => {
		const qs = matchingQuestions(f, createRng(1));
		const nested = qs.find((q) => q.prompt === "Which of these can be nested up to five levels deep under the root?");
		expect(nested?.answers).toEqual(["Organizational units (OUs)"]);
		expect(new Set(nested?.choices)).toEqual(new Set(["Management account", "Organizational units (OUs)", "Service control policies (SCPs)"]));
		for (const q of qs) expect(checkFairness(q)).toEqual([]);
	});

	test("true/false: kept is true, said of another member is false", () => {
		for (let seed = 1; seed <= 6; seed++) {
			for (const q of subjectSwapQuestions(f, createRng(seed))) {
				const own = q.prompt.includes(`${q.source.line === 3 ? "Management account" : q.source.line === 6 ? "Organizational units (OUs)" : "Service control policies (SCPs)"}:`);
				expect(q.answers).toEqual([own ? "True" : "False"]);
				expect(checkFairness(q)).toEqual([]);
			}
		}
	});
});

describe('an "X vs Y" note', () => {
	const f = facts("SQS vs SNS", "## Basics", "- SQS stores messages until a consumer polls them.", "- SNS pushes each message to every subscriber.", "- Both support encryption at rest.");

	test("the title's two sides are a group, and lines opening with a side are about it", () => {
		expect(f.subjectGroups).toContainEqual(["SQS", "SNS"]);
		expect(subjectLines(f).map((s) => [s.subject, s.rest])).toEqual([
			["SQS", "stores messages until a consumer polls them"],
			["SNS", "pushes each message to every subscriber"],
		]);
	});

	test("a swapped side is false by the note's own words; two sides make no matching question", () => {
		const statements = new Set<string>();
		for (let seed = 1; seed <= 8; seed++) for (const q of subjectSwapQuestions(f, createRng(seed))) statements.add(`${q.prompt} ${q.answers[0]}`);
		expect(statements).toContain("True or false: SNS: stores messages until a consumer polls them. False");
		expect(statements).toContain("True or false: SQS: stores messages until a consumer polls them. True");
		expect(matchingQuestions(f, createRng(1))).toEqual([]);
	});
});
