/**
 * Faults of blind read 24 (Cornell notes: cues, notes and a summary, as tables, sections or
 * callouts), each as a case written for these tests.
 */
import { describe, expect, test } from "vitest";
import { CONTRAST } from "../../../src/core/quiz/generators/linkedService";
import { generateQuiz } from "../../../src/core/quiz/generateQuiz";
import { context, note, quizQuestions, SEEDS, withMore } from "./helpers";

describe("blind read 24: lines that link several services", () => {
	test("'Also not the same as [[MSK]] or [[EventBridge]]' sets them apart; 'Works with [[ECS]] and [[EKS]]' gives no role", () => {
		expect(CONTRAST.test("Also not the same as Amazon MSK or Amazon EventBridge")).toBe(true);
		expect(CONTRAST.test("different from Amazon SQS")).toBe(true);
		const lines = [
			"## Notes",
			"- **Amazon MQ** is a managed broker for ActiveMQ and RabbitMQ",
			"- Works with [[Amazon ECS]] (as a launch type) and [[Amazon EKS]] (through Fargate profiles)",
			"- Also not the same as [[Amazon MSK]] (Kafka streaming) or [[Amazon EventBridge]] (event bus, routing rules)",
			"- Organization trail in [[AWS CloudTrail]], [[AWS Config]] aggregators, [[AWS IAM Identity Center]] for SSO to all accounts, [[AWS RAM]] to share subnets",
			"- Storage via [[Amazon EBS]], [[Amazon EFS]] and [[Amazon S3]]",
			// Enough to ask for a quiz at all: "Works with [[ECS]] (...) and [[EKS]] (...)" is one of a list, never made false (blind read 151).
			"- An **active/standby** broker pair spans two Availability Zones and fails over automatically",
			"- Speaks the open protocols apps already use: **AMQP**, **MQTT**, **OpenWire** and **STOMP**",
		];
		const qs = quizQuestions("Amazon MQ", lines, "select-all");
		expect(qs.filter((q) => /use for (?:works|also|organization trail)/i.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
		// A plain list with one role still asks.
		expect(qs.some((q) => /use for storage/.test(q.prompt))).toBe(true);
	});

	test("'Why FSx when [[Amazon EFS]] exists?' asks; no blank is made of it", () => {
		const lines = ["## Cues", "- Why FSx when [[Amazon EFS]] exists?", "- What does [[AWS DataSync]] move?", "## Notes", "- **FSx for Lustre** is the HPC file system, linked to S3", "- **FSx for Windows File Server** speaks SMB and joins Active Directory"];
		expect(quizQuestions("Amazon FSx", lines, "linked-service").filter((q) => /exists|move/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
	});
});

describe("blind read 24: a part of the note's service, named in front", () => {
	test("'Scenario (Amazon FSx): ...' stands 'FSx for Lustre' against another FSx (the catalog's, when the note names none)", () => {
		// The note names no other FSx: the catalog's are the rivals.
		const lines = [
			"## Notes",
			"- Managed third-party file systems, each for its own kind of workload",
			"- Backups go to S3, and every file system can span two AZs",
			"## Exam cues",
			'- "HPC, highest performance, process data stored in S3" → FSx for Lustre',
		];
		const asked = SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context("Amazon FSx"), { seed, kinds: ["scenario"], minimum: 1 })).questions).filter((q) => /^Scenario \(Amazon FSx\)/.test(q.prompt));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.choices.filter((c) => /FSx/.test(c)).length, `${q.prompt} ${q.choices.join(" / ")}`).toBeGreaterThan(1);
	});
});

describe("blind reads 22-24: 'Which of these ...?' over sub-headings", () => {
	const asked = (title: string, lines: string[]) =>
		SEEDS.flatMap((seed) => withMore(generateQuiz(note(...lines), context(title), { seed, kinds: ["comparison"], minimum: 1 })).questions).filter((q) => /^Which of these /.test(q.prompt));

	test("the parts of a lecture ('DNS refresher', 'Keeping the repo tidy', 'Stage 1 — Ingest') are no things side by side", () => {
		const lecture = [
			"## DNS refresher",
			"- resolves names to addresses through a chain of servers",
			"## Routing policies",
			"- decide which record answers a query",
			"## Health checks",
			"- must allow health checker IP ranges in the security group",
		];
		expect(asked("Route 53 lecture", lecture).map((q) => q.prompt)).toEqual([]);
		const repo = ["## Pull-through cache", "- avoids Docker Hub rate limits for public images", "## Keeping the repo tidy", "- expires old images by a lifecycle policy", "## Cross-Region copies", "- replicates images to other Regions automatically"];
		expect(asked("Amazon ECR", repo).map((q) => q.prompt)).toEqual([]);
		const plain = ["## FIFO", "- keeps the order of messages in a group", "## Standard queue", "- delivers each message at least once", "## Visibility timeout", "- hides a received message from other consumers"];
		expect(asked("Amazon SQS", plain).map((q) => q.prompt)).toEqual([]);
	});

	test("things side by side still ask: Organizations' parts, one kind of gateway", () => {
		const orgs = [
			"### Management account",
			"- pays the charges of all accounts through consolidated billing",
			"### Organizational units (OUs)",
			"- can be nested up to five levels deep under the root",
			"### Service control policies (SCPs)",
			"- limit the permissions that accounts in an OU can use",
		];
		expect(asked("AWS Organizations", orgs).length).toBeGreaterThan(0);
	});

	test("a line that opens with an acronym or a noun ('NFS + SMB ...', 'millions of requests') is no verb phrase", () => {
		const fsx = [
			"## FSx for Lustre",
			"- integrates with an S3 bucket for HPC and machine learning jobs",
			"## FSx for NetApp ONTAP",
			"- NFS + SMB + iSCSI on the same data, lift and shift of a NAS",
			"## FSx for Windows File Server",
			"- millions of files over SMB, joined to Active Directory",
			"## FSx for OpenZFS",
			"- replaces an on-premises ZFS server with snapshots and clones",
		];
		const prompts = asked("Amazon FSx", fsx).map((q) => q.prompt);
		expect(prompts.filter((p) => /NFS|millions/.test(p))).toEqual([]);
		expect(prompts.some((p) => /integrates with an S3 bucket/.test(p))).toBe(true);
	});
});
