/**
 * linked-service: "Integrates with [[Amazon Elastic Container Registry (ECR)]] for images" gives
 * "Which service does Amazon EKS use for images?". The link target is the answer; the rest of the
 * bullet says what it is used for. Bullets with several links are select-all questions instead.
 */

import { pickDistractors, singleChoice } from "../distractors";
import { textWithMarker, type QuizFacts } from "../facts";
import { isSelf, isServiceLike, sameService } from "../names";
import type { Rng } from "../random";
import { BLANK, lowerFirst, quoteLine, stripEnd, wordCount } from "../text";
import type { Question } from "../types";

const M = "\uE002";
const MAX_ROLE_WORDS = 14;

/**
 * The question for a bullet whose only link was replaced by `\uE002` (see `M`), or null.
 * `subject` is the note's service ("Amazon EKS"); `what` is "service" or "note".
 * Exported for the table tests.
 */
export function linkPrompt(text: string, subject: string, service: boolean): string | null {
	const t = stripEnd(text.trim());
	const which = service ? "Which service" : "What";
	const use = (role: string): string | null => {
		const r = role.trim();
		if (r === "" || r.includes(M) || wordCount(r) > MAX_ROLE_WORDS) return null;
		return `${which} does ${subject} use ${r}?`;
	};
	let m = /^(?:integrates?|integration|works?|pairs?|connects?|uses?|using|relies on)\s+(?:with\s+)?\uE002\s+(for|to)\s+(.+)$/i.exec(t);
	if (m) return use(`${m[1].toLowerCase()} ${m[2]}`);
	m = /^\uE002\s+(for|to)\s+(.+)$/i.exec(t);
	if (m) return use(`${m[1].toLowerCase()} ${m[2]}`);
	m = /^(.+?)\s+(?:with|via|using|through|by|from|on|in|to|into)\s+\uE002$/i.exec(t);
	if (m && !/^(?:integrates?|integration|works?|pairs?|connects?)$/i.test(m[1])) return use(`for ${lowerFirst(m[1])}`);
	m = /^(.+?):\s*\uE002$/i.exec(t);
	if (m) return use(`for ${lowerFirst(m[1])}`);
	m = /^\uE002\s+((?:is|are|can|provides|handles|stores|collects|records|tracks|monitors|manages|delivers|sends|runs|hosts|routes|caches|encrypts|scans|detects|protects|audits|logs|analy[sz]es|streams|queues|backs up|replicates|serves)\b.+)$/i.exec(t);
	if (m && !m[1].includes(M) && wordCount(m[1]) <= MAX_ROLE_WORDS) return `${which} ${m[1]}?`;
	if (wordCount(t.split(M).join(" ")) >= 3 && t.split(M).length === 2) return `${which} fills the blank in this line about ${subject}: "${t.split(M).join(BLANK)}"?`;
	return null;
}

export function linkedServiceQuestions(facts: QuizFacts, rng: Rng): Question[] {
	const out: Question[] = [];
	const allLinks = facts.links.map((l) => l.name);
	for (const item of facts.items) {
		if (item.links.length === 0) continue;
		const names = new Set(item.links.map((l) => l.name.toLowerCase()));
		if (names.size !== 1) continue;
		const link = item.links[0];
		if (item.links.length > 1) continue;
		const text = textWithMarker(facts, item.line, link.start, link.end, M);
		if (text === null) continue;
		const service = isServiceLike(link.name);
		const prompt = linkPrompt(text, facts.names.short, service);
		if (prompt === null) continue;
		const wrong = pickDistractors([link.name], [allLinks, facts.otherServices, facts.noteServices], 3, rng, {
			same: sameService,
			exclude: (c) => isSelf(facts.names, c),
		});
		const q = singleChoice(
			"linked-service",
			prompt,
			link.name,
			wrong,
			`The note links ${link.name}: ${quoteLine(item.line, item.plain)}`,
			{ line: item.line, text: item.plain },
			rng,
		);
		if (q) out.push(q);
	}
	return out;
}
