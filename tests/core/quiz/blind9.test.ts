/**
 * Faults a blind reader found in round 9 (Q&A lecture notes: "What is it?", "When do I use it?",
 * "What does the exam like to ask?"), each as a case.
 */
import { describe, expect, test } from "vitest";
import { generateQuiz } from "../../../src/core/quiz";
import { statesAValue, versusPartners } from "../../../src/core/quiz/leads";
import { sectionIdOf } from "../../../src/core/quiz/sections";
import { couldBothFit } from "../../../src/core/quiz/services";
import { context, facts, note, quizQuestions, SEEDS } from "./helpers";

const ROUTE_53 = [
	"# Route 53",
	"## What is it?",
	"**Amazon Route 53** is the managed DNS service of AWS. It also registers domains and runs health checks.",
	"- Hosted zone - container of DNS records for one domain",
	"- TTL - how long resolvers cache a record",
	"- **Alias record** - Route 53 extension that points a name at an AWS resource",
	"## Alias vs CNAME?",
	"- CNAME - maps a name to another name; not allowed at the zone apex",
	"- Alias - works at the apex and follows the target's IP changes",
	"## Which routing policies are there?",
	"- Weighted - split traffic by percentage",
	"- Latency - send users to the Region with the lowest latency",
	"- Failover - primary and secondary with a health check",
	"## What does the exam like to ask?",
	"- Point the apex domain at an ALB → Alias record",
	"- Users must get content based on their country → geolocation",
];

const DIRECT_CONNECT = [
	"# Direct Connect",
	"## What is it?",
	"**AWS Direct Connect (DX)** is a private, dedicated network link from a data centre to AWS.",
	"- DX location - a colocation site where your router meets AWS",
	"- Hosted connection - capacity provisioned by a partner, in smaller steps",
	"Types of VIF:",
	"- **Private VIF** - reach VPCs through a virtual private gateway or a **Direct Connect gateway**",
	"- **Transit VIF** - reach a Transit Gateway via a Direct Connect gateway",
	"## Limits and defaults",
	"- Dedicated port speeds - 1, 10, 100 Gbps",
	"- Setup time - usually weeks, because of physical cabling",
	"- Encryption - not encrypted by default",
	"- Direct Connect gateway - global object; one DX can reach VPCs in many Regions",
	"- LAG - bundle several connections of one speed into one logical link",
	"## What does the exam like to ask?",
	"- Need one DX to many VPCs in different Regions → Direct Connect gateway",
	"- Need encryption on DX → VPN over DX or MACsec",
];

describe("options stand against options of their kind", () => {
	test("a setting or a limit is no wrong answer for a thing", () => {
		expect(statesAValue("how long resolvers cache a record")).toBe(true);
		expect(statesAValue("1, 10, 100 Gbps")).toBe(true);
		expect(statesAValue("usually weeks, because of physical cabling")).toBe(true);
		expect(statesAValue("OK, ALARM, INSUFFICIENT_DATA")).toBe(true);
		expect(statesAValue("up to 15 months, rolled up to coarser periods")).toBe(true);
		expect(statesAValue("container of DNS records for one domain")).toBe(false);
		expect(statesAValue("bundle several connections of one speed into one logical link")).toBe(false);
		expect(statesAValue("combine several alarms with AND/OR to cut noise")).toBe(false);
		expect(statesAValue("fastest, with downtime.")).toBe(false);
		expect(statesAValue("1 or 3 year commitment for a large discount.")).toBe(false);
		expect(statesAValue("$0.40 per secret per month")).toBe(true);
		expect(statesAValue("batches, reduced capacity.")).toBe(false);
	});

	test("what the note sets a term against is its first wrong answer", () => {
		expect(versusPartners(facts("Route 53", ...ROUTE_53), "Alias record")).toEqual(["CNAME"]);
		expect(versusPartners(facts("Route 53", ...ROUTE_53), "Hosted zone")).toEqual([]);
	});

	test("Route 53: the apex cue offers CNAME, never TTL", () => {
		const asked = quizQuestions("Route 53", ROUTE_53, "scenario").filter((q) => q.answers[0] === "Alias record");
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) {
			expect(q.choices).toContain("CNAME");
			expect(q.choices).not.toContain("TTL");
			// Routing policies are another kind of thing: three choices of one kind beat four.
			for (const c of q.choices) expect(["Alias record", "CNAME", "Hosted zone"]).toContain(c);
		}
	});

	test("Direct Connect: no limits as options, and no option that works with the key", () => {
		const asked = quizQuestions("Direct Connect", DIRECT_CONNECT, "scenario").filter((q) => q.answers[0] === "Direct Connect gateway");
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) {
			expect(q.choices.length).toBe(4);
			for (const bad of ["Dedicated port speeds", "Setup time", "Encryption", "Transit VIF", "Private VIF"]) expect(q.choices, q.prompt).not.toContain(bad);
		}
	});
});

describe("second right answers", () => {
	test("a service and a part of it, and services that do one job, are never key and wrong choice", () => {
		expect(couldBothFit("Kinesis", "KDS")).toBe(true);
		expect(couldBothFit("SSM Parameter Store", "AWS Systems Manager (SSM)")).toBe(true);
		expect(couldBothFit("Elastic Beanstalk", "AWS Lambda")).toBe(true);
		expect(couldBothFit("Amazon SQS", "Amazon MQ")).toBe(true);
		expect(couldBothFit("Amazon EC2", "Amazon ECS")).toBe(false);
		expect(couldBothFit("Amazon SQS", "Amazon Kinesis Data Streams")).toBe(false);
	});

	test("a one-word exam keyword is not a scenario", () => {
		const lines = [
			"# Amazon SQS",
			"Amazon SQS is a fully managed message queue.",
			"## Details",
			"- **Standard queues** deliver each message at least once, in roughly the order sent.",
			"- **FIFO queues** keep the order and process each message exactly once.",
			"- The **visibility timeout** hides a received message from other consumers until it is deleted.",
			"- Messages are kept for 4 days by default and for up to 14 days.",
			"## Exam tips",
			"- Keyword: decouple → SQS",
			"- Need to buffer writes to a database during spikes → SQS",
		];
		const asked = quizQuestions("Amazon SQS", lines, "scenario");
		expect(asked.some((q) => /buffer writes/.test(q.prompt))).toBe(true);
		expect(asked.filter((q) => /\bdecouple\b/i.test(q.prompt))).toEqual([]);
	});

	test("a blank a key-management service fills gets key and secrets services as wrong choices, not identity ones", () => {
		const lines = [
			"# EBS",
			"**Amazon EBS** gives block storage volumes to EC2 instances.",
			"## Limits and defaults",
			"- Encryption - uses [[KMS]]; covers data at rest, in transit to the instance, and snapshots",
			"- Snapshots - copied across Regions and accounts",
		];
		const asked = quizQuestions("EBS", lines).filter((q) => q.answers[0] === "KMS" && q.choices.length > 0);
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) for (const c of q.choices) expect(c).not.toMatch(/Cognito|Identity Center|Directory Service/);
	});
});

describe("Q&A headings", () => {
	test("name their section", () => {
		expect(sectionIdOf("When do I use it?")).toBe("useCases");
		expect(sectionIdOf("What is it used for?")).toBe("useCases");
		expect(sectionIdOf("What does the exam like to ask?")).toBe("examTips");
	});

	test("a use-case fragment is not a true/false statement", () => {
		const lines = [
			"# Elastic Beanstalk",
			"**AWS Elastic Beanstalk** deploys and scales web apps from uploaded code.",
			"## When do I use it?",
			"- Lift-and-shift of a typical web app with little ops effort",
			"- Teams that want to deploy code without learning CloudFormation",
			"## Limits and defaults",
			"- Environments - one web server tier or one worker tier each",
			"- Deployment policies include all at once, rolling, immutable and blue/green.",
		];
		expect(quizQuestions("Elastic Beanstalk", lines, "true-false").filter((q) => /Lift-and-shift/.test(q.prompt))).toEqual([]);
	});
});

describe("whose line it is", () => {
	const WAF = [
		"# WAF and Shield",
		"## What is it?",
		"Two security services that often appear together:",
		"- **AWS WAF** - web application firewall that filters layer 7 (HTTP/HTTPS) requests",
		"- **AWS Shield** - managed protection against DDoS attacks",
		"\t- Shield Standard - free and automatic for every AWS customer",
		"\t- Shield Advanced - paid subscription with extra detection, mitigation and support",
		"## How does WAF work?",
		"You create a **web ACL** and attach it to a resource. The ACL holds rules evaluated in priority order.",
		"- Rate-based rule - blocks a client IP that sends too many requests in a time window",
		"## What does Shield Advanced add?",
		"- 24/7 access to the **Shield Response Team (SRT)**",
		"- DDoS cost protection - credits for scaling charges caused by an attack",
	];

	test("a question heading names the subject of its lines", () => {
		const f = facts("WAF and Shield", ...WAF);
		expect(f.subjectAt(9)).toBe("WAF");
		expect(f.subjectAt(12)).toBe("Shield Advanced");
		expect(facts("Route 53", ...ROUTE_53).subjectAt(8)).toBe(null);
	});

	test("a note about two services never puts its title in front of a line", () => {
		for (const q of quizQuestions("WAF and Shield", WAF)) expect(q.prompt).not.toMatch(/WAF and Shield/);
		expect(quizQuestions("WAF and Shield", WAF).some((q) => /^(?:WAF: |How does WAF work\? )You create a ____/.test(q.prompt))).toBe(true);
	});
});

describe("a quiz asks each answer once before it asks any twice", () => {
	const DNS = [
		"# Route 53",
		"**Amazon Route 53** is the managed DNS service of AWS.",
		"## Details",
		"- A **hosted zone** holds the DNS records of one domain.",
		"- An **Alias record** points a name at an AWS resource such as a load balancer.",
		"- An **Alias record** works at the zone apex, where a **CNAME** is not allowed.",
		"- Queries to an **Alias record** that targets an AWS resource are free of charge.",
		"- The **TTL** sets how long resolvers cache an answer before they ask again.",
		"- A **health check** watches an endpoint and takes it out of answers when it fails.",
		"- **Weighted routing** splits traffic between records by percentage.",
		"- **Latency routing** sends users to the Region that answers them fastest.",
		"## Exam tips",
		"- Point the apex domain at an ALB → Alias record",
		"- Gradual cutover between two stacks → Weighted routing",
	];

	test("Route 53: one question keyed Alias record while other keys are left", () => {
		let checked = 0;
		for (const seed of SEEDS) {
			const quiz = generateQuiz(note(...DNS), context("Route 53"), { count: 6, seed });
			const keys = quiz.questions.filter((q) => q.kind !== "true-false" && q.answers[0] !== "Route 53").map((q) => q.answers.join(" ").toLowerCase());
			checked += keys.length;
			expect(new Set(keys).size, keys.join(", ")).toBe(keys.length);
		}
		expect(checked).toBeGreaterThan(20);
	});
});

describe("a list named by its parent bullet", () => {
	test("purchasing options stand against purchasing options, never instance families", () => {
		const lines = [
			"# Amazon EC2",
			"**Amazon EC2** gives resizable virtual servers in the cloud.",
			"## Details",
			"- Instance families:",
			"\t- **General purpose** (M, T): balanced compute, memory and networking.",
			"\t- **Compute optimized** (C): batch work, game servers, scientific modelling.",
			"- Purchasing options:",
			"\t- **On-Demand**: per-second billing, no commitment.",
			"\t- **Reserved Instances / Savings Plans**: 1 or 3 year commitment for a large discount.",
			"\t- **Spot Instances**: unused capacity at up to 90% off, reclaimed with a two-minute notice.",
			"\t- **Dedicated Hosts**: a whole physical server, for per-socket or per-core licences.",
			"## Exam Tips",
			"- Software whose licence is tied to physical cores → **Dedicated Hosts**",
		];
		const asked = quizQuestions("Amazon EC2", lines, "scenario").filter((q) => q.answers[0] === "Dedicated Hosts");
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(new Set(q.choices)).toEqual(new Set(["On-Demand", "Reserved Instances / Savings Plans", "Spot Instances", "Dedicated Hosts"]));
	});
});
