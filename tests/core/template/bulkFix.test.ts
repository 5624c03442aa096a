/**
 * Bulk "add missing sections" fits the note: notes written to another structure are left alone and
 * reported; notes of our template (also stubs) are filled in. Over the fixture vaults.
 */
import { describe, expect, test } from "vitest";
import { bulkFixPlan, unlikeSentence } from "../../../src/core/template/bulkFix";
import { DEFAULT_TEMPLATE } from "../../../src/core/template/spec";
import { CoachIndex } from "../../../src/core/CoachIndex";
import { DEFAULT_SCOPE } from "../../../src/core/scope";
import { indexVault } from "../../fixtures/vaults/load";

const plan = (index: CoachIndex) => bulkFixPlan(index.allReports(), DEFAULT_TEMPLATE, (p) => index.sectionHeadingsOf(p));

describe("bulk add sections", () => {
	test("bare-named notes in a structure of their own are all left alone", () => {
		expect(plan(indexVault("bare"))).toEqual({ fix: [], unlike: ["DynamoDB.md", "Elastic File System.md", "Kinesis.md", "Lambda.md", "SQS.md"] });
	});

	test("a note of our template missing one section is fixed", () => {
		expect(plan(indexVault("template"))).toEqual({ fix: ["AWS/Storage/Amazon S3.md"], unlike: [] });
	});

	test("a stub of our template (only an Overview, or nothing) is still filled in", () => {
		const index = new CoachIndex({ scope: DEFAULT_SCOPE, template: DEFAULT_TEMPLATE, disabledRules: [] });
		index.updateNote("AWS/Amazon SQS.md", "## **Overview**\n- queues\n");
		index.updateNote("AWS/Amazon SNS.md", "");
		index.updateNote("AWS/Amazon MQ.md", "## **Overview**\n- brokers\n## Pricing\n- hourly\n## Gotchas\n- none\n");
		expect(plan(index)).toEqual({ fix: ["AWS/Amazon SNS.md", "AWS/Amazon SQS.md"], unlike: ["AWS/Amazon MQ.md"] });
	});

	test("the report names the notes left alone, ten at most", () => {
		expect(unlikeSentence([])).toBe("");
		expect(unlikeSentence(["a.md"])).toBe(" Left 1 note alone that uses another structure (fewer than two template sections): a.md.");
		const many = Array.from({ length: 12 }, (_, i) => `n${i}.md`);
		expect(unlikeSentence(many)).toMatch(/^ Left 12 notes alone .*n9\.md, and 2 more\.$/);
	});
});
