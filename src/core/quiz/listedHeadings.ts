/** Headings a note names side by side in its text: things of one kind, though each is one plain word. */

import type { NoteModel } from "../note/types";

/**
 * One-word headings ("1. Cluster", "2. Spread", "3. Partition") that a line of the note names side by
 * side ("3 strategies: **Cluster**, **Spread**, **Partition**") are things of one kind, though one
 * plain word alone names a category (blind read 124). Not topics (`isTopic`: "Pricing, Security").
 */
export function listedTogether(note: NoteModel, texts: readonly string[], isTopic: (text: string) => boolean): Set<string> {
	const single = [...new Set(texts.filter((t) => /^\p{Lu}[\p{Ll}-]{2,}$/u.test(t) && !isTopic(t)))];
	const out = new Set<string>();
	if (single.length < 2) return out;
	const headingLines = new Set(note.headings.map((h) => h.line));
	const patterns = single.map((t) => new RegExp(`(?:^|[^\\p{L}])${t}(?![\\p{L}])`, "u"));
	note.lines.forEach((line, i) => {
		if (headingLines.has(i + 1) || note.isCode[i]) return;
		const named = single.filter((_, k) => patterns[k].test(line));
		if (named.length >= 2 && /[,/]|\bvs\.?\s|\band\b|\bor\b/.test(line)) for (const t of named) out.add(t);
	});
	return out;
}
