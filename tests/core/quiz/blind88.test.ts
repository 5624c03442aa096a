/**
 * Faults found by blind reads 88-93 (lecture notes typed live, teacher's handouts, self-test
 * callouts, Zettelkasten notes, decision trees, last-week cram notes, study-group transcripts,
 * practice-exam debriefs, Spanish-English notes), each as a case written for these tests.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { typedMatches } from "../../../src/core/quiz";
import { alsoAccepted } from "../../../src/core/quiz/accepts";
import { checkFairness } from "../../../src/core/quiz/fairness";
import { sectionIdOf } from "../../../src/core/quiz/sections";
import { stemProblem } from "../../../src/core/quiz/stems";
import { echoes } from "../../../src/core/quiz/terms";
import { FIXTURES, questionsOf, sampleQuestion } from "./helpers";

describe("blind reads 88-89: paragraphs typed live, wrapped mid-sentence", () => {
	const lecture = [
		"# AWS Incident Manager",
		"",
		"## Lecture",
		"so basically the instructor said you build it in layers: contacts first, then **escalation plans** with stages, and",
		"finally the **response plan** ties it all together with a title template and an impact level. Each **contact** can",
		"have email, SMS and voice channels.",
		"**Runbooks** are **SSM Automation** documents that run when an incident opens.",
		"",
		"Cloud WAN is **global**, one policy, dynamic routing between the edges handled for you, segments are",
		"the isolation boundary inside the core network.",
	];

	test("no blank and no statement comes from a sentence cut by the line's end or start", () => {
		const asked = [1, 2, 3, 4, 5, 6].flatMap((seed) => questionsOf("AWS Incident Manager", lecture, seed));
		for (const q of asked.filter((x) => x.kind === "fill-blank" || x.kind === "true-false")) {
			expect(q.source.line, q.prompt).not.toBe(4);
			expect(q.prompt).not.toMatch(/\band$|\bcan$|^[^:]*: finally|segments are/);
		}
		// A whole sentence inside the paragraph is still asked: "Runbooks are SSM Automation documents ...".
		expect(asked.some((q) => q.source.line === 7)).toBe(true);
	});

	test("a line that opens with bold text is paragraph text too", () => {
		const lines = [
			"# AWS Incident Manager",
			"",
			"## Lecture",
			"**Escalation plans** hold stages: stage 1 pages the on-call engineer, and if nobody acknowledges within **10 min** it moves to stage",
			"2, which pages the backup engineer. **Runbooks** are **SSM Automation** documents that run when an incident opens.",
		];
		const asked = [1, 2, 3, 4, 5, 6].flatMap((seed) => questionsOf("AWS Incident Manager", lines, seed));
		expect(asked.filter((q) => q.source.line === 4 && (q.kind === "fill-blank" || q.kind === "true-false"))).toEqual([]);
		expect(asked.some((q) => q.source.line === 5)).toBe(true);
	});


	test("a lecture note typed line by line gives no blank from a sentence that runs on into the next line", () => {
		const lines = readFileSync(`${FIXTURES}AWS Chatbot (lecture).md`, "utf8").split("\n");
		const blanks = [1, 2, 3].flatMap((seed) => questionsOf("AWS Chatbot", lines, seed)).filter((q) => q.kind === "fill-blank");
		for (const key of ["action buttons", "chat client", "SNS email subscription", "chat channel", "SNS topic"]) expect(blanks.filter((q) => q.answers.includes(key)), key).toEqual([]);
	});

	test("a statement is the whole sentences of a wrapped line, not the one that runs on", () => {
		const lines = ["# AWS Cloud WAN", "", "## Lecture", "Cloud WAN vs Transit Gateway (exam!! the main one). TGW is **regional**, multi-region means TGW peering between each pair,", "and you manage the route tables yourself. Cloud WAN is a **global** service with one policy for every Region."];
		const tf = [1, 2, 3, 4, 5, 6].flatMap((seed) => questionsOf("AWS Cloud WAN", lines, seed)).filter((q) => q.kind === "true-false");
		expect(tf.filter((q) => q.source.line === 4)).toEqual([]);
		expect(tf.some((q) => q.source.line === 5 && /Cloud WAN is a global service/.test(q.prompt))).toBe(true);
	});

	test("a which-service definition is not cut from a wrapped line", () => {
		const lines = ["# AWS Cloud WAN", "", "## Overview", "Cloud WAN is a global network service with one policy and dynamic routing handled for you, and segments are", "the isolation boundary inside the core network."];
		const defs = questionsOf("AWS Cloud WAN", lines).filter((q) => q.kind === "which-service");
		for (const q of defs) expect(q.prompt).not.toMatch(/segments are\?$/);
	});

	test("a to-do list under its label ('todo / exam stuff:') asks nothing", () => {
		const lines = [
			"# AWS Cloud WAN",
			"",
			"## Notes",
			"- **Core network edges** are managed regional routers that mesh with each other automatically.",
			"",
			"todo / exam stuff:",
			"- TGW = regional, Cloud WAN = global (!!) classic trap",
			"- read a sample **core network policy** JSON with attachment policies",
		];
		const asked = [1, 2, 3].flatMap((seed) => questionsOf("AWS Cloud WAN", lines, seed));
		expect(asked.filter((q) => q.source.line >= 6)).toEqual([]);
		expect(asked.some((q) => q.source.line === 4)).toBe(true);
	});
});

describe("blind reads 88-89: a feature's own note", () => {
	test("a feature named after its service ('EC2 Instance Connect') is what its lines are about", () => {
		const lines = ["# EC2 Instance Connect", "", "## Facts", "- The temporary public key stays in instance metadata for **60 seconds** only.", "- Access is granted with **IAM** permissions instead of long-lived key pairs."];
		const asked = questionsOf("EC2 Instance Connect", lines).filter((q) => q.kind === "fill-blank" || q.kind === "true-false");
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.prompt).toMatch(/EC2 Instance Connect/);
		// A topic of the service ("EC2 Instance Types") is about the service itself.
		const topic = questionsOf("EC2 Instance Types", ["# EC2 Instance Types", "", "## Facts", "- Burstable **T3** instances earn CPU credits while they idle below the baseline."]).filter((q) => q.kind === "fill-blank");
		expect(topic.length).toBeGreaterThan(0);
		for (const q of topic) expect(q.prompt).toMatch(/^EC2: /);
	});
});

describe("blind reads 88-89: giveaways and related notes", () => {
	test("a typed key's version named beside another version ('V1 is old') is given away", () => {
		const q = (prompt: string) => sampleQuestion({ kind: "fill-blank", type: "term", typed: true, prompt, choices: [], answers: ["Greengrass V2"] });
		expect(checkFairness(q("IoT Greengrass: current version = ____ (open source); V1 is in maintenance mode.")).join()).toMatch(/another version/);
		expect(checkFairness(q("IoT Greengrass: current version = ____ (open source), with components deployed from the cloud."))).toEqual([]);
	});

	test("a key said by the prompt with a word in the plural ('Secrets Manager' for 'secret manager') is given away", () => {
		expect(echoes("Use the ____ component → syncs secrets from AWS Secrets Manager to the device", "secret manager")).toBe(true);
		expect(echoes("Use the ____ component → keeps device credentials safe on the device", "secret manager")).toBe(false);
	});

	test("a Zettelkasten 'Connections' list relates notes, it states no facts", () => {
		expect(sectionIdOf("Connections")).toBe("references");
	});
});

describe("blind reads 90-91: debriefs and feature notes", () => {
	test("a numbered question's bold label ('**Q3.**') is no term to blank", () => {
		const lines = ["# VPC flow logs", "", "## Questions I remember", "", "**Q3.** Need near real-time alerting on rejected SSH attempts to the bastion host.", "→ answer: publish to **CloudWatch Logs**, add a metric filter and an alarm.", "", "**Q4.** Logs must be kept for years and queried with SQL at low cost.", "→ answer: publish to **S3** and query them with **Athena**."];
		const blanks = [1, 2, 3].flatMap((seed) => questionsOf("VPC flow logs", lines, seed)).filter((q) => q.kind === "fill-blank");
		expect(blanks.filter((q) => /^Q\d/.test(q.answers[0]))).toEqual([]);
	});

	test("a feature named in lower case after its service ('VPC flow logs') is the subject, a topic ('EC2 purchase options') is not", () => {
		const flow = questionsOf("VPC flow logs", ["# VPC flow logs", "", "## Facts", "- Records can go to **CloudWatch Logs**, **S3** or **Data Firehose**.", "- Capturing happens at the **ENI** level, so every interface is logged."]).filter((q) => q.kind === "fill-blank" || q.kind === "true-false");
		expect(flow.length).toBeGreaterThan(0);
		for (const q of flow) expect(q.prompt).toMatch(/VPC flow logs/);
		const topic = questionsOf("EC2 purchase options", ["# EC2 purchase options", "", "## Facts", "- **Spot Instances** are up to 90% off and can be reclaimed with a two-minute warning."]).filter((q) => q.kind === "fill-blank");
		expect(topic.length).toBeGreaterThan(0);
		for (const q of topic) expect(q.prompt).toMatch(/^EC2: /);
	});
});

describe("blind reads 92-93: columns, mnemonics and the student's own questions", () => {
	test("a table whose columns describe its rows ('Does what', 'Output') compares no things", () => {
		const lines = ["# Glue crawlers", "", "## Crawler vs the rest", "| | does what | output |", "|---|---|---|", "| **Glue crawler** | infers the schema | tables in the Data Catalog |", "| Glue ETL job | transforms data with Spark | new data files |", "| Glue DataBrew | visual data prep, no code | cleaned datasets |"];
		const asked = questionsOf("Glue crawlers", lines);
		// Without the rule this table gives "Glue — Glue ETL job: new data files. Which is it, output or does what?".
		expect(asked.filter((q) => /does what\??$|output\??$/i.test(q.prompt))).toEqual([]);
	});

	test("a mnemonic's letters ('G-D-F') are no answer", () => {
		expect(checkFairness(sampleQuestion({ kind: "fill-blank", type: "term", typed: true, prompt: "SNS FIFO topics: ____: group id for order, dedup id for no dupes, FIFO queue at the end.", choices: [], answers: ["G-D-F"] })).join()).toMatch(/points back/);
	});

	test("the student's own questions and mix-ups ('two of them', 'mixed up with') are no statements", () => {
		expect(stemProblem("Two of them were actually VPC sharing via AWS RAM")).toMatch(/does not name/);
		expect(stemProblem("VPC sharing: mixed up with Security Group sharing")).toMatch(/student/);
		expect(stemProblem("VPC sharing lets subnets of one VPC be used by several accounts via AWS RAM")).toBeNull();
	});
});

describe("blind reads 92-93: other right ways to type a key", () => {
	test("each side of an 'or' key, 'dedup' for 'deduplication', 'ordering' for 'strict ordering'", () => {
		expect(alsoAccepted("SSE-S3 or SSE-KMS", "S3 Inventory: the report files can be encrypted with ____", [])).toEqual(["SSE-S3", "SSE-KMS"]);
		expect(typedMatches("content-based dedup", "content-based deduplication")).toBe(true);
		expect(alsoAccepted("strict ordering", "SNS FIFO: a topic type with ____ and deduplication", ["- FIFO topics keep strict ordering per message group"])).toEqual(["ordering"]);
		// Where the note names another ordering, the word alone is not this one.
		expect(alsoAccepted("strict ordering", "SNS FIFO: a topic type with ____ and deduplication", ["- Standard topics give best-effort ordering only"])).toEqual([]);
	});
});
