import { describe, expect, test } from "vitest";
import { EXAMS, findExam, type ExamGuide } from "../../../src/core/exams";
import { findService } from "../../../src/core/links/catalog";

describe("exam guides", () => {
	test("are the six exams, in order, with unique ids and codes", () => {
		expect(EXAMS.map((e) => e.id)).toEqual(["clf", "saa", "dva", "soa", "aif", "sap"]);
		expect(new Set(EXAMS.map((e) => e.id)).size).toBe(EXAMS.length);
		expect(new Set(EXAMS.map((e) => e.code)).size).toBe(EXAMS.length);
		for (const e of EXAMS) {
			expect(e.code, e.id).toMatch(/^[A-Z]{3}-C0\d$/);
			expect(e.code.slice(0, 3).toLowerCase(), e.id).toBe(e.id);
			expect(e.name, e.id).toMatch(/^AWS Certified /);
		}
	});

	describe.each(EXAMS.map((e): [string, ExamGuide] => [e.id, e]))("%s", (_id, exam) => {
		test("domains are numbered 1..n and their weights add up to 100", () => {
			expect(exam.domains.length).toBeGreaterThanOrEqual(4);
			exam.domains.forEach((d, i) => {
				expect(d.number).toBe(i + 1);
				expect(d.name.trim()).toBe(d.name);
				expect(d.name.length).toBeGreaterThan(0);
				expect(d.weight).toBeGreaterThan(0);
			});
			expect(exam.domains.reduce((sum, d) => sum + d.weight, 0)).toBe(100);
		});

		test("every service is named by its catalog official name", () => {
			expect(exam.services.length).toBeGreaterThanOrEqual(40);
			const unresolved = exam.services.map(([name]) => name).filter((name) => findService(name)?.name !== name);
			expect(unresolved).toEqual([]);
		});

		test("no service is listed twice", () => {
			const ids = exam.services.map(([name]) => findService(name)?.id);
			const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
			expect(repeated).toEqual([]);
		});

		test("domain numbers used by services exist, without repeats, in order", () => {
			const numbers = new Set(exam.domains.map((d) => d.number));
			for (const [name, domains] of exam.services) {
				for (const n of domains) expect(numbers.has(n), `${name}: domain ${n}`).toBe(true);
				expect([...domains].sort((a, b) => a - b), name).toEqual(domains);
				expect(new Set(domains).size, name).toBe(domains.length);
			}
		});

		test("every domain has at least 3 services", () => {
			for (const d of exam.domains) {
				const count = exam.services.filter(([, domains]) => domains.includes(d.number)).length;
				expect(count, `domain ${d.number} (${d.name})`).toBeGreaterThanOrEqual(3);
			}
		});
	});
});

describe("findExam", () => {
	test.each(EXAMS.map((e) => e.id))("finds %s by id and by code", (id) => {
		const exam = EXAMS.find((e) => e.id === id);
		expect(findExam(id)).toBe(exam);
		expect(findExam(exam?.code ?? "")).toBe(exam);
	});

	test.each<[string, string]>([
		["SAA", "saa"],
		["  saa  ", "saa"],
		["SAA-C03", "saa"],
		["saa-c03", "saa"],
		[" Clf-C02\t", "clf"],
		["SOA-C03", "soa"],
		["AIF-C01", "aif"],
		["sap-c02", "sap"],
	])("%j -> %s", (input, id) => {
		expect(findExam(input)?.id).toBe(id);
	});

	test.each(["", "   ", "xyz", "SAA-C02", "SOA-C02", "saa c03", "Solutions Architect", "AWS Certified Cloud Practitioner"])(
		"%j -> null",
		(input) => {
			expect(findExam(input)).toBeNull();
		},
	);
});

describe("exam data lines", () => {
	test("name and domains: any name the catalog resolves, as its official name", async () => {
		const { parseServiceLine } = await import("../../../src/core/exams/guide");
		expect(parseServiceLine("EC2|2,3")).toEqual(["Amazon Elastic Compute Cloud", [2, 3]]);
		expect(parseServiceLine("Route 53|1")).toEqual([findService("Route 53")?.name, [1]]);
		expect(parseServiceLine("S3 Glacier")).toEqual([findService("S3 Glacier")?.name, []]);
		// Unknown names stay as written, so that the tests above name them.
		expect(parseServiceLine("Not A Service|4")).toEqual(["Not A Service", [4]]);
	});

	test("an exam's service list is resolved once", () => {
		const exam = findExam("saa");
		expect(exam?.services).toBe(exam?.services);
	});
});
