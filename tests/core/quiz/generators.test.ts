import { describe, expect, test } from "vitest";
import { checkFairness } from "../../../src/core/quiz/fairness";
import { comparisonPrompt, comparisonQuestions, parseEqualsPairs, parseVersus } from "../../../src/core/quiz/generators/comparison";
import { fillBlankQuestions, matchCase } from "../../../src/core/quiz/generators/fillBlank";
import { baseForm, linkPrompt, linkedServiceQuestions } from "../../../src/core/quiz/generators/linkedService";
import { chosenOption, scenarioQuestions, scenarioSentence } from "../../../src/core/quiz/generators/scenario";
import { isCategory, listPrompt, selectAllQuestions } from "../../../src/core/quiz/generators/selectAll";
import { trueFalseQuestions, withSubject } from "../../../src/core/quiz/generators/trueFalse";
import { definitionPrompt, useCaseQuestions, useCasePrompt, whichServiceQuestions } from "../../../src/core/quiz/generators/whichService";
import { serviceNames } from "../../../src/core/quiz/names";
import { createRng } from "../../../src/core/quiz/random";
import type { Question } from "../../../src/core/quiz/types";
import { facts } from "./helpers";

const EKS = "Amazon Elastic Kubernetes Service (EKS)";
const eksNames = serviceNames(EKS, ["Amazon EKS"]);

function expectFair(questions: Question[]): void {
	for (const q of questions) expect(checkFairness(q), q.prompt).toEqual([]);
}

function byPrompt(questions: Question[], prompt: string): Question {
	const q = questions.find((x) => x.prompt === prompt);
	if (!q) throw new Error(`no question "${prompt}" among:\n${questions.map((x) => x.prompt).join("\n")}`);
	return q;
}

describe("which-service", () => {
	test.each([
		["Amazon EKS is a managed Kubernetes platform on AWS.", "Which AWS service is a managed Kubernetes platform on AWS?"],
		["It makes running Kubernetes easier for platform teams.", "Which AWS service makes running Kubernetes easier for platform teams?"],
		["Amazon Elastic Kubernetes Service (EKS) is the managed way to run Kubernetes.", "Which AWS service is the managed way to run Kubernetes?"],
		["Amazon EKS (Elastic Kubernetes Service) provides upstream Kubernetes clusters.", "Which AWS service provides upstream Kubernetes clusters?"],
		["Amazon EKS's control plane spans three Availability Zones.", "Which AWS service's control plane spans three Availability Zones?"],
		["This service lets you run pods without managing masters.", "Which AWS service lets you run pods without managing masters?"],
		["EKS clusters run inside a VPC.", null],
		["Kubernetes is an open-source container orchestrator.", null],
		["Amazon EKS is fast.", null],
		["", null],
	])("definition %j", (sentence, expected) => {
		expect(definitionPrompt(sentence, eksNames)).toBe(expected);
	});

	test("every name of the service is masked, never left in the prompt", () => {
		const prompt = definitionPrompt("Amazon EKS runs upstream Kubernetes, and EKS upgrades are managed by AWS.", eksNames);
		expect(prompt).not.toBeNull();
		expect(prompt).not.toMatch(/EKS|Elastic Kubernetes Service/);
		expect(prompt).toContain("this service");
	});

	test.each([
		["Migrating workloads from self-managed Kubernetes clusters.", "Which service fits: migrating workloads from self-managed Kubernetes clusters?"],
		["Hybrid environments (on-prem + cloud)", "Which service fits: hybrid environments?"],
		["AWS-heavy teams that want managed Kubernetes", "Which service fits: AWS-heavy teams that want managed Kubernetes?"],
		["Running EKS Anywhere in a data centre", null],
		["CI", null],
	])("use case %j", (item, expected) => {
		expect(useCasePrompt(item, eksNames)).toBe(expected);
	});

	test("questions from the Overview and Use Cases, with the note's service as the answer", () => {
		const f = facts(
			EKS,
			"**Overview**",
			"**Amazon EKS** is a **managed Kubernetes platform** on AWS.",
			"",
			"## Use Cases",
			"- Migrating workloads from self-managed Kubernetes clusters.",
			"- Running EKS Anywhere on premises.",
		);
		const qs = [...whichServiceQuestions(f, createRng(1)), ...useCaseQuestions(f, createRng(1))];
		expect(qs.map((q) => [q.kind, q.prompt])).toEqual([
			["which-service", "Which AWS service is a managed Kubernetes platform on AWS?"],
			// A use case is a situation to match to a service: asked as a scenario.
			["scenario", "Which service fits: migrating workloads from self-managed Kubernetes clusters?"],
		]);
		for (const q of qs) {
			expect(q.answers).toEqual([EKS]);
			expect(q.choices).toContain(EKS);
			expect(q.choices.length).toBeGreaterThanOrEqual(3);
			// Sibling notes come first as wrong answers.
			expect(q.choices.some((c) => c === "Amazon Elastic Container Service (ECS)" || c === "AWS Lambda" || c === "Amazon DynamoDB")).toBe(true);
		}
		expect(qs[0].source).toEqual({ line: 2, text: "Amazon EKS is a managed Kubernetes platform on AWS." });
		expect(qs[0].explanation).toContain('Line 2: "Amazon EKS is a managed Kubernetes platform on AWS."');
		expectFair(qs);
	});

	test("a note that is not about a service gets no which-service questions", () => {
		const f = facts("Study plan", "**Overview**", "It is a plan for the next four weeks of study.", "## Use Cases", "- Keeping track of progress.");
		expect(whichServiceQuestions(f, createRng(1))).toEqual([]);
	});
});

describe("fill-blank", () => {
	const f = facts(
		EKS,
		"## Details",
		"- **Core Capabilities**",
		"\t- AWS manages the **control plane** (API servers, etcd).",
		"\t- Worker nodes can be:",
		"\t\t- **EC2 instances** (managed node groups).",
		"\t\t- **AWS Fargate** (serverless pods).",
		"\t- Clusters run **upstream Kubernetes** releases.",
		"## Exam Tips",
		"- Choose **EKS** if:",
		"\t- Portability matters.",
		"- **IRSA** gives pods their own IAM role.",
		"- Secrets are encrypted with **envelope encryption**.",
	);
	const qs = fillBlankQuestions(f, createRng(1));

	test.each([
		["Amazon EKS: AWS manages the ____ (API servers, etcd).", "control plane", 3],
		["Amazon EKS — Worker nodes can be: ____ (managed node groups).", "EC2 instances", 5],
		["Amazon EKS — Worker nodes can be: ____ (serverless pods).", "AWS Fargate", 6],
		["Amazon EKS: Clusters run ____ releases.", "upstream Kubernetes", 7],
		["Amazon EKS: ____ gives pods their own IAM role.", "IRSA", 11],
		["Amazon EKS: Secrets are encrypted with ____.", "envelope encryption", 12],
	])("%j is answered by %j (line %i)", (prompt, answer, line) => {
		const q = byPrompt(qs, prompt);
		expect(q.answers).toEqual([answer]);
		expect(q.typed).toBe(true);
		expect(q.source.line).toBe(line);
		if (q.choices.length > 0) {
			expect(q.choices).toContain(answer);
			expect(q.choices.length).toBeGreaterThanOrEqual(3);
		}
	});

	test("category labels and the service's own name are never blanked", () => {
		expect(qs.some((q) => q.answers[0] === "Core Capabilities")).toBe(false);
		expect(qs.some((q) => q.answers[0] === "EKS")).toBe(false);
		expect(qs).toHaveLength(6);
		expectFair(qs);
	});

	test("choices come from the note's other bold terms, like for like", () => {
		// A line that does not name its subject gets it, so the blank can be answered on its own.
		const q = byPrompt(qs, "Amazon EKS: AWS manages the ____ (API servers, etcd).");
		for (const c of q.choices) expect(["control plane", "upstream Kubernetes", "envelope encryption", "EC2 instances", "IRSA", "core Capabilities", "core capabilities"]).toContain(c);
	});

	test("a note with a single bold term gives a typed-only question (choices: [])", () => {
		const one = fillBlankQuestions(facts("AWS Lambda", "## Details", "- Functions run for at most **15 minutes** per invocation."), createRng(1));
		expect(one).toHaveLength(1);
		expect(one[0].choices).toEqual([]);
		expect(one[0].typed).toBe(true);
		expect(checkFairness(one[0])).toEqual([]);
	});

	test.each([
		[["Long polling", "Visibility timeout"], "control plane", ["long polling", "visibility timeout"]],
		[["control plane", "Operational Excellence"], "Long polling", ["Control plane", "Operational Excellence"]],
		[["Operational Excellence", "AWS Fargate"], "queue", ["Operational Excellence", "AWS Fargate"]],
		[["Queue", "queue"], "poll", ["queue"]],
	])("matchCase(%j, %j)", (wrong, answer, expected) => {
		expect(matchCase(wrong, answer)).toEqual(expected);
	});
});

describe("select-all", () => {
	test.each([
		["Trigger types", "AWS Lambda", "Which of these are AWS Lambda trigger types? Select all that apply."],
		["**Capacity modes:**", "Kinesis", "Which of these are Kinesis capacity modes? Select all that apply."],
		["Kinesis capacity modes", "Kinesis", "Which of these are kinesis capacity modes? Select all that apply."],
	])("listPrompt(%j)", (parent, subject, expected) => {
		expect(listPrompt(parent, subject)).toBe(expected);
	});

	test.each([
		["Storage classes", true],
		["Routing policies:", true],
		["Capacity modes", true],
		["Worker nodes can be:", false],
		["Security", false],
		["Key features", false],
		["Cutting cost and speeding up queries", false],
	])("isCategory(%j) = %j", (parent, expected) => {
		expect(isCategory(parent)).toBe(expected);
	});

	const f = facts(
		EKS,
		"## Details",
		"- Node types:",
		"\t- **Managed node groups** – AWS patches and replaces the EC2 instances.",
		"\t- **Self-managed nodes** – you run the EC2 instances yourself.",
		"\t- **Fargate** – serverless pods, no nodes to manage.",
		"- Upgrade strategies",
		"\t- In-place: upgrade the control plane, then the nodes.",
		"\t- Blue/green: a new cluster, then move the traffic.",
		"- Security",
		"\t- Map IAM roles to Kubernetes RBAC.",
		"\t- Encrypt secrets with KMS keys.",
		"- Storage options via [[Amazon EBS]], [[Amazon EFS]], and [[Amazon S3]].",
		"- Logging with [[Amazon CloudWatch]] and [[AWS X-Ray]].",
		"- Images come from [[Amazon Elastic Container Registry (ECR)]].",
	);
	const qs = selectAllQuestions(f, createRng(3));

	test("a category list asks for its terms; wrong choices are the terms of the note's other category lists", () => {
		const q = byPrompt(qs, "Which of these are Amazon EKS node types? Select all that apply.");
		expect(q.multi).toBe(true);
		expect(q.type).toBe("term");
		expect(q.answers.length).toBeGreaterThanOrEqual(2);
		for (const a of q.answers) expect(["Managed node groups", "Self-managed nodes", "Fargate"]).toContain(a);
		const wrong = q.choices.filter((c) => !q.answers.includes(c));
		expect(wrong.length).toBeGreaterThanOrEqual(1);
		for (const w of wrong) expect(["In-place", "Blue/green"]).toContain(w);
		expect(q.source.line).toBe(2);
	});

	test("a generic parent (\"Security\") gives no select-all: any other bullet could be listed under it", () => {
		expect(qs.some((q) => q.prompt.includes("Security") || q.answers.some((a) => a.startsWith("Map IAM")))).toBe(false);
	});

	test("a bullet linking several services asks for them", () => {
		const q = byPrompt(qs, "Which services does Amazon EKS use for storage options? Select all that apply.");
		expect(new Set(q.answers)).toEqual(new Set(["Amazon EBS", "Amazon EFS", "Amazon S3"]));
		expect(q.choices.length).toBeGreaterThanOrEqual(4);
		const logging = byPrompt(qs, "Which services does Amazon EKS use for logging? Select all that apply.");
		expect(new Set(logging.answers)).toEqual(new Set(["Amazon CloudWatch", "AWS X-Ray"]));
		expectFair(qs);
	});

	test("a category list without another category list to take wrong choices from is skipped", () => {
		const lone = selectAllQuestions(facts(EKS, "## Details", "- Node types:", "\t- Managed node groups.", "\t- Fargate."), createRng(1));
		expect(lone).toEqual([]);
	});
});

describe("comparison", () => {
	test.each([
		[
			"ECS = AWS-native container orchestration, EKS = Kubernetes orchestration.",
			[
				{ name: "ECS", description: "AWS-native container orchestration", verb: false },
				{ name: "EKS", description: "Kubernetes orchestration", verb: false },
			],
		],
		[
			"Standard = at-least-once, fast; FIFO = exactly-once → ordered",
			[],
		],
		[
			"SQS = pull, SNS = push, EventBridge = rules",
			[
				{ name: "SQS", description: "pull", verb: false },
				{ name: "SNS", description: "push", verb: false },
				{ name: "EventBridge", description: "rules", verb: false },
			],
		],
		["Fargate works with both ECS and EKS → serverless containers.", []],
		["No comparison here.", []],
	])("parseEqualsPairs(%j)", (text, expected) => {
		expect(parseEqualsPairs(text)).toEqual(expected);
	});

	test.each([
		[
			"SQS vs SNS: SQS is pull-based, SNS pushes to subscribers.",
			[],
			[
				{ name: "SQS", description: "is pull-based", verb: true },
				{ name: "SNS", description: "pushes to subscribers", verb: true },
			],
		],
		[
			"Standard vs FIFO queues:",
			["Standard: best-effort ordering", "FIFO guarantees ordering per group"],
			[
				{ name: "Standard", description: "best-effort ordering", verb: false },
				{ name: "FIFO queues", description: "guarantees ordering per group", verb: true },
			],
		],
		["Nothing to compare.", [], []],
	])("parseVersus(%j)", (text, children, expected) => {
		expect(parseVersus(text, children)).toEqual(expected);
	});

	test.each([
		[{ name: "EKS", description: "Kubernetes orchestration", verb: false }, "Which one is Kubernetes orchestration?"],
		[{ name: "SNS", description: "pushes to subscribers", verb: true }, "Which one pushes to subscribers?"],
		[{ name: "Provisioned concurrency", description: "fix cold starts", verb: false }, "Which one is used to fix cold starts?"],
	])("comparisonPrompt(%j)", (side, expected) => {
		expect(comparisonPrompt(side)).toBe(expected);
	});

	test("an Exam Tip comparing two services gives a question per side with both as choices", () => {
		const f = facts(
			EKS,
			"[[Amazon Elastic Container Registry (ECR)]] and [[Amazon VPC]] hold images and networks.",
			"## Exam Tips",
			"- **ECS = AWS-native container orchestration**, **EKS = Kubernetes orchestration**.",
		);
		const qs = comparisonQuestions(f, createRng(1));
		// Two sides set against each other stand alone: what the line says of one, it says against the other (blind read 49).
		expect(qs.map((q) => [q.prompt.replace(/, (?:ECS or EKS|EKS or ECS)\?$/, "?"), q.answers[0]])).toEqual([
			["Which one is AWS-native container orchestration?", "ECS"],
			["Which one is Kubernetes orchestration?", "EKS"],
		]);
		for (const q of qs) {
			expect([...q.choices].sort()).toEqual(["ECS", "EKS"]);
			expect(q.source.line).toBe(3);
		}
		expectFair(qs);
	});
});

describe("scenario", () => {
	test.each([
		["Choose EKS if:", "EKS"],
		["Use Lambda when:", "Lambda"],
		["Choose Kinesis over SQS if:", "Kinesis"],
		["When to use FIFO queues:", "FIFO queues"],
		["Aurora is the best choice when:", "Aurora"],
		["Choose wisely.", null],
		["Worker nodes can be:", null],
	])("chosenOption(%j)", (text, expected) => {
		expect(chosenOption(text)).toBe(expected);
	});

	test.each([
		[["The org already uses Kubernetes.", "Needs portability (no vendor lock-in)."], "The org already uses Kubernetes and needs portability (no vendor lock-in)."],
		[["Want simplicity with AWS-native orchestration."], "You want simplicity with AWS-native orchestration."],
		[["Needs strict ordering", "Duplicates are not acceptable"], "The team needs strict ordering and duplicates are not acceptable."],
		[["Order matters", "Duplicates hurt", "Throughput is low"], "Scenario: order matters, duplicates hurt, and throughput is low."],
		[[], null],
	])("scenarioSentence(%j)", (parts, expected) => {
		expect(scenarioSentence(parts)).toBe(expected);
	});

	test("Choose X if: with its children gives a scenario whose answer is X", () => {
		const f = facts(
			EKS,
			"## Exam Tips",
			"- Choose **EKS** if:",
			"\t- The org already uses Kubernetes.",
			"\t- Needs portability (no vendor lock-in).",
			"- Choose **ECS** if:",
			"\t- Want simplicity with AWS-native orchestration.",
			"\t- ECS tasks are enough.",
			"- Links: [[Amazon Elastic Container Registry (ECR)]], [[Amazon EFS]].",
		);
		const qs = scenarioQuestions(f, createRng(1));
		expect(qs.map((q) => [q.prompt, q.answers[0]])).toEqual([
			["The org already uses Kubernetes and needs portability (no vendor lock-in). Which service fits this scenario?", "EKS"],
			// The child naming the answer would give it away: it is left out.
			["You want simplicity with AWS-native orchestration. Which service fits this scenario?", "ECS"],
		]);
		expect(qs[0].choices).toEqual(expect.arrayContaining(["EKS", "ECS"]));
		expect(qs[0].source).toEqual({ line: 2, text: "Choose EKS if:" });
		expectFair(qs);
	});
});

describe("linked-service", () => {
	const M = "\uE002";
	test.each([
		[`Integrates with ${M} for images.`, "Which service does Amazon EKS use for images?"],
		[`${M} for service mesh functionality.`, "Which service does Amazon EKS use for service mesh functionality?"],
		[`Encryption of Kubernetes secrets with ${M}.`, "Which service does Amazon EKS use for encryption of Kubernetes secrets?"],
		[`Pulls container images from ${M} for private registries.`, "Which service does Amazon EKS pull container images from?"],
		[`Access control via ${M} policies.`, "Which service does Amazon EKS use for access control?"],
		[`${M} collects metrics and logs.`, "Which service collects metrics and logs?"],
		[`Logs go to ${M} Logs.`, 'Which service fills the blank in this line about Amazon EKS: "Logs go to ____ Logs"?'],
		[M, null],
	])("linkPrompt(%j)", (text, expected) => {
		expect(linkPrompt(text, "Amazon EKS", true)).toBe(expected);
	});

	test.each([
		["pulls", "pull"],
		["copies", "copy"],
		["pushes", "push"],
		["stores", "store"],
		["goes", "go"],
	])("baseForm(%j) = %j", (verb, base) => {
		expect(baseForm(verb)).toBe(base);
	});

	test("the link target is the answer; other linked notes and siblings are the wrong ones", () => {
		const f = facts(
			EKS,
			"## Details",
			"- Integrates with [[Amazon Elastic Container Registry (ECR)]] for images.",
			"- Encryption of Kubernetes secrets with [[AWS Key Management Service (KMS)|KMS]].",
			"- Networking via [[Amazon VPC]] and [[Elastic Load Balancing (ELB)]].",
			"- See [[#Exam Tips]] and ![[diagram.png]].",
		);
		const qs = linkedServiceQuestions(f, createRng(1));
		expect(qs.map((q) => [q.prompt, q.answers[0]])).toEqual([
			["Which service does Amazon EKS use for images?", "Amazon Elastic Container Registry (ECR)"],
			["Which service does Amazon EKS use for encryption of Kubernetes secrets?", "AWS Key Management Service (KMS)"],
		]);
		const wrong = qs[0].choices.filter((c) => c !== qs[0].answers[0]);
		expect(wrong.length).toBeGreaterThanOrEqual(2);
		expect(qs[1].source.text).toBe("Encryption of Kubernetes secrets with KMS.");
		expectFair(qs);
	});
});

describe("true-false", () => {
	test.each([
		["Runs upstream Kubernetes.", "Amazon EKS runs upstream Kubernetes."],
		["Supports rolling upgrades.", "Amazon EKS supports rolling upgrades."],
		["Clusters run upstream Kubernetes.", "Clusters run upstream Kubernetes."],
		["AWS manages the control plane.", "AWS manages the control plane."],
	])("withSubject(%j)", (statement, expected) => {
		expect(withSubject(statement, "Amazon EKS")).toBe(expected);
	});

	const f = facts(
		EKS,
		"**Overview**",
		"**Amazon EKS** is a **managed Kubernetes platform** on AWS.",
		"## Details",
		"- AWS manages the **control plane** (API servers, etcd).",
		"- Clusters run **upstream Kubernetes** releases.",
		"- Secrets are encrypted with **envelope encryption** by default.",
		"- Integrates with [[Amazon Elastic Container Registry (ECR)]] for images.",
		"- Isolated clusters per VPC.",
		"## Exam Tips",
		"- **ECS = AWS-native orchestration**, **EKS = Kubernetes orchestration**.",
	);

	test("true statements quote the note; false ones swap one term for another of the note", () => {
		const all = new Map<string, Question>();
		for (let seed = 1; seed <= 30; seed++) for (const q of trueFalseQuestions(f, createRng(seed))) all.set(q.prompt, q);
		const qs = [...all.values()];
		expect(qs.some((q) => q.answers[0] === "True")).toBe(true);
		expect(qs.some((q) => q.answers[0] === "False")).toBe(true);
		for (const q of qs) {
			expect(q.choices).toEqual(["True", "False"]);
			expect(q.prompt.startsWith("True or false: ")).toBe(true);
			if (q.source.line === 10) continue; // the "X = a, Y = b" line: checked below
			if (q.answers[0] === "True") {
				// A true statement is the source line (with the subject put back when the bullet had none,
				// or put in front when the line does not name the service).
				const statement = q.prompt.replace("True or false: ", "");
				expect([q.source.text, `Amazon EKS ${q.source.text.charAt(0).toLowerCase()}${q.source.text.slice(1)}`, `Amazon EKS: ${q.source.text}`]).toContain(statement);
			} else {
				expect(q.prompt).not.toContain(q.source.text);
				expect(q.explanation).toMatch(/^False: the note says/);
			}
		}
		// A bare phrase keeps the note's "=": "EKS is Kubernetes orchestration" is broken English.
		expect(byPrompt(qs, "True or false: EKS = Kubernetes orchestration.").answers).toEqual(["True"]);
		expect(byPrompt(qs, "True or false: EKS = AWS-native orchestration.").answers).toEqual(["False"]);
		// A line without a term to swap (no bold, no link) is not a statement worth asking about.
		expect(qs.some((q) => q.source.line === 8)).toBe(false);
		expectFair(qs);
	});
});

describe("which-service from an Overview written as a list", () => {
	test("top-level Overview bullets are definitions too", () => {
		const f = facts(EKS, "## Overview", "- Amazon EKS is a managed Kubernetes platform on AWS.", "- Runs upstream Kubernetes.", "## Details", "- More.");
		expect(whichServiceQuestions(f, createRng(1)).map((q) => q.prompt)).toEqual(["Which AWS service is a managed Kubernetes platform on AWS?"]);
	});
});

describe("lines that are mostly links", () => {
	const LINKY = "- See [[Amazon S3]], [[Amazon EBS]] and [[Amazon EFS]].";
	const all = (f: ReturnType<typeof facts>, gen: (f: ReturnType<typeof facts>, rng: ReturnType<typeof createRng>) => Question[]): Question[] => {
		const out: Question[] = [];
		for (let seed = 1; seed <= 20; seed++) out.push(...gen(f, createRng(seed)));
		return out;
	};

	test.each([
		["See [[Amazon S3]], [[Amazon EBS]] and [[Amazon EFS]]", true],
		["Related: [[Amazon Elastic Container Registry (ECR)]]", true],
		["[[Amazon ECS]] vs [[AWS Fargate]]", true],
		["**Storage**: [[Amazon S3]], [[Amazon EBS]] and [[Amazon EFS]]", true],
		["Integrates with [[Amazon Elastic Container Registry (ECR)]] for images.", false],
		["Storage options via [[Amazon EBS]], [[Amazon EFS]], and [[Amazon S3]].", true],
		["Secrets are encrypted with **envelope encryption** by default.", false],
		["See ![[diagram.png]] for the control plane layout.", false],
	])("mostlyLinks(%j) = %j", (line, expected) => {
		const f = facts(EKS, "## Details", `- ${line}`);
		expect(f.items[0].mostlyLinks).toBe(expected);
	});

	test("a true-false statement is never made from a line of links, a normal line still gives one", () => {
		expect(all(facts(EKS, "## Details", LINKY, "## References", "- [[Amazon EKS User Guide]] and **eksctl** docs for [[Amazon EC2]]."), trueFalseQuestions)).toEqual([]);
		const normal = all(facts(EKS, "## Details", LINKY, "- Integrates with [[Amazon Elastic Container Registry (ECR)]] for images."), trueFalseQuestions);
		expect(normal.length).toBeGreaterThan(0);
		expect(new Set(normal.map((q) => q.source.line))).toEqual(new Set([3]));
	});

	test("a paragraph of links gives no true-false question, a Use Cases line of links no use-case one", () => {
		const f = facts(
			EKS,
			"## Overview",
			"See [[Amazon ECS]], [[AWS Fargate]] and [[Amazon ECR]].",
			"## Details",
			"- Worker nodes pull container images from [[Amazon ECR]] through a VPC endpoint.",
			"## Use Cases",
			"- [[Amazon EMR]] and [[AWS Batch]]",
			"- Migrating workloads from self-managed Kubernetes clusters.",
		);
		const tf = all(f, trueFalseQuestions);
		expect(tf.length).toBeGreaterThan(0);
		expect(tf.every((q) => q.source.line === 4)).toBe(true);
		expect(new Set(all(f, useCaseQuestions).map((q) => q.prompt))).toEqual(new Set(["Which service fits: migrating workloads from self-managed Kubernetes clusters?"]));
	});

	test("no fill-blank question blanks the label of a list of links", () => {
		const f = facts(EKS, "## Details", "- **Storage**: [[Amazon S3]], [[Amazon EBS]] and [[Amazon EFS]].", "- Clusters run **upstream Kubernetes** releases.");
		expect(all(f, fillBlankQuestions).map((q) => q.source.line)).toContain(3);
		expect(all(f, fillBlankQuestions).some((q) => q.source.line === 2)).toBe(false);
	});

	test("no select-all question asks what a service is used \"for see\"; a real role still gives one", () => {
		expect(all(facts(EKS, "## Details", LINKY), selectAllQuestions)).toEqual([]);
		const qs = all(facts(EKS, "## Details", LINKY, "- Logging with [[Amazon CloudWatch]] and [[AWS X-Ray]]."), selectAllQuestions);
		expect(new Set(qs.map((q) => q.prompt))).toEqual(new Set(["Which services does Amazon EKS use for logging? Select all that apply."]));
	});

	test("no linked-service question from a bare \"Related: [[...]]\" line", () => {
		const f = facts(EKS, "## Details", "- Related: [[Amazon Elastic Container Registry (ECR)]]", "- Integrates with [[AWS Secrets Manager]] for database credentials.");
		expect(new Set(all(f, linkedServiceQuestions).map((q) => q.prompt))).toEqual(new Set(["Which service does Amazon EKS use for database credentials?"]));
	});
});
