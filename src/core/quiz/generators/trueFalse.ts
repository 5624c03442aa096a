/**
 * true-false: a statement from the note as written (true), or with one term swapped for another of
 * the same slot (false): a list's opening term for a neighbouring one ("Standard tier" for "Advanced
 * tier"), a service for a service. Comparisons ("ECS = ..., EKS = ...") are swapped side for side,
 * which is false by the note's own words.
 */

import { trueFalseQuestion as question } from "../distractors";
import { namesService, setAgainst } from "../mentioned";
import { couldBothFit, jobMates, optionsOverlap, sameCategory, servicePools, styledLike } from "../services";
import { namesAThing, textWithMarker, type QuizFacts } from "../facts";
import { isKnownService, isSelf, sameService } from "../names";
import { sample, type Rng } from "../random";
import { BLANK, choiceKey, clean, containsText, containsWord, isBaseVerb, isDate, lowerFirst, lowerTerm, quoteLine, splitSentences, startsWithVerb, stripEnd, upperFirst, withoutWarningLabel, wordCount, wordsBeforeFigure } from "../text";
import { blankGivesAway, endsARange, fixArticle, isRange, nearQuantity, plainSlice, restated, sameQuantity, termShape } from "../terms";
import type { Question } from "../types";
import { endsAsQuestion, sentenceWith, stemProblem, workedOut } from "../stems";
import { parseEqualsPairs } from "./comparison";
import { isGeneric } from "./selectAll";
import { listMember, namesAMistake, opensItsLine, siblingTerms, topicLabel } from "../leads";
import { answersHeading, finishesParent, isProcedureStep, subjectOf, withContext, withLabel } from "../headings";
import { givesFiguresTo, subjectSwapQuestions } from "./subjects";
import { tableQuestions } from "./tables";
import { contrastQuestions } from "./contrasts";
import { claimsSomething, continuesAbove, hasVerb, IT, MIN_WORDS, paragraphSentences, putName, runsOn } from "../prose";
import { isKeyTerm } from "../keyTerms";
import { isExamQuestion } from "../cues";

const MARK = "\uE004";
/** Terms looked at for a swap: bounded, so that a note with hundreds of terms stays linear. */
const SAMPLE = 60;
/**
 * "SWF is legacy; new orchestration = Step Functions": what is old, replaced or on its way out is
 * often true of the service swapped in as well ("Data Pipeline is legacy" is true too: a wrong key,
 * blind read 19). Services on such lines are never swapped.
 */
const LEGACY = /\b(?:legacy|deprecated|outdated|old(?:er)? (?:way|service|option)|superseded|replaced (?:by|with)|successor|end of (?:life|support)|maintenance mode|no longer|retired|discontinued|closed to new)\b/i;

/** A comparison right before a figure: "> ~", "under", "at least", "within". */
const BOUND_BEFORE = /(?:[<>≤≥]=?|\b(?:under|below|over|above|more than|less than|fewer than|greater than|at least|at most|within|beyond|exceeds?|exceeding))\s*[~≈]?\s*$/i;

/** A figure that carries its bound: "< 30 sec", "up to 15 min". */
const BOUND_TERM = /^\s*(?:[<>≤≥~≈]|up to\b|under\b|over\b|max\b|min\b)/i;

const LOWER_VERBS =
	/^(?:is|are|has|can|uses|runs|supports|provides|stores|keeps|sends|creates|allows|lets|gives|makes|needs|requires|offers|handles|scales|encrypts|replicates|routes|delivers|works|acts|operates|listens|terminates|forwards|integrates|connects|charges|bills|retains|caches)$/;

/** "Runs vanilla upstream Kubernetes" → "Amazon EKS runs vanilla upstream Kubernetes": Details bullets often drop the subject. */
export function withSubject(statement: string, subject: string): string {
	if (subject === "") return statement;
	const first = statement.split(/\s+/)[0] ?? "";
	// "Runs ..." lacks its subject; so does "uses GENEVE ...", but "organizations ..." is a noun (only common verbs count).
	const lowerVerb = /^\p{Ll}/u.test(first) && LOWER_VERBS.test(first);
	// "Savings Plans - commit to ...", "Findings go to ...": a word in -ings is a noun, not a verb.
	if (!startsWithVerb(first.toLowerCase()) || !(/^\p{Lu}\p{Ll}/u.test(first) || lowerVerb) || /ings$/.test(first)) return statement;
	return `${subject} ${lowerFirst(statement)}`;
}

/** The figures a text says: "1, 2, 5 or 10 minutes" says 1, 2, 5 and 10. */
const figures = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];

/** "/month", "per day", "a year" after a figure: the figure is a rate over that span. */
const RATE_AFTER = /^\s*(?:\/|per\s+|an?\s+)(?:month|mo|day|year|yr|week|hour|hr)\b/i;

/** The unit a figure is written in, without its plural: "750 hrs" → "hr". */
function unitOf(figure: string): string {
	return (figure.toLowerCase().match(/[a-z]+/)?.[0] ?? "").replace(/s$/, "");
}

interface Swappable {
	start: number;
	end: number;
	/** The text shown in the line. */
	original: string;
	/** Replacements, best first. */
	pool: string[];
	/** The first `best` of `pool` are the likeliest of the same slot type (a sibling bullet's term, then a term sharing a word): tried first. */
	best: number;
	/** True for links and services: compared with `sameService`. */
	service: boolean;
	/** For a link: the linked note's name (the shown text may be an alias). */
	name?: string;
}

/**
 * "Where must the certificate be created? us-east-1" (a flashcard) asks and answers, and "triggers
 * (pre sign-up, post confirmation, ...)" leaves its list open: neither states something to judge.
 */
export function asksAndAnswers(text: string): boolean {
	// "Scenario: EC2 must reach S3 privately → Answer: S3 gateway endpoint", "Q: ... A: ...": an exam question with its answer.
	// "Endpoint policy too restrictive?": a checklist's question claims nothing either (blind read 124).
	return /\?\s+\S/.test(text) || endsAsQuestion(text) || /\.\.\.|…/.test(text) || isExamQuestion(text);
}

/**
 * true-false questions: one per statement line that has a term to swap (a key term or a link);
 * the seed decides whether it is asked as written (true) or with the term swapped (false).
 */
export function trueFalseQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	const terms = facts.bold.filter(isKeyTerm);
	// Every statement the note makes, so that a swapped statement that the note also makes is not called false.
	const known = new Set<string>();
	for (const it of facts.items) known.add(choiceKey(it.plain));
	for (const l of facts.textByLine.values()) for (const sentence of splitSentences(l.plain)) known.add(choiceKey(sentence));
	const statementLines: Statement[] = [];
	// The Overview's definition asked as true/false is a copy of the note's first line, not worth a
	// question (which-service asks it); the other sections hold the facts to judge.
	for (const it of facts.items) {
		if (it.section !== "details" && it.section !== "examTips") continue;
		// "See [[Amazon S3]], [[Amazon EBS]] and [[Amazon EFS]]" states nothing: swapping a name in it is no question.
		if (it.plain.endsWith(":") || it.item.children.length > 0 || it.mostlyLinks) continue;
		const parent = it.item.parent !== -1 ? facts.itemByIndex.get(it.item.parent) : undefined;
		if ((parent !== undefined && (parent.plain.endsWith(":") || finishesParent(facts, it.line))) || listMember(facts, it)) continue;
		// A bullet under a short label ("Multi-Region secrets") is about the label, not about the
		// note's service: "Handy for DR" alone would be attributed to the wrong thing.
		const generic = parent !== undefined && isGeneric(parent.plain);
		const label = parent !== undefined && !generic && namesAThing(parent.plain) && stemProblem(parent.plain) === null ? stripEnd(parent.plain) : undefined;
		if (parent !== undefined && !generic && label === undefined && !startsWithName(it.plain)) continue;
		if (!asksAndAnswers(it.plain)) statementLines.push({ line: it.line, plain: it.plain, label, step: isProcedureStep(facts.note, it.item) });
	}
	for (const l of facts.textByLine.values()) {
		// A paragraph of prose holds a claim per sentence, each a statement of its own; in an Overview,
		// all but the definition the which-service questions ask.
		const overview = l.section === "overview";
		if (l.section !== "details" && l.section !== "examTips" && !overview) continue;
		if (l.plain.endsWith(":") || l.mostlyLinks || asksAndAnswers(l.plain)) continue;
		// A wrapped paragraph's line: its first sentence began on the line above, its last goes on below (reads 77, 88).
		const sentences = paragraphSentences(facts, l.line, l.plain);
		const first = continuesAbove(facts, l.line) ? 1 : 0;
		const last = runsOn(facts, l.line) ? sentences.length - 1 : sentences.length;
		if (first > 0 || last < sentences.length) {
			if (!overview) for (const sentence of sentences.slice(first, last)) statementLines.push({ line: l.line, plain: l.plain, sentence });
			continue;
		}
		if (sentences.length < 2 && overview) continue;
		if (sentences.length < 2) statementLines.push({ line: l.line, plain: l.plain });
		// The note's definition (its first Overview sentence) is asked by which-service.
		else for (const sentence of sentences.slice(overview && l === facts.overviewLines[0] ? 1 : 0)) statementLines.push({ line: l.line, plain: l.plain, sentence });
	}
	// "Right: destinations are for async calls": the mark of a correction is no part of a statement, in a bullet or a paragraph (blind read 134).
	for (const s of statementLines.sort((a, b) => a.line - b.line)) s.plain = withoutWarningLabel(s.plain);
	const vaultServices = [...facts.links.map((l) => l.name), ...facts.otherServices];

	const leadTerms = new Set<string>();
	for (const b of terms) if (opensItsLine(facts, b)) leadTerms.add(b.term);
	for (const s of statementLines) {
		// A sentence of a paragraph is quoted alone: the paragraph's other sentences are not what is asked.
		const source = { line: s.line, text: s.sentence?.text ?? s.plain };
		const quote = quoteLine(s.line, source.text);
		// "X = a, Y = b": swap the descriptions.
		const pairs = parseEqualsPairs(s.plain);
		if (pairs.length >= 2) {
			// Named sides only ("Standard = ..., FIFO = ..."), not phrases ("lose 3 = still reads"); a description
			// that says "=" or names another side ("... → Resilience Hub = plan/assess") is no one side's (read 86).
			if (stemProblem(s.plain, { arrows: true }) !== null || !pairs.every((p) => /^[\p{Lu}\p{N}]/u.test(p.name))) continue;
			if (pairs.some((p) => /\s=\s/.test(p.description) || pairs.some((o) => o !== p && containsWord(p.description, o.name)))) continue;
			// "TTL = how long it stays cached, Default TTL = 24 h": one side is a kind of the other, whose description holds for both (read 104).
			if (pairs.some((p) => pairs.some((o) => o !== p && containsWord(o.name, p.name)))) continue;
			const i = rng.int(pairs.length);
			const j = (i + 1 + rng.int(pairs.length - 1)) % pairs.length;
			// "is a NoSQL database", "is used to route events"; a bare phrase keeps the note's "=" ("DynamoDB =
			// in-memory cache"), where "is in-memory cache" would be broken English.
			const is = (d: string): string => {
				const first = d.split(/\s+/)[0] ?? "";
				if (isBaseVerb(first)) return `is used to ${d}`;
				return /^(?:a|an|the|one|its|their|for|used|not|only)$/i.test(first) || /^\d/.test(first) ? `is ${d}` : `= ${d}`;
			};
			if (rng.next() < 0.5) out.push(question(`${pairs[i].name} ${is(pairs[j].description)}`, false, `False: the note says ${pairs[i].name} = ${pairs[i].description}. ${quote}`, source));
			else out.push(question(`${pairs[i].name} ${is(pairs[i].description)}`, true, `True. ${quote}`, source));
			continue;
		}
		// "~ also Network Firewall attach (newer)": a note added to the line above, no statement of its own (read 104).
		// "CLI: aws rds switchover-global-cluster": a command names no claim either (blind read 127); nor
		// a sum worked out ("5,000/s × 2,628,000 s = 13,140 M units") or a worked example's inputs ("Ex 1 – 5,000 records/s", read 131).
		const plain = s.plain.trim();
		if (wordCount(plain) < MIN_WORDS || /^(?:[~≈+&]|also\b)/i.test(plain) || /^(?:[^:]{1,20}:\s*)?`?(?:aws|kubectl|eksctl|sam|cdk|docker)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?`?\.?$/.test(plain) || workedOut(plain) || /^(?:ex\.?|example)\s*\d+\s*[:–—-]/i.test(plain)) continue;
		const legacy = LEGACY.test(s.plain);
		// The statement's line as written: every term and link asked about below is on it.
		const raw = facts.note.lines[s.line - 1] ?? "";
		let swappables: Swappable[] = [];
		for (const t of terms) {
			if (t.line !== s.line || isDate(t.term) || (s.sentence !== undefined && !containsWord(s.sentence.text, t.term))) continue;
			const service = isKnownService(t.term);
			// The term a line opens with ("**Standard tier**: free ...") is swapped only for a term that
			// opens a neighbouring line the same way ("Advanced tier"): the same slot for sure.
			if (opensItsLine(facts, t)) {
				// "Security: encryption at rest ..." said of "Backups" is garbled, not false: category labels and
				// topics ("Pricing", "High availability") name no thing, never swapped in or out (`topicLabel`).
				if (topicLabel(t.term)) continue;
				// "**GSI** (global secondary index): ..." said of LSI keeps the gloss of GSI: "LSI (global
				// secondary index)" contradicts itself, false on sight.
				if (/^\s*\(\s*\p{L}/u.test(plainSlice(facts.note.lines[t.line - 1] ?? "", t.end, t.end + 6))) continue;
				const siblings = siblingTerms(facts, s.line).filter((o) => o !== t.term && !topicLabel(o) && !optionsOverlap(o, t.term));
				swappables.push({ start: t.start, end: t.end, original: t.term, pool: siblings, service, best: siblings.length });
				continue;
			}
			// Other terms of the note are no slot of this one: "execution role" swapped for "at creation", or
			// "Distributed Map" for "JSONata", makes a statement that is garbled, not false (blind read 7).
			// Services are swapped for services; other terms only where a list gives the slot (above).
			// A figure is swapped for another of the note's figures of the same kind ("14 days" for "4 days",
			// "256 KB" for "400 KB"): a different value of the same unit, which prose notes have more of than
			// bold terms.
			const shape = termShape(t.term);
			if (!service && (shape === "time" || shape === "size")) {
				// An end of a range ("from 512 MB to 10 GB") swapped for another figure gives a range that runs
				// backwards or still holds: false on sight, or not false at all.
				// A figure restated in other units ("24 hours (86,400 seconds)") gives itself away when swapped.
				// So is "3 years" in "1 or 3 years", whose unit the "1" shares ("1 or 60 days", blind read 44).
				if (endsARange(raw, t.start, t.end) || restated(raw, t.start, t.end) || /\d\s*(?:or|and|,|\/)\s*$/.test(plainSlice(raw, Math.max(0, t.start - 12), t.start))) continue;
				// "bigger files (> ~128 MB)", "lag way under 100 ms": a bound holds for many other figures too
				// ("> ~10 MB" is still true), so the swap is no false statement (blind read 28).
				// So is a figure that carries its bound ("< 30 sec" swapped for "15 sec" still holds, blind read 99).
				if (BOUND_BEFORE.test(plainSlice(raw, Math.max(0, t.start - 24), t.start)) || BOUND_TERM.test(t.term)) continue;
				const figures = sample(rng, terms, SAMPLE)
					// Figures of the note's statements, not of cards or callouts it reads past.
					// Never the same amount in other units ("10,240 MB" for "10 GB" leaves the statement true), nor a
					// range for a single figure ("lag under 1 to 35 days"); "Bulk within 48 hrs" keeps its words, never "30 days" (read 52).
					.filter((o) => o.line !== s.line && (facts.itemByLine.has(o.line) || facts.textByLine.has(o.line)) && termShape(o.term) === shape && choiceKey(o.term) !== choiceKey(t.term))
					// Nor one that carries its bound ("ready in about < 100 ms").
					.filter((o) => !BOUND_TERM.test(o.term) && !sameQuantity(o.term, t.term) && nearQuantity(o.term, t.term) && isRange(o.term) === isRange(t.term) && wordsBeforeFigure(o.term) === wordsBeforeFigure(t.term))
					// "750 hrs/month" swapped for "60 days/month": a rate keeps its unit, or it is false on sight (blind read 106).
					.filter((o) => !RATE_AFTER.test(plainSlice(raw, t.end, t.end + 12)) || unitOf(o.term) === unitOf(t.term))
					.map((o) => o.term);
				if (figures.length > 0) swappables.push({ start: t.start, end: t.end, original: t.term, pool: figures, service: false, best: figures.length });
				continue;
			}
			if (!service || setAgainst(raw, t.start) || legacy) continue;
			const pool = sample(rng, terms, SAMPLE)
				// Of the same kind: "Profiler runs on EC2/containers/Secrets Manager" is false on sight (blind read 87).
				.filter((o) => o.line !== s.line && isKnownService(o.term) && !leadTerms.has(o.term) && sameCategory(o.term, t.term))
				.map((o) => o.term);
			swappables.push({ start: t.start, end: t.end, original: t.term, pool, service, best: 0 });
		}
		for (const link of facts.links) {
			if (link.line !== s.line || legacy) continue;
			// "Unlike [[RDS]], DynamoDB has no joins": any other service the line is set against makes a
			// statement as true ("Unlike Aurora DSQL, ..."), so the foil is never swapped.
			if (setAgainst(raw, link.start)) continue;
			// "An Application Load Balancer ([[ELB|ALB]])": a gloss of the name before it, which any other
			// service would contradict on sight ("An Application Load Balancer (AWS AppSync)").
			// "[[ELB]] (ALB/NLB)": names in parentheses after the link are its own kinds, which another service contradicts (blind read 151).
			if ((/\(\s*$/.test(raw.slice(0, link.start)) && /^\s*\)/.test(raw.slice(link.end))) || /^\s*\(\s*\p{Lu}[\p{Lu}\d]+(?:\s*[/,]\s*\p{Lu}[\p{Lu}\d]+)*\s*\)/u.test(raw.slice(link.end))) continue;
			// "(see [[AWS PrivateLink]])", "(no drivers, nice with [[AWS Lambda]])": an aside, no claim of the line (blind reads 96, 139).
			if ((raw.slice(0, link.start).match(/\(/g) ?? []).length > (raw.slice(0, link.start).match(/\)/g) ?? []).length) continue;
			// "the [[AWS Glue]] Data Catalog": the link starts a longer name, and another service in its place
			// names nothing that exists ("the Amazon QuickSight Data Catalog"), false by its form alone.
			if (/^\s+\p{Lu}\p{Ll}+/u.test(raw.slice(link.end))) continue;
			// "send messages to [[SQS]] and [[SNS]]": one of a list of services, which notes rarely give in
			// full; another service in its place may belong there too ("... to EventBridge and SNS" is true); "[[EC2]] in ASG, [[ECS]] tasks" too (read 62).
			// "Compare: [[Site-to-Site VPN]] (quick, encrypted), [[Global Accelerator]] (...)" too, after the gloss (blind read 151).
			const next = raw.slice(link.end).replace(/^\s*\([^()]*\)/, "");
			if (/(?:,|\band|\bor|\/|&)\s*$/i.test(raw.slice(Math.max(0, link.start - 6), link.start)) || /^\s*(?:,|and\b|or\b|\/|&)/i.test(next.slice(0, 6)) || (/^(?:\s+[\p{L}\d-]+){1,2}(?:\s*[,/&]|\s+(?:and|or)\b)/iu.test(raw.slice(link.end, link.end + 24)) && raw.includes("[[", link.end))) continue;
			const shown = raw.slice(link.start, link.end);
			if (s.sentence !== undefined && !containsWord(s.sentence.text, clean(shown))) continue;
			// Only the services the exams set against the link's ("logged by AWS Config" for CloudTrail): a service
			// of another kind ("logged by Amazon RDS", "encrypted with an AWS Directory Service key") is false on
			// sight (blind read 14). Without such a service, the link is asked as written.
			// Then the vault's own services of the link's category (sibling notes, other links).
			const [like] = servicePools(link.name);
			const kin = vaultServices.filter((v) => sameCategory(v, link.name) && !sameService(v, link.name));
			if (like.length + kin.length === 0) continue;
			// Never a service that could do the same job ("queried with Redshift" for Athena, "on-prem" Outposts for EKS
			// Anywhere), the note's own service, or one the line already names ("Beanstalk and SAM build on CloudFormation"
			// would read "CloudFormation and SAM build on CloudFormation").
			const jobMate = jobMates(raw, link.name);
			const fits = (c: string): boolean => !couldBothFit(c, link.name) && !jobMate(c) && !isSelf(facts.names, c) && !namesService(s.plain, c);
			const near = styledLike(link.name, like).filter(fits);
			swappables.push({ start: link.start, end: link.end, original: clean(shown), pool: [...near, ...kin.filter(fits)], service: true, name: link.name, best: near.length });
		}
		// "put your own CloudFront in front", "behind an ALB": where a service sits, others sit as well (blind read 105).
		const placed = (sw: Swappable): boolean => sw.service && (/^[*\]]*\s+in front\b/i.test(raw.slice(sw.end)) || /\bbehind\s+(?:an?\s+|the\s+)?[*[]*$/i.test(raw.slice(0, sw.start)));
		swappables = swappables.filter((sw) => !placed(sw));
		if (swappables.length === 0) {
			// Only in a note about a service (or under a heading naming a thing): an exam-overview or study
			// note states advice ("Eliminate options that are not highly available"), not facts; and not a
			// step ("1. someone calls an API" under "How it works" is true by being one).
			if ((!facts.isService && facts.subjectAt(s.line) === null) || s.step === true) continue;
			// Nothing of the same slot to swap: the statement is asked as written (true). The quiz keeps
			// true and false balanced, so these stand in only beside false ones.
			// A whole sentence with a verb ("Reads are eventually consistent by default"), not a fragment
			// ("Isolated clusters per VPC") nor one resting on an example ("e.g. on tables with millions of items").
			// A line with any sentence that talks about the student or the exam ("I keep picking Multi-AZ
			// for read scaling. Wrong: ...") is commentary throughout.
			const sentences = s.sentence !== undefined ? [s.sentence.resolved] : splitSentences(s.plain);
			if (sentences.some((x) => stemProblem(x) !== null)) continue;
			const sentence = sentences.find(
				(x) => wordCount(x) >= MIN_WORDS && !/\bvs\.?\s|\be\.g\.|\bi\.e\.|\bfor example\b|\bsuch as\b/i.test(x) && claimsSomething(x) && hasVerb(x),
			);
			if (sentence === undefined || (s.label === undefined && answersHeading(facts, s.line, sentence)) || namesAMistake(facts, s.line, sentence)) continue;
			const statement = s.label !== undefined ? withLabel(facts, s.line, s.label, sentence) : withContext(facts, s.line, withSubject(sentence, subjectOf(facts, s.line)), false);
			out.push(question(statement, true, `True. ${quote}`, source));
			continue;
		}
		// One sentence of the line, the one with the term: a paragraph makes a statement nobody can judge at once.
		const chosen = swappables[rng.int(swappables.length)];
		const own = sentenceOf(facts, s.line, chosen);
		// The term may stand in another sentence of the paragraph too: only this statement's sentence is asked.
		if (own !== null && s.sentence !== undefined && choiceKey(own) !== choiceKey(s.sentence.text)) continue;
		const sentence = resolved(s, own);
		// "Lambda (VPC + access point)" states nothing once its parentheses are set aside; "Dedicated IPs vs shared IP
		// pools" compares; "[[Lambda]] via the Parameters and Secrets extension" has no verb to call false (blind read 13).
		if (sentence === null || wordCount(sentence.replace(/\([^)]*\)/g, " ")) < MIN_WORDS || stemProblem(sentence) !== null || /\bvs\.?\s/i.test(sentence) || !claimsSomething(sentence) || !(hasVerb(sentence) || startsWithVerb((sentence.split(/\s+/)[0] ?? "").toLowerCase()))) continue;
		// Never with the FAQ heading it answers ("What kinds of keys are there? Symmetric = ...", blind read 36).
		if (s.label === undefined && answersHeading(facts, s.line, sentence)) continue;
		const found = rng.next() < 0.5 ? falseVersion(facts, s.line, chosen, known, rng) : null;
		const swap = found === null ? null : { ...found, statement: resolved(s, found.statement) ?? found.statement };
		if (swap !== null) {
			// The subject is added only when the line's own first word is kept ("Parsers and ..." is not a verb).
			const statement = s.label !== undefined ? withLabel(facts, s.line, s.label, swap.statement) : withContext(facts, s.line, swap.atStart ? swap.statement : withSubject(swap.statement, subjectOf(facts, s.line)), false);
			out.push(question(statement, false, `False: the note says "${swap.original}", not "${swap.replacement}". ${quote}`, source));
		} else {
			out.push(question(s.label !== undefined ? withLabel(facts, s.line, s.label, sentence) : withContext(facts, s.line, withSubject(sentence, subjectOf(facts, s.line)), false), true, `True. ${quote}`, source));
		}
	}
	// Lines about one of several named things: kept, or said of another of them.
	out.push(...subjectSwapQuestions(facts, rng));
	out.push(...contrastQuestions(facts, rng));
	out.push(...tableQuestions(facts, rng, "true-false"));
	return out;
}

/** True when a bullet opens with a name of its own ("Aurora Replicas ...", "**FIFO** queues ..."), so it can stand without its parent. */
function startsWithName(text: string): boolean {
	// An acronym ("KMS keys ...") or two capitalised words ("Aurora Replicas ..."); "Handy for DR" is no name.
	return /^(?:\p{Lu}{2,}[\p{L}\p{N}-]*|\p{Lu}[\p{Ll}\p{N}-]+\s+\p{Lu}[\p{L}\p{N}-]*)(?:\s|$)/u.test(text) && !/^(?:The|A|An|It|They|This|These|Those|Its|Their)\s/.test(text);
}

/** A line to make a statement from; for a paragraph, one of its sentences. */
interface Statement {
	line: number;
	plain: string;
	label?: string;
	/** The sentence of a paragraph this statement is made from, and the name its "It" stands for. */
	sentence?: { text: string; resolved: string; it: string | null };
	/** A numbered step of a procedure ("How it works"): asked only with a term swapped or kept. */
	step?: boolean;
}

/** A statement made from `s`, with its sentence's "It" put as `paragraphSentences` did. */
function resolved(s: Statement, statement: string | null): string | null {
	const it = s.sentence?.it ?? null;
	return statement === null || it === null || !IT.test(statement) ? statement : putName(statement, it);
}

/** The sentence of the line that holds the term, as written. */
function sentenceOf(facts: QuizFacts, line: number, swap: Swappable): string | null {
	const text = textWithMarker(facts, line, swap.start, swap.end, MARK);
	if (text === null) return null;
	const sentence = sentenceWith(text, MARK);
	return sentence === null ? null : clean(sentence.split(MARK).join(swap.original));
}

/** The line with one term swapped for a plausible wrong one, or null when none fits. */
function falseVersion(
	facts: QuizFacts,
	line: number,
	swap: Swappable,
	known: Set<string>,
	rng: Rng,
): { statement: string; original: string; replacement: string; atStart: boolean } | null {
	const whole = textWithMarker(facts, line, swap.start, swap.end, MARK);
	const text = whole === null ? null : sentenceWith(whole, MARK);
	if (text === null || text.split(MARK).length !== 2 || swap.original === "") return null;
	const rest = text.split(MARK).join(" ");
	// "Encrypt with SSE-KMS (AWS KMS)": the sentence names the service again, so a swap ("SSE-KMS
	// (AWS Directory Service)") is false on sight.
	if (swap.service && namesService(rest, swap.name ?? swap.original)) return null;
	// "a [[CloudFront]] distribution": a noun only the service has; "a Transit Gateway distribution" is
	// false by its form (blind read 14).
	if (swap.service && blankGivesAway(text.split(MARK).join(BLANK), swap.name ?? swap.original)) return null;
	const tried = new Set<string>();
	// The likeliest replacements first (in a seeded order), then a few of the others.
	const order = [...rng.shuffle(swap.pool.slice(0, swap.best)), ...rng.shuffle(swap.pool.slice(swap.best)).slice(0, 12)];
	for (const r of order) {
		if (tried.has(r)) continue;
		tried.add(r);
		if (choiceKey(r) === choiceKey(swap.original) || (swap.service && sameService(r, swap.name ?? swap.original))) continue;
		if (swap.service && swap.name !== undefined && sameService(r, swap.original)) continue;
		if (containsText(rest, r) || containsText(rest, swap.original) || (swap.service && givesFiguresTo(facts, r, rest))) continue;
		// "1, 2, 5 or 10 minutes" for "5 min": a list of figures, one of them the original, keeps it true (blind read 128).
		if (figures(swap.original).length === 1 && figures(r).length >= 2 && figures(r).includes(figures(swap.original)[0])) continue;
		// A lone lower-case word ("automatic", "encrypted") is swapped only for another lone word, and
		// a lower-case phrase ("strongly consistent") never for a name or an acronym ("SRR").
		if (/^\p{Ll}[\p{L}-]*$/u.test(swap.original) && !/^[\p{L}-]+$/u.test(r)) continue;
		if (!swap.service && /^\p{Ll}/u.test(swap.original) && !/^\p{Ll}/u.test(r)) continue;
		// A concept takes the case of its position (capitalised at the start); a service keeps its name.
		const [before, after] = text.split(MARK);
		const word = swap.service ? r : before.trim() === "" ? upperFirst(r) : lowerTerm(r);
		// "a" before a plural reads wrong whatever the article: "move to a standard queues".
		if (/(?:^|\s)an?\s*$/i.test(before) && /[^s]s$/i.test(word)) continue;
		const statement = clean(`${fixArticle(before, word)}${word}${after}`);
		if (known.has(choiceKey(statement))) continue;
		return { statement, original: swap.original, replacement: r, atStart: before.trim() === "" };
	}
	return null;
}
