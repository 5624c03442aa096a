/**
 * Service names: which names stand for the note's own service (masked in which-service prompts,
 * never offered as a wrong answer), and how to tell that two names are the same service
 * ("Amazon EKS", "EKS" and "Amazon Elastic Kubernetes Service (EKS)"), so that a wrong choice is
 * never a second right answer.
 */

import { findService, findServices, isServiceName, type ServiceEntry } from "../links/catalog";
import { withoutEmoji } from "../emoji";
import { memo } from "../memo";
import { choiceKey, containsWord, hasWholeWord, scrub, upperFirst, wordsPattern } from "./text";

const VENDOR = /^(?:Amazon|AWS)\s+/i;
/** A vendor and a name ("AWS Lambda", "Amazon S3"), not a vendor and a phrase ("AWS managed keys", "AWS account"). */
const VENDOR_NAME = /^(?:[Aa]mazon|AWS|[Aa]ws)\s+[\p{Lu}\d]/u;
const vendorName = (name: string): boolean => VENDOR_NAME.test(name.trim());
const ABBR_TOKEN = /^[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*$/;

/** The names of the note's own service. */
export interface ServiceNames {
	/** The note title ("Amazon Elastic Kubernetes Service (EKS)"). */
	title: string;
	/** The abbreviation ("EKS"), or null. */
	abbr: string | null;
	/** The name used when a prompt talks about the service ("Amazon EKS"). */
	short: string;
	/** Every name, longest first: title, aliases, abbreviation, short forms. */
	all: string[];
	/** `choiceKey` of every name. */
	keys: Set<string>;
}

/**
 * The abbreviation of a service name: the parenthesised one ("(EKS)"), else an abbreviation right
 * after the vendor ("Amazon S3", "Amazon VPC (Virtual Private Cloud)"), else the name itself when
 * it is one ("SQS"). Null for "AWS Lambda".
 */
export function abbreviation(name: string): string | null {
	const n = name.trim();
	const paren = /\(([A-Za-z0-9][A-Za-z0-9-]{0,11})\)/.exec(n);
	if (paren && ABBR_TOKEN.test(paren[1]) && /[A-Z].*[A-Z0-9]|[A-Z0-9].*[A-Z]/.test(paren[1]) && abbreviates(paren[1], n)) return paren[1];
	// "Amazon S3", "Amazon VPC (Virtual Private Cloud)": the whole name after the vendor is the abbreviation.
	const core = withoutParens(n).replace(VENDOR, "");
	if (VENDOR.test(n) && !/\s/.test(core) && core.length <= 8 && ABBR_TOKEN.test(core) && core.toUpperCase() === core) return core;
	if (!/\s/.test(n) && n.length >= 2 && n.length <= 8 && n.toUpperCase() === n && /[A-Z]/.test(n)) return n;
	const entry = catalogEntries(n);
	return entry.length === 1 && entry[0].abbr !== null && /^[A-Z0-9-]{2,10}$/.test(entry[0].abbr) ? entry[0].abbr : null;
}

/**
 * Whether `abbr` abbreviates `name`: its letters are the name's capitals in order ("EKS" of "Elastic
 * Kubernetes Service", "EC2" of "Elastic Compute Cloud", "ACM" of "AWS Certificate Manager"), or the
 * catalog gives it as the service's abbreviation ("SSM"). "Amazon CloudFront (CDN)" says what the service
 * is: "CDN" is no name of it.
 */
function abbreviates(abbr: string, name: string): boolean {
	const letters = abbr.toUpperCase().replace(/([A-Z])(\d)/g, (_, l: string, d: string) => l.repeat(Math.min(Number(d), 4)));
	const capitals = withoutParens(name).replace(/[^\p{Lu}\s]/gu, "").replace(/\s+/g, "");
	let at = 0;
	for (const c of capitals) if (at < letters.length && c === letters[at]) at++;
	if (at === letters.length) return true;
	return catalogEntries(withoutParens(name)).some((e) => e.abbr === abbr);
}

/** The vendor prefix ("Amazon" or "AWS") of a name, or "". */
function vendorOf(name: string): string {
	const m = /^(Amazon|AWS)\s+/i.exec(name.trim());
	return m ? m[1] : "";
}

/** The name without a parenthesised part ("Amazon VPC (Virtual Private Cloud)" → "Amazon VPC"). */
export function withoutParens(name: string): string {
	return name.replace(/\s*\([^)]*\)\s*/g, " ").replace(/\s+/g, " ").trim();
}

/** Abbreviations a student uses for the service itself: a short key is written this way in any note. */
export const KNOWN_ABBREVIATIONS: ReadonlySet<string> = new Set([
	"EC2", "S3", "EBS", "EFS", "ECS", "EKS", "ECR", "RDS", "IAM", "KMS", "SQS", "SNS", "SES", "VPC", "ELB", "ALB", "NLB",
	"ACM", "WAF", "EMR", "MSK", "DMS", "SSM", "DAX", "SSO", "MQ", "CDK", "SAM", "STS", "SCP", "AMI", "NAT",
]);

/**
 * All the names of the note's service. `extraAliases` come from the frontmatter (the context's
 * aliases usually hold the same ones).
 */
export function serviceNames(title: string, aliases: readonly string[], initials: string | null = null): ServiceNames {
	// "🛡️ IAM.md" is the IAM note: an emoji in front of the name is decoration (blind read 50).
	const written = scrub(withoutEmoji(title));
	const t = serviceTitle(written);
	const abbr = abbreviation(t);
	const vendor = vendorOf(t);
	const bare = withoutParens(t);
	const core = bare.replace(VENDOR, "").trim();
	const names = new Map<string, string>();
	const add = (n: string): void => {
		const s = scrub(n);
		// One- and two-letter "names" would mask ordinary words.
		if (s.length < 2 || (s.length < 3 && s !== abbr && s !== initials)) return;
		const k = choiceKey(s);
		if (k !== "" && !names.has(k)) names.set(k, s);
	};
	add(written);
	add(t);
	for (const a of aliases) if (typeof a === "string") add(a);
	if (initials !== null) add(initials);
	add(bare);
	if (core.length >= 3) add(core);
	if (abbr) {
		add(abbr);
		add(`Amazon ${abbr}`);
		add(`AWS ${abbr}`);
	}
	if (vendor === "") {
		add(`Amazon ${bare}`);
		add(`AWS ${bare}`);
	}
	const all = [...names.values()].sort((a, b) => b.length - a.length);
	let short = t;
	// The note's own short form: "Amazon EKS" for "Amazon Elastic Kubernetes Service (EKS)", "SQS" for
	// "SQS (Simple Queue Service)"; a title without vendor and abbreviation stays as written ("Step
	// Functions", not the catalog's "SFN"; "Global Accelerator", not "AGA"), as its reader knows it; nor
	// does a title with its vendor take an abbreviation few students have seen ("Amazon Kinesis Data
	// Streams", not "Amazon KDS"; "Amazon DynamoDB (DDB)" stays "Amazon DynamoDB").
	const ownAbbr = abbr !== null && containsWord(t, abbr);
	if (abbr && (KNOWN_ABBREVIATIONS.has(abbr) ? vendor !== "" || ownAbbr : ownAbbr && vendor === "")) short = vendor !== "" ? `${vendor} ${abbr}` : abbr;
	else if (bare !== "") short = bare;
	return { title: written, abbr, short: short === "" ? "this service" : short, all, keys: new Set(names.keys()) };
}

/**
 * "GA" in a "Global Accelerator" note that writes it so twice or more: the initials of a title of two
 * to four capitalised words, which the note uses as the service's name (blind read 146); null otherwise.
 */
export function initialsIn(lines: readonly string[], title: string): string | null {
	const words = withoutParens(serviceTitle(scrub(withoutEmoji(title)))).replace(VENDOR, "").trim().split(/\s+/);
	if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
	const initials = words.map((w) => w[0]).join("");
	const used = new RegExp(`(?:^|[^\\p{L}\\p{N}])${initials}(?![\\p{L}\\p{N}])`, "gu");
	let count = 0;
	for (const line of lines) if ((count += (line.match(used) ?? []).length) >= 2) return initials;
	return null;
}

/**
 * "RDS - Relational Database Service" (a common way to name a note file) as "Relational Database
 * Service (RDS)"; "Simple Queue Service – SQS" likewise. Other titles are returned as they are.
 */
export function withDashedAbbreviation(title: string): string {
	const m = /^(.+?)\s+[-–—]\s+(.+)$/.exec(title.trim());
	if (m === null) return title;
	const isAbbr = (x: string): boolean => /^[\p{Lu}\p{N}][\p{Lu}\p{N}&/-]{1,7}$/u.test(x) && /\p{Lu}/u.test(x);
	// The two halves name one service ("S3 - Storage Classes" is a topic of S3, not its name).
	const same = (abbr: string, full: string): boolean => /\bservice$/i.test(full) || (findService(abbr) !== null && findService(abbr) === findService(full));
	if (isAbbr(m[1]) && !isAbbr(m[2]) && same(m[1], m[2])) return `${m[2]} (${m[1]})`;
	if (isAbbr(m[2]) && !isAbbr(m[1]) && same(m[2], m[1])) return `${m[1]} (${m[2]})`;
	return title;
}

/** Words that make a title a note about a topic of a service: "Aurora notes", "S3 cheat sheet". */
/** A leading number that orders course notes: "07 - ", "12. ", "3) ", "Section 4: ", "Lecture 9 – ". */
const NUMBERING = /^(?:(?:section|lecture|chapter|module|part|lesson|day|week|unit|lab)\s*)?\d{1,3}(?:\.\d{1,3})*\s*[-–—.:)_]\s*(?=\S)/i;

const TOPIC_WORDS = /\s+(?:[-–—]\s+)?(?:notes?|cheat ?sheet|summary|basics|overview|study notes|review|deep dive|lecture|lesson|video|faqs?|flash ?cards|\(course notes\))$/i;

/**
 * The service a note's title names: "RDS - Relational Database Service" (see `withDashedAbbreviation`);
 * "Aurora notes", "VPC Basics", "Lambda lecture" → "Aurora", "VPC", "Lambda"; "EKS - Kubernetes" → "EKS" (a catalog service and
 * what it is about). A title that names no catalog service that way is returned as it is.
 */
export function serviceTitle(title: string): string {
	// "07 - Amazon SQS", "Section 12. DynamoDB", "3) EC2 basics": a course's numbering orders the notes.
	const numbered = NUMBERING.exec(title);
	if (numbered !== null) return serviceTitle(title.slice(numbered[0].length));
	const dashed = withDashedAbbreviation(title);
	if (dashed !== title) return dashed;
	const t = title.trim();
	// "guardduty.md": the service as the catalog writes it ("GuardDuty").
	if (t === t.toLowerCase() && /\p{L}/u.test(t)) {
		const written = findService(t)
			?.names.flatMap((n) => [n, n.replace(/^(?:amazon|aws)\s+/i, "")])
			.find((n) => n.toLowerCase() === t);
		if (written !== undefined) return written;
	}
	// "Lambda lecture" is about Lambda; "KMS and encryption lecture" about KMS (see below).
	const topic = t.replace(TOPIC_WORDS, "");
	if (topic !== t && findService(topic) !== null) return serviceTitle(topic);
	const m = /^(.+?)\s+[-–—]\s+(.+)$/.exec(t);
	if (m !== null && findService(m[1]) !== null && findService(m[2]) === null) return m[1];
	const lead = leadingService(t);
	if (lead !== null) return serviceTitle(lead);
	// "KMS & encryption": a service and a topic of it (two services, "EBS & EFS", stay as they are).
	const joined = /^(.+?)\s+(?:&|and|\+)\s+(.+)$/i.exec(t);
	if (joined !== null && findService(joined[1]) !== null && findServices(joined[2]).length === 0 && !/\p{Lu}{2}/u.test(joined[2])) return joined[1];
	return title;
}

/**
 * "S3 static website", "RDS Multi-AZ + read replicas", "API Gateway REST API + Lambda": the service
 * named first, when what follows is what the note does with it (words in lower case, or "+ another
 * part"), not a second service beside it ("CloudFront and Global Accelerator", "EBS & EFS"). Null
 * for a title that is a service name as a whole, or starts with none.
 */
function leadingService(title: string): string | null {
	const words = title.split(/\s+/);
	if (words.length < 2 || !words.some((w) => /^\p{Ll}/u.test(w) || w === "+")) return null;
	for (let k = Math.min(words.length - 1, 5); k >= 1; k--) {
		const head = words.slice(0, k).join(" ");
		const rest = words.slice(k).join(" ");
		if (/^(?:amazon|aws)$/i.test(head) || /^(?:&|and|or|vs\.?|versus|\/|,)(?:\s|$)/i.test(rest)) continue;
		// "Amazon FSx for Lustre", "FSx for Windows File Server": a name goes on after "for" (blind read 74).
		if (/^for\s+\p{Lu}/u.test(rest)) continue;
		const entry = findService(head);
		if (entry !== null && entry.names.some((n) => choiceKey(n) === choiceKey(head) || choiceKey(n.replace(/^(?:amazon|aws)\s+/i, "")) === choiceKey(head))) return head;
	}
	return null;
}

const patterns = new WeakMap<ServiceNames, RegExp | null>();

/**
 * A pattern matching any of the service's names as a whole word (global, case-insensitive; group 1
 * is the character before), or null when there is none. Compiled on first use: only rewriting a
 * sentence needs it, and a pattern of Unicode classes costs half a millisecond to compile.
 */
export function namesPattern(names: ServiceNames): RegExp | null {
	let pattern = patterns.get(names);
	if (pattern === undefined) {
		pattern = wordsPattern(names.all);
		patterns.set(names, pattern);
	}
	return pattern;
}

/**
 * Short names that are everyday words: "backup across accounts" does not name AWS Backup, nor "config
 * drift" AWS Config. Said of the service only as a name is written, with its capital (blind read 114).
 */
const EVERYDAY_NAME = /^(?:backup|config|batch|shield|inspector|detective|organizations|glue|outposts|forecast|translate|transcribe|comprehend|personalize|pinpoint|chatbot|artifact|budgets|connect|amplify|wavelength|proton)$/i;

/** True when `text` names the service (any of its names as a whole word). */
export function mentions(names: ServiceNames, text: string): boolean {
	const lower = text.toLowerCase();
	return names.all.some((name) => (EVERYDAY_NAME.test(name) ? hasWholeWord(text, upperFirst(name)) : name.trim() !== "" && hasWholeWord(lower, name.toLowerCase())));
}

/** True when `text` is exactly one of the service's names. */
export function isSelf(names: ServiceNames, text: string): boolean {
	const k = choiceKey(text);
	return k !== "" && names.keys.has(k);
}

/**
 * Looks like an AWS service name: vendor prefix, a parenthesised abbreviation, an abbreviation,
 * or a name the service catalog recognises. Lenient, for note names (link targets, siblings).
 */
export function isServiceLike(name: string): boolean {
	const n = serviceTitle(name);
	return vendorName(n) || abbreviation(n) !== null || isServiceName(n);
}

/**
 * A service for sure: vendor prefix or a catalog service ("Fargate", "EKS"). Strict, for bold
 * terms, where "dead-letter queue (DLQ)" is a concept, not a service.
 */
export function isKnownService(name: string): boolean {
	return vendorName(name) || catalogEntries(name).length > 0;
}

/**
 * True when two names may be the same service: same text, same abbreviation, one the other with
 * or without the vendor or the parenthesised part. Used to keep second right answers out.
 */
export function sameService(a: string, b: string): boolean {
	const x = nameInfo(a);
	const y = nameInfo(b);
	if (x.key === "" || y.key === "") return false;
	if (x.key === y.key || (x.bare !== "" && x.bare === y.bare)) return true;
	if (x.abbr !== "" && (x.abbr === y.abbr || x.abbr === y.bare)) return true;
	if (y.abbr !== "" && y.abbr === x.bare) return true;
	const ex = catalogEntries(a);
	if (ex.length === 0) return false;
	const ey = catalogEntries(b);
	return ey.some((e) => ex.includes(e));
}

/** The catalog services a name refers to (memoised: the same few names are looked up many times). */
const catalogEntries: (name: string) => readonly ServiceEntry[] = memo(findServices);

interface NameInfo {
	key: string;
	/** Key without vendor and parenthesised part. */
	bare: string;
	/** Lower-case abbreviation, or "". */
	abbr: string;
}

const nameInfoCache = new Map<string, NameInfo>();

function nameInfo(name: string): NameInfo {
	let info = nameInfoCache.get(name);
	if (info === undefined) {
		info = {
			key: choiceKey(name),
			bare: choiceKey(withoutParens(name).replace(VENDOR, "")),
			abbr: (abbreviation(name) ?? "").toLowerCase(),
		};
		if (nameInfoCache.size >= 20000) nameInfoCache.clear();
		nameInfoCache.set(name, info);
	}
	return info;
}

/** A note name from a link target: folders and the `.md` extension removed. */
export function noteName(target: string): string {
	const base = target.replace(/\\/g, "/").split("/").pop() ?? "";
	return base.replace(/\.md$/i, "").trim();
}

/** A title naming several things: "Amazon ECS & EKS", "Shield and WAF", "IAM + Organizations". */
export const COMBINED_TITLE = /\s(?:&|\+|and)\s/i;

/**
 * True when a note's title joins two things it is about: two services ("ELB & Auto Scaling"), or a
 * service and another named thing ("Global Tables and DAX": a line of it may be about either, blind
 * read 40). A service and a topic ("KMS & encryption") is about the service.
 */
export function isCombinedTitle(title: string): boolean {
	if (!COMBINED_TITLE.test(title)) return false;
	if (findServices(serviceTitle(title)).length > 1) return true;
	const parts = serviceTitle(title).split(COMBINED_TITLE).map((p) => p.trim());
	const named = (p: string): boolean => /^\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)+$/u.test(p);
	return parts.length === 2 && parts.some((p) => findServices(p).length === 1) && parts.some((p) => findServices(p).length === 0 && named(p));
}

/** Titles of notes about a topic, not one service: "AWS Networking Overview", "S3 cheat sheet", "EC2 vs Lambda". */
export const TOPIC_TITLE = /\b(?:overview|index|moc|notes|cheat ?sheet|summary|comparison|vs\.?|versus|basics|introduction|guide|exam|study|review|questions|lectures?|lessons?|course|module|chapter|video|lab|deep dive)\b/i;

/** Verbs and small words a clause may add to a service's name and still say nothing more. */
const LIGHT_WORD = /^(?:holds?|stores?|keeps?|manages?|is|are|does|handles?|for|the|a|an|only|just|all|your|its|their|and)$/;

/**
 * True when each clause says of a service only what its name says: "Secrets Manager holds secrets; KMS
 * holds keys" (Key Management Service) is true on sight, and blanking a word of it gives the word away
 * (blind read 62).
 */
export function restatesNames(text: string): boolean {
	const bare = (w: string): string => w.toLowerCase().replace(/[^a-z0-9]/g, "");
	const word = (w: string): string => (bare(w).length > 3 && bare(w).endsWith("s") ? bare(w).slice(0, -1) : bare(w));
	const clauses = text.split(/\s*[;,.]\s+|\s*[;.]$/).filter((c) => c.trim() !== "");
	return (
		clauses.length > 0 &&
		clauses.every((clause) => {
			const words = clause.trim().split(/\s+/);
			for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
				const entry = findService(words.slice(0, n).join(" "));
				if (entry === null) continue;
				const named = new Set(entry.names.join(" ").split(/\s+/).map(word));
				const rest = words.slice(n).filter((w) => bare(w) !== "" && !LIGHT_WORD.test(bare(w))).map(word);
				return rest.length > 0 && rest.every((w) => named.has(w));
			}
			return false;
		})
	);
}

/**
 * True when a gloss in parentheses right after a blank says a word of the key's other names: "____
 * (Classic)" for CLB, the Classic Load Balancer (blind read 105).
 */
export function glossNamesKey(after: string, key: string): boolean {
	const gloss = /^\s*\(([^)]{1,40})\)/.exec(after)?.[1];
	const entry = gloss === undefined ? null : findService(key);
	if (gloss === undefined || entry === null) return false;
	const own = key.toLowerCase().split(/[^\p{L}\p{N}]+/u);
	const named = entry.names.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 4 && !own.includes(w) && !/^(?:amazon|aws)$/.test(w));
	return gloss
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.some((w) => named.includes(w));
}

/** True when `term` names the note's own service: by the catalog, or by the initials of its title ("EB" for Elastic Beanstalk, blind read 140). */
export function namesOwnService(names: ServiceNames, term: string): boolean {
	const initials = names.title.replace(/^(?:Amazon|AWS)\s+/, "").split(/\s+/).map((w) => w[0] ?? "").join("");
	return sameService(term, names.title) || (initials.length >= 2 && term.trim() === initials.toUpperCase());
}
