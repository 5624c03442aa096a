/**
 * Things described side by side: the named sub-headings of a note ("### Management account",
 * "### Organizational units (OUs)", "### Service control policies (SCPs)") and the two sides of an
 * "X vs Y" note. A line about one of them makes two kinds of question:
 *
 * - matching (asked as a comparison): "Which of these can be nested up to five levels deep under
 *   the root?" with the group's names as the choices (three or more names);
 * - true/false: the line as written ("Organizational units (OUs): can be nested up to five levels
 *   deep"), or with another name of the group in its place, which the note shows to be false.
 *
 * Lines that start with a word pointing back ("It cannot be restricted ...") are left alone, and so
 * is a line that names another member of its group ("unlike SNS, ...").
 */

import { makeQuestion, singleChoice } from "../distractors";
import type { QuizFacts } from "../facts";
import type { Rng } from "../random";
import { endsAsQuestion, stemProblem } from "../stems";
import { finishesParent, parentItemAt, withService } from "../headings";
import { headingAbove } from "../leads";
import { couldBothFit } from "../services";
import { isKnownService, withoutParens } from "../names";
import { containsText, containsWord, lowerFirst, nameLabel, quoteLine, startsWithVerb, stripEnd, upperFirst, wordCount } from "../text";
import { nearDuplicate } from "../terms";
import { givesEveryFigure } from "../tables";
import type { Question } from "../types";

/** A line about one member of a group. */
export interface SubjectLine {
	line: number;
	plain: string;
	subject: string;
	group: string[];
	/** The line without its subject: a verb phrase ("can be nested ...") or a description after "X:". */
	rest: string;
	/** True when `rest` starts with a verb, so that "Which of these <rest>?" reads. */
	verb: boolean;
	/**
	 * True when the subject is the bullet the line hangs under in a mind map: kept as said, never swapped
	 * nor matched against its siblings, whose twigs say much the same ("finds CVEs in OS and application
	 * packages" of EC2 scanning is true of ECR scanning too, blind read 65).
	 */
	bullet: boolean;
}

const AUXILIARY = /^(?:is|are|was|can|cannot|can't|has|does|doesn't|must|will|may|should|never|only|always|also)$/i;

/** Lines of the note about a member of a subject group, with the subject taken out. */
export function subjectLines(facts: QuizFacts): SubjectLine[] {
	let out = memo.get(facts);
	if (out === undefined) {
		out = findSubjectLines(facts);
		memo.set(facts, out);
	}
	return out;
}

/** Computed once per facts: both generators read them. */
const memo = new WeakMap<QuizFacts, SubjectLine[]>();
/** More sibling headings than this are a long list of sections, not things compared side by side. */
const MAX_GROUP = 8;

function findSubjectLines(facts: QuizFacts): SubjectLine[] {
	const out: SubjectLine[] = [];
	const groupOf = new Map<string, string[]>();
	for (const g of facts.subjectGroups) if (g.length <= MAX_GROUP) for (const name of g) groupOf.set(name, g);
	if (groupOf.size === 0) return out;
	// "SQS stores ...", "SQS: a queue ...": the line opens with a name, looked up by its first words
	// (a mind map has hundreds of names: one pattern of them all would cost a scan of each per line).
	const byName = new Map([...groupOf.keys()].map((n) => [n.toLowerCase(), n]));
	const longest = Math.max(...[...groupOf.keys()].map((n) => n.split(/\s+/).length));
	const opening = (plain: string): [string, string] | null => {
		const words = plain.trim().split(/\s+/);
		for (let n = Math.min(longest, words.length - 1); n >= 1; n--) {
			const head = words.slice(0, n).join(" ");
			const bare = head.replace(/\s*[:–—=-]$/, "");
			const rest = words.slice(n).join(" ").replace(/^[:–—=-]\s*/, "");
			const name = byName.get(bare.toLowerCase());
			if (name !== undefined && rest !== "") return [name, rest];
		}
		return null;
	};
	const headingAt = new Map(facts.note.headings.map((h) => [h.line, h]));
	const lines = [
		...facts.items.filter((i) => i.item.children.length === 0 && !i.mostlyLinks).map((i) => ({ line: i.line, plain: i.plain })),
		...[...facts.textByLine.values()].filter((l) => !l.mostlyLinks),
	];
	for (const { line, plain } of lines) {
		if (facts.sectionOf[line - 1] === "references") continue;
		let subject: string | null = null;
		let bullet = false;
		let rest = plain;
		// "SQS stores messages ..." / "SQS: a queue that ...": the line names its subject first.
		const m = opening(plain);
		if (m) [subject, rest] = m;
		// Else a line under a sub-heading that names the subject.
		const heading = subject === null ? facts.subjectAt(line) : null;
		if (heading !== null && groupOf.has(heading)) {
			// "AWS SDK (PutRecord / PutRecords batch)" under "### Producers" of "## Kinesis Data Streams" says
			// what it says only with its own heading, which the statement would drop (blind read 54).
			const own = headingAt.get(headingAbove(facts, line));
			const byHeading = own !== undefined && containsText(own.plain, heading);
			bullet = !byHeading && underBullet(facts, line, heading);
			if (own === undefined || byHeading || bullet) subject = heading;
		}
		// "KDS: many apps read the same data" under "SQS" says whose it is; "Firehose: ..." under "Data
		// Firehose" says its own name once more (blind read 105).
		const label = m === null && subject !== null ? nameLabel(plain) : undefined;
		if (label !== undefined && subject !== null) {
			if (!containsText(subject, label) && !containsText(label, subject)) continue;
			rest = plain.slice(label.length + 1).trim();
		}
		// "How they work:" leads into a list: it claims nothing itself.
		if (subject === null || plain.trim().endsWith(":") || finishesParent(facts, line)) continue;
		const group = groupOf.get(subject) ?? [];
		rest = stripEnd(rest.trim());
		if (wordCount(rest) < 3 || wordCount(rest) > 30 || stemProblem(rest) !== null) continue;
		// A line that names another member ("unlike SNS, SQS ...") compares them: swapping names would confuse;
		// one that names its own subject ("$0.50 per hosted zone" under "Hosted zones") would read false on sight once swapped.
		if (group.some((other) => other !== subject && containsText(rest, other)) || sharesName(rest, subject)) continue;
		const [first = "", second = "", third = ""] = rest.split(/\s+/);
		// "only reachable from inside the VPC": an adverb before an adjective is no verb phrase.
		const adverb = /^(?:only|never|always|also)$/i.test(first);
		const verb = adverb ? verbFirst(second, third) : verbFirst(first, second);
		out.push({ line, plain, subject, group, rest, verb, bullet });
	}
	return out;
}

/**
 * True when the item on `line` hangs right under a bullet that names `name` ("**NLB**" over "preserves
 * client source IP"). A twig under a branch of its own ("cached volumes" under "Volume Gateway") says
 * what it says of that branch only (blind read 63).
 */
function underBullet(facts: QuizFacts, line: number, name: string): boolean {
	const parent = parentItemAt(facts, line);
	return parent !== undefined && containsText(parent.plain, name);
}

/**
 * True when a line that starts with `word` (then `next`) is a verb phrase: "replaces physical tape".
 * "NFS + SMB" starts with an acronym, "millions of requests" and "profiles (one pod per microVM)"
 * with a noun (blind reads 22 and 23).
 */
function verbFirst(word: string, next: string): boolean {
	if (AUXILIARY.test(word)) return true;
	if (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word) || /^(?:of|\()/.test(next)) return false;
	return startsWithVerb(word.toLowerCase());
}

/**
 * True when a sub-heading titles a part of a lecture rather than a thing: "DNS refresher", "Random
 * reminders", "Keeping the repo tidy", "Multi-region / DR", "Stage 4 — Visualise: QuickSight", or
 * one plain word ("FIFO" beside "Standard queue" and "Visibility timeout"). Its siblings are the
 * lecture's other parts, which no "Which of these ...?" can set side by side (blind reads 22-24).
 */
function titlesAPart(name: string): boolean {
	if (isKnownService(name)) return false;
	const core = withoutParens(name).trim();
	return (
		/[:—–/&]/.test(core) ||
		/^\p{Lu}\p{Ll}+ing\b/u.test(core) ||
		wordCount(core) === 1 ||
		/\b(?:refresher|reminders?|random|misc|extras?|bonus|recap|review|odds|bits|leftovers|wrap-?up)\b/i.test(core) ||
		// "Design principles", "Change management", "Availability math": a whitepaper's chapters (blind read 54).
		/\b(?:principles|management|math|maths|concepts|fundamentals|best practices|takeaways|strategy|strategies)$/i.test(core)
	);
}

/** True when `text` uses every word of `name` ("hosted zone" for "Hosted zones"), plural or not. */
function sharesName(text: string, name: string): boolean {
	const words = (x: string) => x.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4).map((w) => w.replace(/s$/, ""));
	const own = new Set(words(text));
	const mine = words(name);
	return mine.length > 0 && mine.every((w) => own.has(w));
}

/**
 * True when the note says (nearly) `rest` of `subject` too, or gives it the same figure ("deletion
 * recovery window 7–30 days" of Secrets Manager beside "Key deletion waiting period 7–30 days" of KMS:
 * said of KMS, it is true, blind read 54).
 */
function saysTheSame(all: readonly SubjectLine[], subject: string, rest: string): boolean {
	return all.some((o) => o.subject === subject && (nearDuplicate(o.rest, rest) || containsText(o.rest, rest) || containsText(rest, o.rest) || givesEveryFigure(o.rest, rest)));
}

/**
 * True when a line of the note that names `name` gives every figure of `statement` too: a statement
 * about another service, said of `name`, may then be true ("KMS deletion recovery window 7–30 days"
 * where the note gives KMS keys a 7–30 day deletion wait, blind read 54).
 */
export function givesFiguresTo(facts: QuizFacts, name: string, statement: string): boolean {
	let lines = plainLines.get(facts);
	if (lines === undefined) plainLines.set(facts, (lines = [...facts.items.map((i) => i.plain), ...[...facts.textByLine.values()].map((l) => l.plain)]));
	return lines.some((l) => containsText(l, name) && !containsText(l, statement) && givesEveryFigure(l, statement));
}

/** The plain text of every item and text line of the note, gathered once per facts for `givesFiguresTo`. */
const plainLines = new WeakMap<QuizFacts, string[]>();


/** "Which of these can be nested up to five levels deep?": a group of three or more, verb lines only. */
export function matchingQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	const all = subjectLines(facts);
	for (const s of all) {
		// "Which of these writes to S3 Standard. Not straight to Glacier?": one sentence or none.
		if (s.group.length < 3 || !s.verb || s.bullet || /[.!?;]\s+\S/.test(s.rest)) continue;
		if (!oneKind(s.group) && s.group.some(titlesAPart)) continue;
		const prompt = `Which of these ${lowerFirst(s.rest)}?`;
		const wrong = rng.shuffle(s.group.filter((g) => g !== s.subject && !containsText(prompt, g) && !saysTheSame(all, g, s.rest)));
		const q = singleChoice("comparison", prompt, s.subject, wrong, `The note says this of ${s.subject}: ${quoteLine(s.line, s.plain)}`, { line: s.line, text: s.plain }, rng);
		if (q) out.push(q);
	}
	return out;
}

/** Aspects that services of a kind share: what a line labelled so says of one is often true of the others. */
const SHARED_ASPECT = /^(?:pay|pays|paid|charged|billed|multi-?account|multi-?region|cross-?(?:account|region)|organi[sz]ations?|delegated admin\w*|pricing|price|costs?|billing|free(?: tier| trial)?|regional|global|integrat\w*|findings?|encryption|logging|monitoring|compliance|quotas?|limits?)\b/i;

/** True/false with the subject kept or swapped for another member of its group. */
export function subjectSwapQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	const all = subjectLines(facts);
	for (const s of all) {
		// Never a member the note says the same of ("Supports encryption at rest" under both), and only
		// within a group of one kind: "Placement groups: buffer / cache / scratch only" (a line about the
		// instance store, said of the lecture's next topic) is false on sight, or no claim at all.
		// Never a service that is the subject's kin ("Aurora automated backups keep 1–35 days" is true too, blind read 58).
		const others = oneKind(s.group) || sidesOfTitle(facts, s.group) ? s.group.filter((g) => g !== s.subject && !saysTheSame(all, g, s.rest) && !couldBothFit(g, s.subject)) : [];
		// "Transit VIF: NOT internet access": what a thing is not is true of its neighbours as often as not (blind read 43).
		const negative = /^(?:not|no|never|without|can'?t|cannot|doesn'?t|don'?t|isn'?t)\b/i.test(s.rest.trim()) || /\bNOT\b/.test(s.rest);
		// "multi-account: delegated administrator via Organizations" under GuardDuty is as true of Inspector: an
		// aspect every service of a kind has says nothing that sets one apart (blind read 49).
		const shared = SHARED_ASPECT.test(s.rest.trim());
		// "Patch Manager: Operations: Scan vs Scan and Install" sets two things side by side and claims nothing (blind read 53).
		const said = s.rest.replace(/^[^:]{1,30}:\s*/, "");
		// "Endpoint policy too restrictive?": a checklist's question claims nothing (blind read 124).
		if ((/\bvs\.?\s/i.test(said) && wordCount(said) <= 6) || endsAsQuestion(s.plain)) continue;
		// "Default max 20 GSI / table" under "GSI - Global Secondary Index" names its own subject: said of LSI, it stays true (blind read 136).
		const own = s.subject.split(/\s+[-–—]\s+|\s*\(/)[0].trim();
		const selfNamed = own !== "" && containsWord(s.rest, own);
		const swap = !negative && rng.next() < 0.5 && !shared && !s.bullet && !selfNamed && others.length > 0;
		const who = swap ? others[rng.int(others.length)] : s.subject;
		// "SQS stores messages ...", or "Management account: pays the charges ..." (no verb agreement to get wrong).
		// "Aurora — Cluster layout: ...": a topic of the note's service says whose it is.
		const named = withService(facts, who);
		const statement = s.verb ? `${named}: ${lowerFirst(s.rest)}` : `${named}: ${s.rest}`;
		const explanation = swap ? `False: the note says this of ${s.subject}, not ${who}. ${quoteLine(s.line, s.plain)}` : `True. ${quoteLine(s.line, s.plain)}`;
		out.push(
			makeQuestion({
				kind: "true-false",
				prompt: `True or false: ${upperFirst(statement)}${/[.!?)]$/.test(statement) ? "" : "."}`,
				choices: ["True", "False"],
				answers: [swap ? "False" : "True"],
				multi: false,
				typed: false,
				explanation,
				source: { line: s.line, text: s.plain },
			}),
		);
	}
	return out;
}

/**
 * True when a group's members are things of one kind, so that a line about one, said of another,
 * is a claim a student can judge: services ("SQS", "SNS"), or names with one head noun ("S3 File
 * Gateway", "Volume Gateway"; "Standard queue", "FIFO queue"). Sub-headings of other kinds
 * ("Management account", "Service control policies") are told apart by their kind alone.
 */
export function oneKind(group: readonly string[]): boolean {
	if (group.every((g) => isKnownService(g))) return true;
	const head = (g: string): string => {
		const w = (withoutParens(g).trim().split(/\s+/).pop() ?? "").toLowerCase();
		return w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
	};
	const first = head(group[0] ?? "");
	return first.length >= 3 && group.every((g) => head(g) === first);
}

/** True when the group is the two sides an "X vs Y" note is about. */
function sidesOfTitle(facts: QuizFacts, group: readonly string[]): boolean {
	return group.length === 2 && /\s(?:vs\.?|versus)\s/i.test(facts.names.title) && group.every((g) => containsText(facts.names.title, g));
}
