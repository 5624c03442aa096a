/**
 * linked-service: "Integrates with [[Amazon Elastic Container Registry (ECR)]] for images" gives
 * "Which service does Amazon EKS use for images?". The link target is the answer; the rest of the
 * bullet says what it is used for. Bullets with several links are select-all questions instead.
 */

import { pickDistractors, singleChoice } from "../distractors";
import { findServices } from "../../links/catalog";
import { couldBothFit, servicePools, styledLike } from "../services";
import { looksLikeCue } from "./scenario";
import { textWithMarker, type QuizFacts } from "../facts";
import { withService } from "../headings";
import { mentionedIn } from "../mentioned";
import { abbreviation, isSelf, isServiceLike, sameService, TOPIC_TITLE } from "../names";
import type { Rng } from "../random";
import { BLANK, containsText, isBaseVerb, lowerFirst, quoteLine, startsWithVerb, stripEnd, wordCount } from "../text";
import { blankGivesAway, sharedWords } from "../terms";
import { ANSWER_BULLET, oneOfOpenList } from "../stems";
import type { Question } from "../types";

const M = "\uE002";
const MAX_ROLE_WORDS = 14;
/** "Logs go to [[CloudWatch]]": a role that ends in a verb does not read as "use for logs go". */
const ENDS_WITH_VERB = /\b(?:go|goes|come|comes|is|are|was|were|be|get|gets|live|lives|flow|flows|sent|stored|kept|written|delivered|published|exported|shipped)$/i;

/** Past participles without "-ed": "Dashboards typically built in [[QuickSight]]" is a clause, not a role. */
const IRREGULAR_PARTICIPLE = /\b(?:built|made|done|run|kept|sent|held|written|known|shown|given|taken|seen|drawn|found|brought|bought|paid|sold|set|put|split|spread|shut|cut|hidden|chosen|driven|grown|thrown|bound|fed|met|led|hit)\b/i;


/**
 * The question for a bullet whose only link was replaced by `\uE002` (see `M`), or null.
 * `subject` is the note's service ("Amazon EKS"); `what` is "service" or "note".
 * Exported for the table tests.
 */
export function linkPrompt(text: string, subject: string, service: boolean): string | null {
	const t = stripEnd(text.trim());
	if (oneOfOpenList(t, M)) return null;
	const which = service ? "Which service" : "What";
	const use = (role: string): string | null => {
		const r = role.trim();
		// "NOT a destination: [[DynamoDB]], [[RDS]]": what it does not use is no role (blind read 44).
		if (r === "" || r.includes(M) || wordCount(r) > MAX_ROLE_WORDS || /\b(?:not|never|no|without|except)\b|n't\b/i.test(r)) return null;
		return `${which} does ${subject} use ${r}?`;
	};
	let m = /^(?:integrates?|integration|works?|pairs?|connects?|uses?|using|relies on)\s+(?:with\s+)?\uE002\s+(for|to)\s+(.+)$/i.exec(t);
	if (m) return use(`${m[1].toLowerCase()} ${m[2]}`);
	m = /^\uE002\s+(for|to)\s+(.+)$/i.exec(t);
	if (m) return use(`${m[1].toLowerCase()} ${m[2]}`);
	// "Encryption of secrets with [[KMS]]" → "use for encryption of secrets"; "Pulls images from [[ECR]]" →
	// "pull images from". Words after the link qualify it ("[[IAM]] policies") and are left out.
	m = /^(.+?)\s+(with|via|using|through|by|from|on|in|to|into)\s+\uE002$/i.exec(t) ?? /^([^;:,]+?)\s+(with|via|using|through|by|from|on|in|to|into)\s+\uE002((?:\s+[^\s\uE002]+){1,4})$/i.exec(t);
	// A clause with a participle or an auxiliary ("Passwords managed through", "Variables can be
	// encrypted with"; "Dashboards typically built in") does not turn into "does X use ... ?" without
	// garbling it: asked with a blank below.
	const clause = m !== null && (/\b(?:can|could|be|been|is|are|was|were|will|would|should|must|may|might|has|have|had)\b/i.test(m[1]) || /\b\p{L}{3,}ed\b/iu.test(m[1]) || IRREGULAR_PARTICIPLE.test(m[1]));
	if (m && !clause && !/^(?:integrates?|integration|works?|pairs?|connects?)$/i.test(m[1]) && !ENDS_WITH_VERB.test(m[1]) && wordCount(m[1]) <= 6) {
		const words = m[1].split(/\s+/);
		const first = words[0].toLowerCase();
		const last = words[words.length - 1].toLowerCase();
		// "Pulls container images from [[ECR]]": the bullet's verb, with the service as its subject.
		// A word with capitals inside ("DDoS protection ...") is a name, not a verb.
		if (words.length >= 2 && /^\p{Lu}?\p{Ll}+$/u.test(words[0]) && startsWithVerb(first) && /[^s]s$/.test(first) && !/^(?:is|was|has|does)$/.test(first)) {
			return `${which} does ${subject} ${baseForm(first)} ${words.slice(1).join(" ")} ${m[2].toLowerCase()}?`;
		}
		// "notify via [[SNS]]", "store backups in [[S3]]": what it does with the service, "use to notify".
		if (isBaseVerb(first) && !/^(?:in|on|into)$/i.test(m[2])) return use(`to ${lowerFirst(m[1])}`);
		// "Emoji term works with [[S3]]": a subject and its verb are not a role.
		if (!(words.length >= 2 && startsWithVerb(last))) return use(`for ${lowerFirst(m[1])}`);
	}
	m = /^(.+?):\s*\uE002$/i.exec(t);
	if (m) return use(`for ${lowerFirst(m[1])}`);
	m = /^\uE002\s+((?:is|are|can|provides|handles|stores|collects|records|tracks|monitors|manages|delivers|sends|runs|hosts|routes|caches|encrypts|scans|detects|protects|audits|logs|analy[sz]es|streams|queues|backs up|replicates|serves)\b.+)$/i.exec(t);
	if (m && !m[1].includes(M) && wordCount(m[1]) <= MAX_ROLE_WORDS) return `${which} ${m[1]}?`;
	// A short line in lower case ("scale an [[EC2 Auto Scaling]] group" under "Alarm actions:") is a piece
	// of the line above it: alone it says too little, and its last word gives the name away.
	const words = wordCount(t.split(M).join(" "));
	if ((words >= 5 || (words >= 3 && !/^\p{Ll}/u.test(t))) && t.split(M).length === 2) return `${which} fills the blank in this line about ${subject}: "${t.split(M).join(BLANK)}"?`;
	return null;
}

/** "pulls" → "pull", "copies" → "copy", "pushes" → "push": the form after "does". */
export function baseForm(verb: string): string {
	if (/ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
	if (/(?:sh|ch|x|z|ss|o)es$/.test(verb)) return verb.slice(0, -2);
	return verb.replace(/s$/, "");
}

/** The link as one of a list ("S3, [[SNS]], EventBridge", "S3 or [[SNS]]"); "[[VPC]] and are not reachable" joins clauses. */
const LIST_ITEM = new RegExp(`(?:,|\\bor|\\band|/)\\s*${M}|${M}\\s*(?:,|\\bor\\b|/)`, "i");

/**
 * "[[Glacier]] Flexible Retrieval", "[[Storage Gateway]] Tape Gateway": the link is the start of a
 * longer name, and the blank asks for half a name (blind read 15).
 */
const PART_OF_NAME = /\uE002\s+\p{Lu}\p{Ll}+(?:\s|$)/u;

/**
 * "VPN ([[AWS Site-to-Site VPN]])", "Direct Connect gateway (via transit VIF, see [[AWS Direct Connect]])",
 * "memory metrics need the CW agent ([[Amazon CloudWatch]])": a link in parentheses glosses or points
 * to what the words before it name, and those words give it away (blind read 20).
 */
const GLOSS = /\(\s*(?:(?:[^()]*[,;]\s*)?(?:see(?: also)?|cf\.?|→)\s+)?\uE002\s*\)/i;

/**
 * "versioned yes, rotation no → [[Secrets Manager]]": the link is what to use for what the line says
 * is missing, so the line read with the link in it says the opposite of what it means.
 */
const NEGATED_CUE = /\b(?:no|not|never|without|n't)\b[^→]*(?:→|->|=>)\s*\uE002/i;

/**
 * Lines that set services apart ("Secrets Manager vs [[Parameter Store]]", "Don't confuse with [[KMS]]"):
 * the linked service is what the note's service is not, never what it uses.
 */
export const CONTRAST = /\b(?:vs\.?|versus|confus\w*|mix(?:ed|ing)? (?:up|with)|not to be|unlike|instead of|rather than|compared?\s+(?:to|with)|(?:not )?the same as|different from|differs? from)(?=\s|$|[.,;:])/i;

/** linked-service questions: one per bullet with exactly one link to another note (service notes only). */
export function linkedServiceQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	// "Which service does Study plan use for ...?" makes no sense: only service notes get these.
	if (!facts.isService) return out;
	const mentioned = mentionedIn(facts);
	for (const item of facts.items) {
		// "Related: [[Amazon ECR]]" says nothing about what the service is used for.
		if (item.links.length === 0 || item.mostlyLinks || CONTRAST.test(item.plain)) continue;
		// "Choose Kinesis over [[Amazon SQS]] if:" leads into its bullets; alone it says nothing. "Why FSx when
		// [[Amazon EFS]] exists?" asks; it says nothing of what the service uses (blind read 24).
		if (/[:?]$/.test(item.plain.trim())) continue;
		const names = new Set(item.links.map((l) => l.name.toLowerCase()));
		if (names.size !== 1) continue;
		const link = item.links[0];
		if (item.links.length > 1) continue;
		// A combined note ("Elastic Load Balancing (ELB) & Auto Scaling") is no one service's name: as
		// the key it would stand out among single services, and the line means only one of them.
		// Nor is a note about a topic ("CloudWatch and CloudTrail lecture"), a service (blind read 23).
		if (findServices(link.name).length > 1 || TOPIC_TITLE.test(link.name)) continue;
		// An exam cue ('If you see "route events by content", think [[EventBridge]]') is asked as a scenario, or not at all.
		if (looksLikeCue(item.plain) || ANSWER_BULLET.test(item.plain.trim())) continue;
		const text = textWithMarker(facts, item.line, link.start, link.end, M);
		// One of a list ("Async → S3, [[SNS]], EventBridge"), open or not: any other service of the list's
		// kind may belong to it too (SES invokes Lambda asynchronously as well), a second right answer the
		// note cannot rule out (blind read 15).
		if (text === null || LIST_ITEM.test(text) || NEGATED_CUE.test(text) || PART_OF_NAME.test(text) || GLOSS.test(text)) continue;
		const service = isServiceLike(link.name);
		const about = facts.subjectAt(link.line);
		const prompt = linkPrompt(text, about === null ? facts.names.short : withService(facts, about), service);
		if (prompt === null || blankGivesAway(prompt, link.name)) continue;
		// Never a service the note mentions elsewhere: it may do this job too (a second right answer).
		// Services of the key's own kind first: a blank a secrets service fills is not filled by a database.
		// "pull container images from" for "Amazon Elastic Container Registry (ECR)": the name written out
		// says what the prompt asks, its short form ("Amazon ECR") does not.
		const key = shortWhenEchoed(prompt, link.name);
		const wrong = pickDistractors([key], [...servicePools(link.name), facts.otherServices, facts.catalogServices, facts.moreServices].map((pool) => styledLike(key, pool)), 3, rng, {
			same: couldBothFit,
			prompt,
			exclude: (c) => isSelf(facts.names, c) || containsText(prompt, c) || mentioned(c),
		});
		// Network Firewall against Directory Service, ACM and CloudHSM: when none of the services the exams
		// set against the key is left (the note names them all), the choices do not test it (blind read 21).
		const [near] = servicePools(link.name);
		if (!wrong.some((w) => near.some((n) => sameService(n, w)))) continue;
		const q = singleChoice(
			"linked-service",
			prompt,
			key,
			wrong,
			`The note links ${link.name}: ${quoteLine(item.line, item.plain)}`,
			{ line: item.line, text: item.plain },
			rng,
		);
		if (q) out.push(q);
	}
	return out;
}

/**
 * A service name written out with its abbreviation ("Amazon Elastic Container Registry (ECR)") in
 * its short form ("Amazon ECR") when the prompt uses a word of the long one and none of the short
 * one; the name as written otherwise.
 */
export function shortWhenEchoed(prompt: string, name: string): string {
	const abbr = abbreviation(name);
	if (abbr === null || !name.includes("(")) return name;
	const vendor = /^(Amazon|AWS)\s/.exec(name);
	const short = vendor ? `${vendor[1]} ${abbr}` : abbr;
	return sharedWords(prompt, name).length > 0 && sharedWords(prompt, short).length === 0 ? short : name;
}
