/**
 * How key terms compare: a figure's kind and order ("14 days" stands for "15 minutes", not for
 * "70 ms"), terms alike by their words, near duplicates ("Region" / "Regions"), the article before
 * a blank, and blanks whose stem names a thing only the key has.
 */

import { showsInitials } from "./acronyms";
import { BLANK, containsWord, withoutAsides, wordCount } from "./text";

const TIME_UNITS = /^(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)$/i;
const SIZE_UNITS = /^(?:bytes?|[kmgtp]i?b|kilobytes?|megabytes?|gigabytes?|terabytes?)$/i;

/** How large a figure's unit is, in steps: ms 0, seconds 1, minutes 2, hours 3, days 4 ...; B 0, KB 1 ... */
function unitStep(term: string): number | null {
	const unit = (term.trim().split(/\s+/).pop() ?? "").toLowerCase();
	const time = [/^(?:ms|milliseconds?)$/, /^(?:s|secs?|seconds?)$/, /^(?:mins?|minutes?)$/, /^(?:hrs?|hours?)$/, /^(?:days?|weeks?)$/, /^(?:months?|years?)$/];
	const size = [/^bytes?$/, /^(?:ki?b|kilobytes?)$/, /^(?:mi?b|megabytes?)$/, /^(?:gi?b|gigabytes?)$/, /^(?:ti?b|terabytes?)$/, /^(?:pi?b|petabytes?)$/];
	for (const scale of [time, size]) {
		const at = scale.findIndex((re) => re.test(unit));
		if (at !== -1) return at;
	}
	return null;
}

/**
 * True when two figures of one shape are of one order: "90 days" and "1 year", "30 seconds" and "5
 * minutes", not "70-200 ms" and "365 days" (a latency and a retention period are told apart by size alone).
 */
export function sameOrder(a: string, b: string): boolean {
	const x = unitStep(a);
	const y = unitStep(b);
	return x === null || y === null || Math.abs(x - y) <= 1;
}

/** Seconds in each time unit, bytes (as 1024s) in each size unit, by `unitStep`. */
const TIME_FACTORS = [0.001, 1, 60, 3600, 86_400, 2_592_000];
const SIZE_FACTORS = [1, 1024, 1024 ** 2, 1024 ** 3, 1024 ** 4, 1024 ** 5];

/** "10,240 MB" as bytes, "15 minutes" as seconds; null for a range, a rate or a figure without a unit. */
function quantity(term: string): number | null {
	const m = /^\s*(?:up to\s+|about\s+|~)?(\d[\d,]*(?:\.\d+)?)\s*(\p{L}+)\s*$/iu.exec(term);
	if (!m) return null;
	const shape = termShape(term);
	const step = unitStep(term);
	if (step === null || (shape !== "time" && shape !== "size")) return null;
	// Weeks and years share a step with days and months.
	const unit = m[2].toLowerCase();
	const factor = /^weeks?$/.test(unit) ? 604_800 : /^years?$/.test(unit) ? 31_536_000 : (shape === "time" ? TIME_FACTORS : SIZE_FACTORS)[step];
	return Number(m[1].replace(/,/g, "")) * factor;
}

/**
 * True when two figures are one amount in other units: "10 GB" and "10,240 MB", "15 minutes" and
 * "900 seconds", "1 day" and "24 hours". A swap of one for the other would leave a statement true.
 * Sizes match in steps of 1000 as well as 1024 ("1 GB" and "1,000 MB").
 */
export function sameQuantity(a: string, b: string): boolean {
	const x = quantity(a);
	const y = quantity(b);
	if (x === null || y === null || termShape(a) !== termShape(b)) return false;
	if (Math.abs(x - y) <= 0.001 * Math.max(x, y)) return true;
	if (termShape(a) !== "size") return false;
	const d = Math.abs((unitStep(a) ?? 0) - (unitStep(b) ?? 0));
	const decimal = (v: number, from: string): number => (v / 1024 ** (unitStep(from) ?? 0)) * 1000 ** (unitStep(from) ?? 0);
	return d > 0 && Math.abs(decimal(x, a) - decimal(y, b)) <= 0.001 * Math.max(decimal(x, a), decimal(y, b));
}

/**
 * True when two figures of one kind are within a factor of `ratio` of each other: "7 days" for "90
 * days" is a plausible slip, "5 min" for "90 days" false on sight (blind read 20). Figures that cannot
 * be read as amounts count as near.
 */
export function nearQuantity(a: string, b: string, ratio = 100): boolean {
	const x = quantity(a);
	const y = quantity(b);
	if (x === null || y === null || x === 0 || y === 0) return true;
	return Math.max(x, y) / Math.min(x, y) <= ratio;
}

/** The kind of a key term, so that a swap or a wrong choice is like for like: "14 days" for "15 minutes". */
export function termShape(term: string): "time" | "size" | "rate" | "number" | "term" {
	if (!/\d/.test(term)) return "term";
	// "10,000 requests per second" is a rate, not a time: it is no wrong answer for "30 seconds".
	if (/\bper\b|\/\s*(?:s|sec|second|min|minute|hour|day|month)\b/i.test(term)) return "rate";
	// "0.25 vCPU/0.5 GB": two figures of two units are no size (blind read 118).
	if (/\d\s*\p{L}+\s*[/+]\s*\d/u.test(term)) return "number";
	const last = term.trim().split(/\s+/).pop() ?? "";
	if (TIME_UNITS.test(last)) return "time";
	if (SIZE_UNITS.test(last)) return "size";
	return "number";
}

const STOP = new Set(["a", "an", "the", "of", "for", "to", "in", "on", "and", "or", "with", "by", "per", "is", "are", "amazon", "aws"]);

/**
 * Content words, lower-cased, with a plural "s" dropped: for "shares a word" comparisons. Short
 * words count only as acronyms ("IP", "AZ"), whose plurals ("IPs", "AZs") lose their "s" too.
 */
function stems(text: string): Set<string> {
	const out = new Set<string>();
	for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
		const acronym = /^\p{Lu}{2,}s?$/u.test(word);
		const w = word.toLowerCase();
		if ((w.length < 3 && !/\d/.test(w) && !acronym) || STOP.has(w)) continue;
		const plural = w.endsWith("s") && !w.endsWith("ss") && (w.length > 3 || (acronym && /s$/.test(word)));
		out.add(plural ? w.slice(0, -1) : w);
	}
	return out;
}

/**
 * Candidates grouped by how alike they are to `answer`, most alike first: same shape, about the
 * same length and a shared word; same shape and about the same length; the rest. Plausible wrong
 * answers come from the first groups (a one-word answer among sentences would stand out).
 */
export function groupByLikeness(answer: string, candidates: readonly string[]): string[][] {
	const a = likeness(answer);
	const near: string[] = [];
	const same: string[] = [];
	const rest: string[] = [];
	for (const c of candidates) {
		const b = likeness(c);
		if (b.shape !== a.shape || Math.abs(b.words - a.words) > 2) rest.push(c);
		else if (b.stems.some((w) => a.stems.includes(w))) near.push(c);
		else same.push(c);
	}
	return [near, same, rest];
}

interface Likeness {
	shape: ReturnType<typeof termShape>;
	words: number;
	stems: string[];
}

const likenessCache = new Map<string, Likeness>();

/** Shape, length and content words of a term, memoised (the same terms are compared again and again). */
function likeness(term: string): Likeness {
	let v = likenessCache.get(term);
	if (v === undefined) {
		v = { shape: termShape(term), words: wordCount(term), stems: [...stems(term)] };
		if (likenessCache.size >= 20000) likenessCache.clear();
		likenessCache.set(term, v);
	}
	return v;
}

/**
 * True when two choices say nearly the same: the same content words ("Region" / "Regions"), or most of them
 * ("SSM Automation runbook" / "SSM Automation remediation"): a second right answer, or a giveaway by likeness.
 */
export function nearDuplicate(a: string, b: string): boolean {
	const x = ownerStems(a);
	const y = ownerStems(b);
	if (x.length === 0 || y.length === 0) return false;
	const shared = x.filter((w) => y.includes(w)).length;
	const least = Math.min(x.length, y.length);
	// The same words, or one's words all inside the other's ("Serverless v2" / "Aurora Serverless v2").
	if (shared === least) return true;
	// "AWS managed keys" / "Customer managed keys" / "AWS owned keys": one head noun, told apart by one
	// word in front of it, are kinds of a thing, not two wordings of one.
	const differ = x.length === y.length && !/[/(]/.test(a + b) ? x.flatMap((w, i) => (w === y[i] ? [] : [i])) : [];
	if (differ.length === 1 && differ[0] < x.length - 1) return false;
	return shared >= 2 && shared * 3 >= least * 2;
}

/** Content words of a term, "DB" as "database" (blind read 70); a vendor that says who owns a thing ("AWS managed keys", not "AWS Lambda") is one of them. */
function ownerStems(term: string): string[] {
	const words = likeness(term).stems.map((w) => SHORT_STEMS[w] ?? w);
	return /^(?:AWS|Amazon|aws)\s+\p{Ll}/u.test(term.trim()) ? ["aws", ...words] : words;
}
const SHORT_STEMS: Readonly<Record<string, string>> = { db: "database", config: "configuration", env: "environment", admin: "administrator" };

/** "a" or "an" before a word, by its first letter (a heuristic: "an hour" and "a user" are missed). */
export function fixArticle(before: string, word: string): string {
	const m = /(^|\s)(a|an|A|An)\s*$/.exec(before);
	if (!m) return before;
	const an = /^[aeiou]/i.test(word);
	const article = m[2].charAt(0) === "A" ? (an ? "An" : "A") : an ? "an" : "a";
	return `${before.slice(0, m.index)}${m[1]}${article} `;
}

/** Nouns only one service has: "an ____ bucket" can only be S3, "a ____ queue" is SQS. */
const OWN_NOUNS: readonly [RegExp, RegExp][] = [
	[/\bbuckets?\b/i, /\b(?:s3|simple storage service)\b/i],
	[/\bqueues?\b/i, /\b(?:sqs|simple queue service)\b/i],
	[/\btopics?\b/i, /\b(?:sns|simple notification service)\b/i],
	[/\bfunctions?\b/i, /\blambda\b/i],
	[/\b(?:hosted zones?|records?)\b/i, /\broute 53\b/i],
	[/\b(?:state machines?)\b/i, /\bstep functions\b/i],
	[/\bdistributions?\b/i, /\bcloudfront\b/i],
	[/\b(?:user|identity) pools?\b/i, /\bcognito\b/i],
	[/\btrails?\b/i, /\bcloudtrail\b/i],
	[/\blog groups?\b/i, /\bcloudwatch\b/i],
	// "EC2 + ASG + ELB + ____ alarms": alarms are CloudWatch's (blind read 26).
	[/^\s*(?:metric\s+)?alarms?\b/i, /\bcloudwatch\b/i],
	// "____ policies control access", "____ identity policies", "an ____ role": IAM for any service (blind read 19).
	[/^\s*(?:identity\s+)?(?:polic(?:y|ies)|roles?|users?|groups?)\b/i, /\b(?:iam|identity and access management)\b/i],
	[/^\s*(?:customer managed\s+)?keys?\b/i, /\b(?:kms|key management service)\b/i],
	[/^\s*(?:lbs?|load balancers?)\b/i, /\b(?:elb|elastic load balancing)\b/i],
];

/**
 * True when the words after a blank name a thing only the key has ("delivers to an ____ bucket" for
 * Amazon S3; "____: message deleted after processing, one set of consumers per queue" for SQS), or
 * the prompt shows the key's initials ("____ (ASL)"): the blank then gives its answer away.
 */
export function blankGivesAway(prompt: string, key: string): boolean {
	const at = prompt.indexOf(BLANK);
	if (at === -1) return false;
	const after = prompt.slice(at + BLANK.length);
	return OWN_NOUNS.some(([noun, service]) => noun.test(after) && service.test(key)) || showsInitials(prompt, key);
}

/**
 * True when `text` echoes `name`: its first word (three letters or more, not a figure), or most of its
 * words, stand in `text` as written, by their root or by their first six letters: "relative weight"
 * echoes "Weighted", "standard tag keys" echoes "Tag policies", "only reads the columns" echoes
 * "columnar format". A question whose text echoes its key is answered by matching words.
 */
export function echoes(written: string, name: string): boolean {
	const { words, text, said } = echoParts(written, name);
	if (words.length >= 2 && clips(text, words)) return true;
	const echoed = words.filter(said);
	// The first word ("columnar" of "columnar format"), or most of them ("real time" of "near real time");
	// a generic head noun alone ("encrypted" for "envelope encryption") still leaves the answer to find.
	if (echoed.length > 0 && (echoed[0] === words[0] || echoed.length * 2 > words.length)) return true;
	// "Secrets Manager" says every word of "secret manager", one in the plural (blind read 88).
	return words.length >= 2 && words.every((w) => said(w) || containsWord(text, `${w}s`));
}

/** The words of `name` that count, `written` with the words its API names hold, and whether a word is said in it. */
function echoParts(written: string, name: string): { words: string[]; text: string; said: (w: string) => boolean } {
	const words = withoutAsides(name).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => /^\p{L}{3,}$/u.test(w) && !/^(?:the|and|for|with|aws|amazon)$/.test(w));
	// "ChangeMessageVisibility" says "visibility", "permset" clips "permission sets" (blind read 45).
	const apiWords = (written.match(/\b(?:\p{Lu}\p{Ll}+){3,}\b/gu) ?? []).map((w) => w.replace(/(\p{Ll})(?=\p{Lu})/gu, "$1 "));
	const text = [written, ...apiWords].join(" ");
	return { words, text, said: (w) => containsWord(text, w) || containsWord(text, wordRoot(w)) || sharesStem(text, w) };
}

/** True when `written` says every word of `name` (three letters or more), by its root or its first six letters: "auto remediation" for "auto remediate". */
export function saysEveryWord(written: string, name: string): boolean {
	const { words, said } = echoParts(written, name);
	return words.length > 0 && words.every(said);
}

/** True when a word of `text` joins the heads of two words in a row of `words`: "permset" for "permission sets". */
function clips(text: string, words: readonly string[]): boolean {
	const tokens = text.toLowerCase().split(/[^\p{L}]+/u).filter((t) => t.length >= 6);
	return words.slice(1).some((second, i) => {
		const first = words[i];
		return tokens.some((t) => [3, 4, 5].some((n) => n < first.length && t.startsWith(first.slice(0, n)) && t.length - n >= 3 && second.startsWith(t.slice(n))));
	});
}

/**
 * True when a word of `name` (five letters or more, not its vendor) that no name of `others` shares
 * opens a longer word of `text`: "Config" of AWS Config in "Configuration items" (blind read 39); not
 * "stack" of "Cross-stack refs" in "stacks" beside "Nested stacks".
 */
export function opensAWordOf(text: string, name: string, others: readonly string[] = []): boolean {
	const split = (t: string): string[] => t.toLowerCase().split(/[^\p{L}\p{N}]+/u);
	const words = split(text);
	const shared = others.flatMap(split);
	return split(name).some((n) => n.length >= 5 && n !== "amazon" && !shared.some((w) => w.startsWith(n)) && words.some((w) => w.length > n.length && w.startsWith(n)));
}

/** True when a word of `text` and `word` (both of seven letters or more) start with the same six letters: "columns" and "columnar", "partitions" and "partitioning". */
function sharesStem(text: string, word: string): boolean {
	if (word.length < 7) return false;
	const stem = word.slice(0, 6);
	return text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.some((w) => w.length >= 6 && w !== word && w.startsWith(stem));
}

/**
 * A word less its ending, when that leaves a word of five letters or more: "weighted" → "weight",
 * "routing" → "rout" stays "routing"; a past participle of a short verb keeps three: "opted" → "opt"
 * (of "opt-in", blind read 35).
 */
function wordRoot(word: string): string {
	const root = word.replace(/(?:ed|ing|s)$/, "");
	return root.length >= 5 || (root.length >= 3 && word.endsWith("ed")) ? root : word;
}

/** Words that say what kind of thing a name is: "Latency routing" is the table's "Latency". */
const KIND_WORD = /\s+(?:routing(?: polic(?:y|ies))?|polic(?:y|ies)|records?|class(?:es)?|storage class(?:es)?|types?|modes?|tiers?|options?|volumes?|plans?|workflows?|queues?|keys?|engines?|nodes?|launch types?)$/i;

/** A name less a trailing word that says its kind: "Latency routing" → "Latency", "Express workflows" → "Express". */
export function withoutKindWord(name: string): string {
	return name.replace(KIND_WORD, "");
}

const FIGURE_TEXT = String.raw`\d[\d.,]*\s*[\p{L}/]{0,8}`;
const RANGE_BEFORE = new RegExp(String.raw`(?:\b(?:from|between)\s+|${FIGURE_TEXT}\s*(?:(?:up\s+)?to|and|–|-)\s*)$`, "iu");

/** "1 to 35 days", "70–200 ms": a range, not one figure. */
export function isRange(term: string): boolean {
	// "1 day → 10 years" is a range too (blind read 111).
	return /\d\s*(?:\p{L}+\s*)?(?:to|–|-|→|->)\s*\d/iu.test(term);
}
const RANGE_AFTER = new RegExp(String.raw`^\s*(?:to|and|–|-)\s*\d`, "iu");

/** Whether the figure at [start, end) of a line is one end of a range: "from 1 to 5 minutes", "1–5 GB". */
export function endsARange(line: string, start: number, end: number): boolean {
	return RANGE_BEFORE.test(plainSlice(line, Math.max(0, start - 30), start)) || RANGE_AFTER.test(plainSlice(line, end, end + 12));
}

/** A slice of a line without its emphasis marks: "**128 MB** to **" reads "128 MB to ". */
export function plainSlice(line: string, start: number, end: number): string {
	return line.slice(start, end).replace(/[*_`]/g, "");
}

const RESTATED_AFTER = /^\s*\(\s*(?:~|≈|=|about\s+|approx\.?\s+)?\d/i;
const RESTATED_BEFORE = new RegExp(String.raw`${FIGURE_TEXT}\s*\(\s*(?:~|≈|=|about\s+|approx\.?\s+)?$`, "iu");

/** Whether the figure at [start, end) of a line is said twice: "24 hours (86,400 seconds)", either one. */
export function restated(line: string, start: number, end: number): boolean {
	return RESTATED_AFTER.test(plainSlice(line, end, end + 16)) || RESTATED_BEFORE.test(plainSlice(line, Math.max(0, start - 30), start));
}

/** Words no choice is told apart by: the vendor, and words in the names of services of every kind. */
const ECHO_GENERIC = "amazon aws service data managed simple elastic cloud option mode type feature store storage the and for with from per via not one all any new";

/**
 * The words of a text as compared across prompt and choices: split at case changes too ("DataSync":
 * "data", "sync"), lower-cased, with an ending of number or tense dropped ("tapes", "polling",
 * "caching" meet "tape", "poll", "cache"). Words under four letters count only as acronyms ("API").
 */
export function echoStems(text: string): Set<string> {
	let v = echoCache.get(text);
	if (v === undefined) {
		v = echoStemsOf(text);
		if (echoCache.size >= 20000) echoCache.clear();
		echoCache.set(text, v);
	}
	return v;
}

const echoCache = new Map<string, Set<string>>();

/** Three-letter words of grammar or degree, which share nothing worth telling: "use", "per", "all". */
const SHORT_GRAMMAR = new Set(
	"the and for not but nor yet all any are was its you via one two six ten new old own out off how why who may can has had did get got put run set see say way too etc per use few big low top end day".split(" "),
);

function echoStemsOf(text: string): Set<string> {
	const out = new Set<string>();
	const whole = new Set(text.split(/[^\p{L}\p{N}]+/u));
	for (const word of text.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2").split(/[^\p{L}\p{N}]+/u)) {
		// "DB" of "MongoDB" and "DocumentDB" is a piece of two names, no word of either.
		const acronym = /^\p{Lu}[\p{Lu}\p{N}]+s?$/u.test(word) && whole.has(word);
		let w = word.toLowerCase();
		if (acronym) w = w.replace(/s$/, "");
		else {
			// A figure ("task number 1234") is asked for by number, not matched by its letters.
			// Three letters are a word when they name a thing ("tag" of "standard tags", "log"), not a
			// word of grammar (blind read 28).
			if (w.length < 3 || (w.length === 3 && SHORT_GRAMMAR.has(w)) || /^\d+$/.test(w)) continue;
			// "denied", "denies" meet "deny".
			w = w.replace(/(\p{L}{3,})ie[sd]$/u, "$1y").replace(/ies$/, "y").replace(/(?:ing|ed|s)$/, "").replace(/e$/, "");
			w = w.replace(/(\p{L})\1$/u, "$1");
		}
		if (w.length >= 2 && !(generic ??= genericStems()).has(w)) out.add(w);
	}
	return out;
}

/** `ECHO_GENERIC` as `echoStems` reads them (read with an empty set in place, so they are not filtered out by themselves). */
let generic: Set<string> | null = null;
function genericStems(): Set<string> {
	generic = new Set();
	generic = echoStemsOf(ECHO_GENERIC);
	return generic;
}

/** The words of `answer` that `prompt` uses too, as `echoStems` reads them. */
export function sharedWords(prompt: string, answer: string): string[] {
	const p = echoStems(prompt);
	return [...echoStems(answer)].filter((w) => p.has(w));
}
