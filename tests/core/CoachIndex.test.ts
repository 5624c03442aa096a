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

describe("the template check alone (links: false, the CLI's check)", () => {
	test("gives the same findings and summary as the full index, and indexes no link", () => {
		const notes: [string, string][] = [
			["AWS/Compute/AWS Lambda.md", "---\naliases: [Lambda]\ntags: [aws]\n---\n**Overview**\n- Runs code; see [[Amazon SQS]] and [[Amazon EC2]].\n## **Details**\n"],
			["AWS/Compute/Amazon EC2.md", "**Overview**\n- Virtual machines.\n## **Use Cases**\n- Web servers.\n## **Details**\n- [[Amazon EBS]] volumes.\n"],
			["Inbox/Hub.md", "- [[AWS Lambda]]\n- [[Amazon EC2]]\n- [[Amazon S3]]\n"],
			["Study/SQS.md", "---\ntags: [aws]\n---\n# SQS\nQueues.\n"],
		];
		const config = { scope: DEFAULT_SCOPE, template: DEFAULT_TEMPLATE, disabledRules: [] };
		const full = new CoachIndex(config);
		const alone = new CoachIndex({ ...config, links: false });
		for (const [path, text] of notes) {
			full.updateNote(path, text);
			alone.updateNote(path, text);
		}
		expect(alone.allReports()).toEqual(full.allReports());
		expect(alone.summary()).toEqual(full.summary());
		expect(alone.structureHint()).toEqual(full.structureHint());
		expect(full.links.targets().length).toBeGreaterThan(0);
		expect(alone.links.targets()).toEqual([]);
	});
});

describe("the structure hint", () => {
	const howItWorks = "# X\nA service.\n## How it works\n- a\n## Key features\n- b\n## Common use cases\n- c\n## Pricing\n- d\n";
	test("is worked out once per revision and follows every change", () => {
		const index = new CoachIndex({ scope: DEFAULT_SCOPE, template: DEFAULT_TEMPLATE, disabledRules: [], links: false });
		for (const name of ["Lambda", "EC2", "S3"]) index.updateNote(`AWS/${name}.md`, howItWorks);
		const hint = index.structureHint();
		expect(hint?.sharing).toBe(0);
		expect(index.structureHint()).toBe(hint);

		// Enough notes in the template's own structure: no hint any more.
		const template = "**Overview**\n- a\n## Details\n- b\n## Use Cases\n- c\n## Exam Tips\n- d\n## References\n- e\n";
		for (const name of ["SQS", "SNS", "ECS"]) index.updateNote(`AWS/${name}.md`, template);
		expect(index.structureHint()).toBeNull();
		index.removeNote("AWS/SQS.md");
		expect(index.structureHint()?.sharing).toBe(2);
	});
});
