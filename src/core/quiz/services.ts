/**
 * Catalog services as quiz choices: the entry a note title or a key names, and the best-known
 * services of its category, named the way notes are ("Amazon Elastic Container Registry (ECR)").
 */

import { allServices, findService, type ServiceEntry } from "../links/catalog";
import { CONFUSABLE_GROUPS } from "./confusableData";

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
 * A catalog service named the way notes are: "Amazon Elastic Container Registry (ECR)"; a name that
 * already says its abbreviation stays as it is ("AWS WAF", not "AWS WAF (WAF)").
 */
export function noteStyleName(e: ServiceEntry): string {
	return e.abbr && !e.name.split(" ").includes(e.abbr) ? `${e.name} (${e.abbr})` : e.name;
}

/**
 * Wrong answers for a question whose key is `name`: the services the exams set against it first
 * (`confusablesOf`), then the best-known of its catalog category ("Secrets Manager" gets security
 * services, whatever the note is about). Empty when the catalog does not know `name`.
 */
export function servicesLike(name: string): string[] {
	const entry = catalogEntryOf(name);
	if (entry === null) return [];
	const out = [...confusablesOf(entry)];
	let prominent = 0;
	for (const e of allServices()) {
		if (e.category !== entry.category || e === entry) continue;
		const n = noteStyleName(e);
		if (!out.includes(n)) out.push(n);
		if (++prominent >= PROMINENT) break;
	}
	return out;
}

let confusables: Map<string, string[]> | null = null;

/**
 * The services the exams set against this one (`CONFUSABLE_GROUPS`: GuardDuty with Inspector,
 * Macie, Detective...), named the way notes are: the most plausible wrong answers for it.
 */
export function confusablesOf(entry: ServiceEntry): readonly string[] {
	if (confusables === null) {
		confusables = new Map();
		for (const group of CONFUSABLE_GROUPS) {
			const members = group.map((n) => findService(n)).filter((e): e is ServiceEntry => e !== null);
			for (const e of members) {
				let list = confusables.get(e.id);
				if (!list) confusables.set(e.id, (list = []));
				for (const other of members) if (other !== e && !list.includes(noteStyleName(other))) list.push(noteStyleName(other));
			}
		}
	}
	return confusables.get(entry.id) ?? [];
}
