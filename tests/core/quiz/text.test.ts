import { describe, expect, test } from "vitest";
import { sectionIdOf } from "../../../src/core/quiz/facts";
import { abbreviation, isSelf, sameService, serviceNames } from "../../../src/core/quiz/names";
import { createRng, sample } from "../../../src/core/quiz/random";
import { choiceKey, clean, containsAnyWord, containsWord, lowerFirst, lowerTerm, splitSentences, stripEnd, wordsPattern } from "../../../src/core/quiz/text";
import fc from "fast-check";

describe("clean: markdown to the plain text shown in questions", () => {
	test.each([
		["**Amazon EKS** is a **managed** service.", "Amazon EKS is a managed service."],
		["Integrates with [[Amazon Elastic Container Registry (ECR)]] for images.", "Integrates with Amazon Elastic Container Registry (ECR) for images."],
		["Uses [[Amazon S3|S3]] and [docs](https://example.com).", "Uses S3 and docs."],
		["==Highlighted== and `code`", "Highlighted and code"],
		["Fargate works â†’ serverless", "Fargate works → serverless"],
		["\t- nested **bold**  ", "nested bold"],
		["Unclosed **bold and [[link and ==mark", "Unclosed bold and link and mark"],
		["<img src=x onerror=alert(1)> text <b>bold</b>", "text bold"],
		["a < b and c > d", "a < b and c > d"],
		["RTL \u202eoverride\u202c here", "RTL override here"],
		["1. numbered", "numbered"],
		["****** and ====", "and"],
		["", ""],
	])("%j → %j", (input, expected) => {
		expect(clean(input)).toBe(expected);
		expect(clean(clean(input))).toBe(clean(input));
	});
});

describe("text helpers", () => {
	test.each([
		["AWS Lambda", "aws lambda"],
		["  AWS   Lambda. ", "aws lambda"],
		["**Amazon S3**:", "amazon s3"],
	])("choiceKey(%j) = %j", (input, expected) => {
		expect(choiceKey(input)).toBe(expected);
	});

	test.each([
		["Hybrid environments", "hybrid environments"],
		["AWS-native teams", "AWS-native teams"],
		["CloudWatch alarms", "CloudWatch alarms"],
		["X-Ray traces", "X-Ray traces"],
		["A team", "a team"],
	])("lowerFirst(%j) = %j", (input, expected) => {
		expect(lowerFirst(input)).toBe(expected);
	});

	test("lowerTerm keeps Title Case names", () => {
		expect(lowerTerm("Operational Excellence")).toBe("Operational Excellence");
		expect(lowerTerm("Long polling")).toBe("long polling");
	});

	test("stripEnd and splitSentences", () => {
		expect(stripEnd("Worker nodes can be:")).toBe("Worker nodes can be");
		expect(splitSentences("Amazon EKS is managed. It runs Kubernetes! Is it? yes.")).toEqual(["Amazon EKS is managed.", "It runs Kubernetes!", "Is it? yes."]);
		expect(splitSentences("Version 1.29 is current.")).toEqual(["Version 1.29 is current."]);
	});

	test("sample draws without repeats and is seeded", () => {
		const items = Array.from({ length: 100 }, (_, i) => i);
		const a = sample(createRng(1), items, 10);
		expect(new Set(a).size).toBe(10);
		expect(sample(createRng(1), items, 10)).toEqual(a);
		expect(sample(createRng(2), items, 10)).not.toEqual(a);
		expect(sample(createRng(1), [1, 2, 3], 10)).toEqual([1, 2, 3]);
	});
});

describe("service names", () => {
	test("every name of the note's service", () => {
		const names = serviceNames("Amazon Elastic Kubernetes Service (EKS)", ["Amazon EKS"]);
		expect(names.abbr).toBe("EKS");
		expect(names.short).toBe("Amazon EKS");
		expect(names.all).toEqual(
			expect.arrayContaining(["Amazon Elastic Kubernetes Service (EKS)", "Amazon Elastic Kubernetes Service", "Elastic Kubernetes Service", "Amazon EKS", "AWS EKS", "EKS"]),
		);
		expect(isSelf(names, "amazon eks")).toBe(true);
		expect(isSelf(names, "EKS Anywhere")).toBe(false);
	});

	test.each([
		["AWS Lambda", null, "AWS Lambda"],
		["Amazon S3", "S3", "Amazon S3"],
		["Amazon VPC (Virtual Private Cloud)", "VPC", "Amazon VPC"],
		["Elastic Load Balancing (ELB) & Auto Scaling", "ELB", "ELB"],
		["Amazon API Gateway", null, "Amazon API Gateway"],
	])("%j: abbreviation %j, short %j", (title, abbr, short) => {
		expect(abbreviation(title)).toBe(abbr);
		expect(serviceNames(title, []).short).toBe(short);
	});

	test.each([
		["EKS", "Amazon Elastic Kubernetes Service (EKS)", true],
		["Amazon EKS", "Amazon Elastic Kubernetes Service (EKS)", true],
		["Fargate", "AWS Fargate", true],
		["Amazon S3", "Amazon Simple Storage Service", true],
		["ECS", "EKS", false],
		["Amazon EKS Anywhere", "Amazon EKS", false],
		["control plane", "data plane", false],
	])("sameService(%j, %j) = %s", (a, b, expected) => {
		expect(sameService(a, b)).toBe(expected);
		expect(sameService(b, a)).toBe(expected);
	});
});

describe("template sections", () => {
	test.each([
		["Overview", "overview"],
		["**Overview**", "overview"],
		["2. Exam Tips:", "examTips"],
		["🎯 Use Cases", "useCases"],
		["DETAILS", "details"],
		["References", "references"],
		["constructor", null],
		["Pricing", null],
	])("%j → %j", (heading, expected) => {
		expect(sectionIdOf(heading)).toBe(expected);
	});
});

describe("facts", () => {
	test("bold spans of both kinds, in line order, nested ones once", async () => {
		const { facts } = await import("./helpers");
		const f = facts("AWS Lambda", "## Details", "- **alpha** and __beta__ and **gamma** and **__delta__** here.");
		expect(f.bold.map((b) => b.term)).toEqual(["alpha", "beta", "gamma", "delta"]);
	});
});

describe("whole-word tests", () => {
	test("containsWord finds a word with no letter or digit glued on, in any case", () => {
		expect(containsWord("Use Amazon EKS for Kubernetes", "eks")).toBe(true);
		expect(containsWord("Use Amazon EKS-Anywhere", "EKS")).toBe(true);
		expect(containsWord("EKSA clusters", "EKS")).toBe(false);
		expect(containsWord("the 2EKS case", "EKS")).toBe(false);
		expect(containsWord("Élan vital", "élan")).toBe(true);
		expect(containsWord("éEKS", "EKS")).toBe(false);
		// A letter outside the basic plane (two UTF-16 units) glued on is still a letter.
		expect(containsWord("𝐀EKS", "EKS")).toBe(false);
		expect(containsWord("😀EKS", "EKS")).toBe(true);
		// A later occurrence counts when the first is glued on.
		expect(containsWord("EKSA then EKS", "EKS")).toBe(true);
		expect(containsWord("anything", "  ")).toBe(false);
		expect(containsAnyWord("Amazon Elastic Kubernetes Service", ["EKS", "Elastic Kubernetes Service"])).toBe(true);
		expect(containsAnyWord("Amazon ECS", ["EKS", "Elastic Kubernetes Service"])).toBe(false);
	});

	test("containsWord agrees with the whole-word pattern on any text", () => {
		const char = fc.constantFrom("a", "B", "k", "s", "S", "1", " ", "-", "(", ".", "é", "É", "𝐀", "😀", "_", "\u00a0");
		const str = (max: number) => fc.array(char, { maxLength: max }).map((cs) => cs.join(""));
		fc.assert(
			fc.property(str(24), str(4), (text, word) => {
				const pattern = wordsPattern([word], "iu");
				expect(containsWord(text, word)).toBe(pattern !== null && pattern.test(text));
			}),
			{ numRuns: 3000 },
		);
	});
});
