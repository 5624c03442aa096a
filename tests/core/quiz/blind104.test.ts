/**
 * Faults found in the notes of blind reads 102-105 (cloud maps, "X not Y" tips, letters to a study
 * buddy, FAQ notes, bullet-journal shorthand, German-English notes, Well-Architected pillars,
 * infrastructure-as-code notes, deep mind maps), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { examCue } from "../../../src/core/quiz/generators/scenario";
import { parseEqualsPairs } from "../../../src/core/quiz/generators/comparison";
import { jobMates } from "../../../src/core/quiz/services";
import { asksANeed, onlyTraits, saysItsName } from "../../../src/core/quiz/cues";
import { glossNamesKey } from "../../../src/core/quiz/names";
import { saysItsAside, unique } from "../../../src/core/quiz/tables";
import { isCategory } from "../../../src/core/quiz/generators/selectAll";
import { typedMatches } from "../../../src/core/quiz";
import { asideLines, storyLines } from "../../../src/core/quiz/asides";
import { withoutSpeakers } from "../../../src/core/quiz/layouts";
import { isRange } from "../../../src/core/quiz/terms";
import { namesAThing } from "../../../src/core/quiz/headings";
import { inCalculation, oneOfOpenList } from "../../../src/core/quiz/stems";
import { alsoAccepted } from "../../../src/core/quiz/accepts";
import { questionsOf, SEEDS } from "./helpers";

describe("blind read 103: cue answers with what they are built from", () => {
	test("a parenthesis after the answer that joins two parts is no second answer", () => {
		expect(examCue("expose one service to many consumer VPCs -> PrivateLink (endpoint service + NLB)")).toMatchObject({ answer: "PrivateLink" });
		// "(or ...)" and "(and ...)" still name a second answer.
		expect(examCue("expose one service to many consumer VPCs -> PrivateLink (and VPC Lattice)")).toBeNull();
		expect(examCue("store sessions for many web servers -> ElastiCache (or DynamoDB)")).toBeNull();
		// Two answers outside a parenthesis are still two.
		expect(examCue("fan out one message to many queues -> SNS + SQS")).toBeNull();
		expect(examCue('"encrypt data > 4KB" → Envelope Encryption / GenerateDataKey')).toBeNull();
	});
});

describe('blind read 103: "X not Y → need" tips', () => {
	const lines = [
		"# Elastic Load Balancing",
		"",
		"Spreads incoming traffic over targets in several Availability Zones.",
		"",
		"## X not Y",
		"- ALB **not** NLB → need HTTP features (paths, hosts, headers)",
		"- GWLB **not** NLB → third-party firewall appliances inserted transparently",
		"- Route 53 **not** ELB → DNS-level failover across regions; ELB = within a region",
	];

	test("the answer and the option it beats come first, the need after the arrow", () => {
		expect(examCue("ALB not NLB → need HTTP features (paths, hosts, headers)")).toMatchObject({ situation: "need HTTP features (paths, hosts, headers)", answer: "ALB", not: "NLB" });
		expect(examCue("GWLB over NLB -> third-party firewall appliances inserted transparently")).toMatchObject({ answer: "GWLB", not: "NLB" });
	});

	test("they are asked as scenarios, the beaten option a wrong choice", () => {
		const asked = questionsOf("Elastic Load Balancing", lines).filter((q) => q.kind === "scenario");
		const alb = asked.find((q) => q.answers[0] === "ALB");
		expect(alb?.prompt).toMatch(/need HTTP features/);
		expect(alb?.choices).toContain("NLB");
	});

	test("a choice of one over another is no side of an equals pair", () => {
		expect(parseEqualsPairs("Route 53 not ELB → DNS-level failover across regions; ELB = within a region")).toEqual([]);
		expect(parseEqualsPairs("SQS = pull; SNS = push")).toHaveLength(2);
		for (const seed of SEEDS) for (const q of questionsOf("Elastic Load Balancing", lines, seed)) expect(q.prompt).not.toMatch(/not ELB =/);
	});
});

describe("blind read 103: static IPs are a job of NLB and Global Accelerator alike", () => {
	test("a short prompt about allow-listing static IPs keeps Global Accelerator out of NLB's wrong choices", () => {
		const mate = jobMates("Scenario: clients allow-list static IPs. Which service fits?", "NLB");
		expect(mate("Global Accelerator")).toBe(true);
		expect(mate("ALB")).toBe(false);
		expect(jobMates("Scenario: route by URL path. Which service fits?", "NLB")("Global Accelerator")).toBe(false);
	});
});

describe("blind read 103: an error is no option to pick", () => {
	test("a cue whose right side is an error is not read as a cue", () => {
		expect(examCue("trust policy missing principal → AccessDenied on AssumeRole, even if perms policy is perfect")).toBeNull();
		expect(examCue("too many writes to one partition → ProvisionedThroughputExceededException")).toBeNull();
		expect(examCue("store secrets that rotate automatically → Secrets Manager")).not.toBeNull();
	});
});

describe("blind read 102: a table cell that repeats its header's words", () => {
	const lines = [
		"# Elastic Beanstalk",
		"",
		"Deploys web apps onto managed EC2, load balancers and Auto Scaling.",
		"",
		"## Deployment policies",
		"| Policy | Downtime? | Capacity during deploy | Extra cost |",
		"|---|---|---|---|",
		"| All at once | yes | 0 during deploy | none |",
		"| Rolling | no | reduced by batch size | none |",
		"| Immutable | no | full, double for a while | high |",
		"| Traffic splitting | no | full | high |",
	];

	test("says them once", () => {
		const asked = SEEDS.flatMap((seed) => questionsOf("Elastic Beanstalk", lines, seed)).filter((q) => /capacity during deploy/i.test(q.prompt));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.prompt).not.toMatch(/during deploy.*during deploy/i);
		expect(asked.map((q) => q.prompt)).toContain("Elastic Beanstalk — Deployment policies: which policy has a capacity during deploy of 0?");
	});
});

describe("blind reads 104-105: true/false", () => {
	const all = (title: string, lines: string[]) => SEEDS.flatMap((seed) => questionsOf(title, lines, seed)).filter((q) => q.kind === "true-false");

	test("a note added to the line above is no statement", () => {
		const lines = ["# Transit Gateway", "", "Hub that connects many VPCs and on-prem networks.", "", "## Details", "- attachments: VPC, VPN, Direct Connect gateway, peering", "- ~ also Network Firewall attach (newer)", "- route tables per attachment decide who talks to whom"];
		const asked = all("Transit Gateway", lines);
		expect(asked.some((q) => /route tables per attachment/.test(q.prompt))).toBe(true);
		expect(asked.some((q) => /Network Firewall attach/.test(q.prompt))).toBe(false);
	});

	test("a bullet that finishes its parent's sentence is not asked without it", () => {
		const lines = ["# AWS Organizations", "", "Manages many AWS accounts as one organization.", "", "## Details", "- SCPs", "\t- apply to", "\t\t- all IAM users and roles in member accounts", "\t\t- NOT the management account", "\t- attach to root, OU or account"];
		for (const q of all("AWS Organizations", lines)) expect(q.prompt).not.toMatch(/NOT the management account|all IAM users and roles/);
		const map = ["- AWS Organizations", "\t- policies", "\t\t- SCPs (service control policies)", "\t\t\t- guardrails = the most permissions an account can have", "\t\t\t- grant nothing on their own", "\t\t\t- apply to", "\t\t\t\t- all IAM users and roles in member accounts", "\t\t\t\t- root user of member accounts too", "\t\t\t\t- NOT the management account", "\t\t\t- attach to root, OU or account", "\t\t\t\t- at most 5 attached per target", "\t\t\t- explicit deny anywhere up the tree wins", "\t\t- RCPs (resource control policies)", "\t\t\t- like SCPs but on resources such as S3 buckets and KMS keys", "\t\t\t- build a data perimeter around the org", "\t\t- tag policies", "\t\t\t- standardize tag keys and values across accounts"];
		const mapped = all("AWS Organizations", map);
		expect(mapped.some((q) => /explicit deny anywhere/.test(q.prompt))).toBe(true);
		for (const q of mapped) expect(q.prompt).not.toMatch(/NOT the management account|all IAM users and roles|root user of member/);
	});

	test("an equals pair whose one side is a kind of the other is not swapped", () => {
		const lines = ["# CloudFront", "", "CDN with edge locations worldwide.", "", "## Details", "- TTL = how long an object stays in the cache, Default TTL = 24 hours (86400 sec)", "- Origin Shield = extra caching layer in front of the origin, Regional edge cache = mid tier"];
		const asked = all("CloudFront", lines);
		expect(asked.some((q) => /Origin Shield|Regional edge cache/.test(q.prompt))).toBe(true);
		expect(asked.some((q) => /Default TTL = how long|TTL = 24 hours/.test(q.prompt))).toBe(false);
	});

	test("a service put in front of another is not swapped for another service", () => {
		const lines = ["# API Gateway", "", "Front door for REST, HTTP and WebSocket APIs.", "", "## Details", "- Regional endpoint: for clients in the same Region; you can put your own [[CloudFront]] in front of it", "- Edge-optimized endpoint: requests go through [[CloudFront]] edge locations managed by AWS"];
		const asked = all("API Gateway", lines).filter((q) => /put your own/.test(q.prompt));
		for (const q of asked) expect(q.prompt).toMatch(/own CloudFront in front/);
	});
});

describe("blind reads 104-105: giveaways", () => {
	test("a gloss after a blank that says a word of the key's name", () => {
		expect(glossNamesKey(" (Classic) — previous generation", "CLB")).toBe(true);
		expect(glossNamesKey(" (Standard) — default queue type", "SQS")).toBe(false);
		expect(glossNamesKey(" — previous generation (Classic)", "CLB")).toBe(false);
		const lines = ["# Elastic Load Balancing", "", "Spreads traffic over targets in several AZs.", "", "## Details", "- **ALB** (Application) — layer 7, paths and hosts", "- **NLB** — layer 4, millions of requests per second", "- **CLB** (Classic) — previous generation, legacy"];
		for (const seed of SEEDS) for (const q of questionsOf("Elastic Load Balancing", lines, seed)) if (q.kind === "fill-blank") expect(q.prompt).not.toMatch(/____ \(Classic\)/);
	});

	test("a scenario whose situation says the one word of the service's name", () => {
		expect(saysItsName("centralize and automate backups across services/accounts", "AWS Backup")).toBe(true);
		expect(saysItsName("record configuration changes of resources", "AWS Config")).toBe(false);
		expect(saysItsName("orchestrate several Lambda functions", "Step Functions")).toBe(false);
	});

	test("a row's value that says the aside of its name", () => {
		expect(saysItsAside("current primary, use for writes", "Cluster (writer) endpoint")).toBe(true);
		expect(saysItsAside("load-balanced reads across replicas", "Cluster (writer) endpoint")).toBe(false);
		expect(saysItsAside("current primary, use for writes", "Cluster endpoint")).toBe(false);
	});
});

describe("blind reads 104-105: missing context and second answers", () => {
	test("traits with nothing they are traits of, and news, ask no need", () => {
		const never = () => false;
		expect(onlyTraits("quick & cheap, encrypted")).toBe(true);
		expect(onlyTraits("encrypted link to on-prem, set up this week")).toBe(false);
		const lines = ["# Direct Connect", "", "Private dedicated link from on-prem to AWS.", "", "## Exam tips", '- "quick & cheap, encrypted" → Site-to-Site VPN', '- "consistent bandwidth, private, not over the internet" → Direct Connect'];
		for (const seed of SEEDS) for (const q of questionsOf("Direct Connect", lines, seed)) expect(q.prompt).not.toMatch(/quick & cheap/);
		expect(asksANeed("AWS stopped offering S3 Select to new customers in 2024", false, never)).toBe(false);
		expect(asksANeed("encrypted link to on-prem set up this week", false, never)).toBe(true);
	});

	test("approximate figures close to another row's are no one row's", () => {
		expect(unique("~0.004", ["~0.023", "~0.004", "~0.0036", "~0.00099"])).toBe(false);
		expect(unique("~0.023", ["~0.023", "~0.004", "~0.0036", "~0.00099"])).toBe(true);
	});

	test("SSL for TLS, and a name without its management", () => {
		expect(typedMatches("TLS termination", "SSL termination")).toBe(true);
		expect(typedMatches("Lifecycle management", "lifecycle")).toBe(true);
		expect(typedMatches("TLS termination", "termination")).toBe(false);
	});

	test("a later sentence keeps its line's label when the label has an aside", () => {
		const lines = ["# Elastic Load Balancing", "", "Spreads traffic over targets in several AZs.", "", "## Details", '- **Deregistration delay** (= "connection draining" on CLB): lets in-flight requests finish. Default **300 s**, range 0–3600.'];
		const asked = SEEDS.flatMap((seed) => questionsOf("Elastic Load Balancing", lines, seed)).filter((q) => q.answers.includes("300 s"));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.prompt).toMatch(/Deregistration delay: Default ____/);
	});

	test("a bullet labelled with another thing is not asked as its branch's", () => {
		const lines = ["- Kinesis Data Streams", "\t- vs", "\t\t- [[Data Firehose]]", "\t\t\t- Firehose: near real time with buffering, no replay", "\t\t\t- KDS: real time, custom consumers, replay of the stream", "\t\t- [[SQS]]", "\t\t\t- SQS: message deleted after processing, one consumer group", "\t\t\t- KDS: many applications read the same data", "\t\t- [[MSK]]", "\t\t\t- Kafka APIs, message size configurable above 1 MB", "\t\t\t- topic and partition are like stream and shard"];
		for (const seed of SEEDS) for (const q of questionsOf("Kinesis Data Streams", lines, seed)) expect(q.prompt).not.toMatch(/(?:Firehose|SQS|this):? (?:KDS: )?(?:many applications|real time, custom)/);
	});

	test("select-all: names among concepts, and a heading that names no kind", () => {
		expect(isCategory("org in resource policies")).toBe(false);
		expect(isCategory("Routing policies")).toBe(true);
		expect(isCategory("Kinds of routing policies")).toBe(true);
		const lines = ["# ElastiCache", "", "Managed in-memory caching with Redis OSS, Valkey or Memcached.", "", "## Details", "- engines", "\t- Redis OSS", "\t- Valkey", "\t- Memcached", "- caching strategies", "\t- lazy loading", "\t- write-through", "\t- TTL on every key"];
		for (const seed of SEEDS)
			for (const q of questionsOf("ElastiCache", lines, seed))
				if (q.kind === "select-all" && /strategies/.test(q.prompt)) expect(q.choices.filter((c) => /Redis|Valkey|Memcached/.test(c))).toEqual([]);
	});

	test("any load balancer sits in front of a stateless app", () => {
		expect(jobMates('Which service fills the blank: "session store -> stateless app behind ____"?', "ALB")("NLB")).toBe(true);
	});
});

describe("blind read 104: a table of two services side by side", () => {
	const lines = ["# KMS", "", "Managed encryption keys, used by most AWS services.", "", "## Compared with CloudHSM", "", "| KMS | [[CloudHSM]] |", "|---|---|", "| multi-tenant, managed | single-tenant HSM hardware |", "| AWS runs the HSMs | Customer manages keys alone |", "| IAM based | own users in the HSM |", "| Symmetric + Asymmetric | also SSL offloading |", "| Cheap | Pricey, per HSM per hour |"];

	test("names no row", () => {
		const asked = SEEDS.flatMap((seed) => questionsOf("KMS", lines, seed));
		for (const q of asked) expect(q.prompt).not.toMatch(/which km\b|which kms has/i);
	});
});

describe("blind reads 106-107: postmortems, nines, one-word names", () => {
	test("an incident's story is read past, its fix and lesson are read", () => {
		const lines = ["# SQS FIFO queues", "", "### Incident: orders charged twice", "**What happened** - the payments service charged some orders twice.", "", "**Root cause** - we used a **standard** queue; the consumer was not idempotent.", "", "**Fix**", "- FIFO queue with `MessageDeduplicationId` = order ID", "", "## Notes", "**Root cause** - a general cause line outside any incident"];
		const story = storyLines(lines, lines.map(() => false));
		expect([...story].sort((a, b) => a - b)).toEqual([4, 6]);
		const note = ["# SQS FIFO queues", "", "The SQS queue type with ordering per message group and exactly-once processing.", "", "### Incident: orders charged twice", "**What happened** - the payments service charged some orders twice.", "", "**Root cause** - we used a **standard** queue; the consumer was not idempotent, and dedup only covers **5 minutes**.", "", "**Fix**", "- **FIFO queue** with the order ID as `MessageDeduplicationId`", "- **content-based deduplication** hashes the body with SHA-256", "", "**Lesson for the exam** - no duplicates and order matters → FIFO"];
		const asked = SEEDS.flatMap((seed) => questionsOf("SQS FIFO queues", note, seed));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.source.line === 6 || q.source.line === 8, q.prompt).toBe(false);
	});

	test("99.999999999% is 11 nines", () => {
		expect(alsoAccepted("99.999999999%", "Durability: ____ for all classes", [])).toEqual(["11 nines"]);
		expect(alsoAccepted("99.99%", "Availability: ____", [])).toEqual(["4 nines"]);
	});

	test("a routing policy without its last word", () => {
		expect(typedMatches("Multivalue answer", "multivalue")).toBe(true);
		expect(typedMatches("Latency routing", "latency")).toBe(true);
	});

	test("a part of a one-word name said in the situation", () => {
		expect(saysItsName("syncs over a network", "DataSync")).toBe(true);
		expect(saysItsName("threat detection from logs", "GuardDuty")).toBe(false);
		expect(saysItsName("move data to the cloud", "CloudEndure")).toBe(false);
		// Other services search and cache too: the word sets nothing apart.
		expect(saysItsName("full-text search over logs", "OpenSearch")).toBe(false);
	});
});

describe("blind read 106: a rate keeps its unit when swapped", () => {
	test("750 hrs/month is never made 60 days/month", () => {
		const lines = ["# EC2", "", "Virtual servers in the cloud.", "", "## Details", "- **Free tier**: **750 hrs**/month covers one micro instance running all month", "- Spot instances get a **2 min** warning before they are reclaimed", "- Savings Plans: commit for **1 year** or **3 years**", "- Stopped instances keep EBS volumes, retained for **60 days** in the trash only if a rule says so"];
		for (const seed of SEEDS)
			for (const q of questionsOf("EC2", lines, seed)) if (q.kind === "true-false" && /\/month/.test(q.prompt)) expect(q.prompt).toMatch(/750 hrs\/month/);
	});
});

describe("blind read 107: one item of a list of all of something", () => {
	test("is no blank", () => {
		expect(oneOfOpenList("v2 supports basically all Aurora features: \u0000, read replicas, Global Database, RDS Proxy", "\u0000")).toBe(true);
		expect(oneOfOpenList("Two modes: \u0000, provisioned", "\u0000")).toBe(false);
	});
});

describe("blind reads 108-109: tables of talks, Hinglish and flashcard notes", () => {
	test("a blank in a worked calculation", () => {
		expect(inCalculation("requests = 3M − 1M free = 2M × $0.20 = ", "")).toBe(true);
		expect(inCalculation("compute = 3M × 0.2 s × ", " = 300,000 GB-s")).toBe(true);
		expect(inCalculation("visibility timeout default = ", ", max 12 hours")).toBe(false);
		const lines = ["# Lambda", "", "Runs code without servers.", "", "## Pricing", "- requests = 3M − 1M free = 2M × $0.20 = $0.40/mo", "- compute = 3M × 0.2 s × 0.5 GB = 300,000 GB-s → under 400k free → $0", "- max memory **10 GB**, max timeout **15 min**", "- **1M requests** free per month, then **$0.20** per million"];
		for (const seed of SEEDS) for (const q of questionsOf("Lambda", lines, seed)) expect(q.prompt).not.toMatch(/[×=]\s*____|____\s*=/);
	});

	test("a vendor, a pattern and a capacity go without saying", () => {
		expect(typedMatches("Apache Parquet", "parquet")).toBe(true);
		expect(typedMatches("Saga pattern", "saga")).toBe(true);
		expect(typedMatches("Desired", "desired capacity")).toBe(true);
	});

	test("example values are no side's description", () => {
		const lines = ["# DynamoDB", "", "Serverless key-value and document database.", "", "## Details", "### Single-table design", "- many entity types in ONE table with generic key names `PK` / `SK`", "- e.g.", "  - `PK = CUSTOMER#123`, `SK = PROFILE`", "  - `PK = CUSTOMER#123`, `SK = ORDER#2023-11-01#9981`", "### Indexes", "- GSI = another partition key, any time; LSI = same partition key, at creation only"];
		const asked = SEEDS.flatMap((seed) => questionsOf("DynamoDB", lines, seed)).filter((q) => q.kind === "comparison");
		expect(asked.some((q) => /another partition key|same partition key/.test(q.prompt))).toBe(true);
		for (const q of asked) expect(q.prompt).not.toMatch(/CUSTOMER#123|PROFILE/);
	});
});

describe("blind read 108: a definition with figures is no calculation", () => {
	test("'____ = 1 primary region + up to 5 secondary regions' stays a blank", () => {
		expect(inCalculation("", " = 1 primary region + up to 5 read-only secondary regions")).toBe(false);
		expect(inCalculation("1 ", " = 1 strongly consistent read/s up to 4 KB")).toBe(false);
	});
});

describe("blind read 110: study-group notes and problem / solution blocks", () => {
	test("speakers' tags are no part of a line", () => {
		const lines = ["# Amazon MQ", "", "JK: managed broker for ActiveMQ and RabbitMQ", "- MS: lives in your VPC, in subnets", "- @priya: no, it can be public too", "- JK: use it to move apps that speak AMQP or MQTT (MS)", "- SQS: a queue, not a broker", "- MS: active/standby across two AZs"];
		const doc = withoutSpeakers(lines);
		expect(doc?.[2]).toBe("managed broker for ActiveMQ and RabbitMQ");
		expect(doc?.[3]).toBe("- lives in your VPC, in subnets");
		expect(doc?.[5]).toBe("- use it to move apps that speak AMQP or MQTT");
		expect(doc?.[6]).toBe("- SQS: a queue, not a broker");
		expect(withoutSpeakers(["# SQS", "- SQS: pull", "- SNS: push", "- SQS: 14 days max", "- SNS: no retention"])).toBeNull();
		const group = ["# Amazon MQ", "", "JK: **Amazon MQ** is a managed message broker for ActiveMQ and RabbitMQ.", "", "## Details", "- MS: it lives in your VPC, in **private subnets** by default", "- JK: active/standby pairs span **two AZs** with shared storage", "- MS: RabbitMQ clusters run **three nodes** across AZs (JK)", "- @priya: protocols are **AMQP**, **MQTT**, **STOMP** and **OpenWire**", "- @priya: pick it to move apps off an on-prem broker with no code changes"];
		const asked = SEEDS.flatMap((seed) => questionsOf("Amazon MQ", group, seed));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.prompt).not.toMatch(/\b(?:JK|MS)\b|@priya/);
	});

	test("a problem and its solution make a scenario, and neither is asked alone", () => {
		const lines = ["# AWS Storage Gateway", "", "Hybrid storage that connects on-prem apps to S3.", "", "## Which gateway", "", "**Problem:** On-prem servers need NFS shares whose data lands as objects in a bucket.", "**Solution:** **S3 File Gateway**.", "**Why:** apps keep speaking NFS.", "", "**Problem:** Backup software writes to a VTL and the team wants no physical media on site.", "**Solution:** **Tape Gateway**.", "", "**Problem:** iSCSI block storage for on-prem apps, only the working set kept on site.", "**Solution:** **Volume Gateway**.", "", "**Problem:** The WAN link is saturated during business hours.", "**Solution:** a **bandwidth throttling** schedule on the gateway, set per weekday."];
		const asked = SEEDS.flatMap((seed) => questionsOf("AWS Storage Gateway", lines, seed));
		expect(asked.some((q) => q.kind === "scenario" && /no physical media/.test(q.prompt) && q.answers[0] === "Tape Gateway")).toBe(true);
		for (const q of asked) if (q.kind !== "scenario") expect(q.prompt).not.toMatch(/Problem:|Solution:|no physical media|____\.$/);
	});
});

describe("blind read 111: Venn notes and exam-morning one-pagers", () => {
	test("an arrow between two figures is a range", () => {
		expect(isRange("1 day → 10 years")).toBe(true);
		expect(isRange("12 hours")).toBe(false);
	});

	test("a heading with an arrow names no thing", () => {
		expect(namesAThing("KEYWORD → ANSWER")).toBe(false);
		expect(namesAThing("Dedicated Instances")).toBe(true);
	});

	test("keywords of two words are a need: 'Windows, SMB, NTFS ACLs, AD' tells FSx for Windows apart", () => {
		expect(onlyTraits("Windows, SMB, NTFS ACLs, AD, DFS")).toBe(false);
	});

	test("an event type without its kind", () => {
		expect(typedMatches("Insights events", "insights")).toBe(true);
	});
});

describe("blind reads 112-113: timelines, trails", () => {
	test("a service's timeline is read past", () => {
		const lines = ["# Amazon Kinesis Data Firehose", "", "## Timeline", "- 2015 – launched as **Kinesis Firehose** with S3 and Redshift targets", "- 2018 – **Splunk** destination added", "", "## What it is today", "- near-real-time delivery with buffers of **1 MB** to **128 MB**", "- **Lambda** transforms records in flight"];
		expect([...asideLines(lines, lines.map(() => false))].sort((a, b) => a - b)).toEqual([4, 5, 6]);
		const asked = SEEDS.flatMap((seed) => questionsOf("Amazon Kinesis Data Firehose", lines, seed));
		for (const q of asked) expect(q.source.line === 4 || q.source.line === 5, q.prompt).toBe(false);
	});

	test("a trail without its kind", () => {
		expect(typedMatches("CloudTrail trail", "CloudTrail")).toBe(true);
	});
});
