#!/usr/bin/env node
/**
 * Synthetic AWS study-note vaults for the benchmark, generated deterministically from a seed.
 *
 * The notes follow the style of real study notes (see docs and the example vault) without copying
 * any of them: every sentence is assembled from the word lists below.
 *
 * - `AWS/<Category>/<Note>.md` for most notes (in scope by folder), plus `Inbox/`, `Daily/`,
 *   `Exam prep/` and `Templates/` notes (a few `Inbox/Amazon ...` notes are in scope by name).
 * - Frontmatter on about half the notes (aliases, tags, dates); one frontmatter in two hundred is
 *   invalid YAML, as in real vaults where a stray colon slips in.
 * - The five template sections (Overview, Details, Use Cases, Exam Tips, References) with
 *   realistic gaps: bold-line `**Overview**` instead of a heading, synonyms (`## Key features`),
 *   a missing section, an empty one, two swapped, now and then a duplicate.
 * - Nested bullets (tabs mostly, spaces sometimes) with bold terms, `---` separators, trailing
 *   double-space line breaks, an occasional code block and inline `#tag`.
 * - About five `[[links]]` a note: most resolve, ~8% name only an alias, ~15% have no note
 *   (services the vault lacks and topics never written), a few point at empty notes or at the
 *   same service under another name.
 * - A few large notes of 5,000-6,000 lines (3 in a 10,000-note vault, 1 below 5,000 notes).
 *
 * Usage: node bench/generate.mjs [--size 10000] [--seed 42] [--out <folder>] [--force]
 * Default folder: <os.tmpdir()>/anc-bench/vault-<size>-s<seed>. A marker file
 * (`.anc-bench.json`) records size, seed and generator version; a matching vault is reused.
 */

import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

/** Bump when the generated content changes, so cached vaults are regenerated. */
export const GENERATOR_VERSION = 4;
export const MARKER = ".anc-bench.json";
export const DEFAULT_SEED = 42;

/** The five required headings for markdownlint's MD043 (see `writeMarkdownlintConfig`). */
export const MD043_HEADINGS = ["*", "## **Overview**", "*", "## **Details**", "*", "## **Use Cases**", "*", "## **Exam Tips**", "*", "## **References**", "*"];

// --- Seeded randomness ------------------------------------------------------------------------------

/** mulberry32: small, fast, good enough for test data. */
function createRng(seed) {
	let s = seed >>> 0;
	const next = () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const rng = {
		next,
		int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
		chance: (p) => next() < p,
		pick: (arr) => arr[Math.floor(next() * arr.length)],
		shuffle: (arr) => {
			const a = [...arr];
			for (let i = a.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[a[i], a[j]] = [a[j], a[i]];
			}
			return a;
		},
		/** Some distinct items of a list. */
		some: (arr, n) => rng.shuffle(arr).slice(0, Math.min(n, arr.length)),
	};
	return rng;
}

// --- Word lists -------------------------------------------------------------------------------------

/** [category, [[note name, short name, aliases...], ...]]: services the vault has notes for. */
const SERVICES = [
	["Compute", [
		["Amazon EC2", "EC2", "Amazon Elastic Compute Cloud"],
		["AWS Lambda", "Lambda"],
		["AWS Elastic Beanstalk", "Beanstalk", "Elastic Beanstalk"],
		["Amazon Lightsail", "Lightsail"],
		["AWS Batch", "Batch"],
		["AWS Outposts", "Outposts"],
		["Amazon EC2 Auto Scaling", "Auto Scaling", "EC2 Auto Scaling"],
		["AWS Serverless Application Model (SAM)", "SAM"],
	]],
	["Containers", [
		["Amazon Elastic Container Service (ECS)", "ECS", "Amazon ECS"],
		["Amazon Elastic Kubernetes Service (EKS)", "EKS", "Amazon EKS"],
		["AWS Fargate", "Fargate"],
		["Amazon Elastic Container Registry (ECR)", "ECR", "Amazon ECR"],
		["AWS App Runner", "App Runner"],
	]],
	["Storage", [
		["Amazon S3", "S3", "Amazon Simple Storage Service"],
		["Amazon Elastic Block Store (EBS)", "EBS", "Amazon EBS"],
		["Amazon EFS", "EFS", "Amazon Elastic File System"],
		["Amazon FSx", "FSx"],
		["AWS Storage Gateway", "Storage Gateway"],
		["AWS Backup", "Backup"],
		["Amazon S3 Glacier", "Glacier", "S3 Glacier"],
		["AWS Snow Family", "Snowball", "AWS Snowball"],
	]],
	["Databases", [
		["Amazon Relational Database Service (RDS)", "RDS", "Amazon RDS"],
		["Amazon Aurora", "Aurora"],
		["Amazon DynamoDB", "DynamoDB"],
		["Amazon ElastiCache", "ElastiCache"],
		["Amazon Redshift", "Redshift"],
		["Amazon Neptune", "Neptune"],
		["Amazon DocumentDB", "DocumentDB"],
		["Amazon Keyspaces", "Keyspaces"],
		["Amazon MemoryDB for Redis", "MemoryDB"],
	]],
	["Networking", [
		["Amazon VPC (Virtual Private Cloud)", "VPC", "Amazon VPC"],
		["Amazon Route 53", "Route 53"],
		["Amazon CloudFront", "CloudFront"],
		["Elastic Load Balancing (ELB)", "ELB", "Load balancers"],
		["AWS Direct Connect", "Direct Connect"],
		["AWS Transit Gateway", "Transit Gateway"],
		["Amazon API Gateway", "API Gateway"],
		["AWS Global Accelerator", "Global Accelerator"],
		["AWS PrivateLink", "PrivateLink"],
	]],
	["IAM & Security", [
		["AWS Identity and Access Management (IAM)", "IAM", "AWS IAM"],
		["AWS Key Management Service (KMS)", "KMS", "AWS KMS"],
		["Amazon Cognito", "Cognito"],
		["AWS Secrets Manager", "Secrets Manager"],
		["AWS Shield", "Shield"],
		["AWS WAF", "WAF"],
		["Amazon GuardDuty", "GuardDuty"],
		["AWS Certificate Manager (ACM)", "ACM"],
		["AWS Organizations", "Organizations"],
		["Amazon Inspector", "Inspector"],
	]],
	["Management", [
		["Amazon CloudWatch", "CloudWatch"],
		["AWS CloudTrail", "CloudTrail"],
		["AWS CloudFormation", "CloudFormation"],
		["AWS Systems Manager", "Systems Manager", "SSM"],
		["AWS Config", "Config"],
		["AWS Trusted Advisor", "Trusted Advisor"],
		["AWS Control Tower", "Control Tower"],
		["AWS Service Catalog", "Service Catalog"],
	]],
	["Integration", [
		["Amazon SQS", "SQS", "Amazon Simple Queue Service"],
		["Amazon SNS", "SNS", "Amazon Simple Notification Service"],
		["Amazon EventBridge", "EventBridge"],
		["AWS Step Functions", "Step Functions"],
		["Amazon MQ", "MQ"],
		["Amazon Kinesis", "Kinesis"],
	]],
	["Analytics", [
		["Amazon Athena", "Athena"],
		["Amazon EMR", "EMR"],
		["Amazon OpenSearch Service", "OpenSearch"],
		["Amazon QuickSight", "QuickSight"],
		["AWS Lake Formation", "Lake Formation"],
		["Amazon Data Firehose", "Firehose", "Kinesis Data Firehose"],
	]],
	["Machine Learning", [
		["Amazon SageMaker", "SageMaker"],
		["Amazon Rekognition", "Rekognition"],
		["Amazon Comprehend", "Comprehend"],
		["Amazon Polly", "Polly"],
		["Amazon Bedrock", "Bedrock"],
	]],
	["Developer Tools", [
		["AWS CodePipeline", "CodePipeline"],
		["AWS CodeBuild", "CodeBuild"],
		["AWS CodeDeploy", "CodeDeploy"],
		["AWS X-Ray", "X-Ray"],
		["AWS Cloud9", "Cloud9"],
	]],
	["Migration", [
		["AWS Database Migration Service (DMS)", "DMS"],
		["AWS DataSync", "DataSync"],
		["AWS Application Migration Service", "MGN"],
		["AWS Transfer Family", "Transfer Family"],
	]],
];

/** Real services the vault has no note for: links to them are "missing" service targets. */
const ABSENT_SERVICES = [
	"AWS Glue", "Amazon Macie", "AWS Security Hub", "Amazon Detective", "AWS Firewall Manager", "AWS Artifact",
	"Amazon Timestream", "Amazon QLDB", "AWS AppSync", "AWS Amplify", "Amazon Lex", "Amazon Transcribe",
	"Amazon Translate", "Amazon Textract", "Amazon Kendra", "Amazon Personalize", "Amazon Forecast",
	"AWS IoT Core", "AWS IoT Greengrass", "Amazon WorkSpaces", "Amazon AppStream 2.0", "AWS Outposts Servers",
	"AWS Wavelength", "AWS Local Zones", "AWS Ground Station", "Amazon Managed Grafana",
	"Amazon Managed Service for Prometheus", "AWS Proton", "AWS CodeArtifact", "AWS Device Farm",
	"Amazon Pinpoint", "Amazon SES", "AWS Elemental MediaConvert", "Amazon Chime", "AWS Budgets",
	"AWS Cost Explorer", "AWS Compute Optimizer", "AWS Resource Access Manager", "AWS IAM Identity Center",
	"AWS Directory Service", "Amazon Verified Permissions", "AWS Audit Manager", "AWS License Manager",
	"AWS Health Dashboard", "AWS Launch Wizard", "Amazon Elastic Transcoder", "AWS Snowcone",
];

const TOPICS = [
	"Pricing", "Security", "Monitoring", "Limits and Quotas", "Best Practices", "Networking", "Encryption",
	"High Availability", "Cost Optimization", "Troubleshooting", "Lab", "Performance", "Scaling", "Backups",
	"Disaster Recovery", "Access Control", "Logging", "Architecture", "Integration Patterns", "Migration",
	"Exam Questions", "Cheat Sheet", "Deployment", "Automation", "Compliance", "Replication", "Consistency Model",
	"Storage Classes", "Instance Types", "Lifecycle", "Events", "Metrics", "Quotas", "CLI Commands", "SDK Usage",
	"Console Walkthrough", "Failover", "Multi-Region", "Caching", "Throttling", "Retries", "Versioning",
	"Tagging Strategy", "Service Limits", "Data Protection", "Resilience", "Auditing", "Governance", "Identity",
	"Endpoints", "Private Access", "Cross-Account Access", "Encryption at Rest", "Encryption in Transit",
	"Capacity Planning", "Observability", "Alarms", "Billing", "Free Tier", "Hands-on Notes", "FAQ",
	"Comparison", "Design Patterns", "Anti-patterns", "Reference Architecture", "Case Study", "Whitepaper Notes",
	"Workshop", "Re:Invent Notes", "Practice Test Mistakes", "Review", "Flashcards", "Summary Sheet",
];

/** Topics nobody wrote yet: links to `<short> <topic>` with these have no note. */
const MISSING_TOPICS = [
	"Deep Dive", "Advanced Patterns", "Edge Cases", "Gotchas", "Internals", "Roadmap", "Open Questions",
	"Exam Traps", "Scenario Drills", "Hybrid Setups", "Limits Table", "Pricing Examples", "Cost Drills",
];

const ADJ = [
	"fully managed", "serverless", "highly available", "durable", "regional", "global", "scalable", "low-latency",
	"pay-as-you-go", "event-driven", "fault-tolerant", "elastic", "managed", "multi-AZ", "secure", "cost-effective",
];
const NOUNS = [
	"compute service", "storage service", "database", "message queue", "data warehouse", "file system", "cache",
	"networking layer", "orchestration service", "analytics engine", "monitoring service", "security control",
	"identity service", "deployment tool", "integration service", "streaming platform", "key store",
];
const PURPOSES = [
	"running workloads without managing servers", "storing objects at any scale", "decoupling application components",
	"tracking API activity across accounts", "delivering content with low latency", "analysing data with standard SQL",
	"protecting data with managed keys", "scaling capacity with demand", "building event-driven applications",
	"connecting on-premises networks to AWS", "automating infrastructure as code", "observing metrics and logs",
	"controlling who can do what in an account", "migrating databases with minimal downtime",
];
const TERMS = [
	"Availability Zone", "Region", "edge location", "IAM role", "resource policy", "security group", "NACL",
	"lifecycle policy", "provisioned throughput", "on-demand capacity", "read replica", "Multi-AZ deployment",
	"customer managed key", "envelope encryption", "dead-letter queue", "visibility timeout", "long polling",
	"fan-out", "cold start", "reserved concurrency", "provisioned concurrency", "spot instance", "savings plan",
	"placement group", "instance store", "snapshot", "cross-region replication", "versioning", "presigned URL",
	"origin access control", "TTL", "health check", "sticky session", "target group", "listener rule",
	"VPC endpoint", "NAT gateway", "internet gateway", "route table", "peering connection", "transit attachment",
	"parameter group", "point-in-time recovery", "global table", "DAX", "partition key", "sort key", "GSI", "LSI",
	"stream", "shard", "consumer group", "retention period", "checkpoint", "state machine", "event bus", "rule",
	"stack", "change set", "drift detection", "StackSet", "trail", "log group", "metric filter", "alarm",
	"dashboard", "service control policy", "permission boundary", "session policy", "trust policy", "STS",
	"WAF rule", "rate-based rule", "certificate", "secret rotation", "KMS grant", "key policy", "CMK",
];
const VERBS = [
	"supports", "integrates with", "replicates to", "encrypts", "scales", "logs", "throttles", "caches",
	"protects", "routes", "stores", "streams", "monitors", "schedules", "retries", "archives",
];
const OBJECTS = [
	"requests across AZs", "data at rest", "traffic between subnets", "events from other services",
	"objects larger than 5 GB", "metrics every minute", "up to 10,000 messages per second", "keys per Region",
	"snapshots to another Region", "connections from on-premises", "records for 24 hours by default",
	"API calls made in the account", "state between steps", "secrets on a schedule", "images for containers",
];
const NUMBERS = ["15 minutes", "5 TB", "256 KB", "99.99%", "11 nines", "14 days", "7 days", "1 MB", "64 KB", "3 AZs", "10 GB", "35 days", "900 seconds", "12 hours"];
const GROUPS = [
	"Core Capabilities", "Security", "Integrations", "Management", "Performance", "Pricing", "Limits",
	"Networking", "Storage options", "Scaling", "Monitoring", "Availability", "Data protection", "Deployment",
	"Architecture", "Key concepts", "Features", "Operations",
];
const USE_CASES = [
	"Migrating workloads from on-premises data centres.", "Hybrid environments (on-prem + cloud).",
	"Running microservices behind a load balancer.", "Serving static websites and media.",
	"Processing events from uploads and queues.", "Building data lakes for analytics.",
	"Archiving logs for compliance.", "Caching hot reads to cut latency.", "Batch jobs that run overnight.",
	"Multi-tenant SaaS backends.", "Disaster recovery across Regions.", "Real-time dashboards from streams.",
	"Centralised security auditing across accounts.", "CI/CD pipelines for containers.",
];
const DAILY_WORDS = ["Reviewed", "Practised", "Re-read", "Summarised", "Drilled", "Tested myself on", "Wrote notes on"];
const LANGS = ["bash", "json", "python", "yaml"];

// --- Note text --------------------------------------------------------------------------------------

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(rng, svcShort) {
	switch (rng.int(0, 5)) {
		case 0:
			return `**${svcShort}** ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}.`;
		case 1:
			return `The **${rng.pick(TERMS)}** ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}.`;
		case 2:
			return `Limit: **${rng.pick(NUMBERS)}** per ${rng.pick(["request", "account", "Region", "function", "table", "bucket"])}.`;
		case 3:
			return `${cap(rng.pick(ADJ))} by default; ${rng.pick(TERMS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}.`;
		case 4:
			return `Use a **${rng.pick(TERMS)}** for ${rng.pick(PURPOSES)}.`;
		default:
			return `${cap(rng.pick(TERMS))} and ${rng.pick(TERMS)} work together (${rng.pick(ADJ)}).`;
	}
}

/**
 * Everything the generator decided about the vault before writing any text: names, folders,
 * aliases, which notes are empty, and the link targets each kind of link draws from.
 */
function planVault(size, seed) {
	const rng = createRng(seed ^ 0x5eed);
	/** @type {{path: string, name: string, short: string, category: string, aliases: string[], kind: string, large: boolean, empty: boolean}[]} */
	const notes = [];
	const used = new Set();
	const add = (folder, name, extra) => {
		let n = name;
		for (let k = 2; used.has(n.toLowerCase()); k++) n = `${name} ${k}`;
		used.add(n.toLowerCase());
		const note = { path: `${folder}/${n}.md`, name: n, short: n, category: "", aliases: [], kind: "topic", large: false, empty: false, ...extra };
		notes.push(note);
		return note;
	};

	const nonAws = Math.max(8, Math.round(size * 0.06));
	const awsCount = size - nonAws;
	// One note per service, then topic notes spread over the services.
	const services = [];
	for (const [category, list] of SERVICES) for (const [name, short, ...aliases] of list) services.push({ category, name, short, aliases });
	for (const s of services) {
		if (notes.length >= awsCount) break;
		const aliases = [...s.aliases];
		if (!aliases.includes(s.short) && rng.chance(0.6)) aliases.push(s.short);
		add(`AWS/${s.category}`, s.name, { short: s.short, category: s.category, aliases, kind: "service" });
	}
	const combos = [];
	for (const s of services) for (const t of TOPICS) combos.push([s, t]);
	const order = rng.shuffle(combos);
	for (let i = 0; notes.length < awsCount; i++) {
		const [s, t] = order[i % order.length];
		const round = Math.floor(i / order.length);
		const name = round === 0 ? `${s.short} ${t}` : `${s.short} ${t} (part ${round + 1})`;
		const aliases = rng.chance(0.12) ? [`${s.short} ${t.toLowerCase()} notes`] : [];
		add(`AWS/${s.category}`, name, { short: s.short, category: s.category, aliases, kind: "topic" });
	}
	// Non-AWS notes: inbox (some named like services: in scope by name), daily notes, exam prep, a template.
	add("Templates", "AWS service", { kind: "template" });
	for (let i = 0; notes.length < size; i++) {
		const r = i % 4;
		if (r === 0) {
			const svc = rng.pick(ABSENT_SERVICES);
			add("Inbox", rng.chance(0.5) ? `${svc} draft` : `Reading list ${i}`, { kind: "inbox", short: svc });
		} else if (r === 1) {
			const d = new Date(Date.UTC(2024, 0, 1) + i * 86400000).toISOString().slice(0, 10);
			add("Daily", d, { kind: "daily" });
		} else if (r === 2) {
			add("Exam prep", `${rng.pick(["Domain", "Mock exam", "Weak spots", "Review"])} ${i}`, { kind: "exam" });
		} else {
			add("Inbox", `Idea ${i}`, { kind: "inbox", short: "Idea" });
		}
	}
	// Large notes: three in a 10,000-note vault, one in a small vault.
	const aws = notes.filter((n) => n.path.startsWith("AWS/"));
	const largeCount = size >= 5000 ? 3 : 1;
	for (let i = 0; i < largeCount; i++) aws[Math.floor(((i + 0.5) * aws.length) / largeCount)].large = true;
	// Empty notes (only frontmatter or nothing): ~0.4% of topic notes.
	for (const n of aws) if (n.kind === "topic" && !n.large && rng.chance(0.004)) n.empty = true;
	const empties = aws.filter((n) => n.empty);

	const byCategory = new Map();
	for (const n of aws) {
		if (!byCategory.has(n.category)) byCategory.set(n.category, []);
		byCategory.get(n.category).push(n);
	}
	const withAliases = aws.filter((n) => n.aliases.length > 0 && !n.empty);
	// Targets with no note: absent services, topics never written, and one-off typos.
	const missingTopics = [];
	for (const s of services) for (const t of MISSING_TOPICS) missingTopics.push(`${s.short} ${t}`);
	// Service names the vault has under another spelling (same-service).
	const otherNames = services.filter((s) => s.aliases.length > 0).map((s) => ({ name: s.aliases[0].startsWith("Amazon") || s.aliases[0].startsWith("AWS") ? s.aliases[0] : `AWS ${s.short}` }));
	return { notes, aws, byCategory, withAliases, empties, missingTopics, otherNames, services };
}

/** One `[[link]]` for a note, drawn from the plan (resolved, alias, missing, empty, same service). */
function linkFor(rng, plan, note) {
	const r = rng.next();
	if (r < 0.7 || plan.withAliases.length === 0) {
		const pool = rng.chance(0.7) ? plan.byCategory.get(note.category) ?? plan.aws : plan.aws;
		let target = rng.pick(pool);
		if (target.empty) target = plan.aws[0];
		const name = target.name;
		const v = rng.next();
		if (v < 0.12) return `[[${name}|${target.short}]]`;
		if (v < 0.18) return `[[${name}#${rng.pick(["Details", "Exam Tips", "Use Cases"])}]]`;
		if (v < 0.2) return `[[${target.path.slice(0, -3)}]]`;
		return `[[${name}]]`;
	}
	if (r < 0.78) {
		const t = rng.pick(plan.withAliases);
		return `[[${rng.pick(t.aliases)}]]`;
	}
	if (r < 0.93) {
		const m = rng.next();
		if (m < 0.45) return `[[${rng.pick(ABSENT_SERVICES)}]]`;
		if (m < 0.95) return `[[${rng.pick(plan.missingTopics)}]]`;
		return `[[${note.short} ${rng.pick(TOPICS)} scratch ${rng.int(1, 400)}]]`;
	}
	if (r < 0.96 && plan.empties.length > 0) return `[[${rng.pick(plan.empties).name}]]`;
	if (plan.otherNames.length > 0) return `[[${rng.pick(plan.otherNames).name}]]`;
	return `[[${rng.pick(plan.aws).name}]]`;
}

function frontmatter(rng, note, lines) {
	const fm = ["---"];
	if (note.aliases.length > 0) {
		if (rng.chance(0.2)) fm.push(`aliases: [${note.aliases.join(", ")}]`);
		else {
			fm.push("aliases:");
			for (const a of note.aliases) fm.push(`  - ${a}`);
		}
	}
	if (rng.chance(0.5)) {
		fm.push("tags:");
		fm.push(`  - aws/${note.category.toLowerCase().replace(/[^a-z]+/g, "-")}`);
		if (rng.chance(0.4)) fm.push(`  - ${rng.pick(["exam", "saa-c03", "review", "todo"])}`);
	}
	if (rng.chance(0.3)) fm.push(`created: 2025-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`);
	if (rng.chance(0.005)) fm.push(`source: ${rng.pick(PURPOSES)}: see notes`); // a stray colon: invalid YAML
	if (fm.length === 1) fm.push(`status: ${rng.pick(["draft", "done", "review"])}`);
	fm.push("---", "");
	for (const l of fm) lines.push(l);
}

/** A block of nested bullets under a group label, with bold terms and links. */
function bulletGroup(rng, plan, note, lines, ind, linkBudget) {
	lines.push(`- **${rng.pick(GROUPS)}**${rng.chance(0.15) ? ":" : ""}`);
	const children = rng.int(2, 5);
	for (let c = 0; c < children; c++) {
		let text = sentence(rng, note.short);
		if (linkBudget.n > 0 && rng.chance(0.45)) {
			text = text.replace(/\.$/, "") + ` via ${linkFor(rng, plan, note)}.`;
			linkBudget.n--;
		}
		lines.push(`${ind}- ${text}${rng.chance(0.1) ? "  " : ""}`);
		if (rng.chance(0.25)) {
			const g = rng.int(1, 3);
			for (let k = 0; k < g; k++) lines.push(`${ind}${ind}- ${sentence(rng, note.short)}`);
		}
	}
}

/** The text of one AWS note. */
function awsNote(rng, plan, note) {
	const lines = [];
	if (note.empty) {
		if (rng.chance(0.5)) frontmatter(rng, note, lines);
		return lines.join("\n");
	}
	if (note.aliases.length > 0 ? rng.chance(0.85) : rng.chance(0.3)) frontmatter(rng, note, lines);
	if (rng.chance(0.2)) lines.push(`# **${note.name}**`, "");
	const ind = rng.chance(0.85) ? "\t" : rng.chance(0.5) ? "  " : "    ";
	const sep = rng.chance(0.75);
	const linkBudget = { n: rng.int(2, 8) };

	// Which sections, how they are written, in which order.
	const style = (name, synonyms) => {
		const r = rng.next();
		if (r < 0.05 && synonyms.length > 0) return `## ${rng.pick(synonyms)}`;
		if (r < 0.1) return `## ${name}`;
		if (r < 0.12) return `### **${name}**`;
		return `## **${name}**`;
	};
	const sections = [
		{ name: "Overview", head: rng.chance(0.22) ? "**Overview**" : style("Overview", ["Summary", "Introduction"]), p: 0.98 },
		{ name: "Details", head: style("Details", ["Key features", "Key concepts"]), p: 0.97 },
		{ name: "Use Cases", head: style("Use Cases", ["When to use", "Common use cases"]), p: 0.92 },
		{ name: "Exam Tips", head: style("Exam Tips", ["Exam notes", "Tips"]), p: 0.92 },
		{ name: "References", head: style("References", ["Resources", "Further reading"]), p: 0.84 },
	].filter((s) => rng.chance(s.p));
	if (sections.length >= 3 && rng.chance(0.03)) {
		const i = rng.int(0, sections.length - 2);
		[sections[i], sections[i + 1]] = [sections[i + 1], sections[i]];
	}
	if (sections.length > 0 && rng.chance(0.01)) sections.push({ ...rng.pick(sections) });
	const emptyAt = rng.chance(0.03) ? rng.int(0, sections.length - 1) : -1;

	sections.forEach((s, si) => {
		if (si > 0 && sep) lines.push("---", "");
		lines.push(s.head);
		if (si === emptyAt) {
			lines.push("");
			return;
		}
		switch (s.name) {
			case "Overview":
				lines.push(`**${note.name}** is a **${rng.pick(ADJ)} ${rng.pick(NOUNS)}** on AWS.  `);
				lines.push(`It is used for **${rng.pick(PURPOSES)}** without ${rng.pick(["managing servers", "capacity planning", "patching", "long contracts"])}.`);
				if (rng.chance(0.4)) lines.push(sentence(rng, note.short));
				break;
			case "Details": {
				const groups = note.large ? 0 : rng.int(2, 5);
				for (let g = 0; g < groups; g++) {
					bulletGroup(rng, plan, note, lines, ind, linkBudget);
					if (rng.chance(0.5)) lines.push("");
				}
				if (!note.large && rng.chance(0.08)) {
					const lang = rng.pick(LANGS);
					lines.push("", "```" + lang, `# ${rng.pick(TERMS)} example`, `aws ${note.short.toLowerCase().replace(/[^a-z0-9]+/g, "")} describe-${rng.pick(["resources", "instances", "tables", "queues"])} --region eu-west-1`, "# - not a list item, [[not a link]]", "```");
				}
				if (note.large) largeDetails(rng, plan, note, lines, ind, linkBudget);
				break;
			}
			case "Use Cases": {
				for (const u of rng.some(USE_CASES, rng.int(2, 5))) lines.push(`- ${u}`);
				if (linkBudget.n > 0 && rng.chance(0.5)) {
					lines.push(`- Pair with ${linkFor(rng, plan, note)} for ${rng.pick(PURPOSES)}.`);
					linkBudget.n--;
				}
				break;
			}
			case "Exam Tips": {
				const other = rng.pick(plan.services);
				lines.push(`- **${note.short} = ${rng.pick(ADJ)} ${rng.pick(NOUNS)}**, **${other.short} = ${rng.pick(ADJ)} ${rng.pick(NOUNS)}**.  `);
				lines.push(`- Choose **${note.short}** if:  `);
				for (let k = rng.int(1, 3); k > 0; k--) lines.push(`${ind}- ${cap(rng.pick(PURPOSES))}.  `);
				for (let k = rng.int(1, 3); k > 0; k--) {
					let t = sentence(rng, note.short);
					if (linkBudget.n > 0 && rng.chance(0.4)) {
						t = `${t.replace(/\.$/, "")}, unlike ${linkFor(rng, plan, note)}.`;
						linkBudget.n--;
					}
					lines.push(`- ${t}`);
				}
				if (rng.chance(0.1)) lines.push(`- Remember #exam-${rng.pick(["trap", "favourite", "classic"])}`);
				break;
			}
			case "References": {
				const slug = note.short.toLowerCase().replace(/[^a-z0-9]+/g, "-");
				lines.push(`- [AWS Docs: ${note.short}](https://docs.aws.amazon.com/${slug}/)  `);
				if (rng.chance(0.6)) lines.push(`- [${note.short} FAQs](https://aws.amazon.com/${slug}/faqs/)  `);
				while (linkBudget.n > 0 && rng.chance(0.7)) {
					lines.push(`- See also ${linkFor(rng, plan, note)}`);
					linkBudget.n--;
				}
				break;
			}
		}
		lines.push("");
	});
	// Links the sections did not place go to a trailing "related" line (as some notes have).
	if (linkBudget.n > 0 && rng.chance(0.5)) {
		const ls = [];
		while (linkBudget.n-- > 0) ls.push(linkFor(rng, plan, note));
		lines.push(`Related: ${ls.join(", ")}`);
	}
	const text = lines.join("\n");
	return rng.chance(0.02) ? text.replace(/\n/g, "\r\n") : text;
}

/** Details of a large note: `### Subtopic` blocks of nested bullets up to 5,000-6,000 lines in all. */
function largeDetails(rng, plan, note, lines, ind, linkBudget) {
	const goal = rng.int(5000, 5900);
	let sub = 0;
	while (lines.length < goal) {
		sub++;
		lines.push("", `### ${sub}. ${cap(rng.pick(TERMS))} and ${rng.pick(TERMS)}`);
		const groups = rng.int(3, 8);
		for (let g = 0; g < groups; g++) {
			if (rng.chance(0.3)) linkBudget.n++;
			bulletGroup(rng, plan, note, lines, ind, linkBudget);
		}
		if (rng.chance(0.05)) lines.push("", "```json", `{ "${rng.pick(TERMS)}": ${rng.int(1, 99)} }`, "```");
	}
}

function otherNote(rng, plan, note) {
	const lines = [];
	switch (note.kind) {
		case "template":
			return ["---", "tags: [template]", "---", "", "## **Overview**", "", "## **Details**", "", "## **Use Cases**", "", "## **Exam Tips**", "", "## **References**", ""].join("\n");
		case "daily":
			lines.push(`# ${note.name}`, "");
			for (let k = rng.int(2, 6); k > 0; k--) lines.push(`- ${rng.pick(DAILY_WORDS)} ${linkFor(rng, plan, rng.pick(plan.aws))}`);
			lines.push("", `Mood: ${rng.pick(["tired", "focused", "ok"])} #daily`);
			return lines.join("\n");
		case "exam":
			lines.push(`## ${note.name}`, "");
			for (let k = rng.int(3, 10); k > 0; k--) lines.push(`- [ ] ${sentence(rng, rng.pick(plan.services).short)} ${linkFor(rng, plan, rng.pick(plan.aws))}`);
			return lines.join("\n");
		default:
			if (note.name.startsWith("Amazon ") || note.name.startsWith("AWS ")) {
				// An inbox draft named like a service: in scope by name, usually unfinished.
				lines.push("**Overview**", `**${note.short}** is a **${rng.pick(ADJ)} ${rng.pick(NOUNS)}**.`, "", "## Details", `- ${sentence(rng, note.short)}`, `- Compare with ${linkFor(rng, plan, rng.pick(plan.aws))}`);
				return lines.join("\n");
			}
			lines.push(`Thoughts on ${rng.pick(PURPOSES)}.`, "", `- ${sentence(rng, "it")}`, `- Link: ${linkFor(rng, plan, rng.pick(plan.aws))}`);
			return lines.join("\n");
	}
}

// --- Writing ----------------------------------------------------------------------------------------

export function defaultVaultDir(size, seed = DEFAULT_SEED) {
	return join(tmpdir(), "anc-bench", `vault-${size}-s${seed}`);
}

/** markdownlint-cli2 config: only MD043, the five sections in template order, anything between. */
export function markdownlintConfig() {
	return {
		config: { default: false, MD043: { headings: MD043_HEADINGS, match_case: false } },
	};
}

function readMarker(dir) {
	try {
		return JSON.parse(readFileSync(join(dir, MARKER), "utf8"));
	} catch {
		return null;
	}
}

/**
 * Generate (or reuse) a vault. Returns its folder and a description of its content.
 * @param {{size: number, seed?: number, dir?: string, force?: boolean}} options
 */
export function ensureVault({ size, seed = DEFAULT_SEED, dir = defaultVaultDir(size, seed), force = false }) {
	const m = readMarker(dir);
	if (!force && m && m.size === size && m.seed === seed && m.version === GENERATOR_VERSION) return { dir, reused: true, info: m };
	const t0 = performance.now();
	const plan = planVault(size, seed);
	const tmp = `${dir}.tmp-${process.pid}`;
	rmSync(tmp, { recursive: true, force: true });
	const folders = new Set();
	let bytes = 0;
	let lines = 0;
	let maxLines = 0;
	let largest = "";
	plan.notes.forEach((note, i) => {
		const rng = createRng((seed * 0x9e3779b1) ^ (i + 1));
		const text = note.path.startsWith("AWS/") ? awsNote(rng, plan, note) : otherNote(rng, plan, note);
		const folder = dirname(join(tmp, note.path));
		if (!folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		writeFileSync(join(tmp, note.path), text);
		bytes += Buffer.byteLength(text);
		const n = text.split("\n").length;
		lines += n;
		if (n > maxLines) {
			maxLines = n;
			largest = note.path;
		}
	});
	// A couple of attachments, as vaults have them (they resolve links too).
	mkdirSync(join(tmp, "Attachments"), { recursive: true });
	writeFileSync(join(tmp, "Attachments", "vpc-diagram.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
	writeFileSync(join(tmp, ".markdownlint-cli2.jsonc"), JSON.stringify(markdownlintConfig(), null, 2) + "\n");
	const info = {
		version: GENERATOR_VERSION,
		size,
		seed,
		notes: plan.notes.length,
		awsFolderNotes: plan.aws.length,
		largeNotes: plan.aws.filter((n) => n.large).map((n) => n.path),
		largestNote: largest,
		largestLines: maxLines,
		bytes,
		lines,
		generatedMs: 0,
	};
	info.generatedMs = Math.round(performance.now() - t0);
	writeFileSync(join(tmp, MARKER), JSON.stringify(info, null, 2) + "\n");
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dirname(dir), { recursive: true });
	renameSync(tmp, dir);
	return { dir, reused: false, info };
}

// --- Command line -----------------------------------------------------------------------------------

function main(argv) {
	const get = (name, fallback) => {
		const i = argv.indexOf(`--${name}`);
		return i === -1 ? fallback : argv[i + 1];
	};
	const size = Number(get("size", "10000"));
	const seed = Number(get("seed", String(DEFAULT_SEED)));
	if (!Number.isInteger(size) || size < 10 || !Number.isInteger(seed)) {
		console.error("Usage: node bench/generate.mjs [--size N>=10] [--seed S] [--out folder] [--force]");
		process.exitCode = 2;
		return;
	}
	const r = ensureVault({ size, seed, dir: get("out", defaultVaultDir(size, seed)), force: argv.includes("--force") });
	process.stdout.write(`${r.reused ? "reused" : "generated"} ${r.dir}: ${r.info.notes} notes, ${(r.info.bytes / 1e6).toFixed(1)} MB, ${r.info.lines} lines, largest ${r.info.largestLines} lines\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
