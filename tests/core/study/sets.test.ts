/**
 * Which notes a study set covers, over the fixture vaults and the example vault's style: folder
 * (numbered folders), category, tag (nested tags), a note and the notes it links to, weakest
 * notes, an exam's services and one exam domain.
 */
import { describe, expect, test } from "vitest";
import { CoachIndex } from "../../../src/core/CoachIndex";
import { DEFAULT_SCOPE } from "../../../src/core/scope";
import { describeSource, normalizeFolder, selectNotes } from "../../../src/core/study";
import { DEFAULT_TEMPLATE } from "../../../src/core/template/spec";
import { indexVault } from "../../fixtures/vaults/load";

const NOTE = (title: string, extra = "") => `${extra}**Overview**\n- ${title} in short.\n\n## Details\n- More about ${title}.\n`;

function memoryIndex(notes: Record<string, string>): CoachIndex {
	const index = new CoachIndex({ scope: DEFAULT_SCOPE, template: DEFAULT_TEMPLATE, disabledRules: [] });
	for (const [path, text] of Object.entries(notes)) index.updateNote(path, text);
	return index;
}

describe("sets over the fixture vaults", () => {
	const features = indexVault("features");

	test("a numbered folder, with or without slashes around it", () => {
		expect(selectNotes(features, { kind: "folder", folder: "03 Storage" })).toEqual(["03 Storage/Elastic File System.md", "03 Storage/Glacier.md"]);
		expect(selectNotes(features, { kind: "folder", folder: "/03 storage/" })).toEqual(["03 Storage/Elastic File System.md", "03 Storage/Glacier.md"]);
		// The whole vault: every AWS note, never the index or the overview hub.
		expect(selectNotes(features, { kind: "folder", folder: "" })).toEqual([...features.awsPaths()].sort());
	});

	test("a catalog category, by the service each note is about", () => {
		expect(selectNotes(features, { kind: "category", category: "Databases" })).toEqual(["05 Databases/Aurora.md", "05 Databases/DynamoDB.md"]);
		expect(selectNotes(features, { kind: "category", category: "Storage" })).toEqual(["03 Storage/Elastic File System.md", "03 Storage/Glacier.md"]);
	});

	test("a tag takes its nested tags, in any case, with or without #", () => {
		const index = memoryIndex({
			"AWS/AWS Lambda.md": NOTE("Lambda", "---\ntags: [AWS/Compute]\n---\n"),
			"AWS/Amazon S3.md": NOTE("S3", "#aws/storage\n"),
			"AWS/Amazon SQS.md": NOTE("SQS"),
		});
		expect(selectNotes(index, { kind: "tag", tag: "#aws" })).toEqual(["AWS/AWS Lambda.md", "AWS/Amazon S3.md"]);
		expect(selectNotes(index, { kind: "tag", tag: "aws/compute" })).toEqual(["AWS/AWS Lambda.md"]);
		expect(selectNotes(index, { kind: "tag", tag: "aws/comp" })).toEqual([]);
	});

	test("a note and the AWS notes it links to (resolved links only)", () => {
		const index = memoryIndex({
			"AWS/AWS Lambda.md": NOTE("Lambda", "See [[Amazon S3]], [[Amazon SQS|queues]], [[Nowhere]] and [[Daily/2026-12-01]].\n"),
			"AWS/Amazon S3.md": NOTE("S3"),
			"AWS/Amazon SQS.md": NOTE("SQS"),
			"AWS/Amazon SNS.md": NOTE("SNS"),
			"Daily/2026-12-01.md": "A day.\n",
		});
		expect(selectNotes(index, { kind: "linked", path: "AWS/AWS Lambda.md" })).toEqual(["AWS/AWS Lambda.md", "AWS/Amazon S3.md", "AWS/Amazon SQS.md"]);
	});

	test("the weakest notes: lowest accuracy first, notes never quizzed left out", () => {
		const acc: Record<string, number> = { "02 Compute/EC2.md": 0.9, "05 Databases/Aurora.md": 0.2, "03 Storage/Glacier.md": 0.5 };
		const weakest = selectNotes(features, { kind: "weakest", count: 2 }, (p) => acc[p] ?? null);
		expect(weakest).toEqual(["03 Storage/Glacier.md", "05 Databases/Aurora.md"]);
	});

	test("an exam's services and one domain: the notes that cover them, under any name", () => {
		const index = indexVault("template");
		const saa = selectNotes(index, { kind: "exam", exam: "saa" });
		expect(saa).toContain("AWS/Containers/Amazon ECS & EKS.md");
		expect(saa).toContain("AWS/Compute/AWS Lambda.md");
		expect(saa).not.toContain("AWS/Exam prep/Service links.md");
		const domain = selectNotes(index, { kind: "domain", exam: "saa", domain: 1 });
		expect(domain.every((p) => saa.includes(p))).toBe(true);
		expect(domain).toContain("AWS/Security/AWS Key Management Service (KMS).md");
		expect(selectNotes(index, { kind: "exam", exam: "nope" })).toEqual([]);
	});
});

describe("names of sets", () => {
	test.each([
		[{ kind: "note", path: "AWS/AWS Lambda.md" }, "AWS Lambda"],
		[{ kind: "folder", folder: "" }, "the whole vault"],
		[{ kind: "folder", folder: "AWS/Compute/" }, "folder AWS/Compute"],
		[{ kind: "tag", tag: "#AWS" }, "#aws"],
		[{ kind: "linked", path: "AWS/AWS Lambda.md" }, "AWS Lambda and the notes it links to"],
		[{ kind: "weakest", count: 10 }, "your 10 weakest notes"],
		[{ kind: "exam", exam: "saa" }, "SAA-C03 services"],
		[{ kind: "domain", exam: "saa", domain: 2 }, "SAA-C03 domain 2: Design Resilient Architectures"],
	] as const)("%j", (source, name) => {
		expect(describeSource(source)).toBe(name);
	});

	test("folders are normalised", () => {
		expect(normalizeFolder(" \\AWS\\\\Compute/ ")).toBe("AWS/Compute");
	});
});
