import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
	SERVICE_CATEGORIES,
	allServices,
	deriveAliases,
	findService,
	findServices,
	isServiceName,
	sameService,
	type ServiceEntry,
} from "../../../src/core/links/catalog";

/** The official name of what `findService` returns, for readable tables. */
const found = (name: string): string | null => findService(name)?.name ?? null;

/** Name keys (case, "Amazon"/"AWS" prefix, hyphens ignored) that two services share on purpose. */
const INTENDED_SHARED_KEYS: Record<string, string[]> = {
	// Bare "Auto Scaling" in study notes is EC2 Auto Scaling; with the prefix it is AWS Auto Scaling.
	"auto scaling": ["Amazon EC2 Auto Scaling", "AWS Auto Scaling"],
};

/** Names that only match with an "Amazon"/"AWS" prefix (everyday words, or a key shared on purpose). */
const PREFIX_ONLY = new Set([
	"AWS Batch", "AWS Backup", "AWS Config", "AWS Artifact", "AWS Signer", "AWS Support", "AWS Marketplace",
	"Amazon Translate", "Amazon Personalize", "Amazon Forecast", "Amazon Connect", "Amazon Q", "AWS VPN",
	"AWS Copilot", "Amazon File Cache", "AWS Payment Cryptography", "AWS Security Incident Response",
	"AWS User Notifications", "AWS Data Pipeline", "AWS Entity Resolution", "Amazon Augmented AI",
	"AWS Supply Chain", "AWS Mainframe Modernization", "AWS Auto Scaling", "AWS Health", "AWS Console",
	"AWS Billing", "AWS IoT", "Amazon ES", "AWS Web Application Firewall",
]);

function stripPrefix(name: string): string {
	return name.replace(/^(?:Amazon Web Services|Amazon|AWS)\s+/i, "");
}

function simpleKey(name: string): string {
	return stripPrefix(name).toLowerCase().replace(/[-_]/g, " ").replace(/\s+/g, " ").trim();
}

describe("catalog data", () => {
	const services = allServices();

	test("has a few hundred services with unique ids", () => {
		expect(services.length).toBeGreaterThanOrEqual(250);
		expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
		expect(new Set(services.map((s) => s.name)).size).toBe(services.length);
		for (const s of services) expect(s.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	test("is parsed once and shared", () => {
		expect(allServices()).toBe(services);
		expect(Object.isFrozen(services)).toBe(true);
		expect(Object.isFrozen(services[0])).toBe(true);
	});

	test("categories come from the fixed list, and every category is used", () => {
		const used = new Set(services.map((s) => s.category));
		for (const c of used) expect(SERVICE_CATEGORIES).toContain(c);
		for (const c of SERVICE_CATEGORIES) expect(used.has(c), c).toBe(true);
	});

	test("entries are well formed", () => {
		for (const s of services) {
			expect(s.name.trim(), s.id).toBe(s.name);
			expect(s.names[0], s.id).toBe(s.name);
			expect(new Set(s.names).size, s.id).toBe(s.names.length);
			if (s.abbr !== null) {
				expect(s.abbr, s.id).toMatch(/^[A-Z0-9][A-Za-z0-9]{1,5}$/);
				expect(s.names, s.id).toContain(s.abbr);
			}
			for (const n of s.names) expect(n, s.id).not.toMatch(/^\*|[|;]|^\s|\s$/);
		}
	});

	test("every entry is findable by its official name and its abbreviation", () => {
		for (const s of services) {
			expect(findService(s.name), s.name).toBe(s);
			if (s.abbr) expect(findService(s.abbr), s.abbr).toBe(s);
		}
	});

	test("every other name finds its own entry (no name is shadowed by another service)", () => {
		for (const s of services) {
			for (const n of s.names) {
				expect(findService(n), n).toBe(s);
				const bare = stripPrefix(n);
				if (bare === n) continue;
				if (PREFIX_ONLY.has(n)) expect(findService(bare), bare).not.toBe(s);
				else expect(findService(bare), bare).toBe(s);
			}
		}
	});

	test("no abbreviation names two services", () => {
		const byAbbr = new Map<string, ServiceEntry[]>();
		for (const s of services) {
			if (!s.abbr) continue;
			const k = s.abbr.toUpperCase();
			byAbbr.set(k, [...(byAbbr.get(k) ?? []), s]);
		}
		const shared = [...byAbbr].filter(([, list]) => list.length > 1).map(([k]) => k);
		expect(shared).toEqual([]);
	});

	test("no name key is shared by two services unless intended", () => {
		const owners = new Map<string, Set<string>>();
		for (const s of services) {
			for (const n of s.names) {
				const k = simpleKey(n);
				owners.set(k, (owners.get(k) ?? new Set()).add(s.name));
			}
		}
		const shared: Record<string, string[]> = {};
		for (const [k, set] of owners) if (set.size > 1) shared[k] = [...set].sort();
		const intended = Object.fromEntries(Object.entries(INTENDED_SHARED_KEYS).map(([k, v]) => [k, [...v].sort()]));
		expect(shared).toEqual(intended);
	});

	test("the intended shared key resolves by prefix", () => {
		expect(found("Auto Scaling")).toBe("Amazon EC2 Auto Scaling");
		expect(found("EC2 Auto Scaling")).toBe("Amazon EC2 Auto Scaling");
		expect(found("AWS Auto Scaling")).toBe("AWS Auto Scaling");
	});

	test("knows the common exam services", () => {
		const expected: [string, string | null, string][] = [
			["Amazon Elastic Compute Cloud", "EC2", "Compute"],
			["Amazon Simple Storage Service", "S3", "Storage"],
			["AWS Identity and Access Management", "IAM", "Security, Identity & Compliance"],
			["Elastic Load Balancing", "ELB", "Networking & Content Delivery"],
			["Amazon Elastic Kubernetes Service", "EKS", "Containers"],
			["AWS Lambda", null, "Compute"],
			["Amazon DynamoDB", null, "Databases"],
			["Amazon Simple Queue Service", "SQS", "Application Integration"],
			["Amazon SageMaker", null, "Machine Learning"],
			["Amazon Braket", null, "Quantum"],
		];
		for (const [name, abbr, category] of expected) {
			const s = findService(name);
			expect(s, name).not.toBeNull();
			expect(s?.abbr).toBe(abbr);
			expect(s?.category).toBe(category);
		}
		expect(findService("Amazon EC2")?.names).toEqual(["Amazon Elastic Compute Cloud", "Amazon EC2", "EC2"]);
	});
});

describe("findService", () => {
	test.each<[string, string | null]>([
		// How study notes name services
		["Amazon Elastic Kubernetes Service (EKS)", "Amazon Elastic Kubernetes Service"],
		["Amazon EKS", "Amazon Elastic Kubernetes Service"],
		["EKS", "Amazon Elastic Kubernetes Service"],
		["Amazon EKS (Elastic Kubernetes Service)", "Amazon Elastic Kubernetes Service"],
		["Elastic Kubernetes Service (Amazon EKS)", "Amazon Elastic Kubernetes Service"],
		["Amazon VPC (Virtual Private Cloud)", "Amazon Virtual Private Cloud"],
		["Amazon Simple Queue Service (SQS)", "Amazon Simple Queue Service"],
		["Amazon EC2", "Amazon Elastic Compute Cloud"],
		["EC2", "Amazon Elastic Compute Cloud"],
		["IAM", "AWS Identity and Access Management"],
		["AWS Identity & Access Management (IAM)", "AWS Identity and Access Management"],
		["ELB", "Elastic Load Balancing"],
		["Amazon S3", "Amazon Simple Storage Service"],
		["S3", "Amazon Simple Storage Service"],
		// Case, spaces, hyphens, prefix mix-ups, trailing " Service"
		["amazon eks", "Amazon Elastic Kubernetes Service"],
		["  Amazon   Elastic  Kubernetes   Service  ", "Amazon Elastic Kubernetes Service"],
		["AWS S3", "Amazon Simple Storage Service"],
		["Amazon Lambda", "AWS Lambda"],
		["AWS-S3", "Amazon Simple Storage Service"],
		["Lambda", "AWS Lambda"],
		["Lambda service", "AWS Lambda"],
		["Amazon S3 Service", "Amazon Simple Storage Service"],
		["EKS Service", "Amazon Elastic Kubernetes Service"],
		["Amazon Simple Storage Service (S3) ", "Amazon Simple Storage Service"],
		["AWS Well Architected Tool", "AWS Well-Architected Tool"],
		["X-Ray", "AWS X-Ray"],
		["XRay", "AWS X-Ray"],
		["Amazon Route53", "Amazon Route 53"],
		["MediaConvert", "AWS Elemental MediaConvert"],
		["Elemental MediaLive", "AWS Elemental MediaLive"],
		["AWS Cost & Usage Report", "AWS Cost and Usage Report"],
		["Amazon Web Services Lambda", "AWS Lambda"],
		["Amazon Keyspaces (for Apache Cassandra)", "Amazon Keyspaces"],
		// Former names still in study notes
		["Amazon Kinesis Data Firehose", "Amazon Data Firehose"],
		["Kinesis Data Analytics", "Amazon Managed Service for Apache Flink"],
		["Amazon Elasticsearch Service", "Amazon OpenSearch Service"],
		["AWS SSO", "AWS IAM Identity Center"],
		["AWS Single Sign-On", "AWS IAM Identity Center"],
		["CloudWatch Events", "Amazon EventBridge"],
		["Amazon Elastic MapReduce", "Amazon EMR"],
		// Prefix-only names
		["AWS Backup", "AWS Backup"],
		["AWS Config", "AWS Config"],
		["Amazon Config", "AWS Config"],
		["AWS Batch", "AWS Batch"],
		["AWS CLI", "AWS Command Line Interface"],
		// Link targets with folder, heading, alias, extension
		["AWS/Compute/Amazon EC2", "Amazon Elastic Compute Cloud"],
		["Amazon EKS#Pricing", "Amazon Elastic Kubernetes Service"],
		["Amazon EKS#^block", "Amazon Elastic Kubernetes Service"],
		["Amazon EKS|Kubernetes on AWS", "Amazon Elastic Kubernetes Service"],
		["Amazon EKS.md", "Amazon Elastic Kubernetes Service"],
		// Combined notes: the first service
		["Elastic Load Balancing (ELB) & Auto Scaling", "Elastic Load Balancing"],
		["AWS Shield & WAF", "AWS Shield"],
		["Amazon SQS and SNS", "Amazon Simple Queue Service"],
		["WAF + Shield", "AWS WAF"],
		["Kubernetes & EKS", "Amazon Elastic Kubernetes Service"],
	])("%j -> %j", (name, expected) => {
		expect(found(name)).toBe(expected);
	});

	test.each([
		"Kubernetes",
		"Shared responsibility model",
		"Study plan",
		"",
		"   ",
		"AWS",
		"Amazon",
		"Amazon Web Services",
		"Backup",
		"Config",
		"Batch",
		"Connect",
		"Backup and Restore",
		"Backup & Restore",
		"SQS vs SNS",
		"EC2 instance types",
		"S3 lifecycle policies",
		"Lifecycle policies (S3)",
		"AWS Storage Classes (S3)",
		"AWS Elastic Kubernetes (EKS)",
		"Security Groups (SG)",
		"Recovery Time Objective (RTO)",
		"Amazon Unknown Service",
		"(EKS)",
		"EKS (",
		"#EKS",
		"Docker",
		"a".repeat(500),
		"Amazon EKS".padEnd(300, " x"),
	])("%j -> null", (name) => {
		expect(findService(name)).toBeNull();
	});

	test("is fast enough for thousands of link targets", () => {
		const names = allServices().flatMap((s) => s.names.concat(`${s.name} (X1)`, `Not ${s.name} notes`));
		const started = performance.now();
		for (let round = 0; round < 5; round++) for (const n of names) findService(n);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});

describe("findServices", () => {
	test.each<[string, string[]]>([
		["Elastic Load Balancing (ELB) & Auto Scaling", ["Elastic Load Balancing", "Amazon EC2 Auto Scaling"]],
		["AWS Shield & WAF", ["AWS Shield", "AWS WAF"]],
		["AWS Identity and Access Management (IAM) and Organizations", ["AWS Identity and Access Management", "AWS Organizations"]],
		["Amazon SQS, SNS & EventBridge", ["Amazon Simple Queue Service", "Amazon Simple Notification Service", "Amazon EventBridge"]],
		["AWS CloudTrail & Config", ["AWS CloudTrail", "AWS Config"]],
		["CloudTrail & Config", ["AWS CloudTrail"]],
		["AWS ELB & Auto Scaling", ["Elastic Load Balancing", "Amazon EC2 Auto Scaling"]],
		["S3 & S3", ["Amazon Simple Storage Service"]],
		["Amazon EKS (Kubernetes & Fargate)", ["Amazon Elastic Kubernetes Service"]],
		["AWS Identity and Access Management", ["AWS Identity and Access Management"]],
		["Backup and Restore", []],
		["Kubernetes", []],
	])("%j -> %j", (name, expected) => {
		expect(findServices(name).map((s) => s.name)).toEqual(expected);
	});
});

describe("isServiceName", () => {
	test.each([
		// Catalog matches
		"Amazon EKS",
		"EKS",
		"Amazon Elastic Kubernetes Service (EKS)",
		"Elastic Load Balancing (ELB) & Auto Scaling",
		"AWS Shield & WAF",
		"aws s3",
		"Lambda",
		// Naming patterns for services the catalog does not know
		"Amazon Nova Act",
		"AWS Something New",
		"Elastic Fabric Adapter",
		"Elastic IP",
		"Foo Bar Service (FBS)",
		"Brand New Thing (BNT2)",
		"AWS Nova (X) & Friends",
		"Foo Bar (FB) & Baz",
	])("%j is a service name", (name) => {
		expect(isServiceName(name)).toBe(true);
	});

	test.each([
		"Kubernetes",
		"Shared responsibility model",
		"Study plan",
		"",
		"AWS",
		"Amazon",
		"aws notes",
		"AWS Shared Responsibility Model",
		"AWS Certified Solutions Architect Associate (SAA)",
		"AWS Regions",
		"AWS Global Infrastructure",
		"AWS Free Tier",
		"AWS Well-Architected Framework",
		"Amazon Web Services",
		"Amazon Machine Image (AMI)",
		"Amazon Resource Name (ARN)",
		"Recovery Time Objective (RTO)",
		"Security Groups (SG)",
		"Multi-Factor Authentication (MFA)",
		"Elasticity",
		"elastic scaling",
		"Backup and Restore",
		"SQS vs SNS",
		"Exam tips (Week 3)",
		"Storage classes (s3)",
		"Notes (ABCDEFG)",
		"Docker",
	])("%j is not a service name", (name) => {
		expect(isServiceName(name)).toBe(false);
	});
});

describe("deriveAliases", () => {
	test.each<[string, string[]]>([
		["Amazon Elastic Container Registry (ECR)", ["Amazon ECR", "ECR"]],
		["AWS Key Management Service (KMS)", ["AWS KMS", "KMS"]],
		["Amazon Elastic Kubernetes Service (EKS)", ["Amazon EKS", "EKS"]],
		["Amazon EKS (Elastic Kubernetes Service)", ["Amazon EKS", "EKS"]],
		["Amazon VPC (Virtual Private Cloud)", ["Amazon VPC", "VPC"]],
		["Amazon Simple Queue Service (SQS)", ["Amazon SQS", "SQS"]],
		["Amazon Elastic Container Registry", ["Amazon ECR", "ECR"]],
		["Amazon EKS", ["EKS"]],
		["EKS", ["Amazon EKS"]],
		["eks", ["Amazon EKS"]],
		["Elastic Load Balancing (ELB)", ["ELB"]],
		["Elastic Load Balancing", ["ELB"]],
		["AWS Direct Connect", ["DX"]],
		["AWS Command Line Interface", ["AWS CLI", "CLI"]],
		// The catalog's prefix wins; the user's own abbreviation is kept when it differs
		["AWS Elastic Container Registry (ECR)", ["Amazon ECR", "ECR"]],
		["Amazon Kinesis Data Firehose (KDF)", ["Amazon KDF", "KDF"]],
		// Names the catalog does not know: from the parenthesized abbreviation
		["Amazon Foo Bar (AFB)", ["Amazon AFB", "AFB"]],
		["AWS Foo Bar (FB)", ["AWS FB", "FB"]],
		["Multi-Factor Authentication (MFA)", ["MFA"]],
		["Amazon FSx (FSx)", ["Amazon FSx", "FSx"]],
		// Nothing to derive
		["AWS Lambda", []],
		["Amazon EC2 Auto Scaling", []],
		["Kubernetes", []],
		["Study plan", []],
		["Load Balancers (Classic)", []],
		["Exam tips (2024)", []],
		["", []],
		// Combined notes get none
		["Elastic Load Balancing (ELB) & Auto Scaling", []],
		["AWS Shield & WAF", []],
	])("%j -> %j", (name, expected) => {
		expect(deriveAliases(name)).toEqual(expected);
	});

	test("never returns the name itself, and no duplicates, for any catalog name", () => {
		for (const s of allServices()) {
			for (const n of [...s.names, `${s.name} (${s.abbr ?? "XY"})`]) {
				const aliases = deriveAliases(n);
				const folded = aliases.map((a) => a.toLowerCase());
				expect(folded, n).not.toContain(n.toLowerCase());
				expect(new Set(folded).size, n).toBe(aliases.length);
			}
		}
	});
});

describe("sameService", () => {
	test.each<[string, string, boolean]>([
		["Amazon ECR", "Amazon Elastic Container Registry (ECR)", true],
		["ECR", "Amazon Elastic Container Registry", true],
		["AWS S3", "Amazon Simple Storage Service (S3)", true],
		["Amazon EKS (Elastic Kubernetes Service)", "EKS", true],
		["Auto Scaling", "Amazon EC2 Auto Scaling", true],
		["AWS Auto Scaling", "Amazon EC2 Auto Scaling", false],
		["AWS WAF", "AWS Shield & WAF", true],
		["Auto Scaling", "Elastic Load Balancing (ELB) & Auto Scaling", true],
		["ELB", "Elastic Load Balancing (ELB) & Auto Scaling", true],
		["AWS Shield & WAF", "AWS WAF & Firewall Manager", true],
		["Amazon ECS", "Amazon EKS", false],
		["Amazon S3", "Amazon S3 Glacier", false],
		["Application Load Balancer", "Elastic Load Balancing", false],
		["Kubernetes", "Kubernetes", false],
		["", "", false],
		["Amazon EKS", "", false],
	])("%j ~ %j -> %j", (a, b, expected) => {
		expect(sameService(a, b)).toBe(expected);
		expect(sameService(b, a)).toBe(expected);
	});
});

describe("never throws", () => {
	const catalogNames = allServices().flatMap((s) => s.names);
	/** Strings made of catalog names, separators, brackets and noise: closer to real link targets than random text. */
	const nameLike = fc
		.array(
			fc.oneof(
				fc.constantFrom(...catalogNames),
				fc.constantFrom(" ", "  ", "(", ")", "&", " and ", "+", ",", "#", "|", "/", ".md", "Amazon ", "AWS ", " Service", "-", "\u00a0"),
				fc.string({ maxLength: 6 }),
			),
			{ maxLength: 8 },
		)
		.map((parts) => parts.join(""));
	const anyString = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), nameLike, fc.string({ maxLength: 60 }));

	test("findService, findServices, isServiceName, deriveAliases and sameService", () => {
		fc.assert(
			fc.property(anyString, anyString, (a, b) => {
				const entry = findService(a);
				if (entry) expect(allServices()).toContain(entry);
				expect(findServices(a)[0] ?? null).toBe(entry);
				if (entry) expect(isServiceName(a)).toBe(true);
				else expect(typeof isServiceName(a)).toBe("boolean");
				const aliases = deriveAliases(a);
				const folded = aliases.map((x) => x.toLowerCase());
				expect(folded).not.toContain(a.trim().replace(/\s+/g, " ").toLowerCase());
				expect(new Set(folded).size).toBe(aliases.length);
				expect(sameService(a, b)).toBe(sameService(b, a));
			}),
			{ numRuns: 2000 },
		);
	});
});
