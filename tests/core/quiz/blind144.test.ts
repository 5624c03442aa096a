/**
 * Faults found in the notes of blind reads 144 and later (troubleshooting runbooks, Portuguese-English
 * notes, mnemonic-heavy notes, service changelogs), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { withoutPostNumbers } from "../../../src/core/quiz/layouts";
import { namesOnly } from "../../../src/core/quiz/prose";
import { datedTrivia, inCalculation } from "../../../src/core/quiz/stems";
import { examCue } from "../../../src/core/quiz/cues";
import { parseVersus } from "../../../src/core/quiz/generators/comparison";
import { isDate } from "../../../src/core/quiz/text";
import { initialsIn } from "../../../src/core/quiz/names";
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

describe("blind read 145: two things glossed side by side", () => {
	const lines = [
		"# AWS Fargate",
		"",
		"Serverless compute for containers on ECS and EKS.",
		"",
		"## Exam tips",
		"- **task execution role** (pulls the image from ECR, pushes logs) vs **task role** (what the app's own code may call, etc.) — a classic trap",
	];

	test('"A (what A does) vs B (what B does)" asks which one does each, with both as choices', () => {
		const qs = asked("AWS Fargate", lines, "comparison");
		const keys = new Set(qs.map((q) => q.answers[0]));
		expect(keys).toEqual(new Set(["task execution role", "task role"]));
		for (const q of qs) expect(q.choices).toEqual(expect.arrayContaining(["task execution role", "task role"]));
		expect(qs.some((q) => /pulls the image from ECR, pushes logs/.test(q.prompt) && q.answers[0] === "task execution role")).toBe(true);
		expect(qs.some((q) => /etc/.test(q.prompt))).toBe(false);
	});

	test("only sides glossed in brackets may be named in lower case", () => {
		const lines = ["# Amazon Aurora", "", "## Endpoints", "- **Cluster endpoint** → the writer; **reader endpoint** → load-balanced replicas; custom endpoints for subsets."];
		expect(asked("Amazon Aurora", lines, "comparison").filter((q) => q.answers[0] === "reader endpoint" || q.answers[0] === "Cluster endpoint")).toEqual([]);
	});

	test("a side's name is a name: no sign or script of its own", () => {
		expect(parseVersus("EventBridge — choreography (no center) vs Step Functions = orchestration (a central coordinator)").some((side) => side.glossed === true)).toBe(false);
		expect(parseVersus("ECS 는 task role (앱 권한) vs task execution role (이미지 pull)").some((side) => side.glossed === true)).toBe(false);
		expect(parseVersus("REST API (more features, caching) vs HTTP API (cheaper, faster)").map((side) => side.name)).toEqual(["REST API", "HTTP API"]);
	});
});

describe("blind read 147: notes written as a thread of posts", () => {
	const thread = [
		"1/ 🧵 Amazon **Athena** in 6 quick posts #AWS",
		"",
		"2/ Athena = **serverless** query service over data in S3, written in standard SQL.",
		"",
		"3/ What it reads 📚",
		"- CSV, JSON and **Parquet** files",
		"- logs of **CloudTrail** and ALB",
		"- federated Lambda connections to RDS and DynamoDB",
		"",
		"4/ 💰 Pricing: **$5 per TB scanned** with a **10 MB** minimum per query.",
		"",
		"5/ Classic uses 📝",
		"- query VPC Flow Logs ad hoc",
		"- prevent full scans with partitions",
		"- require the workgroup's own S3 results bucket",
		"",
		"6/ TL;DR serverless SQL on S3, pay per TB scanned, partitions save money.",
	];

	test("post numbers go, a post over a list labels it, the hook and the TL;DR are read past", () => {
		const out = withoutPostNumbers(thread);
		expect(out).not.toBeNull();
		expect(out?.[0]).toBe("");
		expect(out?.[2]).toBe("Athena = **serverless** query service over data in S3, written in standard SQL.");
		expect(out?.[4]).toBe("What it reads 📚:");
		expect(out?.[9]).toBe("💰 Pricing: **$5 per TB scanned** with a **10 MB** minimum per query.");
		expect(out?.[16]).toBe("");
		expect(withoutPostNumbers(["2/3 of the data is hot", "", "Athena reads S3."])).toBeNull();
	});

	test("no prompt keeps a post number, and an action under a list's label is no statement", () => {
		const qs = [...asked("Athena", ["# Athena", "", ...thread], "fill-blank"), ...asked("Athena", ["# Athena", "", ...thread], "true-false")];
		expect(qs.length).toBeGreaterThan(0);
		expect(qs.filter((q) => /(?:^|\s)\d\/\s|TL;DR|🧵/.test(q.prompt))).toEqual([]);
		expect(qs.filter((q) => q.kind === "true-false" && /prevent full scans|query VPC Flow Logs|require the workgroup|CSV, JSON|logs of CloudTrail|federated Lambda/.test(q.prompt))).toEqual([]);
	});

	test("a noun made of a verb is no verb", () => {
		expect(namesOnly("AWS Site-to-Site VPN connections")).toBe(true);
		expect(namesOnly("thousands of attachments per TGW")).toBe(true);
		expect(namesOnly("Transit Gateway connects thousands of VPCs")).toBe(false);
		expect(namesOnly("inference profiles route requests across regions")).toBe(false);
		expect(namesOnly("Context window and max output tokens depend on the model chosen for the agent")).toBe(false);
	});
});

describe("blind read 147: more that gives the answer away", () => {
	test("a table comparing the note's own service does not put its name in front", () => {
		const lines = ["# Direct Connect", "", "## DX vs VPN", "| | DX | Site-to-Site VPN |", "|---|---|---|", "| path | private fiber | public internet |", "| setup | weeks to months | minutes |"];
		const qs = asked("Direct Connect", lines, "comparison");
		expect(qs.length).toBeGreaterThan(0);
		expect(qs.filter((q) => /Direct Connect/.test(q.prompt))).toEqual([]);
	});

	test("a typed one-word key said again by another form of the word", () => {
		const lines = ["# AWS Organizations", "", "## SCPs", "- If an explicit **Deny** sits anywhere up the tree, the call is denied for every account below it.", "- An explicit **Deny** in any SCP up the tree always wins, whatever the IAM policies of the account say."];
		const qs = asked("AWS Organizations", lines, "fill-blank").filter((q) => q.answers[0] === "Deny" && q.choices.length === 0);
		expect(qs.filter((q) => q.source.line === 4)).toEqual([]);
		expect(qs.some((q) => q.source.line === 5)).toBe(true);
	});

	test("a blank that a count times a figure of its line works out", () => {
		expect(inCalculation("Stored volumes: up to 16 TiB each, 32 volumes → ", ".", "512 TiB")).toBe(true);
		expect(inCalculation("Cached volumes: up to ", " each, 32 volumes per gateway → 1 PiB.", "32 TiB")).toBe(true);
		expect(inCalculation("Stored volumes: up to 16 TiB each, 32 volumes per gateway, max ", " of cache.", "150 TiB")).toBe(false);
	});
});

describe("blind read 147: what is no fact to ask", () => {
	test("a section that explains it simply, as a picture, is read past", () => {
		const lines = ["# AWS WAF", "", "## 1. Explain it simply", "A website is like a **shop** with a front door, and WAF is the **bouncer** at it.", "", "## 2. Refined", "- A web ACL for CloudFront is created in **us-east-1**, the others in the resource's Region."];
		const qs = [...asked("AWS WAF", lines, "true-false"), ...asked("AWS WAF", lines, "fill-blank")];
		expect(qs.filter((q) => q.source.line === 4)).toEqual([]);
		expect(qs.some((q) => q.source.line === 7)).toBe(true);
	});

	test("an answer that grants another its place is no cue", () => {
		expect(examCue("Only nightly EBS snapshots in one account, cheapest → DLM is fine (Backup also works)")).toBeNull();
		expect(examCue("Only nightly EBS snapshots in one account, cheapest → DLM")).not.toBeNull();
	});

	test('a lead that says when ("Al rotar:") is no term to swap or blank', () => {
		const lines = ["# KMS", "", "## Rotación", "- AWS managed: rotación automática cada año.", "- Customer managed (symmetric): automatic rotation opcional, cada 365 días por default.", "- Al rotar: cambia el key material, pero el key ID y el ARN son los mismos."];
		const qs = [...asked("KMS", lines, "true-false"), ...asked("KMS", lines, "fill-blank")];
		expect(qs.filter((q) => q.answers.includes("Al rotar") || /says "Al rotar"/.test(q.explanation))).toEqual([]);
	});
});

describe("blind read 147: a terse cue about the note's service", () => {
	test('"Dashboards on top → QuickSight" names what they sit on top of', () => {
		const lines = ["# Athena", "", "Serverless SQL over data in S3.", "", "## Exam tips", "- Dashboards on top → [[Amazon QuickSight]]", "- Ad hoc SQL over VPC Flow Logs in S3 → Athena"];
		const qs = asked("Athena", lines, "scenario").filter((q) => q.answers[0] === "Amazon QuickSight");
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.prompt).toMatch(/^Scenario \(Athena\): dashboards on top\./);
	});
});

describe("blind read 146: a note that writes its service by its initials", () => {
	const lines = [
		"# Global Accelerator",
		"",
		"Practice test 2: I picked CloudFront for a UDP game. Correct: GA. GA proxies TCP and UDP over the AWS network.",
		"",
		"## Lessons",
		"- static IPs + multi-region + failover not depending on DNS → GA",
		"- caching static web content → CloudFront",
	];

	test('"GA" is the note\'s own service, asked by its name', () => {
		const qs = asked("Global Accelerator", lines, "scenario").filter((q) => q.source.line === 6);
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.answers).toEqual(["Global Accelerator"]);
	});

	test("initials count only when the note uses them twice, and only for a title of capitalised words", () => {
		expect(initialsIn(lines, "Global Accelerator")).toBe("GA");
		expect(initialsIn(["GA once"], "Global Accelerator")).toBeNull();
		expect(initialsIn(["SF and SF"], "Step functions")).toBeNull();
		expect(initialsIn(["R5 R5"], "Route 53")).toBeNull();
	});
});

describe("blind reads 148-149: concept triples, anti-pattern notes, Italian-English", () => {
	test('a "Concept:" line is asked with the feature heading above it', () => {
		const lines = ["# CloudFront", "", "CDN with edge locations worldwide.", "", "## Features", "", "### Origin Access Control", "- **Concept**: the S3 origin stays private, and viewers reach objects only through the **distribution**."];
		const qs = asked("CloudFront", lines, "true-false").filter((q) => q.source.line === 8);
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.prompt).toMatch(/^True or false: CloudFront — Origin Access Control: Concept: /);
	});

	test("a figure said with its unit's first letter gives the blank away", () => {
		const lines = ["# Amazon SQS", "", "## Come funziona", "- Long polling: il consumer aspetta fino a **20 secondi** che arrivi qualcosa (range 1–20 s)", "- Long polling: il consumer aspetta fino a **20 secondi** che arrivi un messaggio"];
		const qs = asked("Amazon SQS", lines, "fill-blank").filter((q) => q.answers[0] === "20 secondi");
		expect(qs.filter((q) => q.source.line === 4)).toEqual([]);
		expect(qs.some((q) => q.source.line === 5)).toBe(true);
	});

	test('"Not for storing big blobs → S3" says whose job it is not', () => {
		const lines = ["# Aurora", "", "Relational database engine compatible with MySQL and PostgreSQL.", "", "## When NOT to use it", "- Not for storing big blobs / files (images, videos) → [[S3]], keep the key in the DB"];
		const qs = asked("Aurora", lines, "scenario").filter((q) => q.answers[0] === "S3");
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.prompt).toMatch(/^Scenario \(Aurora\): not for storing big blobs/);
	});
});

