import { readFileSync } from "node:fs";
import { test } from "vitest";
import { parseNote } from "../../../src/core/note/parseNote";
import { GENERATORS } from "../../../src/core/quiz/generateQuiz";
import { buildFacts } from "../../../src/core/quiz/facts";
import { createRng } from "../../../src/core/quiz/random";
import { checkFairness } from "../../../src/core/quiz/fairness";
import { isServiceName, sameService } from "../../../src/core/links/catalog";
test("prof", () => {
	const text = readFileSync("/work/shared/seed/Amazon Elastic Kubernetes Service (EKS).md", "utf8");
	const note = parseNote(text);
	const ctx = { path: "x.md", title: "Amazon Elastic Kubernetes Service (EKS)", aliases: [], siblings: ["Amazon Elastic Container Service (ECS)", "AWS Lambda"] };
	buildFacts(note, ctx);
	const N = 50;
	let t = performance.now();
	for (let i = 0; i < N; i++) parseNote(text);
	console.log("parse", (performance.now() - t) / N);
	t = performance.now();
	for (let i = 0; i < N; i++) buildFacts(note, ctx);
	console.log("facts", (performance.now() - t) / N);
	const facts = buildFacts(note, ctx);
	for (const [k, g] of Object.entries(GENERATORS)) {
		t = performance.now();
		let qs: any[] = [];
		for (let i = 0; i < N; i++) qs = g(facts, createRng(i));
		console.log(k, (performance.now() - t) / N);
		t = performance.now();
		for (let i = 0; i < N; i++) qs.forEach(checkFairness);
		console.log(" fair", (performance.now() - t) / N);
	}
	t = performance.now();
	for (let i = 0; i < 1000; i++) isServiceName("vanilla upstream Kubernetes " + i);
	console.log("isServiceName us", (performance.now() - t));
	t = performance.now();
	for (let i = 0; i < 1000; i++) sameService("vanilla upstream Kubernetes " + i, "Amazon EKS");
	console.log("sameService us", (performance.now() - t));
});
