/**
 * Faults of blind reads 66 to 71, each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { checkFairness, type Question } from "../../../src/core/quiz";
import { nearDuplicate } from "../../../src/core/quiz/terms";
import { examCue } from "../../../src/core/quiz/cues";
import { topicLabel } from "../../../src/core/quiz/leads";
import { stemProblem } from "../../../src/core/quiz/stems";
import { clean } from "../../../src/core/quiz/text";
import { buildFacts } from "../../../src/core/quiz/facts";
import { allQuestions } from "../../../src/core/quiz/generateQuiz";
import { context, note, questionsOf, sampleQuestion, SEEDS, useCaseScenario } from "./helpers";

const selectAll = (title: string, lines: string[]): Question[] =>
	SEEDS.flatMap((seed) => questionsOf(title, lines, seed)).filter((q) => q.kind === "select-all");

describe("blind read 66", () => {
	test("a remark in a category list ('Can switch between modes', 'Many AWS sources: ...') is no member of it: the list is not asked", () => {
		const lines = [
			"# Amazon Kinesis Data Streams",
			"",
			"- **Capacity modes**",
			"\t- **Provisioned**: you pick the shard count, pay per shard-hour.",
			"\t- **On-demand**: no shard planning, pay per GB in and out.",
			"\t- Can switch between modes (a few times per day).",
			"- **Producers**",
			"\t- AWS SDK (PutRecord / PutRecords).",
			"\t- **KPL** (Kinesis Producer Library) -> batching and retries.",
			"\t- **Kinesis Agent** on servers to ship log files.",
			"\t- Many AWS sources: CloudWatch Logs subscription filters, IoT rules.",
			"- **Consumers**",
			"\t- **KCL** (Kinesis Client Library) -> leases in a DynamoDB table.",
			"\t- **Enhanced fan-out**: 2 MB/s per shard per consumer.",
			"\t- **Firehose**: delivery to S3.",
		];
		const choices = selectAll("Amazon Kinesis Data Streams", lines).flatMap((q) => q.choices);
		expect(choices).not.toContain("Can switch between modes");
		expect(choices).not.toContain("Many AWS sources");
	});

	test("services that use the subject ('used by [[Athena]], [[EMR]]') are not what it uses", () => {
		const lines = [
			"# AWS Glue",
			"",
			"## Components",
			"- **Glue Data Catalog** - central metadata repository",
			"\t- used by [[Amazon Athena]], [[Amazon Redshift]] Spectrum, [[Amazon EMR]]",
			"- **Crawlers** - scan data stores and infer schemas",
		];
		expect(selectAll("AWS Glue", lines).map((q) => q.prompt)).toEqual([]);
	});

	test("a plural heading ('Subscription endpoints') does not 'use' the services listed under it", () => {
		const lines = [
			"# Amazon SNS",
			"",
			"## Subscription endpoints",
			"- A2A: [[Amazon SQS|SQS]], [[AWS Lambda|Lambda]], HTTP/HTTPS, and [[Amazon Data Firehose|Firehose]]",
			"- A2P: SMS, email, mobile push",
		];
		expect(selectAll("Amazon SNS", lines).map((q) => q.prompt)).toEqual([]);
	});

	test("a prompt that says the answer's length of time in other units gives it away", () => {
		const q: Question = {
			id: "x",
			kind: "fill-blank",
			prompt: 'Amazon Kinesis Data Streams: "Keep data for a year to reprocess" -> retention up to ____.',
			choices: [],
			answers: ["365 days"],
			type: "number",
			multi: false,
			typed: true,
			explanation: 'Line 3: "x"',
			source: { line: 3, text: "x" },
		};
		expect(checkFairness(q).join()).toMatch(/in other units/);
		expect(checkFairness({ ...q, prompt: "Amazon Kinesis Data Streams: default 24 hours, extendable up to ____." })).toEqual([]);
	});
});

describe("blind read 67", () => {
	test("an aside that only names the service again ('Content Delivery Network (CDN)') leaves the prompt", () => {
		const text = "**Amazon CloudFront** is AWS's **Content Delivery Network (CDN)**. It caches content at edge locations close to users.";
		const prompts = [...allQuestions(buildFacts(note("---", "aliases:", "  - CDN", "---", "", "**Overview**", text), context("Amazon CloudFront", { aliases: ["CDN"] })), 1).values()]
			.flat()
			.filter((q) => q.kind === "which-service")
			.map((q) => q.prompt);
		expect(prompts).toContain("Which AWS service is AWS's Content Delivery Network?");
	});

	test("marks of importance ('(!!)') are no part of a term", () => {
		expect(clean("**CNAME vs Alias** (!!)")).toBe("CNAME vs Alias");
		expect(clean("Alias (!) works at the apex (?)")).toBe("Alias works at the apex");
		expect(clean("f(x) stays")).toBe("f(x) stays");
	});

	test("'the LB marks unhealthy' gives away ELB among choices without those letters", () => {
		const q = sampleQuestion({
			kind: "fill-blank",
			prompt: "Auto Scaling — ____ health checks → replaces instances the LB marks unhealthy",
			choices: ["EC2 Auto Scaling", "ELB", "API Gateway", "Global Accelerator"],
			answers: ["ELB"],
			type: "service",
		});
		expect(checkFairness(q).join()).toMatch(/"LB" is part of the answer/);
	});

	test("a multi-region job is Route 53's and Global Accelerator's alike: neither is the other's wrong choice", () => {
		const lines = ["# Auto Scaling", "", "## Remember", "- ASG is regional, not cross-region → multi-region = multiple ASGs + [[Route 53]]"];
		const wrong = SEEDS.flatMap((seed) => questionsOf("Auto Scaling", lines, seed))
			.filter((q) => q.answers.includes("Route 53"))
			.flatMap((q) => q.choices);
		expect(wrong).not.toContain("Global Accelerator");
	});

	test("'create that role' points at a role the line does not name", () => {
		expect(stemProblem("How cross-account access works: you have to create that role yourself")).toBe("points at something it does not name");
		expect(stemProblem("Create a role, then attach that role to the instance profile")).toBeNull();
	});

	test("one of the 'Others:' is not asked: the list does not close", () => {
		const lines = ["# AWS Systems Manager", "", "## Tools", "- Others (less on the exam): **OpsCenter** (OpsItems), **Explorer**, **Fleet Manager**, **Distributor** (packages), **Change Manager**, **Incident Manager**"];
		const prompts = SEEDS.flatMap((seed) => questionsOf("AWS Systems Manager", lines, seed)).filter((q) => q.kind === "fill-blank").map((q) => q.prompt);
		expect(prompts.filter((p) => /Distributor|Fleet Manager|Explorer/.test(p) && p.includes("____"))).toEqual([]);
	});

	test("an adjective ('Asynchronous: [[S3]], [[SNS]]') is no role the services are used for", () => {
		const lines = ["# AWS Lambda", "", "## Invocation types", "- Asynchronous: [[Amazon S3]], [[Amazon SNS]], [[Amazon EventBridge]]"];
		expect(selectAll("AWS Lambda", lines).map((q) => q.prompt)).toEqual([]);
	});
});

describe("blind read 68", () => {
	test("a topic label ('High availability', 'Request quotas', 'Deleting a key', 'Regional') is never swapped onto another line", () => {
		for (const label of ["High availability", "Request quotas", "Standard ports (TLS)", "Lambda integration", "Deleting a key", "Regional"]) expect(topicLabel(label), label).toBe(true);
		for (const label of ["Job queue", "Leader node", "Credential report", "Field-level encryption", "Reserved concurrency", "GSI"]) expect(topicLabel(label), label).toBe(false);
		const lines = [
			"# Amazon MQ",
			"",
			"## Key Features",
			"- **Standard ports (TLS)** – OpenWire 61617, AMQP 5671, STOMP 61614, MQTT 8883; web console 8162.",
			"- **High availability** – active/standby brokers (ActiveMQ) or a 3-node cluster (RabbitMQ) across AZs.",
			"- **Lambda integration** – Lambda can poll Amazon MQ queues as an event source.",
			"- **Request quotas** – brokers per Region and connections per broker are soft limits you can raise.",
		];
		const falses = SEEDS.flatMap((seed) => questionsOf("Amazon MQ", lines, seed)).filter((q) => q.kind === "true-false" && q.answers[0] === "False");
		expect(falses.map((q) => q.prompt)).toEqual([]);
	});

	test("the software a service runs, named like it ('running OpenSearch clusters'), is not masked into 'this service'", () => {
		const text = "**Amazon OpenSearch Service** is a managed service for running OpenSearch (and older Elasticsearch) clusters for search and log analytics.";
		const facts = buildFacts(note("---", "aliases:", "  - OpenSearch", "---", "", "**Overview**", text), context("Amazon OpenSearch Service", { aliases: ["OpenSearch"] }));
		const prompts = [...allQuestions(facts, 1).values()].flat().map((q) => q.prompt);
		expect(prompts.filter((p) => /this service/.test(p))).toEqual([]);
	});
});

describe("blind read 69", () => {
	test("a cue keyed by one side of an 'X vs Y' branch is asked between the two sides", () => {
		const lines = [
			"# Amazon Cognito",
			"",
			"- User Pools",
			"\t- user directory → sign-up, sign-in, MFA; returns JWTs",
			"- Identity Pools",
			"\t- swap a token → temporary AWS credentials via STS",
			"- User Pool vs Identity Pool",
			"\t- user pool → login + JWT",
			"\t- identity pool → IAM creds for AWS resources",
			"- Exam",
			"\t- mobile app uploads directly to S3, no backend, no long-term keys → Identity Pool",
		];
		const scenarios = SEEDS.flatMap((seed) => questionsOf("Amazon Cognito", lines, seed)).filter((q) => q.kind === "scenario" && q.answers[0] === "Identity Pool");
		expect(scenarios.length).toBeGreaterThan(0);
		for (const q of scenarios) expect([...q.choices].sort()).toEqual(["Identity Pool", "User Pool"]);
	});
});

describe("blind read 70", () => {
	test("account vending and unplannable traffic are jobs several services do", () => {
		const cases: [string, string, string][] = [
			["AWS Control Tower", "Self-service account vending for teams while central IT keeps control", "Service Catalog"],
			["Amazon DynamoDB", "Serverless app with spiky, unpredictable traffic and no capacity planning", "Keyspaces"],
			["AWS Fargate", "Spiky or unpredictable traffic where right-sizing a cluster is hard", "Lambda"],
		];
		for (const [title, useCase, other] of cases) {
			const asked = SEEDS.map((seed) => useCaseScenario(title, useCase, seed, "## Use Cases")).filter((q): q is Question => q !== undefined);
			expect(asked.length, useCase).toBeGreaterThan(0);
			for (const q of asked) expect(q.choices.filter((c) => c.endsWith(other)), useCase).toEqual([]);
		}
	});

	test("'Aurora Global DB' and 'Global Database' are one option said two ways", () => {
		expect(nearDuplicate("Aurora Global DB", "Global Database")).toBe(true);
		expect(nearDuplicate("Global Database", "Global tables")).toBe(false);
	});
});

describe("blind read 71", () => {
	test("'→ NATGW over NAT instance' keys the one preferred, with the other ruled out", () => {
		expect(examCue("need least ops for NAT → NATGW over NAT instance")).toMatchObject({ answer: "NATGW", not: "NAT instance" });
		expect(examCue("async failure handling -> Destinations preferred over DLQ")).toMatchObject({ answer: "Destinations", not: "DLQ" });
		// A thing run over others is no preference: the answer stays whole.
		expect(examCue('exam: "encrypt traffic over DX" → IPsec VPN over DX / MACsec')?.not ?? null).toBeNull();
		const lines = ["# NAT Gateway", "", "- **NATGW vs NAT instance**", "\t- maintenance: AWS vs you", "## Exam", "- need least ops for NAT → NATGW over NAT instance", "- need NAT w/ SGs / port forwarding / bastion → NAT instance"];
		const keys = SEEDS.flatMap((seed) => questionsOf("NAT Gateway", lines, seed)).filter((q) => q.kind === "scenario" && /least ops/.test(q.prompt)).map((q) => q.answers[0]);
		expect(keys.length).toBeGreaterThan(0);
		expect(new Set(keys)).toEqual(new Set(["NATGW"]));
	});
});
