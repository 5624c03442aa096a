/**
 * Flashcard and emoji-marked notes (Spaced Repetition plugin syntax, ✅ / ❌ / ⚠️ bullets): what the
 * quiz reads of them, and what it reads past.
 */
import { describe, expect, test } from "vitest";
import { cardLines, deniedLines } from "../../../src/core/quiz/asides";
import { clean } from "../../../src/core/quiz/text";
import { quizQuestions } from "./helpers";

const SQS = [
	"#aws #flashcards",
	"# SQS",
	"Fully managed message queue that decouples producers from consumers.",
	"## Key ideas",
	"- ✅ **Standard** queues give at-least-once delivery and best-effort ordering",
	"- ✅ **FIFO** queues keep order within a message group and remove duplicates",
	"- ❌ Strict ordering in Standard queues",
	"- ❌ Messages cannot be larger than **256 KB**",
	"- 💡 Use a **dead-letter queue** for messages that keep failing",
	"- 🔑 **Visibility timeout** hides a received message from other consumers",
	"## Cards",
	"Max message size in SQS::256 KB",
	"Default retention period::4 days",
	"Visibility timeout:::Time a received message stays hidden from other consumers",
	"What does long polling do?",
	"?",
	"Waits up to 20 seconds for a message, so fewer empty responses",
	"",
	"FIFO throughput without batching is ==300== messages per second",
];

describe("flashcards and emoji markers", () => {
	test("a card's :: reads as a colon; a Dataview field's too; an ARN keeps its colons", () => {
		expect(clean("Max message size in SQS::256 KB")).toBe("Max message size in SQS: 256 KB");
		expect(clean("Visibility timeout:::Time a message stays hidden")).toBe("Visibility timeout: Time a message stays hidden");
		expect(clean("What is the max message size?::256 KB")).toBe("What is the max message size? 256 KB");
		expect(clean("Port:: 443")).toBe("Port: 443");
		expect(clean("Root user ARN arn:aws:iam::123456789012:root")).toBe("Root user ARN arn:aws:iam::123456789012:root");
		expect(clean("Route ::/0 to the egress-only gateway")).toBe("Route ::/0 to the egress-only gateway");
		// A resource type keeps its colons (blind read 43).
		expect(clean("a child stack is a resource of type AWS::CloudFormation::Stack")).toBe("a child stack is a resource of type AWS::CloudFormation::Stack");
		// So does an intrinsic function (blind read 69).
		expect(clean("Fn::Sub, Fn::Join, Fn::Split")).toBe("Fn::Sub, Fn::Join, Fn::Split");
	});

	test("emoji that mark a line's kind are no part of its text", () => {
		expect(clean("✅ Standard queues give at-least-once delivery")).toBe("Standard queues give at-least-once delivery");
		expect(clean("⚠️ Visibility timeout too short")).toBe("Visibility timeout too short");
		expect(clean("Gotchas ⚠️")).toBe("Gotchas");
		expect(clean("👍🏽 Cheap")).toBe("Cheap");
		expect(clean("Cost: 5 $ per TB")).toBe("Cost: 5 $ per TB");
		expect(clean(clean("💡 Tip 💡"))).toBe("Tip");
	});

	test("a multi-line card is read past: question, separator and answer", () => {
		const lines = ["## Cards", "Intro line", "", "What does long polling do?", "?", "Waits up to 20 seconds", "for a message", "", "After the card"];
		expect([...cardLines(lines, lines.map(() => false))]).toEqual([5, 4, 6, 7]);
		// In code, "?" is code.
		expect([...cardLines(lines, lines.map((_, i) => i === 4))]).toEqual([]);
		// A single-line card just above is a card of its own.
		const packed = ["Max message size::256 KB", "What does long polling do?", "?", "Waits up to 20 seconds"];
		expect([...cardLines(packed, packed.map(() => false))]).toEqual([3, 2, 4]);
	});

	test("a line marked as denied is read only when it says 'not' itself", () => {
		const lines = ["- ❌ Strict ordering in Standard queues", "- ❌ Messages cannot be larger than 256 KB", "- 🚫 No cross-region replication", "- ✅ Encryption at rest"];
		expect([...deniedLines(lines, lines.map(() => false))]).toEqual([1]);
	});

	test("no question says a denied line, a card's answer without its question, or shows an emoji or a ::", () => {
		const all = quizQuestions("SQS", SQS);
		expect(all.length).toBeGreaterThan(5);
		for (const q of all) {
			const text = [q.prompt, ...q.choices].join(" | ");
			expect(text, "a denied line said as a fact").not.toMatch(/Strict ordering/i);
			expect(text, "a card's answer without its question").not.toMatch(/20 seconds/);
			expect(text).not.toMatch(/::|\p{Extended_Pictographic}/u);
		}
		// The single-line cards are asked.
		expect(all.some((q) => q.answers.includes("256 KB") && /Max message size in SQS: ____/.test(q.prompt))).toBe(true);
	});
});
