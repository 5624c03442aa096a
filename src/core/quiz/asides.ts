/**
 * Lines the quiz reads past: Obsidian callouts of the reader's own to-dos, questions and quotes;
 * open tasks; multi-line flashcards; lines marked as what a service does not do; a history section,
 * a course's numbered lab and a section told as a picture for a child.
 */

/** An Obsidian callout's first line: `> [!type]` (foldable with `+` or `-`). */
const CALLOUT = /^\s*>\s*\[!([\w-]+)\][+-]?/;
/** A line that labels what follows as the student's to-do list: "todo / exam stuff:", "**To do:**". */
const TODO_LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:todo|to-?do)\b[^:]{0,30}:\s*(?:\*\*|__)?\s*$/i;
/** A list item with an empty checkbox: "- [ ] ...". */
const OPEN_TASK = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[ \]\s/;
/** A heading over a service's history: "## Timeline", "## History", "## How it evolved". */
const HISTORY_HEAD = /^\s*#{1,6}\s+(?:[^\p{L}\s]+\s*)?(?:timeline|history|release history|changelog|evolution|how it evolved)\b/iu;
/** What the student leaves out: "## Out of scope / unlikely on exam", "## Not on the exam". */
const SKIPPED_HEAD = /^\s*#{1,6}\s+(?:[^\p{L}\s]+\s*)?(?:out of scope|not (?:on|in) (?:the )?exam|not tested|unlikely (?:on|in) (?:the )?exam)\b/iu;
/** A section told as a picture for a child: "## 1. Explain it simply", "## ELI5", "## Analogy" (blind read 147). */
const PICTURE_HEAD = /^\s*#{1,6}\s+(?:[^\p{L}\s]+\s*)?(?:explain (?:it |this )?(?:simply|like i'?m (?:5|five|12|a kid))|eli5|analog(?:y|ies)|in plain (?:english|words)|the simple version|metaphor)\b/iu;
/** A course's numbered lab within a note: "### Lab 14", "## Lab 12b - photo upload app". */
const LAB_HEAD = /^\s*#{2,6}\s+(?:[^\p{L}\s]+\s*)?(?:my\s+)?lab\s*\d+[a-z]?\b/iu;
/** Callouts that hold the reader's own to-dos and questions, not facts about the service. */
const ASIDE_CALLOUT = /^(?:todo|question|help|faq|quote|cite)$/i;

/**
 * Lines (1-based) the quiz reads past: those inside callouts of the aside kinds ("> [!todo] Go back
 * over the maths" is a task for the reader, "> [!question]" a question they asked themselves;
 * neither is a fact to quiz on), multi-line flashcards (`cardLines`) and denied lines (`deniedLines`).
 */
export function asideLines(lines: readonly string[], isCode: readonly boolean[]): Set<number> {
	const out = new Set<number>([...cardLines(lines, isCode), ...deniedLines(lines, isCode), ...practiceLines(lines, isCode), ...storyLines(lines, isCode)]);
	let inAside = false;
	let readPast = false;
	// The level of the heading read past: its sub-headings ("### Early days (2009-2015)" under "## Timeline") are read past with it (blind read 145).
	let pastLevel = 0;
	for (let i = 0; i < lines.length; i++) {
		// "## Timeline": when each feature came, history for the curious, not what the exam asks (blind read 112).
		// "### Lab 14": the values the student chose in a lab ("window 1 min"), and what happened to them (blind read 128).
		// "## Out of scope / unlikely on exam": what the student set aside, no claim to judge (blind read 132).
		const level = isCode[i] ? 0 : (/^\s*(#{1,6})\s/.exec(lines[i])?.[1].length ?? 0);
		if (level > 0 && !(readPast && level > pastLevel)) {
			readPast = HISTORY_HEAD.test(lines[i]) || LAB_HEAD.test(lines[i]) || SKIPPED_HEAD.test(lines[i]) || PICTURE_HEAD.test(lines[i]);
			pastLevel = level;
		} else if (readPast) out.add(i + 1);
		// "- [ ] 10DLC registration steps, seems painful": an open task is still to do, not known (blind read 86).
		if (!isCode[i] && OPEN_TASK.test(lines[i])) out.add(i + 1);
		// "todo / exam stuff:" and the list under it, up to a blank line (blind read 88).
		if (!isCode[i] && TODO_LABEL.test(lines[i])) for (let j = i; j < lines.length && lines[j].trim() !== "" && !/^\s*#/.test(lines[j]); j++) out.add(j + 1);
		const m = isCode[i] ? null : CALLOUT.exec(lines[i]);
		if (m !== null) inAside = ASIDE_CALLOUT.test(m[1]);
		else if (!/^\s*>/.test(lines[i]) || isCode[i]) inAside = false;
		if (inAside) out.add(i + 1);
	}
	return out;
}

/** A practice question's option: "A. Compute Optimizer doesn't support EC2", "- B) Use RAM". */
const OPTION = /^\s*(?:[-*+]\s+)?[A-E][.)]\s+\S/;
/** The line that names a practice question's right option: "Answer: B", "**Answer:** B, D". */
const ANSWER_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*)?(?:answer|correct)(?:\*\*)?\s*:/i;

/**
 * Lines of practice questions the student wrote, with options A-D: the question above the options (up
 * to a blank line or a heading), the options and the "Answer:" line. Options are wrong on purpose
 * ("A. Compute Optimizer doesn't support EC2"), and a question's situation is no fact (blind read 101);
 * the "Explanation:" under it is read.
 */
export function practiceLines(lines: readonly string[], isCode: readonly boolean[]): Set<number> {
	const out = new Set<number>();
	const option = (i: number) => i >= 0 && i < lines.length && !isCode[i] && OPTION.test(lines[i]);
	for (let i = 0; i < lines.length; i++) {
		if (!option(i) || !option(i + 1) || option(i - 1)) continue;
		let end = i;
		while (option(end + 1)) end++;
		let start = i;
		while (start > 0 && !isCode[start - 1] && lines[start - 1].trim() !== "" && !/^\s*#/.test(lines[start - 1])) start--;
		// A question ends in "?" or is answered below; "A) Standard, B) FIFO" under "Two types:" is a list.
		const answered = end + 1 < lines.length && ANSWER_LINE.test(lines[end + 1]);
		if (!answered && !lines.slice(start, i).some((l) => l.includes("?"))) continue;
		for (let j = start; j <= end; j++) out.add(j + 1);
		if (answered) out.add(end + 2);
	}
	return out;
}

/** The line between a multi-line flashcard's question and answer (Spaced Repetition plugin): "?" or "??". */
const CARD_SEPARATOR = /^\s*\?{1,2}\s*$/;

/**
 * Lines of multi-line flashcards: the question lines above a "?" line (up to a blank line or a
 * heading), the "?" line, and the answer lines below it. The answer means something only with its
 * question ("Waits up to 20 seconds" is long polling, not the note's service).
 */
export function cardLines(lines: readonly string[], isCode: readonly boolean[]): Set<number> {
	const out = new Set<number>();
	// A card ends at a blank line, a heading, or a single-line card ("Front::Back").
	const inCard = (i: number) => i >= 0 && i < lines.length && !isCode[i] && lines[i].trim() !== "" && !/^\s*#/.test(lines[i]) && !lines[i].includes("::");
	for (let i = 0; i < lines.length; i++) {
		if (isCode[i] || !CARD_SEPARATOR.test(lines[i])) continue;
		out.add(i + 1);
		for (let j = i - 1; inCard(j); j--) out.add(j + 1);
		for (let j = i + 1; inCard(j); j++) out.add(j + 1);
	}
	return out;
}

/** "❌", "🚫", "⛔", "✗": the line says what a service does not do or have. */
const DENIED = /^\s*(?:[-*+]\s+(?:\[.\]\s+)?)?(?:❌|🚫|⛔|✖️?|✗|✘|👎)/u;
const NEGATION = /\b(?:not|no|never|cannot|none|nor|without)\b|n['’]t\b/i;

/**
 * Lines marked as a thing the service does not do ("❌ Strict ordering" under Standard queues):
 * without their mark they would say the opposite, so only those that say "not" themselves are read.
 */
export function deniedLines(lines: readonly string[], isCode: readonly boolean[]): Set<number> {
	const out = new Set<number>();
	lines.forEach((line, i) => {
		if (!isCode[i] && DENIED.test(line) && !NEGATION.test(line)) out.add(i + 1);
	});
	return out;
}

/** A heading over an incident the student tells: "### Incident: customers charged twice", "## Outage 2". */
const INCIDENT_HEAD = /^\s*#{1,6}\s.*\b(?:incident|outage|post-?mortem|war stor(?:y|ies))\b/i;
/** A line that labels what follows, "**Fix**", "Lesson:", "**Root cause** - ...". */
const LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?[\p{L}][\p{L} ]{1,30}(?:\*\*|__)?\s*(?::|\s[-–—]\s|$)/u;
/** The parts of an incident that tell its story: "What happened", "Root cause", "Impact", "Timeline". */
const STORY_LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:what happened|root cause|cause|impact|timeline|symptoms?|detection|context)(?:\*\*|__)?\s*(?::|\s[-–—]\s|$)/i;

/**
 * Lines (1-based) of an incident's story: under a heading that names an incident, the "What happened"
 * and "Root cause" parts, up to a blank line or the next label ("Fix", "Lesson"). "We used a standard
 * queue", "Cluster was Serverless v1" happened to the writer's team: no fact to quiz on (blind read 107).
 */
export function storyLines(lines: readonly string[], isCode: readonly boolean[]): Set<number> {
	const out = new Set<number>();
	let incident = false;
	let story = false;
	for (let i = 0; i < lines.length; i++) {
		if (isCode[i]) continue;
		if (/^\s*#{1,6}\s/.test(lines[i])) {
			incident = INCIDENT_HEAD.test(lines[i]);
			story = false;
		} else if (lines[i].trim() === "") story = false;
		else if (incident && STORY_LABEL.test(lines[i])) story = true;
		else if (LABEL.test(lines[i]) && !/^\s*[-*+]\s/.test(lines[i])) story = false;
		if (story) out.add(i + 1);
	}
	return out;
}
