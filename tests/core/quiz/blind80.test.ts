/**
 * Questions held back after blind reads 35-79 (each as a case written for these tests): classes of
 * questions judged fair less often than the questions a quiz asks in their place.
 */
import { describe, expect, test } from "vitest";
import { typedMatches } from "../../../src/core/quiz";
import { alsoAccepted } from "../../../src/core/quiz/accepts";
import { examCue } from "../../../src/core/quiz/cues";
import { stemProblem } from "../../../src/core/quiz/stems";
import { checkFairness, echoedWord } from "../../../src/core/quiz/fairness";
import { isLate } from "../../../src/core/quiz/generateQuiz";
import { parseEqualsPairs } from "../../../src/core/quiz/generators/comparison";
import { setAgainst } from "../../../src/core/quiz/mentioned";
import { spellsOutAcronym } from "../../../src/core/quiz/acronyms";
import { questionsOf, sampleQuestion } from "./helpers";

describe("the label of a `Label: what it does` bullet asked for is held back (46 of 81 fair)", () => {
	test.each([
		["Cloud9: ____: full shell with sudo on the managed instance", "Terminal", true],
		["Athena — Features: ____: CSV, JSON, Parquet, ORC, Avro", "Formats", true],
		// A label set off by "=" defines a term (30 of 37 fair), a dash 29 of 39: asked as before.
		["Batch: ____ = template for a job: image, vCPU, memory, role", "Job definition", false],
		["Glue: ____ – remembers what was processed so reruns pick up new data", "Job bookmarks", false],
		// A blank inside the line, followed by a colon of its own, is no label.
		["S3: objects in ____ are billed for 90 days at least: early deletes still pay", "Glacier", false],
	])("%s (%s): %s", (prompt, key, late) => {
		const q = sampleQuestion({ kind: "fill-blank", prompt, choices: [key, "Other one", "Third one"], answers: [key] });
		expect(isLate(q)).toBe(late);
	});
});

describe("a false statement made by giving a bullet another bullet's label is held back (27 of 39 fair)", () => {
	const tf = (prompt: string, answer: "True" | "False", source: string) =>
		sampleQuestion({ kind: "true-false", type: "boolean", prompt, choices: ["True", "False"], answers: [answer], source: { line: 3, text: source } });

	test.each([
		// The statement gives the line another label: held back.
		["True or false: ECR: Replication: prevent overwriting an existing tag.", "False", "- **Tag immutability**: prevent overwriting an existing tag.", true],
		["True or false: Amplify: SSR support: each pull request gets its own preview URL.", "False", "- Preview environments – each pull request gets its own preview URL.", true],
		// The line's own label, or a true statement, or a line with no label: asked as before.
		["True or false: ECR: Tag immutability: prevent overwriting an existing tag.", "True", "- **Tag immutability**: prevent overwriting an existing tag.", false],
		["True or false: ECR: Tag immutability: scans images on push.", "False", "- **Tag immutability**: prevent overwriting an existing tag.", false],
		["True or false: SQS keeps messages for up to 14 days.", "False", "- SQS keeps messages for up to 4 days", false],
	])("%s (%s): %s", (prompt, answer, source, late) => {
		expect(isLate(tf(prompt, answer as "True" | "False", source))).toBe(late);
	});

	test("a note of labelled bullets still gets its true/false questions, the label swaps among the held back", () => {
		const lines = [
			"# Amazon ECR",
			"## Features",
			"- **Tag immutability**: stops anyone from overwriting an existing image tag.",
			"- **Image scanning**: checks images for known CVEs on push or on a schedule.",
			"- **Replication**: copies images to other Regions and accounts automatically.",
			"- **Lifecycle policies**: expire old or untagged images to save storage costs.",
			"- **Pull through cache**: keeps copies of public registry images inside ECR.",
		];
		const swaps = questionsOf("Amazon ECR", lines).filter((q) => q.kind === "true-false" && q.answers[0] === "False");
		expect(swaps.length).toBeGreaterThan(0);
		for (const q of swaps) expect(isLate(q), q.prompt).toBe(true);
	});
});

describe("blind reads 80-81: giveaways", () => {
	const names = ["Amazon MemoryDB for Redis", "MemoryDB"];
	test("a which-service prompt that says a word of the service's own short name gives it away", () => {
		const q = sampleQuestion({ kind: "which-service", prompt: "Which AWS service is a Redis-compatible, durable, in-memory database?", choices: ["Amazon DynamoDB", "Amazon Keyspaces", "Amazon MemoryDB for Redis", "Amazon Neptune"], answers: ["Amazon MemoryDB for Redis"] });
		expect(echoedWord(q, names, "MemoryDB for Redis")).not.toBeNull();
		// A word only of a long name students know by its letters tells less ("Kubernetes" for EKS: the issue's own example).
		const eks = sampleQuestion({ kind: "which-service", prompt: "Which AWS service is a managed Kubernetes service?", choices: ["Amazon ECS", "AWS Fargate", "Amazon Elastic Kubernetes Service (EKS)"], answers: ["Amazon Elastic Kubernetes Service (EKS)"] });
		expect(echoedWord(eks, ["Amazon Elastic Kubernetes Service (EKS)", "Amazon EKS", "EKS"], "Amazon EKS")).toBeNull();
		// Where the key is another option, the note's name in the prompt only says what is asked about.
		const option = sampleQuestion({ kind: "scenario", type: "term", prompt: "Scenario: keep a Redis-compatible store durable. Which MemoryDB option fits?", choices: ["Multi-AZ", "Snapshots", "Data tiering"], answers: ["Multi-AZ"] });
		expect(echoedWord(option, names)).toBeNull();
	});

	test.each([
		["send low-confidence pages to ____ (Augmented AI) for human review", "Amazon A2I", true],
		["components run by ____ (Task Orchestrator and Executor) on the build instance", "AWSTOE", true],
		["software bill of materials", "SBOM export", true],
		// The acronym itself names the key, it does not spell it out; nor do three words that open with S.
		["grant it with IAM and a bucket policy", "IAM role", false],
		["store small static sites", "S3", false],
	])("%s spells out %s: %s", (text, key, spelled) => {
		expect(spellsOutAcronym(text, key)).toBe(spelled);
	});

	const blank = (prompt: string, key: string, choices: string[] = []) => sampleQuestion({ kind: "fill-blank", type: "term", typed: true, prompt, choices, answers: [key] });
	test("a figure inside a name ('Canary10Percent5Minutes') says the answer", () => {
		expect(checkFairness(blank("CodeDeploy: Linear10PercentEvery3Minutes shifts 10% more every ____", "3 minutes")).join()).toMatch(/other units/);
		expect(checkFairness(blank("CodeDeploy: Linear10PercentEvery3Minutes shifts 10% more every ____", "10 minutes"))).toEqual([]);
	});

	test("a service's short name the catalog knows ('CFN') gives the service away", () => {
		const choices = ["Elastic Beanstalk", "CodeDeploy", "CloudFormation", "OpsWorks"];
		expect(checkFairness(blank("CDK: synth emits a plain ____ template, so every CFN feature applies", "CloudFormation", choices)).join()).toMatch(/"CFN"/);
		expect(checkFairness(blank("CDK: cdk synth emits a ____, and CFN deploys it", "CloudFormation template")).join()).toMatch(/"CFN"/);
		expect(checkFairness(blank("CDK: synth emits a plain ____ template that the stack deploys", "CloudFormation", choices))).toEqual([]);
		// The note's own service names what is asked about: "one DX to many VPCs" for "Direct Connect gateway".
		expect(checkFairness(blank("Direct Connect: one DX to many VPCs in other Regions → ____", "Direct Connect gateway"), ["AWS Direct Connect", "Direct Connect"])).toEqual([]);
	});

	test("a key that points back at its own line ('Dashboard itself') asks for nothing", () => {
		expect(checkFairness(blank("AWS Health: ____ = free for every account", "Dashboard itself", ["Dashboard itself", "Health API", "Organizational view"])).join()).toMatch(/points back/);
	});

	test("a situation that names the other side gives the key away", () => {
		const q = sampleQuestion({ kind: "scenario", type: "term", prompt: "Scenario: v1 was retired, so pick the other for new work. Which fits, v2 or v1?", choices: ["v2", "v1"], answers: ["v2"] });
		expect(checkFairness(q).join()).toMatch(/names "v1"/);
		const fair = sampleQuestion({ kind: "scenario", type: "term", prompt: "Scenario: spiky, unpredictable load. Which fits, v2 or provisioned?", choices: ["v2", "provisioned"], answers: ["v2"] });
		expect(checkFairness(fair)).toEqual([]);
	});
});

describe("blind reads 80-81: garbled sides and wrong keys", () => {
	test("a chain of arrows through a list is no pair of sides ('Okta, Azure AD etc. → portal')", () => {
		expect(parseEqualsPairs("SAML 2.0 → Identity Center, Okta, Azure AD etc. → users download their config")).toEqual([]);
		expect(parseEqualsPairs("Sync → DetectSentiment, DetectEntities... → one document, answer at once")).toEqual([]);
		expect(parseEqualsPairs("Standard = at-least-once, FIFO = exactly-once").map((s) => s.name)).toEqual(["Standard", "FIFO"]);
	});

	test("a side that speaks of the student ('things I confuse it with') is no side", () => {
		const lines = [
			"# Aurora Serverless v2",
			"## Serverless v2 vs things I confuse it with",
			"- spiky, unpredictable database load → Serverless v2",
			"- read traffic that needs more replicas → Aurora Auto Scaling",
			"- storage that keeps growing → Aurora storage, automatic",
		];
		const qs = questionsOf("Aurora Serverless v2", lines);
		expect(qs.some((q) => q.choices.includes("things I confuse it with"))).toBe(false);
	});

	test("a cue whose situation is crossed out (✗) is no scenario", () => {
		expect(examCue('"DataSync to copy a MySQL database" ✗ → DMS')).toBeNull();
		expect(examCue("copy a MySQL database to Aurora with little downtime → DMS")?.answer).toBe("DMS");
	});

	test("a line that sets names apart with ≠ gives no false statement by swapping one", () => {
		const line = "DMS ≠ Application Migration Service (rehosts servers) ≠ DataSync (files, not databases)";
		expect(setAgainst(line, line.indexOf("DataSync"))).toBe(true);
		expect(setAgainst("DMS moves databases; DataSync moves files", 17)).toBe(false);
	});

	test("a table column 'Does what' describes; 'Lives where' cannot be asked", () => {
		const lines = [
			"# CodeBuild",
			"## The Code tools",
			"| Service | Does what | Lives where |",
			"|---|---|---|",
			"| CodeCommit | hosts private git repositories | the Region |",
			"| CodeBuild | compiles and tests code in containers | your VPC or an AWS fleet |",
			"| CodeDeploy | rolls new versions out to EC2, Lambda and ECS | an agent on each host |",
			"| CodePipeline | orchestrates the whole release flow | the console and the API |",
		];
		const prompts = questionsOf("CodeBuild", lines).map((q) => q.prompt);
		expect(prompts.some((p) => /orchestrates the whole release flow/.test(p))).toBe(true);
		expect(prompts.filter((p) => /does what|lives where/i.test(p))).toEqual([]);
	});
});

describe("blind reads 80-81: labels of the note's own making", () => {
	const blank = (prompt: string, key: string) => sampleQuestion({ kind: "fill-blank", type: "term", typed: true, prompt, choices: [], answers: [key] });
	test.each([
		["AWS Health: ____ = service health for every Region, no sign-in", "View 1", true],
		["Lambda: ____ = the handler runs once per event", "Step 2", true],
		["Auto Scaling: ____ = keep 2 instances in each AZ", "Tier 2", false],
		["EBS: ____ = provisioned IOPS SSD for databases", "io2", false],
	])("%s keyed %s points back at the note: %s", (prompt, key, back) => {
		expect(checkFairness(blank(prompt, key)).includes("the answer points back at its line")).toBe(back);
	});

	test("a table column whose name is cut short ('Answers the q...') is not asked", () => {
		const lines = [
			"# EC2 Image Builder",
			"## Building blocks",
			"| Piece | Answers the q... |",
			"|---|---|",
			"| recipe | WHAT goes into the image |",
			"| infrastructure config | WHERE the build runs |",
			"| distribution | WHERE the result is copied |",
			"| pipeline | WHEN it runs (schedule) |",
		];
		expect(questionsOf("EC2 Image Builder", lines).filter((q) => q.prompt.includes("q..."))).toEqual([]);
	});
});

describe("blind reads 80-81: open slots, signs and asides", () => {
	test("a blank left open at the end ('can be ____') is not asked, a figure there is", () => {
		const blank = (prompt: string, key: string) => sampleQuestion({ kind: "fill-blank", type: "term", typed: true, prompt, choices: [], answers: [key] });
		expect(checkFairness(blank("DMS: replication instance → runs the tasks (you pick the size). can be ____", "Multi-AZ")).join()).toMatch(/open slot/);
		expect(checkFairness(blank("SQS: the visibility timeout can be ____", "12 hours"))).toEqual([]);
		// A clause that says what it is about is no open slot.
		expect(checkFairness(blank("EBS: only the SSD types can be ____", "boot volumes"))).toEqual([]);
	});

	test("the sign that joins a bold term to its line stays outside the blank ('**+ S3 gateway endpoint**')", () => {
		const lines = ["# PrivateLink", "## Gotchas", "- ECR from a private subnet → ecr.api and ecr.dkr interface endpoints **+ S3 gateway endpoint** (layers sit in S3)"];
		const blanks = questionsOf("PrivateLink", lines).filter((q) => q.kind === "fill-blank" && q.answers[0] === "S3 gateway endpoint");
		expect(blanks.length).toBeGreaterThan(0);
		for (const q of blanks) expect(q.prompt).toMatch(/endpoints \+ ____/);
	});

	test("a table's heading keeps no aside of the student's ('(confused these for weeks)')", () => {
		const lines = [
			"# PrivateLink",
			"## Endpoint types (confused these for weeks)",
			"| | Gateway endpoint | Interface endpoint |",
			"|---|---|---|",
			"| Services | S3 and DynamoDB only | most AWS services, your own, SaaS |",
			"| Cost | free | hourly per AZ plus per GB |",
			"| Reached by | route table entry | ENI with a private IP |",
		];
		const prompts = questionsOf("PrivateLink", lines).map((q) => q.prompt);
		expect(prompts.some((p) => /Endpoint types/.test(p))).toBe(true);
		expect(prompts.filter((p) => p.includes("confused"))).toEqual([]);
	});
});

describe("blind reads 82-83: other right ways to type a key", () => {
	test.each([
		["WAF integration", "WAF", true],
		["IAM authorization", "IAM", true],
		["KMS encryption", "KMS", true],
		["Lambda proxy", "Lambda proxy integration", true],
		["static IPs", "static IP addresses", true],
		["static IPs", "static", false],
		["KMS encryption", "encryption", false],
	])("%s, typed %s: %s", (expected, given, right) => {
		expect(typedMatches(expected, given)).toBe(right);
	});

	test.each([
		["S3/DynamoDB", "private instances pull lots of data from ____ through the NAT", ["S3", "DynamoDB"]],
		["VPC peering / VPN / DX", "traffic that comes over ____ cannot use your NAT gateway", ["VPC peering", "VPN", "DX"]],
		["CloudFormation StackSets", "____ with service-managed permissions deploy to new accounts", ["StackSets"]],
		// A service's own two-word name, or a feature that is a service itself, stays whole.
		["Amazon EventBridge", "____ routes events by rule", []],
		["AWS Config", "____ records resource changes", []],
	])("%s also accepts %j", (key, prompt, also) => {
		expect(alsoAccepted(key, prompt, [])).toEqual(also);
	});

	test("a key of the note's loose words ('Glue things') asks for nothing", () => {
		const q = sampleQuestion({ kind: "fill-blank", type: "term", typed: true, prompt: "Glue workflows: orchestrates only ____ (jobs, crawlers)", choices: [], answers: ["Glue things"] });
		expect(checkFairness(q).join()).toMatch(/points back/);
	});

	test("a side that sets two things against each other ('Step Functions vs MWAA') is no side", () => {
		const lines = ["# Glue workflows", "## Details", "- Glue workflows vs Step Functions vs MWAA:", "\t- Glue workflows: only Glue jobs and crawlers", "\t- Step Functions vs MWAA: any AWS service, or Airflow DAGs"];
		expect(questionsOf("Glue workflows", lines).filter((q) => q.choices.some((c) => /\svs\s/.test(c)))).toEqual([]);
	});
});

describe("blind reads 82-83: table cells", () => {
	test("a cell whose words another side's cell has too ('same region' beside 'same or cross region') is not asked", () => {
		const lines = [
			"# RDS read replicas",
			"## Read replica vs Multi-AZ",
			"| | Read replica | Multi-AZ |",
			"|---|---|---|",
			"| Region | same or cross region | same region |",
			"| Replication | asynchronous | synchronous |",
			"| Readable | yes | no |",
		];
		const prompts = questionsOf("RDS read replicas", lines).map((q) => q.prompt);
		expect(prompts.some((p) => /same or cross region/.test(p))).toBe(true);
		expect(prompts.filter((p) => /: same region/.test(p))).toEqual([]);
	});
});

describe("blind reads 84-85: giveaways and cut choices", () => {
	test("a choice cut from its line ('KDA (RANDOM_CUT_FOREST) —', 'Athena, NOT QuickSight') breaks the question", () => {
		const q = sampleQuestion({ kind: "scenario", prompt: "Scenario: spot odd values in a stream as they arrive. Which service fits?", choices: ["Amazon Data Firehose", "Athena, NOT QuickSight", "Managed Service for Apache Flink"], answers: ["Managed Service for Apache Flink"] });
		expect(checkFairness(q).join()).toMatch(/cut from its line/);
		const dash = sampleQuestion({ kind: "scenario", prompt: "Scenario: spot odd values in a stream as they arrive. Which service fits?", choices: ["Amazon Data Firehose", "KDA (anomaly detection) —", "Amazon Athena"], answers: ["KDA (anomaly detection) —"] });
		expect(checkFairness(dash).join()).toMatch(/cut from its line/);
	});

	test("the key's initials ('RI Marketplace') or its acronym inside a word ('sqsd') give it away", () => {
		const ri = sampleQuestion({ kind: "comparison", type: "term", prompt: "EC2 pricing: which one can be resold on the RI Marketplace?", choices: ["Savings Plans", "Reserved Instances (EC2)", "Capacity Reservations"], answers: ["Reserved Instances (EC2)"] });
		expect(checkFairness(ri).join()).toMatch(/initials/);
		const sqs = sampleQuestion({ kind: "fill-blank", type: "term", typed: true, prompt: "Elastic Beanstalk: worker tier → ASG + ____, a daemon (sqsd) posts each message to the app", choices: [], answers: ["SQS queue"] });
		expect(checkFairness(sqs).join()).toMatch(/inside a word/);
		const fair = sampleQuestion({ kind: "fill-blank", type: "term", typed: true, prompt: "Elastic Beanstalk: worker tier → ASG + ____, a daemon on each instance posts each message to the app", choices: [], answers: ["SQS queue"] });
		expect(checkFairness(fair)).toEqual([]);
		// An acronym's plural is no word it hides in ("WebSocket APIs" for API Gateway).
		const plural = sampleQuestion({ kind: "scenario", prompt: "Which service fits: real-time chat over WebSocket APIs?", choices: ["API Gateway", "AppSync", "Amazon SNS"], answers: ["API Gateway"] });
		expect(checkFairness(plural)).toEqual([]);
	});
});

describe("blind reads 84-85: ranges, figures, opposites and meta lines", () => {
	const blank = (prompt: string, key: string) => sampleQuestion({ kind: "fill-blank", type: "term", typed: true, prompt, choices: [], answers: [key] });

	test("one end of a range ('1 day ... 10 yrs') is no blank", () => {
		expect(checkFairness(blank("CloudWatch Logs: retention per log group: ____ ... 10 yrs, or never expire", "1 day")).join()).toMatch(/one end of a range/);
		expect(checkFairness(blank("CloudWatch Logs: retention per log group: 1 day … ____", "10 yrs")).join()).toMatch(/one end of a range/);
		expect(checkFairness(blank("CloudWatch Logs: retention per log group: never expire by default, up to ____", "10 yrs"))).toEqual([]);
	});

	test("a prompt that says the key's figure gives it away", () => {
		expect(checkFairness(blank("Backup: cold storage: min ____, and retention must be ≥ transition + 90", "90 days")).join()).toMatch(/figure 90/);
		expect(checkFairness(blank("Backup: cold storage: min ____, and retention must be longer than the transition", "90 days"))).toEqual([]);
		// Another figure with the same digits, and the commonest figures, say nothing.
		expect(checkFairness(blank("Backup: cold storage: min ____, and up to 190 rules", "90 days"))).toEqual([]);
		expect(checkFairness(blank("SQS: 1 queue holds messages for ____ by default", "4 days"))).toEqual([]);
		expect(checkFairness(blank("Lambda: max ____ per function, 1 per request", "1 GB"))).toEqual([]);
	});

	test("the other side of a pair ('Inbound endpoints' for 'Outbound endpoints') gives the key away", () => {
		expect(checkFairness(blank("Route 53 Resolver: Inbound endpoints = on-prem resolves VPC names, ____ + forwarding rules = VPC resolves on-prem names", "Outbound endpoints")).join()).toMatch(/opposite/);
		expect(checkFairness(blank("NACLs: inbound rules are numbered, ____ rules are numbered too", "outbound")).join()).toMatch(/opposite/);
		expect(checkFairness(blank("Route 53 Resolver: ____ + forwarding rules = VPC resolves on-prem names", "Outbound endpoints"))).toEqual([]);
		// The pair's word beside another noun is no giveaway: "public subnet" says nothing of "private IP".
		expect(checkFairness(blank("EC2: an instance in a public subnet still has a ____ address", "private IP"))).toEqual([]);
	});

	test("a line on which answer is easiest to pick talks about the exam", () => {
		expect(stemProblem("CloudTrail is regional per trail config, but one multi-region trail = easiest answer")).toMatch(/exam/);
		expect(stemProblem("CloudTrail is regional per trail config, but one trail can cover every Region")).toBeNull();
	});
});
