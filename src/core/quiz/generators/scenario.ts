/**
 * scenario: "Choose **EKS** if:" with its child bullets gives "The org already uses Kubernetes and
 * needs portability (no vendor lock-in). Which service fits this scenario?", the child bullets
 * joined into one scenario sentence.
 *
 * Exam cues too: "If the exam mentions discovering PII in S3 → Macie", "Who changed what → Config,
 * not CloudTrail", "Unpredictable workload → Aurora Serverless v2" give "Scenario: discovering PII
 * in S3. Which service fits?", with the answers of the note's other cues (and, for a service, other
 * services) as the wrong choices: each cue answers a different situation.
 */

import { findServices, isServiceName } from "../../links/catalog";
import { choiceType } from "../choiceType";
import { makeQuestion, pickDistractors, singleChoice } from "../distractors";
import type { ItemFact, QuizFacts } from "../facts";
import { isKnownService, isSelf, mentions, namesOwnService, sameService, serviceTitle } from "../names";
import type { Rng } from "../random";
import { boldLeadOf, listPeers, optionPools, versusSidesAt } from "../leads";
import { mentionedIn, namesService } from "../mentioned";
import { catalogEntryOf, couldBothFit, headWord, isPartOf, optionsOverlap, sameCategory, sameOrPart, servicePools, styledLike } from "../services";
import { choiceKey, containsWord, lowerFirst, orList, quoteLine, splitSentences, stripEnd, upperFirst, withoutAsides, wordCount } from "../text";
import type { Question } from "../types";
import { sidePools } from "./comparison";
import { matchCase } from "./fillBlank";
import { branchContext } from "../headings";
import { useCaseQuestions } from "./whichService";
import { echoes } from "../terms";
import { tableQuestions } from "./tables";
import { isModelName, isNamedOption, isNameLike, listForm, readsAsClause, versusPeer } from "../optionForms";
import { tablePeers, tablesOf } from "../tables";
import { practiceCues, scenarioBlockCues } from "../practice";
import { familyChoices } from "../optionFamilies";
import { asksANeed, COSTS_LESS, distinctWords, examCue, leadingService, looksLikeCue, onlyTraits, saysItsName, SETS_APART, type ExamCue } from "../cues";

export { examCue, looksLikeCue, type ExamCue };

const CHOOSE = [
	/^(?:choose|use|pick|select|prefer|go with|consider|opt for)\s+(.{1,60}?)\s+(?:if|when|for)\s*:?$/i,
	/^when to (?:use|choose|pick)\s+(.{1,60}?)\s*:?$/i,
	/^(.{1,60}?)\s+(?:is best|fits best|is the right choice|is the best choice)\s+(?:if|when)\s*:?$/i,
];

/** The option a "Choose X if:" bullet is about, or null. Exported for the table tests. */
export function chosenOption(text: string): string | null {
	const t = text.trim();
	for (const re of CHOOSE) {
		const m = re.exec(t);
		if (m) {
			// "Choose Kinesis over SQS if:": the option is Kinesis.
			const x = stripEnd(m[1].replace(/\s+(?:over|instead of|rather than)\s+.*$/i, "")).trim();
			if (x !== "" && x.split(/\s+/).length <= 6) return x;
		}
	}
	return null;
}

const SUBJECT = /^(?:the|a|an|your|you|we|our|their|they|it|its|this|that|these|those|there|my|i|team|teams|company|companies|organi[sz]ations?|org|orgs|customers?|users?|developers?|workloads?|apps?|applications?)\b/i;
const BASE_VERB = /^(?:want|need|require|prefer|have|use|run|expect|plan|must|already)\b/i;

/**
 * Join the child bullets into one scenario sentence: "The org already uses Kubernetes and needs
 * portability." A bullet without a subject gets one ("Needs X" → "The team needs X", "Want X" →
 * "You want X"); anything else is introduced as "Scenario: ...".
 */
export function scenarioSentence(parts: readonly string[]): string | null {
	const clean = parts.map((p) => stripEnd(p.trim())).filter((p) => p !== "");
	if (clean.length === 0) return null;
	const [first, ...rest] = clean;
	let lead: string;
	const firstWord = first.split(/\s+/)[0] ?? "";
	// "Producers and consumers must ...": a plural noun, not a verb, starts the bullet.
	const nounFirst = /^\p{L}+s\s+(?:and|or|must|are|need|should|can|have|were|will)\b/iu.test(first);
	if (SUBJECT.test(first) || nounFirst) lead = upperFirst(first);
	else if (BASE_VERB.test(first)) lead = `You ${lowerFirst(first)}`;
	else if (/^\p{L}+[^s]s$/u.test(firstWord) && /^\p{Lu}/u.test(firstWord)) lead = `The team ${lowerFirst(first)}`;
	else lead = `Scenario: ${lowerFirst(first)}`;
	const tail = rest.map(lowerFirst);
	let sentence = lead;
	if (tail.length === 1) sentence += ` and ${tail[0]}`;
	else if (tail.length > 1) sentence += `, ${tail.slice(0, -1).join(", ")}, and ${tail[tail.length - 1]}`;
	return `${sentence}.`;
}

/** scenario questions: one per "Choose X if:" bullet with children, one per exam cue, one per use case. */
export function scenarioQuestions(facts: QuizFacts, rng: Rng): Question[] {
	return [...choiceQuestions(facts, rng), ...cueQuestions(facts, rng), ...useCaseQuestions(facts, rng), ...tableQuestions(facts, rng, "scenario")];
}

/** One question per "Choose X if:" bullet with children. */
function choiceQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	const parents: { item: ItemFact; option: string }[] = [];
	for (const item of facts.items) {
		const option = chosenOption(item.plain);
		if (option !== null && item.item.children.length > 0) parents.push({ item, option });
	}
	const options = parents.map((p) => p.option);
	for (const { item, option } of parents) {
		const self = isSelf(facts.names, option);
		const kids = item.item.children
			.map((i) => facts.itemByIndex.get(i)?.plain ?? "")
			.filter((t) => t !== "" && !containsWord(t, option) && !(self && mentions(facts.names, t)));
		const sentence = scenarioSentence(kids);
		if (sentence === null) continue;
		const service = self || isKnownService(option);
		const prompt = `${sentence} Which ${service ? "service" : "option"} fits this scenario?`;
		const pools = sidePools(facts, option, rng);
		const wrong = pickDistractors([option], [options, ...pools], 3, rng, {
			same: couldBothFit,
			prompt,
			exclude: (c) => containsWord(prompt, c) || (self && isSelf(facts.names, c)),
		});
		const q = singleChoice(
			"scenario",
			prompt,
			option,
			wrong,
			`${quoteLine(item.line, item.plain)} is followed by: ${kids.map((k) => stripEnd(k)).join("; ")}.`,
			{ line: item.line, text: item.plain },
			rng,
		);
		if (q) out.push(q);
	}
	return out;
}

/**
 * Pairs of answers a note gives as one another's alternative, "→ Fargate (or AWS Batch on Fargate)": in
 * any scenario keyed by one, the other is no wrong choice (blind read 73).
 */
function alternativesIn(lines: readonly { plain: string }[]): [string, string][] {
	const out: [string, string][] = [];
	for (const { plain } of lines) {
		for (const m of plain.matchAll(/(?:→|->|=>)\s*([^()→,;]+?)\s*\(\s*or\s+([^()]+?)(?:\s+on\s+[^()]+)?\s*\)/gi)) out.push([m[1].trim(), m[2].trim()]);
	}
	return out;
}

/** scenario questions from exam cues (see the module comment). */
export function cueQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	// A paragraph of prose may hold its cue in one sentence of several.
	const lines: { line: number; plain: string }[] = [
		...facts.items.map((i) => ({ line: i.line, plain: i.plain })),
		...[...facts.textByLine.values()].flatMap((l) => {
			const sentences = splitSentences(l.plain);
			return sentences.length < 2 ? [{ line: l.line, plain: l.plain }] : sentences.map((plain) => ({ line: l.line, plain }));
		}),
	];
	// "managed data warehouse -> OLAP, not OLTP" under an Overview heading is shorthand, no cue: a line that
	// does not say it is one ("If the exam says") is a cue only outside it (blind read 21).
	const cueSection = (line: number): boolean => facts.sectionOf[line - 1] !== "overview";
	const alternatives = alternativesIn(lines);
	const cues = [...lines.map((l) => ({ ...l, cue: examCue(l.plain) })).filter((c): c is { line: number; plain: string; cue: ExamCue } => c.cue !== null && (c.cue.lead || cueSection(c.line))), ...tableCues(facts), ...practiceCues(facts), ...scenarioBlockCues(facts)];
	// Notes write services short in cues ("→ Config, not CloudTrail"): "AWS Config" is the service.
	// "AWS resources resolve on-prem domains" starts like a service and is a clause.
	// A service is one the catalog knows, the note's own, or an "Amazon X"/"AWS X" name: "SCP" or
	// "Aurora Serverless v2" are options of a service (of Organizations, of Aurora), not services, and
	// "ELB + ASG" is two.
	const isService = (a: string): boolean =>
		// An alias that names a feature ("SCP" on the Organizations note) is an option, not a service.
		(isSelf(facts.names, a) && (sameService(a, facts.names.title) || isServiceName(a) || namesOwnService(facts.names, a))) || (!readsAsClause(a) && !/[+&/]/.test(a) && (findServices(a).length === 1 || (choiceType(a) === "service" && isKnownService(a))));
	const isCue = (item: ItemFact): boolean => examCue(item.plain) !== null;
	const mentioned = mentionedIn(facts);
	const ownWords = new Set(facts.names.all.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
	ownWords.add("amazon").add("aws");
	const notOwn = (name: string): string =>
		name
			.split(/\s+/)
			.filter((w) => !ownWords.has(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")))
			.join(" ");
	// Options no list of the note names ("Backtrack", "Aurora cloning", "Aurora Global Database" in a
	// course note's cues): the note's other cue options stand against each other, as the exam sets a
	// service's features against each other. Two at least, or none.
	// An option a list or table of the note names ("Worker tier" among the environment tiers) keeps to
	// its kind, even when its list is too short (blind read 7).
	const unlisted = (a: string): boolean => listPeers(facts, listForm(facts, a, isCue), isCue) === null && tablePeers(facts.note, a) === null;
	// "Nightly ETL from RDS → S3 / Redshift" names two services, no option (blind read 61).
	const services = (a: string): number => a.split(/\s*(?:\/|\bor\b|,)\s*/).filter((part) => isService(part)).length;
	const cueOptions = cues.map((c) => c.cue.answer).filter((a) => !isService(a) && wordCount(a) <= 4 && !readsAsClause(a) && unlisted(a) && services(a) < 2);
	const optionsOrCueOptions = (pools: string[][], answer: string): string[][] => {
		if (pools.flat().length > 0 || !unlisted(answer)) return pools;
		// "Deep Archive" stands against the other storage classes, the ones the note names first.
		const family = familyChoices(facts, answer);
		if (family !== null) return family;
		// "JSON" (a format) or "InvalidObjectState" (an error code) beside "Express" and "Distributed Map" is ruled out by its kind (blind reads 46, 47).
		const kind = (a: string): string => (/^(?:json|yaml|xml|csv|tsv|parquet|orc|avro|hcl)$/i.test(a) ? "format" : /^(?:\p{Lu}\p{Ll}+){3,}$/u.test(a) ? "code" : "option");
		const others = cueOptions.filter((a) => choiceKey(a) !== choiceKey(answer) && kind(a) === kind(answer));
		return others.length >= 2 ? [others] : pools;
	};
	for (const { line, plain, cue: written } of cues) {
		// "no built-in automatic rotation → that's Secrets Manager" explains a lack of the service above (blind read 53).
		if (/^(?:no|not|lacks?|without)\s[^→]*(?:→|->)\s*(?:that['’]?s|that is|it['’]?s|this is)\s/i.test(plain)) continue;
		// "→ SNS topic as the alarm action", "→ SNS fan-out": the service the answer opens with is the key.
		// So does "→ [[Amazon GuardDuty]] findings", a service by its vendor but not a service's name.
		const lead = leadingService(written.answer, isService);
		// An option of the note's lists ("Cognito user pools" among the pool types) stays an option.
		const asOption = listForm(facts, written.answer, isCue);
		const cue = lead !== null && (!isNamedOption(asOption, facts, line) || optionPools(facts, asOption, isCue).flat().length === 0) ? { ...written, answer: lead } : written;
		const service = isService(cue.answer) || (cue.not !== null && isService(cue.not));
		// An option as its list writes it: "S3 Glacier Deep Archive" is the list's "Glacier Deep Archive".
		// "→ GA" in the Global Accelerator note: the note's initials, asked by its name.
		const initials = service && /^\p{Lu}{2,4}$/u.test(cue.answer) && namesOwnService(facts.names, cue.answer) && !sameService(cue.answer, facts.names.title);
		const answer = initials ? facts.names.short : service ? cue.answer : listForm(facts, cue.answer, isCue);
		// An option that is not a service must be a named thing ("Standard", "Run Command", "FIFO"),
		// not a sentence ("visibility timeout too short"), which other cues' answers cannot stand against.
		if (!service && !isNamedOption(answer, facts, line)) continue;
		// "need sub-second dashboards -> Redshift / OpenSearch" in the Athena note: two services, each a right
		// answer, and no option of the note's service (blind read 28).
		if (!service && services(answer) >= 2) continue;
		// Asides name the answer's own terms ("(identity pool)" is Cognito's): they give it away. One that
		// states a requirement ("durable primary DB (Redis API)") is what sets the answer apart: without it
		// DynamoDB fits too, so such a cue is not asked (blind read 127).
		if (/\([^()]*\b(?:API|compatible|only|required|must)\b[^()]*\)/i.test(cue.situation)) continue;
		const situation = withoutAsides(cue.situation).replace(/\s*[.!?]+$/, "");
		if (!asksANeed(situation, cue.lead, (part) => isService(part) || isKnownService(part)) || saysItsName(situation, answer) || (service && onlyTraits(situation))) continue;
		// An option ("Standard", "Provisioned concurrency") belongs to something: the prompt names it.
		// In a note about two services ("EBS & EFS"), the one the line's heading names.
		const about = facts.subjectAt(line);
		// A branch of a decision tree ("Will I change instance family / region, or also run Fargate?") names services, and is none (blind read 137).
		const named = about === null ? null : serviceTitle(about);
		const owner = facts.isService && !facts.combined ? facts.names.short : named !== null && isKnownService(named) && wordCount(named) <= 5 && !/[,/?]/.test(named) ? named : null;
		// Under "CloudFront vs Global Accelerator", "non-HTTP or static IPs → Global Accelerator" chooses
		// between the two: against other services, an NLB would fit too (blind read 11). The question
		// names the two sides, and they are its choices.
		// So does "Point example.com at an ALB → Alias record" when a table compares Alias with CNAME.
		const versus = service ? null : versusPeer(facts, answer);
		const peers = service ? null : (tablePeers(facts.note, answer) ?? (versus === null ? null : [versus]));
		const sides = service ? versusSidesAt(facts, line) : peers?.length === 1 ? [answer, peers[0]] : null;
		const side = sides?.length === 2 ? sides.findIndex((x) => sameService(x, answer)) : -1;
		if (sides !== null && side !== -1) {
			// Both sides as the note names them ("EBS or EFS"), not one as the cue wrote it ("EBS or Amazon EFS").
			const [key, other] = [sides[side], sides[1 - side]];
			const choices = rng.shuffle([key, other]);
			const prompt = `Scenario: ${lowerFirst(situation)}. Which fits, ${orList(choices)}?`;
			out.push(makeQuestion({ kind: "scenario", prompt, choices, answers: [key], multi: false, typed: false, explanation: quoteLine(line, plain), source: { line, text: plain } }));
			continue;
		}
		// "Microsecond read latency → DAX" on the DynamoDB note is about DynamoDB: without it, MemoryDB
		// would fit too (blind read 11). A part of the note's service is asked with the service named.
		const within = service && owner !== null && !isSelf(facts.names, answer) && isPartOf(answer, facts.names.title);
		const asked = service ? "Which service fits?" : owner !== null ? `Which ${owner} option fits?` : "Which option fits?";
		// "many DB conns → RDS Proxy" under "VPC" in a Lambda mind map: a fragment of four words or fewer needs whose it is (blind read 26).
		// "share the hub across accounts → RAM" on the Transit Gateway note: which hub? (blind read 62)
		const refers = service && !isSelf(facts.names, answer) && /\bthe\s+(?!same\b|other\b|most\b|least\b|best\b|first\b|last\b|whole\b|entire\b|exam\b|question\b)\p{Ll}{3,}/u.test(situation);
		// "Scenario (Kinesis Data Streams): decoupling w/ per-message delete" for SQS names the wrong service:
		// a cue keyed to a service the exams set against the note's, or that rules the note's out ("→ Client
		// VPN, not DX"), is no situation of the note's service (blind reads 98, 99); "many DB conns → RDS
		// Proxy" in the Lambda note is one.
		const other = service && !isSelf(facts.names, answer) && ((cue.not !== null && isSelf(facts.names, cue.not)) || facts.confusableServices.some((c) => sameService(c, answer)));
		// Nor, when the note's own service is the answer, its name in front ("Scenario (AWS Elastic Disaster
		// Recovery): ... Which service fits?" for DRS; blind read 128).
		// "Dashboards on top → QuickSight" in the Athena note: on top of the note's service, which is named however the answer stands to it (blind read 147).
		const dangling = /\b(?:on top|in front|behind it|with it|on it|for it|of it|to it)\s*$/i.test(situation);
		// "Not for storing big blobs → S3", "Not a fit if you need replay → Kinesis": what the note's service is not for, whatever the length (blind read 149).
		const negated = owner !== null && !isSelf(facts.names, answer) && /^(?:not (?:for|a fit|good|great|ideal|meant)|don'?t use it|avoid it)\b/i.test(situation);
		const terse = !within && !cue.lead && (situation.split(/\s+/).length <= 4 || refers) ? branchContext(facts, line, (other && !dangling) || (service && isSelf(facts.names, answer)) ? null : owner) : null;
		const front = within || terse !== null ? (terse ?? owner) : negated ? owner : null;
		const prompt = front !== null
			? `Scenario (${front}): ${lowerFirst(situation)}. ${asked}`
			: cue.lead && situation.split(/\s+/).length < 3
				? `A question mentions ${situation}. ${asked}`
				: `Scenario: ${lowerFirst(situation)}. ${asked}`;
		// Wrong choices for a service: the one the cue rules out, then the services the exams set against it
		// and the best-known of its category; other cues' services of the same kind last.
		// Wrong choices for an option: the other options of the list that names it ("Worker tier" among
		// the environment tiers), never services, nor the other cues' options: those answer other needs
		// ("Global tables" and "On-demand mode" against "GSI"), so a student rules them out on sight
		// (blind reads 7 and 8). An option no list of the note names is not asked.
		// "Batch" in the AWS Batch note is the note's service; alone, the word is no catalog name (blind read 37).
		const [near, prominent] = service ? servicePools(isSelf(facts.names, answer) && catalogEntryOf(answer) === null ? facts.context.title : answer) : [[], []];
		const known = near.length + prominent.length > 0;
		const alike = cues.map((o) => o.cue.answer).filter((a) => isService(a) && (!known || sameCategory(a, answer) || near.some((l) => sameService(l, a))));
		// Of the services the exams set against it, those the note describes too come first: the note
		// tells them apart ("Lambda@Edge" against "CloudFront Functions", not plain "Lambda"), in the
		// order the exams pair them.
		const styled = styledLike(answer, near);
		const told = styled.filter(mentioned);
		const untold = styled.filter((n) => !mentioned(n));
		const pools = service
			? [cue.not && isService(cue.not) ? styledLike(answer, [cue.not]) : [], ...told.map((n) => [n]), untold, styledLike(answer, alike), known ? styledLike(answer, prominent) : sidePools(facts, answer, rng).flat()]
			: [cue.not !== null && wordCount(cue.not) <= 4 && !readsAsClause(cue.not) ? [upperFirst(cue.not)] : [], ...optionsOrCueOptions(optionPools(facts, answer, isCue), answer)];
		// "Stored" (volumes) is a mode of Volume Gateway: against it, both are right; against "Tape
		// Gateway", the kind tells them apart. Only options under the same lead stand beside it.
		const parent = service ? null : boldLeadOf(facts, answer);
		// "plain config / cheap → Parameter Store": a price sets apart services that could do each other's job,
		// and the one the student must rule out is such a service (Secrets Manager, blind reads 45 and 46).
		const byCost = service && COSTS_LESS.test(situation);
		const wrong = pickDistractors([answer], pools, 3, rng, {
			anyType: true,
			same: byCost ? sameOrPart : couldBothFit,
			apart: sameOrPart,
			prompt,
			// Another cue with the same situation would be a second right answer; a choice in the stem gives itself away.
			// A choice that contains the answer ("install the CloudWatch agent" for "CloudWatch agent"), or is
			// contained in it, says the same thing: a second right answer.
			exclude: (c) =>
				!isNameLike(c) ||
				// A service against settings ("Delete on Termination", "Ephemeral") is told by its form (blind read 16).
				(service && !isKnownService(c) && choiceType(c) !== "service") ||
				containsWord(prompt, c) ||
				(service && namesService(prompt, c)) ||
				// "→ Athena (+ QuickSight)": a service the line puts beside the answer is part of it, unless it is the trap it names (blind read 138).
				(service && namesService(plain, c) && !(cue.not !== null && sameService(c, cue.not))) ||
				containsWord(c, answer) ||
				containsWord(answer, c) ||
				// An option of which the answer's line is often true too ("every use of the key is logged":
				// SSE-KMS and DSSE-KMS alike).
				(!service && optionsOverlap(c, answer)) ||
				cues.some((o) => o.cue.answer === c && o.cue.situation === cue.situation) ||
				alternatives.some(([a, b]) => (sameOrPart(a, answer) && sameOrPart(b, c)) || (sameOrPart(b, answer) && sameOrPart(a, c))) ||
				(parent !== null && boldLeadOf(facts, c) !== parent),
		});
		// "Cheapest way to store config values, no rotation needed → Parameter Store" in the Secrets Manager
		// note: the note's own service is what the line sets the answer against, the wrong choice students
		// most need to rule out, even where the two could do the same job (blind read 19).
		// So is the trap the line names ("→ Secrets Manager, not Parameter Store"), which could do the job but is not the line's answer.
		// Only where the situation says what sets them apart (cost, effort, a feature not needed): "run a
		// Docker app without managing servers → Beanstalk (not Lambda)" fits Lambda too (blind read 9).
		const setApart = service && SETS_APART.test(situation);
		const noteOwn = setApart && facts.isService && !facts.combined && !isSelf(facts.names, answer) ? styledLike(answer, [facts.names.short])[0] : undefined;
		const trap = setApart && cue.not !== null && isService(cue.not) ? styledLike(answer, [cue.not])[0] : undefined;
		for (const forced of [noteOwn, trap]) {
			if (forced === undefined || !couldBothFit(forced, answer) || sameService(forced, answer) || wrong.some((c) => sameService(c, forced)) || containsWord(prompt, forced)) continue;
			wrong.splice(0, wrong.length, forced, ...wrong.slice(0, 2));
		}
		// A service has many services to stand against: four choices or none. An option stands against the
		// other options of its kind only, so three choices of one kind beat four with a service among them.
		if (service && wrong.length < 3) continue;
		// A service's own name in the situation gives it away: "resource config history" for AWS Config
		// (blind read 13). Its first word counts ("Config", "FSx"), less the note's own service, which the
		// prompt names anyway ("DynamoDB Accelerator" on the DynamoDB note); an option's words stay (a
		// cue such as "empty responses while polling → Long polling" is how the exam itself words it).
		// The note's own service as the key is not named by the prompt: its own word gives it away ("track
		// config history" for AWS Config on the Config note, blind read 20).
		const head = (name: string): string => (isSelf(facts.names, name) ? headWord(name) : headWord(notOwn(name)));
		if (service && echoes(situation, head(answer)) && !wrong.some((c) => echoes(situation, head(c)))) continue;
		// An option's own word gives it away the same way: "backup sw uses tape" for Tape Gateway among
		// the other gateways (blind read 15). The words the choices share ("Gateway") count for none.
		const own = (c: string): string => distinctWords(c, [answer, ...wrong]);
		// So does a part of the note's service by the word that sets it apart ("Windows, SMB" for FSx for Windows File Server, blind read 140).
		if ((!service || isPartOf(answer, facts.names.title)) && echoes(situation, own(answer)) && !wrong.some((c) => echoes(situation, own(c)))) continue;
		// "Scenario (Amazon FSx): ..." with "FSx for Lustre" the only FSx among the choices: the name in front
		// gives a part of the note's service away when no other part stands against it (blind read 24), as
		// "Scenario (RDS): ..." does "RDS Proxy" (blind read 134).
		const frontHead = front === null ? "" : headWord(front);
		if (frontHead !== "" && containsWord(answer, frontHead) && !wrong.some((c) => containsWord(c, frontHead))) continue;
		// Options as names, all capitalised: a lone lower-case "cloning" among "Backtrack" and "Aurora
		// Serverless v2" would stand out.
		const key = service || isModelName(answer) ? answer : upperFirst(answer);
		const q = singleChoice("scenario", prompt, key, service ? wrong : matchCase(wrong, key), quoteLine(line, plain), { line, text: plain }, rng);
		if (q) out.push(q);
	}
	return out;
}

/** The exam cues of "Scenario | Answer" tables, each row read as "situation → answer". */
function tableCues(facts: QuizFacts): { line: number; plain: string; cue: ExamCue }[] {
	const out: { line: number; plain: string; cue: ExamCue }[] = [];
	for (const table of tablesOf(facts.note)) {
		if (table.shape !== "cues") continue;
		for (const row of table.rows) {
			const [situation, answer] = row.cells;
			if (!situation || !answer) continue;
			// The table says each row is a cue: a short situation ("Decouple producers") is one too.
			const cue = examCue(`If the exam mentions: ${situation} → ${answer}`);
			if (cue !== null) out.push({ line: row.line, plain: `${situation} → ${answer}`, cue });
		}
	}
	return out;
}
