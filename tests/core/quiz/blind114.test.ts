/**
 * Faults found in the notes of blind reads 114-123 (Cornell-method notes, decision trees, a
 * developer's command-line notes, Spanish-English and Italian-English notes, Zettelkasten notes,
 * before/after notes, Dutch-English notes, tagged fact lines), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { typedMatches } from "../../../src/core/quiz";
import { alsoAccepted } from "../../../src/core/quiz/accepts";
import { namesAThing, subHeadingSubjects, withContext } from "../../../src/core/quiz/headings";
import { PLACEHOLDER } from "../../../src/core/quiz/leads";
import { nounOf } from "../../../src/core/quiz/kinds";
import { examCue } from "../../../src/core/quiz/generators/scenario";
import { definitionPrompt } from "../../../src/core/quiz/generators/whichService";
import { termShape } from "../../../src/core/quiz/terms";
import { note } from "./helpers";
import { asDocument, indentedAsDocument, withoutIdeaIds, withoutStruck } from "../../../src/core/quiz/layouts";
import { mentions, serviceNames } from "../../../src/core/quiz/names";
import { sectionIdOf } from "../../../src/core/quiz/sections";
import { jobMates } from "../../../src/core/quiz/services";
import { freeTrial, inCalculation, spellsKey, stemProblem } from "../../../src/core/quiz/stems";
import { asked, facts, questionsOf, SEEDS } from "./helpers";


describe("blind read 114: a short name that is an everyday word", () => {
	test("the lower-case word does not name the service; the name as written does", () => {
		const names = serviceNames("AWS Backup", []);
		expect(mentions(names, "central, rule-driven backup for many accounts")).toBe(false);
		expect(mentions(names, "Backup plans say how often and how long")).toBe(true);
		expect(mentions(names, "AWS Backup copies recovery points to another Region")).toBe(true);
		// Names that are no everyday word still match in any case ("lambda" is the service).
		expect(mentions(serviceNames("AWS Lambda", []), "put the code in a lambda")).toBe(true);
	});

	test("a fragment under a bold label gets its subject in front", () => {
		const lines = [
			"# AWS Backup",
			"",
			"**Notes**",
			"- fully managed, **central & rule-driven** backup across many AWS services — one place instead of a script per service",
			"- **Backup vault** = where recovery points are kept, encrypted with KMS",
		];
		const statement = "fully managed, central & rule-driven backup across many AWS services — one place instead of a script per service";
		expect(withContext(facts("AWS Backup", ...lines), 4, statement, false)).toMatch(/^AWS Backup: fully managed/);
	});
});

describe("blind read 114: typed answers", () => {
	test("a capitals command after its product is accepted alone", () => {
		expect(alsoAccepted("Redis AUTH", "ElastiCache: ____ token — needs TLS on", ["- **Redis AUTH** token — needs TLS on", "- secured by AUTH or IAM auth"])).toEqual(["AUTH"]);
		// Not where another product writes it too.
		expect(alsoAccepted("Redis AUTH", "ElastiCache: ____ token — needs TLS on", ["- **Redis AUTH** token", "- Valkey AUTH works the same way"])).toEqual([]);
		// Nor a kind of thing ("Data API" is no "API").
		expect(alsoAccepted("Data API", "Aurora: ____ for HTTP queries", ["- **Data API** for HTTP queries"])).toEqual([]);
	});

	test('"one", "single", "a single" for a count of one', () => {
		expect(typedMatches("1 AZ", "one AZ")).toBe(true);
		expect(typedMatches("1 AZ", "a single AZ")).toBe(true);
		expect(typedMatches("1 AZ", "single AZ")).toBe(true);
		expect(typedMatches("1 AZ", "two AZs")).toBe(false);
		expect(typedMatches("1 AZ", "a single Region")).toBe(false);
	});
});

describe("blind read 114: stems that give the key or ask nothing", () => {
	test("a Multi-AZ key spelled out as a count of AZs", () => {
		expect(spellsKey("Redshift: ____ deployment for RA3 (runs in 2 AZs)", "Multi-AZ")).toBe(true);
		expect(spellsKey("S3: ____ replication copies objects across several Regions", "Multi-Region")).toBe(true);
		expect(spellsKey("RDS: ____ keeps a standby in another AZ", "Multi-AZ")).toBe(false);
		expect(spellsKey("RDS: 2 AZs for ____", "Read replicas")).toBe(false);
	});

	test("nor is a Multi-AZ blank in such a stem", () => {
		const lines = [
			"# Amazon Redshift",
			"",
			"Columnar data warehouse for analytics with SQL.",
			"",
			"## Availability",
			"- a cluster used to live in one AZ: **Multi-AZ** deployment now for RA3 (runs in 2 AZs)",
			"- **Snapshots** go to S3 automatically, every 8 hours or 5 GB of changes",
		];
		const blanks = asked("Amazon Redshift", lines, "fill-blank");
		expect(blanks.some((q) => q.answers.includes("Snapshots"))).toBe(true);
		expect(blanks.some((q) => q.answers.includes("Multi-AZ"))).toBe(false);
	});

	test("a blank over a word for anything is not asked", () => {
		const lines = [
			"# Amazon Cognito",
			"",
			"## Identity pools",
			"- Hand out temporary credentials so the app reaches **AWS resources** straight from the browser (upload to S3)",
			"- Guest users get an **unauthenticated role**",
		];
		const blanks = asked("Amazon Cognito", lines, "fill-blank");
		expect(blanks.some((q) => q.answers.includes("AWS resources"))).toBe(false);
		expect(blanks.some((q) => q.answers.includes("unauthenticated role"))).toBe(true);
	});

	test('"EBS not instance store": any storage keeps data over a stop, so no other storage is a wrong choice', () => {
		const lines = [
			"# Amazon EBS",
			"",
			"Block storage volumes for EC2 instances.",
			"",
			"## Exam tips",
			'- "keep the data when the instance is stopped" → EBS not instance store',
			'- "one file system mounted by instances in three AZs" → EFS not EBS',
		];
		const scenarios = asked("Amazon EBS", lines, "scenario");
		for (const q of scenarios.filter((x) => /instance is stopped/.test(x.prompt))) expect(q.choices.filter((c) => /^(?:EFS|S3|FSx.*|Amazon EFS|Amazon S3)$/.test(c))).toEqual([]);
		expect(scenarios.some((q) => /three AZs/.test(q.prompt) && q.answers[0] === "EFS")).toBe(true);
	});
});

describe("blind read 115: notes in Spanish and English", () => {
	test("the section headings of another language keep their roles", () => {
		expect(sectionIdOf("Qué es")).toBe("overview");
		expect(sectionIdOf("O que é o S3")).toBe("overview");
		expect(sectionIdOf("Casos de uso")).toBe("useCases");
		expect(sectionIdOf("Tips para el examen")).toBe("examTips");
		expect(sectionIdOf("Referencias")).toBe("references");
	});

	test("a heading in another language names no thing to set beside its siblings", () => {
		expect(namesAThing("Cómo funciona")).toBe(false);
		expect(namesAThing("Wie es funktioniert")).toBe(false);
		expect(namesAThing("Precios y límites")).toBe(false);
		// A thing is still a thing.
		expect(namesAThing("Glue Crawler")).toBe(true);
		expect(namesAThing("Amazon FSx for Lustre")).toBe(true);
	});

	test("lines under such headings are not matched to the headings", () => {
		const lines = [
			"# Athena",
			"",
			"## Qué es",
			"Consultas **SQL** sin servidores sobre datos en S3.",
			"",
			"## Cómo funciona",
			"- Datos en S3 (CSV, JSON, Parquet)",
			"- Tabla en el **Glue Data Catalog** (schema-on-read)",
			"",
			"## Casos de uso",
			"- Consultas puntuales sobre logs de ALB",
		];
		const matching = asked("Athena", lines, "comparison");
		expect(matching.some((q) => q.choices.includes("Cómo funciona"))).toBe(false);
	});

	test("a blank that opens a line under a heading of kinds says the heading", () => {
		const lines = [
			"# EFS",
			"",
			"NFS file storage shared by many instances.",
			"",
			"## Performance",
			"### Throughput modes",
			"- **Elastic** (la opción por defecto) → escala con la carga, pagas lo que usas",
			"- **Provisioned** → fijas el throughput aparte del tamaño",
			"- **Bursting** → el throughput crece con el tamaño guardado",
		];
		const elastic = asked("EFS", lines, "fill-blank").filter((q) => q.answers.includes("Elastic"));
		expect(elastic.length).toBeGreaterThan(0);
		for (const q of elastic) expect(q.prompt).toMatch(/Throughput modes/);
	});
});

describe("blind read 115: figures", () => {
	test("an input of a worked example is not asked", () => {
		expect(inCalculation("4 writes/s, ", " items → round up to 2 → 8 WCU")).toBe(true);
		expect(inCalculation("DynamoDB: ", " per item max → plan the schema")).toBe(false);
		expect(inCalculation("max item size ", " → split large items → 2 items")).toBe(false);
	});

	test("a free trial's length is not asked", () => {
		expect(freeTrial("GuardDuty — Free trial ")).toBe(true);
		expect(freeTrial("Macie: free trial of ")).toBe(true);
		expect(freeTrial("Lambda: free tier of ")).toBe(false);
	});

	test("a free trial's length is not asked in a note", () => {
		const lines = [
			"# Amazon GuardDuty",
			"",
			"Threat detection from logs, no agents needed.",
			"",
			"## Pricing",
			"- Free trial **30 days**; after it you pay per GB of logs analysed",
			"- Findings are kept for **90 days**",
		];
		const blanks = asked("Amazon GuardDuty", lines, "fill-blank");
		expect(blanks.some((q) => q.answers.includes("90 days"))).toBe(true);
		expect(blanks.some((q) => q.answers.includes("30 days"))).toBe(false);
	});

	test("storage shared across tasks is a job for EFS and FSx alike", () => {
		expect(jobMates("Scenario (ECS): shared/persistent across tasks. Which service fits?", "EFS")("FSx for Windows File Server")).toBe(true);
		expect(jobMates("Scenario (ECS): scratch space for one task. Which service fits?", "EFS")("FSx for Windows File Server")).toBe(false);
	});
});

describe("blind read 117: Zettelkasten notes", () => {
	const lines = [
		"# Amazon CloudFront",
		"",
		"**1** A CDN: copies of content are served from edge locations close to viewers.",
		"→ see also [[Route 53]]",
		"",
		"**2a** **Origin Shield** adds one more cache layer in a Region you choose, so fewer requests reach the origin.",
		"",
		"**2b** **Origin groups** pair a primary and a secondary origin for failover on chosen status codes.",
		"",
		"### 202401011200 Signed URLs guard single files",
		"**Signed cookies** cover many files at once, such as a whole video library.",
	];

	test("the ids of ideas are read past", () => {
		expect(withoutIdeaIds(lines)?.slice(2, 10)).toEqual([
			"A CDN: copies of content are served from edge locations close to viewers.",
			"→ see also [[Route 53]]",
			"",
			"**Origin Shield** adds one more cache layer in a Region you choose, so fewer requests reach the origin.",
			"",
			"**Origin groups** pair a primary and a secondary origin for failover on chosen status codes.",
			"",
			"### Signed URLs guard single files",
		]);
		// Two bold numbers are no outline of ideas; nor is a figure ("**3x** faster") an id.
		expect(withoutIdeaIds(["**1** One", "**2** Two", "text"])).toBeNull();
		// Nor are bold figures in a list ("**502** Bad Gateway", "**12** GB"), branched or not.
		expect(withoutIdeaIds(["- **502** Bad Gateway", "- **503** Service Unavailable", "- **504** Gateway Timeout"])).toBeNull();
		expect(withoutIdeaIds(["- **1a** GB per month", "- **12** GB", "- **2b** of them", "- **3c** more"])).toBeNull();
		expect(withoutIdeaIds(["- **10** GB per file", "- **15** Minutes at most", "- **80** TB per device"])).toBeNull();
	});

	test("no question asks an id or says one", () => {
		const all = SEEDS.flatMap((seed) => questionsOf("Amazon CloudFront", lines, seed));
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) {
			expect(q.answers.join(" ")).not.toMatch(/^\d{1,3}[a-z]?$/);
			expect(q.prompt).not.toMatch(/\b(?:2a|2b|202401011200)\b/);
		}
	});
});

describe("blind read 117: notes in Italian and English", () => {
	test("the section headings keep their roles", () => {
		expect(sectionIdOf("Cos'è")).toBe("overview");
		expect(sectionIdOf("Casi d'uso")).toBe("useCases");
		expect(sectionIdOf("Consigli per l'esame")).toBe("examTips");
		expect(sectionIdOf("Da ricordare (riassunto veloce)")).toBe("examTips");
		expect(sectionIdOf("Riferimenti")).toBe("references");
	});

	test("a heading in Italian names no thing", () => {
		expect(namesAThing("Come funziona")).toBe(false);
		expect(namesAThing("Casi d'uso")).toBe(false);
		expect(namesAThing("Event bus")).toBe(true);
		// English little words are not Italian ones: "Buckets per account" is a thing of a list of limits.
		expect(namesAThing("Buckets per account")).toBe(true);
	});

	test("a compound key whose first word the prompt says is not asked", () => {
		expect(spellsKey("EventBridge: Event bus serverless per costruire architetture ____.", "event-driven")).toBe(true);
		expect(spellsKey("Lambda: scales with ____ architectures", "event-driven")).toBe(false);
		expect(spellsKey("IAM: ____ policies must name a Principal", "resource-based")).toBe(false);
		expect(spellsKey("S3: a bucket policy is a resource policy, that is ____", "resource-based")).toBe(true);
	});
});

describe("blind reads 118-119", () => {
	test("a sub-heading about a service on another names both as the subject", () => {
		const lines = ["# AWS Fargate", "", "Serverless compute for containers.", "", "## EKS on Fargate gotchas", "- No **DaemonSets**, no privileged pods", "", "## EKS limits", "- one more line"];
		const subjects = subHeadingSubjects(note(...lines), serviceNames("AWS Fargate", []));
		expect(subjects.perLine[5]).toBe("EKS on Fargate");
		expect(subjects.perLine[8]).toBe("EKS");
	});

	test('"other stuff" is no side to choose', () => {
		expect(PLACEHOLDER.test("other stuff")).toBe(true);
		expect(PLACEHOLDER.test("misc")).toBe(true);
		expect(PLACEHOLDER.test("Organizations")).toBe(false);
	});

	test("two figures of two units are no size to swap with one", () => {
		expect(termShape("0.25 vCPU/0.5 GB")).toBe("number");
		expect(termShape("20 GiB")).toBe("size");
		expect(termShape("0.5-12 GB")).toBe("size");
	});

	test('"Nitro" for "Nitro System", unless the note names another Nitro thing', () => {
		expect(alsoAccepted("Nitro System", "EC2: runs on the ____ (newer generations)", ["- runs on the **Nitro System**", "- max 16 Nitro instances per volume"])).toEqual(["Nitro"]);
		expect(alsoAccepted("Nitro System", "EC2: runs on the ____ (newer generations)", ["- runs on the **Nitro System**", "- Nitro Enclaves isolate secrets"])).toEqual([]);
	});
});

describe("blind read 118: notes typed on a phone, with no headings", () => {
	const lines = [
		"sqs = fully managed queue, decouples producers from consumers. pull based",
		"",
		"2 kinds: **standard** (at least once, best effort order) and **FIFO** (exactly once, ordered, 300 msg/s w/o batching)",
		"msg size max **256 KB**, bigger -> extended client lib w/ s3",
		"",
		"**visibility timeout** default 30 s, max 12 h. msg reappears if not deleted in time",
		"**long polling** (wait up to 20 s) cuts empty receives + cost",
		"",
		"dlq after maxReceiveCount fails -> debug poison msgs",
		"firehose - near real time delivery to s3, no replay",
	];

	test("the lines after the first paragraph are the note's content", () => {
		const f = facts("Amazon SQS", ...lines);
		expect(f.sectionOf[0] ?? "overview").toBe("overview");
		expect(f.sectionOf[5]).toBe("details");
		const blanks = asked("Amazon SQS", lines, "fill-blank");
		expect(blanks.some((q) => q.source.line >= 3)).toBe(true);
	});

	test("a line of what to quiz each other on is no statement", () => {
		expect(stemProblem("Quiz each other on: the two roles, which model deploys on its own, what an instance is.")).toBe("talks about the exam or the note");
		expect(stemProblem("Test yourself: which policy wins?")).toBe("talks about the exam or the note");
		expect(stemProblem("StackSets deploy one template to many accounts and Regions.")).toBeNull();
	});

	test("a line that opens with another service and a dash is not said of the note's", () => {
		const f = facts("Amazon SQS", ...lines);
		expect(withContext(f, 10, "firehose - near real time delivery to s3, no replay", false)).toBe("firehose - near real time delivery to s3, no replay");
	});
});

describe("blind reads 120-121", () => {
	test('"If it was X → Y" is a cue with X as its situation', () => {
		expect(examCue('If it was "petabyte SQL analytics" → Redshift.')).toMatchObject({ situation: "petabyte SQL analytics", answer: "Redshift" });
	});

	test('a table column of "full" names is no kind of thing', () => {
		expect(nounOf("full", ["Ref", "Fn::GetAtt"])).toBe("one");
		expect(nounOf("Engine", ["Redis OSS", "Memcached"])).toBe("engine");
	});

	test('"the ASG" masked is "this service", not "the this service"', () => {
		const prompt = definitionPrompt("ASG keeps the instance count between min and max across AZs; the ASG itself costs nothing.", serviceNames("Auto Scaling", ["ASG"]));
		expect(prompt).not.toMatch(/the this service/);
		expect(prompt).toMatch(/this service itself costs nothing/);
	});

	test('"WebSocket" for "WebSocket API" where the prompt names the API types', () => {
		expect(alsoAccepted("WebSocket API", "API Gateway — 3 API types: ____ — two-way persistent connections", ["- **WebSocket API** — two-way persistent connections"])).toEqual(["WebSocket"]);
		expect(alsoAccepted("WebSocket API", "API Gateway: ____ — two-way persistent connections", ["- **WebSocket API** — two-way persistent connections"])).toEqual([]);
	});

	test('"Proxy Protocol" for "Proxy Protocol v2"', () => {
		expect(alsoAccepted("Proxy Protocol v2", "NLB: for IP targets use ____", ["- use **Proxy Protocol v2**"])).toEqual(["Proxy Protocol"]);
		expect(alsoAccepted("Proxy Protocol v2", "NLB: for IP targets use ____", ["- use **Proxy Protocol v2**", "- CLB only speaks Proxy Protocol v1"])).toEqual([]);
	});

	test("a note about a thing that is no service says the thing in front of its lines", () => {
		const lines = ["# Service Control Policies", "", "Guardrails on the most an account may do.", "", "## Inheritance", "- a **Deny** at any level holds for everything below it", "- an **Allow** must be present at every level down to the account"];
		const f = facts("Service Control Policies", ...lines);
		expect(withContext(f, 6, "a Deny at any level holds for everything below it", false)).toBe("Service Control Policies — Inheritance: a Deny at any level holds for everything below it");
		// A topic of a service ("EBS Volume Types") keeps its lines as they were.
		const ebs = facts("EBS Volume Types", "# EBS Volume Types", "", "## gp3", "- baseline 3,000 IOPS free");
		expect(withContext(ebs, 4, "baseline 3,000 IOPS free", false)).not.toMatch(/^EBS —/);
	});

	test("a table of a service's topic note is said of the topic once", () => {
		const lines = ["# EBS Volume Types", "", "Block volume types for EC2.", "", "## The types at a glance", "", "| Type | Max IOPS | Use |", "|---|---|---|", "| gp3 | 16,000 | general purpose |", "| io2 Block Express | 256,000 | databases |", "| st1 | 500 | big sequential reads |", "| sc1 | 250 | cold data |"];
		const prompts = asked("EBS Volume Types", lines, "comparison").map((q) => q.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		for (const p of prompts) expect(p).not.toMatch(/EBS Volume Types — EBS —/);
	});

	test("a line that names its heading gets the note's thing in front, never an empty lead", () => {
		const lines = ["# EC2 Spot Instances", "", "Spare capacity at a discount.", "", "## Free tier", "Free tier covers On-Demand t3.micro hours only."];
		const f = facts("EC2 Spot Instances", ...lines);
		expect(withContext(f, 6, "Free tier covers On-Demand t3.micro hours only.", false)).toBe("EC2 Spot Instances — Free tier covers On-Demand t3.micro hours only.");
	});
});

describe("blind reads 122-123: notes kept up to date by striking words out", () => {
	test("struck words and the mark of their update are read past; code is left alone", () => {
		expect(withoutStruck(["- groups per query: ~~20~~ EDIT: **50**", "- speeds 1, 10, 100 Gbps, ~~40 Gbps~~ 400 Gbps at some sites", "- `a ~~b~~ c` stays"])).toEqual([
			"- groups per query: **50**",
			"- speeds 1, 10, 100 Gbps, 400 Gbps at some sites",
			"- `a ~~b~~ c` stays",
		]);
		expect(withoutStruck(["- resolvers ~~VTL only~~ UPDATE (2022): JavaScript too"])).toEqual(["- resolvers JavaScript too"]);
		expect(withoutStruck(["nothing struck here"])).toBeNull();
	});

	test("no question says a struck figure", () => {
		const lines = ["# CloudWatch Logs Insights", "", "Query language over log groups.", "", "## Limits", "- log groups per query: ~~20~~ EDIT: **50**", "- query timeout: ~~15 min~~ UPDATE: **60 minutes**", "- results kept **7 days**"];
		const all = SEEDS.flatMap((seed) => questionsOf("CloudWatch Logs Insights", lines, seed));
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) expect(`${q.prompt} ${q.answers.join(" ")} ${q.choices.join(" ")}`).not.toMatch(/\b20\b|15 min|EDIT|UPDATE/);
	});

	test("a situation quoted alone is no statement", () => {
		expect(stemProblem('"accessed often for 30 days, rarely after, kept for 7 years"')).toBe("a quotation, no claim");
		expect(stemProblem('Standard-IA suits data that is "rarely accessed" but needed fast.')).toBeNull();
	});
});

describe("blind read 122: outlines kept by indentation alone", () => {
	const lines = [
		"# DAX",
		"",
		"what it is:",
		"\tin-memory cache made only for [[DynamoDB]], same API, so almost no code change",
		"\treads in **microseconds** instead of milliseconds",
		"caches:",
		"\titem cache:",
		"\t\tGetItem / BatchGetItem results, default TTL **5 min**",
		"\tquery cache:",
		"\t\tQuery / Scan results, default TTL **5 min**",
		"\t**strongly consistent** reads pass through, never cached",
	];

	test("topics become headings and indented lines bullets at their depth", () => {
		expect(indentedAsDocument(lines)).toEqual([
			"# DAX",
			"",
			"## what it is",
			"- in-memory cache made only for [[DynamoDB]], same API, so almost no code change",
			"- reads in **microseconds** instead of milliseconds",
			"## caches",
			"- item cache:",
			"\t- GetItem / BatchGetItem results, default TTL **5 min**",
			"- query cache:",
			"\t- Query / Scan results, default TTL **5 min**",
			"- **strongly consistent** reads pass through, never cached",
		]);
		// A note with bullets, or with one indented block, keeps its lines.
		expect(indentedAsDocument(["# X", "topic:", "  - a", "  - b", "other:", "  - c", "  - d", "  - e"])).toBeNull();
		expect(indentedAsDocument(["# X", "Some text:", "    code line", "    code line", "    code line", "    code line", "    code line"])).toBeNull();
	});

	test("each reading of the note takes the lines the one before left: ids go from an indented outline too", () => {
		const ideas = ["# CloudFront", "", "edge:", "\t**1a** Edge locations cache copies near viewers", "\t**1b** Regional edge caches sit between", "origins:", "\t**2a** S3 with Origin Access Control", "\t**2b** Any HTTP server as a custom origin", "\t**2c** Origin groups fail over to a second origin"];
		expect(asDocument(note(...ideas)).note.lines).toEqual([
			"# CloudFront",
			"",
			"## edge",
			"- Edge locations cache copies near viewers",
			"- Regional edge caches sit between",
			"## origins",
			"- S3 with Origin Access Control",
			"- Any HTTP server as a custom origin",
			"- Origin groups fail over to a second origin",
		]);
	});

	test("such a note gets questions", () => {
		const all = SEEDS.flatMap((seed) => questionsOf("DAX", lines, seed));
		expect(all.some((q) => q.kind === "fill-blank" && q.answers.includes("5 min"))).toBe(true);
	});
});
