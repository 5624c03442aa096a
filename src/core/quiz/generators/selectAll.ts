/**
 * select-all: a bullet that introduces a list ("Worker nodes can be:", or any bullet with two or
 * more children) asks for its children; a bullet linking several services ("Storage options via
 * [[Amazon EBS]], [[Amazon EFS]] and [[Amazon S3]]") asks for them. 4–6 choices, 2–4 right.
 *
 * Wrong choices never make a second right answer: for a list of services they are services the
 * note never mentions; for a list of statements they are bullets of the note's other lists, and
 * only under a specific parent ("Compute for pods can come from:"). Under a generic one ("Key
 * features", "Other features", "Integration") another list's bullet is just as much a feature.
 */

import { saysForeignWord } from "../keyTerms";
import { CONTRAST } from "./linkedService";
import { looksLikeCue } from "./scenario";
import { choiceType } from "../choiceType";
import { makeQuestion, pickDistractors } from "../distractors";
import { textWithMarker, type ItemFact, type QuizFacts } from "../facts";
import { mentionedIn } from "../mentioned";
import { withService } from "../headings";
import { isKnownService, isSelf, isServiceLike, mentions, sameService } from "../names";
import type { Rng } from "../random";
import { choiceKey, containsText, contentWordCount, isBaseVerb, lowerFirst, lowerTerm, quoteLine, startsWithVerb, stripEnd, wordCount } from "../text";
import type { Question } from "../types";

const MAX_RIGHT = 3;
const MAX_CHOICES = 6;
const MIN_CHOICES = 4;
const MARK = "\uE003";

/**
 * How many wrong choices to add to `right` right ones: as many as right ones (at least 2), 4–6 in
 * total, so that about half of the choices are right and neither "tick all" nor "tick none" pays.
 */
function wrongNeeded(right: number): { min: number; want: number } {
	return { min: Math.max(1, MIN_CHOICES - right), want: Math.min(MAX_CHOICES - right, Math.max(2, right, MIN_CHOICES - right)) };
}

/** A select-all question: right and wrong choices shuffled together, sourced from a list item; null when too few wrong ones. */
function selectAll(prompt: string, right: string[], wrong: string[], explanation: string, from: ItemFact, rng: Rng): Question | null {
	// At most half of the choices are right: with fewer wrong choices found, ask for fewer right ones.
	const shown = right.slice(0, Math.max(2, Math.min(right.length, wrong.length)));
	if (wrong.length < shown.length) return null;
	return makeQuestion({
		kind: "select-all",
		prompt,
		choices: rng.shuffle([...shown, ...wrong]),
		answers: shown,
		multi: true,
		typed: false,
		explanation,
		source: { line: from.line, text: from.plain },
	});
}

/** Item text as a choice: trailing punctuation dropped so that no choice stands out by its ending. */
function asChoice(item: ItemFact): string {
	return stripEnd(item.plain);
}

/**
 * The prompt for a category parent: "Trigger types" → "Which of these are AWS Config trigger
 * types?". Exported for the table tests.
 */
/** A parent bullet as the name of its list's kind: "**Storage classes:**" → "Storage classes". */
function categoryOf(parentPlain: string): string {
	return stripEnd(parentPlain.replace(/[*_`]/g, "").trim());
}

export function listPrompt(parentPlain: string, subject: string): string {
	const category = categoryOf(parentPlain);
	return `Which of these are ${containsText(category, subject) ? lowerTerm(category) : `${withoutSharedTail(subject, category)} ${lowerTerm(category)}`}? Select all that apply.`;
}

/**
 * The subject without the words it ends with that the kind ends with too: "EBS Volume Types" with
 * "HDD volume types" is "EBS" ("EBS HDD volume types", not "EBS Volume Types HDD volume types").
 */
function withoutSharedTail(subject: string, category: string): string {
	const s = subject.split(/\s+/);
	const c = category.toLowerCase().split(/\s+/);
	let k = 0;
	while (k < s.length - 1 && k < c.length && s[s.length - 1 - k].toLowerCase() === c[c.length - 1 - k]) k++;
	return s.slice(0, s.length - k).join(" ");
}

/**
 * The list prompt under a topic ("## Edge compute" > "Edge function types"): the topic is no owner of
 * the kinds ("Edge compute edge function types"), so it leads ("CloudFront — Edge compute: which of
 * these are edge function types?").
 */
function listPromptAt(facts: QuizFacts, parent: ItemFact): string {
	const about = facts.subjectAt(parent.line);
	if (about === null || isKnownService(about) || mentions(facts.names, about)) return listPrompt(parent.plain, about ?? facts.names.short);
	const category = categoryOf(parent.plain);
	return `${withService(facts, about)}: which of these are ${lowerTerm(category)}? Select all that apply.`;
}

/** The prompt for a list of services: "Integrates with:" → "Integrates with: which of these services? ...". */
export function servicesPrompt(parentPlain: string): string {
	const t = parentPlain.trim();
	if (t.endsWith(":")) return `${stripEnd(t)}: which of these services? Select all that apply.`;
	return `Which of these services does the note list under "${stripEnd(t)}"? Select all that apply.`;
}

/**
 * A parent that names a kind of thing the children are instances of: "Trigger types", "Storage
 * classes", "Capacity modes:", "Routing policies". Anything listed under another such parent of the
 * note is of another kind, so it is a safe wrong choice.
 */
const CATEGORY = /\b(?:types?|kinds?|classes|modes|tiers|policies|options|states|engines|strategies|patterns|protocols|sources|targets|destinations|consumers|producers|methods|models|families|levels|endpoints|flavou?rs|editions|variants|versions|categories)$/i;

export function isCategory(parentPlain: string): boolean {
	const t = categoryOf(parentPlain);
	// "org in resource policies": what it lists is named before the preposition, and "org" names no kind (blind read 105).
	const named = /^(.+?)\s+(?:in|on|for|with|by|of|from|to|via|inside|within)\s/i.exec(t)?.[1];
	if (named !== undefined && !/s$/i.test(named) && !CATEGORY.test(named)) return false;
	return wordCount(t) <= 5 && CATEGORY.test(t) && !isGeneric(t) && /^[\p{L}\p{N} /'-]+$/u.test(t);
}

/**
 * The term a list item names: "**Periodic** – every 1, 3 ... hours" → "Periodic", "Standard:
 * cheapest" → "Standard", "One Zone-IA" → itself. Null when the item is a sentence.
 */
export function termOf(item: ItemFact): string | null {
	const lead = item.bold[0];
	const raw = item.plain;
	if (lead !== undefined && raw.startsWith(lead.term)) return wordCount(lead.term) <= 5 ? stripEnd(lead.term) : null;
	const m = /^(.{1,60}?)\s*(?:\s[–—-]\s|:\s|\s=\s|\s\(|\s(?:→|->|=>)\s)/.exec(raw);
	const term = stripEnd((m ? m[1] : raw).trim());
	// "AWS: S3, Redshift, OpenSearch" heads a group of the list's members; "TRAP: ..." is a warning (blind read 42).
	if (m !== null && /^(?:trap|note|tip|warning|gotcha|aws|amazon|3rd party|third party|others?)$/i.test(term)) return null;
	// "Can switch between modes", "Many AWS sources: ...": a remark about the list, no member's name (blind read 66).
	if (/^(?:can|could|may|might|must|should|will|would|many|most|some|several|all|any|each|every|also|only)\s/i.test(term)) return null;
	// "Pass, Succeed, Fail" is three terms, not one.
	return term !== "" && wordCount(term) <= 5 && !/[.;!?,]/.test(term) ? term : null;
}

/** How an item goes on after its term: defined ("UltraWarm: S3-backed"), or led on by an arrow ("ISM → moves indices"). */
function continuation(item: ItemFact): "defines" | "arrow" | "other" {
	const term = termOf(item);
	if (term === null) return "other";
	const rest = item.plain.slice(item.plain.indexOf(term) + term.length).trimStart().replace(/^\([^)]*\)\s*/, "");
	if (/^(?:→|->|=>)/.test(rest)) return "arrow";
	return /^(?::|=|[–—-]\s)/.test(rest) ? "defines" : "other";
}

/**
 * The items of a list that are of its kind: under "storage tiers", "**UltraWarm**: S3-backed" and
 * "**cold storage**: detached indices" are tiers, and "**Index State Management (ISM)** → moves indices
 * between them" is what acts on them, told by its arrow among definitions (blind read 36).
 */
function alike(kids: ItemFact[]): ItemFact[] {
	const ways = kids.map(continuation);
	const defines = ways.filter((w) => w === "defines").length;
	return defines * 2 > kids.length && ways.includes("arrow") ? kids.filter((_, i) => ways[i] !== "arrow") : kids;
}

/** select-all questions: one per category list, and one per bullet linking several services. */
export function selectAllQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	const mentioned = mentionedIn(facts);
	const wrongServices = (right: readonly string[], want: number, exclude: (c: string) => boolean): string[] =>
		pickDistractors(right, [facts.otherServices, facts.catalogServices, facts.moreServices], want, rng, {
			same: sameService,
			exclude: (c) => isSelf(facts.names, c) || mentioned(c) || exclude(c),
		});
	const kidsOf = (parent: ItemFact): ItemFact[] =>
		parent.item.children.map((i) => facts.itemByIndex.get(i)).filter((k): k is ItemFact => k !== undefined && !k.plain.endsWith(":"));

	// The terms of every category list: the wrong choices of the other category lists.
	const categories = facts.items.filter((p) => isCategory(p.plain) && p.item.children.length >= 2);
	const termsByParent = new Map<number, string[]>();
	for (const p of categories) termsByParent.set(p.index, dedupe(alike(kidsOf(p)).map(termOf).filter((t): t is string => t !== null)));

	for (const parent of facts.items) {
		const kids = alike(kidsOf(parent));
		// "3 service integration patterns:" tells how many to pick, and a list that names fewer (one item read as
		// no term) leaves a right one out (blind read 51).
		if (kids.length < 2 || /^\s*\d{1,2}\s/.test(parent.plain)) continue;
		const names = kids.map(serviceOf);
		const services = names.every((n): n is string => n !== null);
		const terms = termsByParent.get(parent.index);
		if (!services && (terms === undefined || terms.length < kids.length)) continue;
		const prompt = services ? servicesPrompt(parent.plain) : listPromptAt(facts, parent);
		// A one-letter item ("a") would appear inside any prompt: it cannot be asked fairly.
		const listed = dedupe(services ? names.filter((n): n is string => n !== null) : (terms ?? []));
		// "QUEUED + PARALLEL" under "execution modes" joins two of the list: no mode of its own (blind read 37).
		const joins = (c: string): boolean => {
			const parts = c.split(/\s*(?:\+|&|,|\band\b)\s*/);
			return parts.length > 1 && parts.every((p) => listed.some((r) => r !== c && choiceKey(r) === choiceKey(p)));
		};
		const rightItems = listed.filter((c) => !containsText(prompt, c) && !joins(c));
		// "Session policies" over "passed at AssumeRole time": what a thing does, not things of its kind (blind read 52).
		const does = (c: string): boolean => /^\p{Ll}/u.test(c) && wordCount(c) >= 3 && (/^\p{Ll}+ed\s/u.test(c) || startsWithVerb(c.split(/\s+/)[0] ?? ""));
		if (rightItems.length < 2 || (!services && rightItems.some(does))) continue;
		const right = rng.shuffle(rightItems).slice(0, MAX_RIGHT);
		const { min, want } = wrongNeeded(right.length);
		let wrong: string[];
		if (services) wrong = wrongServices(right, want, (c) => rightItems.some((r) => sameService(r, c)));
		else {
			// Nothing listed under the parent, at any depth, may be offered as a wrong answer.
			const within = subtreeKeys(facts, parent.index);
			const others = categories.filter((p) => p !== parent).map((p) => termsByParent.get(p.index) ?? []);
			const termLike = (c: string): boolean => choiceType(c) === "term" || choiceType(c) === "service";
			// "Interface endpoint" and "Gateway endpoint" among "inbound" and "outbound": what is no endpoint is
			// ruled out by its name (blind read 50). Items that share a head noun have wrong choices with it.
			const head = (c: string): string => (c.trim().split(/\s+/).pop() ?? "").toLowerCase().replace(/s$/, "");
			const kind = rightItems.every((r) => wordCount(r) >= 2 && head(r) === head(rightItems[0])) ? head(rightItems[0]) : null;
			// "Redis OSS", "Memcached" among "eviction", "lazy loading": names among concepts stand out by their
			// capitals (blind read 105). Where the right ones are all written one way, so are the wrong ones.
			const form = (c: string): string | null => (/^\p{Ll}/u.test(c) ? "lower" : /^\p{Lu}\p{Ll}/u.test(c) ? "upper" : null);
			const forms = new Set(rightItems.map(form).filter((f) => f !== null));
			const written = forms.size === 1 ? [...forms][0] : null;
			wrong = pickDistractors(right, others, want, rng, {
				anyType: true,
				exclude: (c) => !termLike(c) || within.has(choiceKey(c)) || rightItems.some((r) => choiceKey(r) === choiceKey(c)) || (kind !== null && head(c) !== kind) || (written !== null && form(c) !== null && form(c) !== written),
			});
		}
		if (wrong.length < min) continue;
		const q = selectAll(prompt, right, wrong, `${quoteLine(parent.line, parent.plain)} is followed by: ${kids.map(asChoice).join("; ")}.`, parent, rng);
		if (q) out.push(q);
	}

	// Bullets that link several notes: "Storage options via [[Amazon EBS]], [[Amazon EFS]], and [[Amazon S3]]".
	for (const item of facts.isService ? facts.items : []) {
		const names = dedupe(item.links.map((l) => l.name));
		if (names.length < 2 || CONTRAST.test(item.plain) || looksLikeCue(item.plain)) continue;
		// "keys from [[AWS KMS]]; export to [[Amazon S3]] for analytics": two clauses, two roles, not one
		// role for both (KMS is not used for analytics).
		const raw = facts.note.lines[item.line - 1] ?? "";
		const between = raw.slice(item.links[0].end, item.links[item.links.length - 1].start);
		if (/[;.:]\s|\s[—–]\s|\b(?:while|but|whereas|then)\b/i.test(between)) continue;
		// "trail in [[CloudTrail]], [[Config]] aggregators, [[IAM Identity Center]] for SSO to all accounts, [[RAM]] to
		// share subnets": each service with a role of its own, not one role for all (blind read 24).
		const gaps = item.links.slice(1).map((l, i) => raw.slice(item.links[i].end, l.start));
		if (gaps.some((g) => wordCount(g.replace(/\([^)]*\)/g, " ").replace(/\b(?:and|or|&|the|a|an)\b|[,/+]/gi, " ")) > 2)) continue;
		const role = linkRole(facts, item);
		// "מגן על: [[EC2]], [[ELB]]" ("protects:"): a role in the note's own language does not read after "use" (blind read 152).
		if (role === null || saysForeignWord(role)) continue;
		const right = rng.shuffle(names).slice(0, MAX_RIGHT);
		const services = names.every(isServiceLike);
		// "A2A: [[SQS]], [[Lambda]]" under "Subscription endpoints": a plural heading does not "use" them.
		const subject = facts.subjectAt(item.line) ?? facts.names.short;
		if (subject !== facts.names.short && !isServiceLike(subject) && /[^s]s$/.test(subject)) continue;
		const prompt = `Which ${services ? "services" : "of these"} does ${subject} use ${role}? Select all that apply.`;
		const { min, want } = wrongNeeded(right.length);
		const wrong = wrongServices(right, want, (c) => names.some((n) => sameService(n, c)));
		if (wrong.length < min) continue;
		const q = selectAll(prompt, right, wrong, `The note links them: ${quoteLine(item.line, item.plain)}`, item, rng);
		if (q) out.push(q);
	}
	return out;
}

/**
 * What the linked services are used for, from the words before the first link ("Networking via"
 * → "for networking") or after the last one ("... for logging" → "for logging"). Null when the
 * bullet says neither.
 */
function linkRole(facts: QuizFacts, item: ItemFact): string | null {
	const first = item.links[0];
	const last = item.links[item.links.length - 1];
	const before = textWithMarker(facts, item.line, first.start, first.end, MARK);
	if (before !== null) {
		const head = before.slice(0, before.indexOf(MARK)).trim();
		// "Read caching for [[RDS]] / [[Aurora]]": the services are what it serves, not what it uses;
		// "NOT a destination: [[DynamoDB]], [[RDS]]": what it does not use (blind read 44).
		if (/\bfor$/i.test(head) || /\b(?:not|never|no|without|except)\b|n't\b/i.test(head)) return null;
		const m = /^(.+?)\s*(\b(?:via|with|using|through|from|in|on|by|to)|:)?\s*$/i.exec(head);
		const role = stripEnd(m?.[1] ?? "");
		// "used by [[Athena]], [[EMR]]": the services use it, not the other way round.
		if (m?.[2]?.toLowerCase() === "by") return null;
		// "Encrypting [[EBS]] volumes and [[RDS]] databases": the services are what the verb acts on, not
		// what the note's service uses; "Consumers include [[Lambda]], ...": an open list of examples, where
		// a wrong choice may be one the note left out (Firehose consumes a stream too).
		if (m && m[2] === undefined && /(?:\p{L}{3,}ing|\binclud(?:e|es|ing)|\bsuch as|\bare|\bis)$/iu.test(role)) return null;
		// "Integrations: [[API Gateway]] ..., [[ALB]] ...": services that work with this one, not what it uses.
		if (/^(?:integrations?|integrates(?: with)?|works?(?: with)?|pairs?(?: with)?|connects?(?: to| with)?|related(?: services)?|see also)$/i.test(role)) return null;
		// Plain words only: "Friday: security (" is a schedule, not a role; nor is "See" or "Related".
		if (m && contentWordCount(role) >= 1 && wordCount(role) <= 8 && /^[\p{L}\p{N} ,/'-]+$/u.test(role) && isNounPhrase(role)) return `for ${lowerFirst(role)}`;
	}
	const after = textWithMarker(facts, item.line, last.start, last.end, MARK);
	if (after !== null) {
		const tail = stripEnd(after.slice(after.lastIndexOf(MARK) + MARK.length).trim());
		const m = /^(for|to)\s+(.+)$/i.exec(tail);
		if (m && contentWordCount(m[2]) >= 1 && wordCount(m[2]) <= 8 && !m[2].includes(MARK) && isNounPhrase(m[2])) return `${m[1].toLowerCase()} ${m[2]}`;
	}
	return null;
}

/**
 * A role reads after "use ... for" only as a noun phrase: "storage options", "logging", not
 * "every GetSecretValue is logged" or "AWS provides templates".
 */
function isNounPhrase(role: string): boolean {
	const words = role.toLowerCase().split(/\s+/);
	if (/^(?:every|each|all|any|some|no|this|that|these|those|it|they|you|we)$/.test(words[0] ?? "")) return false;
	// "Mountable from [[EC2]], [[Fargate]] ...": an adjective says what the services do with it, not a role.
	// "Asynchronous: [[S3]], [[SNS]]" under "Invocation types": how they call it, not what it uses (blind read 67).
	if (words.length === 1 && /(?:able|ible|ous|ive)$/.test(words[0])) return false;
	// "deliver events to an [[S3]] bucket": a verb's phrase, cut off before its object.
	if (isBaseVerb(words[0] ?? "") || /^(?:a|an|the|to|of|for|with|into|onto|and|or)$/.test(words[words.length - 1] ?? "")) return false;
	// "secrets come in via the task execution role", "logs go to": a clause of a plural subject's verb.
	const clause = (w: string, i: number): boolean => i > 0 && /^(?:come|go|get|arrive|flow|live|land|end|sit|stay|pass|travel|move|run|show|turn)$/.test(w) && /^(?:in|into|out|up|via|from|to|through|at|on|back|over)$/.test(words[i + 1] ?? "");
	return !words.some((w, i) => /^(?:is|are|was|were|be|been|can|will|must|should|may|has|have|had|does|do|did|gets?|got)$/.test(w) || /^\p{L}{3,}ed$/u.test(w) || (i > 0 && startsWithVerb(w)) || clause(w, i));
}

/**
 * The service a list item names: the item is a service name ("Amazon EBS", "EFS"), or one link to
 * a service with little else on the line ("[[Amazon EBS]]"). Null otherwise.
 */
function serviceOf(item: ItemFact): string | null {
	if (item.links.length === 1) {
		const name = item.links[0].name;
		return isServiceLike(name) && item.mostlyLinks ? name : null;
	}
	if (item.links.length > 1) return null;
	const text = asChoice(item);
	return wordCount(text) <= 5 && isKnownService(text) ? text : null;
}

/** Parents that name no category of their own: any bullet of the note could be listed under them. */
const GENERIC_PARENT =
	/^(?:(?:other|more|key|main|core|important|additional|notable|general|misc(?:ellaneous)?|extra)\s+)?(?:features?|capabilit(?:y|ies)|benefits?|characteristics|highlights?|points?|notes?|details?|facts?|concepts?|things to know|integrations?|advantages|properties|overview|summary|basics|misc(?:ellaneous)?|tips?|exam tips?)$/i;

export function isGeneric(parentPlain: string): boolean {
	return GENERIC_PARENT.test(stripEnd(parentPlain.trim()).replace(/[*_`]/g, "").trim());
}

/** Keys of the item at `index` and of every item nested below it. */
function subtreeKeys(facts: QuizFacts, index: number): Set<string> {
	const keys = new Set<string>();
	const all = facts.note.listItems;
	const stack = [index];
	while (stack.length > 0) {
		const i = stack.pop() as number;
		const item = all[i];
		if (item === undefined) continue;
		const fact = facts.itemByIndex.get(i);
		if (fact !== undefined) {
			keys.add(choiceKey(asChoice(fact)));
			const term = termOf(fact);
			if (term !== null) keys.add(choiceKey(term));
		}
		for (const c of item.children) stack.push(c);
	}
	return keys;
}

function dedupe(list: readonly string[]): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const s of list) {
		const k = choiceKey(s);
		if (k === "" || seen.has(k)) continue;
		seen.add(k);
		out.push(s);
	}
	return out;
}
