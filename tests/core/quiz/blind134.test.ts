/**
 * Faults found in the notes of blind reads 133 and later (arrow-chain notes, misconception notes,
 * Chinese-English notes, slide decks, notes by Well-Architected pillar), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { alsoAccepted } from "../../../src/core/quiz/accepts";
import { withoutComments, withoutSpeakers } from "../../../src/core/quiz/layouts";
import { stemProblem } from "../../../src/core/quiz/stems";
import { asked } from "./helpers";

describe("blind read 133: arrow-chain notes", () => {
	const lines = [
		"# RDS Multi-AZ",
		"",
		"## classic deployment",
		"need HA → Multi-AZ → primary + **standby** in another AZ",
		"standby → not readable → can't offload reads to it",
		"failover time → about **60-120 s** typically",
		"cost → paying for ~2x instance",
	];

	test("lines led by arrows are a list written without markers: each line is asked on its own", () => {
		expect(asked("RDS Multi-AZ", lines, "fill-blank").some((q) => q.answers[0] === "60-120 s" && q.source.line === 6)).toBe(true);
	});

	test("prose with an arrow here and there still runs on from line to line", () => {
		const prose = [
			"# RDS Multi-AZ",
			"",
			"## lecture",
			"the instructor said the primary keeps a standby copy in another zone and when it fails the endpoint -> flips over to",
			"standby copy, in the other zone, takes over -> in about **60-120 s** typically, which apps see as a short",
			"outage -> and then they reconnect",
		];
		expect(asked("RDS Multi-AZ", prose, "fill-blank").filter((q) => q.answers[0] === "60-120 s")).toEqual([]);
	});

	test("two short lines led by arrows inside a wrapped paragraph still run on", () => {
		const prose = [
			"# AWS Chatbot",
			"",
			"## Details",
			"the console is where you set up everything and the notifications from the pipelines",
			"go straight there, failed -> slack. The **custom notification** format is the other way and has no",
			"interactivity. **API destinations** -> a webhook you post to yourself",
			"is more work and the instructor said so.",
		];
		const run = (q: { source: { line: number } }): boolean => q.source.line === 5;
		expect([...asked("AWS Chatbot", prose, "fill-blank"), ...asked("AWS Chatbot", prose, "true-false")].filter(run)).toEqual([]);
	});
});

describe("blind read 134: misconception notes", () => {
	test('the mark of a correction ("Right:") is no part of a statement: it would say the statement is true', () => {
		const lines = [
			"# AWS Lambda",
			"",
			"## Destinations",
			"- Wrong: destinations work for every invocation type.",
			"- Right: destinations are for async invocations, not synchronous calls.",
			"- Reality: a failed sync call returns the error to the caller.",
		];
		// And as a sentence of a paragraph line, after the wrong belief, or a paragraph line of its own.
		lines.push("", 'Wrong: "SQS pushes messages to Lambda". Right: Lambda **polls** SQS via an event source mapping.', "", "Reality: S3 invokes Lambda **asynchronously**, it does not wait.");
		const statements = asked("AWS Lambda", lines, "true-false").map((q) => q.prompt);
		expect(statements.some((p) => /Lambda polls SQS/.test(p))).toBe(true);
		expect(statements.some((p) => /S3 invokes Lambda asynchronously/.test(p))).toBe(true);
		expect(statements.some((p) => /destinations are for async invocations/.test(p))).toBe(true);
		for (const p of statements) expect(p).not.toMatch(/\b(?:Right|Reality|Wrong):/);
	});
});

describe("blind read 136: Vietnamese-English and non-native English notes", () => {
	test("a blank keyed by an acronym is not asked beside its twin one letter apart (OLAP / OLTP)", () => {
		const lines = ["# Amazon Redshift", "", "## Tổng quan", "- Data warehouse of AWS, is for **OLAP** (analytics) not OLTP → for OLTP use RDS", "- Columnar storage, **MPP** architecture for big queries"];
		const keys = asked("Amazon Redshift", lines, "fill-blank").map((q) => q.answers[0]);
		expect(keys).not.toContain("OLAP");
		expect(keys).toContain("MPP");
		// What came before, not set against it: asked.
		const oai = ["# Amazon CloudFront", "", "## S3 origins", "- OAC makes the bucket readable only via CF; it replaced legacy **OAI** in 2022"];
		expect(asked("Amazon CloudFront", oai, "fill-blank").map((q) => q.answers[0])).toContain("OAI");
	});

	test("a line that names its own sub-heading's subject is not said of a sibling sub-heading", () => {
		const lines = [
			"# DynamoDB",
			"",
			"## Index",
			"### LSI - Local Secondary Index",
			"- Tối đa **5 LSI** / table",
			"- Phải tạo lúc tạo table",
			"### GSI - Global Secondary Index",
			"- Default tối đa **20 GSI** / table",
			"- Tạo / xoá bất cứ lúc nào",
		];
		const wrong = asked("DynamoDB", lines, "true-false").filter((q) => q.answers[0] === "False" && /LSI[^:]*:.*\bGSI\b|GSI[^:]*:.*\bLSI\b/.test(q.prompt));
		expect(wrong.map((q) => q.prompt)).toEqual([]);
	});
});

describe("blind read 134: Chinese-English notes", () => {
	test('the name in front of a short situation gives away the one choice that bears it ("Scenario (RDS)" for RDS Proxy)', () => {
		const lines = ["# RDS", "", "## 考试要点", '- "Lambda too many connections" → RDS Proxy', '- "读写分离, scale reads" → Read Replicas', '- "需要 HA, AZ 故障自动切换" → Multi-AZ'];
		for (const q of asked("RDS", lines, "scenario").filter((x) => x.answers[0] === "RDS Proxy")) {
			const front = /^Scenario \(([^)]*)\)/.exec(q.prompt)?.[1];
			if (front !== undefined) expect(q.choices.filter((c) => c.includes(front.split(" ")[0])).length, q.prompt).toBeGreaterThan(1);
		}
	});

	test("a blank keyed by a term in the note's own language is picked from choices, not typed", () => {
		const lines = [
			"# Route 53",
			"",
			"## Health Checks",
			"- **监控 endpoint**(IP 或域名):HTTP / HTTPS / TCP",
			"- **Calculated health check**:组合多个 health check",
			"- **监控 CloudWatch Alarm**:私有资源用这个",
		];
		const foreign = asked("Route 53", lines, "fill-blank").filter((q) => /\p{Script=Han}/u.test(q.answers[0]));
		expect(foreign.length).toBeGreaterThan(0);
		for (const q of foreign) expect(q.typed, q.prompt).toBe(false);
	});
});

describe("blind read 135: notes by Well-Architected pillar", () => {
	test("a table row that compares (cheaper, faster) among three or more rows is not asked: another row may be more so", () => {
		const lines = [
			"# Amazon EFS",
			"",
			"## Cost Optimization",
			"Storage classes:",
			"| class | notes |",
			"|---|---|",
			"| Standard | multi-AZ, frequently accessed, most expensive |",
			"| Standard-IA (Infrequent Access) | way cheaper storage, **per-GB retrieval fee** |",
			"| Archive | cheapest, for data touched a few times a year, needs Elastic throughput |",
			"| One Zone | single AZ, cheaper |",
		];
		const prompts = asked("Amazon EFS", lines, "comparison").map((q) => q.prompt);
		expect(prompts.some((p) => /frequently accessed/.test(p))).toBe(true);
		expect(prompts.filter((p) => /cheaper/.test(p))).toEqual([]);
	});

	test('"combine with both above" points at lines the question does not show', () => {
		expect(stemProblem("ElastiCache: ____ on keys — combine w/ both above to limit staleness")).not.toBeNull();
		expect(stemProblem("ElastiCache: use either of the above for session data")).not.toBeNull();
		// "Old ones" (the blue/green deployment's original instances, blind read 139).
		expect(stemProblem("AWS CodeDeploy: Old ones can be kept or terminated after a wait.")).not.toBeNull();
		// "this is the third way" points at a list the line does not show (blind read 142).
		expect(stemProblem("event source mappings, this is the third way, lambda POLLS the source.")).not.toBeNull();
		expect(stemProblem("ElastiCache: ____ on keys limits staleness and memory use")).toBeNull();
	});

	test("a blank over an HTTP status code is not asked beside its reason phrase", () => {
		const lines = ["# API Gateway", "", "## Troubleshooting", "- **502** bad gateway – usually the Lambda proxy returned the wrong format", "- **429** when the account limit is hit – retry with backoff"];
		const keys = asked("API Gateway", lines, "fill-blank").map((q) => q.answers[0]);
		expect(keys).not.toContain("502");
		expect(keys).toContain("429");
	});
});

describe("blind read 134-135: comparisons whose description names the side", () => {
	test("a side described by the words of its acronym is not asked", () => {
		const lines = [
			"# Kinesis Data Streams",
			"",
			"## Details",
			"- CRR = Cross-Region Replication, SRR = Same-Region Replication",
			"- EBS = one AZ, one instance at a time; EFS = many instances, multi-AZ",
		];
		const prompts = asked("Kinesis Data Streams", lines, "comparison").map((q) => `${q.prompt} => ${q.answers[0]}`);
		expect(prompts.filter((p) => /Region Replication/.test(p))).toEqual([]);
		expect(prompts.some((p) => /many instances, multi-AZ/.test(p))).toBe(true);
	});
});

describe("blind read 135: slide decks", () => {
	test('a service named by a common word keeps its vendor in a false statement ("AWS Config for passwords", not "Config for passwords")', () => {
		const lines = ["# Aurora", "", "## Security", "- encryption at rest w/ [[KMS]] – decide **at creation**", "- [[Secrets Manager]] for passwords + rotation", "- sits in a VPC, control w/ security groups"];
		const swapped = asked("Aurora", lines, "true-false").filter((q) => q.answers[0] === "False" && q.source.line === 5);
		expect(swapped.length).toBeGreaterThan(0);
		const WORD = /\b(?:Config|Backup|Shield|Inspector|Detective|Artifact)\b/;
		for (const q of swapped) expect(q.prompt.replace(/\bAWS (?=\p{Lu})/gu, "AWS_").replace(/AWS_\w+/g, "")).not.toMatch(WORD);
	});
});

describe("blind read 137: decision trees and lab journals", () => {
	test("a decision tree's question that names services is no owner of the options under it", () => {
		const lines = [
			"# EC2 Purchasing Options",
			"",
			"## Decision tree",
			"- Is it steady-state for 1+ years?",
			"  - Will I change instance family / region / OS, or also run [[Fargate]] / [[Lambda]]?",
			"    - Yes → **Compute Savings Plan** (up to 66%)",
			"    - No, same family →",
			"      - Want the max discount and a simple $/hr commitment → **EC2 Instance Savings Plan**",
			"      - Want to **sell** unused commitment later → **Standard RI**",
			"      - Need to exchange to other families later but want RI semantics → **Convertible RI**",
			"- Interruptible batch work, can stop any time → **Spot Instances**",
		];
		for (const q of asked("EC2 Purchasing Options", lines, "scenario")) expect(q.prompt).not.toMatch(/Which Will I|Fargate \/ Lambda option/);
	});

	test("a lab journal's account of what the student did asks nothing", () => {
		for (const line of [
			"Moved it to ____ instead (time zones, one-time schedules).",
			"Broke login: Switched to ____ + an origin request policy.",
			"forgot to terminate for ____ ≈ $3",
			"Then I tried ____ and it worked",
			"(gp3 works too.) After that it created fine. ~____.",
		])
			expect(stemProblem(line), line).not.toBeNull();
		for (const line of ["EventBridge Scheduler supports ____ and one-time schedules", "Kinesis Data Firehose moved to ____ in 2024"]) expect(stemProblem(line), line).toBeNull();
	});

	test('"static IP" is a job of an ELB (its NLB) as much as of Global Accelerator: ELB is no wrong choice there', () => {
		const lines = ["# CloudFront", "", "## Exam tips", "- static IP / non-HTTP → Global Accelerator, not CF", "- cache static content at the edge → CloudFront"];
		const qs = asked("CloudFront", lines, "scenario").filter((q) => q.answers[0] === "Global Accelerator");
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.choices).not.toContain("ELB");
	});

	test('an option named after its service is accepted by its own name ("Standard" for "S3 Standard")', () => {
		expect(alsoAccepted("S3 Standard", "tiny objects stay in the frequent tier → just use ____.", [])).toContain("Standard");
		expect(alsoAccepted("S3 Glacier Deep Archive", "cheapest for 7-year retention → ____", [])).toContain("Glacier Deep Archive");
		// A service after the service's name is a name of its own: "Lambda" alone is not "S3 Lambda".
		expect(alsoAccepted("EC2 Auto Scaling", "replace unhealthy instances → ____", [])).not.toContain("Auto Scaling");
		// An acronym says what kind of thing it is on its own (blind read 138).
		expect(alsoAccepted("JWT token", "sign-up, sign-in, the result is a ____.", ["sign-up, sign-in, the result is a JWT token.", "user pools issue JWTs (ID, access, refresh)"])).toContain("JWT");
		expect(alsoAccepted("CNAME record", "point www at the apex with a ____", [])).toContain("CNAME");
	});
});

describe("blind read 139: study-group transcripts, annotated reading notes", () => {
	test("a study group's speakers by name, and a reply's 'no.', are no part of what a line says", () => {
		const lines = [
			"**Sam:** does GA cache anything?",
			"Priya: no. GA gives you 2 static anycast IPs from the edge.",
			"Sam: so it's layer 4?",
			"Priya: yes, TCP and UDP, no caching.",
			"me: No cold starts to worry about either.",
		];
		expect(withoutSpeakers(lines)).toEqual(["does GA cache anything?", "GA gives you 2 static anycast IPs from the edge.", "so it's layer 4?", "TCP and UDP, no caching.", "me: No cold starts to worry about either."]);
	});

	test("a chatbot is no member of the study group: its name stays for the unsure-answer reading", () => {
		const lines = ["Me: what's the max visibility timeout?", "Claude: It's 12 hours.", "Me: and the default?", "Claude: 30 seconds."];
		expect(withoutSpeakers(lines)).toBeNull();
	});

	test("labels that repeat are no speakers: no one asks anything", () => {
		const lines = ["- Standard: 1 year of history", "- Express: 5 minutes at most", "## Pricing", "- Standard: per state transition", "- Express: per request and duration"];
		expect(withoutSpeakers(lines)).toBeNull();
	});

	test("a linked service inside an aside is not swapped for a false statement", () => {
		const lines = [
			"# Amazon Aurora Serverless",
			"",
			"## Details",
			"- v2 supports Multi-AZ, up to 15 readers, [[Aurora Global Database]], [[Amazon RDS Proxy]], IAM auth",
			"- **Data API** (HTTP endpoint, no drivers/connection pool, nice with [[AWS Lambda]]) — was v1-only, now works with v2 too (PostgreSQL first, then MySQL)",
			"- storage is normal Aurora: 6 copies / 3 AZs, grows to 128 TiB automatically",
		];
		expect(asked("Amazon Aurora Serverless", lines, "true-false").filter((q) => q.source.line === 5 && q.answers[0] === "False")).toEqual([]);
	});

	test("Obsidian comments (%% ... %%) are read past, inline and over several lines", () => {
		const lines = ["%% short one, only read the FAQ %%", "Data API ==works with v2== %% confirmed in lab %% now", "%%", "my doubts here", "%%", "kept"];
		expect(withoutComments(lines)).toEqual(["", "Data API ==works with v2==  now", "", "", "", "kept"]);
		expect(withoutComments(["no comments here"])).toBeNull();
		const note = [
			"# Amazon Aurora Serverless",
			"#aws #saa #database",
			"",
			"%% short one, only read the Aurora User Guide chapter on Serverless v2 + FAQ. main notes are in [[Amazon Aurora]] %%",
			"",
			"> 1 **ACU** (Aurora Capacity Unit) ≈ ==2 GiB of memory== + matching CPU and networking. (User Guide) ← exam!",
		];
		expect([...asked("Amazon Aurora Serverless", note, "true-false"), ...asked("Amazon Aurora Serverless", note, "fill-blank")].filter((q) => q.source.line === 4)).toEqual([]);
	});
});

describe("blind read 138: A-Z glossaries, Indonesian-English notes", () => {
	test("a service the cue's line puts beside its answer ('Athena (+ QuickSight)') is no wrong choice", () => {
		const lines = ["# Athena", "", "## Tips Ujian", '- "least operational overhead" buat reporting dari S3 → Athena (+ QuickSight)', "- query logs di S3 pakai SQL → Athena"];
		const qs = asked("Athena", lines, "scenario").filter((q) => q.source.line === 4);
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.choices).not.toContain("QuickSight");
	});

	test('"no servers" is a job of Lambda as much as of Fargate: neither is a wrong choice for the other', () => {
		const lines = ["# ECS", "", "## Exam traps", "- least ops / no servers → Fargate", "- need GPUs or custom AMIs → EC2 launch type"];
		const qs = asked("ECS", lines, "scenario").filter((q) => q.answers[0] === "Fargate");
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.choices).not.toContain("Lambda");
	});

	test("a comparison table's context that spells out one of its sides is left out of the prompt", () => {
		const lines = [
			"# VPC",
			"",
			"## S",
			"### Security group",
			"Virtual firewall at the ENI level.",
			"",
			"| | SG | NACL |",
			"|---|---|---|",
			"| level | instance/ENI | subnet |",
			"| state | stateful | stateless |",
			"| rules | allow only | allow + deny |",
		];
		const qs = asked("VPC", lines, "comparison");
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.prompt).not.toMatch(/Security group/);
	});

	test("a glossary's letter headings ('## C', '## P-W') are no topic of the terms under them", () => {
		const lines = [
			"# Step Functions",
			"",
			"## P-W",
			"- **Parallel** — run branches at the same time.",
			"- **Payload limit** — **256 KB** between states → store big data in [[S3]], pass the key.",
			"- **Retry** — `ErrorEquals`, `MaxAttempts`, `BackoffRate`; evaluated before Catch.",
		];
		const qs = asked("Step Functions", lines, "fill-blank");
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.prompt).not.toMatch(/P-W/);
	});
});

describe("blind reads 140-141: spaced-review logs, Arabic-English notes", () => {
	test("an entry of the student's review log asks nothing", () => {
		for (const line of ["03-09 — 4/5, easy one, push out ____", "2025-03-02 — 2/5, still mixing up ____ and Business support", "confidence: 3/5 on ____"]) expect(stemProblem(line), line).not.toBeNull();
		expect(stemProblem("Trusted Advisor checks ____ categories: cost, performance, security, fault tolerance, service limits")).toBeNull();
		expect(stemProblem("Output is a list of ____ (PAGE, LINE, WORD ...) each with a confidence score and bounding box.")).toBeNull();
		// A cheat sheet's facts side by side are facts, not names in a row; "Put it in ..." is advice, not a lab's account.
		expect(stemProblem("ECR — misconfigurations: repo policy Principal: \"*\" · mutable tags (latest overwritten) → turn on ____ · no scanning", { arrows: true })).toBeNull();
		expect(stemProblem("Amazon RDS: Put it in ____.") ?? "").not.toMatch(/student/);
	});

	test("names in a row separated by middle dots are no statement", () => {
		const lines = ["# EC2", "", "## Details", "- instances boot from an AMI in about a minute", "", "## روابط", "[[EBS]] · [[Auto Scaling]] · [[ELB]] · [[VPC]] · [[Elastic Beanstalk]] · [[Lambda]] (لو عايز serverless بدل الـ servers)"];
		expect(asked("EC2", lines, "true-false").filter((q) => q.source.line === 7)).toEqual([]);
	});

	test("a part of the note's service is not asked by the word that sets it apart ('Windows' for FSx for Windows File Server)", () => {
		const lines = ["---", "aliases: [FSx, FSx for Windows, FSx for Lustre, FSx for OpenZFS]", "---", "# Amazon FSx", "", "## Exam cues", "- Windows, SMB, NTFS, Active Directory, DFS → FSx for Windows File Server", "- HPC, ML training, S3-linked scratch → FSx for Lustre", "- NFS + ZFS snapshots, migrate from on-prem ZFS → FSx for OpenZFS"];
		const qs = asked("Amazon FSx", lines, "scenario");
		expect(qs.filter((q) => q.answers[0] === "FSx for Windows File Server")).toEqual([]);
		expect(qs.length).toBeGreaterThan(0);
	});

	test("a blank keyed by the note's own service under another name is not asked where the prompt names it ('EB' in the Elastic Beanstalk note)", () => {
		const lines = ["# Elastic Beanstalk", "", "## مقارنة", "- **EB** vs OpsWorks: OpsWorks كان Chef/Puppet — اتقفل خلاص (EOL 2024).", "- **EB** vs ECS: EB for web apps without containers knowledge"];
		expect(asked("Elastic Beanstalk", lines, "fill-blank").filter((q) => q.answers[0] === "EB")).toEqual([]);
	});

	test('"11 9s durability" is a job of EFS as much as of S3: EFS is no wrong choice there', () => {
		const lines = ["# S3", "", "## Sınav İpuçları", '- "11 9s durability", "unlimited storage" → S3', '- "block storage for one EC2 instance" → EBS'];
		const qs = asked("S3", lines, "scenario").filter((q) => q.answers[0] === "S3");
		expect(qs.filter((q) => q.choices.includes("EFS")).map((q) => q.prompt)).toEqual([]);
	});
});

describe("blind reads 142-143: voice-memo transcripts, Thai-English, code-first notes", () => {
	test("two '=' pairs in two sentences are two sides: the second sentence does not start inside the first side", () => {
		const lines = ["# VPC", "", "## Key points", "- SG = stateful, allow only, ENI level. NACL = stateless, allow + deny, subnet level, lowest rule # first"];
		const qs = [...asked("VPC", lines, "comparison"), ...asked("VPC", lines, "true-false")];
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect([q.prompt, ...q.choices].join(" | ")).not.toMatch(/level\. NACL/);
	});
});

