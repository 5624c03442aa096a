/**
 * Text helpers shared by the generators and the fairness check. Questions are shown as plain
 * text, so everything that reaches a prompt or a choice goes through `clean`, which removes what
 * `plainText` leaves behind in broken markdown (a lone `**`, an unclosed `[[`).
 */

import { plainText } from "../note/inline";
import { memo } from "../memo";
import { EMOJI_RE } from "../emoji";

/** Markdown that must never reach a prompt, a choice or an explanation (see `checkFairness`). */
export const MARKDOWN_TOKENS: readonly string[] = ["**", "__", "[[", "]]", "==", "`", "\t"];

/** The blank of fill-blank prompts; the only underscores a prompt may show. */
export const BLANK = "____";

/** A list marker, quote or heading marker at the start of a text. */
export const LEADING_MARKER = /^(?:[-*+•]|\d{1,9}[.)]|>|#{1,6})(?:\s|$)/;

const MARKDOWN_RUN = /\*\*|__|\[\[|\]\]|==|`/g;
const HAS_MARKDOWN_RUN = /\*\*|__|\[\[|\]\]|==|`/;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const ENTITY = /&(?:nbsp|lt|gt|amp|quot|#39|apos);/gi;
const ENTITIES: Record<string, string> = { "&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'", "&apos;": "'" };
/** A Markdown escape as importers write them: "\-", "\*", "\_". */
const ESCAPED = /\\([-*_`#+.!|>~()[\]{}\\])/g;
/** Notion's toggle blocks exported as "Toggle: ..." (not a word of the note's). */
const TOGGLE = /(^|[*_\s])Toggle:\s*/g;
const INVISIBLE = /[\u200b\u202a-\u202e\u2066-\u2069\ufeff]/g;
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu;

/**
 * Markdown (one line or less) to the plain text used in questions: `plainText` first, then any
 * leftover markdown tokens, control characters, tabs and leading list markers removed, spaces
 * collapsed. Idempotent, so cleaning a cleaned text changes nothing.
 */
export function clean(markdown: string): string {
	return fromPlain(plainText(markdown));
}

/**
 * `clean` for text that `plainText` has already seen (a list item's `plain`): inline HTML and
 * invisible direction controls removed, then `scrub`.
 */
export function fromPlain(text: string): string {
	let s = text;
	// Obsidian renders inline HTML, so `<b>x</b>` reads as "x" and `<img ...>` as nothing.
	if (s.indexOf("<") !== -1) s = s.replace(HTML_COMMENT, " ").replace(HTML_TAG, "");
	// Notes imported from Notion or Evernote: "&nbsp;", "&lt;", "\-", "Toggle: Reserved concurrency" (blind read 31).
	if (s.indexOf("&") !== -1) s = s.replace(ENTITY, (m: string) => ENTITIES[m.toLowerCase()] ?? m);
	if (s.indexOf("\\") !== -1) s = s.replace(ESCAPED, "$1");
	s = s.replace(TOGGLE, "$1");
	// Bidi overrides could make a prompt display differently from what it says.
	s = s.replace(INVISIBLE, "");
	// "▸ Advanced queries → ...": a bullet typed as a glyph (a Notion toggle, blind read 52).
	s = s.replace(/^\s*[▸►▪▫•◦➤‣▹]\s*/u, "");
	// Inline tags ("#storage", "#aws/saa") organise the note; they are no part of what it says.
	if (s.indexOf("#") !== -1) s = s.replace(INLINE_TAG, "$1");
	// "✅ Standard queues ...", "Gotchas ⚠️", "... lifecycle. ❌ Not Glacier": emoji mark a line's
	// kind or a clause's; they are no part of what it says.
	s = s.replace(EMOJI_RE, " ");
	// "[12:40] ..." and "Health checks [21:00]": where a video said it, in notes typed while watching.
	if (s.indexOf(":") !== -1) s = s.replace(TIMESTAMP, " ");
	// "(1 min in the video, prob rarely asked)", "(skip, not on SAA)": the student's asides about the course;
	// "**CNAME vs Alias** (!!)": marks of importance (blind read 67).
	if (s.indexOf("(") !== -1) s = s.replace(COURSE_ASIDE, "").replace(/\s*\((?:!+|\?+|!+\?+|\?+!+)\)/g, "");
	// "Max message size::256 KB" (a flashcard), "Port:: 443" (a Dataview field) read as "Max message size: 256 KB".
	if (s.indexOf("::") !== -1) s = s.replace(FIELD_SEPARATOR, (_m, front: string) => (front.endsWith("?") ? `${front} ` : `${front}: `));
	return scrub(s);
}

/**
 * The `::` (or `:::`) between a flashcard's front and back, or a Dataview field's name and value:
 * the first one, after a front with no colon of its own but a label's ("Lifecycle: earliest transition::30
 * days", blind read 51; "arn:aws:iam::123456789012:root" is no card),
 * and not inside a resource type ("AWS::CloudFormation::Stack", blind read 43) or an intrinsic function
 * ("Fn::Sub", blind read 69).
 */
const FIELD_SEPARATOR = /^(?!(?:[^:`]|:(?=\s))*\b(?:AWS|Fn)::\w)((?:[^:`]|:(?=\s))*[^\s:`]):{2,3}(?!:)\s*(?=\S)/;

/** A video timestamp in brackets: "[12:40]", "[1:02:15]". */
const TIMESTAMP = /\[\d{1,2}:\d{2}(?::\d{2})?\]/g;

/** An aside about the course or the exam, not about AWS: "(skip, not on SAA)", "(exam favourite)". */
const COURSE_ASIDE = /\s*\((?=[^()]*\b(?:video|lecture|instructor|prob(?:ably)? rarely|rarely asked|not on (?:the )?(?:exam|saa|test)|exam favou?rite|on the exam|asked a lot|skip|lol|idk|imo|tbh|my note|I (?:thought|always|keep|kept|never|forgot|forget|got|mixed|confused|picked|guessed|think))\b)[^()]*\)/gi;

const INLINE_TAG = /(^|\s)#[\p{L}_][\p{L}\p{N}_/-]*/gu;

/** Characters that may need work in `scrub`; most texts have none and return at once. */
const NEEDS_SCRUB = /[\p{Cc}\u2028\u2029*_[\]=`]|\s\s|^\s|\s$|^(?:[-+•>#]|\d{1,9}[.)])/u;

/** `clean` without the markdown-to-text step: for text that is plain already. */
export function scrub(text: string): string {
	if (!NEEDS_SCRUB.test(text)) return text;
	let s = text.replace(CONTROL, " ");
	let prev: string;
	do {
		prev = s;
		s = s.replace(MARKDOWN_RUN, "");
	} while (s !== prev);
	s = s.replace(/\s+/g, " ").trim();
	do {
		prev = s;
		s = s.replace(LEADING_MARKER, "").trim();
	} while (s !== prev && s !== "");
	// Removing a marker can create a new `**` or `==` ("*-*"), so settle once more.
	return HAS_MARKDOWN_RUN.test(s) ? scrub(s) : s;
}

/**
 * The key used to compare choices: case-insensitive, spacing-insensitive, trailing punctuation
 * ignored. Two choices with the same key are duplicates (and a wrong choice with the answer's key
 * would be a second right answer).
 */
export const choiceKey: (text: string) => string = memo((text) =>
	scrub(text)
		.normalize("NFKC")
		.toLowerCase()
		.replace(/[\s.,;:!?…]+$/u, "")
		.replace(/\s+/g, " ")
		.trim(),
);

/** The name a line opens with as its label ("KDS: many apps read the same data"), or undefined. */
export function nameLabel(text: string): string | undefined {
	const label = /^([^:]{1,30}):\s/.exec(text)?.[1];
	return label !== undefined && /^[\p{Lu}\p{N}]/u.test(label) ? label : undefined;
}

/** Escape a string for use in a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A regular expression matching any of `words` as whole words (letters/digits not glued on).
 * Group 1 is the character before the word (or ""), because lookbehind is missing on older iOS:
 * replace with `(m, before) => before + ...`.
 */
export function wordsPattern(words: readonly string[], flags = "giu"): RegExp | null {
	const alts = words
		.filter((w) => w.trim() !== "")
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp);
	if (alts.length === 0) return null;
	return new RegExp(`(^|[^\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, flags);
}

/** A letter or digit at the end / at the start of a string (whole code points, so surrogate pairs count). */
const WORD_CHAR_AT_END = /[\p{L}\p{N}]$/u;
const WORD_CHAR_AT_START = /^[\p{L}\p{N}]/u;

/** True when `lower` has `word` (case-sensitive) at one of its occurrences with no letter or digit glued on either side. */
export function hasWholeWord(lower: string, word: string): boolean {
	for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
		const end = at + word.length;
		if (!WORD_CHAR_AT_END.test(lower.slice(Math.max(0, at - 2), at)) && !WORD_CHAR_AT_START.test(lower.slice(end, end + 2))) return true;
	}
	return false;
}

/**
 * True when `text` contains `word` as a whole word, ignoring case. A search for the word and a look
 * at its two neighbours: a pattern per word (`wordsPattern`) costs half a millisecond to compile
 * with its Unicode classes, and the quiz tests thousands of words per note.
 */
export function containsWord(text: string, word: string): boolean {
	return word.trim() !== "" && hasWholeWord(text.toLowerCase(), word.toLowerCase());
}

/** True when `text` contains any of `words` as a whole word, ignoring case. */
export function containsAnyWord(text: string, words: readonly string[]): boolean {
	const lower = text.toLowerCase();
	return words.some((w) => w.trim() !== "" && hasWholeWord(lower, w.toLowerCase()));
}

/** True when `text` contains `part`, ignoring case and spacing. */
export function containsText(text: string, part: string): boolean {
	const p = part.toLowerCase().replace(/\s+/g, " ").trim();
	return p !== "" && text.toLowerCase().replace(/\s+/g, " ").includes(p);
}

/**
 * A heading without its outline number: "2.3 Error handling", "2. Core concepts", "IV) Pricing",
 * "b) Limits", "3 - Security" → the words alone.
 */
export function withoutNumbering(text: string): string {
	// "Slide 32: AWS Transit Gateway": a deck's numbering, no part of the name (blind read 98).
	return text.replace(/^\s*slide\s*\d{1,3}\s*[:.–—-]\s*/i, "").replace(/^\s*(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[ivx]{1,4}[.)]|[a-h][.)]|(?:\d{1,3}|[ivx]{1,4}|q\d{1,3})\s*[-–—:]|q\d{0,3}\s*[:.)])\s+/i, "");
}

/** Remove trailing sentence punctuation and colons ("Worker nodes can be:" → "Worker nodes can be"). */
export function stripEnd(text: string): string {
	return text.replace(/[\s.,;:!?…]+$/u, "");
}

/** Number of words. */
export function wordCount(text: string): number {
	const t = text.trim();
	return t === "" ? 0 : t.split(/\s+/).length;
}

/**
 * Words that carry no statement of their own next to links: "See [[A]], [[B]] and [[C]]",
 * "Related: [[A]]", "Also [[A]] vs [[B]]".
 */
const FILLER = new Set(
	"a an the of for to in on and or with by per is are via vs versus see also related more further reading link links reference references e g eg i ie etc".split(" "),
);

/** Number of words that say something: filler such as "see", "also", "and" is not counted. */
export function contentWordCount(text: string): number {
	let n = 0;
	for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w !== "" && !FILLER.has(w)) n++;
	return n;
}

/**
 * The text without its parenthesised asides: "mobile uploads with temporary credentials (identity
 * pool)" → "mobile uploads with temporary credentials". A scenario's asides name the answer's own
 * terms ("identity pool" is Cognito's) and give it away.
 */
export function withoutAsides(text: string): string {
	let s = text;
	let prev: string;
	do {
		prev = s;
		s = s.replace(/\s*\([^()]*\)/g, "");
	} while (s !== prev);
	return s.replace(/\s+([,.;:!?])/g, "$1").replace(/\s+/g, " ").trim();
}

/**
 * Lower-case the first letter when the first word is an ordinary capitalised word ("Hybrid" →
 * "hybrid"), leaving acronyms and names with inner capitals alone ("AWS", "CloudWatch", "EC2").
 */
export function lowerFirst(text: string): string {
	const m = /^(\p{Lu})(\p{Ll}*)(?=[^\p{L}\p{N}]|$)/u.exec(text);
	if (!m) return text;
	if (m[2] === "" && /^\p{Lu}\p{Lu}/u.test(text)) return text;
	// A one-letter word other than "A"/"I" is likely a name ("X-Ray" starts with "X").
	if (m[2] === "" && m[1] !== "A") return text;
	// "A/B testing", "A-record": a letter joined to more is a name too.
	if (m[2] === "" && /^A[/-]\S/.test(text)) return text;
	// "Windows SMB", "Linux NFS", "Kafka APIs": names keep their capital.
	if (PROPER_NOUN.test(m[0]) || /^Active Directory\b/.test(text)) return text;
	return m[1].toLowerCase() + text.slice(1);
}

/** Capitalised words of AWS notes that are names, not sentence starts. */
const PROPER_NOUN = /^(?:Windows|Linux|Unix|Mac|macOS|Kafka|Kubernetes|Docker|Java|Python|Oracle|Microsoft|Lustre|Redis|Memcached|Valkey|Cassandra|MongoDB|MySQL|PostgreSQL|MariaDB|Apache|Spark|Hadoop|Presto|Trino|Flink|Elasticsearch|OpenSearch|Grafana|Prometheus|Jenkins|Terraform|Git|GitHub|Amazon|AWS|Internet|Ethernet|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** True for a product or platform name of another vendor ("Redis", "Kafka", "Windows"). */
export function isProperNoun(word: string): boolean {
	return PROPER_NOUN.test(word);
}

/**
 * `lowerFirst` for a term moved into the middle of a sentence, except Title Case names
 * ("Operational Excellence", "Block Public Access"), which keep their capitals.
 */
export function lowerTerm(term: string): string {
	const words = term.trim().split(/\s+/);
	if (words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return term;
	return lowerFirst(term);
}

/** "A or B", "A, B or C": names listed as alternatives, as prompts close ("Which is it, A, B or C?"). */
export function orList(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** Upper-case the first letter. */
export function upperFirst(text: string): string {
	return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Split a line of plain text into sentences (at `.`, `!` or `?` followed by a space and a capital). */
export function splitSentences(text: string): string[] {
	const out: string[] = [];
	// The private-use markers the generators put in a line's place of a term count as a word that may start a sentence.
	const re = /[.!?]\s+(?=[\p{Lu}\p{N}"“(\uE000-\uE00F])/gu;
	let from = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null) {
		const before = text.slice(from, m.index + 1);
		// "(e.g. Security, Sandbox)", "etc. And": no sentence ends inside parentheses or after an abbreviation.
		if (ABBREVIATION.test(before) || depth(before) > 0) continue;
		out.push(before);
		from = m.index + m[0].length;
	}
	out.push(text.slice(from));
	return out.map((s) => s.trim()).filter((s) => s !== "");
}

const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|approx|incl|esp|cf|min|max|no|ca|fig|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov)\.$/i;

/** Open parentheses left at the end of `text`. */
function depth(text: string): number {
	let d = 0;
	for (const ch of text) {
		if (ch === "(") d++;
		else if (ch === ")" && d > 0) d--;
	}
	return d;
}

/** Quote a source text in an explanation: `Line 12: "..."`. */
export function quoteLine(line: number, text: string): string {
	return `Line ${line}: "${text}"`;
}

/** Words that can follow a service's name as its verb ("EKS runs ...", "It makes ..."). */
const VERB = /^(?:is|are|was|has|have|can|could|will|may|also|automatically|\p{Ll}+(?:s|es))$/u;
/** Words ending in s that are not verbs but often follow a name ("EKS clusters"). */
const NOT_VERB =
	/^(?:clusters|instances|resources|services|features|nodes|functions|queues|buckets|tables|users|customers|costs|limits|options|settings|logs|metrics|tasks|pods|containers|workloads|apis|endpoints|files|objects|messages|events|streams|versions|regions|zones|accounts|roles|policies|keys|secrets|groups|rules|alarms|records|snapshots|volumes|backups|plans|tools|apps|ops|devops|applications|jobs|this|its|less|unless|various|always|sometimes|as|us|plus|bus|gas|aws|kubernetes|analytics|basics|status|access|process|across|class|glass|address|business|success|express|serverless|stateless|seamless|tons|lots|loads|heaps|dozens|hundreds|thousands|millions|billions)$/;

/** Base-form verbs that start descriptions like "fix cold starts" ("X = fix cold starts"). */
const BASE_VERB =
	/^(?:fix|limit|reduce|notify|invoke|publish|ingest|visuali[sz]e|authenticate|authori[sz]e|rotate|retrieve|restore|forward|emit|increase|store|run|cap|remove|keep|give|make|allow|enable|use|provide|support|handle|scale|cache|route|send|push|pull|poll|stream|queue|process|encrypt|protect|monitor|log|track|decouple|replicate|speed|lower|cut|avoid|prevent|guarantee|deliver|detect|automate|simplify|connect|migrate|transfer|analy[sz]e|query|build|deploy|host|serve|manage|control|distribute|balance|block|filter|inspect|audit|record|collect|share|sync|copy|move|back|choose|pick|select|create|add|attach|configure|set|turn|scan|compress|partition|prefer|consider|plan|split|tune|check|learn|study|memori[sz]e|investigate|aggregate|discover|orchestrate|coordinate|correlate|centrali[sz]e|evaluate|assess|identify|classify|convert|transform|extract|generate|validate|verify|enforce|isolate|recommend|predict|translate|require|deny|restrict|disable|delete|grant|revoke)$/i;

/** True when a phrase opens with a base-form verb ("Choose at creation"): an instruction, not a thing. */
export function startsWithBaseVerb(text: string): boolean {
	return isBaseVerb((text.split(/\s+/)[0] ?? "").toLowerCase());
}

/** True when `word` is a base-form verb from a small list ("fix", "limit"). */
export function isBaseVerb(word: string): boolean {
	return BASE_VERB.test(word);
}

/** True when `word` (lower case) reads as a third-person verb or auxiliary: "runs", "is", "provides". */
export function startsWithVerb(word: string): boolean {
	return VERB.test(word) && !NOT_VERB.test(word) && !/(?:ss|ous|less|ics|is)$/.test(word.length > 3 ? word : "");
}

/** An arrow ("→", "->", "=>", the mis-encoded "â†’"): exam cues and mappings, "situation → answer", read as instructions, not statements. */
export const ARROW = /(?:→|➡|->|=>|⇒|⟶|â†’)/;

/**
 * "⚠️ Gotcha: using ElastiCache means ..." is a statement with a label of the student's: the label goes. So does
 * the mark of a correction ("✅ Right: destinations are for async calls", "Reality: ..."), which says it is true (blind read 134).
 */
export function withoutWarningLabel(text: string): string {
	return text.replace(/^(?:gotcha|heads[- ]up|warning|watch out|careful|pitfall|caveat|important|wichtig|achtung|importante|ojo|attention|attenzione|важно|внимание|right|correct(?:ion)?|actually|reality|fact|truth)\s*[:!–—-]\s*(?=\S)/iu, "");
}

/** The words in front of a term's first figure, lower case: "bulk within" of "Bulk within 48 hrs", "" of "48 hrs". */
export function wordsBeforeFigure(term: string): string {
	const at = term.search(/\d/);
	return (at === -1 ? term : term.slice(0, at)).replace(/[^\p{L}\s]/gu, " ").trim().toLowerCase().replace(/\s+/g, " ");
}

/** A month's name or its first letters ("Nov", "Sept.", "December"). */
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
/** A day of a study journal: "2024-03-02", "Mon 4 Mar", "Day 12 — 2024-03-09", "March 3, 2024", "4/3/24". */
const DAY = new RegExp(`^(?:day\\s+\\d+\\b.*|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}.*|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})$`, "i");
/** A year of a timeline since AWS began, alone or with its month or event: "2019", "Nov 2019", "re:Invent 2018", "Q3 2021", "~2021/22" (not port 2049). */
const YEAR = new RegExp(`^~?\\s*(?:(?:early|mid|late)[\\s-]+|q[1-4]\\s+|${MONTH}\\s+|re:?\\s?invent\\s+)?20[0-2]\\d(?:\\s*\\/\\s*\\d\\d)?(?:\\s*\\(\\?\\))?$`, "i");

/** True for a date: a day of a study journal, or a year of a changelog's timeline. */
export function isDate(text: string): boolean {
	const t = text.trim();
	return DAY.test(t) || YEAR.test(t);
}

/** "not" in the languages students mix with English (Polish, Portuguese, German, Tagalog, Vietnamese, Indonesian, Turkish), as regex source. */
export const FOREIGN_NOT_WORDS = "nie|n[aã]o|nicht|kein\\p{L}*|hindi|kh[oô]ng|tidak|bukan|de[gğ]il";
