/**
 * Lines a question must not be made from, whatever its kind: a statement is asked about only when
 * it reads on its own. "They do not affect the management account" (who are they?), "resilient in
 * that AZ" (which one?), "Exam questions often test:" (a note about the exam, not about AWS),
 * "e.g. block public access" (an example without its rule) and "3 - Use ..." (a step without its
 * procedure) would each make a question nobody can answer from the question alone.
 */

import { restatesNames } from "./names";
import { DANGLING_END } from "./prose";
import { sameQuantity, termShape } from "./terms";
import { ARROW, clean, escapeRegExp, FOREIGN_NOT_WORDS, isDate, splitSentences, startsWithVerb, withoutAsides, wordCount } from "./text";

/** Words that point back at something the line does not name ("Same-Region Replication" is a name). */
const LEADING_REFERENCE =
	/^(?:they|them|their|theirs|it|its|it's|this|these|those|that|that's|he|she|such|both|which|here|there|also|so|then|but|and|or|otherwise|same|former|latter|above|below|plus|instead)\b(?!-)/i;
/** The student's own voice: "I keep picking Multi-AZ for read scaling", "My mistake: ...", "still trips me up", "(I first tried ...)" (not "me-south-1"). */
const FIRST_PERSON = /^(?:i|i'm|i've|i'd|i'll|my|me|we|we're|we've|our|us)\b|(?:^|[\s(])I(?:'m|'ve|'d|'ll)?\s+\p{Ll}|\b(?:my|myself)\b|\sme(?=[\s.,!?;:]|$)/iu;
/** A journal's account of the student's day: "Did the lab w/ a fake 5xx pattern", "Tried ...", "Spent an hour ..." (blind read 38). */
const DIARY = /^(?:did|tried|ran|spent|watched|finished|started|redid|skipped|played with|set up my|went through|got the|received the|saw the)\s/i;
/** The student's to-do list: "make flashcards for ...", "redo the VPC lab", "TODO: ..." (blind read 47). */
const TODO = /^(?:todo\b|(?:redo|re-?read|re-?watch|finish|revise)\s|(?:make|write|add)\s+(?:(?:more|some|new|my)\s+)?(?:flash ?cards?|anki|notes)\b)/i;
/**
 * A lab journal told in the past tense: "Moved it to EventBridge Scheduler instead", "Broke login: ...",
 * "forgot to terminate for 3 days ≈ $3", "we hit the quota", "After that it created fine" (blind read 137). What the student did asks nothing.
 */
const NARRATIVE = /^(?:[^:]{1,30}:\s+)?(?:(?:moved|switched|changed) (?:it|them|my|our|everything)|broke|forgot|tried|spent|wasted|realized|realised|noticed|figured out|clicked|ended up|kept getting|had to)\b|\b(?:I|we|We)\s+(?:had|got|ran|went|broke|forgot|saw|found|kept|spent|lost|paid|thought|made|took|tried|hit|\p{Ll}+ed)\b|\b(?:after that|then|finally),? it (?:created|worked|deployed|failed|broke|came up|finished|succeeded)\b/iu;
/**
 * The story of a case study or a decision record, not a fact of AWS: its requirements ("Requirements: game
 * servers in two Regions..."), a decision cited by number ("cached in ElastiCache (ADR-006)"), its people
 * ("the devs know SQL", blind reads 150, 151).
 */
const CASE_STORY = /^(?:requirements?|context|background|situation|the problem|problem statement|constraints?|status)\s*:|\bADR[- ]?\d+\b|\b(?:the|their|our)\s+(?:devs|dev team|team|startup|architects?|CTO)\b/i;
/** A dated entry of a review log, or a confidence mark: "2025-03-02 — 2/5, still mixing up ...", "confidence: 3/5" (not Textract's "confidence score"). */
const REVIEW_LOG = /^(?:\d{4}-)?\d{1,2}-\d{1,2}\s*[—–:-]|\bconfidence\s*[:=]\s*\S|(?:^|[\s(,])[0-5]\s*\/\s*5\b/i;
/** A lab's own setup, told as it went: "NACLs were default, but they'd be the next thing to check" (blind read 45), "deploy took ~4 min" (read 50). */
const AS_IT_WENT = /\b(?:they|it|that|we)['’]d\b|\btook\s+(?:about\s+|around\s+|roughly\s+|only\s+)?~?\s*(?:\d|____)|\bshould have been\b|\b(?:were|was) (?:default|fine|ok|okay|wrong|missing|empty|the (?:problem|issue|culprit|fix))\b/i;
/** The student's feelings about a thing: "seems painful", "ugh" (blind read 86), "mixed up with" (read 92). */
const OPINION = /\b(?:seems?|looks?|sounds?|feels?)\s+(?:(?:kinda|kind of|really|super|so|a bit|pretty)\s+)?(?:painful|annoying|weird|hard|easy|confusing|cool|nice|tricky|awkward|overkill|pointless|scary|boring)\b|\b(?:ugh|meh|lol)\b|\b(?:mixed (?:it |them )?up with|confused (?:it |them )?with|kept (?:mixing|confusing))\b/i;
/** Deictic phrases anywhere in the line ("Mixing them up" points at lines it does not show). */
const DEICTIC = /\b(?:(?:mix(?:ing)?|mixed|confus(?:e|ing)|swap(?:ping)?) (?:them|these|those) up|in that|that one|this one|that's|the above|the below|(?:both|all|either|each|any|one|two|three) (?:of the )?above|as above|see above|see below|mentioned above|listed above|listed below|the following|as follows|like this|these ones|(?:old|new|older|newer|other) ones|this is the (?:first|second|third|fourth|fifth|last|other) \p{Ll}+|either one|neither one|(?:either|neither|both) of (?:them|these|those)|both (?:types|kinds|modes|options|versions|flavou?rs|variants)(?! of)|the (?:problem|issue)(?! of| with| that| when| where| is)|(?:all|none|most|some|each|any|much|part|one|two|three|both) of (?:that|this|these|those|them)|those \p{Ll}+|these (?:problems|issues|errors|bugs|cases|gotchas|pitfalls|limitations)|this (?:gives|returns|does|means|makes|creates|prints|outputs)|than (?:that|this|these|those)|along the way)\b|\b(?:too|as well)[.!]?$/iu;
/** A line that states a belief the note marks wrong: "Myth: ...", "❌ ...", "I used to think ...". */
const WRONG_BELIEF = /^(?:[-*+]\s+)?[*_"“]*(?:[❌✗✘✖]|(?:myths?|misconceptions?|wrong|false belief|old belief|i used to (?:think|believe)|i thought)\b)/iu;
/** An exam by its code ("Important surtout pour DVA", "SAA-C03"); "SAP" alone is the software company. */
const EXAM_CODE = /\b(?:SAA|DVA|SOA|CLF|DOP|SCS|MLA|AIF)(?:-C0\d)?\b|\b(?:SAP|ANS)-C0\d\b/;
/** Lines about the exam or the note rather than about AWS. */
const META =
	/\b(?:exam|exams|practice questions?|the question|questions? (?:say|says|ask|asks|mention|mentions)|scenario says|keywords?|watch for|trick|remember(?: that)?|memori[sz](?:e|es|ed|ing)|mnemonic|know (?:the|that|how)|be able to|marketing|(?:if|when) you (?:see|read|hear)|think\s+\S+,?\s+not\b|is the answer|the answer is|(?:easiest|best|safest|obvious|usual) (?:answer|pick)|(?:old|practice|exam) qs|(?:may|might|could|can|will|still) (?:still )?(?:appear|show up|come up|be tested) (?:in|on)|questions? (?:per|on|in) (?:each |every )?(?:practice )?test|(?:lost|missed|got) \d+ questions?|practice (?:tests?|sets?|rounds?|exams?)|in (?:one|a) (?:line|sentence|word)|in a nutshell|on test \d+|(?:short|long|quick) (?:lecture|lesson)s?|(?:lecture|lesson|module|section|video)s?\s*\(\s*~?\s*\d+\s*min(?:ute)?s?(?=\s*\))|distractors?|(?:quiz|test|ask) (?:yourself|each other|me|us)|date:\s*\d{4}-\d{2}-\d{2}|\d+\s*\/\s*\d+\s+(?:\S+\s+){0,3}(?:wrong|right|correct)|Qs)\b/i;
/** Examples, steps and cross-references that need their context. */
/** "correct: ...", "my answer: ...", "why: ...", "Correct/why: ...": a bullet answering a practice question above it (blind reads 29, 52). */
export const ANSWER_BULLET = /^(?:(?:my answer|correct(?: answer)?|answer|explanation|why|trap|wrong|mistake|reason)\s*[/&+]?\s*)+:/i;
const NEEDS_CONTEXT = /^(?:vs\.?\s|compare(?:d)?(?:\s+(?:to|with))?\s*:|(?:on|off|yes|no|enabled|disabled)\s*:|e\.?g\.?|i\.?e\.?|ex(?:ample)?s?\s*[:.]|step\s*\d|(?:problem|issue|attempt)\s*#?\d|gist\s*:|date\s*:|\d{1,2}\s*[-–.)]\s|see\b|cf\.?\s|note\s*:|todo\b|tbd\b|q\s*\d{0,3}\s*(?:\([^)]{0,30}\))?\s*:|a\s*:|(?:subject|re|to|from|cc)\s*:\s|p\.\s?s\.)/i;
/**
 * A statement that opens with a preposition, a participle phrase or a negated verb: "supported by AWS
 * Backup", "Usually consumed by Lambda", "do NOT affect the management account", "Can't read from
 * Firehose" (whose?).
 */
const NO_SUBJECT =
	/^(?:(?:usually|often|typically|mostly|also|always|only|then|just|commonly|automatically)\s+)?(?:(?:by|with|for|in|on|at|from|to|via|through|per|after|before|during|within|without|across|over|under|into|onto)\s|\p{L}+(?:ed|en)\s+(?:by|to|with|in|from|on|for|as|into|via)\s|(?:do|does|did|can|will|is|are)\s+not\s|(?:don't|doesn't|didn't|can't|cannot|won't|isn't|aren't)\s)/iu;

/** A scenario's setup, not a claim: "A company needs to copy 50 TB ...", "You want to ...", "need secrets replicated across regions" (blind read 51). */
const SETUP = /^(?:an?|the)\s+(?:company|customer|team|startup|business|user|developer|client|organi[sz]ation|retailer|bank|app|application)\b[^.]*\b(?:needs?|wants?|must|has to|plans?|is planning)\b|^you\s+(?:need|want|must|have to)\b|^(?:need|want)\s(?![^→]*(?:→|->))/i;

/**
 * Mind-map shorthand a question cannot carry: "↓ read load" (for "reduces read load"), "must be
 * public… except VPC origins" (an ellipsis that stands for words left out), "+40 KB metadata".
 */
const SHORTHAND = /[↑↓⬆⬇]|…\s*\p{Ll}|^[+~≈≥≤<>]\s*\d/u;

/** Why a cue's situation cannot be asked ("more than that", "practice set 3, got 4/10 wrong", "I kept ..."), or null. */
export function situationProblem(text: string): string | null {
	if (FIRST_PERSON.test(text)) return "talks about the student";
	if (DEICTIC.test(text) || namelessThat(text) || namelessBoth(text)) return "points at something it does not name";
	if (META.test(text) || EXAM_CODE.test(text)) return "talks about the exam or the note";
	return null;
}

/**
 * "can enable both on one workspace": "both" as the object, with no pair named before it (blind read 86);
 * "item cache and query cache, both with a TTL" names its pair.
 */
function namelessBoth(text: string): boolean {
	const m = /\bboth(?=\s+(?:on|in|at|for|with|together|simultaneously)\b|[.!]?$)/i.exec(text);
	return m !== null && !/\s(?:and|&|\+)\s|\//i.test(text.slice(0, m.index));
}

/**
 * "you have to create that role yourself": "that" with a noun the text has not said before points at
 * a line above (blind read 67); "a role, and that role ..." names it.
 */
function namelessThat(text: string): boolean {
	const m = /\b(?:create|attach|use|assume|delete|configure|enable|give|grant|pick|choose|select|add|open)s? that (role|policy|key|bucket|account|user|group|table|queue|topic|function|instance|volume|subnet|endpoint|file)s?\b/i.exec(text);
	return m !== null && !new RegExp(`\\b${m[1]}`, "i").test(text.slice(0, m.index));
}


/**
 * Why a line cannot be asked about as a statement, or null when it reads on its own. With
 * `arrows`, "X → Y" lines are allowed (a mapping in a fill-blank reads fine; as a true/false
 * statement it does not).
 */
export function stemProblem(text: string, options: { arrows?: boolean } = {}): string | null {
	const t = text.trim();
	if (t === "") return "empty";
	if (LEADING_REFERENCE.test(t)) return "starts with a word that points back";
	// 'Think "hundreds of thousands of jobs", where Lambda doesn't fit': advice on how to answer (blind read 42).
	if (DIARY.test(t) || TODO.test(t) || /^think\b/i.test(t)) return "talks about the student";
	// "/28 = 16 − 5 = ____": a sum worked out on the line asks for its arithmetic (blind read 47).
	if (/\d\s*[−–+×*/-]\s*\d+\s*=\s*(?:____|\d)/.test(t)) return "a sum worked out";
	// "6 KB strong read = 2 RCU, ____ write = 3 WCU": the figure that goes into a worked example is one of
	// many that give its result ("3 KB" as well as "2.5 KB", blind read 49).
	// "1.2 KB write → 2 WCU" too: any size that rounds the same way is as right (blind read 154).
	if (/____\s+(?:[\p{L}-]+\s+){1,2}(?:=|→|->)\s*\d/u.test(t)) return "a worked example's input";
	if (AS_IT_WENT.test(t) || OPINION.test(t)) return "talks about the student";
	// '"accessed often for 30 days, rarely after, kept 7 years"': a situation quoted alone claims nothing (blind read 122).
	if (/^["“][^"”]{3,}["”][.!?]?$/.test(t)) return "a quotation, no claim";
	// "EFS access point (...) → 3. loads ML model": one step of a numbered flow, cut from the others (blind read 99).
	if (/(?:→|->)\s*\d{1,2}\.\s/.test(t)) return "a step of a numbered flow";
	// "Myth: SQS can fan out ...", "❌ CodeDeploy builds my code": a belief the note marks wrong (blind read 96).
	if (WRONG_BELIEF.test(t)) return "states a belief the note marks wrong";
	if (NARRATIVE.test(t)) return "talks about the student";
	if (CASE_STORY.test(t)) return "tells a case study's story";
	// "EBS · Auto Scaling · ELB · Lambda": names in a row, no claim (blind read 140).
	const row = t.split(/\s+[·•|]\s+/);
	if (row.length >= 3 && !t.includes("____") && row.every((part) => wordCount(withoutAsides(part)) <= 3)) return "a list of names";
	// "03-09 — 4/5, easy one, push out 4 weeks": an entry of the student's review log (blind read 140).
	if (REVIEW_LOG.test(t)) return "a review log entry";
	const voice = situationProblem(t);
	if (voice !== null) return voice;
	if (NEEDS_CONTEXT.test(t) || ANSWER_BULLET.test(t)) return "needs its context";
	if (options.arrows !== true && ARROW.test(t)) return "an arrow mapping";
	if (NO_SUBJECT.test(t)) return "has no subject";
	if (SETUP.test(t)) return "sets up a scenario";
	if (t.endsWith("?")) return "a question";
	if (/\(\s*$|^\s*\)/.test(t)) return "a broken parenthesis";
	// "(newer Multi-AZ DB cluster = 2 readable standbys)": an aside to the line above (blind read 76).
	if (t.startsWith("(") && withoutAsides(t).trim() === "") return "an aside";
	// "... 100 TB over a 1 Gbps line at full speed is": a sentence the note wraps onto the next line (blind read 77).
	if (DANGLING_END.test(t)) return "cut mid-sentence";
	// "| Latency | real-time (~70 ms) | buffered |": a table's row the table reader did not see (in a callout, blind read 46).
	if ((t.match(/(?:^|\s)\|(?:\s|$)/g) ?? []).length >= 3) return "a table row";
	if (SHORTHAND.test(t)) return "mind-map shorthand";
	// "custom routing accelerators priced a bit differently": says that, not how (blind read 61).
	if (/\b(?:a bit |a little |slightly |somewhat )?different(?:ly)?[.!]?$|\b(?:a bit|a little|slightly|somewhat) different/i.test(t)) return "too vague";
	// "prebuilt components (e.g. )", "SSML tags: , , ,", ".dkr.ecr..amazonaws.com": markup in angle brackets
	// (<speak>, <account-id>) was read as HTML and left holes (blind read 41).
	if (/\(\s*(?:e\.g\.?|i\.e\.?)?\s*\)|,\s*,|:\s*,|\w\.\.\w/.test(t)) return "text missing from the line";
	// Last: it looks names up in the catalog, where the checks above are patterns.
	if (restatesNames(t)) return "says only what the names say";
	return null;
}

/**
 * The sentence of `text` that holds `marker` (a blank or a swapped term), so that a question from
 * a paragraph asks about one sentence, not three. Null when the marker is not in one sentence.
 */
export function sentenceWith(text: string, marker: string): string | null {
	const all = splitSentences(text);
	const hits = all.filter((s) => s.includes(marker));
	if (hits.length !== 1) return null;
	// "... -> RDS Storage Auto Scaling. Kicks in when free space < 10%": a sentence that goes on from the one
	// before it has its subject there (blind read 51).
	const first = /^(\p{Lu}\p{Ll}+s)\s/u.exec(hits[0])?.[1];
	if (hits[0] !== all[0] && first !== undefined && !/ss$/.test(first) && startsWithVerb(first.toLowerCase())) return null;
	return hits[0];
}

/** Words that leave a list open: "any public HTTP server", "e.g.", "such as", "...". */
const OPEN_LIST = /\b(?:e\.?g|such as|for example|for instance|like|any|etc|and more|among others)\b|\.\.\.|…/i;

/**
 * True when the link (or the blank: `marker` stands for it) is one example of an open list ("Custom
 * origins: [[ALB]], EC2, API Gateway, any public HTTP server"; "no glue Lambda needed just to call
 * DynamoDB or [[SNS]]"; "integrated services: ____, CloudFront, API Gateway…"): other services fill
 * its place as well (blind reads 12 and 22).
 */
export function oneOfOpenList(text: string, marker: string): boolean {
	// An item of a list ("[[ALB]], EC2", "DynamoDB or [[SNS]]", "[[S3]]/EFS"), and the last of alternatives ("or [[SNS]]").
	const inList = new RegExp(`(?:,|\\bor|\\band|/)\\s*${marker}|${marker}\\s*(?:,|\\bor\\b|\\band\\b|/)`, "i");
	// "Others (...): ____, Explorer, Fleet Manager, ...": one of the "others", which the list does not close (blind read 67).
	// A gloss may follow its first item: "Others: **OpsCenter** (OpsItems), Explorer".
	// So is one of "basically all Aurora features: ____, read replicas, ..." (blind read 107).
	const others = (/^(?:others?|more|misc(?:ellaneous)?)\b[^:]{0,60}:/i.test(text.trim()) || /\b(?:all|most|many|several|various|lots of)\b[^:,]{0,40}:/i.test(text)) && new RegExp(`${marker}\\s*(?:\\([^)]*\\)\\s*)?,`).test(text);
	if (others) return true;
	return inList.test(text) && (OPEN_LIST.test(text) || new RegExp(`\\bor\\s+${marker}$`).test(text));
}

/**
 * True when the prompt spells out a compound key: a "Multi-AZ" key as "deploys across 2 AZs", "in
 * multiple Regions" (blind read 114); an "event-driven" one beside "Event bus" (blind read 117); an
 * "Owner" beside "owns" (blind read 124).
 */
export function spellsKey(prompt: string, term: string): boolean {
	const what = /^multi[- ]?(\p{L}+)$/iu.exec(term.trim())?.[1];
	if (what !== undefined) return new RegExp(`\\b(?:\\d+|two|three|multiple|several|many)\\s+${escapeRegExp(what)}s?\\b`, "iu").test(prompt);
	const head = /^(\p{L}{3,})-(?:driven|based|level|side|wide|native|aware|enabled|specific)$/iu.exec(term.trim())?.[1];
	if (head !== undefined) return new RegExp(`(?:^|[^\\p{L}-])${escapeRegExp(head)}s?(?:[^\\p{L}-]|$)`, "iu").test(prompt);
	// "____ account owns the VPC" for "Owner", "the ____ publishes" for "Publisher": the one who does
	// what the prompt's verb says (blind read 124).
	const doer = /^(\p{L}{3,}?)e?(?:er|or)$/iu.exec(term.trim())?.[1];
	return doer !== undefined && new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(doer)}e?(?:s|es|ed|ing)(?:[^\\p{L}]|$)`, "iu").test(prompt);
}

/** A mnemonic quoted at the end of a line after an arrow or a dash ("→ \"a week to a month to change your mind\"", "— (\"the 128 / 900 rule\")"): it says the key again (blind read 145). */
export const MNEMONIC_END = /\s*(?:→|->|—|–|\s-)\s*\(?\s*["“][^"”]{3,}["”]\s*\)?\s*[.!]?\s*$/;

/**
 * "you can't just say ____ with 0.25 vCPU", "don't pick ____ here": the blank is one example of what is
 * not allowed, and any other wrong value fits it as well (blind read 151).
 */
export function ruledOutExample(before: string): boolean {
	return /\b(?:can'?t|cannot|can not|don'?t|doesn'?t|won'?t|not)\s+(?:just\s+|simply\s+)?(?:say|use|pick|set|choose|put|ask for|request)\s+(?:an?\s+|the\s+)?$/i.test(before);
}

/**
 * True when a blank is history, not what the exam asks: the date something came out ("Launched at
 * re:Invent ____", "____ — metric math"), or, in a changelog, what came at a date the line opens with
 * ("Apr 2018 — ____") with little else to go on (blind reads 126, 145).
 */
export function datedTrivia(before: string, term: string, after: string): boolean {
	return isDate(term) || (isDate(before.replace(/[\s:—–-]+$/, "")) && wordCount(clean(after)) < 3);
}

/** "Endpoint policy too restrictive?", "Private DNS enabled (on the endpoint?)": a line that asks, as a checklist does, and claims nothing (blind read 124). */
export function endsAsQuestion(text: string): boolean {
	return /\?[\s)]*$/.test(text);
}

/** True when a blank labels the command after it ("____: aws ec2-instance-connect ssh ..." for "CLI"): the command says which (blind read 128). */
export function labelsCommand(after: string): boolean {
	return /^\s*:\s*`?(?:aws|kubectl|eksctl|sam|cdk)\s+[a-z]/.test(after);
}

/** True when a blank says how long a free trial lasts ("Free trial ____" for "30 days"): a price list's offer, not the service (blind read 115). */
export function freeTrial(before: string): boolean {
	return /\bfree[- ]trial\b[^.;:]{0,20}[:\s]\s*$/i.test(before);
}

/**
 * "up to 16 TiB each, 32 volumes → ____" for "512 TiB", "up to ____ each, 32 volumes → 1 PiB" for "32
 * TiB": a count times a figure of the line gives the blank, or the blank times a count gives a figure of
 * the line (blind read 146).
 */
function multipliesOut(text: string, key: string): boolean {
	const shape = termShape(key);
	const k = /(\d[\d,]*(?:\.\d+)?)\s*(\p{L}+)/u.exec(key);
	if ((shape !== "size" && shape !== "time") || k === null) return false;
	const figures = [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(\p{L}+)?/gu)].map((m) => ({ n: Number(m[1].replace(/,/g, "")), unit: m[2] ?? "", text: m[0].trim() }));
	const counts = figures.filter((f) => f.n >= 2 && termShape(f.text) === "number");
	const amounts = figures.filter((f) => termShape(f.text) === shape);
	const keyN = Number(k[1].replace(/,/g, ""));
	return counts.some((c) => amounts.some((a) => sameQuantity(`${a.n * c.n} ${a.unit}`, key) || sameQuantity(`${keyN * c.n} ${k[2]}`, a.text)));
}

/**
 * "3 IOPS/GiB, max 16,000 (reached at ~____)" for "5,334 GiB": an approximate figure that one figure of
 * the line divided by another gives; a student who divides types 5,333 as rightly (blind read 153).
 */
function dividesOut(before: string, after: string, key: string): boolean {
	const k = /^\s*[~≈]?\s*(\d[\d,]*(?:\.\d+)?)/.exec(key);
	if (k === null || !(/(?:[~≈]|\babout|\baround|\bapprox\.?|\broughly)\s*$/i.test(before) || /^\s*[~≈]/.test(key))) return false;
	const n = Number(k[1].replace(/,/g, ""));
	const figures = [...`${before} ${after}`.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, ""))).filter((f) => f > 0);
	return figures.some((a) => figures.some((b) => b >= 2 && a !== b && Math.abs(a / b - n) <= Math.max(1, n * 0.005)));
}

/**
 * True when a blank sits in a worked calculation ("2M × $0.20 = ____", "3M × 0.2 s × ____ = 300,000
 * GB-s"): the figures around it give it by arithmetic (blind read 108).
 */
export function inCalculation(before: string, after: string, key = ""): boolean {
	if (multipliesOut(`${before} ${after}`, key) || dividesOut(before, after, key)) return true;
	// "22,000 / 5,500 = ____", "3 items × 1 KB = ____ → ⌈3/4⌉ = 1 RCU", "____ over 100 Mbps → 80,000 Mb / 100 = 800 s":
	// a line that works figures out ("×" or "/" between figures, and "=" or "≈") gives its blank by arithmetic (blind read 131).
	// The blank stands for a figure: it may be the result ("= ____") or an input.
	if (workedOut(`${before}1${after}`)) return true;
	const operator = /(?:^|\s)[=×*÷]\s*$/.test(before) || /^\s*[=×*÷](?:\s|$)/.test(after);
	if (operator && /\d\s*\p{L}{0,3}\s*[×*÷]\s*[\d$]|\d\s*\p{L}{0,3}\s+[x−]\s+[\d$]/u.test(`${before} ${after}`)) return true;
	// "1 ECPU per KB → a GET that returns ____ = 3.2 ECPUs": a rate, then the result worked out from it (blind read 127).
	if (/^\s*=\s*[~≈]?[\d$]/.test(after) && /\d[^.;]*\b(?:per|each)\s+\p{L}+|\d\s*\p{L}*\s*\/\s*\p{L}/u.test(before)) return true;
	// "5 writes/s, ____ items → round to 3 → 15 WCU": a worked example, figures in, steps, a figure out.
	// Any input that gives the same result is as right as the one written (blind read 115).
	const steps = after.split(ARROW);
	return /\d/.test(before) && steps.length >= 3 && steps.slice(1).every((s) => /\d/.test(s));
}

/** True when a line works figures out: two figures with "×", "*", "÷" or " / " between them, and a result after "=" or "≈". */
export function workedOut(text: string): boolean {
	// "× 730", "÷ 4", "x 2"; " / " only between plain figures ("22,000 / 5,500", "80,000 Mb / 100"), as "4 vCPU / 16 GB" and "2xx / 3xx" are no sums.
	const times = /[\d)](?:[\s/]*\p{L}{1,8}){0,2}\s*(?:[×*÷]|\sx\s)\s*[~$]?[\d(⌈]/u.test(text);
	const divided = /\d(?:\s\p{L}{1,4})?\s\/\s\d[\d,.]*(?![\d,.]*\s*\p{L})/u.test(text);
	return (times || divided) && /[=≈]\s*[~$⌈(]?\s*\d/.test(text);
}

/** The reason phrase of each HTTP status code a note is likely to ask for. */
const STATUS_PHRASES: Readonly<Record<string, string>> = {
	"301": "moved permanently",
	"304": "not modified",
	"400": "bad request",
	"401": "unauthori[sz]ed",
	"403": "forbidden",
	"404": "not found",
	"405": "method not allowed",
	"408": "request time-?out",
	"409": "conflict",
	"413": "(?:payload|request entity) too large",
	"429": "too many requests",
	"500": "internal server error",
	"502": "bad gateway",
	"503": "service unavailable",
	"504": "gateway time-?out",
};

/** True when a prompt says the reason phrase of the HTTP status code it asks for: "____ bad gateway" for 502 (blind read 135). */
export function namesTheStatus(prompt: string, answer: string): boolean {
	const phrase = STATUS_PHRASES[answer.trim()];
	return phrase !== undefined && new RegExp(String.raw`\b${phrase}\b`, "i").test(prompt);
}

/** Words that come in pairs: where the prompt names one, the blank's other is given away ("____ service — not regional", blind read 153). */
const PAIRS: readonly (readonly [string, string])[] = [
	["global", "regional"],
	["linux", "windows"],
	["stateful", "stateless"],
	["synchronous", "asynchronous"],
	["sync", "async"],
	["inbound", "outbound"],
	["ingress", "egress"],
	["horizontal", "vertical"],
	["symmetric", "asymmetric"],
	["push", "pull"],
	["allow", "deny"],
	["ipv4", "ipv6"],
	["tcp", "udp"],
];

/** Regions by code and by name: where the prompt gives one, the other is no blank ("certs live in us-east-1 ... must be in ____", blind read 154). */
const REGIONS: readonly (readonly [string, string])[] = [
	["us-east-1", "N. Virginia"],
	["us-east-2", "Ohio"],
	["us-west-1", "N. California"],
	["us-west-2", "Oregon"],
	["eu-west-1", "Ireland"],
	["eu-central-1", "Frankfurt"],
	["ap-southeast-1", "Singapore"],
	["ap-northeast-1", "Tokyo"],
];

/** True when a one-word key is one of `PAIRS` and the prompt names its other ("EFS works only with ____! Windows needs FSx" for Linux), or a Region the prompt names by its code. */
export function showsItsPair(prompt: string, answer: string): boolean {
	const key = answer.trim().toLowerCase();
	const region = REGIONS.find((r) => r.some((n) => n.toLowerCase() === key));
	if (region !== undefined) return region.some((n) => n.toLowerCase() !== key && prompt.toLowerCase().includes(n.toLowerCase()));
	const pair = PAIRS.find((p) => p.includes(key));
	if (pair === undefined) return false;
	const other = pair[0] === key ? pair[1] : pair[0];
	return new RegExp(`(?:^|[^\\p{L}\\d])${other}(?![\\p{L}\\d])`, "iu").test(prompt);
}

/** "not", "vs", "unlike", "instead of" and the "not" of the languages students mix with English. */
const SET_AGAINST = new RegExp(`^(?:not|vs|versus|unlike|instead of|rather than|nor|non|pas|nem|${FOREIGN_NOT_WORDS})$`, "iu");

/**
 * True when a blank's key is an acronym and the prompt sets its twin, one letter apart, against it: "for ____
 * (analytics), not OLTP" for OLAP, "____ vs RTO" for RPO. The pair gives the other away (blind read 136);
 * "OAC replaced legacy ____" for OAI asks what came before, and stays.
 */
export function showsTwinAcronym(prompt: string, answer: string): boolean {
	const key = answer.trim();
	if (!/^\p{Lu}{3,5}$/u.test(key)) return false;
	// "NIE OLTP", "não OLTP", "hindi OLTP": "not" in the note's own language too (blind read 150).
	const set = [...prompt.matchAll(/(?:^|[^\p{L}])(\p{L}+(?:\s+(?:of|than))?)\.?\s+(\p{Lu}{3,5})\b/gu)].filter((m) => SET_AGAINST.test(m[1])).map((m) => m[2]);
	return set.some((w) => w.length === key.length && w !== key && [...w].filter((c, i) => c !== key[i]).length === 1);
}
