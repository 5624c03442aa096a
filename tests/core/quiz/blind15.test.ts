/**
 * Faults found in round 15 (mind-map outlines: deep nesting, abbreviations, arrows), each as a case
 * written for these tests.
 */
import { describe, expect, test } from "vitest";
import { comparisonQuestions } from "../../../src/core/quiz/generators/comparison";
import { fillBlankQuestions } from "../../../src/core/quiz/generators/fillBlank";
import { allQuestions } from "../../../src/core/quiz/generateQuiz";
import { selectAllQuestions, termOf } from "../../../src/core/quiz/generators/selectAll";
import { createRng } from "../../../src/core/quiz/random";
import { withContext } from "../../../src/core/quiz/headings";
import { stemProblem } from "../../../src/core/quiz/stems";
import { facts, quizQuestions, SEEDS } from "./helpers";

describe("round 15", () => {
	test("a bullet that only names a thing is the subject of the bullets below it, however deep", () => {
		const f = facts(
			"S3 Glacier",
			"# Glacier",
			"- Classes",
			"  - **Glacier Flexible Retrieval** (was plain Glacier)",
			"    - retrieval tiers",
			"      - Bulk → 5–12 hrs",
			"  - **Glacier Deep Archive**",
			"    - retrieval",
			"      - Bulk → within 48 hrs",
			"- Pricing",
			"  - pay per GB stored",
		);
		expect(f.subjectAt(5)).toBe("Glacier Flexible Retrieval");
		expect(f.subjectAt(8)).toBe("Glacier Deep Archive");
		// A topic bullet ("Pricing", "retrieval") names nothing.
		expect(f.subjectAt(10)).toBe(null);
		const all = quizQuestions("S3 Glacier", [
			"# Glacier",
			"- Classes",
			"  - **Glacier Flexible Retrieval** (was plain Glacier)",
			"    - min **90 days** storage",
			"    - retrieval tiers",
			"      - Bulk → **5–12 hrs**",
			"      - Standard → **3–5 hrs**",
			"  - **Glacier Deep Archive**",
			"    - min **180 days** storage",
			"    - retrieval",
			"      - Bulk → within **48 hrs**",
			"      - Standard → within **12 hrs**",
		]);
		const bulk = all.filter((q) => /Bulk/.test(q.prompt));
		expect(bulk.length).toBeGreaterThan(0);
		for (const q of bulk) expect(q.prompt).toMatch(/Glacier (?:Flexible Retrieval|Deep Archive)/);
	});

	test("a topic label keeps its service in front", () => {
		const all = quizQuestions("Step Functions", [
			"# Step Functions",
			"- Data flow",
			"  - payload max **256 KB** → big stuff in S3, pass the key",
			"  - results filtered with **ResultSelector** before the next state",
			"- Workflow types",
			"  - **Standard** workflows run for up to one year with exactly-once execution",
			"  - **Express** workflows run for up to five minutes with at-least-once execution",
			"- Error handling",
			"  - **Retry** fields back off and try a failed state again",
			"  - **Catch** fields send a failed state to a fallback state",
			"- Integrations",
			"  - Step Functions calls [[Lambda]] functions as task states",
			"  - Step Functions starts [[AWS Glue]] jobs and waits for them to finish",
		]);
		const blanks = all.filter((q) => /payload max/.test(q.prompt));
		expect(blanks.length).toBeGreaterThan(0);
		for (const q of blanks) expect(q.prompt).toMatch(/^Step Functions/);
	});

	test("mind-map shorthand and talk of old exam questions are no stems", () => {
		expect(stemProblem("↓ read load on RDS / DynamoDB, sub-ms reads")).toBe("mind-map shorthand");
		expect(stemProblem("must be public… except VPC origins")).toBe("mind-map shorthand");
		expect(stemProblem("AWS stopped selling it to new customers – may still appear in old Qs")).not.toBe(null);
		expect(stemProblem("+40 KB metadata per object: 32 KB at the Glacier price")).toBe("mind-map shorthand");
		expect(stemProblem("Objects are stored in buckets")).toBe(null);
	});

	test("a scenario needs a service key, a situation that stands alone, and no echo of an option's own word", () => {
		const all = quizQuestions("Storage Gateway", [
			"# Storage Gateway",
			"- Pick which",
			'  - "NFS or SMB shares backed by objects" → S3 File Gateway',
			'  - "iSCSI block storage, whole dataset kept local" → Volume Gateway',
			'  - "backup software writes to tape" → Tape Gateway',
			"- Types",
			"  - S3 File Gateway",
			"  - Volume Gateway",
			"  - Tape Gateway",
			"- Volume Gateway",
			"  - **Cached volumes** keep the primary data in S3 and recent data on site",
			"  - **Stored volumes** keep the whole dataset on site and back it up to S3",
			"  - Point-in-time backups are stored as **EBS snapshots**",
			"- Tape Gateway",
			"  - Virtual tapes are archived to [[S3 Glacier Deep Archive]] for long retention",
			"  - Works with existing backup software through an **iSCSI VTL** interface",
			"- Origins",
			"  - custom origins must be public except VPC origins → private ALB/NLB/EC2",
			"  - flood attacks are not its job → [[Shield]]",
		]);
		for (const q of all) {
			expect(q.prompt).not.toMatch(/uses? tape|writes to tape/);
			expect(q.answers).not.toContain("private ALB/NLB/EC2");
			expect(q.prompt).not.toMatch(/not its job/);
		}
		// The other cues still ask.
		expect(all.some((q) => q.kind === "scenario" && q.answers[0] === "Volume Gateway")).toBe(true);
	});

	test("no blank inside a word, no service blank in a list, none over half a name, none over a negated cue", () => {
		const f = facts(
			"Lambda",
			"# Lambda",
			"- Pricing",
			"  - free tier → 1M requests + 400,000 GB-s / month",
			"  - memory → 128 MB – 10,240 MB",
			"  - /tmp → 512 MB default, up to 10 GB",
			"  - package → 250 MB unzipped incl. layers",
			"  - compute is billed in **GB**-seconds",
			"  - billed per request and per **GB-second** of compute",
			"- Invocation",
			"  - Async callers → S3, [[SNS]], EventBridge",
			"  - archive old tapes to [[Glacier]] Flexible Retrieval for cheap storage",
			"- Config",
			"  - versioned yes, rotation no → [[Secrets Manager]]",
			"  - heavy orchestration with retries and branches → [[Step Functions]]",
			"- Choose Lambda over [[AWS Fargate]] if:",
			"  - runs finish within 15 minutes",
		);
		const all = SEEDS.flatMap((seed) => [...allQuestions(f, seed).values()].flat());
		for (const q of all) {
			expect(q.prompt).not.toMatch(/____-s/);
			expect(q.choices).not.toContain("400,000 GB");
			expect(q.prompt).not.toMatch(/S3, ____|____ Flexible Retrieval|rotation no → ____|over ____ if/);
		}
		// The lines that read well are still asked.
		expect(all.some((q) => q.answers[0] === "GB-second")).toBe(true);
		expect(all.some((q) => q.answers[0] === "Step Functions")).toBe(true);
	});

	test("a line that opens with another service is not said of the note's own", () => {
		const f = facts(
			"SNS",
			"# SNS",
			"- Compared",
			"  - SQS → a queue with one consumer group, messages kept up to **14 days**",
			"  - topics fan out each message to up to **12.5 million** subscriptions",
		);
		const all = SEEDS.flatMap((seed) => fillBlankQuestions(f, createRng(seed)));
		expect(all.some((q) => /^SQS → a queue/.test(q.prompt))).toBe(true);
		for (const q of all) expect(q.prompt).not.toMatch(/^SNS: SQS/);
		expect(all.some((q) => /^SNS: topics fan out/.test(q.prompt))).toBe(true);
	});

	test("no scenario from API names, no blank alone between commas, a list of places is no other service", () => {
		const f = facts(
			"Systems Manager",
			"# SSM",
			"- Parameter Store",
			"  - tiers",
			"    - Standard → free, 10,000 params, **4 KB** values",
			"    - Advanced → paid, 100,000 params, **8 KB**, param policies",
			"      - expiration, ExpirationNotification, NoChangeNotification → [[EventBridge]]",
			"  - database passwords that must rotate automatically → [[Secrets Manager]]",
		);
		const all = SEEDS.flatMap((seed) => [...allQuestions(f, seed).values()].flat());
		for (const q of all) {
			expect(q.prompt).not.toMatch(/ExpirationNotification/);
			expect(q.prompt).not.toMatch(/params, ____,/);
		}
		expect(all.some((q) => /____ values/.test(q.prompt))).toBe(true);
		expect(all.some((q) => q.kind === "scenario" && q.answers[0] === "Secrets Manager")).toBe(true);
		// "CloudFront, API GW etc → ..." opens with a list of places, not with the line's subject.
		const waf = facts("WAF", "# WAF", "- Body inspection", "  - CloudFront, API GW etc → 16 KB default, can raise to 64 KB");
		expect(withContext(waf, 4, "CloudFront, API GW etc → 16 KB default, can raise to ____")).toMatch(/^WAF/);
		expect(withContext(waf, 4, "SQS → a queue with one consumer group")).toBe("SQS → a queue with one consumer group");
	});

	test("options of the note's service compared side by side are asked within it; services stand alone", () => {
		const f = facts(
			"Amazon Route 53",
			"# Route 53",
			"## Details",
			"- **Latency = lowest round trip for the user**, **Geolocation = answers by the country the user is in**, **Weighted = splits traffic by percentage**.",
			"- **ECS = AWS-native container orchestration**, **EKS = managed Kubernetes control plane**.",
		);
		const all = SEEDS.flatMap((seed) => comparisonQuestions(f, createRng(seed)));
		const options = all.filter((q) => ["Latency", "Geolocation", "Weighted"].includes(q.answers[0]));
		const services = all.filter((q) => ["ECS", "EKS"].includes(q.answers[0]));
		expect(options.length).toBeGreaterThan(0);
		for (const q of options) expect(q.prompt).toMatch(/^Amazon Route 53: which one/);
		expect(services.length).toBeGreaterThan(0);
		for (const q of services) expect(q.prompt).toMatch(/^Which one/);
	});

	test("a list under a topic heading is asked with the topic leading, not as the topic's kinds", () => {
		const f = facts(
			"Amazon CloudFront",
			"# CloudFront",
			"## Edge compute",
			"- Function types",
			"  - CloudFront Functions - lightweight JavaScript for header rewrites",
			"  - Lambda@Edge - Node.js or Python, can change origin requests",
			"## Origins",
			"- Origin types",
			"  - S3 bucket - static files behind origin access control",
			"  - Custom origin - any HTTP server",
		);
		const all = SEEDS.flatMap((seed) => selectAllQuestions(f, createRng(seed)));
		const edge = all.filter((q) => q.answers.includes("Lambda@Edge"));
		expect(edge.length).toBeGreaterThan(0);
		for (const q of edge) expect(q.prompt).toBe("Amazon CloudFront — Edge compute: which of these are function types? Select all that apply.");
	});

	test("a list item's term stops at an arrow, and a comma list is no term", () => {
		const item = (plain: string) => facts("Glacier", "# Glacier", `- ${plain}`).items[0];
		expect(termOf(item("Expedited → 1–5 min"))).toBe("Expedited");
		expect(termOf(item("Pass, Succeed, Fail"))).toBe(null);
	});
});
