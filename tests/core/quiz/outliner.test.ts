/**
 * Pages exported from an outliner (Logseq): headings inside bullets, block properties, task blocks
 * and tables in blocks (blind read 21). The quiz reads them as the document they stand for.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { definitionPrompt } from "../../../src/core/quiz/generators/whichService";
import { serviceNames } from "../../../src/core/quiz/names";
import { outlinerAsDocument } from "../../../src/core/quiz/outliner";
import { context, facts, note, SEEDS, withMore } from "./helpers";

const page = [
	"alias:: SQS, Simple Queue Service",
	"tags:: [[AWS]], [[Integration]]",
	"",
	"- ## Overview",
	"	- fully managed **message queue** that decouples producers and consumers",
	"	- consumers **poll** for messages, then delete them",
	"- ## Standard vs FIFO",
	"  id:: 6572a1d4-5e2b-4c3a-9f2d-1a8b7c6d5e40",
	"	- ### FIFO queues",
	"		- name must end in `.fifo`",
	"		- 300 msg/s without batching",
	"	- TODO lab: SQS + Lambda with a DLQ",
	"	- {{query (and [[SQS]] (task TODO))}}",
	"- ## Compared",
	"	- |  | SQS | SNS |",
	"	  |---|---|---|",
	"	  | model | pull | push |",
];

describe("an outliner page read as a document", () => {
	test("bullet headings become headings, their bullets move out a level, line numbers stay", () => {
		const out = outlinerAsDocument(page);
		expect(out).toEqual([
			"",
			"",
			"",
			"## Overview",
			"- fully managed **message queue** that decouples producers and consumers",
			"- consumers **poll** for messages, then delete them",
			"## Standard vs FIFO",
			"",
			"### FIFO queues",
			"- name must end in `.fifo`",
			"- 300 msg/s without batching",
			"",
			"",
			"## Compared",
			"|  | SQS | SNS |",
			"|---|---|---|",
			"| model | pull | push |",
		]);
	});

	test("nested bullets keep their depth below the heading", () => {
		expect(outlinerAsDocument(["- ## Limits", "\t- size", "\t\t- 256 KB per message", "\t\t\t- larger ones go to S3"])).toEqual(["## Limits", "- size", "\t- 256 KB per message", "\t\t- larger ones go to S3"]);
		expect(outlinerAsDocument(["- ## Limits", "  - size", "    - 256 KB per message"])).toEqual(["## Limits", "- size", "  - 256 KB per message"]);
	});

	test("notes that are no outliner page are left alone", () => {
		// No heading in a bullet.
		expect(outlinerAsDocument(["## Overview", "- **SQS** is a queue", "- FIFO keeps order"])).toBeNull();
		// A Dataview note's fields are facts, not page properties of an outliner.
		expect(outlinerAsDocument(["Max message size:: 256 KB", "## Limits", "- Retention:: 4 days"])).toBeNull();
		// Mostly paragraphs, with one bulleted heading by accident.
		expect(outlinerAsDocument(["SQS is a queue.", "It decouples services.", "Consumers poll.", "- ## Notes", "Paragraph again."])).toBeNull();
		// Front matter stays as it is.
		expect(outlinerAsDocument(["---", "aliases: [SQS]", "---", "- ## Overview", "\t- a queue"])).toEqual(["---", "aliases: [SQS]", "---", "## Overview", "- a queue"]);
	});

	test("property: the same number of lines, for any text", () => {
		const line = fc.oneof(fc.constantFrom("- ## Heading", "\t- item", "\t\t- deeper", "  id:: x", "- TODO x", "- | a | b |", "  |---|---|", "", "text", "key:: value"), fc.string({ maxLength: 20 }));
		fc.assert(
			fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
				const out = outlinerAsDocument(lines);
				if (out !== null) expect(out.length).toBe(lines.length);
			}),
		);
	});

	test("the quiz sees the page's sections and sub-headings", () => {
		const f = facts("Amazon SQS", ...page);
		// "- ## Overview" opens the Overview, "- ### FIFO queues" names the subject of its bullets.
		expect(f.sectionOf[4]).toBe("overview");
		expect(f.sectionOf[9]).toBe("details");
		expect(f.subjectAt(10)).toBe("FIFO queues");
	});

	test("a quiz of the page asks no heading as a sentence and nothing from a task or a property", () => {
		const lines = [
			...page,
			"- ## SQS vs SNS",
			"	- SQS = pull, one consumer group per message",
			"	- SNS = push, every subscriber gets a copy",
			"- ## Settings",
			"	- **visibility timeout** hides a received message from other consumers for 30 seconds by default",
			"	- **long polling** waits up to 20 seconds for a message and cuts empty responses",
			"	- **delay queues** postpone delivery of new messages for up to 15 minutes",
			"	- **dead-letter queue** receives messages that failed more than maxReceiveCount times",
			"	- **retention** is 4 days by default and at most 14 days",
		];
		for (const seed of SEEDS) {
			const qs = withMore(generateQuiz(note(...lines), context("Amazon SQS"), { seed, count: 20 })).questions;
			expect(qs.length).toBeGreaterThan(3);
			for (const q of qs) {
				expect(q.prompt).not.toMatch(/Which AWS service vs|TODO|lab:|id::|\{\{query/);
				expect(q.choices.join(" ")).not.toMatch(/TODO|lab/);
			}
		}
	});

	test("'EventBridge vs Pipes vs Step Functions' defines nothing: no 'Which AWS service vs ...'", () => {
		const names = serviceNames("Amazon EventBridge", ["EventBridge"]);
		expect(definitionPrompt("EventBridge vs Pipes vs Step Functions", names)).toBeNull();
		expect(definitionPrompt("EventBridge versus SNS", names)).toBeNull();
		expect(definitionPrompt("EventBridge routes events from sources to targets by rules", names)).toBe("Which AWS service routes events from sources to targets by rules?");
	});
});
