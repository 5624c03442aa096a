/**
 * Faults found by blind reads 150-151 (and leftovers of 147 and 149), each with the case that showed it.
 */

import { describe, expect, test } from "vitest";
import { examCue } from "../../../src/core/quiz/cues";
import { namesAThing } from "../../../src/core/quiz/headings";
import { setAgainst } from "../../../src/core/quiz/mentioned";
import { jobMates } from "../../../src/core/quiz/services";
import { inCalculation, ruledOutExample, showsItsPair, showsTwinAcronym, stemProblem } from "../../../src/core/quiz/stems";
import { letteredAsDocument } from "../../../src/core/quiz/lettered";
import { unique } from "../../../src/core/quiz/tables";
import { typeable } from "../../../src/core/quiz/generators/fillBlank";
import { isKeyTerm, saysForeignWord } from "../../../src/core/quiz/keyTerms";
import { asked } from "./helpers";

/** The services a true/false statement was made false with, from its explanation. */
function swappedIn(title: string, lines: string[]): string[] {
	return asked(title, lines, "true-false")
		.map((q) => /says "[^"]*", not "([^"]*)"/.exec(q.explanation)?.[1])
		.filter((x): x is string => x !== undefined);
}

describe("blind reads 147 and 149: a service swapped in for a false statement does not do the same job", () => {
	test("a service kept on-premises is not swapped for another that runs on-premises", () => {
		const lines = [
			"# Amazon EKS",
			"",
			"## Where it runs",
			"- EKS on [[AWS Outposts]] for workloads that must stay on-prem with low latency to local systems",
			"- [[Amazon EKS Anywhere]] runs the EKS distribution on your own hardware, with no AWS control plane",
			"- [[AWS Fargate]] runs pods without nodes to manage",
			"- [[Amazon ECS]] is the simpler AWS-native orchestrator",
		];
		const swapped = swappedIn("Amazon EKS", lines);
		expect(swapped.length).toBeGreaterThan(0);
		expect(swapped.filter((s) => /Anywhere|Outposts|Snowball/.test(s))).toEqual([]);
	});

	test("compliance gathered with AWS Config is not made false with Security Hub", () => {
		const lines = [
			"# AWS Systems Manager",
			"",
			"## Node management",
			"- **Compliance** shows patch and State Manager association compliance, and can aggregate with [[AWS Config]]",
			"- **Patch Manager** applies patches on a schedule defined by patch baselines and maintenance windows",
			"- **Session Manager** opens shells without SSH keys or open inbound ports, logged to [[Amazon S3]]",
			"- **Inventory** collects software metadata from managed nodes and syncs it to [[Amazon S3]]",
		];
		const swapped = asked("AWS Systems Manager", lines, "true-false").filter((q) => q.prompt.includes("aggregate with"));
		expect(swapped.map((q) => q.prompt).filter((p) => /Security Hub|Audit Manager/.test(p))).toEqual([]);
	});
});

describe("blind read 151: a question the note asks itself is no key term", () => {
	test("a bold question that opens a paragraph is never the blank", () => {
		const lines = [
			"# AWS Global Accelerator",
			"",
			"**Why not CloudFront?** [[Amazon CloudFront]] caches HTTP(S) content at edge locations. Global Accelerator caches nothing, it proxies TCP and UDP packets over the AWS backbone.",
			"",
			"**Ano ito?** Managed **anycast** networking: two static IP addresses that front endpoints in one or more Regions.",
			"",
			"## Details",
			"- Health checks move traffic to a healthy endpoint in under **30 seconds**, with no DNS caching in the way",
		];
		const keys = asked("AWS Global Accelerator", lines, "fill-blank").map((q) => q.answers[0]);
		expect(keys).not.toContain("Why not CloudFront?");
		expect(keys).not.toContain("Ano ito?");
		expect(keys).toContain("30 seconds");
	});

	test("'free' in the note's own language is emphasis, no term", () => {
		const lines = [
			"# AWS Snow Family",
			"",
			"## Pricing",
			"- Pricing: per job plus per day that the device stays on site. **Libre** yung data transfer IN sa S3.",
			"- **Snowball Edge Storage Optimized** holds about **210 TB** of usable storage per device",
		];
		const keys = asked("AWS Snow Family", lines, "fill-blank").map((q) => q.answers[0]);
		expect(keys).not.toContain("Libre");
		expect(keys).toContain("210 TB");
	});
});

describe("blind read 150: the key said again in the note's own language", () => {
	const lines = [
		"# IAM",
		"",
		"## Podstawowe elementy",
		"- **Users** – konkretna osoba albo aplikacja, long-term credentials (hasło, max 2 access keys na usera)",
		"- **Groups** – zbiór userów; grupy NIE mogą zawierać innych grup, user może być w max 10 grupach",
		"- **Roles** – tymczasowe credentials przez STS, dla usług i federacji",
		"- **Policies** – dokumenty JSON z uprawnieniami, przypinane do tożsamości",
	];

	test("'grupy' gives away Groups and 'usera' gives away Users", () => {
		const qs = asked("IAM", lines, "fill-blank");
		expect(qs.filter((q) => q.answers[0] === "Groups" && /grup/.test(q.prompt))).toEqual([]);
		expect(qs.filter((q) => q.answers[0] === "Users" && /usera/.test(q.prompt))).toEqual([]);
		expect(qs.some((q) => q.answers[0] === "Policies")).toBe(true);
	});

	test("a longer word that only opens the same way is no form of the key", async () => {
		const { echoedWord } = await import("../../../src/core/quiz/fairness");
		const q = { kind: "fill-blank", prompt: "Reads are eventually consistent; ____ routes them", choices: ["Event", "Queue", "Stream"], answers: ["Event"], typed: false } as never;
		expect(echoedWord(q)).toBeNull();
	});
});

describe("blind reads 150 and 151: 'not' in the note's own language", () => {
	test("'NIE OLTP' sets the twin acronym against the blank", () => {
		expect(showsTwinAcronym("Redshift: data warehouse -> ____ (analityka, raporty), NIE OLTP -> do transakcji RDS", "OLAP")).toBe(true);
		expect(showsTwinAcronym("Redshift: data warehouse -> ____ (analytics), rather than OLTP", "OLAP")).toBe(true);
		expect(showsTwinAcronym("Redshift: data warehouse -> ____ (analityka), dla OLTP wybierz RDS", "OLAP")).toBe(false);
	});

	test("a cue that says what the note's service is not, in Tagalog, is no scenario; a trailing 'yun' is no part of the answer", () => {
		expect(examCue("Hindi monitoring ng performance (CPU etc) → Amazon CloudWatch yun")).toBeNull();
		expect(examCue("Sino ang nagbago ng security group kahapon → AWS CloudTrail yun")?.answer).toBe("AWS CloudTrail");
	});
});

describe("blind reads 150 and 151: links a false statement must not swap", () => {
	test("one of several services compared, each with its gloss", () => {
		const lines = [
			"# AWS Direct Connect",
			"",
			"## Details",
			"- Many VPCs or Regions → **DX Gateway** (+ [[AWS Transit Gateway]] via a transit VIF)",
			"- Remote workers connect with [[AWS Client VPN]], not with DX",
			"- A DX port takes weeks to arrive, while [[AWS Site-to-Site VPN]] (IPsec over the internet), [[AWS Client VPN]] (for remote users) are set up in minutes",
		];
		expect(swappedIn("AWS Direct Connect", lines)).toEqual([]);
		// "Compare: A (gloss), B (gloss)" claims nothing, true or false (blind read 151).
		expect(stemProblem("Compare: AWS Site-to-Site VPN (quick, encrypted, internet), AWS Global Accelerator (for end users)")).not.toBeNull();
	});

	test("a link glossed by its own kinds in parentheses", () => {
		const lines = [
			"# EC2 Auto Scaling",
			"",
			"## Details",
			"- Scales EC2 instances; [[Amazon ECS]] services and [[Amazon DynamoDB]] tables scale through Application Auto Scaling",
			"- Kapag may [[ELB]] (ALB/NLB) na naka-attach sa ASG automatic na nire-register ang mga bagong instances sa **target group**.",
			"- Scheduled actions and [[Amazon CloudWatch]] alarms trigger scaling policies",
		];
		expect(swappedIn("EC2 Auto Scaling", lines).filter((s) => !/CloudWatch|ECS|DynamoDB/.test(s))).toEqual([]);
	});

	test("a tool in the clause a line compares against", () => {
		expect(setAgainst("managed login customization is limited compared to building your own UI with [[Amplify]]", 79)).toBe(true);
		expect(setAgainst("Cognito user pools issue JWTs that [[API Gateway]] can check", 35)).toBe(false);
	});

	test("what backs up volumes is not made false with another service that backs them up", () => {
		const mate = jobMates("Can be managed / backed up with AWS Backup (volume gateway volumes).", "AWS Backup");
		expect(mate("Amazon EBS")).toBe(true);
		expect(mate("Amazon FSx")).toBe(false);
	});
});

describe("blind reads 150 and 151: a case study's story is no fact", () => {
	test("requirements, decisions cited by number and the people of the case are not asked", () => {
		expect(stemProblem("Requirements: game servers in two Regions, players worldwide, fixed IPs for partners' firewalls")).not.toBeNull();
		expect(stemProblem("Popular trails is now cached in ElastiCache (ADR-006), so API caching is not needed anymore")).not.toBeNull();
		expect(stemProblem("DynamoDB global tables are multi-active, but their data is relational and the devs know SQL")).not.toBeNull();
		expect(stemProblem("DynamoDB global tables are multi-active: every replica takes writes")).toBeNull();
	});
});

describe("blind read 151: blanks with many right answers", () => {
	test("a kind of thing in everyday words is not typed", () => {
		expect(typeable("whole env")).toBe(false);
		expect(typeable("Physical device")).toBe(false);
		expect(typeable("Snowball Edge device")).toBe(true);
		expect(typeable("Dead-letter queue")).toBe(true);
		for (const term of ["state machine", "worker environment", "execution environment"]) expect(typeable(term)).toBe(true);
	});

	test("an example of what is not allowed is no blank", () => {
		expect(ruledOutExample("Fargate CPU and memory must be a valid combination - you can't just say ")).toBe(true);
		expect(ruledOutExample("Lambda can't run longer than ")).toBe(false);
	});

	test("a table cell whose figure another row gives too does not say which row", () => {
		expect(unique("up to 72%", ["0", "up to 72%", "up to 66%", "Compute SP up to 66%, EC2 Instance SP up to 72%", "up to 90%"])).toBe(false);
		expect(unique("up to 90%", ["0", "up to 72%", "up to 66%", "Compute SP up to 66%, EC2 Instance SP up to 72%", "up to 90%"])).toBe(true);
	});

	test("a rejected alternative that the line calls overkill and pricier is no blank", () => {
		const lines = [
			"# ElastiCache",
			"",
			"## Alternatives considered",
			"- **MemoryDB** — durable primary database with a multi-AZ transaction log, overkill and pricier for a cache",
			"- **DAX** — only caches DynamoDB reads, our data is in Aurora",
		];
		expect(asked("ElastiCache", lines, "fill-blank").filter((q) => q.answers[0] === "MemoryDB")).toEqual([]);
	});
});

describe("blind read 150: headings in Polish name topics, not things", () => {
	test("Polish letters, a case ending after an apostrophe and Polish little words", () => {
		for (const h of ["Ochrona zasobów", "Sekcje template'u", "Czym jest", "Ano ito", "Paano gumagana"]) expect(namesAThing(h)).toBe(false);
		expect(namesAThing("Change Sets")).toBe(true);
		expect(namesAThing("Nested stacks")).toBe(true);
	});
});

describe("example vault: a mistake named by what one does is no statement", () => {
	test("a gerund line under a pitfalls heading is not asked as true", () => {
		const lines = [
			"# AWS KMS",
			"",
			"## Common Pitfalls",
			"- Forgetting that a key is Regional: a snapshot copied to another Region needs a key in that Region.",
			"- Writing IAM policies for a key whose key policy does not trust the account.",
			"",
			"## Details",
			"- Writing to a key's alias instead of its ARN makes key rotation transparent to applications.",
		];
		const prompts = asked("AWS KMS", lines, "true-false").map((q) => q.prompt);
		expect(prompts.filter((p) => /Writing IAM policies/.test(p))).toEqual([]);
		expect(prompts.some((p) => /Writing to a key's alias/.test(p))).toBe(true);
	});
});

describe("blind read 150: a wrong choice of the same stem shares the word", () => {
	test("'schedules' points at neither Scheduler nor scheduled rules", async () => {
		const { echoedWord } = await import("../../../src/core/quiz/fairness");
		const q = { kind: "comparison", prompt: "Which offers one-time schedules, EventBridge rules (scheduled) or EventBridge Scheduler?", choices: ["EventBridge rules (scheduled)", "EventBridge Scheduler"], answers: ["EventBridge Scheduler"], typed: false } as never;
		expect(echoedWord(q)).toBeNull();
	});
});

describe("blind read 150: a volume type in bold over its bullets is their subject", () => {
	test("'**gp2** (old general purpose)' names what the bullets below say, not the SSD heading above", () => {
		const lines = [
			"# EBS",
			"",
			"## Typy wolumenów",
			"",
			"### SSD",
			"**gp2** (stary general purpose)",
			"- IOPS rośnie z rozmiarem: **3 IOPS / GiB**, min 100 IOPS, max 16 000",
			"- małe volumy (< **1 TiB**) mogą burstować do 3000 IOPS (burst credits)",
			"",
			"**gp3** (nowy, domyślny)",
			"- **3000 IOPS** i 125 MB/s baseline niezależnie od rozmiaru",
		];
		const prompts = asked("EBS", lines, "fill-blank").map((q) => q.prompt);
		expect(prompts.filter((p) => p.startsWith("EBS — SSD"))).toEqual([]);
		expect(prompts.some((p) => p.startsWith("EBS — gp2: małe volumy"))).toBe(true);
		expect(namesAThing("gp3")).toBe(true);
		expect(namesAThing("pricing")).toBe(false);
	});
});

describe("blind read 153: an outline typed with Roman numerals and letters", () => {
	const lines = [
		"# AWS Step Functions",
		"",
		"I. Overview",
		"   A. serverless **workflow orchestration**",
		"II. Workflow types",
		"   A. **Standard**",
		"      1. max duration **1 year**",
		"      2. **exactly-once** execution",
		"   B. **Express**",
		"      1. max duration **5 min**",
		"      2. NO .sync or callback patterns",
		"         a. history only in [[Amazon CloudWatch]] Logs",
		"III. Error handling",
		"   A. **Retry** with backoff, then **Catch** to a fallback state",
	];

	test("Roman numerals are sections, letters and numbers the points under them", () => {
		const doc = letteredAsDocument(lines);
		expect(doc?.[2]).toBe("## Overview");
		expect(doc?.[5]).toBe("- **Standard**");
		expect(doc?.[6]).toBe("\t1. max duration **1 year**");
		expect(doc?.[11]).toBe("\t\t- history only in [[Amazon CloudWatch]] Logs");
		expect(doc?.length).toBe(lines.length);
	});

	test("a point under a named sub-part is that part's, and keeps no letter", () => {
		const prompts = asked("AWS Step Functions", lines, "fill-blank").map((q) => q.prompt);
		expect(prompts.some((p) => /Express: max duration ____/.test(p))).toBe(true);
		expect(prompts.filter((p) => /(?:^|\s)[A-Za-z]\.\s/.test(p))).toEqual([]);
		expect(asked("AWS Step Functions", lines, "true-false").filter((q) => /AWS Step Functions: NO \.sync/.test(q.prompt))).toEqual([]);
	});

	test("a practice question's options and a flat list of labels are no outline", () => {
		expect(letteredAsDocument(["1. Which service stores sessions for a web tier?", "   A. SQS", "   B. DynamoDB", "   C. SNS", "   D. Kinesis", "Answer: B"])).toBeNull();
		expect(letteredAsDocument(["Two types:", "A. Standard", "B. FIFO", "C. Both support DLQs"])).toBeNull();
	});
});

describe("blind reads 152-153: giveaways and keys with many right answers", () => {
	test("the other word of a pair in the prompt gives the blank away", () => {
		expect(showsItsPair("IAM: ____ service — not regional (visible in all regions)", "Global")).toBe(true);
		expect(showsItsPair("EFS: NFSv4.1 → works only with ____! Windows needs FSx for Windows File Server", "Linux")).toBe(true);
		expect(showsItsPair("Lambda: ____ invocations retry twice; sync callers retry themselves", "async")).toBe(true);
		expect(showsItsPair("Lambda: ____ invocations retry twice on errors", "async")).toBe(false);
		expect(showsItsPair("SQS: ____ polling cuts empty receives", "Long")).toBe(false);
	});

	test("a figure the line works out by dividing is no blank", () => {
		expect(inCalculation("gp2: IOPS tied to size: 3 IOPS/GiB, min 100, max 16,000 (reached at ~", ")", "5,334 GiB")).toBe(true);
		expect(inCalculation("gp2: IOPS tied to size: 3 IOPS/GiB, min 100, max ", " (reached at ~5,334 GiB)", "16,000")).toBe(false);
	});

	test("a recalled exam question is no statement", () => {
		expect(stemProblem("Q2: media company archives raw footage, basically never touched")).not.toBeNull();
		expect(stemProblem("Q (from memory): Company's RDS MySQL is overloaded by reporting queries")).not.toBeNull();
		expect(stemProblem("QuickSight reads from Athena and Redshift")).toBeNull();
	});

	test("a line's own label is picked from its neighbours' labels, not typed", () => {
		const lines = [
			"# CodeDeploy",
			"",
			"## Gaps to fill",
			"- Lambda hooks: only `BeforeAllowTraffic`, `AfterAllowTraffic` (they're Lambda fns themselves)",
			"- Lambda configs: `Canary10Percent5/10/15/30Minutes`, `Linear10PercentEvery1/2/3/10Minutes`, `AllAtOnce`.",
			"- EC2 configs: `OneAtATime`, `HalfAtATime`, `AllAtOnce` + custom (min healthy hosts)",
		];
		const labels = asked("CodeDeploy", lines, "fill-blank").filter((q) => /(?:hooks|configs)$/.test(q.answers[0]));
		expect(labels.length).toBeGreaterThan(0);
		expect(labels.filter((q) => q.typed)).toEqual([]);
	});

	test("a role in the note's own language does not read after 'use'", () => {
		const lines = ["# AWS Shield", "", "## Shield Advanced", "- מגן על: [[Amazon EC2]], [[Elastic Load Balancing]], [[Amazon CloudFront]], [[AWS Global Accelerator]]"];
		expect(asked("AWS Shield", lines, "select-all").filter((q) => /מגן/.test(q.prompt))).toEqual([]);
	});

	test("services that fan out one event, or carry a stream of metrics, are not wrong for each other", () => {
		expect(jobMates("One event needs to go to 3 different processing systems", "SNS")("Kinesis Data Streams")).toBe(true);
		expect(jobMates("Near real-time continuous stream of metrics", "Data Firehose")("Kinesis Data Streams")).toBe(true);
		expect(jobMates("one event must reach several independent consumers", "SNS")("Kinesis")).toBe(true);
		expect(jobMates("SQS does not copy one message to several consumers; that is the job of SNS", "SNS")("Amazon MQ")).toBe(true);
		expect(jobMates("Send an email when a job finishes", "SNS")("Kinesis Data Streams")).toBe(false);
	});
});

describe("blind reads 154-155: Greek negations, worked inputs, Regions", () => {
	test("'ΔΕΝ' (not) is emphasis, never the blank, alone or after a name", () => {
		const lines = [
			"# AWS Config",
			"",
			"## Τι είναι",
			"- **ΔΕΝ** αποτρέπει αλλαγές!! Είναι detective control, όχι preventive.",
			"- παγίδα: **DynamoDB δεν** είναι destination!",
			"- Κρατάει **configuration history** για κάθε resource, με snapshots στο S3 κάθε **6 ώρες** ή **24 ώρες**",
		];
		const keys = asked("AWS Config", lines, "fill-blank").map((q) => q.answers[0]);
		expect(keys.filter((k) => /ΔΕΝ|δεν/.test(k))).toEqual([]);
		expect(keys).toContain("configuration history");
		for (const term of ["ΔΕΝ", "DynamoDB δεν", "Nu", "όχι"]) expect(isKeyTerm({ term, label: false, self: false } as never)).toBe(false);
		expect(isKeyTerm({ term: "DynamoDB Streams", label: false, self: false } as never)).toBe(true);
		// A term in Greek letters is the note's own language, picked and never typed.
		expect(saysForeignWord("μέγεθος αντικειμένου")).toBe(true);
	});

	test("the input of a worked example with an arrow is no blank", () => {
		expect(stemProblem("always round the item size UP: 4.5 KB read → 2 units of 4 KB; ____ write → 2 WCU", { arrows: true })).not.toBeNull();
		expect(stemProblem("always round the item size UP: ____ read → 2 units of 4 KB", { arrows: true })).not.toBeNull();
		expect(stemProblem("one WCU is one write per second of an item up to ____ → bigger items cost more", { arrows: true })).toBeNull();
	});

	test("a Region given by its code gives its name away, and back", () => {
		expect(showsItsPair("R3 (certs live in us-east-1): the ACM cert for a CloudFront custom domain must be in ____.", "N. Virginia")).toBe(true);
		expect(showsItsPair("CloudFront: ACM certificates for a custom domain must be in ____ (N. Virginia)", "us-east-1")).toBe(true);
		expect(showsItsPair("CloudFront: ACM certificates for a custom domain must be in ____", "us-east-1")).toBe(false);
	});
});

describe("blind reads 156-157: email memos, console walkthroughs, allow and deny", () => {
	test("an email's header and the student's own observation are no statements", () => {
		expect(stemProblem("Subject: Macie in ____")).not.toBeNull();
		expect(stemProblem("Re: what to know about DynamoDB for the exam")).not.toBeNull();
		expect(stemProblem("Got the email in ~5 sec after publishing")).not.toBeNull();
		expect(stemProblem("Macie finds PII in S3 buckets with managed data identifiers")).toBeNull();
		expect(stemProblem("re:Invent 2018 — ____ (query language for log groups)", { arrows: true })).toBeNull();
	});

	test("a console tab or page names where an option sits, no thing", () => {
		for (const h of ["Permissions tab", "Management tab", "Create bucket page", "Configure rotation screen"]) expect(namesAThing(h)).toBe(false);
		expect(namesAThing("Object Lock")).toBe(true);
	});

	test("'deny' in the prompt gives away ALLOW, and back", () => {
		expect(showsItsPair("EC2: jen ____ pravidla, deny nejde (na deny → NACL)", "ALLOW")).toBe(true);
		expect(showsItsPair("NACL: rules can ____ as well as allow traffic", "deny")).toBe(true);
	});
});
