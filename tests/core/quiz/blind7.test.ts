/**
 * Faults a blind reader found in round 7, each as a case: options asked with wrong choices of another
 * kind, services that would also fit offered as wrong, asides that give the answer away, and services
 * named in the stem offered as choices.
 */
import { describe, expect, test } from "vitest";
import { cueQuestions } from "../../../src/core/quiz/generators/scenario";
import { useCaseQuestions } from "../../../src/core/quiz/generators/whichService";
import { createRng } from "../../../src/core/quiz/random";
import { couldBothFit, styledLike } from "../../../src/core/quiz/services";
import { withoutAsides } from "../../../src/core/quiz/text";
import { facts } from "./helpers";

const BEANSTALK = [
	"# Elastic Beanstalk",
	"AWS Elastic Beanstalk deploys and scales web applications from uploaded code.",
	"## Environment tiers",
	"- **Web server tier**: serves HTTP requests behind a load balancer.",
	"- **Worker tier**: pulls jobs from an SQS queue.",
	"## Deployment policies",
	"- **All at once**: fastest, with downtime.",
	"- **Rolling**: batches, reduced capacity.",
	"- **Rolling with additional batch**: full capacity during the deployment.",
	"- **Immutable**: a new Auto Scaling group, quickest rollback.",
	"- **Traffic splitting**: canary testing with a share of real traffic.",
	"## Exam scenarios",
	"- Long-running background jobs such as video encoding → Worker tier",
	"- Test a new version on a small share of real users → Traffic splitting",
	"- No reduced capacity at the lowest cost → Rolling with additional batch",
	"- Run a Docker app without managing servers → Beanstalk (not Lambda, not raw CloudFormation)",
];

describe("options are asked against options of their own list", () => {
	const qs = cueQuestions(facts("AWS Elastic Beanstalk", ...BEANSTALK), createRng(3));
	const policies = ["All at once", "Rolling", "Rolling with additional batch", "Immutable", "Traffic splitting"];

	test("a deployment policy gets only deployment policies as wrong choices", () => {
		for (const key of ["Traffic splitting", "Rolling with additional batch"]) {
			const q = qs.find((x) => x.answers[0] === key);
			expect(q, key).toBeDefined();
			expect(q?.choices.length).toBe(4);
			for (const c of q?.choices ?? []) expect(policies, `${key}: ${c}`).toContain(c);
		}
	});

	test("an option whose list has one other member is not asked (no policy or service pads it)", () => {
		expect(qs.find((x) => x.answers[0] === "Worker tier")).toBeUndefined();
	});

	test("no choice is a broken fragment, and no service stands among options", () => {
		for (const q of qs) for (const c of q.choices) expect(c).not.toMatch(/\(/);
		// Lambda runs uploaded code without servers too (blind read 9): never a wrong choice for Beanstalk.
		const service = qs.find((x) => x.answers[0] === "Beanstalk");
		expect(service?.choices.length).toBe(4);
		expect(service?.choices).not.toContain("Lambda");
		for (const q of qs.filter((x) => x !== service)) for (const c of q.choices) expect(c).not.toMatch(/Lambda|CloudFormation|Beanstalk/);
	});
});

describe("services that could both fit are never key and wrong choice", () => {
	test("the overlap table", () => {
		expect(couldBothFit("Amazon ElastiCache", "Amazon MemoryDB")).toBe(true);
		expect(couldBothFit("Kinesis Data Streams", "Amazon MSK")).toBe(true);
		expect(couldBothFit("EFS", "FSx for OpenZFS")).toBe(true);
		expect(couldBothFit("AWS Secrets Manager", "SSM Parameter Store")).toBe(true);
		expect(couldBothFit("Amazon EKS", "Amazon Elastic Kubernetes Service (EKS)")).toBe(true);
		expect(couldBothFit("Amazon ElastiCache", "Amazon DynamoDB")).toBe(false);
		expect(couldBothFit("Amazon ECS", "Amazon EKS")).toBe(false);
	});

	test("use cases of ElastiCache never offer MemoryDB; those of Kinesis Data Streams never offer MSK", () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const cache = useCaseQuestions(facts("Amazon ElastiCache", "# ElastiCache", "## Use Cases", "- Rate limiting and counters with atomic increments.", "- Session stores for web applications."), createRng(seed));
			expect(cache.length).toBeGreaterThan(0);
			for (const q of cache) expect(q.choices.some((c) => /MemoryDB/.test(c)), q.choices.join(", ")).toBe(false);
			const kds = useCaseQuestions(facts("Amazon Kinesis Data Streams", "# Kinesis Data Streams", "## Use Cases", "- IoT telemetry where ordering per device matters."), createRng(seed));
			for (const q of kds) expect(q.choices.some((c) => /Kafka|MSK/.test(c)), q.choices.join(", ")).toBe(false);
		}
	});
});

describe("stems", () => {
	test("asides are left out of scenarios: they name the answer's own terms", () => {
		expect(withoutAsides("mobile uploads with temporary credentials (identity pool)")).toBe("mobile uploads with temporary credentials");
		expect(withoutAsides("users (old (nested) DB) migrate , quietly")).toBe("users migrate, quietly");
		const qs = useCaseQuestions(facts("Amazon Cognito", "# Cognito", "## Use Cases", "- Migrating users from an old database without password resets (Migrate user trigger)."), createRng(1));
		expect(qs.map((q) => q.prompt)).toEqual(["Which service fits: migrating users from an old database without password resets?"]);
	});

	test("a service the stem names is never a choice, by any of its names", () => {
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const qs = useCaseQuestions(facts("AWS Organizations", "# Organizations", "## Use Cases", "- Organization trail in CloudTrail and a Config aggregator for every account."), createRng(seed));
			for (const q of qs) expect(q.choices.some((c) => /CloudTrail|Config\b/.test(c)), q.choices.join(", ")).toBe(false);
		}
	});

	test("wrong services are written the way the key is", () => {
		expect(styledLike("Macie", ["Amazon GuardDuty", "AWS Security Hub"])).toEqual(["GuardDuty", "Security Hub"]);
		expect(styledLike("ECS", ["Amazon Elastic Kubernetes Service (EKS)", "AWS Lambda"])).toEqual(["EKS", "Lambda"]);
		expect(styledLike("Amazon Macie", ["Amazon GuardDuty"])).toEqual(["Amazon GuardDuty"]);
		expect(styledLike("Macie", ["Not In The Catalog"])).toEqual(["Not In The Catalog"]);
	});
});

describe("true/false states a claim, and a false one swaps like for like", () => {
	test("bare lists, advice and lines to the reader are no claims", async () => {
		const { claimsSomething } = await import("../../../src/core/quiz/prose");
		expect(claimsSomething("AWS Backup: RDS, AWS Organizations, DynamoDB, DocumentDB, Neptune, Redshift (provisioned).")).toBe(false);
		expect(claimsSomething("Athena: Views, saved queries, prepared statements (parameterised queries).")).toBe(false);
		expect(claimsSomething("You create either a node-based cluster or a serverless cache.")).toBe(false);
		expect(claimsSomething("Secrets Manager: Don't confuse with AWS KMS (keys, not secrets).")).toBe(false);
		expect(claimsSomething("Deletion: scheduled with a recovery window of 7–30 days.")).toBe(true);
		expect(claimsSomething("Encryption: server-side encryption with KMS at rest, TLS in transit.")).toBe(true);
		expect(claimsSomething("Standard queues deliver each message at least once.")).toBe(true);
		// Rules for the reader ("Never paste ...", "Always enable ...") against facts that open the same way.
		expect(claimsSomething("AWS KMS: Never paste a plaintext data key into your own notes or code.")).toBe(false);
		expect(claimsSomething("Always enable MFA on the root user of every account.")).toBe(false);
		expect(claimsSomething("Do not store secrets in Lambda environment variables in plain text.")).toBe(false);
		expect(claimsSomething("Imported key material never expires unless you set an expiry date.")).toBe(true);
		expect(claimsSomething("Never expires: a customer managed key stays until you schedule its deletion.")).toBe(true);
		expect(claimsSomething("Always encrypted at rest with an AWS owned key, at no extra charge.")).toBe(true);
	});

	test("numbers with thousands separators are not split into comparison sides", async () => {
		const { parseEqualsPairs } = await import("../../../src/core/quiz/generators/comparison");
		expect(parseEqualsPairs("Standard → about $0.025 per 1,000 state transitions (4,000 free per month). Express → per million requests")).toEqual([]);
		expect(parseEqualsPairs("Standard = at-least-once, FIFO = exactly-once").map((p) => p.name)).toEqual(["Standard", "FIFO"]);
	});

	test("a term that opens no list and names no service is never swapped", async () => {
		const { trueFalseQuestions } = await import("../../../src/core/quiz/generators/trueFalse");
		const lines = [
			"# Step Functions",
			"## Details",
			"- IAM: the state machine has an **execution role** that must allow every service it calls.",
			"- Map: loop over an array; **Distributed Map** handles huge datasets in S3.",
			"- Definitions are written in **Amazon States Language** or with **Workflow Studio**.",
		];
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const qs = trueFalseQuestions(facts("AWS Step Functions", ...lines), createRng(seed));
			expect(qs.filter((q) => q.answers[0] === "False").map((q) => q.prompt)).toEqual([]);
		}
	});
});

describe("typed blanks", () => {
	test("only short names, figures and terms are typed; phrases, asides and lone lower-case words are not", async () => {
		const { typeable } = await import("../../../src/core/quiz/generators/fillBlank");
		for (const ok of ["root user", "Dead-letter queue", "14 days", "JSONata", "cost allocation tags"]) expect(typeable(ok), ok).toBe(true);
		for (const no of ["EBS snapshots and EBS-backed AMIs", "grace time (at least 72 hours)", "expire", "invalid", "Reserved Instance and Savings Plans discounts are shared"]) expect(typeable(no), no).toBe(false);
	});
});

describe("lines that set services apart", () => {
	test("give no linked-service or select-all question: the linked service is what the note's is not", async () => {
		const { linkedServiceQuestions } = await import("../../../src/core/quiz/generators/linkedService");
		const { selectAllQuestions } = await import("../../../src/core/quiz/generators/selectAll");
		const lines = [
			"# Secrets Manager",
			"## Details",
			"- Secrets Manager vs [[AWS Systems Manager Parameter Store]]: classic comparison on the exam.",
			"- Don't confuse with [[AWS Key Management Service (KMS)]] or [[AWS Certificate Manager]].",
			"- Rotation runs a function in [[AWS Lambda]] on a schedule.",
		];
		const f = facts("AWS Secrets Manager", ...lines);
		const linked = linkedServiceQuestions(f, createRng(1));
		expect(linked.map((q) => q.source.line)).toEqual([5]);
		expect(selectAllQuestions(f, createRng(1)).filter((q) => q.source.line === 4)).toEqual([]);
	});
});

describe("the note's subject as its reader knows it", () => {
	test("a title without vendor or abbreviation is not shortened to the catalog's abbreviation", async () => {
		const { serviceNames } = await import("../../../src/core/quiz/names");
		expect(serviceNames("Step Functions", []).short).toBe("Step Functions");
		expect(serviceNames("Global Accelerator", []).short).toBe("Global Accelerator");
		expect(serviceNames("SQS (Simple Queue Service)", []).short).toBe("SQS");
		expect(serviceNames("Amazon Elastic Kubernetes Service (EKS)", []).short).toBe("Amazon EKS");
	});

	test("an exam cue whose answer is an option of a service (SCP) is not asked among services", () => {
		const qs = cueQuestions(
			facts(
				"AWS Organizations",
				"# Organizations",
				"## Policies",
				"- **SCP**: the maximum permissions of member accounts.",
				"- **Tag policies**: standard tags across accounts.",
				"- **Backup policies**: AWS Backup plans for every account.",
				"- **AI services opt-out policies**: keep content out of model training.",
				"## Exam",
				"- Restrict what even the root user of member accounts can do → SCP",
				"- Decouple order processing → SQS",
			),
			createRng(1),
		);
		const scp = qs.find((q) => q.answers[0] === "SCP");
		expect(scp?.prompt).toMatch(/option fits/);
		for (const c of scp?.choices ?? []) expect(["SCP", "Tag policies", "Backup policies", "AI services opt-out policies"]).toContain(c);
	});
});

describe("labels and run-on sides", () => {
	test("a category label (Security, Pricing) is never swapped in or out of a true/false statement", async () => {
		const { trueFalseQuestions } = await import("../../../src/core/quiz/generators/trueFalse");
		const lines = [
			"# EFS",
			"## Details",
			"- **Security**: encryption at rest with KMS, chosen at creation, and TLS in transit.",
			"- **Backups**: AWS Backup takes daily backups by default for new file systems.",
			"- **Replication**: copies the file system to another Region with an RPO of minutes.",
			"- **Pricing**: you pay for the storage used each month.",
		];
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
			for (const q of trueFalseQuestions(facts("Amazon EFS", ...lines), createRng(seed))) {
				if (q.answers[0] === "False") expect(q.prompt).not.toMatch(/Security|Pricing/);
				expect(q.source.line === 3 || q.source.line === 6 ? q.answers[0] : "True").toBe("True");
			}
		}
	});

	test("a comparison side that runs into a second sentence is not asked", async () => {
		const { comparisonQuestions } = await import("../../../src/core/quiz/generators/comparison");
		const qs = comparisonQuestions(
			facts("AWS Step Functions", "# Step Functions", "## Exam Tips", "- Step Functions = coordinates steps with state. EventBridge Pipes can start an execution, SQS = buffers messages between producers"),
			createRng(1),
		);
		for (const q of qs) expect(q.prompt).not.toMatch(/\.\s+\S.*\?$/);
	});
});
