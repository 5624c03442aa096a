/**
 * comparison: Exam Tips that set services side by side, "**ECS = AWS-native container
 * orchestration**, **EKS = Kubernetes orchestration**" or "SQS vs SNS: SQS is pull-based, SNS is
 * push-based", give "Which one is Kubernetes orchestration?" with both sides (and other services)
 * as choices.
 */

import { makeQuestion, pickDistractors, singleChoice } from "../distractors";
import type { ItemFact, QuizFacts } from "../facts";
import { spellsOutAcronym } from "../acronyms";
import { abbreviation, isKnownService, isSelf, sameService } from "../names";
import { sample, type Rng } from "../random";
import { sameCategory, servicePools, styledLike } from "../services";
import { stemProblem } from "../stems";
import { withContext } from "../headings";
import { choiceKey, containsWord, contentWordCount, isBaseVerb, lowerFirst, quoteLine, startsWithBaseVerb, stripEnd, withoutAsides, wordCount } from "../text";
import { groupByLikeness } from "../terms";
import type { Question } from "../types";
import { isKeyTerm } from "../keyTerms";
import { matchCase } from "./fillBlank";
import { matchingQuestions } from "./subjects";
import { tableQuestions } from "./tables";

/** One side of a comparison: the thing and what the note says about it. */
export interface ComparisonSide {
	name: string;
	/** A noun phrase ("Kubernetes orchestration") or, when `verb` is true, a verb phrase ("guarantees ordering"). */
	description: string;
	verb: boolean;
	/** True for a side glossed in brackets ("task role (the app's own calls)"): the gloss is any phrase, asked as what it matches. */
	glossed?: boolean;
}

const SIDE_NAME_MAX_WORDS = 5;
const SAMPLE = 60;
const EQUALS = /^(.+?)\s*(?:=|→|->|⇒)\s*(.+)$/;

/**
 * "X = a, Y = b" (also `→`): the sides in order, or [] when the text is not such a comparison.
 * Commas inside a description stay in it ("X = a, fast, Y = b").
 */
export function parseEqualsPairs(text: string): ComparisonSide[] {
	const sides: ComparisonSide[] = [];
	// "1,000" and "(4,000 free)" are numbers, not two parts: a separator is followed by a space.
	// Not inside brackets: "(Node.js/Python, Puppeteer/Selenium)" is one aside (blind read 34).
	for (const part of splitOutsideBrackets(text)) {
		const m = EQUALS.exec(part);
		// "IDs start with mi- (EC2 = i-)": an equals sign inside brackets names no side (blind read 37).
		// "API Gateway REST API → Cognito user pool authorizer": an arrow to a name says what goes with a side, not what it is (blind read 40).
		const mapsToName = /(?:→|->|⇒)/.test(part) && /^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(m?.[2] ?? "") && isKnownService((m?.[2] ?? "").split(/\s+/)[0]);
		// "SQS = pull, 1 msg → 1 consumer; SNS = push": a figure after a side is its detail, no side of its own (blind read 62).
		const detail = sides.length > 0 && /^\d/.test(m?.[1] ?? "");
		// "SAML 2.0 → Identity Center, Okta, Azure AD etc. → portal": a chain of arrows through a list, whose
		// tail ("Azure AD etc.", "DetectPiiEntities...") is no side (blind read 80).
		if (m && /(?:\betc\.?|\.\.\.|…)\s*$/.test(m[1])) return [];
		// "Route 53 not ELB → DNS failover; ELB = within a region": a choice of one over another is no side (read 103).
		if (m && /\b(?:not|rather than|instead of)\s/i.test(m[1])) return [];
		if (m && !mapsToName && !detail && wordCount(m[1]) <= SIDE_NAME_MAX_WORDS && !/[=→]/.test(m[2]) && m[1].split("(").length === m[1].split(")").length) {
			sides.push({ name: stripEnd(m[1].trim()), description: stripEnd(m[2].trim()), verb: false });
		} else if (sides.length > 0) {
			const last = sides[sides.length - 1];
			last.description = stripEnd(`${last.description}, ${part}`);
		} else return [];
	}
	const ok = sides.filter((s) => s.name !== "" && s.description !== "");
	return ok.length >= 2 && ok.length === sides.length ? ok : [];
}

/** `text` split at "; ", ", " and before a sentence that opens a side ("ENI level. NACL = ...", blind read 142), outside brackets. */
function splitOutsideBrackets(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === "(" || c === "[") depth++;
		else if ((c === ")" || c === "]") && depth > 0) depth--;
		else if (depth === 0 && (c === ";" || ((c === "," || (c === "." && /^\s\p{Lu}[^.;,=]{0,40}=/u.test(text.slice(i + 1)))) && /\s/.test(text[i + 1] ?? "")))) {
			parts.push(text.slice(start, i).trim());
			start = i + 1;
		}
	}
	parts.push(text.slice(start).trim());
	return parts;
}

/**
 * "X vs Y: X is a, Y is b" (clauses may also come from child bullets, "X: a"): the sides
 * described, or [] when the text does not compare two things.
 */
export function parseVersus(text: string, childTexts: readonly string[] = []): ComparisonSide[] {
	// "task execution role (pull ECR image, push logs) vs task role (app's calls to S3)": each side glossed in brackets (blind read 145).
	const glossed = GLOSSED_VERSUS.exec(text);
	if (glossed !== null) return [glossed.slice(1, 3), glossed.slice(3, 5)].map(([name, d]) => ({ name: stripEnd(name.trim()), description: stripEnd(d.trim().replace(/,?\s+etc\.?$/i, "")), verb: false, glossed: true }));
	const m = /^(.*?)(?:^|\s)(?:vs\.?|versus)\s+(.+)$/i.exec(text);
	if (!m) return [];
	const left = lastWords(m[1].replace(/^.*:\s*/, ""), 4);
	const after = m[2];
	const sep = /\s*(?::|\s[–—-]\s|,)\s*/.exec(after);
	// "CloudWatch vs CloudTrail in one line: ...": the student's framing is no part of the name.
	const right = stripEnd(sep ? after.slice(0, sep.index) : after)
		.replace(/\s+(?:in (?:one|a) (?:line|sentence|nutshell|word)|in short|tl;?dr|summary|recap|quickly)$/i, "")
		.trim();
	const rest = sep ? after.slice(sep.index + sep[0].length) : "";
	if (left === "" || right === "" || wordCount(right) > 4 || choiceKey(left) === choiceKey(right)) return [];
	const names = [left, right];
	const clauses = [...rest.split(/\s*(?:[;,]|\bwhile\b|\bwhereas\b|\bbut\b)\s*/i), ...childTexts];
	const sides: ComparisonSide[] = [];
	for (const clause of clauses) {
		const c = stripEnd(clause.trim());
		for (const name of names) {
			const side = describe(c, name);
			if (side && !sides.some((s) => s.name === name)) sides.push(side);
		}
	}
	return sides;
}

/** "A (what A does) vs B (what B does)", after a label at most. */
// Names in Latin letters, without a sign of their own ("EventBridge — choreography" is a side and its gloss).
const GLOSSED_VERSUS = /^(?:[^():]{1,40}:\s*)?([\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N} @&/.+'-]{1,39}?)\s*\(([^()]{3,80})\)\s+(?:vs\.?|versus)\s+([\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N} @&/.+'-]{1,39}?)\s*\(([^()]{3,80})\)/iu;

function lastWords(text: string, max: number): string {
	const words = stripEnd(text.trim()).split(/\s+/).filter((w) => w !== "");
	return words.slice(-max).join(" ");
}

/** "SQS is pull-based" / "SQS: pull-based" / "SQS polls" → a side of `name`, else null. */
function describe(clause: string, name: string): ComparisonSide | null {
	const candidates = [name, name.split(/\s+/)[0]];
	for (const n of candidates) {
		if (n.length < 2 || !clause.toLowerCase().startsWith(n.toLowerCase())) continue;
		const rest = clause.slice(n.length);
		if (!/^[\s:=→—–-]/.test(rest)) continue;
		const sepM = /^\s*(?::|=|→|->|—|–|-)\s*/.exec(rest);
		if (sepM) {
			const d = rest.slice(sepM[0].length).trim();
			return d === "" ? null : { name, description: d, verb: false };
		}
		const d = rest.trim();
		if (wordCount(d) < 2) return null;
		return { name, description: d, verb: true };
	}
	return null;
}

/** The prompt for one side: "Which one is Kubernetes orchestration?" / "Which one guarantees ordering?" */
export function comparisonPrompt(side: ComparisonSide): string {
	if (side.verb) return `Which one ${side.description}?`;
	if (side.glossed === true) return `Which one matches this: ${side.description}?`;
	// "X = fix cold starts": a base-form verb reads as "is used to".
	const [first = "", second = ""] = side.description.split(/\s+/);
	// "Customer managed key = you control policy and rotation": a clause of its own, not "is you control".
	if (/^(?:you|we|they|it|AWS|I)$/.test(first)) return `Which one matches this: ${side.description}?`;
	// "audit of API calls" is a noun ("Which one is for audit of API calls?"), "fix cold starts" a verb.
	// "block storage for one instance" is a noun too: "block" is no verb before "storage".
	const compound = /^(?:storage|stores?|volumes?|devices?|level|lists?|types?|sizes?|traffic|data|services?|systems?|caches?|queues?|keys?)$/i.test(second);
	if (isBaseVerb(first) && !compound) return second === "of" ? `Which one is for ${side.description}?` : `Which one is used to ${side.description}?`;
	// "Geolocation = answers by the country", "splits traffic": a verb of its own ("Which one answers by ...?").
	const verb = /^\p{Ll}+[^s]s$/u.test(first) && (isBaseVerb(first.replace(/e?s$/, "")) || /^(?:by|to|with|from|for|in|on|at|the|a|an|all|any|every|each|only|up)$/.test(second));
	if (verb) return `Which one ${side.description}?`;
	// "EFS = many instances in many AZs": whom it serves, not what it is ("Which one is many instances").
	if (/^(?:one|many|multiple|several|single|all|few|\d+)$/i.test(first) && /^\p{Ll}{3,}$/u.test(second) && !/^(?:of|or|and|to|more|less|way|time|at)$/.test(second)) return `Which one is for ${side.description}?`;
	return `Which one is ${side.description}?`;
}

/** Sides found in an item (and its children, for "X vs Y:" with the details below). */
export function itemSides(facts: QuizFacts, item: ItemFact): ComparisonSide[] {
	const eq = parseEqualsPairs(item.plain);
	if (eq.length > 0) return eq;
	const kids = item.item.children.map((i) => facts.itemByIndex.get(i)?.plain ?? "").filter((t) => t !== "");
	return parseVersus(item.plain, kids);
}

/** comparison questions: one per described side of each "X = a, Y = b" or "X vs Y" bullet in Details and Exam Tips. */
export function comparisonQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	for (const item of facts.items) {
		if (item.section !== "examTips" && item.section !== "details") continue;
		const sides = itemSides(facts, item);
		if (sides.length < 2 && !(sides.length === 1 && /\bvs\.?\b|\bversus\b/i.test(item.plain))) continue;
		// Glossed sides name themselves: no other side to find in the line.
		const glossed = sides.every((side) => side.glossed === true);
		const sideNames = glossed ? sides.map((s) => s.name) : uniqueNames(sides.map((s) => s.name), item.plain);
		// Sides are named things ("Standard", "EKS", "I/O-Optimized"), not phrases ("lose 3 copies").
		// Nor two things set against each other ("Step Functions vs MWAA", blind read 82).
		// A side glossed in brackets and bold on the line is a named thing, whatever its case ("**task role** (...)").
		const named = (n: string): boolean => /^[\p{Lu}\p{N}]/u.test(n) || (glossed && item.bold.some((b) => choiceKey(b.term) === choiceKey(n)));
		if (!sideNames.every((n) => named(n) && !/[:;]/.test(n) && !/\svs\.?\s/i.test(n) && !startsWithBaseVerb(n))) continue;
		// "PK = CUSTOMER#123, SK = PROFILE": example values, which either side could hold (blind read 108).
		if (sides.some((side) => /^[\p{Lu}\d#_:/.-]*[#\d][\p{Lu}\d#_:/.-]*$/u.test(side.description.trim()))) continue;
		// "Parallelism = total, ParallelismPerKPU = per unit": a side named by the other's name and more
		// says which it is by its name (blind read 125), as "TTL" beside "Default TTL" does.
		const squeezed = sides.map((side) => choiceKey(side.name).replace(/\s+/g, ""));
		if (squeezed.some((n, i) => squeezed.some((o, j) => i !== j && o.includes(n)))) continue;
		for (const side of sides) {
			// One claim per side: "coordinates steps with state (orchestration). EventBridge Pipes can start
			// an execution" runs into the next sentence and asks two things at once.
			if (side.description.split(/\s+/).length > 25 || stemProblem(side.description) !== null || /[.!?]\s+\S/.test(side.description)) continue;
			// Options of the note's service ("Geolocation = where the user is") are compared within it: the
			// prompt names it ("Amazon Route 53: which one is where the user is?"); services stand alone.
			// "CRR = Cross-Region Replication, SRR = Same-Region Replication": a description that spells out its
			// side's name gives it away (blind read 135). A word of a service's full name ("managed Kubernetes"
			// for EKS) is what the exam itself says of it, and stays.
			if (spellsOutAcronym(side.description, side.name)) continue;
			const bare = comparisonPrompt(side);
			const scoped = sideNames.every((n) => isKnownService(n)) ? bare : withContext(facts, item.line, lowerFirst(bare));
			const prompt = scoped === lowerFirst(bare) ? bare : scoped;
			if (containsWord(prompt, side.name)) continue;
			const others = sideNames.filter((n) => choiceKey(n) !== choiceKey(side.name));
			// A short description ("serverless", "at-least-once") is true of many things: only the
			// compared sides may stand next to the answer. A specific one (four words or more, or a
			// name: "managed Kubernetes") may take others too.
			// Asides do not count: "online (internet / DX / VPN)" is as short as "online" (blind read 38).
			const said = withoutAsides(side.description);
			const specific = contentWordCount(said) >= 4 || /(?:^|\s)[\p{Lu}\p{N}]/u.test(said);
			// Two sides set against each other ("EBS = one AZ, one instance; EFS = many instances, multi-AZ") say
			// how each differs from the other, not from S3, which is "many instances, multi-AZ" too (blind read 49).
			const pools = specific && others.length >= 2 ? sidePools(facts, side.name, rng) : [];
			const wrong = pickDistractors([side.name], [others, ...pools], 3, rng, {
				same: sameService,
				prompt,
				sides: others,
				// "Express" next to "Asynchronous Express" could be right too.
				exclude: (c) =>
					(isSelf(facts.names, side.name) && isSelf(facts.names, c)) ||
					containsWord(prompt, c) ||
					containsWord(c, side.name) ||
					containsWord(side.name, c) ||
					// "Choose at creation" is an instruction, not a thing to compare.
					startsWithBaseVerb(c),
			});
			// The other side(s) come first: they are the point of the comparison.
			const ordered = [...wrong.filter((w) => others.includes(w)), ...wrong.filter((w) => !others.includes(w))];
			// Two sides and nothing else to set beside them: "Which one is online (internet / DX / VPN), Snowball or DataSync?"
			if (ordered.length === 1 && others.length === 1) {
				const choices = rng.shuffle([side.name, ordered[0]]);
				const asked = `${prompt.replace(/\?$/, "")}, ${choices[0]} or ${choices[1]}?`;
				out.push(makeQuestion({ kind: "comparison", prompt: asked, choices, answers: [side.name], multi: false, typed: false, explanation: `The note compares them: ${quoteLine(item.line, item.plain)}`, source: { line: item.line, text: item.plain } }));
				continue;
			}
			const q = singleChoice(
				"comparison",
				prompt,
				side.name,
				ordered,
				`The note compares them: ${quoteLine(item.line, item.plain)}`,
				{ line: item.line, text: item.plain },
				rng,
			);
			if (q) out.push(q);
		}
	}
	// Named things side by side (sibling sub-headings, the sides of an "X vs Y" note): matching.
	out.push(...matchingQuestions(facts, rng));
	out.push(...tableQuestions(facts, rng, "comparison"));
	return out;
}

/**
 * Wrong answers like the right one: abbreviations for "EKS", service names for "AWS Fargate",
 * other key terms of the note for "Provisioned concurrency". Vault first, then the catalog.
 */
export function sidePools(facts: QuizFacts, name: string, rng: Rng): string[][] {
	const short = !/\s/.test(name) && name.length <= 12 && /\p{Lu}/u.test(name);
	if (isSelf(facts.names, name) || isKnownService(name) || (short && abbreviation(name) !== null)) {
		// Samples keep the work per question bounded however long the lists are.
		// Written like the name: "AWS Fargate" beside "AWS Lambda"; abbreviations students know beside
		// "SQS" first ("SNS", not "KDS", which few have seen), then names ("Kinesis Data Streams").
		// Services the exams set against it and of its own category first: a storage side gets storage
		// services, not whatever firewall the vault has a note on (blind read 19).
		const kin = servicePools(name);
		const rest = short
			? [sample(rng, [...facts.otherServices, ...facts.noteServices], SAMPLE), sample(rng, facts.catalogServices, SAMPLE), sample(rng, facts.moreServices, SAMPLE)]
			: [facts.otherServices, facts.catalogServices, facts.noteServices, facts.moreServices];
		const styled = [...kin, ...rest].map((pool) => styledLike(name, pool));
		const close = [...styled.slice(0, kin.length), ...styled.slice(kin.length).map((pool) => pool.filter((n) => sameCategory(n, name)))];
		if (!short) return [...close, ...styled];
		const abbreviations = (pools: string[][]): string[][] => pools.map((pool) => pool.filter((n) => /^[A-Z0-9]{2,6}$/.test(n)));
		// The services the exams set against it come first however they are written: "Firewall Manager"
		// beside "WAF" before "IAM" and "SSO", which share its category and its form but filter nothing (blind read 35).
		const [near, ...farther] = close;
		return [...abbreviations([near]), near, ...abbreviations(farther), ...farther, ...abbreviations(styled), ...styled];
	}
	const terms = sample(rng, facts.bold, SAMPLE)
		.filter((b) => isKeyTerm(b) && !isKnownService(b.term))
		.map((b) => b.term);
	const [near, same] = groupByLikeness(name, terms);
	return [near, same].map((g) => matchCase(g, name));
}

/** Side names, plus the other side of an "X vs Y" that the note does not describe. */
function uniqueNames(names: string[], text: string): string[] {
	const out = [...names];
	const m = /^(.*?)(?:^|\s)(?:vs\.?|versus)\s+(.+)$/i.exec(text);
	if (m) {
		const left = lastWords(m[1].replace(/^.*:\s*/, ""), 4);
		const sep = /\s*(?::|\s[–—-]\s|,)\s*/.exec(m[2]);
		const right = stripEnd(sep ? m[2].slice(0, sep.index) : m[2]).trim();
		for (const n of [left, right]) if (n !== "" && !out.some((o) => choiceKey(o) === choiceKey(n))) out.push(n);
	}
	return out;
}
