import { describe, expect, test } from "vitest";
import { compileScope, DEFAULT_SCOPE } from "../../src/core/scope";

const none = { aliases: [], tags: [] };

describe("which notes are AWS notes", () => {
	const scope = compileScope(DEFAULT_SCOPE);
	test.each([
		["AWS/Compute/Amazon EC2.md", none, true],
		["Study/aws/Compute/x.md", none, true],
		["Study/AWSome/x.md", none, false],
		["AWS.md", none, false],
		["Inbox/Amazon Athena.md", none, true],
		["Inbox/AWS Glue.md", none, true],
		["Inbox/Amazonian.md", none, false],
		["Exam/Well-Architected.md", { aliases: [], tags: ["aws"] }, true],
		["Exam/Well-Architected.md", { aliases: [], tags: ["#AWS/exam"] }, true],
		["Exam/Well-Architected.md", { aliases: [], tags: ["awsome"] }, false],
		["Exam/WA.md", { aliases: ["AWS Well-Architected"], tags: [] }, true],
		["Templates/AWS service.md", none, false],
		["AWS/Templates/x.md", none, false],
	])("%s %j → %s", (path, facts, want) => {
		expect(scope.inScope(path, facts)).toBe(want);
	});

	test("folder paths with / match from the vault root; excludes win", () => {
		const s = compileScope({ includeFolders: ["Study/Cloud"], excludeFolders: ["Study/Cloud/Old"], tags: [], namePrefixes: [] });
		expect(s.inScope("Study/Cloud/x.md", none)).toBe(true);
		expect(s.inScope("Other/Study/Cloud/x.md", none)).toBe(false);
		expect(s.inScope("Study/Cloud/Old/x.md", none)).toBe(false);
	});

	test("a leading slash means the folder at the vault root only", () => {
		const s = compileScope({ includeFolders: ["/AWS"], excludeFolders: [], tags: [], namePrefixes: [] });
		expect(s.inScope("AWS/Compute/x.md", none)).toBe(true);
		expect(s.inScope("Projects/Client/AWS/invoice.md", none)).toBe(false);
	});

	test("extra excluded paths (the template note) are never in scope", () => {
		const s = compileScope({ ...DEFAULT_SCOPE, excludeFolders: [] }, ["Tpl/AWS service.md"]);
		expect(s.inScope("Tpl/AWS service.md", none)).toBe(false);
		expect(s.inScope("Tpl/AWS other.md", none)).toBe(true);
	});
});

describe("why a vault has no AWS note", () => {
	test("says the scope rules in force, the default ones word for word", async () => {
		const { noAwsNotesReason } = await import("../../src/core/scope");
		expect(noAwsNotesReason(DEFAULT_SCOPE)).toBe(
			'no note is in a folder named AWS, tagged #aws, named "Amazon ..." or "AWS ...", or named after an AWS service ("Lambda", "SQS"). README, index and hub notes and the Templates folder never count.',
		);
		expect(noAwsNotesReason({ includeFolders: ["Cloud", "03 Storage"], excludeFolders: [], tags: [], namePrefixes: [], serviceNames: false })).toBe(
			"no note is in a folder named Cloud or 03 Storage. README, index and hub notes never count.",
		);
		expect(noAwsNotesReason({ includeFolders: [], excludeFolders: ["Archive", "Templates"], tags: [], namePrefixes: [], serviceNames: false })).toMatch(
			/^the scope names no folder, tag or name rule.*the Archive and Templates folders never count\.$/,
		);
	});
});
