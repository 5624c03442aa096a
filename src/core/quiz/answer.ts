/**
 * Checking answers and scoring. Typed answers are checked leniently because people type from
 * memory: case, spacing, punctuation and one small typo should not turn a known term into a
 * wrong answer. Digits must match exactly ("Route 53" is not "Route 54").
 */

import { findServices } from "../links/catalog";
import type { Question } from "./types";
import { scrub } from "./text";

/**
 * Optimal-string-alignment Damerau–Levenshtein distance (insert, delete, substitute, swap two
 * neighbours), stopping early once it exceeds `max`: a typo check never needs the full value.
 * Returns `max + 1` when the distance is larger than `max`.
 */
export function damerauLevenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
	if (a === b) return 0;
	const n = a.length;
	const m = b.length;
	if (Math.abs(n - m) > max) return max + 1;
	if (n === 0) return m;
	if (m === 0) return n;
	let prev2 = new Array<number>(m + 1).fill(0);
	let prev = new Array<number>(m + 1);
	let cur = new Array<number>(m + 1);
	for (let j = 0; j <= m; j++) prev[j] = j;
	for (let i = 1; i <= n; i++) {
		cur[0] = i;
		let rowMin = cur[0];
		for (let j = 1; j <= m; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
				v = Math.min(v, prev2[j - 2] + 1);
			}
			cur[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		const t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[m] > max ? max + 1 : prev[m];
}

/** Case, accents, punctuation and spacing removed: what a typed answer is compared on. */
function typedKey(text: string): string {
	return scrub(text)
		.replace(/\s*&\s*/g, " and ")
		// "0.5 to 12 GB" is "0.5–12 GB".
		.replace(/(\d)\s*(?:to|–|—|-)\s*(?=[$€£]?\d)/g, "$1-")
		.normalize("NFKD")
		.replace(/\p{M}+/gu, "")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * True when `given` is the number `expected` opens with, written alone or another way: "15" for "15
 * Aurora Replicas", "70" for "70 ms", "2" for "2.0", or with some of the words after it ("100% SLA" for
 * "100% availability SLA"). The words after the number hold no other figure ("4" is not "4 of 6").
 */
function sameFigure(expected: string, given: string): boolean {
	const e = /^\s*([$€£]?)(\d[\d,]*(?:\.\d+)?)\s*(\D*)$/.exec(scrub(expected));
	const g = /^\s*([$€£]?)(\d[\d,]*(?:\.\d+)?)\s*%?\s*(\D*)$/.exec(scrub(given));
	if (e === null || g === null || (g[1] !== "" && g[1] !== e[1])) return false;
	// "100% SLA" for "100% availability SLA": the figure with some of its own words, none other (blind read 51).
	const words = (x: string): string[] => x.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
	const value = (x: string): number => Number(x.replace(/,/g, ""));
	// "2-minute notice" for "2-minute warning": the figure and its unit are what is asked; the noun after
	// them is the student's own (blind read 67).
	const unit = (w: string | undefined): string | null => {
		if (w === undefined) return null;
		const time = seconds(`1 ${w}`);
		if (time !== null) return `time ${time}`;
		return w in SIZE_UNITS ? `size ${SIZE_UNITS[w]}` : null;
	};
	const eUnit = unit(words(e[3])[0]);
	if (eUnit !== null && eUnit === unit(words(g[3])[0])) return value(e[2]) === value(g[2]);
	const own = new Set(words(e[3].replace(/\//g, " per ")));
	if (!words(g[3]).every((w) => own.has(w))) return false;
	return value(e[2]) === value(g[2]);
}

/** Seconds in a unit of time as students write it. */
const UNIT_SECONDS: [RegExp, number][] = [
	[/^(?:ms|msecs?|millis(?:econds?)?)$/i, 0.001],
	[/^(?:s|secs?|seconds?)$/i, 1],
	[/^(?:m|mins?|minutes?)$/i, 60],
	[/^(?:h|hrs?|hours?)$/i, 3600],
	[/^(?:d|days?)$/i, 86400],
	[/^(?:w|wks?|weeks?)$/i, 604800],
	[/^(?:y|yrs?|years?)$/i, 31536000],
	// A month is 28 to 31 days: "15 months" for "455 days" (blind read 63) is matched within a day a month.
	[/^(?:mos?|mths?|months?)$/i, 2629800],
];

/** A length of time in seconds ("24 hours", "86,400 s", "1 day"), or null. */
function seconds(text: string): number | null {
	const m = /^\s*(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)\.?\s*$/i.exec(scrub(text));
	if (m === null) return null;
	const unit = UNIT_SECONDS.find(([re]) => re.test(m[2]));
	return unit === undefined ? null : Number(m[1].replace(/,/g, "")) * unit[1];
}

/** True when both are the same length of time however written: "24 hours", "1 day", "86400 s"; "15 min", "15 minutes". */
function sameDuration(expected: string, given: string): boolean {
	const e = seconds(expected);
	const g = seconds(given);
	if (e === null || g === null) return false;
	const months = /mo/i.test(`${scrub(expected)} ${scrub(given)}`.replace(/\d/g, "")) ? Math.max(e, g) / 2629800 : 0;
	return Math.abs(e - g) < 1e-9 + months * 86400;
}

/**
 * True when `text` says the length of time `answer` is, in figures or in words: "Keep data for a year"
 * gives away "365 days" (blind read 66).
 */
export function saysDuration(text: string, answer: string): boolean {
	if (seconds(answer) === null) return false;
	// A figure inside a name says it too: "Canary10Percent5Minutes" for "5 min" (blind read 81).
	for (const m of scrub(text).replace(/(\p{L})(?=\d)/gu, "$1 ").matchAll(/\b(?:(?:an?|one)[ -]|(\d[\d,]*(?:\.\d+)?)[ -]?)([a-z]+)\b/gi)) {
		if (sameDuration(answer, `${m[1] ?? "1"} ${m[2]}`)) return true;
	}
	return false;
}

/** Bytes in a unit of size: decimal and binary multiples, since notes write "10 GB" for 10,240 MB. */
const SIZE_UNITS: Readonly<Record<string, number>> = { b: 0, kb: 1, kib: 1, mb: 2, mib: 2, gb: 3, gib: 3, tb: 4, tib: 4, pb: 5, pib: 5 };

/** True when both are the same size in decimal or binary multiples: "10 GB" and "10,240 MB", "64 KB" and "65,536 bytes". */
function sameSize(expected: string, given: string): boolean {
	const read = (text: string): { value: number; power: number } | null => {
		const m = /^\s*(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)\s*$/i.exec(scrub(text));
		const unit = m === null ? undefined : SIZE_UNITS[m[2].toLowerCase().replace(/^bytes?$/, "b")];
		return m === null || unit === undefined ? null : { value: Number(m[1].replace(/,/g, "")), power: unit };
	};
	const e = read(expected);
	const g = read(given);
	if (e === null || g === null) return false;
	return [1000, 1024].some((base) => Math.abs(e.value * base ** e.power - g.value * base ** g.power) < 1e-6 * Math.max(1, e.value * base ** e.power));
}

/** True when both name the same AWS service: "CLB" and "Classic Load Balancer", "SQS" and "Simple Queue Service". */
function sameServiceNamed(expected: string, given: string): boolean {
	const e = findServices(expected);
	const g = findServices(given);
	return e.length === 1 && g.length === 1 && e[0] === g[0];
}

/**
 * Words a name can be said with or without: the vendor, the kind of thing it is ("Scheduled" and
 * "scheduled scaling", "managed instance" and "managed node", "S3 bucket" and "S3", "Lifecycle rules" and
 * "lifecycle policy", blind read 62; "SMTP" and "SMTP interface", blind read 66; "In-place" and "In-place
 * deployment", "X-Ray" and "X-Ray tracing", "CloudWatch" and "CloudWatch metrics", "Rightsizing" and
 * "Rightsizing recs", blind reads 72-73; "VPC" and "VPC access", "SQL" and "SQL queries", "IAM" and "IAM
 * authentication", read 76; "Lifecycle management", 105; "Multivalue answer", 106; "Apache Parquet", "Saga pattern", 108), "only", an adverb.
 */
export const FILLER = /^(?:aws|amazon|apache|the|a|an|only|just|policy|policies|scaling|mode|modes|type|types|class|classes|tier|tiers|option|options|feature|features|service|instance|instances|node|nodes|unit|units|oss|based|bucket|buckets|topic|topics|queue|queues|table|tables|cluster|clusters|function|functions|rule|rules|apis|interface|interfaces|endpoint|endpoints|deployment|deployments|metrics|tracing|recs|recommendations|access|queries|query|authentication|authorization|authorizer|authorizers|encryption|integration|integrations|executor|executors|apps|management|answer|routing|pattern|capacity|events|trail|trails)$/;

/** Words students shorten: "delegated admin" is "delegated administrator" (blind read 38). */
const SHORT_FORMS: Readonly<Record<string, string>> = {
	admin: "administrator",
	admins: "administrators",
	config: "configuration",
	env: "environment",
	envs: "environments",
	db: "database",
	dbs: "databases",
	auth: "authentication",
	msg: "message",
	msgs: "messages",
	acct: "account",
	accts: "accounts",
	dedup: "deduplication",
	repo: "repository",
	repos: "repositories",
	cert: "certificate",
	certs: "certificates",
	perms: "permissions",
	app: "application",
	apps: "applications",
	geo: "geographic",
	ms: "millisecond",
	hr: "hour",
	hrs: "hours",
	sec: "second",
	secs: "seconds",
	// "multiple files" for "many files" (blind reads 55 and 56).
	multiple: "many",
	// "organization trail" for "Org trail" (blind read 60).
	org: "organization",
	orgs: "organizations",
	// "per Availability Zone" for "per AZ" (blind read 59).
	az: "availability zone",
	azs: "availability zones",
	// "static IP addresses" for "static IPs" (blind read 82).
	ips: "ip addresses",
	// "SSL termination" for "TLS termination" (blind read 105).
	ssl: "tls",
};

/**
 * True when the two say the same name but for words it can go without (`FILLER`) and short forms
 * ("admin"), or but for the acronym of its product in front of a name of two words or more ("Failback
 * Client" for "DRS Failback Client"; "queue" is not "FIFO queue", nor "DSSE-KMS" "SSE-KMS"). Something
 * of the name must be left.
 */
function sameCore(expected: string, given: string): boolean {
	const core = (text: string): string[] => {
		const words = scrub(text)
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w !== "");
		// An acronym ("AN", "SP") is a name, never a filler word; "AWS" is the vendor, "OSS" says open source.
		const kept = words.filter((w) => !(FILLER.test(w.toLowerCase()) && (w === "AWS" || w === "OSS" || !/^\p{Lu}{2,}$/u.test(w))) && !/^\p{Ll}{3,}ly$/u.test(w));
		// A name of filler words only ("Interface endpoint") is said in full.
		return (kept.length > 0 ? kept : words).flatMap((w) => (SHORT_FORMS[w.toLowerCase()] ?? w).split(" "));
	};
	// "geo restriction" for "geographic restrictions": a word's plural is the same word (blind read 50), and
	// so is an acronym's ("AMI" for "AMIs", blind read 74).
	const word = (w: string): string => ((/^\p{L}\p{Ll}{3,}s$/u.test(w) && !/ss$/i.test(w)) || /^\p{Lu}{2,}s$/u.test(w) ? w.slice(0, -1) : w).toLowerCase();
	const same = (a: string[], b: string[]): boolean => a.length > 0 && a.length === b.length && a.every((w, i) => word(w) === word(b[i]));
	const product = (words: string[]): string[] | null => (words.length >= 3 && /^\p{Lu}{2,5}$/u.test(words[0]) ? words.slice(1) : null);
	const e = core(expected);
	const g = core(given);
	// "cross-region + cross-account" said the other way round is the same pair.
	const sorted = (words: string[]): string[] => words.map((w) => w.toLowerCase()).filter((w) => w !== "and").sort();
	const pair = /\s(?:\+|&|and|\/)\s/i.test(expected) && same(sorted(e), sorted(g));
	return pair || same(e, g) || same(product(e) ?? [], g) || same(e, product(g) ?? []);
}

/** True when one is the initials of the other's words: "CMK" for "customer managed key" (blind read 49). */
function initialsOf(expected: string, given: string): boolean {
	const initials = (text: string): string =>
		scrub(text)
			.split(/[\s-]+/)
			.filter((w) => w !== "")
			.map((w) => w[0])
			.join("")
			.toLowerCase();
	// The student may type an acronym in lower case ("cmk"); an expected one is written as one ("CMK", not "Key").
	const acronym = (text: string, written: boolean): string | null => ((written ? /^\s*\p{Lu}{2,5}\s*$/u : /^\s*\p{L}{2,5}\s*$/u).test(text) ? text.trim().toLowerCase() : null);
	const pair = (long: string, short: string, written: boolean): boolean => {
		const a = acronym(short, written);
		// Words, not acronyms: "SK" is no short form of "SSE-KMS".
		const words = long.trim().split(/[\s-]+/);
		return a !== null && words.length === a.length && words.every((w) => /^\p{L}\p{Ll}{2,}$/u.test(w)) && initials(long) === a;
	};
	return pair(expected, given, false) || pair(given, expected, true);
}

/**
 * The part of an answer after the service it opens with, when the prompt names that service: "Serverless"
 * of "Redshift Serverless" asked as "Amazon Redshift: ____: no cluster to manage"; null otherwise.
 */
function withoutNamedService(answer: string, prompt: string): string | null {
	const words = answer.trim().split(/\s+/);
	const spoken = (text: string): string => ` ${scrub(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
	const said = spoken(prompt);
	for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
		const found = findServices(words.slice(0, n).join(" "));
		if (found.length !== 1) continue;
		const forms = [words.slice(0, n).join(" "), ...found[0].names.map((f) => f.replace(/^(?:amazon|aws)\s+/i, ""))];
		return forms.some((f) => spoken(f).trim() !== "" && said.includes(spoken(f))) ? words.slice(n).join(" ") : null;
	}
	return null;
}

/** "double" or "twice" for "2x", "triple" for "3x" (blind read 53). */
function sameMultiple(expected: string, given: string): boolean {
	const times = (text: string): number | null => {
		const t = scrub(text).trim().toLowerCase();
		const written: Record<string, number> = { double: 2, twice: 2, "two times": 2, triple: 3, "three times": 3, "four times": 4 };
		if (written[t] !== undefined) return written[t];
		const m = /^(\d+(?:\.\d+)?)\s*(?:x|×|times)$/.exec(t);
		return m === null ? null : Number(m[1]);
	};
	const e = times(expected);
	return e !== null && e === times(given);
}

/**
 * True when `expected` is a range from zero ("0–15 min") and `given` is its top, alone or said as a
 * bound: "15 min", "up to 15 minutes", "max 15 min" (blind read 54).
 */
function sameUpperBound(expected: string, given: string): boolean {
	const range = /^\s*0\s*(?:–|—|-|to)\s*(\d.*)$/.exec(scrub(expected));
	if (range === null) return false;
	const top = scrub(given).replace(/^\s*(?:up\s+to|max(?:imum)?|at\s+most|<=?|≤)\s*/i, "");
	return top.trim() !== "" && typedMatches(range[1], top);
}

/** The OSI layer's names: "application layer" is layer 7. */
const LAYER_NAMES: Readonly<Record<string, number>> = { physical: 1, "data link": 2, network: 3, transport: 4, session: 5, presentation: 6, application: 7 };

/** The OSI layer a text names: 7 for "L7", "layer 7" or "application layer"; null for anything else. */
function layerOf(text: string): number | null {
	const t = scrub(text).trim().toLowerCase().replace(/\s+/g, " ");
	const m = /^(?:l|layer ?)([1-7])$/.exec(t) ?? /^(?:osi )?layer ([1-7])(?: \(?[a-z ]+\)?)?$/.exec(t);
	if (m !== null) return Number(m[1]);
	const named = /^([a-z ]+?) layer$/.exec(t);
	return named === null ? null : (LAYER_NAMES[named[1]] ?? null);
}

/** "L7", "layer 7" or "application layer" for one another (blind read 61). */
function sameLayer(expected: string, given: string): boolean {
	const e = layerOf(expected);
	return e !== null && e === layerOf(given);
}

/** True when a prompt names the layer its answer is, in other words: "application-layer DDoS" beside "____" for "Layer 7" (blind read 62). */
export function namesTheLayer(prompt: string, answer: string): boolean {
	const n = layerOf(answer);
	if (n === null) return false;
	const name = Object.keys(LAYER_NAMES).find((k) => LAYER_NAMES[k] === n) ?? "";
	return new RegExp(String.raw`\b(?:${name}[- ]layer|layer[- ]?${n}|L${n})\b`, "i").test(prompt);
}

/** "HTTPS", "443" or "port 443" for "HTTPS 443": a protocol and its port each say it (blind read 63). */
function samePort(expected: string, given: string): boolean {
	const m = /^\s*(HTTPS?|TCP|UDP|SSH|RDP|TLS|NFS|SMB|DNS|S?FTP|SMTP)\s+(?:port\s+)?(\d{2,5})\s*$/i.exec(scrub(expected));
	if (m === null) return false;
	const g = scrub(given).trim().toLowerCase();
	return g === m[1].toLowerCase() || g.replace(/^port\s*/, "") === m[2];
}

/** "management account" for "1 management acct": one of a thing is the thing (blind read 77); "day" is no "1 day". */
function oneThing(expected: string, given: string): boolean {
	const m = /^\s*(?:1|one)\s+(\p{L}.*)$/iu.exec(scrub(expected));
	if (m === null || seconds(`1 ${m[1]}`) !== null || m[1].trim().toLowerCase() in SIZE_UNITS) return false;
	// "2 management accounts" is another figure.
	// "a single AZ" for "1 AZ" too (blind read 115).
	const rest = scrub(given).replace(/^\s*(?:(?:a|an|one)\s+single|1|one|a|an|the|single)\s+/i, "");
	return !/^\s*\d/.test(rest) && typedMatches(m[1], rest);
}

function digits(text: string): string {
	return text.replace(/\D+/g, "");
}

/**
 * True when a typed answer matches the expected one: equal ignoring case, spacing and
 * punctuation, or within Damerau–Levenshtein 1 for answers of 5+ characters and 2 for 12+
 * (counted without spaces and punctuation); shorter answers must be exact. Digits and acronyms never
 * differ.
 */
export function typedMatches(expected: string, given: string): boolean {
	const e = typedKey(expected);
	const g = typedKey(given);
	if (e === "") {
		// An answer made only of punctuation ("++"): compare as written.
		return expected.trim().toLowerCase() === given.trim().toLowerCase() && given.trim() !== "";
	}
	if (g === "") return false;
	if (e === g) return true;
	if (oneThing(expected, given)) return true;
	if (sameFigure(expected, given) || sameDuration(expected, given) || sameSize(expected, given) || sameCore(expected, given) || sameServiceNamed(expected, given) || initialsOf(expected, given) || sameMultiple(expected, given) || sameUpperBound(expected, given) || sameLayer(expected, given) || samePort(expected, given)) return true;
	if (digits(e) !== digits(g)) return false;
	// An acronym is a name, not a word to misspell: "EFS" for "EBS", "DSSE-KMS" for "SSE-KMS" are other things.
	const count = (text: string, word: string): number => scrub(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w === word).length;
	if ((scrub(expected).match(/\b\p{Lu}{2,5}\b/gu) ?? []).some((a) => count(given, a.toLowerCase()) !== count(expected, a.toLowerCase()))) return false;
	const allowed = e.length >= 12 ? 2 : e.length >= 5 ? 1 : 0;
	if (allowed === 0) return false;
	return damerauLevenshtein(e, g, allowed) <= allowed;
}

/**
 * Is the answer right? Choices must match the right answers as a set, exactly as offered
 * (order and repeats ignored). A typed question also accepts a typed string, checked leniently
 * (see `typedMatches`) against each right answer.
 */
export function checkAnswer(question: Question, given: string[] | string): boolean {
	const list = typeof given === "string" ? [given] : Array.isArray(given) ? given.filter((g) => typeof g === "string") : [];
	if (list.length === 0 || question.answers.length === 0) return false;
	const wanted = new Set(question.answers);
	const got = new Set(list);
	if (got.size === wanted.size && [...got].every((g) => wanted.has(g))) return true;
	if (!question.typed || list.length !== 1) return false;
	// "Serverless" for "Redshift Serverless" where the prompt names Redshift: the service goes without saying (blind read 49).
	return (
		question.answers.some((a) => {
			const rest = withoutNamedService(a, question.prompt);
			return typedMatches(a, list[0]) || (rest !== null && typedMatches(rest, list[0]));
		}) ||
		// "email" for "Weekly email", where the note names nothing else by that word (`alsoAccepted`).
		(question.accepts ?? []).some((a) => typedMatches(a, list[0]))
	);
}

/** Count right answers; `percent` is rounded to a whole number (0 for an empty quiz). */
export function scoreQuiz(results: boolean[]): { correct: number; total: number; percent: number } {
	const total = results.length;
	let correct = 0;
	for (const r of results) if (r === true) correct++;
	return { correct, total, percent: total === 0 ? 0 : Math.round((correct / total) * 100) };
}
