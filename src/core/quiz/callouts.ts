/** Obsidian callouts the quiz reads past: the reader's own to-dos, questions and quotes. */

/** An Obsidian callout's first line: `> [!type]` (foldable with `+` or `-`). */
const CALLOUT = /^\s*>\s*\[!([\w-]+)\][+-]?/;
/** Callouts that hold the reader's own to-dos and questions, not facts about the service. */
const ASIDE_CALLOUT = /^(?:todo|question|help|faq|quote|cite)$/i;

/**
 * Lines (1-based) inside callouts of the aside kinds: "> [!todo] Go back over the maths" is a task
 * for the reader, "> [!question]" a question they asked themselves; neither is a fact to quiz on.
 */
export function asideLines(lines: readonly string[], isCode: readonly boolean[]): Set<number> {
	const out = new Set<number>();
	let inAside = false;
	for (let i = 0; i < lines.length; i++) {
		const m = isCode[i] ? null : CALLOUT.exec(lines[i]);
		if (m !== null) inAside = ASIDE_CALLOUT.test(m[1]);
		else if (!/^\s*>/.test(lines[i]) || isCode[i]) inAside = false;
		if (inAside) out.add(i + 1);
	}
	return out;
}
