/**
 * Faults of blind reads 35 to 43 (fifteen new notes each, one in each style read before), each as
 * a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { asksANeed, examCue } from "../../../src/core/quiz/cues";
import { parseEqualsPairs } from "../../../src/core/quiz/generators/comparison";
import { definitionPrompt } from "../../../src/core/quiz/generators/whichService";
import { isCombinedTitle, serviceNames } from "../../../src/core/quiz/names";
import { couldBothFit, optionsOverlap } from "../../../src/core/quiz/services";
import { typeable } from "../../../src/core/quiz/generators/fillBlank";
import { situationProblem, stemProblem } from "../../../src/core/quiz/stems";
import { spellsOutAcronym } from "../../../src/core/quiz/acronyms";
import { echoes, opensAWordOf } from "../../../src/core/quiz/terms";
import { allQuestions, generateQuiz } from "../../../src/core/quiz/generateQuiz";
import type { Question } from "../../../src/core/quiz/types";
import { context, facts, note, quizQuestions, SEEDS, withMore } from "./helpers";

const quiz = (title: string, lines: string[], kinds: Question["kind"][]) =>
	SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context(title), { seed, kinds, count: 30, minimum: 1 })).questions);

describe("blind read 35", () => {
	test("'→ DLM is enough (simpler)': the verdict is no part of the answer", () => {
		expect(examCue('"Automate EBS snapshots / EBS-backed AMIs only" → Amazon Data Lifecycle Manager (DLM) is enough (simpler, free).')?.answer).toBe("Amazon Data Lifecycle Manager (DLM)");
		expect(examCue("Static website, no server code → S3 alone will do")?.answer).toBe("S3");
		expect(examCue("Need a managed Kafka cluster → MSK")?.answer).toBe("MSK");
	});

	test("'____ (resource control policies)' spells out the key 'RCPs', plural and all", () => {
		expect(spellsOutAcronym("for that use ____ (resource control policies) or a condition", "RCPs")).toBe(true);
		expect(spellsOutAcronym("for that use ____ or a condition", "RCPs")).toBe(false);
		const org = ["# AWS Organizations", "## SCPs", "- SCPs don't affect principals outside the org → for that use **RCPs** (resource control policies) or the aws:PrincipalOrgID condition"];
		expect(quizQuestions("AWS Organizations", org, "fill-blank").filter((q) => q.answers[0] === "RCPs")).toEqual([]);
	});

	test("'opted in' is echoed by '(Settings → Service opt-in)'", () => {
		expect(echoes("Services must be ____ per region (Settings → Service opt-in)", "opted in")).toBe(true);
		expect(echoes("Services must be ____ per region", "opted in")).toBe(false);
	});

	test("a sentence with no subject ('Can't read from Firehose though.') is no statement", () => {
		expect(stemProblem("Can't read from Firehose though.")).not.toBe(null);
		expect(stemProblem("Cannot be changed after creation.")).not.toBe(null);
		expect(stemProblem("Flink can't read from Firehose.")).toBe(null);
	});

	test("'Kinesis Data Analytics was renamed ...' is no sentence about Kinesis: its 'It' is not Kinesis", () => {
		const kinesis = [
			"# Kinesis",
			"## Kinesis Data Analytics",
			"Kinesis Data Analytics for Apache Flink was renamed Amazon Managed Service for Apache Flink in 2023. It runs Apache Flink applications on managed infrastructure, reading from Kinesis Data Streams or Amazon MSK. It scales the application with Kinesis Processing Units.",
		];
		const statements = quiz("Kinesis", kinesis, ["true-false"]).map((q) => q.prompt);
		expect(statements.length).toBeGreaterThan(0);
		expect(statements.filter((p) => /Kinesis (?:runs|scales)/.test(p))).toEqual([]);
	});

	test("'**Guard** custom policy rule' names a kind of rule; any other fits the blank", () => {
		const config = ["# AWS Config", "## Rules", "- **Guard** custom policy rule", "\t- CloudFormation Guard DSL, no Lambda to maintain", "- **Conformance packs** bundle rules and remediation actions as one YAML template"];
		const keys = quiz("AWS Config", config, ["fill-blank"]).map((q) => q.answers[0]);
		expect(keys).toContain("Conformance packs");
		expect(keys).not.toContain("Guard");
	});

	test("'WAF = L7 filtering': the wrong choices are services set against WAF, not IAM or SSO", () => {
		// Since blind read 49, two sides set against each other on a line stand alone: WAF or Shield.
		const waf = ["# WAF", "## Exam Tips", "- WAF = L7 filtering by content; Shield = DDoS protection at layers 3 and 4"];
		const qs = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...waf), context("WAF"), { seed, kinds: ["comparison"], count: 30, minimum: 1 })).questions).filter((q) => q.answers[0] === "WAF");
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect([...q.choices].sort()).toEqual(["Shield", "WAF"]);
		// Three sides: the others may bring services set against WAF, never IAM or SSO.
		const three = ["# WAF", "## Exam Tips", "- WAF = L7 filtering by content; Shield = DDoS protection at layers 3 and 4; Firewall Manager = central policies across accounts"];
		const more = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...three), context("WAF"), { seed, kinds: ["comparison"], count: 30, minimum: 1 })).questions).filter((q) => q.answers[0] === "WAF");
		expect(more.length).toBeGreaterThan(0);
		expect(more.flatMap((q) => q.choices).filter((c) => /^(?:IAM|SSO|Cognito)$/.test(c))).toEqual([]);
	});
});

describe("blind read 36", () => {
	test("'more than that → nested stacks' and a practice score are no situations", () => {
		expect(situationProblem("more than that")).not.toBe(null);
		expect(situationProblem("— practice set 3, got 4/10 R53 Qs wrong")).not.toBe(null);
		expect(situationProblem("serve users from the Region with best response time")).toBe(null);
		const cfn = [
			"# CloudFormation",
			"## Multi-stack",
			"- **Nested stacks**: reuse common components inside one parent stack",
			"- **StackSets**: deploy one template to many accounts and regions",
			"- **Cross-stack refs**: export an output, import it in another stack",
			"## Limits",
			"- 500 resources per template",
			"- more than that → nested stacks",
			"- same template in every account of the org → StackSets",
		];
		const keys = quiz("CloudFormation", cfn, ["scenario"]).map((q) => q.prompt);
		expect(keys.some((p) => /every account/.test(p))).toBe(true);
		expect(keys.filter((p) => /than that/.test(p))).toEqual([]);
	});

	test("a parenthesis that opens with 'I' is the student's voice", () => {
		expect(stemProblem("requires HTTPS listener (I first tried on port 80, can't add the action there)")).not.toBe(null);
		expect(stemProblem("requires an HTTPS listener (port 443)")).toBe(null);
	});

	test("'What it does' and 'Exam clue' head columns of what is said of each row, not sides to compare", () => {
		const lines = [
			"# Lake Formation",
			"## Core features",
			"| Feature | What it does | Exam clue |",
			"|---|---|---|",
			'| Data Catalog | metadata: dbs, tables, schemas | "central metadata store" |',
			'| Blueprints | generate Glue workflows to ingest data | "ingest RDS into the lake easily" |',
			'| Credential vending | temporary scoped credentials for engines | "no direct S3 access for users" |',
		];
		const qs = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context("Lake Formation"), { seed, kinds: ["comparison"], count: 30, minimum: 1 })).questions);
		expect(qs.flatMap((q) => q.choices).filter((c) => /What it does|Exam clue/.test(c))).toEqual([]);
	});

	test("a true/false statement is never asked with the FAQ heading it answers", () => {
		const kms = [
			"# KMS",
			"## What kinds of keys are there?",
			"- **Symmetric** keys use AES-256 and are the default; they are only usable through KMS API calls.",
			"- **Asymmetric** keys are RSA or ECC pairs; the public key can be downloaded and used outside AWS.",
			"- **HMAC** keys generate and verify message authentication codes inside KMS.",
		];
		const statements = quiz("KMS", kms, ["true-false"]).map((q) => q.prompt);
		expect(statements.length).toBeGreaterThan(0);
		expect(statements.filter((p) => p.includes("?") && !p.endsWith("?"))).toEqual([]);
	});

	test("'40 MB (v2 API), ____ (v1 API)' and 'R53 has ____' leave the blank open", () => {
		const ses = ["# SES", "## Sending", "- max message size: **40 MB** (v2 API, SMTP), **10 MB** (v1 API)", "- sandbox: **200** messages per 24 hours, 1 message per second"];
		expect(quiz("SES", ses, ["fill-blank"]).map((q) => q.answers[0])).not.toContain("10 MB");
		const r53 = ["# Route 53", "## Takeaways", "- hosted zone ≈ $0.50/month; R53 has **100% availability SLA**", "- **Alias** records are free for AWS targets and work at the zone apex"];
		const keys = quiz("Route 53", r53, ["fill-blank"]).map((q) => q.answers[0]);
		expect(keys).toContain("Alias");
		expect(keys).not.toContain("100% availability SLA");
	});

	test("under 'storage tiers', the item led on by an arrow (ISM → moves indices) is no tier", () => {
		const os = [
			"# OpenSearch",
			"- deployment modes",
			"\t- managed cluster = **domain**, pick instance type + count",
			"\t- **OpenSearch Serverless**: collections instead of domains",
			"- storage tiers",
			"\t- hot: EBS (gp3) or instance store on data nodes",
			"\t- **UltraWarm**: S3-backed + local cache, read-only indices",
			"\t- **cold storage**: detached indices in S3, attach to query",
			"\t- **Index State Management (ISM)** → auto move hot → warm → cold → delete",
		];
		const tiers = quiz("OpenSearch", os, ["select-all"]).filter((q) => /storage tiers/.test(q.prompt));
		expect(tiers.length).toBeGreaterThan(0);
		expect(tiers.flatMap((q) => q.answers)).not.toContain("Index State Management (ISM)");
	});

	test("'full capacity maintained' is a state put in words, not typed; 'customer managed' is a term", () => {
		expect(typeable("full capacity maintained")).toBe(false);
		expect(typeable("customer managed")).toBe(true);
		expect(typeable("last accessed")).toBe(true);
	});
});

describe("blind read 37", () => {
	test("'ALB & NLB → SNI' names where, not a need; 'Preventive = SCP → ...' defines", () => {
		const acm = [
			"# ACM",
			"## Multiple certs on one LB?",
			"- ALB & NLB → **SNI**, multiple certs per listener (ALB: 25 certs besides default)",
			"- **CLB: 1 cert per listener** → multiple CLBs needed",
			"## Options",
			"- **SNI**: several certificates on one listener",
			"- **Dedicated IP**: custom SSL for clients without SNI",
			"- **TCP listener (pass-through)**: the target terminates TLS",
			"## Control Tower",
			"- Preventive = SCP → **Management account** is never affected",
			"- **Management account**: where the landing zone is set up",
			"- **Security OU**: log archive and audit accounts",
			"- **AFC**: Account Factory Customization",
		];
		const prompts = quiz("ACM", acm, ["scenario"]).map((q) => q.prompt);
		expect(prompts.filter((p) => /ALB & NLB|Preventive/i.test(p))).toEqual([]);
	});

	test("'QUEUED + PARALLEL' joins two execution modes: it is none of its own", () => {
		const cp = [
			"# CodePipeline",
			"- execution modes",
			"\t- **SUPERSEDED**: newer run replaces the waiting one",
			"\t- **QUEUED**: runs wait their turn",
			"\t- **PARALLEL**: runs do not wait for each other",
			"\t- **QUEUED + PARALLEL**: V2 only",
			"- stage types",
			"\t- **Source**: where the code comes from",
			"\t- **Build**: compile and test",
			"\t- **Deploy**: release to the target",
		];
		const modes = quiz("CodePipeline", cp, ["select-all"]).filter((q) => /execution modes/.test(q.prompt));
		expect(modes.length).toBeGreaterThan(0);
		expect(modes.flatMap((q) => q.choices)).not.toContain("QUEUED + PARALLEL");
	});

	test("'min ____' says too little whatever label stands in front; the last of a closed list is not asked", () => {
		const cp = ["# CodePipeline", "- pipeline", "\t- min **2 stages**", "\t- max **50 actions** per stage in a V2 pipeline", "- Others: OpsCenter, Explorer, Fleet Manager, **AppConfig** (feature flags, validated config deploys)"];
		const keys = quiz("CodePipeline", cp, ["fill-blank"]).map((q) => q.answers[0]);
		expect(keys).toContain("50 actions");
		expect(keys).not.toContain("2 stages");
		expect(keys).not.toContain("AppConfig");
	});

	test("'S3 → needs ____' in the QuickSight note is asked with QuickSight", () => {
		const qs = ["# QuickSight", "## Data", "### SPICE", "- S3 → needs **manifest file**", "- **SPICE** = in-memory engine, 10 GB per user included"];
		const blanks = quiz("QuickSight", qs, ["fill-blank"]).filter((q) => q.answers[0] === "manifest file");
		expect(blanks.length).toBeGreaterThan(0);
		expect(blanks.every((q) => /QuickSight/.test(q.prompt))).toBe(true);
	});

	test("a sentence about the service's old name defines nothing", () => {
		expect(definitionPrompt('IAM Identity Center was renamed in July 2022, so older questions that say "AWS SSO" mean the same service.', serviceNames("IAM Identity Center", ["AWS SSO"]))).toBe(null);
	});

	test("'**Prereqs for a managed node**' is no option beside Session Manager", () => {
		const ssm = [
			"# Systems Manager",
			"## Details",
			"- **Prereqs for a managed node** (SSM Agent, instance profile, network path)",
			"- **Session Manager**: shell access with no port 22",
			"- **Patch Manager**: patch baselines and maintenance windows",
			"- **State Manager**: keep instances in a defined state",
			"## Exam Tips",
			'- "securely access instances without opening port 22 / no bastion" -> Session Manager',
		];
		const choices = quiz("Systems Manager", ssm, ["scenario"]).flatMap((q) => q.choices);
		expect(choices).toContain("Session Manager");
		expect(choices).not.toContain("Prereqs for a managed node");
	});

	test("'→ Batch' in the AWS Batch note stands against compute services, not whatever the vault holds", () => {
		const batch = ["# AWS Batch", "## Exam angle", '- If the question says "job runs > 15 minutes" / "hours of processing" → Batch (not Lambda)', "- **Compute environment**: managed or unmanaged EC2, Fargate"];
		const qs = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...batch), context("AWS Batch", { siblings: ["IAM Identity Center", "Amazon Inspector", "Amazon Macie"] }), { seed, kinds: ["scenario"], count: 30, minimum: 1 }))).flatMap((r) => r.questions);
		const keyed = qs.filter((q) => q.answers[0] === "Batch");
		expect(keyed.length).toBeGreaterThan(0);
		expect(keyed.flatMap((q) => q.choices).filter((c) => /Identity Center|SSO|Inspector|Macie/.test(c))).toEqual([]);
	});

	test("services that do each other's job are never each other's wrong answer: CDK for CloudFormation, Redshift for EMR", () => {
		expect(couldBothFit("CDK", "CloudFormation")).toBe(true);
		expect(couldBothFit("Redshift", "EMR")).toBe(true);
		expect(couldBothFit("CodeDeploy", "CloudFormation")).toBe(false);
		expect(optionsOverlap("Blue/green", "Immutable")).toBe(true);
		expect(optionsOverlap("Scheduled", "Predictive")).toBe(true);
		expect(optionsOverlap("Rolling", "Immutable")).toBe(false);
	});

	test("'IDs start with mi- (EC2 = i-)': an equals sign inside brackets names no side", () => {
		expect(parseEqualsPairs("Hybrid activations -> register on-prem servers, IDs start with mi- (EC2 = i-)").map((s) => s.name)).not.toContain("IDs start with mi- (EC2");
	});
});

describe("blind read 38", () => {
	test("a practice question written out as a heading is no context for the notes below it", () => {
		const athena = [
			"# Athena - practice exam review",
			"### Q: company stores CSV logs in S3, runs Athena queries daily, bill is growing. Reduce cost + improve perf?",
			"- my answer: bigger workgroup ❌",
			"- correct: **Parquet + partitions** ✅",
			"- easy convert: **CTAS** query or Glue ETL job",
		];
		const blanks = quiz("Athena", athena, ["fill-blank"]).filter((q) => q.answers[0] === "CTAS");
		expect(blanks.length).toBeGreaterThan(0);
		expect(blanks.filter((q) => /Q:|bill is growing/.test(q.prompt))).toEqual([]);
	});

	test("a journal's account of the student's day is no statement", () => {
		expect(stemProblem("Did the lab w/ a fake 5xx pattern, alarm fired after ~1 min. nice.")).not.toBe(null);
		expect(stemProblem("Spent an hour on metric filters")).not.toBe(null);
		expect(stemProblem("Metric filters turn log lines into CloudWatch metrics")).toBe(null);
	});

	test("a table's option that does the other's job is no wrong answer: io2 Block Express for io1", () => {
		const ebs = [
			"# EBS",
			"## Volume types",
			"| Type | Media | Use when |",
			"|---|---|---|",
			"| gp3 | SSD | default for boot volumes, dev/test, most apps |",
			"| io1 | SSD | older Provisioned IOPS, sustained IOPS-heavy DBs |",
			"| io2 Block Express | SSD | mission-critical DBs needing sub-ms latency |",
			"| st1 | HDD | big sequential throughput, log processing |",
			"| sc1 | HDD | cold data, lowest cost per GB |",
		];
		const io1 = quiz("EBS", ebs, ["scenario"]).filter((q) => q.answers[0] === "io1");
		expect(io1.length).toBeGreaterThan(0);
		expect(io1.flatMap((q) => q.choices)).not.toContain("io2 Block Express");
	});

	test("arrows in a row ('-> Security Hub for aggregation, -> Detective to ...') give no situation", () => {
		expect(examCue("-> Security Hub for aggregation, -> Detective to investigate root cause")).toBe(null);
		expect(examCue("-> detect crypto mining on EC2 -> GuardDuty")?.answer).toBe("GuardDuty");
	});

	test("'____ guarantee it' for 'Provisioned capacity units': what 'it' is, the line above says", () => {
		const glacier = [
			"# S3 Glacier",
			"- Expedited retrievals are not guaranteed when demand is high.",
			"- **Provisioned capacity units** guarantee it: each unit gives 3 expedited retrievals every 5 minutes.",
			"- **Vault Lock** enforces a WORM policy that cannot be changed once locked.",
		];
		const keys = quiz("S3 Glacier", glacier, ["fill-blank"]).map((q) => q.answers[0]);
		expect(keys).toContain("Vault Lock");
		expect(keys).not.toContain("Provisioned capacity units");
	});

	test("a use case told against another service ('more memory than Lambda allows') is not asked", () => {
		const fargate = [
			"# Fargate",
			"## Common Use Cases",
			"- workloads needing > 15 min runtime or more memory than Lambda allows",
			"- batch jobs and scheduled tasks in containers without managing servers",
		];
		const prompts = quiz("Fargate", fargate, ["scenario"]).map((q) => q.prompt);
		expect(prompts.some((p) => /batch jobs/.test(p))).toBe(true);
		expect(prompts.filter((p) => /than Lambda/.test(p))).toEqual([]);
	});

	test("'DataSync = online (internet / DX / VPN)': a short description stands only against the other side", () => {
		const snow = ["# Snowball", "## Exam Tips", "- Snowball = offline, physical; DataSync = online (internet / DX / VPN)"];
		const online = quiz("Snowball", snow, ["comparison"]).filter((q) => q.answers[0] === "DataSync");
		expect(online.length).toBeGreaterThan(0);
		expect(online.every((q) => q.choices.length === 2)).toBe(true);
	});
});

describe("blind read 39", () => {
	test("'Data: Configuration items' gives AWS Config away by its word", () => {
		const lines = [
			"# CloudTrail vs Config vs CloudWatch",
			"| | CloudTrail | AWS Config | CloudWatch |",
			"|---|---|---|---|",
			"| Data | API events | Configuration items + relationships | Metrics, logs, alarms |",
			"| Question it answers | who did what, when | what did it look like, is it compliant | how is it performing |",
		];
		const qs = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context("CloudTrail vs Config vs CloudWatch"), { seed, kinds: ["comparison"], count: 30, minimum: 1 })).questions);
		expect(qs.some((q) => /compliant/.test(q.prompt))).toBe(true);
		expect(qs.filter((q) => /Configuration items/.test(q.prompt))).toEqual([]);
		expect(opensAWordOf("Stack: share IDs between independent stacks", "Cross-stack refs", ["Nested stacks", "StackSets"])).toBe(false);
	});

	test("labels stacked three deep, the last a figure, are not asked: 'EC2 — Lambda: max 15 min: ____ sync payload'", () => {
		const ec2 = ["# EC2", "## EC2 vs [[Lambda]]", "- Lambda", "\t- max 15 min", "\t\t- **6 MB** sync payload", "\t\t- /tmp 512 MB – **10 GB**", "- runs >**15 min**, steady load, custom kernel → EC2"];
		const prompts = quiz("EC2", ec2, ["fill-blank"]).map((q) => q.prompt);
		expect(prompts.filter((p) => /max 15 min: .*____/.test(p))).toEqual([]);
	});

	test("a line that goes on from the one above ('the URL gets ...') is not asked", () => {
		const s3 = ["# S3 Security", "> [!note] Presigned URLs", "> - temporary access to one object, up to 7 days with IAM user creds", "> - the URL gets the permissions of **whoever signed it**.", "> - **Object Lock** keeps versions from being deleted (WORM)."];
		const keys = quiz("S3 Security", s3, ["fill-blank"]).map((q) => q.answers[0]);
		expect(keys).not.toContain("whoever signed it");
	});

	test("Lightsail and App Runner both run containers with no cluster to learn", () => {
		expect(couldBothFit("Lightsail", "App Runner")).toBe(true);
	});
});

describe("blind read 40", () => {
	test("'Global Tables and DAX' is about two things: a line of it is asked with both names, never with DAX alone", () => {
		expect(isCombinedTitle("Global Tables and DAX")).toBe(true);
		expect(isCombinedTitle("KMS & encryption")).toBe(false);
		const lines = ["# DynamoDB Global Tables & DAX", "- conflicts = **last writer wins** (timestamp based), no custom merge", "- only **eventually consistent** reads are cached by the item cache", "- replication is usually **under 1 second** between Regions"];
		const prompts = quiz("Global Tables and DAX", lines, ["fill-blank"]).map((q) => q.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		expect(prompts.filter((p) => /^DAX:/.test(p))).toEqual([]);
	});

	test("a description of five words or more is no term to fill in: 'encrypted at rest w/ KMS'", () => {
		const kvs = ["# Kinesis Video Streams", "## Details", "- KVS stores chunks durably, **encrypted at rest w/ KMS** (always on), TLS in transit", "- **Image extraction**: GetImages sends frames to S3 for thumbnails"];
		const keys = quiz("Kinesis Video Streams", kvs, ["fill-blank"]).map((q) => q.answers[0]);
		expect(keys).not.toContain("encrypted at rest w/ KMS");
	});

	test("'API Gateway REST API → Cognito user pool authorizer': an arrow to a name says what goes with a side, not what it is", () => {
		expect(parseEqualsPairs("API Gateway REST API → Cognito user pool authorizer (token in header); HTTP API → JWT authorizer")).toEqual([]);
		expect(parseEqualsPairs("Snowball = offline, physical; DataSync = online over the network").map((s) => s.name)).toEqual(["Snowball", "DataSync"]);
	});

	test("a range stands among ranges and a figure among figures", () => {
		const sqs = ["# SQS", "## Details", "- long polling wait **1–20 s**; delay **0–15 min**", "- retention default **4 days**, max **14 days**", "- visibility timeout default **30 s**, max **12 hours**", "- in-flight messages: **120,000** per standard queue"];
		// Every blank the generator makes (a quiz keeps one of two blanks of a line, the longer prompt first).
		const qs = SEEDS.flatMap((seed) => allQuestions(facts("SQS", ...sqs), seed, ["fill-blank"]).get("fill-blank") ?? []).filter((q) => q.choices.length > 0);
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) {
			const ranged = /\d\s*(?:-|–|to)\s*\d/;
			expect(q.choices.filter((c) => /\d/.test(c) && ranged.test(c) !== ranged.test(q.answers[0]))).toEqual([]);
		}
	});

	test("Snow Family and Snowball are one answer, never each other's wrong one", () => {
		expect(couldBothFit("Snow Family", "Snowball")).toBe(true);
	});
});

describe("blind read 41", () => {
	test("a note named for a part of a service ('Aurora Serverless') is asked with its name", () => {
		const lines = ["# Aurora Serverless — study journal", "## Mon 7 Oct", "- Billed per **ACU-hour** (per second), storage billed separately", "- **15 min cooldown** before scaling down after a scale-up", "- **Data API** lets Lambda run SQL over HTTPS without a connection pool"];
		const prompts = quiz("Aurora Serverless", lines, ["fill-blank"]).map((q) => q.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		expect(prompts.every((p) => p.startsWith("Aurora Serverless"))).toBe(true);
	});

	test("a line with holes where markup in angle brackets was ('(e.g. )', ', , ,', '..amazonaws') is no statement", () => {
		expect(stemProblem("client libs + prebuilt components (e.g. )")).not.toBe(null);
		expect(stemProblem("SSML tags: , (rate/pitch/volume), , , whispered effect")).not.toBe(null);
		expect(stemProblem("Registry URL: .dkr.ecr..amazonaws.com")).not.toBe(null);
		expect(stemProblem("Polly turns text into speech in dozens of voices.")).toBe(null);
	});

	test("the vendor is no term, and a figure inside a quoted example is any figure", () => {
		const health = ["# AWS Health", "## Details", "- AWS Health is about **AWS's** side: AWS-caused outages and maintenance.", '- alarm → "CPU > 80% for **10 min**"', "- **Organizational view** shows events of every account in the org"];
		const keys = quiz("AWS Health", health, ["fill-blank"]).map((q) => q.answers[0]);
		expect(keys).toContain("Organizational view");
		expect(keys).not.toContain("AWS's");
		expect(keys).not.toContain("10 min");
	});
});

describe("blind read 42", () => {
	test("a note titled by a bare word that names a service with its vendor ('Batch') is about AWS Batch", () => {
		const batch = ["# Batch", "AWS Batch runs batch computing jobs on managed EC2 or Fargate capacity.", "## Key Features", "- **Job queues**: jobs wait here with a priority until capacity is free", "- **Array jobs**: one submission fans out into up to 10,000 child jobs", "- **Job dependencies**: job B starts only when job A has finished", "- **Compute environments**: managed or unmanaged EC2 and Fargate capacity", "## Common Use Cases", "- genomics pipelines, financial risk modelling, simulations"];
		const qs = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...batch), context("Batch", { siblings: ["AWS Shield", "AWS WAF", "Amazon Macie", "Amazon EC2"] }), { seed, kinds: ["fill-blank", "scenario"], count: 30, minimum: 1 })).questions);
		const blanks = qs.filter((q) => q.kind === "fill-blank");
		expect(blanks.length).toBeGreaterThan(0);
		expect(blanks.every((q) => q.prompt.startsWith("Batch"))).toBe(true);
		expect(qs.filter((q) => q.kind === "scenario").flatMap((q) => q.choices).filter((c) => /Shield|WAF|Macie/.test(c))).toEqual([]);
	});

	test("situations that point elsewhere, advice, labels and warnings are not asked", () => {
		expect(asksANeed("neither does caching", false, () => false)).toBe(false);
		expect(asksANeed("same WAF rules in many accounts", false, () => false)).toBe(true);
		expect(examCue("Pod Identity not supported for Fargate pods → IRSA there")?.answer).toBe("IRSA");
		expect(stemProblem('Think "hundreds of thousands of jobs, no 15-min limit", where Lambda doesn\'t fit.')).not.toBe(null);
		expect(stemProblem("Date: 2024-10-09 · ~45 min · cost ≈ $0")).not.toBe(null);
	});

	test("'AWS: S3, Redshift' and 'TRAP: ...' under 'destinations' are no destinations", () => {
		const firehose = ["# Kinesis Firehose", "- destinations", "\t- **S3**: the usual landing zone", "\t- **Redshift**: via S3 and COPY", "\t- **OpenSearch**: search and dashboards", "\t- TRAP: no direct DynamoDB destination", "- sources", "\t- **Direct PUT**: SDK or agent", "\t- **Kinesis Data Streams**: read from a stream", "\t- **Amazon MSK**: read from a topic"];
		const qs = quiz("Kinesis Firehose", firehose, ["select-all"]);
		expect(qs.flatMap((q) => q.choices)).not.toContain("TRAP");
	});

	test("'EB provisions ...' names Elastic Beanstalk by its initials; 'Old bad way' is no option", () => {
		const eb = ["# Elastic Beanstalk", "**Overview**", "AWS Elastic Beanstalk is a managed PaaS-style service for deploying web apps: you upload code and EB provisions the EC2 instances and the load balancer.", "## Details", "- **Rolling**: deploys in batches"];
		expect(quiz("Elastic Beanstalk", eb, ["which-service"]).filter((q) => /\bEB\b/.test(q.prompt))).toEqual([]);
		const eks = ["# EKS", "- **Old bad way**: node instance role → every pod on the node gets the same perms", "- **IRSA**: a role per service account through OIDC", "- **EKS Pod Identity**: the newer agent-based way", "- Pod Identity not supported for Fargate pods → IRSA"];
		expect(quiz("EKS", eks, ["scenario"]).flatMap((q) => q.choices)).not.toContain("Old bad way");
	});
});

describe("blind read 43", () => {
	test("what a thing is not ('Public VIF: NOT internet access') is never said of its neighbour as a false statement", () => {
		const dx = ["# Direct Connect", "## Virtual interfaces", "### Private VIF", "- one VPC via a VGW", "- uses private IP addresses", "### Public VIF", "- NOT internet access", "- reaches public AWS endpoints such as S3", "### Transit VIF", "- many VPCs through a Transit Gateway", "- hub and spoke across Regions"];
		const statements = quiz("Direct Connect", dx, ["true-false"]).filter((q) => /NOT internet access/.test(q.prompt));
		expect(statements.length).toBeGreaterThan(0);
		expect(statements.every((q) => q.answers[0] === "True" && /Public VIF/.test(q.prompt))).toBe(true);
	});

	test("a definition that points at another service ('→ ... = MemoryDB') and a note on distractors are not asked", () => {
		expect(definitionPrompt("ElastiCache is a cache, NOT a durable primary DB → durable Redis-compatible primary DB = MemoryDB.", serviceNames("ElastiCache", []))).toBe(null);
		expect(stemProblem("Choose SNS (not here but common distractor) if simple pub/sub fan-out")).not.toBe(null);
	});
});
