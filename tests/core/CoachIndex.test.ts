/** The vault index's derived data that is cached per revision. */
import { describe, expect, test } from "vitest";
import { CoachIndex } from "../../src/core/CoachIndex";
import { parseNote } from "../../src/core/note/parseNote";
import { DEFAULT_SCOPE } from "../../src/core/scope";
import { DEFAULT_TEMPLATE } from "../../src/core/template/spec";

const NOTE = "**Overview**\n- A managed service.\n";

describe("quiz contexts", () => {
	test("built once per revision; a note added or removed is a sibling at once", () => {
		const index = new CoachIndex({ scope: DEFAULT_SCOPE, template: DEFAULT_TEMPLATE, disabledRules: [] });
		index.updateNote("AWS/Compute/AWS Lambda.md", NOTE);
		index.updateNote("AWS/Compute/Amazon EC2.md", NOTE);
		const first = index.quizContexts();
		expect(index.quizContexts()).toBe(first);
		const note = parseNote(NOTE);
		expect(first("AWS/Compute/AWS Lambda.md", note).siblings).toEqual(["Amazon EC2"]);

		index.updateNote("AWS/Compute/AWS Fargate.md", NOTE);
		expect(index.quizContexts()).not.toBe(first);
		expect(index.quizContexts()("AWS/Compute/AWS Lambda.md", note).siblings).toEqual(["AWS Fargate", "Amazon EC2"]);

		index.removeNote("AWS/Compute/Amazon EC2.md");
		expect(index.quizContexts()("AWS/Compute/AWS Lambda.md", note).siblings).toEqual(["AWS Fargate"]);
	});
});
