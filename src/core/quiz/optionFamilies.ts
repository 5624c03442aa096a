/**
 * Options of one kind that a service offers side by side: S3's storage classes, Auto Scaling's
 * policies, Route 53's routing policies. Public facts about AWS, written for this plugin.
 *
 * A scenario keyed by one of them ("cheapest, retrieval within 12-48 h → Deep Archive") is asked
 * against the others of its family, not against whatever else the note's cues name ("Object Lock",
 * "Transfer Acceleration"), which a student rules out by kind alone (blind read 29).
 */

import type { QuizFacts } from "./facts";

/** A family and the service it belongs to, as notes name it ("S3", "Auto Scaling"). */
interface Family {
	owner: string;
	members: readonly string[];
}

const FAMILIES: readonly Family[] = [
	// S3 storage classes
	{ owner: "S3", members: ["S3 Standard", "S3 Standard-IA", "S3 One Zone-IA", "S3 Intelligent-Tiering", "S3 Glacier Instant Retrieval", "S3 Glacier Flexible Retrieval", "S3 Glacier Deep Archive", "S3 Express One Zone"] },
	// Glacier retrieval tiers
	{ owner: "Glacier", members: ["Expedited retrieval", "Standard retrieval", "Bulk retrieval"] },
	// S3 Object Lock modes
	{ owner: "S3", members: ["Object Lock compliance mode", "Object Lock governance mode", "Object Lock legal hold"] },
	// S3 replication
	{ owner: "S3", members: ["Cross-Region Replication", "Same-Region Replication", "S3 Batch Replication"] },
	// EBS volume types
	{ owner: "EBS", members: ["gp3", "gp2", "io2 Block Express", "io2", "io1", "st1", "sc1"] },
	// EC2 Auto Scaling policies
	{ owner: "Auto Scaling", members: ["Target tracking scaling", "Step scaling", "Simple scaling", "Scheduled scaling", "Predictive scaling"] },
	// Route 53 routing policies
	{ owner: "Route 53", members: ["Simple routing", "Weighted routing", "Latency routing", "Failover routing", "Geolocation routing", "Geoproximity routing", "Multivalue answer routing", "IP-based routing"] },
	// Elastic Load Balancing
	{ owner: "Load Balanc", members: ["Application Load Balancer", "Network Load Balancer", "Gateway Load Balancer", "Classic Load Balancer"] },
	// EC2 purchasing options
	{ owner: "EC2", members: ["On-Demand Instances", "Reserved Instances", "Savings Plans", "Spot Instances", "Dedicated Hosts", "Dedicated Instances", "Capacity Reservations"] },
	// SQS queue types
	{ owner: "SQS", members: ["Standard queue", "FIFO queue"] },
	// DynamoDB capacity modes
	{ owner: "DynamoDB", members: ["On-demand capacity mode", "Provisioned capacity mode"] },
	// Lambda concurrency
	{ owner: "Lambda", members: ["Reserved concurrency", "Provisioned concurrency"] },
	// Storage Gateway types
	{ owner: "Storage Gateway", members: ["S3 File Gateway", "FSx File Gateway", "Volume Gateway", "Tape Gateway"] },
	// Elastic Beanstalk deployment policies
	{ owner: "Beanstalk", members: ["All at once", "Rolling", "Rolling with additional batch", "Immutable", "Traffic splitting", "Blue/green"] },
	// EFS storage classes and throughput modes
	{ owner: "EFS", members: ["EFS Standard", "EFS Infrequent Access", "EFS Archive", "EFS One Zone"] },
	{ owner: "EFS", members: ["Elastic throughput", "Provisioned throughput", "Bursting throughput"] },
	// Kinesis family
	{ owner: "Kinesis", members: ["Kinesis Data Streams", "Data Firehose", "Managed Service for Apache Flink", "Kinesis Video Streams"] },
	// KMS key types
	{ owner: "KMS", members: ["AWS owned keys", "AWS managed keys", "Customer managed keys"] },
	// S3 server-side encryption
	{ owner: "S3", members: ["SSE-S3", "SSE-KMS", "DSSE-KMS", "SSE-C"] },
];

/** Words a note may add or leave out around an option's name: "S3 Deep Archive", "weighted policy". */
const DECORATION = /\b(?:amazon|aws|s3|ec2|efs|class|classes|policy|policies|routing|type|mode|scaling|queues?|instances?|tier)\b/gi;

function key(name: string): string {
	return name.toLowerCase().replace(DECORATION, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

let byKey: Map<string, Family[]> | null = null;

/**
 * The other members of the family `option` belongs to ("Deep Archive" → the other S3 storage
 * classes), or null when it belongs to none, or to more than one ("Standard" is an S3 class and an
 * SQS queue type: the note would have to say which).
 */
export function familyPeers(option: string): { owner: string; peers: string[] } | null {
	if (byKey === null) {
		byKey = new Map();
		for (const family of FAMILIES)
			for (const member of family.members)
				for (const k of [key(member), key(member.replace(/^S3 Glacier /, ""))]) {
					const list = byKey.get(k) ?? [];
					if (!list.includes(family)) list.push(family);
					byKey.set(k, list);
				}
	}
	const k = key(option);
	const families = k === "" ? undefined : byKey.get(k);
	if (families === undefined || families.length !== 1) return null;
	return { owner: families[0].owner, peers: families[0].members.filter((m) => key(m) !== k && key(m.replace(/^S3 Glacier /, "")) !== k) };
}

/**
 * Wrong choices for an option of a family of the note's service: the family's members the note
 * names, then the rest; null when the option is in no family, or in one of another service ("One
 * Zone-IA" in an EFS note is no S3 storage class, blind read 24).
 */
export function familyChoices(facts: QuizFacts, answer: string): string[][] | null {
	const found = familyPeers(answer);
	if (found === null) return null;
	const owner = found.owner.toLowerCase();
	const text = lowerText(facts);
	const ours = facts.isService ? facts.names.all.some((n) => n.toLowerCase().includes(owner)) : text.includes(owner);
	if (!ours) return null;
	// Written as the answer is: "Glacier Deep Archive" beside "Standard-IA", "Geolocation" beside "Latency".
	const kind = /\s(routing|scaling|queue|retrieval|throughput)$/i;
	const family = found.peers
		.map((m) => (/^S3\s/.test(answer) ? m : m.replace(/^S3\s+/, "")))
		.map((m) => (kind.test(answer) ? m : m.replace(kind, "")));
	const named = family.filter((m) => text.includes(m.toLowerCase()));
	return named.length > 0 ? [named, family] : null;
}

/** The note's text in lower case, made once per note (every option cue of the note looks in it). */
function lowerText(facts: QuizFacts): string {
	let text = lowered.get(facts);
	if (text === undefined) {
		text = facts.note.lines.join("\n").toLowerCase();
		lowered.set(facts, text);
	}
	return text;
}

const lowered = new WeakMap<QuizFacts, string>();
