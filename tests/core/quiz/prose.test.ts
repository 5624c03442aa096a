/**
 * Notes written as prose (paragraphs of full sentences): each sentence is a statement of its own,
 * "It" is resolved only when it means the note's service, a contrast ("Unlike SQS, ...") makes a
 * false statement by the note's own words, and exam hints in prose are cues.
 */
import { describe, expect, test } from "vitest";
import { buildFacts } from "../../../src/core/quiz/facts";
import { examCue } from "../../../src/core/quiz/generators/scenario";
import { trueFalseQuestions } from "../../../src/core/quiz/generators/trueFalse";
import { createRng } from "../../../src/core/quiz/random";
import { context, note, quizQuestions, SEEDS } from "./helpers";

const SNS = [
	"# SNS",
	"## How it works",
	"Amazon SNS is a fully managed publish/subscribe service for many receivers. It pushes a copy of every message to each subscriber of a topic at the same time. A single message can be up to 256 KB in size.",
	"",
	"Unlike SQS, where consumers poll for messages, SNS pushes each message to its subscribers as soon as it arrives.",
	"",
	"## Delivery",
	"Failed deliveries to HTTP endpoints are retried for up to 23 days by the delivery policy. It is a common thing to forget. Messages are encrypted at rest with [[AWS KMS]] keys.",
	"",
	"On the exam, if a question describes one event that must reach several independent queues, the answer is usually Amazon SNS.",
	"",
	"## Limits",
	"Each account can create topics in every Region. A topic can have up to 12,500,000 subscriptions.",
];

describe("prose notes", () => {
	const all = quizQuestions("Amazon SNS", SNS);
	// Every statement the generator makes, before a quiz's true/false balance picks among them.
	const facts = buildFacts(note(...SNS), context("Amazon SNS"));
	const tf = SEEDS.flatMap((seed) => trueFalseQuestions(facts, createRng(seed)));

	test("an exam hint written in prose is a cue", () => {
		expect(examCue("On the exam, if a question describes one event that must reach several independent queues, the answer is usually Amazon SNS.")).toEqual({
			situation: "one event that must reach several independent queues",
			answer: "Amazon SNS",
			not: null,
			lead: true,
		});
	});

	test("each sentence of a paragraph is a statement, quoted alone; 'It' is the service only after a sentence about it", () => {
		expect(tf.length).toBeGreaterThan(2);
		for (const q of tf) {
			// One sentence, not the paragraph.
			expect(q.source.text.split(/\. /).length).toBe(1);
			expect(q.explanation).toContain(q.source.text);
		}
		expect(tf.some((q) => /^True or false: (?:Amazon SNS|SNS) pushes a copy of every message/.test(q.prompt))).toBe(true);
		// "It is a common thing to forget" follows a sentence about deliveries, not about SNS.
		expect(tf.some((q) => /common thing to forget/.test(q.prompt))).toBe(false);
	});

	test("a contrast makes the other service's statement false by the note's own words", () => {
		const contrast = tf.filter((q) => q.source.text.startsWith("Unlike SQS") && !q.prompt.includes("Unlike"));
		expect(contrast.length).toBeGreaterThan(0);
		for (const q of contrast) {
			if (q.prompt.startsWith("True or false: SQS pushes")) expect(q.answers).toEqual(["False"]);
			else expect(q.prompt).toMatch(/^True or false: (?:Amazon SNS|SNS) pushes each message/);
		}
		expect(all.some((q) => q.prompt.startsWith("True or false: SQS pushes") && q.answers[0] === "False")).toBe(true);
	});
});
