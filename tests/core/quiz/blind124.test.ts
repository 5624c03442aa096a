/**
 * Faults found in the notes of blind reads 124 and later, and typed answers from earlier reads that a
 * student who knew them would have had rejected, each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { checkAnswer, typedMatches } from "../../../src/core/quiz";
import { alsoAccepted } from "../../../src/core/quiz/accepts";
import { namesAThing, subHeadingSubjects } from "../../../src/core/quiz/headings";
import { PLACEHOLDER } from "../../../src/core/quiz/leads";
import { serviceNames } from "../../../src/core/quiz/names";
import { withFullWidthAsAscii, withoutCloze, withoutStarredRemarks, withoutTaskFields } from "../../../src/core/quiz/layouts";
import { withoutWarningLabel } from "../../../src/core/quiz/text";
import { datedTrivia, inCalculation, labelsCommand, spellsKey, stemProblem, workedOut } from "../../../src/core/quiz/stems";
import { asksAndAnswers, withSubject } from "../../../src/core/quiz/generators/trueFalse";
import type { Question } from "../../../src/core/quiz/types";
import { saysForeignWord } from "../../../src/core/quiz/keyTerms";
import { unsureLines } from "../../../src/core/quiz/unsure";
import { typeable } from "../../../src/core/quiz/generators/fillBlank";
import { asked, note, questionsOf, SEEDS } from "./helpers";


/** A typed blank as the fill-blank generator makes it, with the forms its note allows. */
function blank(prompt: string, key: string, noteLines: string[]): Question {
	const accepts = alsoAccepted(key, prompt, noteLines);
	const q: Question = {
		id: "fill-blank-test",
		kind: "fill-blank",
		prompt,
		choices: [],
		answers: [key],
		type: "term",
		multi: false,
		typed: true,
		explanation: "",
		source: { line: 1, text: noteLines[0] ?? "" },
		...(accepts.length > 0 ? { accepts } : {}),
	};
	return q;
}

describe("typed answers: what the prompt already says", () => {
	test('"CloudWatch" for "CloudWatch Logs" where the prompt says logs and the note names no other CloudWatch part', () => {
		const q = blank("AWS Transfer Family: logs to ____, API calls in CloudTrail", "CloudWatch Logs", ["- logs to **CloudWatch Logs**, API calls in CloudTrail"]);
		expect(checkAnswer(q, "CloudWatch")).toBe(true);
		expect(checkAnswer(q, "cloudwatch logs")).toBe(true);
		expect(checkAnswer(q, "CloudTrail")).toBe(false);
	});

	test("not where the note names another part by the same first word, nor where the prompt does not say the rest", () => {
		expect(alsoAccepted("CloudWatch Logs", "logs to ____", ["- logs to **CloudWatch Logs**", "- CloudWatch metrics every 5 min"])).toEqual([]);
		expect(alsoAccepted("CloudWatch Logs", "send them to ____", ["- send them to **CloudWatch Logs**"])).toEqual([]);
		// "Logs" twice is the same part.
		expect(alsoAccepted("CloudWatch Logs", "logs to ____", ["- logs to **CloudWatch Logs**", "- CloudWatch logs retention is set per group"])).toEqual(["CloudWatch"]);
	});
});

describe("typed answers: bounds and ranges", () => {
	test('"35 days" or "up to 35 days" for "1-35 days"', () => {
		const q = blank("Neptune: continuous backup to S3, point-in-time restore (____ retention)", "1-35 days", ["- point-in-time restore (1-35 days retention)"]);
		expect(checkAnswer(q, "35 days")).toBe(true);
		expect(checkAnswer(q, "up to 35 days")).toBe(true);
		expect(checkAnswer(q, "1-35 days")).toBe(true);
		expect(checkAnswer(q, "7 days")).toBe(false);
		expect(checkAnswer(q, "1 day")).toBe(false);
	});

	test('"under 128 KB" for "<128 KB"', () => {
		const q = blank("S3 Intelligent-Tiering: objects ____ never get tiered", "<128 KB", ["- objects <128 KB never get tiered"]);
		expect(checkAnswer(q, "under 128 KB")).toBe(true);
		expect(checkAnswer(q, "less than 128KB")).toBe(true);
		expect(checkAnswer(q, "over 128 KB")).toBe(false);
		expect(checkAnswer(blank("Lambda: ____ invocations a month", ">1M", ["- >1M invocations"]), "more than 1M")).toBe(true);
	});
});

describe("blind read 124: analogy notes", () => {
	const placement = [
		"# EC2 Placement Groups",
		"",
		"## What it is",
		"Picture booking seats at a restaurant: you say how the group sits, the restaurant seats you.",
		"- In AWS terms: a placement group tells EC2 how to place instances on hardware.",
		"- 3 strategies: **Cluster**, **Spread**, **Partition**.",
		"",
		"## 1. Cluster",
		"**Analogy:** the whole team at one long table.",
		"- Use case: **HPC**, tightly coupled node-to-node traffic.",
		"- packed inside a **single AZ**",
		"",
		"## 2. Spread",
		"**Analogy:** each VIP guest gets a table of their own in the restaurant.",
		"- Can span **multiple AZs** in the same Region.",
		"- Max **7 running instances** per AZ per group",
		"",
		"## 3. Partition",
		"- Up to **7 partitions** per AZ",
		"",
		"## Quick compare",
		"| | Cluster | Spread | Partition |",
		"|---|---|---|---|",
		"| AZs | one | many | many |",
		"| restaurant | one long table | solo VIP tables | family sections |",
	];

	test("numbered one-word headings that a line lists side by side are their lines' subjects", () => {
		const { perLine } = subHeadingSubjects(note(...placement), serviceNames("EC2 Placement Groups", []));
		expect(perLine[9]).toBe("Cluster");
		expect(perLine[14]).toBe("Spread");
		const blanks = asked("EC2 Placement Groups", placement, "fill-blank").filter((q) => q.answers[0] === "HPC");
		expect(blanks.length).toBeGreaterThan(0);
		for (const q of blanks) expect(q.prompt).toMatch(/Cluster/);
	});

	test("one-word headings no line lists together stay topics", () => {
		const lines = ["# Amazon S3", "", "## Durability", "- 11 nines of **durability**", "", "## Encryption", "- **SSE-S3** by default"];
		const { perLine } = subHeadingSubjects(note(...lines), serviceNames("Amazon S3", []));
		expect(perLine[3]).toBeNull();
	});

	test("a table row of the analogy is not asked; the row of AWS facts is", () => {
		const rows = asked("EC2 Placement Groups", placement, "comparison").map((q) => q.prompt);
		expect(rows.some((p) => /restaurant|long table|VIP/.test(p))).toBe(false);
		expect(rows.some((p) => /AZs: one/.test(p))).toBe(true);
	});
});

describe("blind read 124: lines that state nothing", () => {
	test("a checklist's question is no true/false statement", () => {
		const lines = (end: string) => ["# Transit Gateway", "", "Hub that connects many VPCs and on-prem networks.", "", "## Troubleshooting checklist", "- attachments: VPC, VPN, Direct Connect gateway, peering", `- route tables per attachment decide who talks to whom${end}`];
		expect(asked("Transit Gateway", lines("?"), "true-false").filter((q) => /route tables/.test(q.prompt))).toEqual([]);
		expect(asked("Transit Gateway", lines(""), "true-false").filter((q) => /route tables/.test(q.prompt)).length).toBeGreaterThan(0);
		// Nor said of a sub-heading's thing, kept or swapped for its sibling's.
		const endpoints = (end: string) => ["# Amazon VPC", "", "Your own private network in AWS.", "", "## Endpoints", "### Gateway endpoint", `- Gateway endpoint: route table of the subnet points at it${end}`, "- free, S3 and DynamoDB only", "### Interface endpoint", `- Interface endpoint: security group allows 443 from the clients${end}`, "- billed per hour per AZ"];
		const about = (end: string) => asked("Amazon VPC", endpoints(end), "true-false").filter((q) => /route table of the subnet|allows 443/.test(q.prompt));
		expect(about("?")).toEqual([]);
		expect(about("").length).toBeGreaterThan(0);
		expect(asksAndAnswers("Endpoint policy too restrictive?")).toBe(true);
		expect(asksAndAnswers("Private DNS enabled (on the interface endpoint?)")).toBe(true);
		expect(asksAndAnswers("Endpoint policies limit which buckets a gateway endpoint reaches")).toBe(false);
	});

	test('"Tons of ..." is a noun phrase: the subject goes in front as a label, not as a verb\'s subject', () => {
		expect(withSubject("Tons of 3rd party products send findings in", "AWS Security Hub")).toBe("Tons of 3rd party products send findings in");
		expect(withSubject("Aggregates findings from GuardDuty", "AWS Security Hub")).toBe("AWS Security Hub aggregates findings from GuardDuty");
	});

	test('"similar stuff" is no side of a comparison', () => {
		expect(PLACEHOLDER.test("similar stuff")).toBe(true);
		expect(PLACEHOLDER.test("related services")).toBe(true);
		expect(PLACEHOLDER.test("CloudWatch billing alarms")).toBe(false);
	});
});

describe("blind read 124: giveaways and typed answers", () => {
	test('"____ account owns the VPC" gives "Owner" away; a prompt without the verb does not', () => {
		expect(spellsKey("VPC sharing: ____ account owns VPC, subnets, route tables", "Owner")).toBe(true);
		expect(spellsKey("SNS: the ____ publishes to a topic", "Publisher")).toBe(true);
		expect(spellsKey("VPC sharing: ____ account creates the subnets and shares them", "Owner")).toBe(false);
		expect(spellsKey("EKS: ____ holds the pods", "Cluster")).toBe(false);
	});

	test('"SCP" or "attach an SCP" for "Apply an SCP"', () => {
		const q = blank("AWS Budgets — Budget actions: ____ to an OU or account", "Apply an SCP", ["- Apply an SCP to an OU or account"]);
		expect(checkAnswer(q, "SCP")).toBe(true);
		expect(checkAnswer(q, "attach an SCP")).toBe(true);
		expect(checkAnswer(q, "IAM policy")).toBe(false);
	});
});

describe("blind read 125: facts the student doubts", () => {
	const quotas = (remark: string) => [
		"# AWS AppConfig",
		"",
		"Feature flags and dynamic configuration for apps.",
		"",
		"## Quotas",
		"| item | default |",
		"|---|---|",
		"| hosted config size | 2 MB |",
		"| environments per app | 20 |",
		"| deployment strategies per account | 20 |",
		"",
		remark,
		"",
		"## Details",
		"- validators: **JSON Schema** or a **Lambda** function",
		`- deployments roll out over **10 minutes** by default${remark === "" ? "" : " (glaub ich)"}`,
	];
	const lines = (qs: Question[]) => new Set(qs.map((q) => q.source.line));

	test("no question comes from a table a remark doubts, nor from a line that says it is unsure", () => {
		const sure = SEEDS.flatMap((seed) => questionsOf("AWS AppConfig", quotas(""), seed));
		expect([...lines(sure)].some((l) => l >= 8 && l <= 10)).toBe(true);
		expect(lines(sure).has(16)).toBe(true);
		const doubted = SEEDS.flatMap((seed) => questionsOf("AWS AppConfig", quotas("(not 100% sure on all numbers, took them from the quotas page quickly)"), seed));
		expect([...lines(doubted)].some((l) => (l >= 8 && l <= 10) || l === 16)).toBe(false);
		expect(lines(doubted).has(15)).toBe(true);
	});

	test("the words of doubt, in several languages; a line that only says a figure is not doubted", () => {
		const doubts = (line: string) => unsureLines(note("# X", "", line)).has(3);
		for (const line of ["- Windows: 15 min minimum (glaub ich)", "- max 10 per region iirc", "- up to 5 (?)", "- TTL 60 s?? me: check", "(me: numbers from memory, double check)"]) expect(doubts(line)).toBe(true);
		for (const line of ["- Windows: 15 min minimum", "- Is the route table associated?", "- check the **health check** path", '- "WHO deleted my bucket??"', '- a "parent" check that combines child checks', "- encrypts locally, then removes the key from memory"]) expect(doubts(line)).toBe(false);
	});
});

describe("blind read 125: notes in German", () => {
	test('"**Niemand**" (nobody) is emphasis, not a term to blank', () => {
		const lines = ["# S3 Object Lock", "", "WORM für S3 Objekte.", "", "## Compliance Mode", "- **Niemand** kann die Version löschen, auch nicht der **Root User**", "- Retention Period kann nur **verlängert** werden"];
		expect(asked("S3 Object Lock", lines, "fill-blank").some((q) => q.answers[0] === "Niemand")).toBe(false);
	});

	test("a typed key with a word of the note's own language is not asked; English and AWS names are", () => {
		expect(saysForeignWord("Dynamische Requests")).toBe(true);
		expect(saysForeignWord("Bestätigung")).toBe(true);
		expect(saysForeignWord("Particionamiento")).toBe(true);
		for (const term of ["90 дней", "最低30日", "35 日", "ライフサイクル"]) expect(saysForeignWord(term)).toBe(true);
		for (const term of ["35 days", "Lifecycle configuration", "µs latency", "Snapshot Lock"]) expect(saysForeignWord(term)).toBe(false);
		expect(typeable("Dynamische Requests")).toBe(false);
		for (const term of ["Object Version", "Retain Until Date", "Legal Hold", "On-Demand", "Young generation", "Lifecycle Rules", "Multi-Region Access Points"]) expect(typeable(term)).toBe(true);
	});
});

describe("blind read 125: names that say which", () => {
	test('"Parallelism = total, ParallelismPerKPU = per unit" is not asked as a comparison', () => {
		const lines = ["# Managed Service for Apache Flink", "", "Runs Flink apps.", "", "## Details", "- Parallelism = total tasks, ParallelismPerKPU = tasks that fit in one KPU", "- Standard = at-least-once, FIFO = exactly-once processing"];
		const prompts = asked("Managed Service for Apache Flink", lines, "comparison").map((q) => q.prompt);
		expect(prompts.some((p) => /total tasks|one KPU/.test(p))).toBe(false);
		expect(prompts.some((p) => /exactly-once/.test(p))).toBe(true);
	});

	test('"x86" or "AMD64" for "x86_64"', () => {
		const q = blank("Fargate — Architectures: Linux ____ and ARM64 (Graviton)", "x86_64", ["- Linux x86_64 and ARM64 (Graviton)"]);
		for (const typed of ["x86", "AMD64", "x86-64", "x86_64"]) expect(checkAnswer(q, typed)).toBe(true);
		expect(checkAnswer(q, "ARM64")).toBe(false);
	});
});

describe("blind read 126: cloze deletions", () => {
	test("a cloze reads as the key term it marks, its hint left out", () => {
		expect(withoutCloze(["- delivered to an {{c1::S3 bucket}} as {{c2::create new version::keep history}}", "- lives in {{c1: us-east-1}}", "- `{{c1::code}}` stays", "- {{name}} is no cloze"])).toEqual([
			"- delivered to an ==S3 bucket== as ==create new version==",
			"- lives in ==us-east-1==",
			"- `{{c1::code}}` stays",
			"- {{name}} is no cloze",
		]);
		expect(withoutCloze(["- plain line"])).toBeNull();
	});

	test("no question shows cloze markup, and a cloze is asked as a key term", () => {
		const lines = ["# Elastic IP", "", "A static public IPv4 address for your account.", "", "## Details", "- An Elastic IP is {{c1::regional}}: it cannot move to another Region", "- Since Feb 2024 every public IPv4 costs {{c1::$0.005}} per hour", "- Default quota: {{c2::5::per Region}} Elastic IPs per Region", "- Remap it to another instance to hide a failure"];
		const all = SEEDS.flatMap((seed) => questionsOf("Elastic IP", lines, seed));
		for (const q of all) expect(`${q.prompt} ${q.choices.join(" ")}`).not.toMatch(/\{\{|\}\}|==/);
		expect(all.some((q) => /An Elastic IP is regional: it cannot move/.test(q.prompt))).toBe(true);
	});
});

describe("blind read 126: what a chatbot said", () => {
	test("a chatbot's answer is no fact of the student's; the student's own lines and corrections are", () => {
		const lines = [
			"# CodeArtifact",
			"",
			"**Me:** how does npm log in to it?",
			"",
			"**ChatGPT:**",
			"This fetches a token and configures npm. The token is valid for **24 hours** by default.",
			"- works with **npm**, **pip** and **Maven**",
			"",
			"> ❌ wrong - checked docs: default and max token lifetime is **12 hours**.",
			"",
			"## My notes",
			"- IAM needs `codeartifact:GetAuthorizationToken` **and** `sts:GetServiceBearerToken`",
		];
		const doubted = unsureLines(note(...lines));
		expect([6, 7].every((l) => doubted.has(l))).toBe(true);
		for (const l of [3, 9, 12]) expect(doubted.has(l)).toBe(false);
	});

	test("a quoted callout of a chatbot, an answer of an unnamed one in a dialogue, and a line corrected below", () => {
		const callout = ["# Kendra", "", "> [!quote] Claude said", "> Kendra has a **Developer Edition** for production use.", "", "- (me) NO, Developer Edition is not for production"];
		expect(unsureLines(note(...callout)).has(4)).toBe(true);
		expect(unsureLines(note(...callout)).has(6)).toBe(false);
		const dialogue = ["# Local Zones", "", "Q (me): what's a Local Zone?", "A (AI): an extension of a Region, **enabled by default**.", "", "↑ wrong, you have to **opt in**", "- naming: `us-west-2-lax-1a`"];
		const doubted = unsureLines(note(...dialogue));
		expect(doubted.has(4)).toBe(true);
		expect(doubted.has(6) || doubted.has(7)).toBe(false);
		// A line of the student's own that the next line corrects.
		const corrected = unsureLines(note("# Fargate", "", "- Windows tasks bill per second", "", "↑ wrong: Windows bills a 15 min minimum", "- Linux tasks bill per second, 1 min minimum"));
		expect([...corrected]).toEqual([3]);
		// "AI:" alone is a label of a list where no one speaks; "↑ throughput" is no correction.
		const list = ["# ML", "", "- AI: Bedrock, SageMaker", "- ↑ throughput → more shards"];
		expect(unsureLines(note(...list)).size).toBe(0);
	});
});

describe("blind read 126: more that is not asked", () => {
	test("a launch year is no blank", () => {
		const lines = ["# Lambda SnapStart", "", "Faster cold starts for Java functions.", "", "## Details", "- Launched at re:Invent **2022**", "- Launched at re:Invent 2022 for **Java** only", "- restores from a cached **Firecracker microVM snapshot**"];
		const keys = asked("Lambda SnapStart", lines, "fill-blank").map((q) => q.answers[0]);
		expect(keys).not.toContain("2022");
		expect(keys).toContain("Java");
	});

	test("a launch year, and a blank about 'these problems'", () => {
		expect(datedTrivia("Lambda SnapStart: Launched at re:Invent ", "2022", "")).toBe(true);
		expect(datedTrivia("EFS: SG on mount target must allow port ", "2049", "")).toBe(false);
		expect(stemProblem("Lambda SnapStart: AWS has a SpotBugs-based ____ tool to find these problems in Java code")).not.toBeNull();
	});

	test('"Custom NACL" is said in full: the default NACL is a NACL too', () => {
		expect(alsoAccepted("Custom NACL", "Network ACLs: ____ you create", ["- **Custom NACL** you create", "- the default NACL allows all"])).toEqual([]);
	});
});

describe("blind read 127", () => {
	test("a cue whose aside states what sets the answer apart is not asked without it", () => {
		const lines = (aside: string) => ["# Amazon MemoryDB", "", "A durable in-memory database.", "", "## Exam traps", `- needs a durable primary database${aside} → MemoryDB`, "- sub-millisecond reads in front of DynamoDB → DAX"];
		const cue = (aside: string) => asked("Amazon MemoryDB", lines(aside), "scenario").filter((q) => /durable primary/.test(q.prompt));
		expect(cue(" (Redis API)")).toEqual([]);
		expect(cue(" (Windows only)")).toEqual([]);
		expect(cue("").length).toBeGreaterThan(0);
	});

	test("a blank in the result of a rate worked out is not asked", () => {
		expect(inCalculation("ElastiCache Serverless: simple GET/SET: 1 ECPU per KB transferred → a GET that returns ", " = 3.2 ECPUs")).toBe(true);
		expect(inCalculation("Lambda: memory from 128 MB to ", " in 1 MB steps")).toBe(false);
	});

	test("a command is no true/false statement", () => {
		const lines = (last: string) => ["# Aurora Global Database", "", "One primary Region, up to five read-only secondary Regions.", "", "## Details", "- storage-based replication, lag typically under a second", `- ${last}`];
		const statements = (last: string) => asked("Aurora Global Database", lines(last), "true-false").filter((q) => /switchover/.test(q.prompt));
		const aurora = (line: string) => ["# Amazon Aurora", "", "A MySQL and PostgreSQL compatible relational database.", "", "## Global Database", "- switchover (planned): no data loss, roles swap", `- ${line}`, "- failover (unplanned): RPO of about 1 s"];
		const asStatement = (line: string) => asked("Amazon Aurora", aurora(line), "true-false").filter((q) => /switchover-global-cluster|swaps the roles/.test(q.prompt));
		expect(asStatement("CLI: aws rds switchover-global-cluster")).toEqual([]);
		expect(statements("CLI: aws rds switchover-global-cluster")).toEqual([]);
	});
});

describe("blind reads 127-128: task lists, labs, Hinglish", () => {
	test("a task marked in doubt is not asked; the Tasks plugin's dates and priorities are no part of a fact", () => {
		expect([...unsureLines(note("# IAM Identity Center", "", "- [?] max 20 managed policies per permission set", "- [x] permission sets become roles in each account", "- [!] never edit the AWSReservedSSO roles by hand"))]).toEqual([3]);
		expect(withoutTaskFields(["- [x] message retention default **4 days** ✅ 2024-05-10", "- [ ] practice set #4 ⏫ 📅 2024-05-28", "- plain line 📅 2024-05-28"])).toEqual([
			"- [x] message retention default **4 days**",
			"- [ ] practice set #4",
			"- plain line 📅 2024-05-28",
		]);
		expect(withoutTaskFields(["- [x] no fields here"])).toBeNull();
	});

	test("a course's numbered lab is read past: its values are the student's own choices", () => {
		const lines = (heading: string) => ["# AWS WAF", "", "A web application firewall.", "", "## Rate-based rules", "- evaluation window: **1, 2, 5 or 10 minutes**", "", `### ${heading}`, "- rate rule: limit **100** requests, window **1 min**, key = **IP**, action **Block**", "- scope-down statement on the URI path **/login**"];
		const sources = (heading: string) => SEEDS.flatMap((seed) => questionsOf("AWS WAF", lines(heading), seed)).map((q) => q.source.line);
		expect(sources("Lab 14").some((l) => l >= 9)).toBe(false);
		expect(sources("Example rule").some((l) => l >= 9)).toBe(true);
	});

	test("a scenario keyed to the note's own service does not name it in front", () => {
		const lines = ["# AWS Elastic Disaster Recovery", "", "Continuous block-level replication for fast recovery.", "", "## When to use", "- cross-region DR for EC2 => DRS", "- migrate servers to AWS once => Application Migration Service"];
		const scenarios = asked("AWS Elastic Disaster Recovery", lines, "scenario").filter((q) => /cross-region DR/.test(q.prompt));
		expect(scenarios.length).toBeGreaterThan(0);
		for (const q of scenarios) expect(q.prompt).not.toMatch(/Elastic Disaster Recovery/);
	});

	test('a list of figures holding the original ("1, 2, 5 or 10 minutes" for "5 min") is no false version', () => {
		const lines = ["# AWS WAF", "", "A web application firewall.", "", "## Details", "- rate-based rule windows: **1, 2, 5 or 10 minutes**", "- limit login attempts to 100 per **5 min** per IP with a rate-based rule scoped down to /login"];
		for (const q of asked("AWS WAF", lines, "true-false")) if (/login attempts/.test(q.prompt) && q.answers[0] === "False") expect(q.prompt).not.toMatch(/1, 2, 5 or 10/);
	});

	test("a blank that labels the command after it is not asked", () => {
		expect(labelsCommand(": aws ec2-instance-connect ssh --instance-id i-123")).toBe(true);
		expect(labelsCommand(" over port 22 from the console")).toBe(false);
	});

	test("Hinglish headings name topics, not things", () => {
		for (const h of ["Kaise kaam karta hai", "Exam ke liye important", "Kya hai?"]) expect(namesAThing(h)).toBe(false);
		expect(namesAThing("Network Load Balancer")).toBe(true);
	});
});

describe("blind reads 127-128: in the quiz", () => {
	test("no prompt shows a task's date or priority", () => {
		const lines = ["# Amazon SQS", "", "Managed message queues.", "", "## Basics", "- [x] message retention default **4 days**, max **14 days** ✅ 2024-05-10", "- [x] visibility timeout default **30 s** ⏫", "- [x] long polling waits up to **20 s** 📅 2024-05-12"];
		const all = SEEDS.flatMap((seed) => questionsOf("Amazon SQS", lines, seed));
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) expect(`${q.prompt} ${q.choices.join(" ")}`).not.toMatch(/2024-05|⏫|✅|📅/u);
	});

	test("no blank labels a command", () => {
		const lines = ["# EC2 Instance Connect", "", "Short-lived SSH keys pushed through the API.", "", "## How to connect", "- Console: click Connect on the instance page", "- CLI: aws ec2-instance-connect ssh --instance-id i-123", "- CloudShell: open it and run the same command"];
		expect(asked("EC2 Instance Connect", lines, "fill-blank").some((q) => q.answers[0] === "CLI")).toBe(false);
	});
});

describe("blind read 129: notes in Russian and Japanese", () => {
	test("full-width punctuation reads as ASCII, so labels and asides are found", () => {
		expect(withFullWidthAsAscii(["- **Alias**：バージョンを指すポインタ（例：`prod` → v5）。", "- plain"])).toEqual(["- **Alias**:バージョンを指すポインタ(例:`prod` → v5)。", "- plain"]);
		expect(withFullWidthAsAscii(["- no full-width here"])).toBeNull();
		const lines = ["# AWS Lambda", "", "サーバーレスの関数実行サービス。", "", "## バージョン", "- **Alias**：バージョンを指すポインタ（例：`prod` → v5）。mutable。", "  - **Weighted alias**：2 つのバージョンにトラフィックを分散（例：v5 に 90%）→ カナリア"];
		for (const q of SEEDS.flatMap((seed) => questionsOf("AWS Lambda", lines, seed))) expect(q.prompt).not.toMatch(/[（：]/u);
	});

	test("Russian headings name topics; 'Важно:' and other languages' warning labels go like 'Important:'", () => {
		for (const h of ["Что это", "Как работает", "Важно для экзамена"]) expect(namesAThing(h)).toBe(false);
		for (const label of ["Важно: это DNS-level routing", "Wichtig: nur eine Region", "Importante: solo una región"]) expect(withoutWarningLabel(label)).not.toMatch(/^(?:Важно|Wichtig|Importante)/u);
	});
});

describe("blind read 130", () => {
	test("a star and the remark after it are no part of a heading's name", () => {
		expect(withoutStarredRemarks(["## 1. Target tracking   ★ default answer", "- custom metrics OK", "## Step scaling ⭐"])).toEqual(["## 1. Target tracking", "- custom metrics OK", "## Step scaling"]);
		expect(withoutStarredRemarks(["## Target tracking", "- a ★ in a bullet stays ★ here"])).toBeNull();
		const lines = ["# EC2 Auto Scaling", "", "Keeps the right number of instances running.", "", "## 1. Target tracking   ★ default answer", "• pick a metric + a target value, e.g. avg CPU = 50%", "• ASG creates + manages the CloudWatch alarms FOR you (one high, one low)", "• custom metrics OK too (also metric math), e.g. SQS backlog per instance", "• scales OUT fast, scales IN slowly", "• can **disable scale-in** on the policy", "", "## 2. Step scaling", "• you create the CloudWatch alarm yourself", "• steps by the size of the **alarm breach**"];
		for (const q of SEEDS.flatMap((seed) => questionsOf("EC2 Auto Scaling", lines, seed))) expect(q.prompt).not.toMatch(/★|default answer/u);
	});

	test('"ms" or "millisecond" for "1 ms" after "per"', () => {
		const q = blank("Option: AWS Lambda: cost: per request + GB-seconds (billed per ____).", "1 ms", ["- cost: per request + GB-seconds (billed per 1 ms)."]);
		for (const typed of ["ms", "millisecond", "1 ms", "1 millisecond"]) expect(checkAnswer(q, typed)).toBe(true);
		expect(checkAnswer(q, "100 ms")).toBe(false);
		expect(alsoAccepted("1 day", "Retention: ____ by default", [])).toEqual([]);
	});
});

describe("blind read 131: calculation-heavy notes", () => {
	test("a line that works figures out gives no blank and no true/false statement", () => {
		for (const line of ["need 22,000 GET/s → 22,000 / 5,500 = 4 prefixes", "Query returning 3 items × 1 KB = 3 KB → ⌈3/4⌉ = 1 RCU", "5 MiB parts × 10,000 ≈ 48.8 GiB", "PUT units: 5,000/s × 2,628,000 s = 13,140 M units"]) expect(workedOut(line)).toBe(true);
		for (const line of ["gp3: 3,000 IOPS baseline, 125 MiB/s", "1 RCU = 1 strongly consistent read/s of up to 4 KB", "TTL = 24 h by default", "1 DPU = 4 vCPU / 16 GB, per second billing", "pass = 2xx / 3xx status"]) expect(workedOut(line)).toBe(false);
		expect(workedOut("10 GB over 100 Mbps → 80,000 Mb / 100 = 800 s ≈ 13 min")).toBe(true);
		const lines = ["# Amazon S3", "", "Object storage.", "", "## Request rates", "- **3,500** PUT and **5,500** GET per second per prefix", "- need 22,000 GET/s → 22,000 / 5,500 = **4 prefixes**", "- Ex 1 – **5,000** records/s × 0.5 KB, 2 consumers", "- multipart upload: up to **10,000** parts of **5 MiB** to **5 GiB**"];
		const all = SEEDS.flatMap((seed) => questionsOf("Amazon S3", lines, seed));
		expect(all.some((q) => q.source.line === 7 || q.source.line === 8)).toBe(false);
		expect(all.some((q) => q.source.line === 6 || q.source.line === 9)).toBe(true);
	});

	test('a comparison row whose other side says "same" is not asked', () => {
		const lines = ["# DynamoDB", "", "Serverless key-value database.", "", "## Pricing", "| | On-demand | Provisioned |", "|---|---|---|", "| writes | per request unit | per WCU-hour |", "| storage | $0.25/GB-month | same |", "| best for | spiky traffic | steady traffic |"];
		const prompts = asked("DynamoDB", lines, "comparison").map((q) => q.prompt);
		expect(prompts.some((p) => /storage/.test(p))).toBe(false);
		expect(prompts.some((p) => /spiky traffic/.test(p))).toBe(true);
	});

	test('"$0.015 per shard hour" for "$0.015/shard-hour"', () => {
		expect(typedMatches("$0.015/shard-hour", "$0.015 per shard hour")).toBe(true);
		expect(typedMatches("$0.015/shard-hour", "0.015")).toBe(true);
		expect(typedMatches("$0.015/shard-hour", "$0.015 per PUT unit")).toBe(false);
	});
});

describe("blind read 132: notes by the exam guide", () => {
	test("an 'Out of scope' section is read past", () => {
		const lines = (heading: string) => ["# AWS Backup", "", "Central backups across services.", "", "## Task 2.2: Design highly available architectures", "- **backup plans** set frequency and retention; **vaults** hold the recovery points", "", `## ${heading}`, "- VMware and **SAP HANA** setup details, **legal holds**, the exact feature matrix per resource"];
		const from = (heading: string) => SEEDS.flatMap((seed) => questionsOf("AWS Backup", lines(heading), seed)).map((q) => q.source.line);
		expect(from("Out of scope / unlikely on exam")).not.toContain(9);
		expect(from("Details")).toContain(9);
	});

	test("'NOT:' is a label, no option of a list of things", () => {
		const lines = ["# AWS WAF", "", "A web application firewall.", "", "## WAF", "- attach a **Web ACL** to CloudFront, ALB, API Gateway REST", "- NOT: NLB, CLB, EC2 directly ← trap!", "- Web ACL for CloudFront = global; others regional", "- **rate-based rule**: limit requests per IP over a window", "", "## Exam", "1. \"HTTP flood from many IPs\" → WAF rate-based rule", "2. \"block users from some countries\" → WAF geo match"];
		for (const q of SEEDS.flatMap((seed) => questionsOf("AWS WAF", lines, seed))) expect([...q.choices, ...q.answers]).not.toContain("NOT");
	});
});
