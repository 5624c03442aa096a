/**
 * Tables in notes (cheat-sheet style): reading them, telling their shapes apart, and the questions
 * they give.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cellText, shapeOf, splitRow, tableForm, tablePeers, tablesOf, MAX_TABLE_ROWS } from "../../../src/core/quiz/tables";
import { checkFairness } from "../../../src/core/quiz/fairness";
import { note, quizQuestions } from "./helpers";

const EBS = [
	"# EBS",
	"Block storage for EC2 instances, in one Availability Zone.",
	"## Volume types",
	"| Volume | Media | Max IOPS | Use case |",
	"|---|---|---|---|",
	"| **gp3** | SSD | 16,000 | Default for most workloads and boot volumes |",
	"| gp2 | SSD | 16,000 | Older general purpose, IOPS tied to size |",
	"| io2 Block Express | SSD | 256,000 | Sub-millisecond latency for big databases |",
	"| st1 | HDD | 500 | Big sequential throughput for logs and ETL |",
	"| sc1 | HDD | 250 | Cold data read rarely, at the lowest price |",
	"",
	"## Snapshot vs volume",
	"| | Snapshot | Volume |",
	"|---|---|---|",
	"| Stored in | S3 (managed by AWS) | One AZ |",
	"| Incremental | ✅ | ❌ |",
	"| Works across Regions | ✅ | ✅ |",
	"| Can be copied | — | ❌ |",
	"",
	"## Limits",
	"| Limit | Value |",
	"|---|---|",
	"| Max gp3 size | 16 TiB |",
	"| Max io2 Block Express size | 64 TiB |",
	"",
	"## Exam cues",
	"| If the question says... | Pick |",
	"|---|---|",
	"| Highest IOPS for a critical database | io2 Block Express |",
	"| Cheapest HDD for rarely read data | sc1 |",
	"| Shared file system for many Linux instances | [[Amazon EFS]] (not EBS) |",
	"",
	"I always mix up st1 and sc1 in practice tests.",
	"",
	"```",
	"| Not | A | Table |",
	"|---|---|---|",
	"| a | b | c |",
	"```",
];

describe("reading tables", () => {
	test("cells split at unescaped pipes; breaks, ticks and dashes read as text", () => {
		expect(splitRow("| [[Amazon SQS\\|SQS]] | 14 days |")).toEqual([" [[Amazon SQS\\|SQS]] ", " 14 days "]);
		expect(splitRow("a | b")).toEqual(["a ", " b"]);
		expect(cellText(" [[Amazon SQS\\|SQS]] FIFO ")).toBe("SQS FIFO");
		expect(cellText("✅")).toBe("Yes");
		expect(cellText("❌ use a snapshot")).toBe("No use a snapshot");
		expect(cellText(" — ")).toBe("");
		expect(cellText("ELB, CloudFront,<br>S3 website")).toBe("ELB, CloudFront, S3 website");
		expect(cellText("up to 12 h<br>standard")).toBe("up to 12 h; standard");
	});

	test("tables outside code, under their heading, with their shape", () => {
		const tables = tablesOf(note(...EBS));
		expect(tables.map((t) => [t.line, t.heading, shapeOf(t)])).toEqual([
			[4, "Volume types", "things"],
			[13, "Snapshot vs volume", "versus"],
			[21, "Limits", "things"],
			[27, "Exam cues", "cues"],
		]);
		expect(tables[0].rows[2]).toEqual({ line: 8, cells: ["io2 Block Express", "SSD", "256,000", "Sub-millisecond latency for big databases"] });
		expect(tablePeers(note(...EBS), "gp3")).toEqual(["gp2", "io2 Block Express", "st1", "sc1"]);
		expect(tableForm(note(...EBS), "Snapshot")).toBe("Snapshot");
		expect(tableForm(note(...EBS), "sc1 volume")).toBe("sc1");
		expect(tableForm(note(...EBS), "Glacier")).toBeNull();
	});

	test("a huge table is read up to the row budget", () => {
		const rows = Array.from({ length: MAX_TABLE_ROWS * 3 }, (_, i) => `| name${i} | ${i} |`);
		const tables = tablesOf(note("| Name | Value |", "|---|---|", ...rows));
		expect(tables[0].rows.length).toBe(MAX_TABLE_ROWS);
	});

	test("property: reading any text as tables never throws and every row has its header's line below it", () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.constantFrom("| a | b |", "|---|---|", "| x |", "", "```", "# H", "|", "||", "|-|"), fc.string()), { maxLength: 30 }), (lines) => {
				for (const t of tablesOf(note(...lines))) {
					expect(t.header.length).toBeGreaterThanOrEqual(2);
					for (const r of t.rows) expect(r.line).toBeGreaterThan(t.line + 1);
				}
			}),
		);
	});
});

describe("questions from tables", () => {
	const all = quizQuestions("EBS", EBS);

	test("a value found in one row asks which row has it, against the other rows", () => {
		const iops = all.find((q) => q.kind === "comparison" && q.prompt === "EBS — Volume types: which volume has a max IOPS of 256,000?");
		expect(iops?.answers).toEqual(["io2 Block Express"]);
		expect(iops?.choices.every((c) => ["gp3", "gp2", "io2 Block Express", "st1", "sc1"].includes(c))).toBe(true);
		// 16,000 is gp3's and gp2's: two right answers, never asked.
		expect(all.some((q) => q.prompt.includes("16,000"))).toBe(false);
		// The use-case column gives scenarios.
		const cold = all.find((q) => q.kind === "scenario" && q.prompt.startsWith("Scenario (EBS — Volume types): cold data read rarely"));
		expect(cold?.answers).toEqual(["sc1"]);
	});

	test("a comparison asks which side a value belongs to, naming both", () => {
		const stored = all.find((q) => q.prompt.startsWith("EBS — Stored in: One AZ."));
		expect(stored?.answers).toEqual(["Volume"]);
		expect(stored?.prompt).toMatch(/Which is it, (?:Snapshot or Volume|Volume or Snapshot)\?$/);
		expect(all.find((q) => q.prompt.startsWith("EBS: which offers incremental"))?.answers).toEqual(["Snapshot"]);
		// Both "Yes", or a "—" beside a "No": nothing to tell apart.
		expect(all.some((q) => /across Regions|be copied/i.test(q.prompt))).toBe(false);
	});

	test("a limits table asks the value, typed; a cue table gives scenarios with the table's rows as wrong choices", () => {
		expect(all.find((q) => q.prompt === "EBS — Limits: Max gp3 size: ____")?.answers).toEqual(["16 TiB"]);
		const cue = all.find((q) => q.kind === "scenario" && q.prompt.startsWith("Scenario: highest IOPS for a critical database."));
		expect(cue?.answers).toEqual(["io2 Block Express"]);
		expect(cue?.choices.length).toBe(4);
		// The service the cue rules out ("not EBS") is a wrong choice, written like the key ("Amazon EFS").
		expect(all.some((q) => q.kind === "scenario" && q.answers[0] === "Amazon EFS" && q.choices.includes("Amazon EBS"))).toBe(true);
	});

	test("every table question is fair; none comes from code, commentary or a header row", () => {
		expect(all.length).toBeGreaterThan(10);
		for (const q of all) {
			expect(checkFairness(q), q.prompt).toEqual([]);
			expect(q.prompt).not.toMatch(/Not \| A|mix up/);
			expect([4, 13, 21, 27]).not.toContain(q.source.line);
		}
	});

	test("after a first look at round 13: attribute columns, one-word column names, feature tables, yes/no tables, cue words inside a word", () => {
		const lines = [
			"# SQS",
			"Fully managed message queue for decoupling producers and consumers.",
			"## Numbers",
			"| Setting | Default | Range |",
			"|---|---|---|",
			"| Message retention | 4 days | 1 min – 14 days |",
			"| Visibility timeout | 30 s | 0 s – 12 h |",
			"## Monitoring",
			"| Type | Interval | Notes |",
			"|---|---|---|",
			"| Basic | 5 min | free, on by default for every instance |",
			"| Detailed | 1 min | paid, turned on per instance |",
			"| High resolution | 1 s | custom metrics only, billed per metric |",
			"## Extras",
			"| Feature | Details |",
			"|---|---|",
			"| Audit | CloudTrail |",
			"| Pricing | Per million requests |",
			"| Encryption | SSE-SQS or SSE-KMS |",
			"## Dead-letter queues",
			"How they work:",
			"1. Messages that fail too often move to the DLQ",
			"2. The redrive policy sets the maximum receives",
			"| DLQ fact | Yes / No |",
			"|---|---|",
			"| Must be the same type as the source queue | ✅ |",
			"| Deletes failed messages at once | ❌ |",
			"## Exam cues",
			"| Scenario | Answer |",
			"|---|---|",
			"| Containers need exactly-once processing in order | [[SQS]] FIFO |",
		];
		const all = quizQuestions("SQS", lines);
		for (const q of all) {
			expect(q.prompt, "Default and Range are attributes, not things").not.toMatch(/Default or Range|Range or Default/);
			expect(q.prompt, "'Notes' is a column, not a verb").not.toMatch(/which type notes/);
			expect(q.prompt).not.toMatch(/which feature|a interval|ers need|How they work/);
		}
		expect(all.some((q) => q.prompt === "SQS — Monitoring: which type has an interval of 1 min?")).toBe(true);
		const dlq = all.filter((q) => q.kind === "true-false" && q.prompt.startsWith("True or false: SQS — Dead-letter queues: "));
		expect(dlq.find((q) => q.prompt.includes("same type"))?.answers).toEqual(["True"]);
		expect(dlq.find((q) => q.prompt.includes("Deletes failed"))?.answers).toEqual(["False"]);
	});

	test("an outline of named things with their own bullets works as a table", () => {
		const lines = [
			"# Route 53",
			"- Routing policies",
			"\t- Simple",
			"\t\t- one record that can hold several values, the client picks one",
			"\t\t- no health checks",
			"\t- Weighted",
			"\t\t- sends a set share of the traffic to each record for canary tests",
			"\t\t- each record gets a relative weight",
			"\t\t- no health checks",
			"\t- Failover",
			"\t\t- active-passive, the primary needs a health check",
			"\t\t- fast",
			"\t- Geolocation",
			"\t\t- answers by the continent or country of the user",
		];
		const all = quizQuestions("Route 53", lines, "comparison");
		const weighted = all.find((q) => q.prompt === "Route 53 — Routing policies: which routing policy is this: sends a set share of the traffic to each record for canary tests?");
		expect(weighted?.answers).toEqual(["Weighted"]);
		expect(weighted?.choices.every((c) => ["Simple", "Weighted", "Failover", "Geolocation"].includes(c))).toBe(true);
		// Under two of them ("no health checks"), or too short to tell them apart ("fast"): not asked.
		expect(all.some((q) => /no health checks|: fast\?/.test(q.prompt))).toBe(false);
		// "relative weight" echoes Weighted.
		expect(all.some((q) => /relative weight/.test(q.prompt))).toBe(false);
	});
});
