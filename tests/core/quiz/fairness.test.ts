import { describe, expect, test } from "vitest";
import { checkFairness, type Question } from "../../../src/core/quiz";

const good: Question = {
	id: "which-service-7-abc",
	kind: "which-service",
	type: "service",
	prompt: "Which AWS service is a managed Kubernetes platform on AWS?",
	choices: ["Amazon Elastic Container Service (ECS)", "Amazon Elastic Kubernetes Service (EKS)", "AWS Lambda"],
	answers: ["Amazon Elastic Kubernetes Service (EKS)"],
	multi: false,
	typed: false,
	explanation: 'The Overview says: Line 7: "Amazon EKS is a managed Kubernetes platform on AWS."',
	source: { line: 7, text: "Amazon EKS is a managed Kubernetes platform on AWS." },
};

describe("checkFairness", () => {
	test("a fair question breaks no rule", () => {
		expect(checkFairness(good)).toEqual([]);
	});

	test.each<[string, Partial<Question>, RegExp]>([
		["the answer in the prompt", { prompt: "Is Amazon Elastic Kubernetes Service (EKS) a Kubernetes platform?" }, /prompt contains the answer/],
		["the answer's abbreviation in the prompt", { prompt: "Which AWS service runs EKS clusters?" }, /abbreviation/],
		["the answer's name in the prompt", { prompt: "Which is Amazon Elastic Kubernetes Service?" }, /answer's name/],
		["bold markers", { prompt: "Which AWS service is a **managed** platform?" }, /"\*\*"/],
		["a wikilink", { choices: ["[[AWS Lambda]]", "Amazon Elastic Kubernetes Service (EKS)", "Amazon S3"] }, /"\[\["/],
		["a highlight", { prompt: "Which AWS service is ==managed==?" }, /"=="/],
		["a backtick", { prompt: "Which AWS service runs `kubectl`?" }, /"`"/],
		["a tab", { prompt: "Which AWS service\tis managed?" }, /a tab/],
		["a list marker", { prompt: "- Which AWS service is managed?" }, /list marker/],
		["underscores", { prompt: "Which AWS service is __managed__?" }, /"__"/],
		["two choices", { choices: ["AWS Lambda", "Amazon Elastic Kubernetes Service (EKS)"] }, /3 or 4 choices/],
		["five choices", { choices: ["A1", "B1", "C1", "D1", "Amazon Elastic Kubernetes Service (EKS)"] }, /3 or 4 choices/],
		["duplicate choices", { choices: ["AWS Lambda", "aws lambda.", "Amazon Elastic Kubernetes Service (EKS)"] }, /two choices are the same/],
		["an empty choice", { choices: ["", "AWS Lambda", "Amazon Elastic Kubernetes Service (EKS)"] }, /empty choice/],
		["an answer that is not a choice", { answers: ["Amazon EKS"] }, /not one of the choices/],
		["no answer", { answers: [] }, /no right answer/],
		["two answers to a single-answer question", { answers: ["AWS Lambda", "Amazon Elastic Kubernetes Service (EKS)"] }, /exactly one right answer/],
		["an explanation without the source line", { explanation: "Because." }, /does not quote the source line/],
		["a zero line number", { source: { line: 0, text: "Amazon EKS is a managed Kubernetes platform on AWS." } }, /1-based/],
		["an untyped question without choices", { choices: [] }, /must be typed/],
	])("flags %s", (_name, change, rule) => {
		const broken = checkFairness({ ...good, ...change });
		expect(broken.join("\n")).toMatch(rule);
	});

	test("true-false: exactly True and False, the prompt may say 'true'", () => {
		const tf: Question = { ...good, kind: "true-false", prompt: "True or false: EKS is Kubernetes orchestration.", choices: ["True", "False"], answers: ["True"] };
		expect(checkFairness(tf)).toEqual([]);
		expect(checkFairness({ ...tf, choices: ["False", "True"] }).join()).toMatch(/\["True", "False"\]/);
		expect(checkFairness({ ...tf, answers: ["Yes"] }).length).toBeGreaterThan(0);
	});

	test("select-all: 4–6 choices, 2+ right, 1+ wrong", () => {
		const sa: Question = {
			...good,
			kind: "select-all",
			prompt: "Worker nodes can be: which of these does the note list? Select all that apply.",
			choices: ["EC2 instances", "AWS Fargate", "Amazon S3", "Amazon SQS"],
			answers: ["EC2 instances", "AWS Fargate"],
			multi: true,
		};
		expect(checkFairness(sa)).toEqual([]);
		expect(checkFairness({ ...sa, answers: ["EC2 instances"] }).join()).toMatch(/2 or more right/);
		expect(checkFairness({ ...sa, choices: ["EC2 instances", "AWS Fargate", "Amazon S3"] }).join()).toMatch(/4–6 choices/);
		expect(checkFairness({ ...sa, answers: [...sa.choices] }).join()).toMatch(/a wrong choice/);
	});

	test("two choices only for the two sides of a comparison, named in the prompt", () => {
		const two: Question = {
			...good,
			kind: "scenario",
			prompt: "Scenario: non-HTTP traffic or static anycast IPs. Which fits, CloudFront or Global Accelerator?",
			choices: ["CloudFront", "Global Accelerator"],
			answers: ["Global Accelerator"],
		};
		expect(checkFairness(two)).toEqual([]);
		expect(checkFairness({ ...two, prompt: "Scenario: non-HTTP traffic or static anycast IPs. Which service fits?" }).join()).toMatch(/3 or 4 choices/);
		expect(checkFairness({ ...two, kind: "which-service" }).join()).toMatch(/3 or 4 choices/);
		// Named as a choice, the answer is not given away; named in the situation, it is.
		expect(checkFairness({ ...two, prompt: "Scenario: Global Accelerator gives static IPs. Which fits, CloudFront or Global Accelerator?" }).join()).toMatch(/contains the answer/);
	});

	test("fill-blank: one blank; typed-only questions have no choices", () => {
		const fb: Question = {
			...good,
			kind: "fill-blank",
			prompt: "AWS manages the ____ (API servers, etcd).",
			choices: [],
			answers: ["control plane"],
			typed: true,
		};
		expect(checkFairness(fb)).toEqual([]);
		expect(checkFairness({ ...fb, prompt: "AWS manages the ____ and the ____." }).join()).toMatch(/exactly one blank/);
	});
});
