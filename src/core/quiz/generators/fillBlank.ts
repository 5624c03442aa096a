/**
 * fill-blank: a Details, Exam Tips or Overview line with one bold key term blanked
 * ("AWS manages the ____ (API servers, etcd, etc.)."). Answered by typing (checked leniently) or
 * by choosing among other bold terms of the note; `choices: []` when there are too few of them.
 */

import { makeQuestion, pickDistractors } from "../distractors";
import { couldBothFit, optionsOverlap, servicePools, styledLike } from "../services";
import { namesAThing, textWithMarker, type QuizFacts } from "../facts";
import { GENERIC_TERM, isKeyTerm, saysForeignWord, VAGUE_TERM } from "../keyTerms";
import { namesTheLayer } from "../answer";
import { alsoAccepted } from "../accepts";
import { branchLabel, parentItemAt, withContext, withLabel } from "../headings";
import { opensItsLine, siblingTerms } from "../leads";
import { glossNamesKey, isSelf, isKnownService, namesOwnService } from "../names";
import { findService } from "../../links/catalog";
import { sample, type Rng } from "../random";
import { choiceType } from "../choiceType";
import { BLANK, choiceKey, containsText, containsWord, splitSentences, lowerTerm, isBaseVerb, startsWithBaseVerb, startsWithVerb, quoteLine, stripEnd, upperFirst, withoutAsides, wordCount } from "../text";
import { showsInitials, spellsOutAcronym } from "../acronyms";
import { blankGivesAway, echoes, echoStems, groupByLikeness, sameOrder, sharedWords, termShape } from "../terms";
import { datedTrivia, freeTrial, MNEMONIC_END, inCalculation, labelsCommand, namesTheStatus, ruledOutExample, oneOfOpenList, showsItsPair, showsTwinAcronym, sentenceWith, spellsKey, stemProblem } from "../stems";
import type { Question } from "../types";
import { examCue } from "./scenario";
import { isExamQuestion } from "../cues";
import { isGeneric } from "./selectAll";
import { tableQuestions } from "./tables";
import { continuesAbove, runsOn } from "../prose";

const MARK = "\uE000";
/** Terms looked at when ranking wrong choices: bounded, so that a note with hundreds of terms stays linear. */
const SAMPLE = 60;

/** A comparative that measures a thing against others: "cheaper", "more durable", "lower latency". */
export const COMPARES = /\b(?:cheaper|pricier|costlier|overkill|faster|slower|lower|higher|bigger|smaller|larger|longer|shorter|better|worse|more|less|fewer)\b/i;

/**
 * Give wrong choices the answer's initial case ("Long polling" next to "visibility timeout" would
 * point at the answer). Names and acronyms keep theirs (see `lowerFirst`). Duplicates made by the
 * change are dropped.
 */
export function matchCase(wrong: readonly string[], answer: string): string[] {
	const lower = /^\p{Ll}/u.test(answer);
	const upper = /^\p{Lu}/u.test(answer);
	const out: string[] = [];
	const keys = new Set([choiceKey(answer)]);
	for (const w of wrong) {
		const c = lower ? lowerTerm(w) : upper ? upperFirst(w) : w;
		const k = choiceKey(c);
		if (keys.has(k)) continue;
		keys.add(k);
		out.push(c);
	}
	return out;
}

/** "R53 has ____": a verb that leaves open what follows. */
const OPEN_VERB = /\b(?:has|have|is|are|was|were|gives|offers|provides|supports|includes|uses|needs)$/i;

/** "custom policy rule", "execution class": a few words of a kind, with no verb, preposition, figure or separator. */
function namesOnlyAKind(after: string): boolean {
	const words = after.trim().split(/\s+/).filter((w) => w !== "");
	return words.length > 0 && words.length <= 3 && words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !startsWithVerb(w) && !/^(?:for|of|to|in|on|with|by|from|per|at|via|and|or)$/.test(w));
}

/**
 * True when a key can be asked by typing: a short name, a figure or a term of at most three words
 * ("root user", "Dead-letter queue", "14 days"). A phrase ("EBS snapshots and EBS-backed AMIs"), an
 * aside ("grace time (at least 72 hours)") or a lone lower-case word ("expire", "invalid") has too
 * many right ways to say it, or reads as grammar, not AWS.
 */
export function typeable(term: string): boolean {
	const t = term.trim();
	// "Guest / unauthenticated", "TCP/UDP": two names for one answer, typed either way or both.
	if (wordCount(t) > 3 || /[(),;]|\s(?:and|or)\s|\p{L}\s*\/\s*\p{L}/iu.test(t)) return false;
	// "changing application code": an action, not a term, is typed a dozen right ways (blind read 16);
	// "cost allocation tags" is a term.
	if (wordCount(t) >= 2 && /^\p{Ll}+ing\s+\p{Ll}/u.test(t)) return false;
	// "full capacity maintained", "Cluster mode disabled": a state put in words, said other ways (blind reads 36, 43).
	if (wordCount(t) >= 3 && /^\p{L}[\p{Ll}\s-]+ed$/u.test(t)) return false;
	// "whole env", "Physical device": a kind of thing in everyday words, said a dozen ways (blind read 151).
	if (saysForeignWord(t) || /^(?:whole|entire|full|complete)\s|^\p{L}[\p{Ll}-]*\s+(?:device|thing|stuff|box|appliance)s?$/u.test(t)) return false;
	return wordCount(t) >= 2 || /^[\p{Lu}\p{N}]/u.test(t) || /\d/.test(t);
}

/** fill-blank questions: one per key term on Overview, Details and Exam Tips lines. */
export function fillBlankQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	const terms = facts.bold.filter(isKeyTerm);
	const plainTerms = terms.filter((b) => !isKnownService(b.term)).map((b) => b.term);
	const serviceTerms = terms.filter((b) => isKnownService(b.term)).map((b) => b.term);

	// Words of the service's full name that its acronym hides: the same for every term of the note.
	const hiddenName = fullNameOf(facts);
	for (const b of terms) {
		if (b.section !== "details" && b.section !== "examTips" && b.section !== "overview") continue;
		const item = facts.itemByLine.get(b.line);
		if (item !== undefined && item.plain.trim().endsWith(":")) continue;
		// "**Storage**: [[Amazon S3]], [[Amazon EBS]]" would blank a label in a list of names.
		if ((item ?? facts.textByLine.get(b.line))?.mostlyLinks === true) continue;
		const plainLine = item !== undefined ? item.plain : facts.textByLine.get(b.line)?.plain;
		if (plainLine === undefined) continue;
		// "Scenario: app needs 10 min of boot → Answer: warm pool": an exam question written out (blind read 20).
		if (isExamQuestion(plainLine)) continue;
		// An exam cue ("Needs a manual approval step → **callback pattern**") is asked as a scenario: neither
		// its answer nor a word of its situation is a blank ("Load streaming data ... with the ____ → Firehose").
		// An arrow to a consequence ("removes node management → pay per pod") is no cue: its words stay.
		// "**AWS owned keys** -> used internally, free": a bold term opening its line before an arrow is
		// defined by what follows, like "**X**: ...", not a cue (blind read 28).
		const defined = opensItsLine(facts, b) && DEFINING_ARROW.test(plainLine.slice(plainLine.indexOf(b.term) + b.term.length));
		const cue = defined ? null : examCue(plainLine);
		if (cue !== null && (containsText(cue.answer, b.term) || isKnownService(cue.answer) || /^["“]/.test(plainLine.trim()))) continue;
		const whole = textWithMarker(facts, b.line, b.start, b.end, MARK);
		const one = whole === null ? null : sentenceWith(whole, MARK);
		// "Automated backups: continuous to S3. Retention is ____": a later sentence keeps the line's label (blind read 62), its aside left out (read 105).
		// Not where the sentence has a label of its own, nor a note's marker ("why:", "Trap:").
		const lead = one !== null && whole !== null && !whole.startsWith(one) && !/^[^:]{1,40}:\s/.test(one) ? /^([^:.!?(]{2,40}?)(?:\s*\([^)]*\))?:\s/.exec(whole)?.[1] : undefined;
		const label = lead !== undefined && !GENERIC_TERM.test(lead.replace(/[*_]/g, "").trim()) && stemProblem(`${lead}: ${one ?? ""}`) === null ? lead : undefined;
		const text = label !== undefined && one !== null ? `${label}: ${one}` : one;
		const parts = text === null ? [] : text.split(MARK);
		if (text === null || parts.length !== 2) continue;
		// A sentence a wrapped paragraph runs into from the line above, or on into the next, is cut (blind read 88).
		if (item === undefined && whole !== null && one !== null && ((whole.startsWith(one) && continuesAbove(facts, b.line)) || (whole.endsWith(one) && runsOn(facts, b.line)))) continue;
		const [before, after] = parts;
		// A blank inside a word ("400,000 GB____-s" from "GB-s") is no term of its own (blind read 15).
		if (/[\p{L}\p{N}]$/u.test(before) || /^-?[\p{L}\p{N}]/u.test(after)) continue;
		// "Advanced → paid, 100,000 params, ____, param policies": a blank alone between commas says
		// nothing of what it measures (blind read 15).
		if (/(?:^|[,;(→])\s*$/.test(before) && /^\s*(?:[,;)→]|$)/.test(after)) continue;
		// "must be a ____ key (AWS managed keys can't be shared)": an aside that rules the other option out
		// gives the key away (blind read 21). It goes; the line still says what is asked.
		// So does the student's gloss right after the blank when it says the key again: "Apache Spark
		// (PySpark / Scala)", "TCP only (no UDP)", "$0.025/hr (~$18/mo)" (blind reads 25 and 26).
		let prompt = `${before}${BLANK}${withoutGloss(defined ? after.replace(DEFINING_ARROW, " – ") : after, b.term)}`.replace(RULES_OUT, "");
		// "gp3/____" or "____/io2": one of a pair written together, guessed from the other.
		if (/\/\s*$/.test(before) || /^\s*\//.test(after)) continue;
		// "columnar formats (____, ORC)": one example of a list in brackets, and any other example fits too;
		// so does "for example after ____" (blind read 14).
		if (inBracketedList(text, MARK) || oneOfOpenList(text, MARK) || /\b(?:for example|for instance|e\.g\.|such as|like)\s+(?:\S+\s+){0,3}$/i.test(before)) continue;
		if (text.endsWith(":") || stemProblem(prompt, { arrows: true }) !== null) continue;
		// A child of "Worker nodes can be:" needs its parent to make sense.
		const parent = parentItemAt(facts, b.line);
		// So does a bullet under a short label ("Multi-Region secrets: handy for DR with ____").
		// One label at most: "Compute environment: the capacity: Unmanaged: ____" stacks fragments.
		if (/^[^:]{1,40}:\s/.test(prompt) && parent !== undefined && parent.plain.endsWith(":")) continue;
		const labelled = parent !== undefined && (parent.plain.endsWith(":") || (namesAThing(parent.plain) && !isGeneric(parent.plain))) && !/^[^:]{1,40}:\s/.test(prompt);
		if (labelled && parent !== undefined) {
			if (stemProblem(parent.plain) !== null) continue;
			prompt = withLabel(facts, b.line, stripEnd(parent.plain), prompt);
		}
		// A mind map's branch ("payload" over "sync → ____ req / resp", "**NACL** → stateless" over "must
		// allow ____ return traffic") says what its twigs are about (blind read 26).
		const branch = !labelled && parent !== undefined ? branchLabel(parent.plain) : null;
		if (branch !== null) prompt = withLabel(facts, b.line, branch, prompt);
		// Enough words around the blank, parentheses and the subject added below not counted:
		// "____ — dev/test" or "____: AMQP 0-9-1" asks nothing.
		if (wordCount(prompt.split(BLANK).join(" ").replace(/\([^)]*\)/g, " ")) < 3) continue;
		// "min ____" under "pipeline": the line's own words say too little, whatever label is put in front (blind read 37).
		if (wordCount(`${before} ${after}`) < 2) continue;
		// "**Guard** custom policy rule": a name and what kind of thing it is claims nothing, and any
		// other custom rule ("Lambda") fills the blank as well (blind read 35).
		if (before.trim() === "" && /^\p{Lu}/u.test(b.term) && namesOnlyAKind(after)) continue;
		// 'alarm → "CPU > 80% for ____"': a figure inside a quoted example is any figure (blind read 41).
		if ((before.match(/["“”]/g) ?? []).length % 2 === 1 && /\d/.test(b.term)) continue;
		// "____ guarantee it: ..." for "Provisioned capacity units": what "it" is, the line above says (blind read 38).
		if (before.trim() === "" && /^\s*\p{Ll}+\s+(?:it|them|this|that|these|those)\b/iu.test(after)) continue;
		// "size: 40 MB (v2 API, SMTP), ____ (v1 API)" once the aside is dropped, "Others: OpsCenter, Explorer, ...,
		// ____ (feature flags)": the last of a list, told from the others by nothing left (blind reads 36 and 37);
		// "hosted zone ≈ $0.50/month; R53 has ____": a clause of two words around the blank asks anything.
		const ends = /,\s*$/.test(before) && /^\s*[.;]?\s*$/.test(prompt.slice(prompt.indexOf(BLANK) + BLANK.length));
		if (ends && (withoutAsides(before).split(",").length > 2 || (/^\s*\(/.test(after) && termShape(b.term) !== "term"))) continue;
		const clause = prompt.split(/;\s+/).find((part) => part.includes(BLANK)) ?? prompt;
		if (clause.trimEnd().endsWith(BLANK) && wordCount(clause.replace(BLANK, " ")) <= 2 && OPEN_VERB.test(clause.replace(BLANK, "").trimEnd())) continue;
		// A line that does not name what it is about ("Advanced costs $3,000 a month") gets its subject.
		// One whose label is the blank, another service ("____: each message processed by one consumer"
		// for SQS in the Kinesis note), is about that service, not the note's (blind read 25).
		const otherLabel = before.trim() === "" && /^\s*(?:[:=–—]|->|→)/.test(after) && isKnownService(b.term) && !isSelf(facts.names, b.term);
		if (!labelled && branch === null && !otherLabel) prompt = withContext(facts, b.line, prompt);
		// "Elastic Beanstalk — ...: ____ vs OpsWorks" for "EB": the prompt names the note's service the key abbreviates (read 140).
		// "the URL gets the permissions of ____": a line that goes on from the one above, with nothing to say which URL (read 39).
		if (containsText(prompt, b.term) || (namesOwnService(facts.names, b.term) && facts.names.all.some((n) => containsText(prompt, n))) || /^the\s/.test(before)) continue;
		// "EC2 — Lambda: max 15 min: ____ sync payload": a limit used as a label, under another, reads as broken text (blind read 39).
		const labels = prompt.slice(0, prompt.indexOf(BLANK)).split(/:\s|\s—\s/);
		if (labels.length >= 3 && /\b(?:max|min|up to|limit|default)\s*[<>≤≥]?\s*\d/i.test(labels[labels.length - 2])) continue;
		// A bare category word ("**Security** – Shield, WAF ...") is a label, not a term worth asking for.
		if (GENERIC_TERM.test(b.term) || VAGUE_TERM.test(b.term)) continue;
		if (notATerm(b.term)) continue;
		// "encrypted at rest w/ KMS": a description of five words or more, not a term, has many wordings (blind read 40).
		if (/^\p{Ll}/u.test(b.term) && wordCount(b.term) >= 5) continue;
		// A paragraph's sentence is quoted alone, as it is asked.
		const sentence = `${before}${b.term}${after}`;
		const source = { line: b.line, text: splitSentences(plainLine).length > 1 && containsText(plainLine, sentence) ? sentence : plainLine };

		const service = isKnownService(b.term);
		// Wrong choices that fit the blank as well as the key: the opening terms of the neighbouring
		// lines for a line's opening term, terms sharing a word with the key, figures of the same unit.
		// Anything else would stand out by form, so with fewer than two the blank is typed.
		const siblings = opensItsLine(facts, b) ? siblingTerms(facts, b.line) : [];
		const [near, same] = groupByLikeness(b.term, sample(rng, plainTerms, SAMPLE));
		const shape = termShape(b.term);
		const figure = shape === "time" || shape === "size";
		// "____ in AWS Organizations push plans": the verb says whether the answer is plural.
		const agrees = verbShowsNumber(prompt);
		const wrong = pickDistractors(
			[b.term],
			service
				? // Written the way the key is: "ALB" among "NLB" and "GWLB", not among spelled-out names.
					[...servicePools(b.term), serviceTerms, facts.otherServices, facts.catalogServices, facts.moreServices].map((pool) => styledLike(b.term, pool))
				: [siblings, near.filter((c) => !/\bvs\.?\b/i.test(c) && (!(figure || shape === "rate") || sameUnits(c, b.term, shape))), figure ? same.filter((c) => sameUnits(c, b.term, shape)) : []],
			3,
			rng,
			{
				same: service ? couldBothFit : (c, a) => choiceKey(c) === choiceKey(a) || optionsOverlap(c, a),
				prompt,
				// "Choose at creation" (an instruction) next to "Lifecycle management" (a thing) is ruled out by its form.
				// A sentence ("Pay per query, by data scanned.") is no term; a plural among singulars after "____ push
				// plans" is told apart by grammar alone.
				exclude: (c) =>
					isSelf(facts.names, c) ||
					containsText(prompt, c) ||
					GENERIC_TERM.test(c) ||
					startsWithBaseVerb(c) !== startsWithBaseVerb(b.term) ||
					(!service && (/[.!?]$/.test(c) || wordCount(c) > 6 || notATerm(c))) ||
					(agrees && isPlural(c) !== isPlural(b.term)),
			},
		);
		// The line's own words ("____ — standardize tag keys/values"); the subject put in front names no choice.
		const own = `${before} ${after}`;
		// Typed, a stem that echoes the key ("limits per query or per workgroup" for Workgroups, "____, not
		// real time" for near real time) gives it away whatever the wrong choices (blind read 14).
		if (echoes(own, b.term) && (wrong.length < 2 || !wrong.some((c) => echoes(own, c)))) continue;
		// "____ — software bill of materials" for "SBOM export": the stem spells out the key's acronym, or
		// shows its initials ("____ (ASL)" for Amazon States Language) or a word of its name ("____ (Classic)" for CLB).
		if (spellsOutAcronym(own, b.term) || showsInitials(own, b.term) || glossNamesKey(after, b.term)) continue;
		// "Redshift: ... ____ for spiky use" with "Redshift Serverless" the only choice naming Redshift: the
		// subject put in front gives the key away by its word (blind read 22). The note's own name is in
		// front of most prompts, and gives nothing away.
		const front = prompt.slice(0, Math.max(0, prompt.lastIndexOf(`${before}${BLANK}`)));
		const named = (w: string): boolean => /^\p{L}{3,}$/u.test(w) && containsWord(front, w) && !facts.names.all.some((n) => containsWord(n, w));
		if (wrong.length >= 2 && b.term.split(/\s+/).some((w) => named(w) && !wrong.some((c) => containsWord(c, w)))) continue;
		// A bare number ("500", "6379") may be a count, a port or a limit: other numbers of the note
		// are of another kind as often as not, so it is typed, without choices.
		const bare = shape === "number" && choiceType(b.term) === "number";
		const choices = wrong.length >= 2 && !bare ? rng.shuffle([b.term, ...matchCase(wrong, b.term)]) : [];
		// "**Infrequent Access (IA)**: cheaper storage, you pay per GB read": a description that compares is
		// true of a sibling too ("Archive" is cheaper still, and charges per GB read): a second right answer.
		if (opensItsLine(facts, b) && COMPARES.test(after)) continue;
		// Typed, a line's own label ("____: account B creates a role trusting account A") has many
		// fair wordings: asked only with its neighbours' labels as choices.
		if (choices.length === 0 && (!typeable(b.term) || opensItsLine(facts, b))) continue;
		// "EBS: network-attached ____" for "block storage": a word of the service's full name that its acronym
		// hides (Elastic Block Store) and no wrong choice has gives the key away (blind read 28).
		const ownName = sharedWords(hiddenName, b.term);
		if (ownName.length > 0 && !matchCase(wrong, b.term).some((c) => sharedWords(c, ownName.join(" ")).length > 0)) continue;
		// "deny list (...) vs ____" for "allow list", "Single-AZ or ____" for "Multi-AZ": typed, the other side of a
		// "vs" or an "or" says all but one word of it (blind read 73).
		if (choices.length === 0 && sharedWords(/(\S+(?:\s+\S+)?)\s*(?:\([^)]*\))?\s+(?:vs\.?|versus|or)\s*$/i.exec(before)?.[1] ?? "", b.term).length > 0) continue;
		// Typed, "Fargate Spot: up to ____" or "< ____, 10 KB code": a figure with no word saying what it
		// measures (a discount? a run time?) can be read many ways; choices of one unit would say (blind read 26).
		if ((choices.length === 0 && unlabelledFigure(before, after, b.term)) || inCalculation(before, after, b.term) || freeTrial(before) || datedTrivia(before, b.term, after) || labelsCommand(after) || ruledOutExample(before)) continue;
		if ((service && blankGivesAway(prompt, b.term)) || namesTheLayer(prompt, b.term) || spellsKey(prompt, b.term) || namesTheStatus(prompt, b.term) || showsTwinAcronym(prompt, b.term) || showsItsPair(prompt, b.term)) continue;
		const accepts = alsoAccepted(b.term, prompt, facts.note.lines);
		out.push(
			makeQuestion({
				kind: "fill-blank",
				prompt,
				choices,
				answers: [b.term],
				multi: false,
				// "监控 endpoint": a key in the note's own language is picked from its choices, not typed (blind read 134); so is a line's own label ("EC2 configs: OneAtATime, ...", read 152).
				typed: !saysForeignWord(b.term) && !opensItsLine(facts, b),
				...(accepts.length > 0 ? { accepts } : {}),
				explanation: `The missing term is "${b.term}". ${quoteLine(source.line, source.text)}`,
				source,
			}),
		);
	}
	out.push(...tableQuestions(facts, rng, "fill-blank"));
	return out;
}

/**
 * "**EBS vs EFS**:" labels a comparison, "**keys are regional** -> ..." states a fact and "ALB, NLB,
 * EC2, Elastic IP" lists: none is a term to fill in, and among names each stands out by its form
 * (blind read 23).
 */
function notATerm(text: string): boolean {
	// "Your app's users", "my own keys": whose, not what (blind read 28). "at creation", "after a failover":
	// when, not what, and the rest of the line often gives it away ("set ____ and can't be changed later", read 33); "on top of": a place, said many ways (read 51).
	if (/^(?:your|my|our|their|his|her|at|during|after|before|within|without)\s|^(?:(?:on|in|at|to|of|over|under|above|below|inside|outside|behind|beside|top|front|between|across|instead|next)\s*)+$/i.test(text.trim())) return true;
	// "AWS's side": the vendor (blind read 41); "Old bad way": a verdict of the student's (read 42). No AWS term.
	if (/^(?:aws|amazon)(?:['’]s)?$|\b(?:way|approach)$/i.test(text.trim())) return true;
	return /\bvs\.?\s|\bversus\b/i.test(text) || /\s(?:is|are|isn't|aren't|can't|cannot|has|have)\s/i.test(` ${text} `) || /,\s/.test(text);
}

/**
 * The words of the service's full name that its note's names hide in an acronym: "Elastic Block
 * Store" for a note called "EBS", "Simple Queue Service" for "SQS" ("" when the note names it in full).
 */
function fullNameOf(facts: QuizFacts): string {
	if (!facts.isService || facts.combined) return "";
	const shown = echoStems(facts.names.all.join(" "));
	const full = findService(facts.names.title)?.names.join(" ") ?? "";
	return [...echoStems(full)].filter((w) => !shown.has(w)).join(" ");
}

/** An arrow right after a line's opening term: "**Term** -> what it is". */
const DEFINING_ARROW = /^\s*(?:->|→|=>)\s*/;

/** An aside that rules an option out: "(AWS managed keys can't be shared)", "(not Multi-AZ)". */
const RULES_OUT = /\s*\((?![^()]*____)[^()]*\b(?:not|can'?t|cannot|isn'?t|aren'?t|won'?t|doesn'?t|never)\b[^()]*\)/gi;

/** True when `marker` stands in a bracketed list of examples: "(____, ORC)", "(Parquet, ____ ...)". */
function inBracketedList(text: string, marker: string): boolean {
	const at = text.indexOf(marker);
	const open = text.lastIndexOf("(", at);
	if (open === -1 || text.lastIndexOf(")", at) > open) return false;
	const close = text.indexOf(")", at);
	const inside = text.slice(open + 1, close === -1 ? text.length : close);
	return /[,;]|\s(?:or|and)\s/.test(inside.replace(marker, ""));
}

/** True for a plural term: "Backup policies", "Read replicas" (not "Access", "Redis", "Status"). */
function isPlural(term: string): boolean {
	const last = withoutAsides(term).trim().split(/\s+/).pop() ?? "";
	return /\p{Ll}s$/u.test(last) && !/(?:ss|us|is|ys)$/.test(last);
}

/**
 * True when a verb that shows number follows the blank ("____ push plans", "____ is", "____ pushes"):
 * then a plural choice among singular ones, or the reverse, is told apart by grammar alone.
 * Capitalised words before the verb ("in AWS Organizations") are passed over; the first lower-case
 * word that is no verb ends the search.
 */
function verbShowsNumber(prompt: string): boolean {
	const at = prompt.indexOf(BLANK);
	if (at === -1) return false;
	const words = prompt.slice(at + BLANK.length).trim().split(/\s+/).slice(0, 6);
	for (const w of words) {
		const word = w.replace(/[^\p{L}']/gu, "");
		if (word === "" || /^\p{Lu}/u.test(word) || /^(?:in|of|for|on|at|with|from)$/.test(word)) continue;
		if (/^(?:is|has|does|was|doesn't|isn't|are|have|do|were|don't|aren't)$/.test(word) || isBaseVerb(word)) return true;
		return startsWithVerb(word) && isBaseVerb(word.replace(/(?:es|s)$/, ""));
	}
	return false;
}

/** Words around a figure that say how far, not what: "up to", "at most", "about". */
const BOUND_WORDS = new Set(["up", "to", "at", "most", "least", "about", "around", "approx", "under", "over", "only", "max", "min", "a", "an", "the", "of", "is", "are", "be", "by", "w"]);

/** Words of a label that name a measure: "Retention: up to ____" says what the figure is. */
const MEASURE = /\b(?:retention|timeout|ttl|size|limit|max|maximum|min|minimum|duration|latency|throughput|cost|price|pricing|discount|memory|storage|window|period|interval|delay|rate|quota|length|capacity|default|age|expiry|expiration|iops|bandwidth|concurrency|runtime|run time|uptime|sla|durability|availability|payload|ports?)\b/i;

/** Words of a text that could say what a figure measures: not bounds ("up to") nor digits. */
function labelWords(text: string): string[] {
	return text.split(/[^\p{L}]+/u).filter((w) => w.length >= 2 && !BOUND_WORDS.has(w.toLowerCase()));
}

/**
 * True when `key` is a figure ("70% off", "1 ms") that nothing in its line says the measure of: the
 * line holds no other word than its label ("Fargate Spot: up to ____"), or the figure opens an
 * unlabelled list of figures ("< ____, 10 KB code, millions req/s"). A label that names a measure
 * ("Retention: up to ____") is enough.
 */
export function unlabelledFigure(before: string, after: string, key: string): boolean {
	const shape = termShape(key);
	if (!(shape === "time" || shape === "size" || /^\D{0,2}\d[\d.,]*\s*%/.test(key))) return false;
	const m = /^([^:]{1,40}):\s/.exec(before);
	const label = m?.[1] ?? "";
	const rest = m === null ? before : before.slice(m[0].length);
	if (MEASURE.test(label)) return false;
	if (labelWords(`${rest} ${after}`).length === 0) return true;
	const right = after.split(/[,;)(→]|->|—|–/)[0] ?? "";
	return m === null && labelWords(rest).length === 0 && labelWords(right).length === 0;
}

/**
 * True when two figures are of one order and say the same besides their numbers: "$2.00 per million"
 * beside "$4.00 per million", not "$0.08 per million connection-minutes", which the blank's "____
 * operations" rules out by its words (blind read 33).
 */
function sameUnits(candidate: string, key: string, keyShape: ReturnType<typeof termShape>): boolean {
	const words = (t: string): string => t.toLowerCase().replace(/[\d.,$€£~≈<>]+/g, " ").replace(/\s+/g, " ").trim();
	return keyShape === "rate" ? words(candidate) === words(key) : sameOrder(candidate, key);
}

/** A figure or a unit: "$18/mo", "secs", "20 GB". */
const FIGURE = /[$€£]|\d|\b(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|ms|[KMGT]i?B)\b/i;

/**
 * `after` (the text after a blank) without the aside it opens with when that aside restates `key`:
 * it shares a word with it ("(PySpark / Scala)" for "Apache Spark"), names what it rules out ("(no
 * UDP)" for "TCP only"), or gives the same figure another way ("(~$18/mo)" for "$0.025/hr"); and without a mnemonic quoted at its end.
 */
export function withoutGloss(after: string, key: string): string {
	const m = /^\s*\(([^()]*)\)/.exec(after);
	const aside = m?.[1] ?? "";
	const restates = m !== null && (sharedWords(aside, key).length > 0 || /^\s*(?:no|not|non)\b/i.test(aside) || (FIGURE.test(aside) && FIGURE.test(key)));
	return (restates ? after.slice(m[0].length) : after).replace(MNEMONIC_END, "");
}
