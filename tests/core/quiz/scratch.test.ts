import { readFileSync } from "node:fs";
import { test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import { generateQuiz } from "../../../src/core/quiz";
import { allQuestions } from "../../../src/core/quiz/generateQuiz";
import { buildFacts } from "../../../src/core/quiz/facts";
test("scratch", () => {
	const text = readFileSync(process.env.NOTE ?? "/work/shared/seed/Amazon Elastic Kubernetes Service (EKS).md", "utf8");
	const note = parseNote(text);
	const ctx = { path: "x.md", title: process.env.TITLE ?? "Amazon Elastic Kubernetes Service (EKS)", aliases: [], siblings: ["Amazon Elastic Container Service (ECS)", "AWS Lambda", "Amazon Simple Queue Service (SQS)", "AWS Fargate"] };
	const facts = buildFacts(note, ctx);
	const all = allQuestions(facts, 1);
	for (const [k, qs] of all) {
		console.log(`== ${k}: ${qs.length}`);
		for (const q of qs) console.log(`  [${q.source.line}] ${q.prompt}\n      choices=${JSON.stringify(q.choices)} answers=${JSON.stringify(q.answers)}\n      expl=${q.explanation}`);
	}
	const t0 = performance.now();
	for (let i = 0; i < 100; i++) generateQuiz(note, ctx, { seed: i });
	console.log("ms per quiz", (performance.now() - t0) / 100);
});
