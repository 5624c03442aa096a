/**
 * What the generators read: the note model digested once per quiz (template sections, list items
 * and bold terms in plain text, linked notes, the service's names). Each generator stays a small
 * function over these facts, and the whole analysis is one linear pass over the note.
 */

import { addTo } from "../collections";
import { allServices, findService, isServiceName } from "../links/catalog";
import type { Link, ListItem, NoteModel } from "../note/types";
import { COMBINED_TITLE, isCombinedTitle, isKnownService, isSelf, isServiceLike, noteName, sameService, initialsIn, serviceNames, TOPIC_TITLE, withoutParens, type ServiceNames } from "./names";
import { subHeadingSubjects } from "./headings";
import { confusablesOf, catalogEntryOf, noteStyleName, PROMINENT } from "./services";
import { asideLines } from "./asides";
import { implicitTerms } from "./implicitTerms";
import { applyLabels, headinglessContent, headingRole, sectionIdOf, type SectionId } from "./sections";
import { choiceKey, clean, containsText, contentWordCount, fromPlain, scrub, stripEnd, withoutNumbering, withoutWarningLabel, wordCount } from "./text";
import type { QuizContext } from "./types";
import { readableContext } from "./context";
import { asDocument } from "./layouts";

export type { SectionId } from "./sections";
export { sectionIdOf } from "./sections";
export { namesAThing } from "./headings";

/** A list item with its plain text and template section. */
export interface ItemFact {
	/** Index in `note.listItems`. */
	index: number;
	item: ListItem;
	line: number;
	/** Plain text of the item (markdown removed, cleaned). */
	plain: string;
	section: SectionId | null;
	/** Bold terms on the item's line, in order. */
	bold: BoldTerm[];
	/** Linked notes on the item's line, in order. */
	links: LinkFact[];
	/** True when the item says little besides its links (see `mostlyLinks`): no statement to ask about. */
	mostlyLinks: boolean;
}

/** A bold span as a term. */
export interface BoldTerm {
	line: number;
	/** 0-based offsets in the line, markers included (as in `BoldSpan`). */
	start: number;
	end: number;
	/** Plain text of the term. */
	term: string;
	section: SectionId | null;
	/** True when the bold span is the whole item or line ("**Security**"): a category label. */
	label: boolean;
	/** True when the term is one of the note's own service names ("**EKS**"). */
	self: boolean;
}

/** A link to another note. */
export interface LinkFact {
	line: number;
	start: number;
	end: number;
	/** The linked note's name (target basename): the answer of linked-service questions. */
	name: string;
	section: SectionId | null;
}

/** A line of text outside lists (for the Overview): plain text and line number. */
export interface LineFact {
	line: number;
	plain: string;
	/** The raw line. */
	raw: string;
	section: SectionId | null;
	/** True when the line says little besides its links (see `mostlyLinks`). */
	mostlyLinks: boolean;
}

/** The note digested for the generators; built once per quiz by `buildFacts`. */
export interface QuizFacts {
	note: NoteModel;
	context: QuizContext;
	names: ServiceNames;
	/** Template section of each line (index `line - 1`), null outside the template sections. */
	sectionOf: (SectionId | null)[];
	items: ItemFact[];
	/** Items by `note.listItems` index (undefined for items that were skipped, e.g. in References). */
	itemByIndex: Map<number, ItemFact>;
	/** Items by line. */
	itemByLine: Map<number, ItemFact>;
	/** Non-list text lines of the Overview (or of the lead text when there is no Overview). */
	overviewLines: LineFact[];
	/**
	 * The thing a line is about when it sits under a sub-heading that names one ("### Network Load
	 * Balancer (NLB)"), by line; lines under no such heading are about the note's own subject.
	 */
	subjectAt: (line: number) => string | null;
	/**
	 * Things of one kind the note describes side by side: named sibling sub-headings ("Management
	 * account", "Organizational units (OUs)", "Service control policies (SCPs)"), and the two sides of
	 * an "X vs Y" note. Each group has two or more names.
	 */
	subjectGroups: string[][];
	/** Non-list text lines (paragraphs) of every section but References, by line. */
	textByLine: Map<number, LineFact>;
	bold: BoldTerm[];
	links: LinkFact[];
	/** Other services from the vault: sibling notes, then linked notes. Never one of the note's own names. */
	otherServices: string[];
	/**
	 * The services the exams set against the note's service (`confusablesOf`), the vault's names for
	 * them first: the first wrong answers for "which service" questions. Also at the head of `otherServices`.
	 */
	confusableServices: string[];
	/** Services of the same catalog category as the note's service (after the vault's, as the spec of wrong answers says). */
	catalogServices: string[];
	/** Last resort: the category's lesser-known services, then siblings and linked services of other categories. */
	moreServices: string[];
	/** True when the note is about a service (its title looks like one): "Which AWS service ..." makes sense. */
	isService: boolean;
	/** True for a note about several services ("WAF and Shield", "Amazon ECS & EKS"): its title is no line's subject. */
	combined: boolean;
	/** Service-like bold terms of the note ("AWS Fargate", "ECS") not already in `otherServices`. */
	noteServices: string[];
	/** The note's line for a line of `note` when the quiz reads it spread out (`asDocument`), else null. */
	lineOf: ((line: number) => number) | null;
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** Compute the facts for a note. Linear in the note's size (plus the siblings list). */
export function buildFacts(source: NoteModel, given: QuizContext): QuizFacts {
	const view = asDocument(source);
	const note = view.note;
	const context = readableContext(given, note);
	const lines = note.lines;
	const n = lines.length;
	const fmAliases = note.frontmatter?.aliases ?? [];
	const names = serviceNames(context.title, [...(context.aliases ?? []), ...fmAliases], initialsIn(lines, context.title));

	// --- Which template section each line is in ------------------------------------------------
	const sectionOf = new Array<SectionId | null>(n).fill(null);
	const isHeading = new Uint8Array(n);
	for (const h of note.headings) if (h.line >= 1 && h.line <= n) isHeading[h.line - 1] = 1;
	let current: { id: SectionId; start: number; level: number | null } | null = null;
	const close = (endLine: number): void => {
		if (current === null) return;
		for (let l = current.start + 1; l <= endLine && l <= n; l++) sectionOf[l - 1] = current.id;
	};
	const headings = note.headings.slice().sort((a, b) => a.line - b.line);
	for (const h of headings) {
		if (note.title !== null && h === note.title) continue;
		const id = sectionIdOf(h.plain);
		const level = h.kind === "bold" ? null : h.level;
		if (id !== null) {
			close(h.line - 1);
			current = { id, start: h.line, level };
		} else if (current === null || current.level === null || (level !== null && level <= current.level)) {
			// Any other heading at the section level ("How It Works", "Key Features", "Pricing") is
			// the note's content; a deeper heading or a bold label inside a section stays in it.
			close(h.line - 1);
			current = { id: headingRole(h.plain), start: h.line, level };
		}
	}
	close(n);

	const aside = asideLines(lines, note.isCode);
	const isText = (l: number): boolean => {
		const raw = lines[l - 1];
		return !note.isCode[l - 1] && isHeading[l - 1] === 0 && raw.trim() !== "" && !RULE.test(raw) && !aside.has(l);
	};
	const listLines = new Set<number>();
	for (const it of note.listItems) listLines.add(it.line);
	headinglessContent(note, sectionOf);
	applyLabels(note, sectionOf, isHeading, listLines, isText);

	// --- Overview lines (fallback: the text before the first section heading) -------------------
	let overviewRange: [number, number] | null = null;
	{
		let first = -1;
		let last = -1;
		for (let l = 1; l <= n; l++) {
			if (sectionOf[l - 1] === "overview") {
				if (first === -1) first = l;
				last = l;
			}
		}
		if (first !== -1) overviewRange = [first, last];
		else {
			const start = note.frontmatter ? note.frontmatter.endLine + 1 : 1;
			const next = headings.find((h) => h.line >= start && h !== note.title);
			const end = next ? next.line - 1 : n;
			if (end >= start) overviewRange = [start, end];
		}
	}
	const sectionAt = (l: number): SectionId | null => {
		const s = sectionOf[l - 1] ?? null;
		if (s !== null) return s;
		return overviewRange !== null && l >= overviewRange[0] && l <= overviewRange[1] ? "overview" : null;
	};
	// Every link of a line, self links and external ones included: all of them show as names.
	const noteLinksByLine = new Map<number, Link[]>();
	for (const link of note.links) addTo(noteLinksByLine, link.line, link);
	const overviewLines: LineFact[] = [];
	const textByLine = new Map<number, LineFact>();
	for (let l = 1; l <= n; l++) {
		if (!isText(l) || listLines.has(l)) continue;
		// A table row ("| Port | 6379 | 11211 |") means something only with its header row, a callout's title ("> > [!warning] Gotcha") labels its body: no statements.
		if (TABLE_ROW.test(lines[l - 1]) || /^\s*(?:>\s*)+\[![\w-]+\]/.test(lines[l - 1])) continue;
		const section = sectionAt(l);
		if (section === "references") continue;
		const raw = lines[l - 1];
		const plain = clean(raw);
		if (plain === "") continue;
		const fact: LineFact = { line: l, plain, raw, section, mostlyLinks: mostlyLinks(raw, 0, raw.length, noteLinksByLine.get(l)) };
		textByLine.set(l, fact);
		if (section === "overview") overviewLines.push(fact);
	}

	// --- Links, bold terms, items --------------------------------------------------------------
	const links: LinkFact[] = [];
	const linksByLine = new Map<number, LinkFact[]>();
	for (const link of note.links) {
		if (link.embed || link.external || link.line < 1 || link.line > n || note.isCode[link.line - 1]) continue;
		const name = scrub(noteName(link.target));
		if (name === "" || isSelf(names, name)) continue;
		const fact: LinkFact = { line: link.line, start: link.start, end: link.end, name, section: sectionAt(link.line) };
		if (fact.section === "references") continue;
		links.push(fact);
		addTo(linksByLine, link.line, fact);
	}

	const itemLineText = new Map<number, string>();
	for (const it of note.listItems) itemLineText.set(it.line, it.text);
	const bold: BoldTerm[] = [];
	const boldByLine = new Map<number, BoldTerm[]>();
	let lastLine = -1;
	let lastEnd = -1;
	// The parser lists `**` spans before `__` spans of a line: sort, so that nesting shows.
	const spans = [...note.bold, ...implicitTerms(note, isHeading)].sort((a, b) => a.line - b.line || a.start - b.start || b.end - a.end);
	for (const span of spans) {
		const l = span.line;
		// `**__x__**` yields two spans, one inside the other: keep the outer one.
		if (l === lastLine && span.start < lastEnd) continue;
		lastEnd = l === lastLine ? Math.max(lastEnd, span.end) : span.end;
		lastLine = l;
		if (l < 1 || l > n || note.isCode[l - 1] || isHeading[l - 1] === 1) continue;
		const section = sectionAt(l);
		if (section === "references") continue;
		// "**12h by default**": a figure's "by default" stays outside its blank (read 86); "Encryption by default" is a name.
		const tail = /^\d/.test(span.text) ? (/\s+(?:by default|\(default\))$/i.exec(span.text)?.[0].length ?? 0) : 0;
		const term = clean(span.text.slice(0, span.text.length - tail));
		// "**Feedback loop.** Devs can ...", "**Q3.** ...": a paragraph's bold lead is its heading, not a term (reads 87, 91).
		if (term === "" || term.length > 80 || wordCount(term) > 10 || !/[\p{L}\p{N}]/u.test(term) || /[\p{L}\p{N}]\.$/u.test(term)) continue;
		const label = stripEnd(clean(itemLineText.get(l) ?? lines[l - 1])) === stripEnd(term);
		// "**+ S3 gateway endpoint**": the sign joining the term stays outside its blank (read 80); the span's
		// opening marker ("**", "==", none for a lead) is half of what it adds to its text.
		const sign = /^[+&]\s+/.exec(span.text)?.[0].length ?? 0;
		const marker = (span.end - span.start - span.text.length) / 2;
		const fact: BoldTerm = { line: l, start: sign > 0 ? span.start + marker + sign : span.start, end: tail > 0 ? span.end - marker - tail : span.end, term, section, label, self: isSelf(names, term) };
		bold.push(fact);
		addTo(boldByLine, l, fact);
	}

	const items: ItemFact[] = [];
	const itemByIndex = new Map<number, ItemFact>();
	const itemByLine = new Map<number, ItemFact>();
	note.listItems.forEach((item, index) => {
		const l = item.line;
		if (l < 1 || l > n || note.isCode[l - 1] || aside.has(l)) return;
		const section = sectionAt(l);
		if (section === "references") return;
		const plain = fromPlain(item.plain);
		if (plain === "") return;
		const raw = lines[l - 1];
		const at = itemTextStart(raw, item);
		const to = at === -1 ? raw.length : at + item.text.length;
		const linky = mostlyLinks(raw, Math.max(at, 0), to, noteLinksByLine.get(l));
		const fact: ItemFact = { index, item, line: l, plain, section, bold: boldByLine.get(l) ?? [], links: linksByLine.get(l) ?? [], mostlyLinks: linky };
		items.push(fact);
		itemByIndex.set(index, fact);
		itemByLine.set(l, fact);
	});

	// --- Other services: siblings, linked notes, service-like bold terms ------------------------
	const otherServices: string[] = [];
	const noteServices: string[] = [];
	const catalogServices: string[] = [];
	const moreServices: string[] = [];
	const seen = new Set<string>();
	// One name per catalog service: "Amazon EFS" from the vault and "Amazon Elastic File System (EFS)"
	// from the catalog are one wrong answer, not two.
	const seenServices = new Set<string>();
	const addService = (s: string, to: string[] = otherServices): void => {
		const name = scrub(s);
		const k = choiceKey(name);
		if (k === "" || seen.has(k) || isSelf(names, name) || sameService(name, names.title)) return;
		const id = findService(name)?.id;
		if (id !== undefined && seenServices.has(id)) return;
		// The service this one is part of ("AWS Systems Manager" for "Systems Manager Parameter Store") is no wrong answer.
		const core = withoutParens(name).replace(/^(?:amazon|aws)\s+/i, "");
		if (core.length >= 3 && containsText(names.title, core)) return;
		seen.add(k);
		if (id !== undefined) seenServices.add(id);
		to.push(name);
	};
	// Sibling notes are wrong answers to "which service" only when they are one service: not a concept
	// note ("Shared Responsibility Model"), an overview, or a combined note ("Amazon ECS & EKS"),
	// which a student rules out by its form alone.
	// Wrong answers come from the note's own domain first: a storage question with Redshift, GuardDuty
	// and Route 53 as its wrong choices is answered by elimination. So: siblings and linked services of
	// the same catalog category, then the category's other services, and only then the rest.
	// "Amazon Aurora Serverless" is Aurora; "AWS Systems Manager Parameter Store" is part of Systems Manager.
	const entry = catalogEntryOf(names.title) ?? catalogEntryOf(`AWS ${names.title}`);
	const sameCategory = (name: string): boolean => entry === null || findService(name)?.category === entry.category;
	const siblings = (context.siblings ?? []).filter((s) => typeof s === "string" && isServiceName(s) && !COMBINED_TITLE.test(s) && !TOPIC_TITLE.test(s));
	const linked = links.map((l) => l.name).filter(isServiceLike);
	// The services the exams set against this one come first: a GuardDuty question with Inspector,
	// Macie and Detective as its wrong choices, not KMS and RAM. Named as the vault names them when a
	// sibling or a link is one of them.
	const confusable = entry === null ? [] : confusablesOf(entry);
	const confusableIds = new Set(confusable.map((c) => findService(c)?.id));
	const vaultNames = [...siblings, ...linked];
	for (const s of vaultNames) if (confusableIds.has(findService(s)?.id)) addService(s);
	for (const c of confusable) addService(c);
	const confusableServices = [...otherServices];
	const distant: string[] = [];
	for (const s of vaultNames) {
		if (sameCategory(s)) addService(s);
		else distant.push(s);
	}
	// Then services of the same catalog category, named the way notes are ("Amazon Elastic Container Registry (ECR)").
	if (entry !== null) {
		for (const e of allServices()) {
			if (e.category !== entry.category) continue;
			// The catalog lists each category's best-known services first: those make plausible wrong
			// answers ("AWS Local Zones" for a Lambda use case does not).
			if (e !== entry) addService(noteStyleName(e), catalogServices.length < PROMINENT ? catalogServices : moreServices);
		}
	}
	for (const s of distant) addService(s, moreServices);
	for (const b of bold) if (!b.self && !b.label && isKnownService(b.term) && !/[=:]/.test(b.term)) addService(b.term, noteServices);

	const subjects = subHeadingSubjects(note, names);
	const subjectAt = (line: number): string | null => subjects.perLine[line - 1] ?? null;
	const subjectGroups = subjects.groups;
	// "SQS vs SNS", "41 - ALB vs NLB vs GWLB": the note's subjects, unnumbered (never "NLB vs GWLB" as one, blind reads 52, 75).
	const versus = withoutNumbering(context.title.trim()).split(/\s+(?:vs\.?|versus)\s+/i).map((side) => stripEnd(side.trim()));
	if (versus.length >= 2 && versus.every((side) => side !== "")) subjectGroups.push(versus);
	return { lineOf: view.lineOf, note, context, names, sectionOf, subjectAt, subjectGroups, items, itemByIndex, itemByLine, overviewLines, textByLine, bold, links, otherServices, confusableServices, catalogServices, moreServices, noteServices, isService: isServiceLike(names.title) || (/^\p{Lu}\p{Ll}+$/u.test(names.title) && isServiceLike(`AWS ${names.title}`)), combined: isCombinedTitle(names.title) };
}

/**
 * The plain text of a line with the span [start, end) (0-based offsets into the raw line, as in
 * `BoldSpan` and `Link`) replaced by `marker`. For a list item only its text counts (no marker,
 * no checkbox). Null when the span is not inside that text.
 */
export function textWithMarker(facts: QuizFacts, line: number, start: number, end: number, marker: string): string | null {
	const raw = facts.note.lines[line - 1];
	if (raw === undefined || start < 0 || end > raw.length || start >= end) return null;
	const item = facts.itemByLine.get(line);
	if (item === undefined) return withoutWarningLabel(clean(raw.slice(0, start) + marker + raw.slice(end)));
	const text = item.item.text;
	const at = itemTextStart(raw, item.item);
	if (at === -1 || start < at || end > at + text.length) return null;
	return withoutWarningLabel(clean(text.slice(0, start - at) + marker + text.slice(end - at)));
}

/** Offset of a list item's text in its raw line (after the marker and checkbox), or -1. */
function itemTextStart(raw: string, item: ListItem): number {
	const from = Math.min(item.indent.length + item.marker.length, raw.length);
	const at = raw.indexOf(item.text, from);
	return at === -1 ? raw.indexOf(item.text) : at;
}

/**
 * True when the text of a line between `from` and `to` (0-based offsets) says little besides its
 * links: fewer words of its own than visible links, filler such as "see", "also" or "and" not
 * counted ("See [[Amazon S3]], [[Amazon EBS]] and [[Amazon EFS]]", "Related: [[Amazon ECR]]").
 * A statement made from such a line reads as a list of names ("True or false: See Amazon S3,
 * Amazon EBS and Amazon EFS."), so the statement generators skip it. A link counts as one word
 * however long its name, so "Integrates with [[Amazon Elastic Container Registry (ECR)]] for
 * images" is still a statement.
 */
export function mostlyLinks(raw: string, from: number, to: number, links: readonly Link[] | undefined): boolean {
	if (links === undefined || links.length === 0) return false;
	let count = 0;
	let outside = "";
	let at = from;
	for (const link of links.slice().sort((a, b) => a.start - b.start)) {
		if (link.start < at || link.end > to) continue;
		// An embed shows no text (an image): it is neither a link name nor a word of the line.
		if (clean(link.raw) !== "") count++;
		outside += `${raw.slice(at, link.start)} `;
		at = link.end;
	}
	if (count === 0) return false;
	outside += raw.slice(at, to);
	return contentWordCount(clean(outside)) < count;
}
