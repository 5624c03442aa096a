/**
 * which-service: "Which AWS service is a fully managed Kubernetes service on AWS?" from the
 * Overview's defining sentences. Use Cases give "Which service fits: migrating workloads ...?",
 * asked as scenarios (`useCaseQuestions`).
 * Every name of the service is masked so the prompt never gives the answer away.
 */

import { pickDistractors, singleChoice } from "../distractors";
import type { QuizFacts } from "../facts";
import { isKnownService, isSelf, mentions, namesPattern, serviceTitle, withoutParens, type ServiceNames } from "../names";
import { namesService } from "../mentioned";
import { runsOn } from "../prose";
import { couldBothFit, headWord, isPartOf, sameCategory, styledLike } from "../services";
import type { Rng } from "../random";
import { ARROW, containsText, escapeRegExp, lowerFirst, quoteLine, splitSentences, startsWithVerb, stripEnd, withoutAsides, wordCount } from "../text";
import type { Question } from "../types";
import { showsInitials, spellsOutAcronym } from "../acronyms";

const NAME_MARK = "\uE001";
/** Verbs that say what a service is or is for, not one trait of it. */
const DEFINING = /^(?:is|are|provides|lets|offers|gives|acts|serves|enables|allows|helps)\b/i;
const PRONOUN = /^(?:it|this service|the service)\s+/i;
/**
 * Rewrite a sentence about the service as a which-service prompt, or null when it does not read
 * as a definition of the service. Exported for the table tests.
 */
export function definitionPrompt(sentence: string, names: ServiceNames): string | null {
	let s = sentence.trim();
	// "is a cache, NOT a durable primary DB → durable Redis-compatible DB = MemoryDB" points at another service (blind read 43).
	// "It shows up in half the exam questions" is about the exam, not the service (blind read 60).
	if (ARROW.test(s) || /\b(?:exams?|questions?|test)\b/i.test(s)) return null;
	const pattern = namesPattern(names);
	// "proving backup compliance" in the AWS Backup note: the name as a common noun, which masked reads
	// "proving this service compliance" and unmasked gives the key away (blind read 30).
	let common = false;
	if (pattern !== null)
		s = s.replace(pattern, (m: string, before: string, offset: number) => {
			if (offset > 0 && m.slice(before.length) === m.slice(before.length).toLowerCase() && /\p{L}/u.test(m)) common = true;
			return before + NAME_MARK;
		});
	if (common) return null;
	// "Amazon EKS (EKS) is ..." leaves two marks next to each other.
	s = s.replace(new RegExp(`${NAME_MARK}(?:\\s*\\(\\s*${NAME_MARK}\\s*\\))+`, "g"), NAME_MARK);
	let body: string | null = null;
	if (s.startsWith(NAME_MARK)) {
		const rest = s.slice(NAME_MARK.length);
		if (/^['’]s\s/.test(rest)) body = `'s ${rest.slice(3).trim()}`;
		else if (/^\s/.test(rest)) body = rest.trim();
	} else if (PRONOUN.test(s)) body = s.replace(PRONOUN, "");
	if (body === null) return null;
	// "is not MongoDB underneath, though": what it is not defines nothing (blind read 33).
	if (/^(?:is|are|was|does|do)\s+not\b|^(?:isn't|aren't|doesn't|don't|not)\b|,\s*though[.!]?$/i.test(body)) return null;
	// "was renamed in July 2022, so older questions that say "AWS SSO" ...": what it was called defines
	// nothing, and its old name masked reads as nonsense (blind read 37).
	if (/\b(?:renamed|rebranded|formerly|previously (?:called|known)|old name|used to be called|now called)\b/i.test(body)) return null;
	const first = body.split(/\s+/)[0] ?? "";
	// "EventBridge vs Pipes vs Step Functions" sets things side by side; it says nothing the service does (blind read 21).
	if (/^(?:vs\.?|versus)$/i.test(first) || (!body.startsWith("'s") && !startsWithVerb(first))) return null;
	// "Shield Standard" masked is "this service Standard": the name is part of another name there.
	if (new RegExp(`${NAME_MARK}\\s+\\p{Lu}`, "u").test(body)) return null;
	// "a managed relational database service that ...": the name read as a common noun ("a managed this service").
	if (new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}${NAME_MARK}`, "iu").test(body)) return null;
	// "a web application firewall that ..." spells out WAF (blind read 30).
	if (names.abbr !== null && spellsOutAcronym(body, names.abbr)) return null;
	// "a managed service for running OpenSearch (and older Elasticsearch) clusters": the name of the software
	// the service runs, not of the service; "running this service clusters" is garbled (blind read 68).
	if (new RegExp(`\\b(?:running|runs|run|of|for|with)\\s+${NAME_MARK}\\s*(?:\\([^)]*\\)\\s*)?\\p{Ll}`, "u").test(body)) return null;
	// "is AWS's Content Delivery Network (CDN)", "CDN" one of its names: the aside only names it again (blind read 67).
	body = body.replace(new RegExp(`\\s*\\(\\s*${NAME_MARK}\\s*\\)`, "g"), "");
	// "the ASG itself is free" masked is "this service itself", not "the this service" (blind read 121).
	body = body.replace(new RegExp(`\\b(?:the|this|that)\\s+${NAME_MARK}`, "giu"), NAME_MARK);
	body = body.split(`${NAME_MARK}'s`).join("its").split(`${NAME_MARK}’s`).join("its").split(NAME_MARK).join("this service");
	// "It is also what sits behind ...": "also" points back at what the note said before (blind read 49).
	body = stripEnd(body).replace(/^(is|are|does|can|was)\s+also\s+/i, "$1 ");
	if (wordCount(body) < 3) return null;
	return body.startsWith("'s") ? `Which AWS service${body}?` : `Which AWS service ${body}?`;
}

/** Use Cases item → "Which service fits: migrating workloads from self-managed Kubernetes clusters?" */
export function useCasePrompt(text: string, names: ServiceNames): string | null {
	if (mentions(names, text) || notAUseCase(text)) return null;
	const body = lowerFirst(stripEnd(withoutAsides(text)));
	if (wordCount(body) < 2) return null;
	return `Which service fits: ${body}?`;
}

/**
 * Lines of a use-case section that are not a use case of the note's service: an exam cue ("Analytics
 * and BI → Redshift"), a line about another thing ("Amazon Macie: finds PII in S3", "RDS automated
 * backups: per database"), a contrast ("not for joins", "instead"), a quote or a question.
 */
function notAUseCase(text: string): boolean {
	const t = text.trim();
	return (
		ARROW.test(t) ||
		/^[^:]{1,60}:\s/.test(t) ||
		/\b(?:not|never|avoid|instead|don't|doesn't|isn't|aren't|rather than|unlike|except|vs\.?|versus)\b/i.test(t) ||
		/["“”?]/.test(t) ||
		isKnownService(t.split(/[\s:(,]+/).slice(0, 3).join(" "))
	);
}

/**
 * The note's service as an answer: its title, or its short name where the title says more than the
 * service ("Aurora notes"; "Athena (my notes)", whose parentheses hold no abbreviation).
 */
function ownAnswer(names: ServiceNames): string {
	const title = names.title;
	return serviceTitle(title) === title && (withoutParens(title) === title || names.abbr !== null) ? title : names.short;
}

/** which-service questions: one per defining Overview sentence (service notes only). */
export function whichServiceQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	const answer = ownAnswer(facts.names);
	// "Elastic Load Balancing (ELB) & Auto Scaling" is no service to pick: the only "&" among the
	// choices, it is found by its form, and either half may be the one the line is about.
	if (answer === "" || !facts.isService || facts.combined) return out;
	const wrongFor = (prompt: string): string[] =>
		pickDistractors([answer], [facts.confusableServices, facts.otherServices, facts.catalogServices, facts.noteServices, facts.moreServices].map((pool) => styledLike(answer, pool)), 3, rng, {
			same: couldBothFit,
			prompt,
			// "Resizing images uploaded to Amazon S3": a service named in the prompt is no wrong answer.
			exclude: (c) => containsText(prompt, c) || namesService(prompt, c),
		});

	// Overview paragraphs, and top-level Overview bullets for notes that write it as a list.
	const overview = [
		...facts.overviewLines,
		...facts.items.filter((it) => it.section === "overview" && it.item.depth === 0).map((it) => ({ line: it.line, plain: it.plain })),
	].sort((a, b) => a.line - b.line);
	let defined = false;
	for (const line of overview) {
		const sentences = splitSentences(line.plain);
		for (const sentence of sentences) {
			// A sentence a wrapped paragraph runs on with into the next line is cut ("..., segments are", blind read 88).
			if (sentence === sentences[sentences.length - 1] && runsOn(facts, line.line)) continue;
			const prompt = definitionPrompt(sentence, facts.names);
			// "... for creating, publishing and securing APIs" names API Gateway by its own word (blind read 14).
			// "... you upload code and EB provisions ..." names Elastic Beanstalk by its initials (blind read 42).
			if (prompt === null || namesByHead(prompt, answer) || showsInitials(prompt, serviceTitle(facts.names.title))) continue;
			// After the definition, a sentence that only tells a trait ("It grows and shrinks automatically
			// up to petabytes") is often as true of the services set against it (S3 for EFS): a second right
			// answer (blind read 19). What the service is, provides or lets you do still tells it apart.
			if (defined && !DEFINING.test(prompt.replace(/^Which AWS service\s+/, ""))) continue;
			defined = true;
			const q = singleChoice(
				"which-service",
				prompt,
				answer,
				wrongFor(prompt),
				// The sentence asked, not the paragraph around it.
				`The Overview of ${answer} says: ${quoteLine(line.line, sentence)}`,
				{ line: line.line, text: sentence },
				rng,
			);
			if (q) out.push(q);
		}
	}
	return out;
}

/**
 * Use Cases items as scenarios: "Which service fits: migrating workloads from self-managed
 * Kubernetes clusters?" (service notes only). A situation to match to a service is what the exam
 * asks, so these count as scenario questions.
 */
export function useCaseQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	const answer = ownAnswer(facts.names);
	// "Elastic Load Balancing (ELB) & Auto Scaling" is no service to pick: the only "&" among the
	// choices, it is found by its form, and either half may be the one the line is about.
	if (answer === "" || !facts.isService || facts.combined) return out;
	const wrongFor = (prompt: string): string[] =>
		// Not the services the note itself names ("SSM Parameter Store" in a Secrets Manager note): a
		// note mentions them because they do similar jobs, so one may fit the use case too.
		pickDistractors([answer], [facts.confusableServices, facts.otherServices, facts.catalogServices, facts.moreServices].map((pool) => styledLike(answer, pool)), 3, rng, {
			same: couldBothFit,
			prompt,
			exclude: (c) => containsText(prompt, c) || namesService(prompt, c),
		});
	for (const item of facts.items) {
		// "[[Amazon S3]] and [[Amazon EBS]]" under Use Cases names services, not a use case.
		// A use case under "### Network Load Balancer" is the NLB's, not the note's service's.
		if (item.section !== "useCases" || item.item.children.length > 0 || item.mostlyLinks || facts.subjectAt(item.line) !== null) continue;
		// "serverless apps, session state, shopping carts, gaming, IoT": domains that many services
		// serve, not one need (session state is ElastiCache's as well).
		// "Online gaming, VoIP, IoT (UDP / custom TCP)": three domains of a word or two (blind read 61).
		const parts = withoutAsides(item.plain).split(/\s*[,;]\s*/);
		if ((parts.length >= 4 && parts.every((p) => wordCount(p) <= 4)) || (parts.length === 3 && parts.every((p) => wordCount(p) <= 2))) continue;
		// "cheap block storage for cold data on sc1": a model of the answer's own ("sc1", "gp3", "t3") names it (blind read 62).
		if (/\b[a-z]{1,3}\d[a-z\d.]*\b/.test(withoutAsides(item.plain))) continue;
		// "more memory than Lambda allows": a need told against another service, which every other one meets (blind read 38).
		if (/\b(?:than|unlike|instead of|rather than|beyond)\s+(?:\[\[)?\p{Lu}/u.test(item.plain)) continue;
		// "simple secrets in Parameter Store" for Systems Manager, "a network hub using Transit Gateway" for VPC:
		// a service of the answer's own kind in the use case is its part, or a better answer (blind read 57).
		if (servicesNamed(item.plain).some((n) => !isSelf(facts.names, n) && (isPartOf(n, answer) || sameCategory(n, answer)) && doneWith(item.plain, n))) continue;
		const prompt = useCasePrompt(item.plain, facts.names);
		if (prompt === null) continue;
		const q = singleChoice(
			"scenario",
			prompt,
			answer,
			wrongFor(prompt),
			`A use case listed for ${answer}: ${quoteLine(item.line, item.plain)}`,
			{ line: item.line, text: item.plain },
			rng,
		);
		if (q) out.push(q);
	}
	return out;
}

/** True when `text` holds the first word of the service's name, singular or plural ("APIs" for API Gateway). */
function namesByHead(text: string, service: string): boolean {
	const head = headWord(service).toLowerCase();
	if (head.length < 3) return false;
	return text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.some((w) => w === head || w === `${head}s`);
}

/** Services a text names by a capitalised name of one to three words ("Parameter Store", "Transit Gateway"). */
function servicesNamed(text: string): string[] {
	const words = withoutAsides(text).split(/[\s,;:()]+/).filter((w) => w !== "");
	const out: string[] = [];
	for (let i = 0; i < words.length; i++) {
		for (let n = Math.min(3, words.length - i); n >= 1; n--) {
			const name = words.slice(i, i + n).join(" ");
			if (/^\p{Lu}/u.test(name) && !/^(?:Amazon|AWS)$/.test(name) && isKnownService(name)) {
				out.push(name);
				i += n - 1;
				break;
			}
		}
	}
	return out;
}

/** True when the text says the job is done in or with `name` ("secrets in Parameter Store", "a hub using Transit Gateway"). */
function doneWith(text: string, name: string): boolean {
	return new RegExp(`\\b(?:in|using|with|via|through|on)\\s+(?:the\\s+|an?\\s+)?${escapeRegExp(name)}\\b`, "i").test(text);
}
