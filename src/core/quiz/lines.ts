/**
 * Questions made from a text the quiz read in place of the note (a window of a very large note, a
 * Cornell table spread out as headings and bullets) point at the note's own lines.
 */

import type { Question } from "./types";

/** A question with its line, and the line its explanation quotes, taken back to the note's own. */
export function mapLines<Q extends Question>(q: Q, lineOf: (line: number) => number): Q {
	return {
		...q,
		source: { ...q.source, line: lineOf(q.source.line) },
		explanation: q.explanation.replace(/\bLine (\d+):/g, (_m, n: string) => `Line ${lineOf(Number(n))}:`),
	};
}
