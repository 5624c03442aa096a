/**
 * Exam cues as students write them: "If the exam mentions X → Y", "X -> use Y", 'If you see "X",
 * think Y', "On the exam, if a question describes X, the answer is usually Y". A cue is read into
 * its situation, its answer and the option it rules out; the scenario generator asks it.
 */

import { situationProblem } from "./stems";
import { FOREIGN_NOT_WORDS, startsWithVerb, stripEnd } from "./text";

/** An arrow between a situation and its answer, as students type it. */
const ARROW_TOKEN = String.raw`(?:→|➡\uFE0F?|->|=>|⇒|⟶)`;
const ARROW = new RegExp(String.raw`\s*${ARROW_TOKEN}\s*`);
/** "→ If the exam says X → Y": an arrow in front marks a line as a cue. */
const LEADING_ARROW = new RegExp(String.raw`^${ARROW_TOKEN}\s*`);
const CUE_LEAD =
	/^(?:(?:if|when)\s+(?:the\s+|a\s+)?(?:exam|question|scenario|prompt|stem|it|you see|you read|they)\s+(?:(?:mentions?|says?|lists?|has|contains?|asks?(?:\s+(?:about|for))?|wants?|describes?|talks about|is about|needs?|requires?|is|was|were)(?![a-z]))?|(?:the\s+)?(?:exam|question|stem|scenario)\s+(?:says?|mentions?|asks?)|(?:you\s+)?(?:sees?|hears?|reads?|spots?)(?![a-z-])|keywords?|clues?|signals?|(?:the\s+)?(?:q|question|instructor|teacher)\s+(?:said|says)|q(?=\s*["“]))\s*:?\s*/i;
/** "→ think Fargate Spot", "→ answer: Macie", "→ go with DX": the answer after a verb of choosing. */
const ANSWER_LEAD = /^(?:think|use|pick|choose|go with|answer\s*:?|it'?s|that'?s|likely|probably)\s+/i;
/**
 * Qualifiers after a cue's answer: "→ **Secrets Manager**, always"; a verdict on it, no part of its
 * name: "→ DLM is enough (simpler)", "→ S3 alone will do", "→ CloudWatch yun" ("that's it", Tagalog).
 */
const ANSWER_TAIL = /[,;]?\s+(?:always|usually|typically|mostly|often|every time|here|instead|by default|(?:is|are)\s+(?:enough|sufficient|fine|ok|okay|the answer|the one|the pick|the winner|best)|(?:alone\s+)?(?:will do|does it|suffices|wins)|alone|there|yun|iyon|yan|lang)$/i;
/** "not" opening a situation in the languages students mix with English. */
const FOREIGN_NOT = new RegExp(`^(?:${FOREIGN_NOT_WORDS})\\s`, "iu");
/** Right-hand sides that are not an answer but commentary ("→ see below", "→ yes"). */
const NOT_ANSWER = /^(?:see|yes|no|not|never|true|false|it|this|that|they|use|both|either|none|n\/a|a|an|the)\b/i;

export interface ExamCue {
	situation: string;
	/** True when the line says it is about the exam ("If the exam mentions Kubernetes → EKS"). */
	lead: boolean;
	answer: string;
	/** "Config, not CloudTrail": the option the cue rules out, a fine wrong choice. */
	not: string | null;
}

/**
 * True for a line written as an exam cue, whether or not `examCue` can ask it: "X → Y", 'If you see
 * "X", think Y'. Its answer is not asked as a blank in the line (a cue is meta text).
 */
export function looksLikeCue(text: string): boolean {
	return examCue(text) !== null || (/^(?:if|when)\s/i.test(text.trim()) && CUE_LEAD.test(text.trim()) && (ARROW.test(text) || /\bthink\s/i.test(text)));
}

/** The label of a written-out exam question: "Scenario:", "Q:", "Problem:". */
const QUESTION_LABEL = /^(?:scenario|situation|q|question|problem)\s*:\s*/i;

/** A line that writes out an exam question: "Scenario: ...", "Q: ...". Asked as a scenario, or not at all. */
export function isExamQuestion(text: string): boolean {
	// "Problem: ..." then "Solution: ...": a scenario and its answer, written as blocks (blind read 110).
	return QUESTION_LABEL.test(text.trim()) || /\b(?:answer|solution)\s*:\s*\S/i.test(text);
}

/** A line read as "situation → answer", or null. Exported for the table tests. */
export function examCue(text: string): ExamCue | null {
	// "→ If the exam says X → Y": a leading arrow marks the line as a cue.
	// "On the exam, if a question describes X, the answer is usually Y": the same cue in prose.
	// 'exam: "route by URL path or hostname" → ALB': a line that says it is a cue (blind read 63).
	const examLabel = /^(?:[-*]\s+)?exam(?:\s+tips?)?\s*:\s*(?=["“'\p{L}])/iu;
	const labelled = examLabel.test(text.trim());
	let line = text
		.trim()
		.replace(examLabel, "")
		.replace(LEADING_ARROW, "")
		// "Scenario: EC2 must reach S3 with no internet path → Answer: S3 gateway endpoint" (blind read 20).
		.replace(QUESTION_LABEL, "")
		.replace(/^(?:(?:on|in|for) the exam|exam tip)\s*[,:]\s*(?=(?:if|when)\s)/i, "");
	// 'If you see "anycast IP", think Global Accelerator': the same cue in words.
	if (!ARROW.test(line) && /^(?:if|when)\s/i.test(line) && CUE_LEAD.test(line)) line = line.replace(/,?\s+(?:think|then|pick|choose|go with|the answer is(?:\s+(?:usually|probably|almost always|most likely|often|typically))?)\s+(?=[\p{Lu}*"“])/iu, " → ");
	// "ALB **not** NLB → need HTTP features": the answer and the option it beats come first (blind read 103).
	const flipped = /^(\p{Lu}[\p{L}\d ./-]{0,30}?)\s+(?:not|over|instead of|rather than)\s+(\p{Lu}[\p{L}\d ./-]{0,30}?)\s*(?:→|->|=>|⇒)\s*(.+)$/u.exec(line);
	if (flipped !== null && !ARROW.test(flipped[3])) line = `${flipped[3]} → ${flipped[1]}, not ${flipped[2]}`;
	const parts = line.split(ARROW);
	// "-> Security Hub for aggregation, -> Detective to investigate": arrows in a row, no situation (blind read 38).
	if (parts.length !== 2 || /,\s*$/.test(parts[0])) return null;
	// '"DataSync to migrate MySQL" ✗ → DMS': the situation is a wrong answer, crossed out (blind read 80).
	if (/[❌✗✘✖]/u.test(parts[0])) return null;
	// "need connectivity next week?? → Site-to-Site VPN in the meantime": the answer waits for something
	// the line does not say (a Direct Connect link being set up, blind read 61).
	if (/\b(?:in the meantime|meanwhile|until then|until it(?:'s| is) (?:ready|up|live)|as a stop-?gap|for now)\b/i.test(parts[1])) return null;
	// "→ DLM is fine (Backup also works)": an answer that grants another its place is no single answer (blind read 147).
	if (/\b(?:also works|works too|also (?:fine|ok(?:ay)?|valid)|either (?:works|one)|both work)\b/i.test(parts[1])) return null;
	const unquote = (x: string) => x.replace(/^["“'](.*)["”']$/, "$1").trim();
	// '"Track changes", "configuration history" → Config': the quoted phrases are the situation.
	const left = parts[0].replace(/^[-*]\s+/, "").trim();
	// "**Hybrid storage** keyword → Storage Gateway": a keyword is what a question mentions.
	// "... is the strongest keyword → Secrets Manager": what the keyword is said to be goes with it (blind read 60).
	const keyword = /\s+(?:(?:is|are)\s+(?:the|a|an)\s+(?:\p{L}+\s+)?)?(?:key\s?words?|buzz\s?words?|keyphrase)\s*:?$/iu;
	const lead = labelled || (CUE_LEAD.test(left) && CUE_LEAD.exec(left)?.[0].trim() !== "") || keyword.test(left);
	const situation = stripEnd(left.replace(keyword, "").replace(CUE_LEAD, "").replace(/["“”‘’]/g, "").replace(/(^|[\s,/(])'|'(?=$|[\s,/)])/g, "$1").trim());
	let answer = stripEnd(unquote(parts[1].trim().replace(ANSWER_LEAD, ""))).replace(ANSWER_TAIL, "");
	let not: string | null = null;
	// "Beanstalk (not Lambda, not raw CloudFormation)": the options ruled out, in parentheses.
	const ruledOut = /^(.+?)\s*\(\s*(?:not|rather than|instead of)\s+([^)]*)\)$/i.exec(answer);
	// "→ NATGW over NAT instance": the one preferred over one other (blind read 71); not "IPsec VPN over DX / MACsec",
	// a thing run over another.
	const m = ruledOut ? null : (/^(.+?)[,;]?\s+(?:not|rather than|instead of)\s+(.+)$/i.exec(answer) ?? /^(\S+(?:\s\S+){0,2})\s+over\s+([^/,]+)$/i.exec(answer));
	if (ruledOut) {
		answer = stripEnd(ruledOut[1]);
		not = stripEnd(ruledOut[2].split(/,|;|\bor\b|\bnor\b/)[0].replace(/^\s*(?:not|a|an|the)\s+/i, "").trim()) || null;
	} else if (m) {
		// "→ **Destinations** preferred over DLQ": the preference is said by the cue, not part of the name.
		answer = stripEnd(m[1]).replace(/\s+(?:preferred|recommended|better|wins)$/i, "");
		// "not Lambda (15-min limit)": the reason is no part of the option.
		not = stripEnd(m[2].replace(/\s*\([^)]*\)\s*$/, ""));
	}
	// "→ ElastiCache (or DynamoDB), so no sticky sessions": either is right (blind read 12).
	if (/^[^,(]+\(\s*or\s/i.test(answer)) return null;
	// "→ Kinesis, for auditing": what follows a comma qualifies the answer.
	// "→ use Fargate, EC2 or AWS Batch": several right answers; one of them as the key would make the
	// others second right answers.
	// "→ PrivateLink (endpoint service + NLB)": what it is built from, in parentheses, is no second answer.
	const bare = /^\p{Lu}/u.test(answer) ? answer.replace(/\s*\((?!\s*(?:or|and|also|plus|\+|&)\s)[^)]*\)$/i, "") : answer;
	if (/,\s*(?:or\s+|and\s+)?\p{Lu}|\s(?:or|and|\+|&|\/)\s+\p{Lu}|\((?:and|also|plus)\s+\p{Lu}/u.test(bare)) return null;
	answer = answer.replace(/\s*\([^)]*\)$/, "").replace(/,\s.*$/, "").replace(ANSWER_TAIL, "").trim();
	const words = (x: string) => x.split(/\s+/).filter(Boolean).length;
	// "If the exam mentions Kubernetes → EKS": one word is a situation when the line says it is a cue,
	// if it is a word ("A / AAAA" is not a situation).
	if (words(situation) < (lead ? 1 : 3) || words(situation) > 30 || words(answer) < 1 || words(answer) > (/^\p{Lu}/u.test(answer) ? 7 : 5)) return null;
	if ((situation.match(/\p{L}/gu) ?? []).length < 6 || /^(?:if|when)\b/i.test(situation)) return null;
	// "versioned yes, rotation no → [[Secrets Manager]]" lists a service's traits and points elsewhere
	// for the missing one: no situation, and the arrow's target is the other service (blind read 15).
	if (/\b(?:yes|no)\s*(?:[,;]|$)/i.test(situation)) return null;
	// "If the question says "needed this week" → VPN": when, not what; the note's topic is the situation (blind read 20).
	if (ONLY_WHEN.test(situation)) return null;
	// "supports S3 Standard, Standard-IA ... -> Glacier via lifecycle policy" describes a thing the line
	// leaves out, it states no need: only a line that says it is a cue may open so (blind read 23).
	const opening = situation.split(/\s+/)[0];
	if (!lead && /^\p{Ll}+s$/u.test(opening) && startsWithVerb(opening) && !/^(?:needs|requires|wants)$/.test(opening)) return null;
	// A fragment cut inside parentheses ("Beanstalk (not Lambda") is no option.
	const unbalanced = (x: string | null) => x !== null && (x.split("(").length !== x.split(")").length);
	if (unbalanced(answer) || unbalanced(not)) return null;
	// "POSIX file system => **Linux only**": a trait, not an option to pick.
	// "trust policy missing principal → AccessDenied on AssumeRole": an error is what happens, no option to pick (read 103).
	if (/\b(?:AccessDenied\w*|\w+(?:Exception|Error)|denied|throttled)\b/i.test(answer)) return null;
	if (NOT_ANSWER.test(answer) || /\bonly$/i.test(answer) || /[.:;!?=]/.test(answer) || /\d+\s*(?:%|ms|s|gb|tb|mb|minutes?|hours?|days?)$/i.test(answer)) return null;
	// One situation a student can picture: not two sentences, not a question about a question.
	// "need to stop it happening": a pronoun whose referent is on another line.
	// "store database credentials and rotate them" names its "them" first.
	const them = /\bthem\b/i.exec(situation);
	const named = them !== null && /\b\p{L}{3,}s\b/u.test(situation.slice(0, them.index).replace(/\b(?:is|was|has|does|this|its)\b/gi, ""));
	if (/[.!?;]\s/.test(situation) || situation.includes(":") || /^(?:it|they|them|this|these|those|that|its|their)\b/i.test(situation) || /\bit\b/i.test(situation) || (them !== null && !named)) return null;
	// "Hindi monitoring ng performance → CloudWatch" ("not performance monitoring"): what the note's
	// service is not, in the note's own language, reads as the need itself once asked (blind read 151).
	if (FOREIGN_NOT.test(situation)) return null;
	return { situation, answer, not, lead };
}

/** What separates the parts of a keyword situation: "quick & cheap, encrypted", "SQS / SNS". */
const TRAIT_SEPARATOR = /\s*(?:&|\+|,|\/|\band\b|\bor\b)\s*/;

/**
 * True when a cue's situation asks for something a student can picture on its own. One keyword ("A
 * question mentions decouple") fits SQS, SNS, EventBridge and MQ alike; "L3/L4 floods are not its job →
 * Shield": whose job? (blind read 15); "more than that → nested stacks" and "practice set 3, got 4/10
 * wrong → Route 53" (blind read 36); "ALB & NLB → SNI" names where, not what is needed, and "preventive =
 * SCP → ..." defines (blind read 37); "expiration, ExpirationNotification → EventBridge" lists API names.
 */
export function asksANeed(situation: string, lead: boolean, isService: (name: string) => boolean): boolean {
	// "neither does caching → CloudFront": neither of what? (blind read 42)
	if (situation.split(/\s+/).length < (lead ? 2 : 3) || UNRESOLVED.test(situation) || /^(?:neither|either|both)\b/i.test(situation) || situationProblem(situation) !== null) return false;
	if (situation.includes("=") || situation.split(TRAIT_SEPARATOR).every(isService)) return false;
	// "AWS stopped offering S3 Select in 2024 → Athena": news, not a need (blind read 104).
	if (/^(?:AWS|Amazon)\s+(?:stopped|deprecated|retired|announced|launched|released|ended|discontinued|added)\b/i.test(situation)) return false;
	return situation.split(/,\s*/).filter((part) => /^\p{Lu}\p{Ll}+\p{Lu}\w*$/u.test(part.trim())).length < 2;
}

/**
 * "quick & cheap, encrypted": traits with nothing they are traits of. Said of an option of the note's
 * service, that service is what they are traits of; said of a service, the need is missing (blind read 104).
 */
export function onlyTraits(situation: string): boolean {
	const parts = situation.split(TRAIT_SEPARATOR);
	return parts.length >= 2 && parts.every((p) => !/\s/.test(p.trim()));
}

/** "centralize and automate backups → AWS Backup": a service named by one word, said in the situation (blind read 104). */
export function saysItsName(situation: string, answer: string): boolean {
	const word = answer.replace(/^(?:AWS|Amazon)\s+/, "");
	// "syncs over a network → DataSync": a part of a name written in one word says it too (blind read 107).
	const parts = /^\p{Lu}\p{Ll}{3,}$/u.test(word) ? [word] : /^(?:\p{Lu}\p{Ll}+){2}$/u.test(word) ? (word.match(/\p{Lu}\p{Ll}+/gu) ?? []).filter((p) => p.length >= 4 && !/^(?:cloud|data|code|auto|elastic|search|cache)$/i.test(p)) : [];
	return parts.some((p) => new RegExp(`\\b${p}(?:s|es|ed|ing)?\\b`, "iu").test(situation));
}

/** A situation that says only how soon: "needed this week", "required by tomorrow", "ASAP". */
const ONLY_WHEN = /^(?:(?:needed|needs?|required|wanted|asap|urgent(?:ly)?|quick(?:ly)?|fast|soon|now|today|tomorrow|this|next|within|in|by|a|an|the|one|two|few|couple|of|days?|weeks?|months?|hours?|minutes?|\d+)\b\s*)+$/i;

/**
 * A pronoun that stands for the note's service, not for anything in the situation: "not its job",
 * "It handles ..." ("its own set of replicas" and "before they reach the origin" are fine).
 */
export const UNRESOLVED = /\b(?:its|their)\s+(?:job|role|thing|purpose|use case|strength|focus)\b|^(?:it|its|it's|they|them|their)\b|\bthose\s+\p{Ll}+/iu;

/**
 * The service `answer` opens with when the rest says how it is used ("SNS" of "SNS topic as the alarm
 * action", "SNS fan-out to several queues"), or null. A part of it ("ECS task role", "CloudWatch agent")
 * is the answer itself: the service alone would not answer the need.
 */
export function leadingService(answer: string, isService: (a: string) => boolean): string | null {
	const words = answer.split(/\s+/);
	for (let n = 1; n < words.length && n <= 3; n++) {
		const head = words.slice(0, n).join(" ");
		const rest = words.slice(n).join(" ");
		// "ECS on Fargate", "S3 behind CloudFront": two services together are the answer, and either alone
		// is half of it (a student picking Fargate is as right as one picking ECS).
		const other = rest.replace(USAGE, "").replace(/^\s*(?:an?|the)\s+/i, "").trim();
		if (USAGE.test(rest) && isService(head)) return other !== "" && isService(other) ? null : head;
	}
	return null;
}

/**
 * How a service is used, after its name: "topic as the alarm action", "fan-out", "with a DLQ", or what
 * it gives ("GuardDuty findings", "CloudWatch alarms").
 */
const USAGE = /^(?:topics?|queues?|fan-?out|pattern|integration|findings|alerts|alarms|dashboards|console|as|with|via|to|in|on|behind|in front of)\b/;

/** Words that ask for the lower price: in `SETS_APART`, and in `COSTS_LESS` with "cheap" and "cheaper" too. */
const LOWER_PRICE = String.raw`lowest[- ]cost|least expensive|most cost[- ]effective`;

/** A situation that tells apart services able to do the same job: by cost, by effort, by a feature it does not need. */
export const SETS_APART = new RegExp(String.raw`\b(?:cheapest|${LOWER_PRICE}|least (?:operational |management )?(?:overhead|effort)|no [\p{L}-]+(?: [\p{L}-]+)? (?:needed|required))\b`, "iu");

/** A situation that asks for a price ("plain config / cheap"): it sets apart services that could do each other's job. */
export const COSTS_LESS = new RegExp(String.raw`\b(?:cheap(?:er|est)?|${LOWER_PRICE})\b`, "i");

/** The words of `name` that the other choices do not share: "Tape" of "Tape Gateway" among gateways. */
export function distinctWords(name: string, choices: readonly string[]): string {
	const shared = (w: string): boolean => choices.some((c) => c !== name && c.toLowerCase().split(/\s+/).includes(w.toLowerCase()));
	return name
		.split(/\s+/)
		.filter((w) => !shared(w))
		.join(" ");
}
