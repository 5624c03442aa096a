/**
 * The fairness rules every generated question must pass. `generateQuiz` drops any question that
 * breaks one (so a generator bug degrades into a shorter quiz, never an unfair one) and the tests
 * run the check on every question of every fixture and of the example vault.
 */

import { findService } from "../links/catalog";
import { showsInitials } from "./acronyms";
import { saysDuration } from "./answer";
import { choiceType, sameType } from "./choiceType";
import { abbreviation, isServiceLike, withoutParens } from "./names";
import { echoStems, saysEveryWord } from "./terms";
import { BLANK, LEADING_MARKER, MARKDOWN_TOKENS, choiceKey, containsText, containsWord, orList, stripEnd, withoutAsides, wordCount } from "./text";
import { QUESTION_KINDS, type Question } from "./types";

function markdownIn(text: string): string | null {
	const t = text.split(BLANK).join(" ");
	for (const token of MARKDOWN_TOKENS) if (t.includes(token)) return token === "\t" ? "a tab" : `"${token}"`;
	if (LEADING_MARKER.test(t)) return "a list marker at the start";
	if (/[\r\n]/.test(t)) return "a line break";
	return null;
}

function isTermLike(text: string): boolean {
	const t = choiceType(text);
	return t === "term" || t === "service";
}

/**
 * The rules a question breaks, as readable sentences; `[]` when it is fair. A fair question is
 * answerable from its note (the explanation quotes the source line), does not give its answer
 * away in the prompt, shows no markdown, and has a sensible number of distinct choices. `own` holds
 * the names of the note's own service, which its prompts may name to say what they ask about.
 */
export function checkFairness(question: Question, own: readonly string[] = []): string[] {
	const broken: string[] = [];
	const q = question;
	if (typeof q.id !== "string" || q.id === "") broken.push("the question has no id");
	if (!QUESTION_KINDS.includes(q.kind)) broken.push(`unknown kind "${String(q.kind)}"`);
	if (typeof q.prompt !== "string" || q.prompt.trim() === "") broken.push("the prompt is empty");
	if (!Array.isArray(q.answers) || q.answers.length === 0) broken.push("there is no right answer");
	if (!Array.isArray(q.choices)) broken.push("choices is not a list");
	if (broken.length > 0) return broken;

	// --- No markdown anywhere the user reads ---------------------------------------------------
	const texts: [string, string][] = [["prompt", q.prompt], ["explanation", q.explanation], ["source text", q.source.text]];
	for (const c of q.choices) texts.push(["choice", c]);
	for (const a of q.answers) texts.push(["answer", a]);
	for (const [what, text] of texts) {
		if (typeof text !== "string" || text.trim() === "") {
			broken.push(`an empty ${what}`);
			continue;
		}
		const md = markdownIn(text);
		if (md !== null) broken.push(`the ${what} "${text}" contains ${md}`);
	}
	if (q.kind === "fill-blank" && q.prompt.split(BLANK).length !== 2) broken.push("a fill-blank prompt needs exactly one blank");
	// "Memory store: max retention? :: 73,000 days": a flashcard's question and answer are no statement (blind read 73).
	if (q.kind === "true-false" && q.prompt.includes(" :: ")) broken.push('a true/false statement keeps a flashcard\'s "::"');

	// "Dashboard itself = free": a key that points back at its own line asks for no thing (blind read 81).
	// "View 1 = service health": a numbered label is the note's own ordering, nothing to know (read 81).
	// "G-D-F": a mnemonic's letters are the student's own hook, nothing AWS names (blind read 93).
	if (q.kind === "fill-blank" && q.answers.some((a) => /\b(?:itself|themselves|things|stuff)\b/i.test(a) || /^(?:view|option|step|part|way|case|method|phase|stage|point|rule|tip|item|no\.?|number|#)\s*\d{1,2}$/i.test(a) || /^(?:\p{Lu}-){2,}\p{Lu}$/u.test(a.trim()))) broken.push("the answer points back at its line");

	// "Ne s'appliquent ____ au management account" for "PAS": a negation is grammar, nothing to know (blind read 97).
	if (q.kind === "fill-blank" && q.answers.some((a) => /^(?:not|no|never|none|pas|non|nicht|kein|nunca|jamais)$/i.test(a.trim()))) broken.push("the answer is a negation");

	// "(you pick size + storage). can be ____": an open slot at the end of a clause with no subject of its own,
	// which many words fill (blind read 80); "Only the SSD types can be ____" says what it is about.
	if (q.kind === "fill-blank" && /(?:^|[.;:→)]\s*)(?:can|could|may|might|will|should|must)\s+(?:also\s+)?be\s+____[.!]?$/i.test(q.prompt) && choiceType(q.answers[0]) !== "number") broken.push("the blank is an open slot");

	// "retention per log group: ____ ... 10 yrs": one end of a range asks for nothing the other end does not frame (blind read 84).
	if (q.kind === "fill-blank" && /____\s*(?:\.{2,}|…)|(?:\.{2,}|…)\s*____/.test(q.prompt)) broken.push("the blank is one end of a range");

	// "ex: send email → wait ____ → send SMS": a figure of an example is the note's own pick (blind read 86).
	if (q.kind === "fill-blank" && choiceType(q.answers[0]) === "number" && /\b(?:ex|e\.g|eg|for example|for instance)\b[:.,]?[^.;!?]*____/i.test(q.prompt)) broken.push("the blank is a figure of an example");

	// --- Choices ------------------------------------------------------------------------------
	// "KDA (RANDOM_CUT_FOREST) —", "Athena, NOT QuickSight": a choice cut from its line mid-thought (blind read 85).
	const cut = q.choices.find((c) => /\s[—–→-]$|,\s*NOT\b/.test(c));
	if (cut !== undefined) broken.push(`the choice "${cut}" is cut from its line`);
	const keys = q.choices.map(choiceKey);
	if (new Set(keys).size !== keys.length) broken.push("two choices are the same (ignoring case and punctuation)");
	if (keys.some((k) => k === "")) broken.push("a choice is empty once normalised");
	if (q.choices.length > 0) {
		for (const a of q.answers) if (!q.choices.includes(a)) broken.push(`the answer "${a}" is not one of the choices`);
	}
	const answerKeys = new Set(q.answers.map(choiceKey));
	if (answerKeys.size !== q.answers.length) broken.push("two right answers are the same");
	const wrong = q.choices.length - q.answers.length;
	if (q.kind === "true-false") {
		if (q.choices.length !== 2 || q.choices[0] !== "True" || q.choices[1] !== "False") broken.push('true-false choices must be ["True", "False"]');
		if (q.answers.length !== 1 || (q.answers[0] !== "True" && q.answers[0] !== "False")) broken.push('a true-false answer is "True" or "False"');
		if (q.multi || q.typed) broken.push("a true-false question is single-choice");
	} else if (q.multi) {
		if (q.choices.length < 4 || q.choices.length > 6) broken.push(`a select-all question needs 4–6 choices, not ${q.choices.length}`);
		if (q.answers.length < 2) broken.push("a select-all question needs 2 or more right answers");
		if (wrong < 1) broken.push("a select-all question needs a wrong choice");
		if (q.typed) broken.push("a select-all question cannot be typed");
	} else {
		if (q.answers.length !== 1) broken.push("a single-answer question needs exactly one right answer");
		if (q.choices.length === 0) {
			if (!q.typed) broken.push("a question without choices must be typed");
		} else if ((q.choices.length < 3 && bothSidesAsked(q) === null) || q.choices.length > 4) broken.push(`a single-answer question needs 3 or 4 choices, not ${q.choices.length}`);
	}
	if (q.kind === "select-all" && !q.multi) broken.push("a select-all question must be multi");
	// Every choice has the key's type: no choice can be ruled out by its form alone.
	if (q.kind !== "true-false" && q.answers.length > 0) {
		// In a select-all list a service may stand among terms ("Fargate" among node types).
		// So may an option among services in a scenario ("CloudWatch agent" next to "AWS X-Ray"): both read as names.
		// So may the two sides a prompt names ("Which is it, Fargate or EC2 launch type?"): the note set them side by side.
		const sides = bothSidesAsked(q) !== null;
		const fits = (c: string): boolean => sameType(q.answers[0], c) || ((q.multi || q.kind === "scenario" || sides) && isTermLike(c) && q.answers.every(isTermLike));
		for (const c of q.choices) {
			if (!fits(c)) {
				broken.push(`the choice "${c}" is a ${choiceType(c)}, the answer "${q.answers[0]}" a ${choiceType(q.answers[0])}`);
				break;
			}
		}
	}

	// --- The prompt does not give the answer away ---------------------------------------------
	if (q.kind !== "true-false") {
		// Both sides named as the choice ("Which fits, A or B?") give neither away: the rest of the prompt must not.
		const sides = bothSidesAsked(q);
		const stem = sides === null ? q.prompt : q.prompt.slice(0, -sides.length);
		// "v1 reached end of life, so for anything real. Which fits, v2 or v1?": the situation rules the other side out by name (blind read 80).
		if (sides !== null) {
			const named = q.choices.find((c) => !q.answers.includes(c) && containsWord(stem, c));
			if (named !== undefined) broken.push(`the prompt names "${named}", another side`);
			// "Which one is ..., CSV or Apache Parquet or Metrics export?": a side with "or" of its own blurs the sides (blind read 87).
			const blurred = q.choices.find((c) => /\sor\s/i.test(c));
			if (blurred !== undefined) broken.push(`the side "${blurred}" says "or" itself`);
		}
		// "Firewall Manager — Scope + auto remediation: ... ____ or just identify ..." for "auto remediate": the
		// heading put in front of a typed blank says its key (blind read 94).
		// A figure is what its key asks ("15 Aurora Replicas" under "Replicas"), whatever words go with it.
		if (q.typed && q.kind === "fill-blank" && !/\d/.test(q.answers[0])) {
			const at = q.prompt.indexOf(q.source.text.slice(0, 16));
			const lead = at > 0 ? q.prompt.slice(0, at) : "";
			// "AWS License Manager: ... track ____" for "software licenses": the service's name says the key's head
			// noun by a word that is not its own head (blind read 95); "Volume Gateway" on the Storage Gateway note
			// is a kind of the service, and its first word is what is asked.
			const head = /(\p{L}{4,})$/u.exec(withoutAsides(q.answers[0]).trim())?.[1];
			const modifiers = own.map((n) => n.trim().split(/\s+/).slice(0, -1).join(" ")).join(" ");
			const named = head !== undefined && saysEveryWord(lead, head) && saysEveryWord(modifiers, head);
			if (lead.trim() !== "" && (saysEveryWord(lead, q.answers[0]) || named)) broken.push(`the heading in front says the answer "${q.answers[0]}"`);
		}
		for (const a of q.answers) {
			if (containsText(stem, stripEnd(a))) broken.push(`the prompt contains the answer "${a}"`);
			else if (saysDuration(stem, a)) broken.push(`the prompt says the answer "${a}" in other units`);
			else if (isServiceLike(a) && wordCount(a) <= 8) {
				// A service answer is given away by its abbreviation or its name without the parentheses too.
				const abbr = abbreviation(a);
				const core = withoutParens(a);
				if (abbr !== null && abbr.length >= 2 && containsWord(stem, abbr)) broken.push(`the prompt contains "${abbr}", the answer's abbreviation`);
				else if (core !== a && core.length >= 3 && containsText(stem, core)) broken.push(`the prompt contains "${core}", the answer's name`);
			}
			// "so all CFN behaviour applies" for "CloudFormation" (or "CloudFormation template"): the service's
			// short name, which the catalog knows (blind read 81).
			const short = shortNameIn(stem, a, own);
			if (short !== null) broken.push(`the prompt contains "${short}", the short name of the answer's service`);
			// "sell on RI Marketplace" for "Reserved Instances (EC2)", "a daemon (sqsd)" for "SQS queue" (blind read 85).
			const rivals = q.choices.filter((c) => !q.answers.includes(c));
			if (showsInitials(stem, withoutParens(a)) && !rivals.some((c) => showsInitials(stem, withoutParens(c)))) broken.push(`the prompt shows the initials of "${a}"`);
			const inside = (a.match(/\b\p{Lu}{3,}\b/gu) ?? []).find((acronym) => acronym !== "AWS" && new RegExp(`\\b${acronym}(?!s\\b)\\p{L}`, "iu").test(stem));
			if (inside !== undefined) broken.push(`the prompt has "${inside}" inside a word`);
			// "Alertmanager" in "upload an alert manager definition": the key's letters in two or three words (blind read 86).
			const spelled = spelledInWords(stem, a);
			if (spelled !== null) broken.push(`the prompt spells the answer as "${spelled}"`);
			// "cold storage: min ____, retention ≥ transition + 90" for "90 days" (blind read 84).
			// Each figure of a range: "the 128 / 900 rule" beside "buffer: size ____" for "1-128 MB" (blind read 145).
			const unblanked = stem.split(BLANK).join(" ");
			const figure = choiceType(a) === "number" ? [...a.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => m[0]).find((f) => f !== "1" && f !== "0" && saysFigure(unblanked, f, a)) : undefined;
			if (figure !== undefined) broken.push(`the prompt says the answer's figure ${figure}`);
			// "Inbound endpoints = ..., ____ + forwarding rules" for "Outbound endpoints": the other of a pair (blind read 84).
			const opposite = oppositeIn(stem, a);
			if (opposite !== null) broken.push(`the prompt names "${opposite}", the answer's opposite`);
			// "Current version = ____; V1 is old" for "Greengrass V2": the other version leaves this one (blind read 88).
			const version = /\bv(\d+)\b/i.exec(a)?.[1];
			if (version !== undefined && q.choices.length === 0 && [...stem.matchAll(/\bv(\d+)\b/gi)].some((m) => m[1] !== version)) broken.push("the prompt names another version");
		}
	}

	// "migrate ZFS workloads" for "FSx for OpenZFS" among other FSx: an acronym of the prompt that only
	// the key holds, inside a longer word of it, is matched by its letters (blind read 23).
	if (q.kind !== "true-false" && q.answers.length === 1 && q.choices.length > 0) {
		const key = q.answers[0];
		const others = q.choices.filter((c) => c !== key);
		// Two letters do too: "the LB marks unhealthy" keyed "ELB" (blind read 67).
		for (const [acronym] of q.prompt.matchAll(/\b\p{Lu}{2,}(?=s?\b)/gu)) {
			const inside = new RegExp(`\\p{L}${acronym}|${acronym}\\p{Ll}`, "u");
			if (inside.test(key) && !containsWord(key, acronym) && !others.some((c) => c.includes(acronym))) {
				broken.push(`the prompt's "${acronym}" is part of the answer "${key}" only`);
				break;
			}
		}
	}

	// --- Answerable from the note: the explanation quotes the source line ----------------------
	if (!Number.isInteger(q.source.line) || q.source.line < 1) broken.push(`the source line ${q.source.line} is not a 1-based line number`);
	if (typeof q.explanation === "string" && typeof q.source.text === "string" && q.source.text !== "" && !q.explanation.includes(q.source.text)) {
		broken.push("the explanation does not quote the source line");
	}
	return broken;
}

/** The two or three words of `prompt` that run together into a one-word `answer` ("alert manager"), or null. */
function spelledInWords(prompt: string, answer: string): string | null {
	const key = answer.trim().toLowerCase();
	if (!/^\p{L}{6,}$/u.test(key)) return null;
	const words = prompt.split(/[^\p{L}]+/u).filter((w) => w !== "");
	for (let i = 0; i < words.length; i++) {
		for (let n = 2; n <= 3 && i + n <= words.length; n++) {
			const run = words.slice(i, i + n);
			if (run.join("").toLowerCase() === key) return run.join(" ");
		}
	}
	return null;
}

/**
 * Whether `text` says the number `figure` of `answer` on its own (not "190", "9.0" or "EC2"): in the
 * answer's unit ("90 days" for "90 days", not "10%" for "10 minutes"), or bare in a sum or bound
 * ("≥ transition + 90"; a bare "threshold 5" is another quantity), or bare with three digits or more.
 */
function saysFigure(text: string, figure: string, answer: string): boolean {
	const unitOf = (after: string): string => /^\s*(%|\p{L}{1,3})/u.exec(after)?.[1].toLowerCase() ?? "";
	const unit = unitOf(answer.slice(answer.indexOf(figure) + figure.length));
	for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
		if (m[0] !== figure || /[\p{L}\d.,]/u.test(text[m.index - 1] ?? "")) continue;
		const said = unitOf(text.slice(m.index + figure.length));
		// A bare figure of three digits or more is this one ("128 / 900 rule"); a short one ("threshold 5") may be another.
		// "range 1–20 s" says "20 secondi" (blind read 149): a unit's first letter stands for it.
		if ((said !== "" && (said === unit || (said.length === 1 && unit.startsWith(said)))) || (said === "" && (figure.length >= 3 || /[+=≥≤<>≈~]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))))) return true;
	}
	return false;
}

/** Words that come in pairs: a prompt naming one side of a pair leaves only the other for the blank. */
const OPPOSITES: Readonly<Record<string, string>> = {
	inbound: "outbound",
	ingress: "egress",
	upload: "download",
	uploads: "downloads",
	public: "private",
	synchronous: "asynchronous",
	sync: "async",
	stateful: "stateless",
	horizontal: "vertical",
	upstream: "downstream",
	encrypted: "unencrypted",
	"client-side": "server-side",
	read: "write",
	reads: "writes",
};
const OPPOSITE_OF = new Map<string, string>(Object.entries(OPPOSITES).flatMap(([a, b]) => [[a, b], [b, a]]));

/**
 * "Outbound endpoints" where the prompt says "Inbound endpoints": the pair's other side with the same
 * words after it (or, for a one-word answer, before the same word that follows the blank). The
 * phrase the prompt says, or null.
 */
function oppositeIn(prompt: string, answer: string): string | null {
	const [first, ...rest] = answer.trim().split(/\s+/);
	const other = OPPOSITE_OF.get(first.toLowerCase());
	if (other === undefined) return null;
	const [before, after = ""] = prompt.split(BLANK);
	// "Can split into ____ vs Write events": the other of the pair beside the blank says the key (blind read 99).
	const side = new RegExp(String.raw`^\s*(?:vs\.?|versus|or|and|/)\s*${other}\b`, "i");
	const sideBefore = new RegExp(String.raw`\b${other}\s*(?:vs\.?|versus|or|and|/)\s*$`, "i");
	if (side.test(after) || sideBefore.test(before)) return other;
	const next = rest.length > 0 ? rest.join(" ") : (/^\s*([\p{L}-]+)/u.exec(after)?.[1] ?? "");
	if (next === "") return null;
	const phrase = `${other} ${next}`;
	return containsText(`${before} ${after}`, phrase) ? phrase : null;
}

/**
 * A catalog short name ("CFN", "KDS") of the service an answer names, or begins with, that `stem` says
 * as a word; else null. The note's `own` service is named in its prompts to say what they ask about
 * ("one DX to many VPCs → Direct Connect gateway").
 */
function shortNameIn(stem: string, answer: string, own: readonly string[]): string | null {
	const words = answer.split(/\s+/);
	for (let n = Math.min(words.length, 5); n >= 1; n--) {
		const entry = findService(words.slice(0, n).join(" "));
		if (entry === null) continue;
		if (own.some((name) => findService(name)?.id === entry.id)) return null;
		return entry.names.find((name) => /^[A-Z][A-Z0-9]{1,5}$/.test(name) && !containsWord(answer, name) && containsWord(stem, name)) ?? null;
	}
	return null;
}

/**
 * "Scenario: ... Which fits, CloudFront or Global Accelerator?" (or a comparison table's "Max duration:
 * 1 year. Which is it, Standard or Express?"): the two sides of a comparison, both
 * named in the prompt, are the choices. The note teaches that choice; any third service could fit
 * the situation too (blind read 11). The prompt's closing ", A or B?" (", A, B or C?"), or null.
 */
function bothSidesAsked(q: Question): string | null {
	// Three or four sides the same way: "Which is it, Role, User or Group?" (blind read 54).
	if ((q.kind !== "scenario" && q.kind !== "comparison") || q.choices.length < 2 || q.choices.length > 4) return null;
	const ending = `, ${orList(q.choices)}?`;
	return q.prompt.endsWith(ending) ? ending : null;
}

/**
 * The part of a prompt that says what is asked, without the labels that say where it comes from
 * ("CloudFront — Edge compute — Runtime: ..." names the group all choices belong to), the kind of
 * thing asked for ("which policy type is this: ...") and the closing "Which service fits?".
 */
function askedPart(prompt: string): string {
	const quoted = /^Which service fills the blank in this line about [^"]*"(.*)"\?$/.exec(prompt);
	if (quoted) return quoted[1];
	let asked = prompt
		.replace(/^Scenario(?: \([^)]*\))?:\s*/, "")
		.replace(/(\S)\s*Which [^?]*\?\s*$/, "$1")
		.replace(/^.*\s—\s/, "")
		.replace(/^[^:]*:\s*(?=which\b)/i, "");
	// "Policy types (know which ones grant): which policy type has attached to: Passed during AssumeRole?"
	for (let before = ""; before !== asked; ) {
		before = asked;
		asked = asked.replace(/^.*?\bwhich\b[^:]*:\s*/i, "");
	}
	return asked;
}

/**
 * "reduce cost of polling" for "Long polling", "replace physical tapes" for "Tape Gateway", "syncing
 * data" for "DataSync": a word of the prompt that the key shares and no wrong choice has is matched
 * by its letters (blind read 25). That word, or null. The words of `names` (the note's own service,
 * which prompts name to say what they ask about: "Which DynamoDB option fits?") give nothing away.
 * When a which-service question's key is that service, the words of its `short` name do give it away
 * (a scenario's situation says what the service does, in words its name may share: "WebSocket APIs").
 * True/false has no choices to tell apart; two sides named in the prompt ("Which is it, A or B?")
 * are left out of it.
 */
export function echoedWord(q: Question, names: readonly string[] = [], short?: string): string | null {
	// "1 min ____ · 5 min 63 days": a quantity shares its unit with the prompt and its rivals by design.
	// A typed one-word key too: "If an explicit ____ anywhere up the tree → denied" for "Deny" (blind read 147).
	// A plain word: "SnapStart" beside "cold starts" asks for the snapshot, "MySQL" beside "PostgreSQL" for the engine.
	const typedWord = q.typed && /^\p{Lu}?\p{Ll}{3,}$/u.test(q.answers[0]?.trim() ?? "");
	if (q.kind === "true-false" || q.answers.length !== 1 || (q.choices.length < 2 && !typedWord) || choiceType(q.answers[0]) === "number") return null;
	const sides = bothSidesAsked(q);
	const asked = askedPart(sides === null ? q.prompt : q.prompt.slice(0, -sides.length));
	const prompt = echoStems(asked);
	// Unless the note's service is one of two choices ("Which is it, SNS or EventBridge?" in the
	// EventBridge note): then "whole event" points at it (blind read 28).
	const ownIsChoice = q.choices.length === 2 && q.choices.some((c) => names.some((n) => choiceKey(n) === choiceKey(c)));
	// Nor the words of its short name when it is the key ("a Redis-compatible, in-memory database" for
	// "Amazon MemoryDB for Redis", "a managed document database" for DocumentDB, blind read 80); the words of
	// a long name students know by its letters ("Kubernetes" of "Elastic Kubernetes Service", EKS) tell less.
	const told = short !== undefined && q.kind === "which-service" && names.some((n) => choiceKey(n) === choiceKey(q.answers[0])) ? echoStems(short) : new Set<string>();
	const own = ownIsChoice ? new Set<string>() : new Set([...echoStems(names.join(" "))].filter((w) => !told.has(w)));
	const others = q.choices.filter((c) => c !== q.answers[0]).map(echoStems);
	// "manda pra região com menor latência" for "Latency-based", "grupy" for "Groups", "usera" for "Users":
	// a word of another language that opens with the answer's word, spelled as the language spells it
	// (blind reads 144, 150).
	// A wrong choice with a word of the same stem ("EventBridge rules (scheduled)" beside "Scheduler") shares it.
	const words = [...prompt].map(folded);
	const otherWords = others.map((o) => [...o].map(folded));
	const formOf = (w: string, list: readonly string[]): boolean => {
		const f = folded(w);
		if (f.length < 4) return false;
		const head = f.slice(0, Math.min(7, Math.max(4, f.length - 1)));
		// An ending, not a longer word: "eventually" is no form of "Event".
		return list.some((p) => p.startsWith(head) && p.length <= f.length + 3);
	};
	for (const w of echoStems(q.answers[0])) if ((prompt.has(w) || formOf(w, words)) && !own.has(w) && !others.some((o) => o.has(w)) && !otherWords.some((o) => formOf(w, o))) return w;
	return null;
}

/** A word as other languages write it: accents folded, "ou" as "u" ("group", "grupa"), a final "y" as "i", no doubled letters. */
function folded(word: string): string {
	return word
		.normalize("NFD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/ou/g, "u")
		.replace(/y$/, "i")
		.replace(/(\p{L})\1/gu, "$1");
}
