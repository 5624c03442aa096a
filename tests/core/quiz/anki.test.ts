import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ankiTag, questionsToAnkiTsv, type ExportItem } from "../../../src/core/quiz/anki";
import type { Question } from "../../../src/core/quiz/types";
import { sampleQuestion } from "./helpers";

const HEADER = "#separator:tab\n#html:true\n#columns:Front\tBack\tSource\tTags\n#tags column:4\n";

const question = sampleQuestion;

const EKS = "AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md";
const EKS_TAGS = "aws-notes-coach containers note::amazon-elastic-kubernetes-service-eks";

function item(q: Question, note = EKS, category: string | null = "Containers"): ExportItem {
	return { question: q, note, category };
}

/** The question lines of the export (without the header), split into fields. */
function rows(tsv: string): string[][] {
	return tsv
		.split("\n")
		.slice(4, -1)
		.map((l) => l.split("\t"));
}

describe("questionsToAnkiTsv", () => {
	test("empty input gives only the header lines", () => {
		expect(questionsToAnkiTsv([])).toBe(HEADER);
		expect(questionsToAnkiTsv([], { vault: "My Vault" })).toBe(HEADER);
	});

	test("single-choice question: lettered choices on the front, the lettered answer and the explanation on the back", () => {
		const q = question({
			prompt: "Which EKS upgrade strategy creates a new cluster?",
			choices: ["In-place", "Blue/green", "Cloning", "Rolling"],
			answers: ["Cloning"],
			explanation: "Line 12: Cloning creates a new cluster.",
			source: { line: 12, text: "Cloning creates a new cluster." },
		});
		expect(questionsToAnkiTsv([item(q)])).toBe(
			HEADER +
				"Which EKS upgrade strategy creates a new cluster?<br><br>a) In-place<br>b) Blue/green<br>c) Cloning<br>d) Rolling\t" +
				"c) Cloning<br><br>Line 12: Cloning creates a new cluster.\t" +
				"Amazon Elastic Kubernetes Service (EKS) (line 12)\t" +
				`${EKS_TAGS}\n`,
		);
	});

	test("select-all question: the hint after the prompt, every right answer with its letter", () => {
		const q = question({
			kind: "select-all",
			type: "term",
			prompt: "Which of these are EKS node types?",
			choices: ["Managed node groups", "Spot fleets", "Fargate", "Self-managed nodes"],
			answers: ["Managed node groups", "Fargate", "Self-managed nodes"],
			multi: true,
			explanation: "Line 20: node types.",
			source: { line: 20, text: "x" },
		});
		expect(questionsToAnkiTsv([item(q)])).toBe(
			HEADER +
				"Which of these are EKS node types? (Select all that apply.)<br><br>a) Managed node groups<br>b) Spot fleets<br>c) Fargate<br>d) Self-managed nodes\t" +
				"a) Managed node groups<br>c) Fargate<br>d) Self-managed nodes<br><br>Line 20: node types.\t" +
				"Amazon Elastic Kubernetes Service (EKS) (line 20)\t" +
				`${EKS_TAGS}\n`,
		);
	});

	test("select-all prompt that already asks to select all: the hint is not repeated", () => {
		const q = question({ prompt: "Integrates with: which of these services? Select all that apply.", multi: true, answers: ["Amazon SQS", "Amazon MQ"] });
		const [[front, back]] = rows(questionsToAnkiTsv([item(q)]));
		expect(front).toBe("Integrates with: which of these services? Select all that apply.<br><br>a) Amazon SNS<br>b) Amazon SQS<br>c) Amazon MQ");
		expect(back.split("<br><br>")[0]).toBe("b) Amazon SQS<br>c) Amazon MQ");
	});

	test("typed fill-blank without choices: only the prompt on the front, the bare answer on the back", () => {
		const q = question({
			kind: "fill-blank",
			type: "number",
			prompt: "The EKS control plane runs in at least ____ Availability Zones.",
			choices: [],
			answers: ["3"],
			typed: true,
			explanation: 'The missing term is "3".',
			source: { line: 5, text: "x" },
		});
		expect(questionsToAnkiTsv([item(q)])).toBe(
			HEADER +
				"The EKS control plane runs in at least ____ Availability Zones.\t" +
				"3<br><br>The missing term is &quot;3&quot;.\t" +
				"Amazon Elastic Kubernetes Service (EKS) (line 5)\t" +
				`${EKS_TAGS}\n`,
		);
	});

	test("typed fill-blank with choices: the choices are listed like any choice question", () => {
		const q = question({ kind: "fill-blank", typed: true, prompt: "Messages stay up to ____.", choices: ["4 days", "14 days"], answers: ["14 days"] });
		const [[front, back]] = rows(questionsToAnkiTsv([item(q)]));
		expect(front).toBe("Messages stay up to ____.<br><br>a) 4 days<br>b) 14 days");
		expect(back).toMatch(/^b\) 14 days<br><br>/);
	});

	test("true/false question: the prompt alone, the answer without a letter", () => {
		const q = question({
			kind: "true-false",
			type: "boolean",
			prompt: "True or false: Amazon EKS runs vanilla upstream Kubernetes.",
			choices: ["True", "False"],
			answers: ["True"],
			explanation: "Line 3: Runs vanilla upstream Kubernetes.",
			source: { line: 3, text: "Runs vanilla upstream Kubernetes." },
		});
		expect(questionsToAnkiTsv([item(q)])).toBe(
			HEADER +
				"True or false: Amazon EKS runs vanilla upstream Kubernetes.\t" +
				"True<br><br>Line 3: Runs vanilla upstream Kubernetes.\t" +
				"Amazon Elastic Kubernetes Service (EKS) (line 3)\t" +
				`${EKS_TAGS}\n`,
		);
	});

	test("an empty explanation adds no trailing breaks", () => {
		const [[, back]] = rows(questionsToAnkiTsv([item(question({ explanation: "  " }))]));
		expect(back).toBe("b) Amazon SQS");
	});

	test("HTML in prompts, choices, answers and explanations is escaped, not run", () => {
		const q = question({
			prompt: 'Which is safe: <script>alert("x")</script> & co?',
			choices: ["<b>bold</b>", "R&D", "a > b"],
			answers: ["R&D"],
			explanation: "<img src=x onerror=alert(1)> & more",
		});
		const [[front, back]] = rows(questionsToAnkiTsv([item(q)]));
		expect(front).toBe("Which is safe: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co?<br><br>a) &lt;b&gt;bold&lt;/b&gt;<br>b) R&amp;D<br>c) a &gt; b");
		expect(back).toBe("b) R&amp;D<br><br>&lt;img src=x onerror=alert(1)&gt; &amp; more");
		expect(front + back).not.toContain("<script");
		expect(front + back).not.toContain("<img");
	});

	test("tabs become spaces and line breaks become <br> in every field", () => {
		const q = question({
			prompt: "Line one\nline\ttwo\r\nthree\rfour",
			choices: ["x\ty", "p\nq"],
			answers: ["p\nq"],
			explanation: "because\tof\nthis",
		});
		const tsv = questionsToAnkiTsv([item(q, "AWS/Tab\tNote.md")]);
		expect(tsv.split("\n")).toHaveLength(4 + 1 + 1);
		const [[front, back, source, tags]] = rows(tsv);
		expect(front).toBe("Line one<br>line two<br>three<br>four<br><br>a) x y<br>b) p<br>q");
		expect(back).toBe("b) p<br>q<br><br>because of<br>this");
		expect(source).toBe("Tab Note (line 7)");
		expect(tags).toBe("aws-notes-coach containers note::tab-note");
	});

	test("a front starting with # is not read as a comment line by Anki", () => {
		const q = question({ prompt: "#1 choice for queues?", choices: [], typed: true, answers: ["Amazon SQS"] });
		const line = questionsToAnkiTsv([item(q)]).split("\n")[4];
		expect(line.startsWith("#")).toBe(false);
		expect(line.startsWith("&#35;1 choice for queues?\t")).toBe(true);
	});

	test("with a vault: the source is an obsidian://open link to the note, names URI-encoded", () => {
		const q = question({ source: { line: 42, text: "x" } });
		const [[, , source]] = rows(questionsToAnkiTsv([item(q, "AWS/Networking & Content Delivery/Amazon VPC.md", "Networking & Content Delivery")], { vault: "My AWS Vault" }));
		expect(source).toBe(
			'<a href="obsidian://open?vault=My%20AWS%20Vault&file=AWS%2FNetworking%20%26%20Content%20Delivery%2FAmazon%20VPC">Amazon VPC</a> (line 42)',
		);
	});

	test("the link text is escaped; an empty vault name gives no link", () => {
		const q = question({});
		const [[, , linked]] = rows(questionsToAnkiTsv([item(q, "Notes/A <b> & B.md")], { vault: "V" }));
		expect(linked).toBe('<a href="obsidian://open?vault=V&file=Notes%2FA%20%3Cb%3E%20%26%20B">A &lt;b&gt; &amp; B</a> (line 7)');
		const [[, , plain]] = rows(questionsToAnkiTsv([item(q, "Notes/A <b> & B.md")], { vault: "" }));
		expect(plain).toBe("A &lt;b&gt; &amp; B (line 7)");
	});

	test("tags: the export tag, the category and the note; no category tag for a null category", () => {
		const withCategory = rows(questionsToAnkiTsv([item(question({}), "AWS/Amazon VPC.md", "Networking & Content Delivery")]))[0][3];
		expect(withCategory).toBe("aws-notes-coach networking-content-delivery note::amazon-vpc");
		const without = rows(questionsToAnkiTsv([item(question({}), "AWS/Amazon VPC.md", null)]))[0][3];
		expect(without).toBe("aws-notes-coach note::amazon-vpc");
	});

	test("one line per item, in order", () => {
		const tsv = questionsToAnkiTsv([item(question({ prompt: "First?" })), item(question({ prompt: "Second?" }))]);
		expect(tsv.endsWith("\n")).toBe(true);
		expect(rows(tsv).map((r) => r[0].split("<br>")[0])).toEqual(["First?", "Second?"]);
	});
});

describe("ankiTag", () => {
	test.each([
		["Networking & Content Delivery", "networking-content-delivery"],
		["Amazon Elastic Kubernetes Service (EKS)", "amazon-elastic-kubernetes-service-eks"],
		["  --Compute--  ", "compute"],
		["Machine Learning", "machine-learning"],
		["Amazon S3 Glacier", "amazon-s3-glacier"],
		["Résumé Ünïcode", "résumé-ünïcode"],
		["Résumé".normalize("NFD"), "résumé"],
		["日本語 サービス", "日本語-サービス"],
		["a::b", "a-b"],
		["&&&", ""],
	])("%s → %s", (text, tag) => {
		expect(ankiTag(text)).toBe(tag);
	});
});

describe("questionsToAnkiTsv properties", () => {
	const text = fc.oneof(
		fc.string({ unit: "grapheme", maxLength: 20 }),
		fc.string({ unit: "binary", maxLength: 20 }),
		fc.constantFrom("\t", "\n", "\r\n", "\r", "#", '"', "<script>", "&", "a\tb\nc", ""),
	);
	const arbQuestion = fc
		.record({
			prompt: text,
			choices: fc.array(text, { maxLength: 6 }),
			explanation: text,
			kind: fc.constantFrom("which-service", "fill-blank", "select-all", "true-false"),
			multi: fc.boolean(),
			typed: fc.boolean(),
			line: fc.nat({ max: 5000 }),
			answerIndex: fc.nat(),
		})
		.map(
			(r): Question =>
				question({
					prompt: r.prompt,
					choices: r.choices,
					answers: r.choices.length > 0 ? [r.choices[r.answerIndex % r.choices.length]] : [r.explanation],
					explanation: r.explanation,
					kind: r.kind,
					multi: r.multi,
					typed: r.typed,
					source: { line: r.line, text: "" },
				}),
		);
	const arbItem = fc.record({ question: arbQuestion, note: text.map((t) => `${t}.md`), category: fc.option(text, { nil: null }) });

	test("every line has exactly 4 fields; one line per item after the header", () => {
		fc.assert(
			fc.property(fc.array(arbItem, { maxLength: 5 }), fc.option(text, { nil: undefined }), (items, vault) => {
				const tsv = questionsToAnkiTsv(items, { vault });
				expect(tsv.endsWith("\n")).toBe(true);
				const lines = tsv.slice(0, -1).split("\n");
				expect(lines).toHaveLength(4 + items.length);
				expect(lines.slice(0, 4).join("\n") + "\n").toBe(HEADER);
				for (const line of lines.slice(4)) {
					expect(line.split("\t")).toHaveLength(4);
					// No record terminator inside, and Anki would skip a line starting with "#".
					expect(line).not.toMatch(/[\r\n]/);
					expect(line.startsWith("#")).toBe(false);
				}
			}),
		);
	});

	test("no raw HTML from the question survives in the front and back", () => {
		fc.assert(
			fc.property(arbQuestion, (q) => {
				const [[front, back]] = rows(questionsToAnkiTsv([item(q)]));
				// Only the markup the export adds: <br>.
				expect((front + back).replace(/<br>/g, "")).not.toMatch(/[<>"]/);
			}),
		);
	});
});
