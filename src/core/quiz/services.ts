/**
 * Catalog services as quiz choices: the entry a note title or a key names, and the best-known
 * services of its category, named the way notes are ("Amazon Elastic Container Registry (ECR)").
 */

import { allServices, findService, type ServiceEntry } from "../links/catalog";
import { CONFUSABLE_GROUPS } from "./confusableData";
import { abbreviation, KNOWN_ABBREVIATIONS, sameService, withoutParens } from "./names";
import { JOB_OVERLAPS, OPTION_OVERLAP_GROUPS, OVERLAP_GROUPS } from "./overlapData";

/** Services per category taken as its best-known ones (the catalog lists them first). */
export const PROMINENT = 8;

/**
 * The catalog entry of a name, or of its longest leading part that names a service: "Amazon Aurora
 * Serverless" is Aurora, "AWS Systems Manager Parameter Store" is Systems Manager.
 */
export function catalogEntryOf(name: string): ServiceEntry | null {
	const whole = findService(name);
	if (whole !== null) return whole;
	const words = name.trim().split(/\s+/);
	for (let n = words.length - 1; n >= 2; n--) {
		const hit = findService(words.slice(0, n).join(" "));
		if (hit !== null) return hit;
	}
	return null;
}

/**
 * The catalog entry of a choice, which may be written without its vendor where the catalog knows the
 * name only with it: "File Cache" beside "FSx for Lustre" is Amazon File Cache (blind read 62).
 */
function choiceEntryOf(name: string): ServiceEntry | null {
	return catalogEntryOf(name) ?? (/^(?:amazon|aws)\s/i.test(name) ? null : (findService(`Amazon ${name}`) ?? findService(`AWS ${name}`)));
}

/**
 * A catalog service named the way notes are: "Amazon Elastic Container Registry (ECR)"; a name that
 * already says its abbreviation stays as it is ("AWS WAF", not "AWS WAF (WAF)").
 */
export function noteStyleName(e: ServiceEntry): string {
	return e.abbr && !e.name.split(" ").includes(e.abbr) ? `${e.name} (${e.abbr})` : e.name;
}

/**
 * Wrong answers for a question whose key is `name`, as pools to draw from in turn: the services the
 * exams set against it (`confusablesOf`), then the best-known of its catalog category ("Secrets
 * Manager" gets security services, whatever the note is about). Empty when the catalog does not know
 * `name`. Kept apart so that a draw takes the confusable ones first, not any of the category.
 */
export function servicePools(name: string): [string[], string[]] {
	const entry = catalogEntryOf(name);
	if (entry === null) return [[], []];
	const near = [...confusablesOf(entry)];
	const prominent: string[] = [];
	let count = 0;
	for (const e of allServices()) {
		if (e.category !== entry.category || e === entry) continue;
		const n = noteStyleName(e);
		if (!near.includes(n)) prominent.push(n);
		if (++count >= PROMINENT) break;
	}
	return [near, prominent];
}

/** `servicePools` as one list, confusable services first. */
export function servicesLike(name: string): string[] {
	return servicePools(name).flat();
}

/**
 * For each catalog service of the groups, the other services it shares a group with, in group order,
 * without repeats. Names the catalog does not know are left out.
 */
function groupMates(groups: readonly (readonly string[])[]): Map<string, ServiceEntry[]> {
	const out = new Map<string, ServiceEntry[]>();
	for (const group of groups) {
		const members = group.map((n) => findService(n)).filter((e): e is ServiceEntry => e !== null);
		for (const e of members) {
			let list = out.get(e.id);
			if (!list) out.set(e.id, (list = []));
			for (const other of members) if (other !== e && !list.includes(other)) list.push(other);
		}
	}
	return out;
}

let confusables: Map<string, string[]> | null = null;

/**
 * The services the exams set against this one (`CONFUSABLE_GROUPS`: GuardDuty with Inspector,
 * Macie, Detective...), named the way notes are: the most plausible wrong answers for it.
 */
export function confusablesOf(entry: ServiceEntry): readonly string[] {
	confusables ??= new Map([...groupMates(CONFUSABLE_GROUPS)].map(([id, mates]) => [id, mates.map(noteStyleName)]));
	return confusables.get(entry.id) ?? [];
}

let overlaps: Map<string, ServiceEntry[]> | null = null;

/** True when `part` names a part of the service `whole` names: "DynamoDB Accelerator" of DynamoDB, "Kinesis Data Streams" of Kinesis. */
export function isPartOf(part: string, whole: string): boolean {
	const p = catalogEntryOf(part);
	const w = catalogEntryOf(whole);
	if (p === null || w === null || p === w) return false;
	// "CloudFront Functions" is a part of "Amazon CloudFront": the vendor does not count.
	const bare = (n: string): string => n.replace(/^(?:amazon|aws)\s+/i, "");
	return bare(p.name).startsWith(`${bare(w.name)} `);
}

/** True when both name one service, or one names a part of the other ("DynamoDB Accelerator" and DynamoDB). */
export function sameOrPart(a: string, b: string): boolean {
	return sameService(a, b) || isPartOf(a, b) || isPartOf(b, a);
}

/**
 * True when both names could answer the same question: the same service (`sameService`), or services
 * that can often do each other's job (`OVERLAP_GROUPS`), or a service and a part of it. Such a pair never stands as a key and a wrong
 * choice of one question.
 */
export function couldBothFit(a: string, b: string): boolean {
	if (sameService(a, b)) return true;
	const ea = choiceEntryOf(a);
	const eb = choiceEntryOf(b);
	if (ea === null || eb === null) return false;
	// A service and a part of it ("Kinesis" and "Kinesis Data Streams", "Systems Manager" and its
	// Parameter Store): whichever is the key, the other names it too.
	if (isPartOf(a, b) || isPartOf(b, a)) return true;
	overlaps ??= groupMates(OVERLAP_GROUPS);
	return overlaps.get(ea.id)?.includes(eb) ?? false;
}

let jobs: { job: RegExp; ids: ReadonlySet<string> }[] | null = null;

/**
 * A test for the services that do, beside `key`, a job the prompt names (`JOB_OVERLAPS`: "fast
 * failover" for Global Accelerator takes in Route 53): neither is wrong where the other is right.
 * The key and the prompt's jobs are looked up once; each candidate costs one catalog lookup.
 */
export function jobMates(prompt: string, key: string): (name: string) => boolean {
	jobs ??= JOB_OVERLAPS.map(({ job, services }) => ({ job, ids: new Set(services.map((n) => findService(n)?.id ?? "")) }));
	const own = choiceEntryOf(key);
	const sets = own === null ? [] : jobs.filter((j) => j.ids.has(own.id) && j.job.test(prompt)).map((j) => j.ids);
	if (sets.length === 0) return () => false;
	return (name) => {
		const entry = choiceEntryOf(name);
		return entry !== null && entry !== own && sets.some((ids) => ids.has(entry.id));
	};
}

/** A name as `OPTION_OVERLAP_GROUPS` match it: lower case, each word without a plural "s". */
function optionKey(name: string): string {
	return name.trim().toLowerCase().replace(/\s+/g, " ").replace(/\b([a-z]{3,})s\b/g, "$1");
}

let optionMates: Map<string, Set<string>> | null = null;

/** True when `a` and `b` are options within a service that `OPTION_OVERLAP_GROUPS` puts together. */
export function optionsOverlap(a: string, b: string): boolean {
	if (optionMates === null) {
		optionMates = new Map();
		for (const group of OPTION_OVERLAP_GROUPS) {
			const keys = group.map(optionKey);
			for (const k of keys) {
				const mates = optionMates.get(k) ?? new Set<string>();
				for (const o of keys) if (o !== k) mates.add(o);
				optionMates.set(k, mates);
			}
		}
	}
	return optionMates.get(optionKey(a))?.has(optionKey(b)) ?? false;
}

/**
 * Service names written the way `key` is, so that the key does not stand out by its form: "GuardDuty"
 * for a key written "Macie", "EC2" for a key written "ECS", the note-style name ("Amazon GuardDuty")
 * for a key written in full. Names the catalog does not know are kept as they are.
 */
export function styledLike(key: string, names: readonly string[]): string[] {
	const k = key.trim();
	// A key written in full with its abbreviation ("Amazon Elastic Kubernetes Service (EKS)"): names as notes write them.
	if (k.includes("(")) return [...names];
	const vendor = /^(?:amazon|aws)\s/i.test(k);
	return names.map((n) => {
		const e = catalogEntryOf(n);
		if (e === null) return n;
		const full = withoutParens(e.name);
		// Notes write the short forms everyone knows ("EC2", "Amazon EKS", not "Elastic Compute Cloud"), and
		// the name for the rest ("Kinesis Data Streams", not "KDS"): an abbreviation few students have seen
		// next to a key written out reads as the wrong one by its form alone, and so does a name in parentheses.
		const a = abbreviation(noteStyleName(e));
		if (a !== null && KNOWN_ABBREVIATIONS.has(a)) {
			const v = /^(Amazon|AWS)\s/.exec(full);
			return vendor && v ? `${v[1]} ${a}` : a;
		}
		if (vendor) return full;
		// "Managed Service for Prometheus" and "Distro for OpenTelemetry" are no names without their vendor;
		// nor is "Config" or "Backup", which alone read as a common word ("Config for passwords", blind read 135).
		const bare = full.replace(/^(?:amazon|aws)\s+/i, "");
		return /^(?:managed|distro)\b/i.test(bare) || WORD_NAME.test(bare) ? full : bare;
	});
}

/** Services named by a common English word, which needs its vendor to read as a name. */
const WORD_NAME = /^(?:config|batch|backup|shield|glue|inspector|detective|artifact|support|connect|budgets|organizations|transfer|forecast|personalize|translate|comprehend)$/i;

/** True when both name catalog services of one category. */
export function sameCategory(a: string, b: string): boolean {
	const ea = catalogEntryOf(a);
	const eb = catalogEntryOf(b);
	return ea !== null && eb !== null && ea.category === eb.category;
}

/**
 * The word a service is known by, the first of its name less the vendor ("Config", "FSx", "API"), or
 * "" when that word says nothing of it ("Elastic", "Simple", "Data" ...).
 */
export function headWord(name: string): string {
	const first = name.replace(/^(?:amazon|aws)\s+/i, "").split(/\s+/)[0] ?? "";
	return /^(?:data|elastic|simple|managed|cloud)$/i.test(first) ? "" : first;
}
