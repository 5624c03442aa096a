/**
 * Faults found in the notes of blind reads 144 and later (troubleshooting runbooks, Portuguese-English
 * notes, mnemonic-heavy notes, service changelogs), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { datedTrivia } from "../../../src/core/quiz/stems";
import { isDate } from "../../../src/core/quiz/text";
import { asked } from "./helpers";

describe("blind read 145: a changelog's dates are no answers", () => {
	const lines = [
		"# Amazon CloudWatch",
		"",
		"## Milestones",
		"- **Nov 2015** — **Dashboards**",
		"- **Nov 2016** — metric retention extended to **15 months** for 1-hour data points",
		"- **Apr 2018** — **metric math**",
		"- **re:Invent 2018** — **Logs Insights** (query language for log groups)",
		"- **2019** — **anomaly detection** bands drawn by a machine learning model",
		"- **Aug 2019** — **Container Insights** for ECS, EKS and Kubernetes on EC2",
	];

	test("a year, a month and year or a re:Invent is never the blank", () => {
		const keys = asked("Amazon CloudWatch", lines, "fill-blank").map((q) => q.answers[0]);
		for (const date of ["Nov 2015", "Nov 2016", "Apr 2018", "re:Invent 2018", "2019", "Aug 2019"]) expect(keys).not.toContain(date);
		expect(keys).toContain("15 months");
	});

	test("what came at a date, with nothing else to go on, is no blank either", () => {
		const keys = asked("Amazon CloudWatch", lines, "fill-blank").map((q) => q.answers[0]);
		expect(keys).not.toContain("Dashboards");
		expect(keys).not.toContain("metric math");
		expect(keys).toContain("Logs Insights");
	});

	test("a date is never swapped for another to make a false statement", () => {
		const tf = asked("Amazon CloudWatch", lines, "true-false");
		const swapped = tf.map((q) => /says "([^"]*)", not "([^"]*)"/.exec(q.explanation)).filter((m) => m !== null);
		expect(tf.length).toBeGreaterThan(0);
		expect(swapped.filter((m) => isDate(m[1]) || isDate(m[2]))).toEqual([]);
	});

	test("dates of a timeline and of a journal, and what is no date", () => {
		for (const d of ["2019", "Nov 2019", "re:Invent 2018", "Sept. 2017", "Q3 2021", "~2021/22", "early 2020", "2019 (?)", "2024-03-02", "Mon 4 Mar"]) expect(isDate(d)).toBe(true);
		for (const d of ["2049", "1024", "Nov", "Savings Plans", "5 TB", "v2"]) expect(isDate(d)).toBe(false);
		expect(datedTrivia("Apr 2018 — ", "metric math", "")).toBe(true);
		expect(datedTrivia("re:Invent 2018 — ", "Logs Insights", " (query language for log groups)")).toBe(false);
		expect(datedTrivia("EFS: mount targets need port ", "2049", "")).toBe(false);
	});
});

describe("blind read 145: a timeline in parts", () => {
	test("the sub-headings of a timeline are history too; the next heading of its level is not", () => {
		const lines = [
			"# Amazon CloudWatch",
			"",
			"Monitoring for AWS resources and applications.",
			"",
			"## Timeline",
			"### Early days",
			"- **Nov 2016** — metric retention extended to **15 months** for 1-hour data points",
			"### Growing up",
			"- **Jul 2017** — **high-resolution** custom metrics with **1 s** granularity",
			"## Exam tips",
			"- basic monitoring sends EC2 metrics every **5 minutes**, detailed every **1 minute**",
		];
		const qs = asked("Amazon CloudWatch", lines, "fill-blank");
		expect(qs.filter((q) => q.source.line < 10)).toEqual([]);
		expect(qs.some((q) => q.source.line === 11)).toBe(true);
	});
});

describe("blind read 145: a mnemonic that says the answer", () => {
	test("the figure of a range said again in the line's mnemonic gives the blank away", () => {
		const lines = ["# Kinesis", "", "## Firehose", "- buffer: size **1-128 MB**, interval 0-900 s, whichever first; think 128 / 900", "- buffer: size **1-128 MB**, interval 0-900 s, whichever comes first"];
		const qs = asked("Kinesis", lines, "fill-blank").filter((q) => q.answers[0] === "1-128 MB");
		expect(qs.filter((q) => q.source.line === 4)).toEqual([]);
		expect(qs.some((q) => q.source.line === 5)).toBe(true);
	});
});

describe("blind read 145: a mnemonic that says the answer, at the end of its line", () => {
	test("the quoted mnemonic after an arrow is left out of the prompt", () => {
		const lines = ["# Secrets Manager", "", "## Details", "- delete = scheduled, recovery window **7-30 days** (default 30) → \"a week to a month to change your mind\"", "- buffer: size **1-128 MB**, interval 0-900 s — (\"the 128 / 900 rule\")"];
		const qs = asked("Secrets Manager", lines, "fill-blank").filter((q) => q.answers[0] === "7-30 days" || q.answers[0] === "1-128 MB");
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.prompt).not.toMatch(/week|rule/);
	});
});

describe("blind read 144: Portuguese-English notes", () => {
	test("a word of another language that opens with the answer's word gives it away", () => {
		const lines = [
			"# Route 53",
			"",
			"## Routing policies",
			"- **Weighted** — divide o tráfego por peso entre recursos, bom pra canary",
			"- **Latency-based** — manda pra região com menor latência pro usuário",
			"- **Latency-based** — manda pra região mais rápida pro usuário",
			"- **Geolocation** — decide pela localização do usuário (país, continente)",
			"- **Failover** — active-passive com health check",
		];
		const qs = asked("Route 53", lines, "fill-blank").filter((q) => q.answers[0] === "Latency-based" && q.choices.length > 0);
		expect(qs.filter((q) => q.source.line === 5)).toEqual([]);
		expect(qs.some((q) => q.source.line === 6)).toBe(true);
	});
});

describe("blind read 144: troubleshooting runbooks", () => {
	test("a line under a runbook's \"Likely cause:\" is asked with the problem it is the cause of", () => {
		const lines = [
			"# API Gateway",
			"",
			"Managed front door for REST, HTTP and WebSocket APIs.",
			"",
			"## Problems",
			"",
			"### CORS errors in browser",
			"- **Symptom:** works in curl, fails in the browser with a missing `Access-Control-Allow-Origin` header.",
			"- **Likely cause:**",
			"  - the OPTIONS preflight method is not set up",
			"  - errors raised by the gateway itself have no CORS headers → the browser hides the real error. Add headers to **Gateway Responses** (DEFAULT_4XX / DEFAULT_5XX).",
		];
		const qs = asked("API Gateway", lines, "fill-blank").filter((q) => q.answers[0] === "Gateway Responses");
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.prompt).toMatch(/^API Gateway — CORS errors in browser — Likely cause: /);
	});
});

describe("blind read 144: a table's feelings", () => {
	test("a cell that only says good or ok is no answer to which column it is", () => {
		const lines = [
			"# EBS",
			"",
			"## Comparação",
			"| | EBS | Instance Store | EFS |",
			"|---|---|---|---|",
			"| persiste? | sim, independente da instância | não, perde no stop | sim |",
			"| performance | boa | altíssima (milhões de IOPS) | ok |",
			"| acesso | 1 instância, 1 AZ | só o host | milhares de instâncias em várias AZs |",
		];
		const qs = asked("EBS", lines, "comparison");
		expect(qs.some((q) => q.source.line === 8)).toBe(true);
		expect(qs.filter((q) => /\b(?:boa|ok)\b/.test(q.prompt))).toEqual([]);
	});
});

