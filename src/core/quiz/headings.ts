/**
 * What a note's headings name: a thing of its own ("### Network Load Balancer (NLB)") or a topic
 * ("How it works", "Records I need to know"). Lines under a heading that names a thing are about
 * that thing; sibling headings that name things are things of one kind.
 */

import { withoutEmoji } from "../emoji";
import type { ListItem, NoteModel } from "../note/types";
import type { ItemFact, QuizFacts } from "./facts";
import { findServices } from "../links/catalog";
import { isKnownService, isSelf, mentions, serviceTitle, TOPIC_TITLE, type ServiceNames } from "./names";
import { saysLatinForeignWord } from "./keyTerms";
import { listedTogether } from "./listedHeadings";
import { outlineSubjects, paragraphLeadSubjects } from "./outlineSubjects";
import { sectionIdOf } from "./sections";
import { BLANK, clean, containsText, isDate, stripEnd, withoutAsides, withoutNumbering, wordCount } from "./text";

/** Headings that name a topic of the note ("How It Works", "Pricing"), not a thing of its own. */
const TOPIC_HEADING =
	/\b(?:how|what|why|when|where|which|important|bits|stuff|things|traps?|numbers|takeaways?|examples?|recap|tl;?dr|cheat|remember|features?|concepts?|pricing|price|costs?|security|limits?|quotas?|overview|details?|basics|architecture|components|integrations?|capabilit(?:y|ies)|characteristics|highlights?|advantages|benefits?|properties|monitoring|performance|comparisons?|vs|versus|tips|notes|summary|recap|key|points|options|facts|gotchas|use cases?|exam|review|questions|misc|other|general|introduction|intro|setup|configuration|best practices|tab|page|screen|wizard|button|pane|panel|menu|dialog)\b/i;

/** Question words and little words of Spanish, Portuguese, French, Italian, German, Hinglish, Russian, Polish and Tagalog headings ("Qué es", "Casi d'uso", "Wie funktioniert es", "Kaise kaam karta hai", "Что это", "Czym jest", "Ano ito"). */
const FOREIGN_TOPIC = /(?:^|\s)(?:qu[ée]|c[óo]mo|cu[áa]ndo|por qu[ée]|d[óo]nde|de|del|para|por|con|sin|en|el|la|los|las|y|o que|é|s[ãa]o|quando|porque|comment|pourquoi|quand|quoi|avec|pour|sans|des|du|et|est|come|cosa|cos['’]è|perch[ée]|di|da|della|dei|il|gli|(?:d|l|dell|nell|all)['’]\p{L}+|wie|wann|warum|ist|sind|und|f[üu]r|mit|ohne|der|das|kya|kaise|kyun|kyu|kab|kahan|hai|hain|mein|ke|ki|ka|aur|liye|wala|wali|hota|hoti|karta|karte|karna|что|это|как|где|когда|почему|зачем|для|и|в|на|с|по|не|или|чем|czym|co|jak|jest|s[ąa]|kiedy|dlaczego|gdzie|dla|przy|oraz|czy|ano|paano|bakit|kailan|saan|ang|ng|mga|sa|ba|ito|yung|kaibahan|tandaan)(?=\s|$)/iu;

/** A first word, then lower-case words only, ending in a collective noun (and maybe a count: "(6)"). */
const GENERIC_LIST_HEADING =
	/^\S+(?:\s+[\p{Ll}\d][\p{Ll}\p{N}'-]*)*\s+(?:resources|usage|categories|findings|ideas|types|kinds|levels|modes|classes|benefits|requirements|steps|components|metrics|sources|targets|settings|permissions|integrations|services|tools|methods|strategies|patterns|scenarios|considerations|factors|capabilities|responsibilities|models|plans|tiers|families|options|use|vocabulary|terms|terminology|glossary|definitions|blocks|pieces|parts)(?:\s*\(\d+\))?$/u;

/** Headings over a procedure: "How it works", "Steps", "Request flow", "Setup". */
const PROCEDURE_HEADING = /\b(?:how\b.*\bworks?|steps?|flow|process|workflow|walk ?through|sequence|lifecycle|procedure|setup|set up)\b/i;

/**
 * True for a numbered step of a procedure: "1. someone calls an API" under "How it works" is true
 * by being there, and asked as written it tests nothing (blind read 20).
 */
export function isProcedureStep(note: NoteModel, item: ListItem): boolean {
	if (!/^\d/.test(item.marker)) return false;
	const section = note.sections[item.section];
	return section !== undefined && PROCEDURE_HEADING.test(clean(section.heading.plain));
}

/**
 * "Is KMS regional?", "What routing policies are there?", "How long are metrics kept": a heading that
 * asks, as notes written as questions and answers have them. It names no thing, and reads as no label.
 */
export function isQuestionHeading(text: string): boolean {
	const t = withoutNumbering(withoutEmoji(clean(text))).trim();
	// "What I learned", "What we built": a statement of the student's, not a question.
	if (/^what\s+(?:i|we)\b/i.test(t) && !t.includes("?")) return false;
	return /\?\s*$/.test(t) || /^(?:what|why|how|who|which|where|when|is|are|do|does|did|can|could|should|would|will|was|were|has|have)\s/i.test(t);
}

/** "C", "P-W": a glossary's letter heading. */
const GLOSSARY_LETTER = /^\p{Lu}(?:\s*[-–—&,/]\s*\p{Lu})?$/u;
/**
 * True when a heading or a label names a thing ("Network Load Balancer (NLB)", "Multi-Region
 * secrets", "Standard tier") rather than a topic ("How it works", "Automation", "What").
 */
export function namesAThing(text: string): boolean {
	const t = withoutNumbering(stripEnd(withoutEmoji(clean(text)))).trim();
	// "Mon 15 Apr", "2024-03-02", "Day 12": a study journal's dates say when, not what (blind read 32).
	// "C", "P-W": a glossary's letters say where a term is filed, not what it is (blind read 138).
	if (isDate(t) || GLOSSARY_LETTER.test(t)) return false;
	// "Security Hub", "Network Firewall": a service is a thing, whatever topic word its name holds (blind read 45).
	if (findServices(t).length === 1 && isKnownService(t)) return true;
	// "KEYWORD → ANSWER": a heading that says how the lines below read names no thing (blind read 111); "gp2", "t3" name one (read 150).
	if (t === "" || /→|->|=>/.test(t) || isQuestionHeading(text) || wordCount(t) > 6 || TOPIC_HEADING.test(t) || (!/\p{Lu}/u.test(t) && !/^\p{Ll}{1,4}\d[\p{Ll}\d.-]*$/u.test(t)) || /^(?:what|why|how|who|which|where|otherwise|also|other|more|related|see|the|a|an|my|our|some|your)\b/i.test(t)) return false;
	// "Cómo funciona", "Qué es", "Ochrona zasobów": topics titled in another language, which no AWS name is written in (blind reads 115, 150).
	if ((FOREIGN_TOPIC.test(t) || saysLatinForeignWord(t)) && !isKnownService(t)) return false;
	// "Design resilient architectures", "Choose a storage class": an exam domain or a task says what to do, a topic (blind read 97).
	if (/^(?:design|build|choose|pick|select|use|set up|deploy|configure|secure|optimi[sz]e|monitor|migrate|manage|plan|create|enable|avoid|protect|reduce|improve)\s/i.test(t) && !isKnownService(t)) return false;
	// "Integrates with", "Works with", "Compared with Aurora", "Used by": how it relates to others, a topic.
	if (/^\p{Lu}\p{Ll}+(?:s|ed)\s+(?:with|to|by|for|from|into|against)\b/u.test(t)) return false;
	// "Records I need to know", "Making it cheap & fast": the student's own topic titles.
	if (/\b(?:i|me|my|we|you|need|know|make|making|getting|using|doing|it|fast|cheap|don'?t|do not|confuse|confusing|mix|rules?|thumb|quick|mistakes?|watch|careful|beware)\b|&|[!?]/i.test(t)) return false;
	// "Error handling", "Message filtering", "Fan-out pattern", "Behaviour worth remembering": what a
	// service does or how it is used, a topic; "Auto Scaling" is a service, "Lazy Loading" a name.
	if (!isKnownService(t) && /^\p{Lu}[\p{Ll}-]*(?:\s+[\p{Ll}\d][\p{Ll}\p{N}-]*)*\s+(?:\p{Ll}+ing|patterns?|behaviou?r|worth \p{Ll}+)$/u.test(withoutAsides(t))) return false;
	// "Supported resources", "Check categories (6)", "Capacity modes": a plain phrase ending in a
	// collective noun introduces a list of things; it is not one thing itself.
	if (GENERIC_LIST_HEADING.test(t) && !isKnownService(t)) return false;
	// "Storage and scaling", "Stages and deployments", "Side by side": two topics, or a layout word.
	if (/\s(?:and|by)\s\p{Ll}/u.test(t) && !isKnownService(t)) return false;
	// One plain word ("Hybrid", "Engines", "Caching") names a category; an acronym or a service names a thing.
	// "Caching (REST only)" is still one plain word.
	const core = withoutAsides(t);
	// "SCPs" (of "How do SCPs work?") is an acronym too.
	return wordCount(core) > 1 || /^\p{Lu}[\p{Lu}\p{N}-]+s?$/u.test(core) || /^\p{Ll}{1,4}\d[\p{Ll}\d.-]*$/u.test(core) || isKnownService(t);
}

/** "Recap:", "Part 2 -": a course's label in front of a section's topic ("2. Recap: DAX", blind read 61). */
const COURSE_LABEL = /^(?:(?:quick\s+)?recap|summary|review|intro(?:duction)?|deep[- ]dive|(?:part|lesson|module|section|chapter)\s+\d+)\s*[:–—-]\s*(?=\S)/i;

/** "How does WAF work?", "What does Shield Advanced add?", "How is Aurora priced?": the thing asked about. */
const QUESTION_ABOUT = /^(?:how (?:does|do|is|are)|what (?:does|do)|why (?:use|pick|choose)|when (?:to|do i|should i) use)\s+(.+?)(?:\s+(?:actually|really|exactly|even))?(?:\s+(?:work|add|offer|give|do|cost|priced|billed|scale|fail over))?\s*\??$/i;

/**
 * For each line, the name of the sub-heading it sits under when that heading names a thing other
 * than the note's subject ("### Network Load Balancer (NLB)", "### Aurora Serverless v2"): the
 * subject of the lines below it, down to the next heading of the same or a higher level.
 */
export function subHeadingSubjects(note: NoteModel, names: ServiceNames): { perLine: (string | null)[]; groups: string[][] } {
	const out = new Array<string | null>(note.lines.length).fill(null);
	const heads = note.headings.filter((h) => h !== note.title && h.kind !== "bold" && h.level !== null).sort((a, b) => a.line - b.line);
	const stack: { level: number; name: string | null; id: number }[] = [];
	// Named headings of the same level under the same parent heading: things of one kind.
	const groups = new Map<string, string[]>();
	const texts = heads.map((h) => withoutNumbering(stripEnd(withoutEmoji(clean(h.plain)))).trim().replace(COURSE_LABEL, ""));
	const listed = listedTogether(note, texts, (t) => TOPIC_HEADING.test(t) || sectionIdOf(t) !== null);
	for (let i = 0; i < heads.length; i++) {
		const h = heads[i];
		const level = h.level ?? 7;
		while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
		const text = texts[i];
		// "How does WAF work?", "What does Shield Advanced add?": a question heading about one thing.
		const asked = QUESTION_ABOUT.exec(text)?.[1];
		const thing = asked !== undefined && (isKnownService(asked) || namesAThing(asked)) && !isSelf(names, asked) ? asked : null;
		// "7.2 Deployment policies", "7.3 Worker environments": a course's sections are topics, not things side
		// by side (blind read 51); one that names a thing ("9.2 EC2 Auto Scaling") is still its lines' subject (read 54).
		const section = /^\s*\d{1,3}\.\d{1,3}\b/.test(clean(h.plain));
		const named = thing !== null || (text !== "" && (namesAThing(text) || listed.has(text)) && sectionIdOf(text) === null && !isSelf(names, text));
		if (thing === null && named && !section) {
			const key = `${stack.length > 0 ? stack[stack.length - 1].id : -1}:${level}`;
			const group = groups.get(key);
			if (group) group.push(text);
			else groups.set(key, [text]);
		}
		const led = thing === null && !named ? serviceLeading(text, names) : null;
		stack.push({ level, name: thing ?? led ?? (named ? text : null), id: i });
		let subject: string | null = null;
		for (let j = stack.length - 1; j >= 0 && subject === null; j--) subject = stack[j].name;
		const end = i + 1 < heads.length ? heads[i + 1].line - 1 : note.lines.length;
		for (let l = h.line + 1; l <= end; l++) out[l - 1] = subject;
	}
	paragraphLeadSubjects(note, names, out);
	const outline = outlineSubjects(note, names, out);
	return { perLine: out, groups: [...[...groups.values()].filter((g) => g.length >= 2), ...outline] };
}

/**
 * "CloudFront basics", "SQS – how it works": a topic heading led by the name of a service other than
 * the note's own is about that service (in "CloudFront and Global Accelerator", the origin types under
 * "CloudFront basics" are CloudFront's). Null otherwise.
 */
function serviceLeading(text: string, names: ServiceNames): string | null {
	const words = text.split(/\s+/);
	for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
		const head = words.slice(0, n).join(" ").replace(/\s*[:–—-]+$/, "");
		const rest = words.slice(n).join(" ").replace(/^[:–—-]+\s*/, "");
		if (rest !== "" && TOPIC_HEADING.test(rest) && isKnownService(head) && !isSelf(names, head)) {
			// "EKS on Fargate gotchas": the service as it runs on another, both named (blind read 118).
			const on = /^(on|with|in|inside)\s+(\S+(?:\s+\S+)?)\s+\S/i.exec(rest);
			const host = on === null ? undefined : [on[2], on[2].split(/\s+/)[0]].find((h) => isKnownService(h));
			return on !== null && host !== undefined ? `${head} ${on[1]} ${host}` : head;
		}
	}
	return null;
}

/**
 * A statement that names neither the note's service nor its sub-heading's subject ("Advanced costs
 * $3,000 a month") is prefixed with it ("AWS Shield: Advanced costs ..."), so it can be judged alone.
 */
export function withContext(facts: QuizFacts, line: number, statement: string, ask = true): string {
	if (opensWithOther(facts, statement)) return statement;
	// "1 min: 15 days" under "### How long are metrics kept?": the question is what the short answer answers.
	// A longer one needs it too when the heading asks about the service ("How does renewal work?" over
	// "Cert must be in use ... to be eligible"), not about the exam ("What does the exam like to ask?").
	const words = wordCount(statement);
	const asked = !ask ? null : words <= SHORT_ANSWER_WORDS ? questionAbove(facts, line, false) : words <= ANSWER_WORDS ? questionAbove(facts, line, true) : null;
	// "What is it? ____ - managed protection ..." with no service in front says nothing the line does not.
	if (asked !== null && !(subjectOf(facts, line) === "" && /\b(?:it|they|them|this)\b/i.test(asked))) {
		const subject = subjectOf(facts, line);
		const service = mentions(facts.names, statement) || mentions(facts.names, asked) || containsText(asked, subject) ? "" : subject;
		return service === "" ? `${asked} ${statement}` : `${service} — ${asked} ${statement}`;
	}
	const lead = leadFor(facts, line, statement);
	if (lead === null) return statement;
	return lead.namesSubject ? `${lead.text} — ${statement}` : `${lead.text}: ${statement}`;
}

/**
 * True when `statement` at `line` answers the question heading above it and cannot be read without
 * it ("1 min: 15 days" under "How long are metrics kept?").
 */
export function answersHeading(facts: QuizFacts, line: number, statement: string): boolean {
	return wordCount(statement) <= SHORT_ANSWER_WORDS && questionAbove(facts, line, false) !== null;
}

/** A statement this short under a question heading is an answer to it, and needs it to be read. */
const SHORT_ANSWER_WORDS = 8;
/** Up to this long, a statement under a question about the service answers it (FAQ notes, blind read 25). */
const ANSWER_WORDS = 20;
/** A question an FAQ asks about a service, not a practice question's scenario. */
const FAQ_QUESTION = /^(?:what|who|whom|which|when|where|why|how|is|are|does|do|can|should)\b[^?]*\?$/i;

/**
 * The heading just above `line` when it asks a question ("How long are metrics kept?"), as a lead
 * ("How it works:"); null otherwise. With `aboutService`, only a question with no role of its own
 * ("What does the exam like to ask?", "Gotchas?" give none to the lines below them).
 */
function questionAbove(facts: QuizFacts, line: number, aboutService: boolean): string | null {
	const above = headingJustAbove(facts, line);
	// "### Q: company stores CSV logs ..." is a practice question written out: its bullets are notes on
	// the answer, not answers to a question about the service (blind read 38). "### Q: Who is affected by
	// SCPs?" in an FAQ asks one (blind read 51).
	if (above === null || !isQuestionHeading(above.plain)) return null;
	const q = withoutNumbering(withoutEmoji(clean(above.plain))).trim();
	if (/^\s*(?:q|question)\s*\d*\s*[:.]/i.test(clean(above.plain)) && !(FAQ_QUESTION.test(q) && wordCount(q) <= 10)) return null;
	if (aboutService && (!q.includes("?") || sectionIdOf(q) !== null || /\b(?:exam|gotchas?|traps?|tips?|remember|confus\w*|mistakes?|pitfalls?|caveats?|trips? (?:\p{L}+ )?up)\b/iu.test(q))) return null;
	// "How does it scale? (shards)" keeps its own question mark where it put it; "How it works" is a label.
	return q === "" ? null : q.includes("?") ? q : `${q}:`;
}

/**
 * What goes in front of `text` (a line of `line`'s) so it says whose it is: the subject with its
 * service; the service alone when `text` names a topic subject itself ("Step Functions — Data flow:
 * payload max ____"); null when `text` names them already.
 */
function leadFor(facts: QuizFacts, line: number, text: string, topical = true): { text: string; namesSubject: boolean } | null {
	// "incremental, stored in S3" under "## 📸 snapshots": a fragment says what it is about only with
	// the topic of its heading ("EBS — snapshots: incremental, ...", blind read 28).
	// So does a blank that opens the line ("EFS — Throughput modes: ____ (default) → scales with load", blind read 115).
	const topic = topical && (/^\p{Ll}/u.test(text) || text.startsWith(BLANK)) && facts.subjectAt(line) === null ? topicAbove(facts, line) : null;
	if (topic !== null && !containsText(text, topic) && !mentions(facts.names, text)) return { text: withService(facts, topic), namesSubject: false };
	const subject = subjectOf(facts, line);
	if (subject === "" || mentions(facts.names, text)) return null;
	const full = withService(facts, subject);
	if (!containsText(text, subject)) return { text: full, namesSubject: false };
	// The note's own thing in front ("EC2 Spot Instances — Free tier is ..."), or nothing: never an empty lead.
	const thing = noteSubject(facts);
	const own = withService(facts, "") || (isKnownService(thing) || containsText(text, thing) ? "" : thing);
	return full === subject || containsText(text, full) || own === "" ? null : { text: own, namesSubject: true };
}

/** The nearest heading of a level above `line` (bold lines are none), `except` passed over. */
function headingJustAbove(facts: QuizFacts, line: number, except: QuizFacts["note"]["title"] = null): QuizFacts["note"]["headings"][number] | null {
	let above: QuizFacts["note"]["headings"][number] | null = null;
	for (const h of facts.note.headings) if (h.line < line && h.level !== null && h !== except && (above === null || h.line > above.line)) above = h;
	return above;
}

/**
 * The heading just above `line` when it names a part of the service in a word or two ("snapshots",
 * "Read replicas"): not a topic ("pricing", "limits"), a section role, a question or a thing of its own.
 */
function topicAbove(facts: QuizFacts, line: number): string | null {
	const above = headingJustAbove(facts, line, facts.note.title);
	if (above === null) return null;
	const t = withoutNumbering(stripEnd(withoutEmoji(clean(above.plain)))).trim();
	if (t === "" || isDate(t) || wordCount(t) > 3 || /[?!]/.test(t) || !/^[\p{L}\s&/-]+$/u.test(t) || TOPIC_HEADING.test(t) || sectionIdOf(t) !== null || isQuestionHeading(t) || GLOSSARY_LETTER.test(t)) return null;
	if (/\b(?:i|me|my|we|you|it|use|when|don'?t|not)\b/i.test(t)) return null;
	return t;
}

/**
 * "SQS → queue, one consumer group" under "vs" in the SNS note: the line names its own subject, another
 * service, and "SNS: SQS → ..." would say it of SNS (blind read 15).
 */
function opensWithOther(facts: QuizFacts, statement: string): boolean {
	const t = statement.trim();
	// "firehose - near real time, ..." too, on a note typed without markup (blind read 118).
	const lead = /^([^→:=,]{2,40}?)(?:\s*(→|->|=>|:|=)|\s([-–—]))\s/.exec(t);
	if (lead === null || !isKnownService(lead[1]) || isSelf(facts.names, lead[1])) return false;
	// "S3 → needs ____" in the QuickSight note: a terse arrow from another service is the note's service
	// working with it, and needs the note's name (blind read 37).
	return !(/[→>]/.test(lead[2] ?? lead[3]) && wordCount(t.slice(lead[0].length)) <= 3);
}

/**
 * `subject` with the note's service in front when it is a topic of it: a sub-heading such as
 * "Cluster layout" or "Health checks" comes with the service ("Aurora — Cluster layout"), or the
 * statement could be about any service (blind read 12); a service or a name with the note's own
 * in it stands alone.
 */
export function withService(facts: QuizFacts, subject: string): string {
	// A note about a thing that is no service ("Service Control Policies", "Lambda Concurrency") puts the
	// thing in front (blind read 121); one about a topic of a service ("EBS Volume Types") says the topic itself.
	const thing = facts.combined || facts.isService || subject === "" ? "" : noteSubject(facts);
	const service = facts.combined ? "" : facts.isService ? facts.names.short : isKnownService(thing) ? "" : thing;
	if (subject === "") return service;
	if (service === "" || subject === service || mentions(facts.names, subject) || isKnownService(subject)) return subject;
	return `${service} — ${subject}`;
}

/**
 * A statement under a label ("Supported resources: EC2 Auto Scaling groups"): when neither names
 * the line's subject, the subject goes in front ("AWS Compute Optimizer — Supported resources: ..."),
 * so the statement can be judged alone.
 */
export function withLabel(facts: QuizFacts, line: number, label: string, statement: string): string {
	// A runbook's "Likely cause:" or "Fix:" says what part of a problem a line is: the problem is the heading above (blind read 144).
	const problem = RUNBOOK_LABEL.test(label) ? headingJustAbove(facts, line, facts.note.title) : null;
	const text = `${problem !== null && sectionIdOf(problem.plain) === null ? `${stripEnd(withoutEmoji(clean(problem.plain)))} — ` : ""}${label}: ${statement}`;
	// The label says what the line is about ("custom origin: since late 2024 -> ____").
	const lead = leadFor(facts, line, text, false);
	return lead === null ? text : `${lead.text} — ${text}`;
}

/** The parts of a troubleshooting runbook's entry: "Symptom", "Likely cause", "Fix", "How to confirm". */
const RUNBOOK_LABEL = /^(?:symptoms?|(?:likely |root |probable )?causes?|fix(?:es)?|solution|resolution|workaround|(?:how to )?(?:confirm|verify|check|diagnose)|diagnosis)$/i;

/** Who a line is about: its sub-heading's name, else the note's service ("" for a note about no one service, or about several). */
export function subjectOf(facts: QuizFacts, line: number): string {
	return facts.subjectAt(line) ?? noteSubject(facts);
}

/** Who a line under no sub-heading is about: the same for every line of a note, so found once per note. */
function noteSubject(facts: QuizFacts): string {
	let subject = noteSubjects.get(facts);
	if (subject === undefined) {
		const title = serviceTitle(facts.names.title);
		// A note about a service and another thing ("Global Tables and DAX") names both where no heading says
		// which (blind read 40); one about two services names neither, since the choices do.
		const both = facts.combined && findServices(title).length === 1;
		// "Aurora Serverless", "EC2 Spot": a part of a service names what its note is about (blind read 41).
		const words = title.split(/\s+/);
		// So does an AWS thing named by an acronym ("NAT Gateway", blind read 54).
		const part = !facts.isService && !facts.combined && words.length === 2 && (isKnownService(words[0]) || /^\p{Lu}{2,5}$/u.test(words[0])) && /^(?:\p{Lu}[\p{Ll}-]+|\p{Lu}{2,}s?)$/u.test(words[1]) && !TOPIC_TITLE.test(words[1]);
		const head = facts.isService || facts.combined ? "" : headService(words);
		// "VPC flow logs" reads as the topic "VPC" to `serviceTitle`; as a subject, the feature stays whole.
		const written = withoutNumbering(facts.names.title).trim();
		const feature = !facts.combined && written !== title && !/\s[-–—:]\s/.test(written) && namedFeature(written, headService(written.split(/\s+/))) ? written : null;
		subject = both || part || namedFeature(title, head) ? title : (feature ?? (facts.isService && !facts.combined ? facts.names.short : !facts.combined ? head : ""));
		// "Service Control Policies": a note about a thing that is no service is still about that thing (blind read 121).
		if (subject === "" && !facts.combined && namesAThing(written)) subject = written;
		noteSubjects.set(facts, subject);
	}
	return subject;
}

const noteSubjects = new WeakMap<QuizFacts, string>();

/** Last words of a title that make it a topic of its service ("EC2 Instance Types", "S3 Storage Classes"), not a feature. */
const TOPIC_KIND = /^(?:options|types|classes|policies|modes|tiers|limits|features|pricing|costs?|security|networking|monitoring|performance|concepts|patterns|strategies|integrations|permissions|settings|blocks|components|architecture|design|fundamentals|essentials|routing|scaling|migration|replication|encryption|backups?|logging|faqs?|flash ?cards?|cards|maps?|family|purchasing)$/i;

/**
 * "EC2 Instance Connect", "S3 Batch Operations", "VPC flow logs", "EBS io2 Block Express": a feature
 * named after its service's name is what the note is about, not the service (blind reads 89, 91);
 * "EC2 Instance Types", "S3 storage classes" are topics of the service.
 */
function namedFeature(title: string, head: string): boolean {
	if (head === "") return false;
	const rest = title.slice(head.length).trim().split(/\s+/);
	return rest.length >= 1 && rest.length <= 3 && rest.every((w) => /^[\p{L}\d][\p{L}\d-]*$/u.test(w)) && !TOPIC_KIND.test(rest[rest.length - 1]) && !TOPIC_TITLE.test(rest.join(" "));
}

/**
 * The service a topic title opens with ("EC2 Purchasing Options", "S3 Storage Notes", "Route 53
 * Routing"), as the title writes it; "" when it opens with none. A line of such a note under no
 * sub-heading is about that service: "____ - spare capacity at up to 90% off" says so only with it.
 */
function headService(words: readonly string[]): string {
	// "DataSync vs Transfer Family vs Snow", "X-Ray and CloudWatch": a note about several names none.
	if (words.some((w) => /^(?:vs\.?|versus|and|or|&|\+|\/)$|[,/]/i.test(w))) return "";
	for (let n = Math.min(words.length - 1, 3); n >= 1; n--) {
		const head = words.slice(0, n).join(" ");
		if (isKnownService(head)) return head;
	}
	return "";
}

/** A branch that says how things relate, not what they are: "Compared", "Related", "Used with". */
const RELATION = /^(?:compared|related|similar|connected|integrated|integrates|used|works|see also)\b/i;

/**
 * The label a parent bullet gives its children in an outline: a short label alone ("payload", "VPC"),
 * or the term it opens with ("NACL" of "NACL → subnet level, stateless"). Null for a parent that is
 * a sentence, or whose label is generic ("Features", "Notes").
 */
export function branchLabel(parentPlain: string): string | null {
	// "deregistration delay (= connection draining on CLB)": an aside is no part of the label (blind read 63).
	const p = stripEnd(withoutAsides(parentPlain).trim());
	const lead = /^([^→:=–—]{1,30}?)\s*(?:→|->|:|=|–|—)\s/.exec(p);
	const label = lead !== null ? lead[1].trim() : p;
	// "Cluster Basics", "Key features", "Compared", "Related" name a topic or a relation, which the note's service in front says better.
	if (label === "" || wordCount(label) > 3 || /[.!?]/.test(label) || TOPIC_HEADING.test(label) || RELATION.test(label)) return null;
	if (/^(?:and|or|but|if|when|e\.g\.?|i\.e\.?)\b/i.test(label)) return null;
	return label;
}

/** The list item the item on `line` is nested under, if any. */
export function parentItemAt(facts: QuizFacts, line: number): ItemFact | undefined {
	const item = facts.itemByLine.get(line);
	return item !== undefined && item.item.parent !== -1 ? facts.itemByIndex.get(item.item.parent) : undefined;
}

/** "apply to" over "NOT mgmt acct": the bullet on `line` finishes its parent's sentence, and says nothing alone (blind read 105). */
export function finishesParent(facts: QuizFacts, line: number): boolean {
	const parent = parentItemAt(facts, line);
	return parent !== undefined && /\s(?:to|for|of|with|by|on|from|into|via|than|per)$/i.test(parent.plain.replace(/[\s:]+$/, ""));
}

/** What a terse line is about: the note's service, with the branch it hangs from ("Lambda — VPC"); null when neither is known. */
export function branchContext(facts: QuizFacts, line: number, owner: string | null): string | null {
	const parent = parentItemAt(facts, line);
	const branch = parent !== undefined ? branchLabel(parent.plain) : null;
	const parts = [owner, branch].filter((p): p is string => p !== null && p !== "");
	return parts.length > 0 ? parts.join(" — ") : null;
}
