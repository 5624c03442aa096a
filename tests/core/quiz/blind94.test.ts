/**
 * Faults found by blind reads 94-95 (video-course notes with timestamps, Dataview inline fields,
 * spaced-repetition cards, explain-like-I'm-five notes, outlines numbered as text, scenario-first
 * notes), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { numberedAsDocument } from "../../../src/core/quiz/layouts";
import { practiceLines } from "../../../src/core/quiz/asides";
import { scenarioBlockCues } from "../../../src/core/quiz/practice";
import { alsoAccepted } from "../../../src/core/quiz/accepts";
import { checkFairness } from "../../../src/core/quiz/fairness";
import { situationProblem, stemProblem } from "../../../src/core/quiz/stems";
import { facts, questionsOf, SEEDS } from "./helpers";
import { withoutNumbering } from "../../../src/core/quiz/text";
import { checkAnswer, typedMatches } from "../../../src/core/quiz";

describe("blind read 95: an outline numbered as text", () => {
	const outline = [
		"# Amazon Pinpoint",
		"",
		"1. Building blocks",
		"    1.1 **Project** = container for settings + endpoints + segments",
		"    1.2 **Endpoint** = one destination (an email address, a phone number, a device token)",
		"        1.2.1 one user ID -> many endpoints",
		"2. Channels",
		"    2.1 **Email** runs on SES under the hood",
		"    2.2 **SMS** starts in a sandbox with a tiny monthly spend limit",
		"10. Scenarios",
		"10.3 just send transactional email at scale -> SES",
		"",
		"```",
		"    1.1 aws pinpoint get-apps",
		"```",
	];

	test("each numbered line is a bullet at the depth its number says, line for line", () => {
		const doc = numberedAsDocument(outline);
		expect(doc).not.toBeNull();
		expect(doc?.length).toBe(outline.length);
		expect(doc?.[3]).toBe("\t- **Project** = container for settings + endpoints + segments");
		expect(doc?.[5]).toBe("\t\t- one user ID -> many endpoints");
		expect(doc?.[10]).toBe("\t- just send transactional email at scale -> SES");
		// Top-level "1." items are list items already; code stays code.
		expect(doc?.[2]).toBe("1. Building blocks");
		expect(doc?.[13]).toBe("    1.1 aws pinpoint get-apps");
	});

	test("a figure at the start of a line or two is no outline", () => {
		expect(numberedAsDocument(["# S3", "", "3.5 GB is the largest single PUT in this made-up line", "text"])).toBeNull();
	});

	test("no question shows an outline number", () => {
		const asked = SEEDS.flatMap((seed) => questionsOf("Amazon Pinpoint", outline, seed));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.prompt, q.prompt).not.toMatch(/\b\d{1,2}\.\d(?:\.\d)?\s/);
	});
});

describe("blind read 95: scenarios written out as blocks", () => {
	const scenarios = [
		"# Network Firewall",
		"",
		"## Scenarios",
		"- **A company must inspect and filter traffic leaving its VPCs for known bad domains.**",
		"  - Ans: Network Firewall",
		"  - why: stateful rules with domain lists, deployed in a firewall subnet.",
		"- **Web app behind an ALB must block SQL injection attempts.**",
		"  - Ans: [[AWS WAF]], not Network Firewall",
		"  - why: layer 7 rules on the ALB.",
		"",
		"**Scenario:** many accounts need the same firewall rules applied and kept in place",
		"→ [[Firewall Manager]]",
		"why: central policies across the organization.",
		"",
		"### S4 – protect the account from a large DDoS with cost protection",
		"Attack traffic spikes and the bill spikes with it.",
		"- **Answer:** [[Shield]] Advanced",
		"- **Why:** includes the response team and cost protection.",
		"",
		"### Scenario: hosts inside the VPC must be blocked from resolving malware domains",
		"**→ DNS Firewall** (or a firewall appliance you run yourself)",
		"",
		"### S6 – block a single bad IP range at the subnet boundary",
		"- **Answer:** add a deny rule to the subnet's network ACL, then check the flow logs to confirm the drops",
	];
	const asked = SEEDS.flatMap((seed) => questionsOf("AWS Network Firewall", scenarios, seed)).filter((q) => q.kind === "scenario");
	const keyOf = (line: number) => asked.filter((q) => q.source.line === line).map((q) => q.answers[0]);

	test("a bullet's 'Ans:' child, an arrow under a labelled paragraph and an 'Answer:' under a labelled heading are scenarios", () => {
		expect(keyOf(5)).toContain("Network Firewall");
		expect(keyOf(8)).toContain("AWS WAF");
		expect(keyOf(12)).toContain("Firewall Manager");
		expect(keyOf(17)).toContain("Shield Advanced");
		const shield = asked.find((q) => q.source.line === 17);
		// The heading states the need; the paragraph under it only shows it.
		expect(shield?.prompt).toMatch(/^Scenario: protect the account from a large DDoS/);
		expect(asked.find((q) => q.source.line === 5)?.prompt).toMatch(/^Scenario: a company must inspect and filter traffic/);
	});

	test("the trap a block's answer names is a wrong choice", () => {
		const waf = asked.filter((q) => q.source.line === 8);
		expect(waf.length).toBeGreaterThan(0);
		for (const q of waf) expect(q.choices.some((c) => c.endsWith("Network Firewall")), q.choices.join(" / ")).toBe(true);
	});

	test("an answer that allows another, or says a procedure, is no key", () => {
		expect(keyOf(21)).toEqual([]);
		expect(keyOf(24)).toEqual([]);
	});
});

test("blind read 95: a block's answer that allows another is read as no cue", () => {
	const cues = scenarioBlockCues(facts("AWS Network Firewall", "# Network Firewall", "", "### Scenario: hosts in the VPC must not resolve malware domains", "**→ DNS Firewall** (or a firewall appliance you run yourself)", "", "### Scenario: hosts in the VPC must not reach a known bad IP range", "**→ Network ACL deny rule**"));
	expect(cues.map((c) => c.cue.answer)).toEqual(["Network ACL deny rule"]);
});

describe("blind read 94: video-course notes, spaced-repetition notes", () => {
	test("a line about the course itself ('short lecture (~6 min)') is asked nothing", () => {
		expect(situationProblem("hybrid cloud section, short lecture (~6 min)")).not.toBeNull();
		expect(situationProblem("the networking module (12 minutes) covers VPC basics")).not.toBeNull();
		expect(situationProblem("quick lecture, mostly a recap of VPC peering")).not.toBeNull();
		// A figure about AWS stays askable.
		expect(situationProblem("Rekognition Video can analyze a stored video of up to 10 GB")).toBeNull();
	});

	test("a heading that says a typed key in front of its blank is no fair lead", () => {
		const base = { id: "fill-blank-1", kind: "fill-blank" as const, choices: [], multi: false, typed: true, type: "term" as const, explanation: "x", source: { line: 9, text: "You choose per policy: auto remediate or just flag resources." } };
		const byHeading = { ...base, prompt: "AWS Firewall Manager — Scope + auto remediation: You choose per policy: ____ or just flag resources.", answers: ["auto remediate"] };
		expect(checkFairness(byHeading, ["AWS Firewall Manager", "Firewall Manager"]).join()).toMatch(/heading in front/);
		// A heading that shares one word of the key ("Message filtering" for "message body") leaves it to find.
		const shared = { ...base, prompt: "Amazon SNS — Message filtering: filter on attributes or ____ (payload-based)", answers: ["message body"], source: { line: 9, text: "filter on attributes or message body (payload-based)" } };
		expect(checkFairness(shared, ["Amazon SNS", "SNS"]).join()).not.toMatch(/heading in front/);
		// A figure is asked whatever words go with it.
		const figure = { ...base, prompt: "Amazon Aurora — Replicas: a cluster can have up to ____ sharing one volume.", answers: ["15 Aurora Replicas"], source: { line: 9, text: "a cluster can have up to 15 Aurora Replicas sharing one volume." } };
		expect(checkFairness(figure, ["Amazon Aurora", "Aurora"]).join()).not.toMatch(/heading in front/);
	});
});

test("blind read 95: a heading that asks what trips people up is no question the lines below answer", () => {
	const lines = ["# EventBridge Scheduler", "", "## What trips people up? (collected)", "Cron has **6 fields** incl. year in a schedule expression."];
	const asked = SEEDS.flatMap((seed) => questionsOf("Amazon EventBridge Scheduler", lines, seed)).filter((q) => q.source.line === 4);
	expect(asked.length).toBeGreaterThan(0);
	for (const q of asked) expect(q.prompt).not.toMatch(/trips people up/);
});

describe("blind read 94: typed answers", () => {
	test.each([
		["TLS in transit", "encryption: ____ always; at rest depends on the target", ["TLS"]],
		["AES-256 at rest", "data is encrypted with ____ by default", ["AES-256"]],
		["Docker images", "jobs are ____ run as containers on ECS", ["container images"]],
		["Encryption at rest", "____ uses KMS keys and is chosen at creation", []],
	])("%s also takes %j", (key, prompt, accepted) => {
		expect(alsoAccepted(key, prompt, [])).toEqual(accepted);
	});

	test("the forms taken are checked as typed answers", () => {
		const q = questionsOf("AWS Batch", ["# AWS Batch", "", "## Details", "- Jobs are **Docker images** that run as containers on ECS."]).find((x) => x.kind === "fill-blank" && x.answers[0] === "Docker images");
		expect(q).toBeDefined();
		if (q) expect(checkAnswer(q, "container image")).toBe(true);
	});
});

test("blind read 95: a comparison row that names a service asks which side works with it", () => {
	const lines = [
		"# AWS Directory Service",
		"",
		"## Quick comparison",
		"| | Managed MS AD | AD Connector | Simple AD |",
		"|---|---|---|---|",
		"| RDS SQL Server / FSx | yes | no | no |",
		"| MFA (RADIUS) | yes | yes | no |",
		"| trust with on-prem | yes | no | no |",
	];
	const asked = SEEDS.flatMap((seed) => questionsOf("AWS Directory Service", lines, seed)).filter((q) => q.source.line === 6);
	expect(asked.length).toBeGreaterThan(0);
	for (const q of asked) expect(q.prompt).toMatch(/which works with RDS SQL Server \/ FSx\b/);
	const trust = SEEDS.flatMap((seed) => questionsOf("AWS Directory Service", lines, seed)).filter((q) => q.source.line === 8);
	for (const q of trust) expect(q.prompt).toMatch(/which offers trust with on-prem\b/);
});

test("blind read 95: the service's name in front says a typed key's head noun", () => {
	const base = { id: "fill-blank-2", kind: "fill-blank" as const, choices: [], multi: false, typed: true, type: "term" as const, explanation: "x" };
	const licenses = { ...base, prompt: "AWS License Manager: central place to track ____ used on AWS and on-prem.", answers: ["software licenses"], source: { line: 7, text: "central place to track software licenses used on AWS and on-prem." } };
	expect(checkFairness(licenses, ["AWS License Manager", "License Manager"]).join()).toMatch(/heading in front/);
	// A kind of the service ("Volume Gateway" on the Storage Gateway note) asks for its first word.
	const volume = { ...base, prompt: "AWS Storage Gateway: tapes → Tape Gateway; iSCSI block → ____.", answers: ["Volume Gateway"], source: { line: 7, text: "tapes → Tape Gateway; iSCSI block → Volume Gateway." } };
	expect(checkFairness(volume, ["AWS Storage Gateway", "Storage Gateway"]).join()).not.toMatch(/heading in front/);
});

describe("blind reads 96-97: misconception notes, notes by exam domain, French-English notes", () => {
	test.each([
		"Myth: SQS can fan out one message to many consumers.",
		"**Myth:** messages stay forever until someone reads them.",
		"❌ CodeDeploy builds and compiles my code",
		"I used to think Config blocks non-compliant changes.",
	])("a belief the note marks wrong is no statement: %s", (line) => {
		expect(stemProblem(line)).toMatch(/marks wrong/);
	});

	test("the fact that corrects a myth is a statement", () => {
		expect(stemProblem("Fact: a DLQ is a normal queue that a redrive policy points at.")).toBeNull();
	});

	test.each(["Important surtout pour DVA !", "Default lifetimes are worth memorising.", "Shows up a lot on SAA-C03."])("a line about the exam is no statement: %s", (line) => {
		expect(situationProblem(line)).toMatch(/exam or the note/);
	});

	test("SAP the software company is no exam", () => {
		expect(situationProblem("License Manager tracks Oracle and SAP licenses.")).toBeNull();
	});

	test("exam-domain headings are topics, not things compared side by side", () => {
		const lines = [
			"# Amazon OpenSearch Service",
			"",
			"## Design secure architectures",
			"- fine-grained access control gives index-, document- and field-level security",
			"## Design resilient architectures",
			"- dedicated master nodes: use 3 so a quorum survives one loss",
			"## Design high-performing architectures",
			"- dedicated coordinator nodes take heavy aggregation work off the data nodes",
		];
		expect(facts("Amazon OpenSearch Service", ...lines).subjectGroups).toEqual([]);
		const asked = SEEDS.flatMap((seed) => questionsOf("Amazon OpenSearch Service", lines, seed));
		for (const q of asked) expect(q.choices.join(" ")).not.toMatch(/Design /);
	});
});

describe("blind read 97: callouts, French notes, typed names", () => {
	test("a callout's title is no statement, nested or not", () => {
		const lines = ["# AWS Storage Gateway", "", "## Details", "> [!info] File Gateway", "> - NFS and SMB shares backed by **S3**", ">", "> > [!warning] Gotcha – cache refresh", "> > Objects written to the bucket directly need a **RefreshCache** call before the share sees them."];
		const f = facts("AWS Storage Gateway", ...lines);
		expect(f.textByLine.has(4)).toBe(false);
		expect(f.textByLine.has(7)).toBe(false);
		expect(f.textByLine.get(8)?.plain).toMatch(/^Objects written/);
	});

	test("a negation is no key", () => {
		const q = { id: "fill-blank-3", kind: "fill-blank" as const, prompt: "SCPs: ne s'appliquent ____ au management account", choices: [], answers: ["PAS"], multi: false, typed: true, type: "term" as const, explanation: "x", source: { line: 3, text: "ne s'appliquent PAS au management account" } };
		expect(checkFairness(q).join()).toMatch(/negation/);
	});

	test("'Lambda' is 'Lambda authorizer'", () => {
		expect(typedMatches("Lambda authorizer", "Lambda")).toBe(true);
		expect(typedMatches("Cognito authorizer", "Lambda")).toBe(false);
	});
});

test("blind read 96: a service after 'see' points at another note and is never swapped", () => {
	const lines = [
		"# AWS Secrets Manager",
		"",
		"## Details",
		"- The rotation **Lambda** runs in the VPC and reaches the API through a NAT gateway or an interface endpoint (see [[AWS PrivateLink]]).",
		"- Every API call is logged in [[AWS CloudTrail]].",
		"- Drift in a secret's policy shows in [[AWS Config]] (see also [[AWS Security Hub]]).",
	];
	const statements = SEEDS.flatMap((seed) => questionsOf("AWS Secrets Manager", lines, seed)).filter((q) => q.kind === "true-false");
	for (const q of statements.filter((x) => x.source.line === 4)) expect(q.prompt).toMatch(/see AWS PrivateLink\)/);
	for (const q of statements.filter((x) => x.source.line === 6)) expect(q.prompt).toMatch(/see also AWS Security Hub\)/);
	expect(statements.some((q) => q.source.line === 4 || q.source.line === 6)).toBe(true);
});

describe("blind reads 98-99: slide decks, troubleshooting notes, number cheat sheets, flows", () => {
	test("a slide's number is no part of a heading's name", () => {
		expect(withoutNumbering("Slide 32: AWS Transit Gateway")).toBe("AWS Transit Gateway");
		expect(withoutNumbering("slide 7 - Concurrency")).toBe("Concurrency");
		expect(withoutNumbering("Slideshow tips")).toBe("Slideshow tips");
	});

	test("a step of a numbered flow is no statement", () => {
		expect(stemProblem("EFS access point (forces uid/gid + root dir) → 3. loads ML model from /mnt/models")).toMatch(/numbered flow/);
		expect(stemProblem("Step 3 of the flow loads the model from the mounted file system.")).not.toMatch(/numbered flow/);
	});

	test("the other of a pair beside the blank gives the key away", () => {
		const q = { id: "fill-blank-4", kind: "fill-blank" as const, prompt: "AWS CloudTrail: can split into ____ vs Write events", choices: [], answers: ["Read"], multi: false, typed: true, type: "term" as const, explanation: "x", source: { line: 3, text: "can split into Read vs Write events" } };
		expect(checkFairness(q).join()).toMatch(/names "write"/i);
		const free = { ...q, prompt: "AWS CloudTrail: a trail for ____ events only cuts cost; writes to S3 are data events", answers: ["Read"] };
		expect(checkFairness(free).join()).not.toMatch(/names "write"/i);
	});

	test("a figure that carries its bound is not swapped: '< 30 sec' holds for 15 sec too", () => {
		const lines = ["# Amazon Aurora", "", "## Details", "- replica lag: usually **< 100 ms**", "- failover: typically **< 30 sec** (RDS Proxy makes it shorter still)", "- Serverless v2 resume from auto-pause takes about **15 sec**", "- a clone of a cluster is ready in about **20 sec**"];
		const statements = SEEDS.flatMap((seed) => questionsOf("Amazon Aurora", lines, seed)).filter((q) => q.kind === "true-false");
		expect(statements.filter((q) => q.answers[0] === "False" && (q.source.line === 4 || q.source.line === 5)).map((q) => q.prompt)).toEqual([]);
		// Nor is such a figure swapped into another line ("ready in about < 100 ms").
		expect(statements.filter((q) => /about [<>]/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		expect(statements.some((q) => q.answers[0] === "False")).toBe(true);
	});

	test("a terse cue keyed to another service is not said of the note's service", () => {
		const lines = ["# Amazon Kinesis Data Streams", "", "## Exam tips", "- Real-time ordered stream, replay → Kinesis Data Streams", "- Decoupling w/ per-message delete → [[SQS]]", "- Fan-out notifications → [[SNS]]"];
		const asked = SEEDS.flatMap((seed) => questionsOf("Amazon Kinesis Data Streams", lines, seed)).filter((q) => q.kind === "scenario" && q.source.line === 5);
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.prompt).not.toMatch(/\(Amazon Kinesis Data Streams\)|\(Kinesis Data Streams\)/);
	});
});

test("blind read 99: a terse cue that rules the note's own service out is not said of it", () => {
	const lines = ["# AWS Lambda", "", "## Exam tips", "- ad-hoc SQL on S3 → [[Athena]], not Lambda", "- event-driven glue code → Lambda", "- many DB conns → [[RDS Proxy]]"];
	const asked = SEEDS.flatMap((seed) => questionsOf("AWS Lambda", lines, seed)).filter((q) => q.kind === "scenario");
	const athena = asked.filter((q) => q.source.line === 4);
	expect(athena.length).toBeGreaterThan(0);
	for (const q of athena) expect(q.prompt).toMatch(/^Scenario: ad-hoc SQL on S3\./);
	// A service used with the note's keeps the note's name in front.
	for (const q of asked.filter((x) => x.source.line === 6)) expect(q.prompt).toMatch(/^Scenario \(AWS Lambda\): many DB conns\./);
});

test("blind read 99: a list in a comparison cell that shares an item with another side's is no one side's", () => {
	const lines = [
		"# DynamoDB Streams",
		"",
		"## Streams vs KDS for DynamoDB",
		"| | DynamoDB Streams | KDS for DynamoDB |",
		"|---|---|---|",
		"| Integrations | Lambda, KCL | Firehose, Managed Flink, Lambda |",
		"| Retention | 24 hours | up to 1 year |",
		"| Pricing | reads free for Lambda | per shard hour + per GB |",
	];
	const asked = SEEDS.flatMap((seed) => questionsOf("DynamoDB Streams", lines, seed)).filter((q) => q.kind === "comparison");
	expect(asked.filter((q) => q.source.line === 6).map((q) => q.prompt)).toEqual([]);
	expect(asked.some((q) => q.source.line === 7)).toBe(true);
});

describe("blind read 101: practice tests and on-prem maps", () => {
	const practice = [
		"# AWS Compute Optimizer",
		"",
		"## Practice Qs",
		"2. An instance looks over-provisioned, but the team says memory use is high.",
		"Why might the recommendation be off?",
		"A. Compute Optimizer does not look at EC2 at all",
		"B. Memory is only seen with the CloudWatch agent installed",
		"C. The instance sits in a private subnet",
		"Answer: B",
		"Explanation: EC2 publishes CPU, network and disk from the hypervisor; memory needs the **CloudWatch agent**.",
	];

	test("a practice question's stem, options and answer line are read past; its explanation is read", () => {
		const isCode = practice.map(() => false);
		expect([...practiceLines(practice, isCode)].sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9]);
		const asked = SEEDS.flatMap((seed) => questionsOf("AWS Compute Optimizer", practice, seed));
		for (const q of asked) expect(q.source.line, q.prompt).toBeGreaterThanOrEqual(10);
	});

	test("an explanation's label is no part of a statement", () => {
		expect(stemProblem("Explanation: memory needs the CloudWatch agent.")).toMatch(/context/);
	});

	test("a table that maps on-prem things to the service's compares nothing", () => {
		const lines = ["# Amazon Connect", "", "## Mapping", "| On-prem | Connect |", "|---|---|", "| IVR scripts | **flows** |", "| ACD hunt groups | queues + routing profiles |", "| call recording box | recordings → S3 |"];
		const asked = SEEDS.flatMap((seed) => questionsOf("Amazon Connect", lines, seed)).filter((q) => q.kind === "comparison");
		expect(asked.map((q) => q.prompt)).toEqual([]);
	});
});

test("blind read 101: lettered items under a plain label are a list, not a practice question", () => {
	const lines = ["Two queue types:", "A) Standard - at-least-once, best-effort order", "B) FIFO - exactly-once, ordered"];
	expect([...practiceLines(lines, lines.map(() => false))]).toEqual([]);
	const asked = ["Which queue keeps order?", "A) Standard", "B) FIFO"];
	expect([...practiceLines(asked, asked.map(() => false))].sort()).toEqual([1, 2, 3]);
});

test("blind read 102: a table that maps clouds to each other compares nothing about AWS", () => {
	const lines = ["# Amazon SQS", "", "## What I know from elsewhere", "| Concept | AWS | Azure | GCP |", "|---|---|---|---|", "| simple queue | SQS Standard | Storage Queues | Cloud Tasks |", "| pub/sub topics | SNS | Service Bus topics | Pub/Sub |", "| event router | EventBridge | Event Grid | Eventarc |"];
	const asked = SEEDS.flatMap((seed) => questionsOf("Amazon SQS", lines, seed)).filter((q) => q.source.line >= 4 && q.source.line <= 8);
	expect(asked.map((q) => q.prompt)).toEqual([]);
});

test("blind read 95: a scenario block in code or in a self-test callout is read past", () => {
	const cues = scenarioBlockCues(
		facts(
			"AWS Network Firewall",
			"# Network Firewall",
			"",
			"```",
			"Scenario: filter egress by domain",
			"-> Network Firewall",
			"```",
			"",
			"> [!question]- Scenario: block SQL injection at the ALB",
			"> -> AWS WAF",
			"",
			"Scenario: block a malware domain for every VPC",
			"-> DNS Firewall",
		),
	);
	expect(cues.map((c) => c.line)).toEqual([12]);
});
