import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { checkAnswer, damerauLevenshtein, scoreQuiz, typedMatches, type Question } from "../../../src/core/quiz";
import { saysDuration } from "../../../src/core/quiz/answer";

function typed(answer: string, choices: string[] = []): Question {
	return {
		id: "t",
		kind: "fill-blank",
		type: "term",
		prompt: "AWS manages the ____.",
		choices,
		answers: [answer],
		multi: false,
		typed: true,
		explanation: 'Line 1: "x"',
		source: { line: 1, text: "x" },
	};
}

describe("typed answers are checked leniently", () => {
	test.each([
		["control plane", "control plane", true, "exact"],
		["control plane", "Control Plane", true, "case"],
		["control plane", "  control   plane ", true, "spacing"],
		["control plane", "controlplane", true, "missing space"],
		["control plane", "control-plane.", true, "punctuation"],
		["control plane", "controll plane", true, "one extra letter"],
		["control plane", "contorl plane", true, "two letters swapped"],
		["control plane", "cntrol plane", true, "one missing letter"],
		["control plane", "data plane", false, "another term"],
		["visibility timeout", "visiblity timout", true, "two typos in a long answer (12+ characters)"],
		["visibility timeout", "visblity timot", false, "three typos"],
		["Fargate", "fargat", true, "one typo, 5+ characters"],
		["Fargate", "frgat", false, "two typos, under 12 characters"],
		["IRSA", "IRSA", true, "short answers: exact"],
		["IRSA", "irsa", true, "short answers: case still ignored"],
		["IRSA", "IRAS", false, "short answers: no typo allowed"],
		["S3", "S4", false, "short answers: no typo allowed"],
		["Route 53", "Route 54", false, "digits must match"],
		["15 minutes", "15 minute", true, "one typo with the same digits"],
		["15 minutes", "16 minutes", false, "a different number"],
		["first-in, first-out", "first in first out", true, "punctuation inside"],
		["Amazon Simple Queue Service (SQS)", "amazon simple queue service sqs", true, "parentheses"],
		["Élan", "elan", true, "accents"],
		["Archive & replay", "archive and replay", true, "'&' is 'and' (blind read 35)"],
		["Archive and replay", "Archive & Replay", true, "'and' is '&'"],
		["15 Aurora Replicas", "15", true, "the number alone for a count with its noun (blind read 35)"],
		["70 ms", "70", true, "the number alone for a figure with its unit"],
		["2.0", "2", true, "the same number written another way"],
		["$0.40", "0.4", true, "a price without its currency"],
		["15 Aurora Replicas", "16", false, "another number"],
		["4 of 6", "4", false, "a figure with a second number is not its first number"],
		["70 ms", "$70", false, "a currency the figure does not have"],
		["24 hours", "1 day", true, "the same length of time in another unit (blind read 36)"],
		["24 hours", "86,400 s", true, "in seconds"],
		["15 min", "15 minutes", true, "a unit written out"],
		["24 hours", "12 hours", false, "another length of time"],
		["15 min", "15 ms", false, "another unit"],
		["0.5–12 GB", "0.5 to 12 GB", true, "a range written with 'to' (blind read 37)"],
		["0.5–12 GB", "0.5-12 GB", true, "a range with a hyphen"],
		["0.5–12 GB", "0.5–24 GB", false, "another range"],
		["Scheduled", "scheduled scaling", true, "the kind of thing said with the name"],
		["DRS Failback Client", "Failback Client", true, "the product's acronym in front left out"],
		["AWS Replication Agent", "Replication Agent", true, "the vendor left out"],
		["managed instance", "managed node", true, "instance or node"],
		["cryptographically verify", "verify", true, "an adverb left out"],
		["Dedicated Hosts", "Dedicated Instances", false, "another name with the same first word"],
		["Standard-IA", "Standard", false, "a storage class is not its base class"],
		["Target tracking", "Step scaling", false, "another policy"],
		["Scheduled", "scaling", false, "nothing of the name left"],
		["delegated admin", "delegated administrator", true, "a short form (blind read 38)"],
		["Provisioned capacity units", "provisioned capacity", true, "units said or not"],
		["delegated admin", "delegated account", false, "another word"],
		["FIFO queue", "queue", false, "a kind without what sets it apart"],
		["SSE-KMS", "SSE-S3", false, "another key type"],
		["SSE-KMS", "DSSE-KMS", false, "another acronym is no typo"],
		["SSE-KMS", "sse kms", true, "an acronym in lower case"],
		["EBS Multi-Attach volume", "EFS Multi-Attach volume", false, "another product in front"],
		["DRS Failback Client", "DRS Client", false, "a word of the name left out"],
		["10 GB", "10,240 MB", true, "a size in binary multiples (blind read 39)"],
		["10,240 MB", "10 GB", true, "either way"],
		["64 KB", "64000 bytes", true, "a size in decimal multiples"],
		["10 GB", "10 MB", false, "another size"],
		["CLB", "Classic Load Balancer", true, "a service by its full name (blind read 39)"],
		["Simple Queue Service", "SQS", true, "a service by its abbreviation"],
		["CLB", "ALB", false, "another service"],
		["cross-region + cross-account", "cross-account and cross-region", true, "a pair the other way round (blind read 41)"],
		["Target tracking", "tracking target", false, "a name is not a pair"],
		["75% cheaper", "75%", true, "a percentage without its word (blind read 43)"],
		["Redis OSS", "Redis", true, "OSS said or not"],
		["resource-based policy", "resource policy", true, "'based' said or not"],
		["75% cheaper", "70%", false, "another percentage"],
		["S3 + DynamoDB only", "S3 and DynamoDB", true, "'only' said or not (blind read 49)"],
		["S3 bucket", "S3", true, "a bucket, topic or queue said or not"],
		["SNS topic", "SNS", true, "a topic said or not"],
		["S3 bucket", "bucket", false, "nothing of the name left"],
		["customer managed key", "CMK", true, "the initials of the words (blind read 49)"],
		["CMK", "customer managed key", true, "the words of the initials"],
		["customer managed key", "CMKS", false, "initials must be exact"],
		["customer managed key", "AMK", false, "other initials"],
		["AWS managed key", "CMK", false, "another key's initials"],
		["SSE-KMS", "SK", false, "an acronym has no initials"],
		["Key", "kinesis enhanced yield", false, "a short word is no acronym"],
		["geographic restrictions", "geo restriction", true, "a short form and a plural (blind read 50)"],
		["Signed URLs", "signed URL", true, "singular or plural"],
		["Dedicated Hosts", "Dedicated Host", true, "singular or plural, capitalised"],
		["geographic restrictions", "geo routing", false, "another word"],
		["100% availability SLA", "100% SLA", true, "the figure with some of its words (blind read 51)"],
		["8 healthy records", "8 records", true, "some of its words"],
		["8 healthy records", "8 failed records", false, "a word it does not have"],
		["100% availability SLA", "99.99% SLA", false, "another figure with its words"],
		["single-digit ms", "single-digit millisecond", true, "a unit written out in a phrase (blind read 52)"],
		["2x", "double", true, "a multiple in words (blind read 53)"],
		["2x", "twice", true, "twice"],
		["3x", "3 times", true, "in figures and words"],
		["2x", "triple", false, "another multiple"],
		["many files", "multiple files", true, "many or multiple (blind reads 55 and 56)"],
		["many files", "one file", false, "not many"],
		["per AZ", "per Availability Zone", true, "an AZ written out (blind read 59)"],
		["Multi-AZ", "multi availability zone", true, "in a compound"],
		["per AZ", "per Region", false, "another scope"],
		["Org trail", "organization trail", true, "org written out (blind read 60)"],
		["0–15 min", "15 minutes", true, "a range from zero by its top (blind read 54)"],
		["0–15 min", "up to 15 min", true, "its top said as a bound"],
		["0-900 s", "max 15 min", true, "its top as a bound in another unit"],
		["0–15 min", "10 minutes", false, "another top"],
		["1–15 min", "15 minutes", false, "a range that does not start at zero"],
		["HTTPS 443", "HTTPS", true, "a protocol and its port: the protocol (blind read 63)"],
		["HTTPS 443", "port 443", true, "the port"],
		["HTTPS 443", "HTTP", false, "another protocol"],
		["HTTPS 443", "80", false, "another port"],
		["STS APIs", "STS", true, "APIs said or not (blind read 63)"],
		["455 days", "15 months", true, "months for days, within a day a month (blind read 63)"],
		["30 days", "1 month", true, "one month"],
		["455 days", "14 months", false, "a month short"],
		["90 days", "3 mo", true, "months written short"],
		["Lifecycle rules", "lifecycle policies", true, "rules or policies (blind read 62)"],
		["Lifecycle rules", "lifecycle", true, "without the kind word"],
		["SMTP interface", "SMTP", true, "without the kind word (blind read 66)"],
		["2-minute warning", "2-minute notice", true, "the figure and its unit, another noun (blind read 67)"],
		["2-minute warning", "2 minutes notice", true, "the unit in the plural"],
		["2-minute warning", "3-minute warning", false, "another figure"],
		["4 KB limit", "4 s limit", false, "another kind of unit"],
		["Interface endpoint", "interface endpoints", true, "a name of kind words only, said in full"],
		["Interface endpoint", "endpoint", false, "a name of kind words only, not by one of them"],
		["Interface endpoint", "Gateway endpoint", false, "another endpoint"],
		["Lifecycle rules", "replication rules", false, "other rules"],
		["layer 7", "L7", true, "an OSI layer by its number (blind read 61)"],
		["layer 7", "application layer", true, "an OSI layer by its name"],
		["L4", "transport layer", true, "a layer's name for its short form"],
		["layer 7", "network layer", false, "another layer"],
		["layer 7", "L4", false, "another number"],
		["control plane", "", false, "empty"],
		["control plane", "   ", false, "blank"],
		["control plane", "**", false, "only punctuation"],
	])("%j given %j → %s (%s)", (answer, given, expected) => {
		expect(typedMatches(answer, given)).toBe(expected);
		expect(checkAnswer(typed(answer), given)).toBe(expected);
	});

	test("a typed question answered by choosing: the exact choice is right, another is wrong", () => {
		const q = typed("control plane", ["control plane", "data plane", "node group"]);
		expect(checkAnswer(q, ["control plane"])).toBe(true);
		expect(checkAnswer(q, ["data plane"])).toBe(false);
		expect(checkAnswer(q, ["control plane", "data plane"])).toBe(false);
	});
});

describe("choices must match the right answers as a set", () => {
	const single: Question = { ...typed("EKS", ["ECS", "EKS", "ECR"]), kind: "comparison", typed: false };
	const multi: Question = {
		...typed("x", ["A", "B", "C", "D"]),
		kind: "select-all",
		answers: ["A", "C"],
		multi: true,
		typed: false,
	};

	test.each([
		[single, ["EKS"], true],
		[single, "EKS", true],
		[single, ["eks"], false],
		[single, ["ECS"], false],
		[single, ["EKS", "ECS"], false],
		[single, [], false],
		[multi, ["A", "C"], true],
		[multi, ["C", "A"], true],
		[multi, ["C", "A", "A"], true],
		[multi, ["A"], false],
		[multi, ["A", "B", "C"], false],
		[multi, ["B", "D"], false],
	])("%#: %j", (q, given, expected) => {
		expect(checkAnswer(q, given)).toBe(expected);
	});
});

describe("damerauLevenshtein", () => {
	test.each([
		["", "", 0],
		["abc", "", 3],
		["kitten", "sitting", 3],
		["ca", "ac", 1],
		["abcdef", "abdcef", 1],
		["flaw", "lawn", 2],
	])("%j → %j is %i", (a, b, d) => {
		expect(damerauLevenshtein(a, b)).toBe(d);
		expect(damerauLevenshtein(b, a)).toBe(d);
	});

	test("stops early past the limit", () => {
		expect(damerauLevenshtein("kitten", "sitting", 1)).toBe(2);
		expect(damerauLevenshtein("a", "abcdefgh", 2)).toBe(3);
	});
});

describe("scoreQuiz", () => {
	test.each([
		[[], { correct: 0, total: 0, percent: 0 }],
		[[true, true, false], { correct: 2, total: 3, percent: 67 }],
		[[true, true, true, true], { correct: 4, total: 4, percent: 100 }],
		[[false], { correct: 0, total: 1, percent: 0 }],
	])("%j", (results, expected) => {
		expect(scoreQuiz(results)).toEqual(expected);
	});
});

describe("typed answers, for any answer", () => {
	const word = fc.stringMatching(/^[A-Za-z][a-z]{1,8}$/);
	const acronym = fc.stringMatching(/^[A-Z]{2,5}$/);
	const answer = fc.array(fc.oneof(word, acronym, fc.integer({ min: 1, max: 9999 }).map(String)), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" "));

	test("an answer typed as written, in lower case or with extra spaces is right", () => {
		fc.assert(
			fc.property(answer, (a) => {
				expect(typedMatches(a, a)).toBe(true);
				expect(typedMatches(a, a.toLowerCase())).toBe(true);
				expect(typedMatches(a, ` ${a.split(" ").join("  ")} `)).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	test("another number or another acronym (not the vendor, not OSS) is never right", () => {
		fc.assert(
			fc.property(answer, fc.integer({ min: 1, max: 9999 }), acronym, acronym, (a, n, x, y) => {
				fc.pre(x !== y && !["AWS", "OSS"].includes(x) && !["AWS", "OSS"].includes(y) && !a.split(" ").includes(String(n)));
				expect(typedMatches(`${a} ${n}`, `${a} ${n + 1}`)).toBe(false);
				expect(typedMatches(`${x} ${a}`, `${y} ${a}`)).toBe(false);
			}),
			{ numRuns: 300 },
		);
	});
});

describe("the service the prompt names goes without saying", () => {
	const question = (prompt: string, answer: string): Question => ({ ...typed(answer), prompt });

	test("'Serverless' for 'Redshift Serverless' where the prompt names Redshift (blind read 49)", () => {
		expect(checkAnswer(question("Amazon Redshift: ____: no cluster to manage, billed per RPU-hour", "Redshift Serverless"), "Serverless")).toBe(true);
		expect(checkAnswer(question("EFS: need DR copy in another region -> ____ (RPO usually minutes)", "EFS Replication"), "replication")).toBe(true);
		expect(checkAnswer(question("Elastic File System: copy to another Region with ____", "EFS Replication"), "Replication")).toBe(true);
	});

	test("not where the prompt does not name it, nor for another word", () => {
		expect(checkAnswer(question("Billed per RPU-hour only while working: ____", "Redshift Serverless"), "Serverless")).toBe(false);
		expect(checkAnswer(question("Amazon Redshift: ____: no cluster to manage", "Redshift Serverless"), "Spectrum")).toBe(false);
		expect(checkAnswer(question("Amazon Redshift: ____: no cluster to manage", "Redshift Serverless"), "Redshift")).toBe(false);
	});
});

describe("saysDuration: a prompt that says the answer's length of time gives it away", () => {
	test.each([
		['"Keep data for a year to reprocess" -> retention up to ____.', "365 days", true],
		["retention of one day by default, up to ____", "24 hours", true],
		["a 15-minute timeout; ____ at most", "900 seconds", true],
		["Default 24 hours, extendable up to ____", "365 days", false],
		["rotate and deliver keys, up to ____", "1 day", false],
		["a year of data", "5 TB", false],
	])("%s / %s", (prompt, answer, expected) => {
		expect(saysDuration(prompt, answer)).toBe(expected);
	});
});
