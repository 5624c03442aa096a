/**
 * Questions held back after blind reads 35-79 (each as a case written for these tests): classes of
 * questions judged fair less often than the questions a quiz asks in their place.
 */
import { describe, expect, test } from "vitest";
import { isLate } from "../../../src/core/quiz/generateQuiz";
import { questionsOf, sampleQuestion } from "./helpers";

describe("the label of a `Label: what it does` bullet asked for is held back (46 of 81 fair)", () => {
	test.each([
		["Cloud9: ____: full shell with sudo on the managed instance", "Terminal", true],
		["Athena — Features: ____: CSV, JSON, Parquet, ORC, Avro", "Formats", true],
		// A label set off by "=" defines a term (30 of 37 fair), a dash 29 of 39: asked as before.
		["Batch: ____ = template for a job: image, vCPU, memory, role", "Job definition", false],
		["Glue: ____ – remembers what was processed so reruns pick up new data", "Job bookmarks", false],
		// A blank inside the line, followed by a colon of its own, is no label.
		["S3: objects in ____ are billed for 90 days at least: early deletes still pay", "Glacier", false],
	])("%s (%s): %s", (prompt, key, late) => {
		const q = sampleQuestion({ kind: "fill-blank", prompt, choices: [key, "Other one", "Third one"], answers: [key] });
		expect(isLate(q)).toBe(late);
	});
});

describe("a false statement made by giving a bullet another bullet's label is held back (27 of 39 fair)", () => {
	const tf = (prompt: string, answer: "True" | "False", source: string) =>
		sampleQuestion({ kind: "true-false", type: "boolean", prompt, choices: ["True", "False"], answers: [answer], source: { line: 3, text: source } });

	test.each([
		// The statement gives the line another label: held back.
		["True or false: ECR: Replication: prevent overwriting an existing tag.", "False", "- **Tag immutability**: prevent overwriting an existing tag.", true],
		["True or false: Amplify: SSR support: each pull request gets its own preview URL.", "False", "- Preview environments – each pull request gets its own preview URL.", true],
		// The line's own label, or a true statement, or a line with no label: asked as before.
		["True or false: ECR: Tag immutability: prevent overwriting an existing tag.", "True", "- **Tag immutability**: prevent overwriting an existing tag.", false],
		["True or false: ECR: Tag immutability: scans images on push.", "False", "- **Tag immutability**: prevent overwriting an existing tag.", false],
		["True or false: SQS keeps messages for up to 14 days.", "False", "- SQS keeps messages for up to 4 days", false],
	])("%s (%s): %s", (prompt, answer, source, late) => {
		expect(isLate(tf(prompt, answer as "True" | "False", source))).toBe(late);
	});

	test("a note of labelled bullets still gets its true/false questions, the label swaps among the held back", () => {
		const lines = [
			"# Amazon ECR",
			"## Features",
			"- **Tag immutability**: stops anyone from overwriting an existing image tag.",
			"- **Image scanning**: checks images for known CVEs on push or on a schedule.",
			"- **Replication**: copies images to other Regions and accounts automatically.",
			"- **Lifecycle policies**: expire old or untagged images to save storage costs.",
			"- **Pull through cache**: keeps copies of public registry images inside ECR.",
		];
		const swaps = questionsOf("Amazon ECR", lines).filter((q) => q.kind === "true-false" && q.answers[0] === "False");
		expect(swaps.length).toBeGreaterThan(0);
		for (const q of swaps) expect(isLate(q), q.prompt).toBe(true);
	});
});
