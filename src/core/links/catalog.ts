/**
 * The built-in catalog of AWS services and the rules that match note names and link targets to it.
 *
 * Used by the missing-notes panel (service links are listed first, and the same service linked under
 * two names is pointed out) and by the quiz (wrong answers are picked from the same category).
 *
 * Matching is by normalized keys, built once on first use:
 * - case, runs of spaces, hyphens/dashes/underscores ("Well-Architected" = "Well Architected")
 *   and "&"/"and" do not matter;
 * - a leading "Amazon", "AWS", "Amazon Web Services" (and "AWS Elemental") is dropped, so prefix
 *   mix-ups match ("AWS S3" = "Amazon S3" = "S3"); a few names that are also everyday words
 *   ("AWS Backup", "AWS Config", "AWS Batch"...) only match when a prefix is there, and a bare
 *   "Auto Scaling" is Amazon EC2 Auto Scaling while "AWS Auto Scaling" is AWS Auto Scaling;
 * - a trailing " Service" is optional ("Lambda service"), and so is a trailing parenthesis,
 *   either way round ("Amazon Elastic Kubernetes Service (EKS)", "Amazon EKS (Elastic Kubernetes Service)");
 * - a combined note ("Elastic Load Balancing (ELB) & Auto Scaling", "AWS Shield & WAF") names every
 *   service it lists, split on "&", "+", ",", ";" and "and" (outside parentheses, and only when the
 *   whole name is not itself a service, as "AWS Identity and Access Management" is). `findService`
 *   returns the first of them, `findServices` all of them, and `sameService` is true when the two
 *   names share any. A comparison note ("SQS vs SNS") names no service.
 *
 * Link targets may carry a folder path, a heading or an alias ("AWS/Amazon EKS#Pricing|EKS"):
 * only the note name is used.
 *
 * This module holds the catalog (parsed from `catalogData.ts` once, on first use) and the memoised
 * look-ups other modules import; the text rules they apply (keys, cleaning, splitting combined
 * names, naming patterns) are in `catalogRules.ts`.
 */

import { CATALOG_DATA } from "./catalogData";
import { memo } from "../memo";
import { COMBINED_HINT, clean, isAliasAbbr, keyOf, looksLikeService, splitParts, trailingParen } from "./catalogRules";

/** One AWS service of the catalog. Entries are frozen and shared: never mutate them. */
export interface ServiceEntry {
	/** Stable identifier: the official name as a slug ("amazon-elastic-kubernetes-service"). */
	id: string;
	/** Official name ("Amazon Elastic Kubernetes Service"). */
	name: string;
	/** The abbreviation study notes use ("EKS"), or null when none is common. */
	abbr: string | null;
	/** Every name the service goes by: the official name first, then short name, abbreviation, former and other names. */
	names: string[];
	/** One of `SERVICE_CATEGORIES`. */
	category: string;
}

/** The categories catalog entries belong to (AWS's product categories, a few merged), in display order. */
export const SERVICE_CATEGORIES: readonly string[] = Object.freeze([
	"Compute",
	"Containers",
	"Storage",
	"Databases",
	"Networking & Content Delivery",
	"Security, Identity & Compliance",
	"Management & Governance",
	"Application Integration",
	"Analytics",
	"Machine Learning",
	"Developer Tools",
	"Migration & Transfer",
	"End User Computing",
	"IoT",
	"Media Services",
	"Business Applications",
	"Front-end Web & Mobile",
	"Cost Management",
	"Game Tech",
	"Blockchain",
	"Quantum",
	"Robotics",
	"Satellite",
	"Customer Enablement",
]);

/**
 * What a key names. Text with an "Amazon"/"AWS" prefix reads `prefixed`, bare text reads `bare`; they
 * differ only where the catalog says so: "AWS Backup" is a service, "Backup" is not; "AWS Auto Scaling"
 * is AWS Auto Scaling while a bare "Auto Scaling" is, in study notes, Amazon EC2 Auto Scaling.
 */
interface KeyHit {
	bare: ServiceEntry | null;
	prefixed: ServiceEntry | null;
}

interface Catalog {
	entries: readonly ServiceEntry[];
	index: Map<string, KeyHit>;
	/** Short name ("Amazon EKS") by entry id, for services that have one. */
	shortNames: Map<string, string>;
}

let catalog: Catalog | null = null;

/** Parse the catalog data and build the lookup index, once. */
function getCatalog(): Catalog {
	if (catalog) return catalog;
	const entries: ServiceEntry[] = [];
	const index = new Map<string, KeyHit>();
	const shortNames = new Map<string, string>();
	const claims: { key: string; entry: ServiceEntry; prefixOnly: boolean }[] = [];
	let category = "";
	for (const rawLine of CATALOG_DATA.split("\n")) {
		const line = rawLine.trim();
		if (!line) continue;
		if (line.startsWith("#")) {
			category = line.slice(1);
			continue;
		}
		const [rawName = "", rawAbbr = "", rawOthers = ""] = line.split("|");
		const name = unstar(rawName);
		const noShort = rawAbbr.startsWith("-");
		const abbrStarred = rawAbbr.startsWith("*");
		const abbr = noShort || abbrStarred ? rawAbbr.slice(1) : rawAbbr;
		const prefix = /^(Amazon|AWS) /.exec(name);
		const short = abbr && prefix && !noShort ? `${prefix[1]} ${abbr}` : null;

		const named: [string, boolean][] = [[name, rawName.startsWith("*")]];
		if (short) named.push([short, abbrStarred]);
		if (abbr) named.push([abbr, abbrStarred]);
		for (const other of rawOthers ? rawOthers.split(";") : []) named.push([unstar(other), other.startsWith("*")]);

		const names: string[] = [];
		for (const [n] of named) if (!names.includes(n)) names.push(n);
		const entry: ServiceEntry = Object.freeze({
			id: slug(name),
			name,
			abbr: abbr || null,
			names: Object.freeze(names) as string[],
			category,
		});
		entries.push(entry);
		if (short) shortNames.set(entry.id, short);
		for (const [n, prefixOnly] of named) claims.push({ key: keyOf(n).key, entry, prefixOnly });
	}
	// Prefix-only names first, so that they own the prefixed reading of a key shared with a bare name.
	// A slot already taken by another service keeps its first owner; the tests make sure no name is shadowed.
	for (const pass of [true, false]) {
		for (const { key, entry, prefixOnly } of claims) {
			if (prefixOnly !== pass) continue;
			let hit = index.get(key);
			if (!hit) index.set(key, (hit = { bare: null, prefixed: null }));
			hit.prefixed ??= entry;
			if (!prefixOnly) hit.bare ??= entry;
		}
	}
	catalog = { entries: Object.freeze(entries), index, shortNames };
	return catalog;
}

function unstar(s: string): string {
	return s.startsWith("*") ? s.slice(1) : s;
}

function slug(s: string): string {
	return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/**
 * How a key is read: "own" for text with its own "Amazon"/"AWS" prefix, "bare" for text without,
 * "inherited" for a later part of a combined name whose prefix came first ("AWS CloudTrail & Config"):
 * the bare reading when there is one, else the prefixed one.
 */
type Reading = "own" | "inherited" | "bare";

function probe(key: string, reading: Reading): ServiceEntry | null {
	const { index } = getCatalog();
	const read = (k: string): ServiceEntry | null => {
		const hit = index.get(k);
		if (!hit) return null;
		return reading === "own" ? hit.prefixed : reading === "bare" ? hit.bare : (hit.bare ?? hit.prefixed);
	};
	return read(key) ?? (key.endsWith(" service") ? read(key.slice(0, -" service".length)) : null);
}

/** The one service a (non-combined) name refers to. `inherited`: a prefix came earlier in a combined name. */
function lookupOne(text: string, inherited: boolean): ServiceEntry | null {
	const { key, prefixed } = keyOf(text);
	if (!key) return null;
	const reading: Reading = prefixed ? "own" : inherited ? "inherited" : "bare";
	const whole = probe(key, reading);
	if (whole) return whole;
	const paren = trailingParen(text);
	if (!paren) return null;
	const base = keyOf(paren.base);
	// The parenthesis alone never decides: "Lifecycle policies (S3)" is a note about S3, not S3.
	return probe(base.key, base.prefixed ? "own" : reading);
}

/**
 * Every service a cleaned name refers to, in order, without repeats. Memoised: link targets and file
 * names repeat across a vault and across re-indexing, and a look-up costs a few microseconds of
 * normalising.
 */
const servicesIn = memo((text: string): ServiceEntry[] => (text ? servicesInUncached(text) : []));

function servicesInUncached(text: string): ServiceEntry[] {
	const whole = lookupOne(text, false);
	if (whole) return [whole];
	// Only names with a separator can be combined ("Shield & WAF", "IAM and Organizations").
	if (!COMBINED_HINT.test(text)) return [];
	const parts = splitParts(text);
	if (parts.length < 2) return [];
	const inherited = /^(?:amazon|aws)\s/i.test(text);
	const found: ServiceEntry[] = [];
	for (let i = 0; i < parts.length; ) {
		let matched = 0;
		for (let j = parts.length; j > i; j--) {
			const piece = text.slice(parts[i][0], parts[j - 1][1]);
			if (piece === text) continue; // already tried as a whole
			const entry = lookupOne(piece, inherited);
			if (entry) {
				if (!found.includes(entry)) found.push(entry);
				matched = j;
				break;
			}
		}
		i = matched || i + 1;
	}
	return found;
}

/** Every catalog entry, in category order. For the quiz (same-category distractors) and for listing. */
export function allServices(): readonly ServiceEntry[] {
	return getCatalog().entries;
}

/**
 * Find the catalog entry a note name or link target refers to, or null.
 * For a combined note ("Elastic Load Balancing (ELB) & Auto Scaling") this is the first service it names:
 * the panel needs one answer per link, and the first-named service is what such notes are mostly about.
 */
export function findService(name: string): ServiceEntry | null {
	return servicesIn(clean(name))[0] ?? null;
}

/**
 * Every catalog service a note name or link target refers to: one for a plain name, each listed service
 * for a combined note ("AWS Shield & WAF" -> Shield, WAF), none when it names no service.
 */
export function findServices(name: string): readonly ServiceEntry[] {
	return servicesIn(clean(name));
}

/**
 * True when a link target names an AWS service: a catalog match or a naming pattern, so that services
 * the catalog does not know yet ("Amazon Nova Act", "Foo Bar Service (FBS)") are still listed as services.
 * Patterns: "Amazon X", "AWS X", "Elastic X" with X capitalized, or "X (ABBR)" with ABBR 2–6 uppercase
 * letters/digits; study topics ("AWS Regions", "AWS Certified ...") and concepts with a well-known
 * abbreviation ("Recovery Time Objective (RTO)", "Security Groups (SG)") are not services.
 */
export const isServiceName: (name: string) => boolean = memo((name) => {
	const text = clean(name);
	if (!text) return false;
	if (servicesIn(text).length > 0) return true;
	if (looksLikeService(text)) return true;
	const first = splitParts(text)[0];
	return first !== undefined && (first[0] > 0 || first[1] < text.length) && looksLikeService(text.slice(first[0], first[1]));
});

/**
 * Aliases a new note for this name should carry, so that links by its other common names resolve to it:
 * "Amazon Elastic Container Registry (ECR)" -> ["Amazon ECR", "ECR"].
 * Kept simple and predictable (the official name is never added):
 * 1. when the name is one catalog service: the catalog's short name ("Amazon ECR") and abbreviation ("ECR");
 * 2. a trailing parenthesized abbreviation ("(ECR)") not already given by 1, with the name's "Amazon"/"AWS"
 *    prefix (the catalog's, for a catalog service) in front, then alone. This also covers names the catalog
 *    does not know ("Multi-Factor Authentication (MFA)" -> ["MFA"]).
 * A combined note gets none (an alias for one of its services would hide that the other has no note).
 * Never includes the name itself (compared case- and space-insensitively); no duplicates.
 */
export function deriveAliases(name: string): string[] {
	const text = clean(name);
	if (!text) return [];
	const fold = (s: string): string => s.replace(/\s+/g, " ").trim().toLowerCase();
	const seen = new Set([fold(name), fold(text)]);
	const out: string[] = [];
	const add = (alias: string): void => {
		const f = fold(alias);
		if (!f || seen.has(f)) return;
		seen.add(f);
		out.push(alias);
	};
	const entry = lookupOne(text, false);
	let prefix: string | null = null;
	if (entry) {
		const short = getCatalog().shortNames.get(entry.id);
		if (short) add(short);
		if (entry.abbr) add(entry.abbr);
		prefix = /^(Amazon|AWS) /.exec(entry.name)?.[1] ?? null;
	}
	const paren = trailingParen(text);
	if (paren && isAliasAbbr(paren.inner) && paren.inner.toLowerCase() !== entry?.abbr?.toLowerCase()) {
		if (!entry) {
			const own = /^(amazon|aws)\s/i.exec(paren.base)?.[1].toLowerCase();
			prefix = own === "amazon" ? "Amazon" : own === "aws" ? "AWS" : null;
		}
		if (prefix) add(`${prefix} ${paren.inner}`);
		add(paren.inner);
	}
	return out;
}

/**
 * Same catalog service? Used to say a missing [[Amazon ECR]] is probably the existing
 * "Amazon Elastic Container Registry (ECR)". True when the names share a catalog service (a combined note
 * shares each of its services: [[AWS WAF]] is probably covered by "AWS Shield & WAF"). Names the catalog
 * does not know are never the same service, not even when equal.
 */
export function sameService(a: string, b: string): boolean {
	const inA = servicesIn(clean(a));
	if (inA.length === 0) return false;
	return servicesIn(clean(b)).some((e) => inA.includes(e));
}

const noteNamesMemo = new Map<string, string[]>();

/**
 * Lower-case names a note about this service is commonly given ("amazon ebs", "ebs",
 * "amazon elastic block store (ebs)", "amazon vpc (virtual private cloud)"...). Lets the link index
 * find existing notes for a service by name lookups instead of a catalog look-up per vault file.
 * Names outside these forms are still matched the slow way when the index meets them.
 */
export function noteNamesFor(entry: ServiceEntry): readonly string[] {
	let out = noteNamesMemo.get(entry.id);
	if (out) return out;
	const set = new Set<string>();
	const strip = (n: string) => n.replace(/^(?:amazon|aws)\s+/i, "");
	const full = entry.names.filter((n) => n !== entry.abbr);
	for (const n of entry.names) {
		const bare = strip(n);
		for (const v of [n, bare, `Amazon ${bare}`, `AWS ${bare}`]) set.add(v);
		if (entry.abbr && n !== entry.abbr) {
			set.add(`${n} (${entry.abbr})`);
			set.add(`${bare} (${entry.abbr})`);
		}
		for (const other of full) if (other !== n) set.add(`${n} (${strip(other)})`);
	}
	if (entry.abbr) for (const n of full) set.add(`${entry.abbr} (${strip(n)})`);
	out = [...set].map((s) => s.toLowerCase());
	noteNamesMemo.set(entry.id, out);
	return out;
}
