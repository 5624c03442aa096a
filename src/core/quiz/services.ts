/**
 * Catalog services as quiz choices: the entry a note title or a key names, and the best-known
 * services of its category, named the way notes are ("Amazon Elastic Container Registry (ECR)").
 */

import { allServices, findService, type ServiceEntry } from "../links/catalog";

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
 * Services of the same catalog category as `name` (the best-known first): wrong answers for a
 * question whose key is `name` ("Secrets Manager" gets security services, whatever the note is
 * about). Empty when the catalog does not know `name`.
 */
export function servicesLike(name: string): string[] {
	const entry = catalogEntryOf(name);
	if (entry === null) return [];
	const out: string[] = [];
	for (const e of allServices()) {
		if (e.category !== entry.category || e === entry) continue;
		out.push(noteStyleName(e));
		if (out.length >= PROMINENT) break;
	}
	return out;
}
