/**
 * Questions from a note's tables (see `tables.ts`):
 * - a table of things ("Volume | Max IOPS | Use case") asks which thing has a value found in one
 *   row only ("EBS — Volume types: which volume has a max IOPS of 256,000?"), with the other rows
 *   as the wrong choices; its use-case column gives scenarios;
 * - a comparison ("| | Standard | Express |") asks which side a value belongs to ("Step Functions —
 *   Max duration: 1 year. Which is it, Standard or Express?");
 * - a "Limit | Value" table asks the value, typed;
 * - a "Scenario | Answer" table gives exam cues, which `scenario.ts` asks like the note's other cues.
 * A value that two rows share, that names a choice, or that says nothing ("—") is not asked.
 */

import { findServices } from "../../links/catalog";
import { spellsOutAcronym } from "../acronyms";
import { choiceType } from "../choiceType";
import { makeQuestion, pickDistractors, singleChoice, trueFalseQuestion } from "../distractors";
import type { QuizFacts } from "../facts";
import { isQuestionHeading, withService } from "../headings";
import { echoes, fixArticle, opensAWordOf } from "../terms";
import { nounOf, partlyOfItsKind } from "../kinds";
import { isKnownService, isSelf, mentions, serviceTitle } from "../names";
import type { Rng } from "../random";
import { ASPECT_HEAD, namesOne, saysItsAside, tablesOf, unique, type Table, type TableRow } from "../tables";
import { BLANK, choiceKey, clean, containsText, containsWord, escapeRegExp, lowerFirst, nameLabel, orList, quoteLine, startsWithVerb, stripEnd, upperFirst, withoutAsides, wordCount } from "../text";
import { optionsOverlap } from "../services";
import { situationProblem, stemProblem } from "../stems";
import type { Question } from "../types";
import { COMPARES, typeable } from "./fillBlank";
import { isGeneric } from "./selectAll";

/** Headings that say nothing about a table's subject: the note's own context is enough. */
const PLAIN_HEADING = /^(?:overview|summary|cheat ?sheet|quick ?(?:ref|reference)|notes?|tables?|key (?:facts|points|numbers)|details?|basics|comparison|at a glance|exam (?:tips?|cues?|scenarios?|traps?)|scenarios?)$/i;
/** A topic that names a kind of things ("Route 53 routing policies"), not a subject ("S3 security"). */
const KIND_OF_THINGS = /\b(?:policies|types|classes|modes|tiers|options|kinds|models|strategies|families|engines|methods)$/i;
/** A column that says when to use a thing: its cells are situations. */
const USE_HEAD = /^(?:(?:typical |common |main |best )?use ?cases?|best for|good for|ideal for|use (?:it )?(?:when|for)|when to use|used for|pick (?:it )?when|example uses?)$/i;
/** A column that describes a thing in words. */
const DESCRIBE_HEAD = /^(?:what it (?:does|is)|description|describe|details?|notes?|meaning|purpose|summary|how it works|behaviou?r|explanation|definition|what|does|does what|is what|used for what|for what)$/i;
/** A column of remarks: "Notes", "Comments", "Other". */
const REMARKS_HEAD = /^(?:notes?|comments?|remarks?|other|misc|extras?|gotchas?|caveats?)$/i;
/** A column that holds one value per row ("Limit | Value"): the value is what is asked. */
const VALUE_HEAD = /^(?:value|values?|limits?|default|defaults|quota|max(?:imum)?|min(?:imum)?|size|amount|number|duration|range)$/i;
/** Longest value asked about, in words. */
const MAX_WORDS = 25;

/** A row's cells and its line as the explanation quotes it: "gp3 | SSD | 16,000". */
function rowText(row: TableRow): string {
	return row.cells.filter((c) => c !== "").join(" | ");
}

function explain(table: Table, row: TableRow): string {
	return `${quoteLine(row.line, rowText(row))} (columns: ${table.header.filter((c) => c !== "").join(" | ")}).`;
}

/** Values that say nothing of their side: "anything", "n/a", "—". */
// "mgmt: more" says more than what? A comparative alone needs the other side to mean anything (blind read 54); "performance: boa" (good) is a feeling (read 144).
const VAGUE = /^(?:anything|everything|nothing|any|none|n\/a|na|-|—|varies|depends|same|normal|usual|more|less|fewer|higher|lower|bigger|smaller|better|worse|faster|slower|(?:very |muito |muy )?(?:good|ok|okay|fine|great|bad|poor|decent|excellent|meh|boa|bom|ótim[oa]|ruim|buen[oa]))[.!]?$/i;

/** "Route 53 — Routing policies", or the note's service alone when the heading adds nothing. */
function contextOf(facts: QuizFacts, table: Table): string {
	// "endpoint types (confused these for weeks)": the student's aside is no part of what the table is about (read 80).
	// "Confusions — don't mix these up!!": nor is a part of it that speaks of the student (read 86).
	const heading = withoutAsides(table.heading)
		.split(/\s+[—–]\s+/)
		.filter((part, i) => i === 0 || situationProblem(part) === null)
		.join(" — ")
		.trim();
	// A question ("What routing policies are there?") says nothing the note's service does not.
	const plain = heading === "" || PLAIN_HEADING.test(heading) || isQuestionHeading(heading) || /\bvs\.?\b|\bversus\b/i.test(heading) || mentions(facts.names, heading) || choiceKey(heading) === choiceKey(facts.context.title);
	const context = withService(facts, plain ? "" : heading);
	// A note that is not one service's ("EBS Volumes") still says what its tables are about.
	if (facts.isService && !facts.combined) return context;
	const title = serviceTitle(facts.context.title.trim());
	// A heading that names a service ("9.3 Elastic Load Balancing" in a course chapter) says it alone (blind read 54).
	return context === "" ? title : containsText(context, title) || isKnownService(context) ? context : `${title} — ${context}`;
}

/** True for a header that opens with a verb: "Maps a name to", "Supports", "Can point at". */
function readsAsVerb(header: string): boolean {
	const words = header.toLowerCase().split(/\s+/);
	// One word ("Notes", "Details", "Credentials") is a column name, whatever its ending; so is a name
	// ("RDS SQL Server / FSx", blind read 95), however its acronym ends.
	return words.length >= 2 && !/^\p{Lu}{2,}/u.test(header) && startsWithVerb(words[0]) && !/^(?:is|are|has|have)$/.test(words[0]) && !NOUN_S.test(words[0]);
}

/** One-word aspects that say what a side does: "Stops", "Protects", "Detects". */
const ACTS = /^(?:stops|blocks|protects|prevents|handles|detects|encrypts|scans|covers|monitors|tracks|records|stores|replicates|filters|inspects|mitigates)$/i;

/** Plural nouns that open column names: "Limits per account", "Notes on pricing". */
const NOUN_S = /^(?:notes|details|credentials|limits|costs|uses|features|requirements|options|settings|types|examples|values|defaults|keys|ports|sizes|quotas|prices|charges)$/;

/**
 * What a side with "Yes" under `aspect` does: "works at the zone apex", "can point at ...", "lets you
 * choose the TTL", "offers Multi-AZ".
 */
function yesVerb(aspect: string): string {
	const a = lowerFirst(aspect);
	if (readsAsVerb(aspect)) return a;
	if (/^you\s/i.test(aspect)) return `lets ${a.replace(/^you/i, "you")}`;
	// "RDS SQL Server / FSx | yes | no": a service row says what a side works with.
	return findServices(aspect).length > 0 && /^\p{Lu}/u.test(aspect) ? `works with ${a}` : `offers ${a}`;
}

type Polarity = "yes" | "no" | null;
function polarity(cell: string): Polarity {
	return /^yes\b/i.test(cell) ? "yes" : /^no\b/i.test(cell) ? "no" : null;
}

/**
 * The question part that asks for the thing with `value` in column `header`, or null when it cannot
 * be asked well: "has a max IOPS of 256,000", "offers Multi-AZ", "routes by the user's location".
 */
function asked(header: string, value: string, noun: string): string | null {
	const h = lowerFirst(header);
	const pole = polarity(value);
	if (pole !== null) {
		// "Yes, up to 15": the rest qualifies the yes; asking "offers read replicas" keys the yes side.
		if (header === "") return null;
		const offer = yesVerb(header);
		return pole === "yes" ? `which ${noun} ${offer}` : null;
	}
	// "What gets created | Table backup": a header that asks a question reads as none ("which service has
	// what gets created: ...", blind read 34).
	// So does "Lives where | AWS (attached to VPC)" ("which one lives where AWS", blind read 81).
	// And "Answers the q..." is cut short ("which piece answers the q... WHEN", read 81).
	if (/^(?:what|which|how|when|where|who|why)\b|\b(?:which|how|when|where|who|why)$|\.\.\.|…/i.test(header.trim())) return null;
	// "Moves what | database rows": the header's verb asks for its value ("which service moves database rows", read 86).
	const verbWhat = /^(\p{L}+) what$/u.exec(header.trim());
	if (verbWhat !== null && !DESCRIBE_HEAD.test(header.trim()) && startsWithVerb(verbWhat[1].toLowerCase())) return `which ${noun} ${verbWhat[1].toLowerCase()} ${lowerFirst(value)}`;
	// "Think of it as | Older default": a memory hook, not an attribute ("which type has think of it as", blind read 58).
	if (/\b(?:it|this|that|them)\b|\bas$|^(?:think|remember|mnemonic)/i.test(header.trim())) return null;
	// "Maps a name to | An IPv6 address": the header is the verb.
	if (readsAsVerb(header) && !DESCRIBE_HEAD.test(header)) return `which ${noun} ${h} ${lowerFirst(value)}`;
	// "Retained for | 15 days": a header that ends in a preposition reads on into its value (blind read 48).
	if (choiceType(value) === "number" && /\s(?:for|of|in|at|to|by|after|within|every)$/i.test(h.trim())) return `which ${noun} is ${h.trim()} ${value}`;
	// "has units of 1 RCU", not "has an units of": a plural header ("AZs" too, not "IOPS") takes no article.
	// "Capacity during deploy | 0 during deploy": the header's words after a figure are said once (read 102).
	const tail = h.trim().split(/\s+/).slice(1).join(" ");
	if (tail !== "" && choiceType(value) === "number" && value.toLowerCase().endsWith(` ${tail.toLowerCase()}`)) value = value.slice(0, -tail.length - 1);
	if (choiceType(value) === "number" && header !== "") return /[A-Za-z]s$/.test(h) && !/ss$/.test(h) ? `which ${noun} has ${h} of ${value}` : `${fixArticle(`which ${noun} has a `, h)}${h} of ${value}`;
	// "Retrieval | ms (opt. archive tiers slower)": shorthand under a column name, not a description.
	if (!DESCRIBE_HEAD.test(header) && header !== "" && wordCount(value) > 4) return null;
	if (DESCRIBE_HEAD.test(header) || header === "") {
		const first = value.split(/\s+/)[0] ?? "";
		// "Routes to the lowest-latency Region" reads on from "which policy".
		if (/^\p{Lu}\p{Ll}+s$/u.test(first) && startsWithVerb(first.toLowerCase())) return `which ${noun} ${lowerFirst(value)}`;
		return `which ${noun} is this: ${lowerFirst(value)}`;
	}
	return `which ${noun} has ${h}: ${value}`;
}

/** Questions from tables of things: which row has this value (see the module comment). */
function thingQuestions(facts: QuizFacts, table: Table, rng: Rng): Question[] {
	const out: Question[] = [];
	const names = table.rows.map((r) => r.cells[0]);
	const noun = nounOf(table.header[0], names);
	const context = contextOf(facts, table);
	const lead = context === "" ? "" : `${context}: `;
	const twoColumns = table.header.length === 2;
	for (let k = 1; k < table.header.length; k++) {
		const header = table.header[k];
		const column = table.rows.map((r) => r.cells[k] ?? "");
		// "Limit | Value": the value is the answer, typed ("Lambda — Limits: Max timeout: ____").
		if (twoColumns && VALUE_HEAD.test(header) && column.some((v) => choiceType(v) === "number")) {
			for (const row of table.rows) {
				const value = row.cells[k] ?? "";
				if (value === "" || !typeable(value) || choiceType(value) !== "number") continue;
				const prompt = `${lead}${row.cells[0]}: ${BLANK}`;
				out.push(makeQuestion({ kind: "fill-blank", prompt, choices: [], answers: [value], multi: false, typed: true, explanation: explain(table, row), source: { line: row.line, text: rowText(row) } }));
			}
			continue;
		}
		// "Feature | Details": rows of different kinds ("Pricing", "Audit"), no wrong answers for each other.
		if (ASPECT_HEAD.test(table.header[0])) continue;
		// "Class | Min duration | Notes": remarks beside the columns that compare, each a part of what holds
		// ("millisecond access" is written on Glacier Instant Retrieval's row, true of Standard too).
		if (table.header.length > 2 && REMARKS_HEAD.test(header)) continue;
		// "Default?" asks its own question, and "1 Gbps" is a figure, not a property: neither reads after
		// "which type offers" or "has" (blind read 23).
		if (/\?$/.test(header.trim()) || /^\d/.test(header.trim())) continue;
		const poles = column.map(polarity);
		const valueOf = new Map(table.rows.map((r) => [r.cells[0], r.cells[k] ?? ""]));
		for (const row of table.rows) {
			const value = row.cells[k] ?? "";
			const name = row.cells[0];
			// "Standard tag keys / values" for "Tag policies" is answered by matching words.
			if (value === "" || wordCount(value) > MAX_WORDS || namesOne(value, names) || echoes(value, name) || saysItsAside(value, name)) continue;
			const pole = polarity(value);
			// A lone "Yes" among "No"s says which one; two "Yes" are two right answers.
			if (pole !== null ? poles.filter((p) => p === pole).length !== 1 || poles.some((p) => p === null) : !unique(value, column)) continue;
			const scenario = USE_HEAD.test(header);
			// "Archives" fits three storage classes: a situation says more than one word. "way cheaper storage" among three classes
			// or more is true of another row too ("Archive" is cheaper still, blind read 135).
			if ((scenario && wordCount(value) < 2) || (!scenario && table.rows.length > 2 && COMPARES.test(value))) continue;
			const question = scenario ? null : asked(header, value, noun);
			if (!scenario && question === null) continue;
			const prompt = scenario ? `Scenario${context === "" ? "" : ` (${context})`}: ${lowerFirst(value).replace(/[.;]$/, "").replace(/[!?]$/, "")}. Which ${noun === "one" ? "option" : noun} fits?` : `${lead}${question ?? ""}?`;
			// "io2 Block Express" beside "io1" for "sustained IOPS-heavy DBs" is right as well (blind read 38).
			// So is a row whose cell opens with the same word: "files over SFTP" beside "files / objects" (read 86).
			const head = headOf(value);
			const sharesWord = (c: string): boolean => head !== null && headOf(valueOf.get(c) ?? "") === head;
			const wrong = pickDistractors([name], [names.filter((n) => n !== name)], 3, rng, { anyType: true, exclude: (c) => containsText(prompt, c) || optionsOverlap(c, name) || sharesWord(c) });
			const q = singleChoice(scenario ? "scenario" : "comparison", prompt, name, wrong, explain(table, row), { line: row.line, text: rowText(row) }, rng);
			if (q && !containsText(prompt, name)) out.push(q);
		}
	}
	return out;
}

/** Questions from comparisons whose columns are the things compared (see the module comment). */
function versusQuestions(facts: QuizFacts, table: Table, rng: Rng): Question[] {
	const out: Question[] = [];
	// "| | Firehose | Data Streams |" under "Compared with [[Kinesis Data Streams]]": a side written short
	// is the service its heading or the note names in full, so that both choices are services.
	const full = [table.heading, facts.context.title].flatMap((t) => clean(t).split(/\s+(?:vs\.?|versus|with|and|&)\s+|\s+[—–-]\s+/i)).map((t) => t.trim());
	const sides = table.header.slice(1).map((side) => (isKnownService(side) ? side : (full.find((f) => f.length > side.length && f.toLowerCase().endsWith(` ${side.toLowerCase()}`) && isKnownService(f)) ?? side)));
	// "| Tool | Does what | Output |": columns that describe the rows are no things compared (blind read 93).
	if (sides.some((side) => DESCRIBE_HEAD.test(side.trim()) || /^(?:output|input|notes?|example|result)s?$/i.test(side.trim()))) return out;
	// A context that names the sides ("Kinesis Data Firehose — Compared with Kinesis Data Streams") or spells one out ("VPC —
	// Security group" over "SG | NACL", blind read 138; "Direct Connect" over "DX | VPN", read 147) gives the answer away.
	const named = contextOf(facts, table);
	const context = sides.some((side) => containsText(named, side) || containsText(named, serviceTitle(side)) || (/^\p{Lu}{2,5}$/u.test(side) && spellsOutAcronym(named, side)) || (isSelf(facts.names, side) && mentions(facts.names, named))) ? "" : named;
	const lead = context === "" ? "" : `${context} — `;
	for (const row of table.rows) {
		const aspect = row.cells[0];
		const values = sides.map((_, j) => row.cells[j + 1] ?? "");
		// "| storage | $0.25/GB-month | same |": a value another side has too, said as "same" (blind read 131).
		if (aspect === "" || values.some((v) => v === "" || /^(?:same|same as\b.*|ditto|identical|〃|")\s*$/i.test(v.trim())) || namesOne(aspect, sides) || analogyRow(facts, aspect)) continue;
		const poles = values.map(polarity);
		for (let j = 0; j < sides.length; j++) {
			const value = values[j];
			// "name: anything" says nothing a student can tell the sides by.
			if (wordCount(value) > MAX_WORDS || VAGUE.test(value.trim()) || namesOne(value, sides) || echoes(`${aspect} ${value}`, sides[j]) || saysInitials(`${aspect} ${value}`, sides[j]) || opensAWordOf(`${aspect} ${value}`, sides[j], sides.filter((_, k) => k !== j))) continue;
			const pole = poles[j];
			let stem: string;
			if (pole !== null) {
				// "Multi-AZ | Yes | No": which one offers it. Only one "Yes", and every other side a "No".
				if (pole !== "yes" || poles.filter((p) => p === "yes").length !== 1 || poles.some((p) => p === null)) continue;
				stem = `${context === "" ? "" : `${context}: `}which ${yesVerb(aspect)}`;
			} else {
				// "Layer | 7 | 3/4 | 3/4 + 7": a value another side has too, with more, is no one side's, whatever
				// the asides say ("3/4 (network/transport)" beside "3/4 + 7 (app-layer DDoS)", blind read 33); so
				// is one whose every word another side's has ("same region" beside "same or cross region", read 82).
				const said = wordsOf(value);
				// "Lambda, KCL" beside "Firehose, Managed Flink, Lambda, etc.": a list that shares an item with another side's is no one side's (blind read 99).
				const items = (v: string): string[] => withoutAsides(v).split(/\s*,\s*/).map((x) => choiceKey(x)).filter((x) => x !== "" && x !== "etc");
				const listed = items(value);
				const alsoSaidBy = (v: string): boolean => {
					if (containsText(withoutAsides(v), withoutAsides(value).trim())) return true;
					if (listed.length > 1 && items(v).some((x) => listed.includes(x))) return true;
					const theirs = wordsOf(v);
					return said.length > 0 && said.every((w) => theirs.includes(w));
				};
				if (!unique(value, values) || poles.some((p) => p !== null) || values.some((v, k) => k !== j && alsoSaidBy(v))) continue;
				// "Stops | SQLi, XSS | SYN floods": the aspect is what each side does ("Which one stops SQLi, XSS?").
				stem = ACTS.test(aspect.trim()) || readsAsVerb(aspect)
					? `${context === "" ? "" : `${context}: `}which one ${lowerFirst(aspect.trim())} ${value.replace(/[.;!?]$/, "")}`
					: `${lead}${aspect}: ${value.replace(/[.;!?]$/, "")}. Which is it`;
			}
			const answer = sides[j];
			// "Who: 1 person/app. Which is it, Role, User or Group?": the sides named say what the row compares (blind read 54).
			if (sides.length === 2 || (sides.length <= 4 && stem.endsWith("Which is it"))) {
				const choices = rng.shuffle([...sides]);
				const prompt = `${upperFirst(stem)}, ${orList(choices)}?`;
				out.push(makeQuestion({ kind: "comparison", prompt, choices, answers: [answer], multi: false, typed: false, explanation: explain(table, row), source: { line: row.line, text: rowText(row) } }));
			} else {
				const prompt = `${upperFirst(stem)}?`;
				const q = singleChoice("comparison", prompt, answer, sides.filter((s) => s !== answer).slice(0, 3), explain(table, row), { line: row.line, text: rowText(row) }, rng);
				if (q) out.push(q);
			}
		}
	}
	return out;
}

/**
 * "| restaurant | one long table | solo VIP tables |": a row of the student's analogy, labelled by a
 * word the note only uses where it pictures things ("Analogy:", "Picture booking seats at a
 * restaurant"), or labelled as one. It tells the sides apart by the picture, not by AWS (blind read 124).
 */
function analogyRow(facts: QuizFacts, label: string): boolean {
	const word = label.trim();
	if (/\b(?:analog(?:y|ies)|metaphors?|real[- ]world|think of it|eli5)\b/i.test(word)) return true;
	if (!/^\p{Ll}{3,}$/u.test(word)) return false;
	const picture = /\b(?:analog(?:y|ies)|imagine|picture|think of|metaphor|like a|like an)\b/i;
	const uses = facts.note.lines.filter((line) => !/^\s*\|/.test(line) && containsWord(line, word));
	return uses.length > 0 && uses.every((line) => picture.test(line));
}

/** The word a cell opens with, if it says something (a word of three letters or more): "files" of "files / objects", none of "15 days". */
function headOf(cell: string): string | null {
	const first = choiceKey(withoutAsides(cell)).split(/\s+/)[0] ?? "";
	return /^\p{L}{3,}$/u.test(first) && !/^(?:and|the|for|with|not|any|all|via|from|only|also|can|one|more|less|data|aws)$/.test(first) ? first : null;
}

/** The words of a cell that say something: three letters or more, asides left out. */
function wordsOf(cell: string): string[] {
	return choiceKey(withoutAsides(cell)).split(/\s+/).filter((w) => w.length >= 3);
}

/** "New SG: no inbound" for Security Group: the side's initials in the row give it away (blind read 57). */
function saysInitials(text: string, side: string): boolean {
	const words = withoutAsides(side).trim().split(/\s+/);
	if (words.length < 2) return false;
	const initials = words.map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : (w[0] ?? "").toUpperCase())).join("");
	return new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(initials)}s?(?![\\p{L}])`, "u").test(text);
}

/** A column that says yes or no of each row: "| SCP fact | Yes / No |", "| Feature | Supported? |". */
const YES_NO_HEAD = /^(?:yes\s*\/\s*no|y\s*\/\s*n|true\s*\/\s*false|true\?|applies\??|supported\??|allowed\??|possible\??|works\??|\?)$/i;

/**
 * True/false from a table that says yes or no of each fact ("Applies to management account | ❌"):
 * the fact under its heading, true when the table says yes.
 */
function yesNoQuestions(facts: QuizFacts, table: Table): Question[] {
	const out: Question[] = [];
	if (table.header.length !== 2 || !YES_NO_HEAD.test(table.header[1]) || table.rows.some((r) => polarity(r.cells[1] ?? "") === null)) return out;
	const context = contextOf(facts, table);
	for (const row of table.rows) {
		const fact = row.cells[0].replace(/[.;]$/, "");
		// Only the bare answer: "No, only with ..." qualifies it, and the statement would not say how.
		if (wordCount(fact) < 2 || wordCount(fact) > MAX_WORDS || !/^(?:yes|no)$/i.test(row.cells[1])) continue;
		const statement = context === "" ? upperFirst(fact) : `${context}: ${fact}`;
		const truth = polarity(row.cells[1]) === "yes";
		out.push(trueFalseQuestion(`${statement}.`, truth, `${truth ? "True" : "False"}: ${explain(table, row)}`, { line: row.line, text: rowText(row) }));
	}
	return out;
}

/**
 * An outline that works as a table: a topic bullet ("Routing policies") whose children are named
 * things ("Simple", "Weighted", "Latency"), each with bullets of its own ("% split by relative
 * weights → canary / testing"). Each such bullet, found under one thing only, asks which thing it is
 * about, the other things as wrong choices: "Route 53 — Routing policies: which routing policy is
 * this: % split by relative weights → canary / testing?".
 */
function outlineQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	for (const topic of facts.items) {
		const things = topic.item.children.map((i) => facts.itemByIndex.get(i)).filter((i): i is NonNullable<typeof i> => i !== undefined);
		if (things.length < 3 || things.length > 8 || topic.plain.endsWith("?")) continue;
		const names = things.map((t) => stripEnd(t.plain));
		const named = names.every((n) => n !== "" && wordCount(n) <= 4 && !/[:;=→]|\.\s/.test(n) && /^[\p{Lu}\p{N}]/u.test(n));
		if (!named || new Set(names.map(choiceKey)).size !== names.length || !things.every((t) => t.item.children.length > 0)) continue;
		// A mind map's one root ("S3 Security"): its branches ("Access control", "Exam traps") are parts of
		// the note, not things of a kind, and which branch a leaf hangs on is no question (blind read 48).
		if (topic.item.parent === -1 && mentions(facts.names, topic.plain) && !KIND_OF_THINGS.test(stripEnd(topic.plain)) && !facts.items.some((o) => o !== topic && o.item.parent === -1)) continue;
		// "VPC — Basics: which basic is this: ...": a generic topic holds things of no one kind (blind read 50).
		if (isGeneric(topic.plain)) continue;
		if (partlyOfItsKind(stripEnd(topic.plain), names)) continue;
		const noun = nounOf(stripEnd(topic.plain), names);
		const lead = `${withService(facts, stripEnd(topic.plain))}: `;
		const facts2 = things.map((t) => t.item.children.map((i) => facts.itemByIndex.get(i)).filter((i): i is NonNullable<typeof i> => i !== undefined && i.item.children.length === 0));
		const all = facts2.flat().map((f) => f.plain);
		things.forEach((thing, k) => {
			for (const detail of facts2[k]) {
				const value = stripEnd(detail.plain);
				// "≠ replacement for ELB", "→ see below": a note to self, not a fact.
				// Two or three words ("small extra cost", "fastest, downtime") fit more than one of the things;
				// a "NOT" says what the thing is not, which fits every other one.
				if (!/^[\p{L}\p{N}%$]/u.test(value) || wordCount(value) < 4 || /\bnot\b/i.test(value) || wordCount(value) > MAX_WORDS || namesOne(value, names) || echoes(value, names[k]) || saysItsAside(value, names[k]) || !unique(value, all) || stemProblem(value, { arrows: true }) !== null) continue;
				// "KDS: many apps read same data" under "SQS" says whose it is: not the branch's (blind read 105).
				const label = nameLabel(value);
				if (label !== undefined && !containsText(names[k], label) && !containsText(label, names[k])) continue;
				const question = asked("", value, noun);
				if (question === null) continue;
				const prompt = `${lead}${question}?`;
				const wrong = pickDistractors([names[k]], [names.filter((n) => n !== names[k])], 3, rng, { anyType: true, exclude: (c) => containsText(prompt, c) });
				const q = singleChoice("comparison", prompt, names[k], wrong, `${quoteLine(detail.line, detail.plain)} (under "${names[k]}").`, { line: detail.line, text: detail.plain }, rng);
				if (q && !containsText(prompt, names[k])) out.push(q);
			}
		});
	}
	return out;
}

/** The questions of one kind (comparison, scenario or fill-blank) that the note's tables give. */
/** A first column of what came before the cloud: "On-prem", "Traditional", "Legacy", "Before". */
const ON_PREM_HEAD = /^(?:on[- ]?prem(?:ise|ises)?|traditional(?: it)?|legacy|before|old(?: world| way)?|what i (?:used to|did)\b.*)$/i;

/** A column of one cloud's names: "AWS", "Azure", "GCP", "Google Cloud". */
const CLOUD_HEAD = /^(?:aws|amazon|amazon web services|azure|microsoft azure|gcp|google cloud(?: platform)?|google|oracle cloud|oci)$/i;

export function tableQuestions(facts: QuizFacts, rng: Rng, kind: Question["kind"]): Question[] {
	const out: Question[] = [];
	for (const table of tablesOf(facts.note)) {
		// "| On-prem | Connect |": a map from what the student knew to what the service calls it compares no
		// things ("which on-prem has connect: queues?", blind read 101).
		if (ON_PREM_HEAD.test(clean(table.header[0] ?? "").trim())) continue;
		// "| AWS | Azure | GCP |": a map between clouds asks which vendor names a thing, nothing about AWS (blind read 102).
		if (table.header.filter((h) => CLOUD_HEAD.test(clean(h).trim())).length >= 2) continue;
		const shape = table.shape;
		out.push(...yesNoQuestions(facts, table));
		if (shape === "things") out.push(...thingQuestions(facts, table, rng));
		else if (shape === "versus") out.push(...versusQuestions(facts, table, rng));
	}
	if (kind === "comparison") out.push(...outlineQuestions(facts, rng));
	return out.filter((q) => q.kind === kind);
}
