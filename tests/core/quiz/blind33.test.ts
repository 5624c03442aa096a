/**
 * Faults of blind reads 33 and 34 (fifteen new notes each, in the styles read before), each as a
 * case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { definitionPrompt } from "../../../src/core/quiz/generators/whichService";
import { parseEqualsPairs } from "../../../src/core/quiz/generators/comparison";
import { serviceNames } from "../../../src/core/quiz/names";
import { context, note, SEEDS, withMore } from "./helpers";

const quiz = (title: string, lines: string[], kinds: ("fill-blank" | "scenario")[]) =>
	SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context(title), { seed, kinds, count: 30, minimum: 1 })).questions);

describe("blind read 33", () => {
	test("what a service is not defines nothing: 'Which AWS service is not MongoDB underneath, though?'", () => {
		expect(definitionPrompt("DocumentDB is not MongoDB underneath, though.", serviceNames("DocumentDB", []))).toBe(null);
		expect(definitionPrompt("DocumentDB isn't open source.", serviceNames("DocumentDB", []))).toBe(null);
		expect(definitionPrompt("DocumentDB stores JSON documents with a MongoDB-compatible API.", serviceNames("DocumentDB", []))).toMatch(/^Which AWS service stores JSON/);
	});

	test("'at creation' is when, not a term: 'set ____ and can't be changed later' is not asked", () => {
		const appsync = ["# AWS AppSync", "## Details", "- Public vs private API is set **at creation** and can't be changed later.", "- **Merged APIs** join several source APIs behind one endpoint.", "- **Caching**: full-request or per-resolver, on dedicated cache instances."];
		expect(quiz("AWS AppSync", appsync, ["fill-blank"]).filter((q) => q.answers[0] === "at creation")).toEqual([]);
	});

	test("a price per million is asked against prices per million, not per million connection-minutes", () => {
		const appsync = [
			"# AWS AppSync",
			"## How is it priced?",
			"- Queries + mutations: **$4.00 per million** operations",
			"- Real-time updates: **$2.00 per million** messages",
			"- Connections: **$0.08 per million connection-minutes**",
			"- Caching: **$0.044 per hour** for the smallest instance",
		];
		const blanks = quiz("AWS AppSync", appsync, ["fill-blank"]).filter((q) => q.answers[0] === "$4.00 per million");
		expect(blanks.flatMap((q) => q.choices).filter((c) => /connection-minutes|per hour/.test(c))).toEqual([]);
	});

	test("petabytes over a thin link: Snowball Edge stands against ways to move data, not against edge compute", () => {
		const datasync = ["# AWS DataSync", "## Keyword -> answer", '- "petabytes, limited/no bandwidth, weeks of transfer time" → Snowball Edge', '- "ongoing sync from an on-prem NFS share to S3" → DataSync'];
		const snow = quiz("AWS DataSync", datasync, ["scenario"]).filter((q) => q.answers[0] === "Snowball Edge");
		expect(snow.length).toBeGreaterThan(0);
		expect(snow.flatMap((q) => q.choices).filter((c) => /Local Zones|Wavelength|Outposts/.test(c))).toEqual([]);
	});
});

describe("blind read 33, after the read", () => {
	test("'Layer: 3/4' is no one side's when another side has '3/4 + 7', whatever the asides say", () => {
		const lines = [
			"# AWS Shield vs AWS WAF",
			"## Side by side",
			"| | AWS Shield Standard | AWS Shield Advanced | AWS WAF |",
			"|---|---|---|---|",
			"| Layer | 3/4 (network/transport) | 3/4 + 7 (app-layer DDoS via WAF) | 7 (HTTP/HTTPS) |",
			"| Cost | free, automatic | $3,000/month per org, 1-year commitment | per web ACL, rule and request |",
			"| Response team | none | 24/7 Shield Response Team | none |",
		];
		const qs = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context("AWS Shield vs AWS WAF"), { seed, kinds: ["comparison"], count: 30, minimum: 1 })).questions);
		expect(qs.length).toBeGreaterThan(0);
		expect(qs.filter((q) => /Layer: 3\/4 \(network/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
	});

	test("'Detective = investigate root cause after a finding' is asked as 'used to investigate'", () => {
		const inspector = ["# Amazon Inspector", "## ⚠️ exam traps", "- **Security Hub** = aggregator + dashboard, **Detective** = investigate root cause after a finding, **Inspector** = vulnerability scanning"];
		const prompts = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...inspector), context("Amazon Inspector"), { seed, kinds: ["comparison"], count: 30, minimum: 1 })).questions.map((q) => q.prompt));
		expect(prompts.filter((p) => /is investigate/.test(p))).toEqual([]);
		expect(prompts.some((p) => /used to investigate root cause/.test(p))).toBe(true);
	});
});

describe("blind read 34", () => {
	test("a table column headed by a question ('What gets created') is not asked as 'which service has what gets created'", () => {
		const lines = [
			"# AWS Backup",
			"## Supported resources",
			"| Service | What gets created | Cold storage |",
			"|---|---|---|",
			"| EFS | Incremental backup | supported |",
			"| DynamoDB | Table backup | with advanced features |",
			"| Storage Gateway | Volume snapshot | no |",
		];
		const prompts = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context("AWS Backup"), { seed, count: 30, minimum: 1 })).questions.map((q) => q.prompt));
		expect(prompts.filter((p) => /what gets created/i.test(p))).toEqual([]);
	});

	test("'**Wrong.**' opening a correction is no term", () => {
		const fsx = ["# Amazon FSx for Lustre", "## 2024-05-02", "- **Persistent** and **Scratch** deployment types; Scratch has no replication", "## Fri 10 May", "- correction of the 2nd: **Wrong.** Every FSx for Lustre deployment type is single-AZ.", "- **S3 data repository** links lazy-load objects on first read"];
		expect(quiz("Amazon FSx for Lustre", fsx, ["fill-blank"]).filter((q) => /^wrong/i.test(q.answers[0]))).toEqual([]);
	});

	test("a comma inside brackets splits no 'X → Y' pair: '(Node.js/Python, Puppeteer/Selenium)'", () => {
		expect(parseEqualsPairs("Synthetics canaries → scripted checks (Node.js/Python, Puppeteer/Selenium) → endpoint/UI monitoring")).toEqual([]);
		expect(parseEqualsPairs("ECS = AWS-native orchestration (tasks, services), EKS = Kubernetes").map((s) => s.name)).toEqual(["ECS", "EKS"]);
	});
});
