/**
 * Faults of blind read 63, each as a case written for these tests: mind-map outlines gave almost no
 * questions ("Elastic Load Balancing": 2 fair ones from 60 lines).
 */
import { describe, expect, test } from "vitest";
import { examCue } from "../../../src/core/quiz/cues";
import { questionsOf } from "./helpers";

const ELB = [
	"#AWS #networking",
	"## types",
	"- **ALB** (Application)",
	"\t- layer **7** → HTTP / HTTPS / gRPC, WebSockets",
	"\t- routing rules",
	"\t\t- path, host header, HTTP headers, query string, source IP",
	"\t- client IP → **X-Forwarded-For** header",
	"- **NLB** (Network)",
	"\t- layer **4** → TCP / UDP / TLS",
	"\t- millions of req/s, ultra-low latency",
	"\t- preserves client source IP",
	"- **GWLB** (Gateway)",
	"\t- **GENEVE** protocol, port **6081**",
	"\t- inline 3rd-party appliances → firewalls, IDS/IPS",
	"## features",
	"- **deregistration delay** (= connection draining on CLB)",
	"\t- default **300 s**, range 0–3600 s",
	'- exam: "route by URL path or hostname" → ALB',
	'- exam: "inspect all traffic w/ virtual firewall fleet" → GWLB',
];

describe("blind read 63", () => {
	test("named bullets side by side in an outline are subjects of their twigs, kept as said (never swapped nor matched)", () => {
		const qs = questionsOf("Elastic Load Balancing", ELB);
		// Said of its own bullet: true.
		expect(qs.some((q) => q.kind === "true-false" && q.prompt === "True or false: NLB: preserves client source IP." && q.answers[0] === "True")).toBe(true);
		// Never said of a sibling, whose twigs say much the same (GWLB preserves the source IP too; blind read 65).
		expect(qs.filter((q) => q.kind === "true-false" && q.answers[0] === "False" && /^True or false: (?:ALB|NLB|GWLB): /.test(q.prompt))).toEqual([]);
		expect(qs.filter((q) => q.kind === "comparison" && /^Which of these /.test(q.prompt))).toEqual([]);
		// A twig under a branch of its own ("routing rules") is not said of ALB either.
		expect(qs.filter((q) => q.kind === "true-false" && /query string/.test(q.prompt))).toEqual([]);
	});

	test("'exam: \"...\" → X' is a cue, asked as a scenario", () => {
		expect(examCue('exam: "route by URL path or hostname" → ALB')).toEqual({ situation: "route by URL path or hostname", answer: "ALB", not: null, lead: true });
		const scenarios = questionsOf("Elastic Load Balancing", ELB).filter((q) => q.kind === "scenario");
		expect(scenarios.map((q) => q.answers[0]).sort()).toEqual(["ALB", "GWLB"]);
	});

	test("a branch's aside is no part of its label ('deregistration delay (= connection draining)')", () => {
		const q = questionsOf("Elastic Load Balancing", ELB).find((x) => x.answers.includes("300 s"));
		expect(q?.prompt).toBe("Elastic Load Balancing — deregistration delay: default ____, range 0–3600 s");
	});
});
