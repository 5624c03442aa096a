/**
 * Faults that reads 35 to 43 showed by kind, not one note at a time (fill-blanks by their key's
 * words and by what their prompt names), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { typeable } from "../../../src/core/quiz/generators/fillBlank";
import { withSubject } from "../../../src/core/quiz/generators/trueFalse";
import { spellsOutAcronym } from "../../../src/core/quiz/acronyms";
import { echoes } from "../../../src/core/quiz/terms";
import { stemProblem } from "../../../src/core/quiz/stems";
import { examCue } from "../../../src/core/quiz/cues";
import { askedLate, generateQuiz, keyedByAClause } from "../../../src/core/quiz/generateQuiz";
import type { Question } from "../../../src/core/quiz/types";
import { context, note, questionsOf, quizQuestions, sampleQuestion, SEEDS, withMore } from "./helpers";

describe("typed keys that describe", () => {
	test("a state put in words ('Cluster mode disabled') is said many ways: not typed", () => {
		for (const key of ["Cluster mode disabled", "full capacity maintained", "Encryption at rest enabled"]) {
			expect(typeable(key), key).toBe(false);
		}
	});

	test("names, figures and short terms stay typed", () => {
		for (const key of ["AWS Replication Agent", "DRS Failback Client", "10 managed policies", "Glue Data Catalog", "message group ID", "cost allocation tags", "high throughput mode", "Provisioned capacity units", "task role", "14 days"]) {
			expect(typeable(key), key).toBe(true);
		}
	});
});

describe("a topic title that opens with a service", () => {
	const options = [
		"# EC2 Purchasing Options",
		"",
		"- **Spot Instances** - spare capacity at up to 90% off, can be reclaimed with a two-minute warning",
		"- **Dedicated Hosts** - a whole physical server, needed for per-socket licences",
		"- **Savings Plans** - commit to a dollar amount of usage per hour for 1 or 3 years",
		"- **Reserved Instances** - 1- or 3-year term for an instance family in a Region",
	];

	test("'EC2 Purchasing Options' puts 'EC2' in front of a line that names nothing", () => {
		const blanks = quizQuestions("EC2 Purchasing Options", options, "fill-blank");
		expect(blanks.length).toBeGreaterThan(0);
		for (const q of blanks) expect(q.prompt).toMatch(/^EC2: /);
	});

	test("a note about several services ('DataSync vs Transfer Family vs Snow') gets none of them in front", () => {
		const compare = [
			"# DataSync vs Transfer Family vs Snow",
			"",
			"- Choose **DataSync** if: syncing NFS/SMB shares to S3 or EFS over the network on a schedule",
			"- Choose **Snowball Edge** if: tens of TB with little bandwidth, one-time migration",
			"- Choose **Transfer Family** if: partners push files over SFTP and cannot change their tooling",
		];
		const prompts = quizQuestions("DataSync vs Transfer Family vs Snow", compare).map((q) => q.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		expect(prompts.filter((p) => /^(?:True or false: )?DataSync[:\s—]/.test(p) && !/^(?:True or false: )?DataSync\b.*\bDataSync\b/.test(p))).toEqual([]);
	});

	test("'Savings Plans - commit to ...' keeps its name: a word in -ings is no verb", () => {
		expect(withSubject("Savings Plans - commit to a dollar amount per hour", "EC2")).toBe("Savings Plans - commit to a dollar amount per hour");
		expect(withSubject("Runs containers as tasks", "ECS")).toBe("ECS runs containers as tasks");
	});
});

describe("blind read 44", () => {
	test("a Notion page id after a heading ('Shield Advanced f3a9c1d8') is no part of any prompt", () => {
		const shield = [
			"# Shield and Firewall Manager",
			"## Shield Advanced f3a9c1d8",
			"- **Elastic IPs** are how you protect an NLB or a bare EC2 instance",
			"- **Shield Response Team** (SRT) helps during an attack, with Business or Enterprise Support",
			"- **Cost protection** refunds scaling charges caused by a DDoS attack",
		];
		const prompts = quizQuestions("Shield and Firewall Manager", shield).map((q) => q.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		expect(prompts.filter((p) => p.includes("f3a9c1d8"))).toEqual([]);
	});

	test("'✅ Right:' and '❌ Trap:' mark answers in a practice review: no option beside 'Event history'", () => {
		const review = [
			"# CloudTrail - practice exam review",
			"Reviewing practice exam 2, the logging questions.",
			"",
			"Quick refresher first:",
			"- **Event history** → management events of the last 90 days, on by default",
			"- **Trail** → delivers logs to S3, kept as long as you like",
			"- **Data events** (S3 object reads and writes) → off by default",
			"- Log files reach S3 about every 5 min → not real time",
			"",
			"### Q: an intern deleted S3 objects; who was it?",
			"- ✅ Right: a **trail with data events** for that bucket",
			"\t- DeleteObject is a data event, never in Event history",
			"- ❌ Trap: searching Event history → management events only",
			"### Q: logs must be provably untouched",
			"- ✅ Right: **log file integrity validation**",
			"\t- digest files every hour",
			"- ❌ Trap: SSE-KMS encryption → hides, proves nothing",
			"## Patterns",
			"- who called this API → **CloudTrail**",
			"- unusual jump in API calls → **CloudTrail Insights**",
			"- past 90 days, fast lookup, no cost → **Event history**",
		];
		const questions = quizQuestions("CloudTrail - practice exam review", review);
		expect(questions.length).toBeGreaterThan(0);
		expect(questions.flatMap((q) => q.choices).filter((c) => /^(?:Right|Trap)$/.test(c))).toEqual([]);
	});

	test("'____ (web ACL capacity units)' spells out 'WCUs' with an acronym inside", () => {
		expect(spellsOutAcronym("Every rule costs ____ (web ACL capacity units), based on complexity", "WCUs")).toBe(true);
		expect(spellsOutAcronym("Every rule costs ____, based on complexity", "WCUs")).toBe(false);
	});

	test("'NOT a destination: [[DynamoDB]], [[RDS]]' is no role the note's service uses them for", () => {
		const firehose = [
			"# Kinesis Data Firehose",
			"## Destinations",
			"- delivers to [[S3]], [[Redshift]] (via S3 COPY), [[OpenSearch Service]], [[Splunk]]",
			"\t- NOT a destination: [[DynamoDB]], [[RDS]], [[EMR]]",
			"- Not a source for replay: [[SQS]]",
			"- transforms records with [[Lambda]] before delivery",
		];
		const prompts = quizQuestions("Kinesis Data Firehose", firehose).map((q) => q.prompt);
		expect(prompts.filter((p) => /\bnot\b/i.test(p))).toEqual([]);
	});

	test("'1 or 3 years' keeps its second figure: '1 or 60 days' is false by its form", () => {
		const plans = [
			"# Savings Plans and Reserved Instances",
			"",
			"Reserved Instances and Savings Plans trade a commitment for a discount. Terms are always 1 or 3 years.",
			"A Standard RI can be sold on the RI Marketplace if you have held it for at least 30 days.",
			"Spot capacity comes back with a two-minute warning, and Spot blocks of up to 6 hours were retired.",
			"Capacity Reservations can be created for as little as 14 days ahead of a launch.",
			"The Compute Savings Plan discount reaches 66% and applies to EC2, Fargate and Lambda.",
		];
		const statements = quizQuestions("Savings Plans and Reserved Instances", plans, "true-false").map((q) => q.prompt);
		expect(statements.filter((p) => /1 or (?!3 years)\d/.test(p))).toEqual([]);
	});

	test("'L7' beside 'L3–L7 inside VPC' in a table is said of another row too: no which-row question", () => {
		const table = [
			"# Shield and Firewall Manager",
			"## Compared",
			"| Service | Layer | Pricing |",
			"|---|---|---|",
			"| Shield Standard | L3/L4 | free |",
			"| WAF | L7 | per web ACL and rule |",
			"| Network Firewall | L3–L7 inside VPC | per endpoint hour |",
		];
		const prompts = quizQuestions("Shield and Firewall Manager", table).map((q) => q.prompt);
		expect(prompts.filter((p) => /\bL7\?$/.test(p))).toEqual([]);
	});
});

describe("blind read 45", () => {
	test("'## Security Hub' under a note about two services is the subject of its lines, topic word and all", () => {
		const both = [
			"# GuardDuty and Security Hub",
			"## GuardDuty",
			"- reads **VPC Flow Logs**, DNS logs and CloudTrail events to find threats",
			"## Security Hub",
			"- runs automated **security checks** against standards such as CIS and FSBP",
			"- normalizes every finding to **ASFF** before it is shown",
		];
		const blanks = quizQuestions("GuardDuty and Security Hub", both, "fill-blank").filter((q) => q.source.line >= 5);
		expect(blanks.length).toBeGreaterThan(0);
		for (const q of blanks) expect(q.prompt).toMatch(/^Security Hub\b/);
	});

	test("an API name ('ChangeMessageVisibility') or a clipped word ('permset') gives the key away", () => {
		expect(echoes("workers get the message twice → ____ shorter than processing → raise it with ChangeMessageVisibility", "visibility timeout")).toBe(true);
		expect(echoes("workers get the message twice → ____ shorter than processing", "visibility timeout")).toBe(false);
		expect(echoes("2 ____ (AdminAccess, ReadOnly) → assign group+permset per account", "permission sets")).toBe(true);
		expect(echoes("2 ____ (AdminAccess, ReadOnly) → assign a group per account", "permission sets")).toBe(false);
	});

	test("a lab's own setup told as it went ('NACLs were default, but they'd be next') is no statement", () => {
		expect(stemProblem("NACLs were default (allow all), but they'd be the next thing to check")).not.toBe(null);
		expect(stemProblem("The route table was the problem: no route back to the peer CIDR")).not.toBe(null);
		expect(stemProblem("An alias can't point to an EC2 instance's DNS name, so you'd use an A record")).toBe(null);
		expect(stemProblem("NACLs are stateless, so return traffic needs its own rule")).toBe(null);
	});
});

describe("blind read 46", () => {
	test("'cheapest config store → Parameter Store' stands against Secrets Manager, which a price sets apart", () => {
		const ssm = [
			"# Systems Manager",
			"",
			"## Session Manager",
			"- shell access to instances with no SSH keys, no bastion and no open port 22",
			"- every session can be logged to S3 or CloudWatch Logs",
			"",
			"## Patch Manager",
			"- patch baselines say which patches are approved, maintenance windows say when they go in",
			"",
			"## Parameter Store",
			"- **Standard** parameters: free, up to 4 KB each, 10,000 per Region",
			"- **Advanced** parameters: paid, up to 8 KB, parameter policies such as expiration",
			"- **SecureString** values are encrypted with a KMS key",
			"",
			"> [!warning] Exam trap",
			"> Rotating database passwords on a schedule → [[Secrets Manager]] (built-in rotation with Lambda). Plain config / cheap → Parameter Store.",
		];
		const keyed = quizQuestions("Systems Manager", ssm, "scenario").filter((q) => q.answers[0] === "Parameter Store");
		expect(keyed.length).toBeGreaterThan(0);
		for (const q of keyed) expect(q.choices).toContain("Secrets Manager");
	});

	test("'AUTO (default)' among the distribution styles loses the mark that picks it out", () => {
		const redshift = [
			"# Redshift",
			"## Distribution styles",
			"| Style | Placement | Use when |",
			"|---|---|---|",
			"| AUTO (default) | Redshift decides and changes it as the table grows | you do not know the access pattern yet |",
			"| EVEN | round-robin over the slices | a table joins with nothing |",
			"| KEY | rows with the same key on one slice | big tables joined on that column |",
			"| ALL | a full copy on every node | small dimension tables |",
		];
		const questions = quizQuestions("Redshift", redshift);
		expect(questions.some((q) => q.choices.includes("AUTO"))).toBe(true);
		expect(questions.flatMap((q) => [...q.choices, ...q.answers]).filter((c) => /\(default\)/.test(c))).toEqual([]);
	});
});

describe("blind read 46, continued", () => {
	test("a table row inside a callout ('| Latency | real-time (~70 ms) | buffered |') is no statement", () => {
		expect(stemProblem("| Latency | real-time (~70–200 ms) | near real-time (buffered, up to 900 s) |")).not.toBe(null);
		expect(stemProblem("Kinesis Data Streams: | Capacity | shards / on-demand | fully managed, auto |.")).not.toBe(null);
		expect(stemProblem("Pipe symbols aside, a line with one | in it is still a statement")).toBe(null);
	});
});

describe("blind read 47", () => {
	test("the student's to-do list ('make flashcards for ...', 'TODO: redo set 4') is no statement", () => {
		expect(stemProblem("make flashcards for the DeletionPolicy options")).not.toBe(null);
		expect(stemProblem("TODO: redo practice set 4, wrong answers only")).not.toBe(null);
		expect(stemProblem("make DLQ retention longer than the source queue's")).toBe(null);
		expect(stemProblem("Schedule deletion: a waiting period of 7 to 30 days")).toBe(null);
	});

	test("a sum worked out on the line ('/28 = 16 − 5 = ____') asks for its arithmetic", () => {
		expect(stemProblem("AWS reserves 5 IPs per subnet, so a /28 gives 16 − 5 = ____ usable")).not.toBe(null);
		expect(stemProblem("AWS reserves 5 IPs per subnet, so a /28 has ____ usable addresses")).toBe(null);
	});
});

describe("blind read 48", () => {
	test("'Read-heavy + microsecond latency → DAX' keeps its first word: 'Read' opens no cue there", () => {
		expect(examCue("Read-heavy + microsecond latency → DAX")?.situation).toBe("Read-heavy + microsecond latency");
		expect(examCue("Read: 'anycast IP' → Global Accelerator")?.situation).toBe("anycast IP");
	});

	test("a table header that ends in a preposition ('Retained for') reads on into its value", () => {
		const metrics = [
			"# CloudWatch",
			"## Metric retention",
			"| Data point period | Retained for |",
			"|---|---|",
			"| 60 s (1 min) | 15 days |",
			"| 300 s (5 min) | 63 days |",
			"| 3600 s (1 h) | 455 days |",
		];
		const prompts = quizQuestions("CloudWatch", metrics).map((q) => q.prompt);
		expect(prompts.some((p) => /is retained for 63 days\?$/.test(p))).toBe(true);
		expect(prompts.filter((p) => /has a retained for/.test(p))).toEqual([]);
	});
});

describe("blind reads 46 to 48: options of another kind", () => {
	test("a format ('JSON') or an error code ('InvalidObjectState') stands among its kind only", () => {
		const sfn = [
			"# Step Functions",
			"## Exam tips",
			"- batch processing over millions of S3 objects → Distributed Map",
			"- high-volume event processing, IoT ingestion → Express",
			"- long-running, exactly-once, auditable → Standard",
			"- workflow written in Amazon States Language → JSON",
			"- GET on an archived object before a restore → InvalidObjectState",
		];
		const options = quizQuestions("Step Functions", sfn, "scenario").filter((q) => /option fits\?$/.test(q.prompt));
		expect(options.length).toBeGreaterThan(0);
		for (const q of options) {
			expect(q.choices.filter((c) => c !== q.answers[0] && /^(?:JSON|InvalidObjectState)$/.test(c)), q.prompt).toEqual([]);
		}
	});
});

describe("questions judged fair least often are asked last", () => {
	const q = (kind: Question["kind"], prompt: string, answer: string): Question => ({ ...sampleQuestion(), kind, prompt, answers: [answer], choices: [] });

	test("a short prompt, a blank with nothing in front, a key of three words come after the rest, in their order", () => {
		const short = q("fill-blank", "Route 53: R53 has ____", "100% SLA");
		const bare = q("fill-blank", "Retention ____, fixed, and each change appears once, in order per item", "24 hours");
		const long = q("fill-blank", "ElastiCache vs MemoryDB: MemoryDB = ____ (Multi-AZ transaction log), Redis-compatible", "durable primary database");
		const good1 = q("fill-blank", "DynamoDB Streams: an ordered change log of item updates, kept for ____", "24 hours");
		const good2 = q("scenario", "Scenario: store sessions for web servers behind an ALB, stateless app. Which service fits?", "ElastiCache");
		expect(askedLate([short, good1, bare, long, good2])).toEqual([good1, good2, short, bare, long]);
	});

	test("a blank keyed by a phrase in lower case comes after the other blanks; a longer phrase or a clause is not asked (reads 35-69)", () => {
		const phrase = q("fill-blank", "Amazon Aurora: failover promotes a replica by its ____, lowest number first", "priority tiers");
		const named = q("fill-blank", "Amazon Aurora: up to 15 read replicas share the cluster volume via the ____", "reader endpoint");
		const upper = q("fill-blank", "Amazon Aurora: storage grows in 10 GB steps up to ____", "128 TiB");
		const acronym = q("fill-blank", "Amazon Aurora: cross-Region copies with under 1 s lag come from ____", "Global Database");
		const short = q("fill-blank", "Aurora: R has ____", "many files");
		expect(askedLate([short, phrase, upper, named, acronym])).toEqual([upper, acronym, phrase, named, short]);
		const clauses = ["scan less data", "independently of size", "per AZ", "exactly once", "full capacity maintained"];
		expect(clauses.map((a) => keyedByAClause(q("fill-blank", "Amazon Athena: every optimization = ____", a)))).toEqual([true, true, true, true, true]);
		expect([phrase, named, upper, acronym].map(keyedByAClause)).toEqual([false, false, false, false]);
		const lines = ["# Amazon Athena", "", "## Performance", "- every optimization = **scan less data**", "- **Partition projection**: partitions computed from the query, no catalog calls"];
		const keys = SEEDS.flatMap((seed) => questionsOf("Amazon Athena", lines, seed)).filter((x) => x.kind === "fill-blank").map((x) => x.answers[0]);
		expect(keys).not.toContain("scan less data");
	});

	test("a scenario keyed to an option comes after one keyed to a service; one that names its two sides does not", () => {
		const option = q("scenario", "Scenario: batch processing over millions of S3 objects. Which Step Functions option fits?", "Distributed Map");
		const sides = q("scenario", "Scenario: shared file system for Linux instances in several AZs. Which fits, EBS or EFS?", "EFS");
		const service = q("scenario", "Scenario: store sessions for web servers behind an ALB, stateless app. Which service fits?", "ElastiCache");
		expect(askedLate([option, sides, service])).toEqual([sides, service, option]);
	});

	test("a short quiz of a note with enough else to ask has none of them", () => {
		const streams = [
			"# DynamoDB Streams",
			"- Streams keep an ordered log of item changes for **24 hours**",
			"- Retention **24 hours**, fixed.",
			"- A **Lambda** trigger reads the stream through an event source mapping",
			"- View types: **KEYS_ONLY**, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES",
			"- Global tables replicate through streams, last writer wins on conflicts",
			"- Kinesis Data Streams is the choice when retention must exceed **24 hours** (up to 365 days)",
		];
		const all = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...streams), context("DynamoDB Streams"), { seed, count: 3 })).questions);
		expect(all.length).toBeGreaterThan(0);
		// A late question is put after a good one; none is in these quizzes.
		expect(all.filter((x) => askedLate([x, good()])[0] !== x).map((x) => x.prompt)).toEqual([]);
	});
});

function good(): Question {
	return { ...sampleQuestion(), kind: "scenario", prompt: "Scenario: a long enough situation that names what it needs. Which service fits?" };
}
