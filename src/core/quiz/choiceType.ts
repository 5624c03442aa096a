/**
 * The type of an answer, so that every choice of a question is of its key's type: a service among
 * services, "14 days" among durations, a short term among terms. A student must not be able to
 * rule a choice out by its form ("7–30 days" next to three feature names), and `quiz --json`
 * shows the type to the study features that follow.
 */

import { findServices } from "../links/catalog";
import { isKnownService } from "./names";
import { wordCount } from "./text";
import { termShape } from "./terms";
import type { ChoiceType } from "./types";

export type { ChoiceType } from "./types";

/** Terms are short: a name, a mode, a feature ("Wait for Callback", "Partition projection"). */
const TERM_WORDS = 6;
/** "15 minutes", "~70 ms", "$5 per TB", "up to 365 days", "7–30 days". */
const NUMBER = /^(?:(?:up to|max(?:imum)?|min(?:imum)?|at most|at least|about|around|over|under)\s+)?[~<>≤≥≈$€]?\s*\d/i;

/** The type of one choice. */
export function choiceType(text: string): ChoiceType {
	const t = text.trim();
	if (t === "True" || t === "False") return "boolean";
	if (NUMBER.test(t) && wordCount(t) <= 5) return "number";
	// Notes write services short ("Config", "Inspector"): "AWS Config" is the service.
	if (isKnownService(t) || findServices(`AWS ${t}`).length > 0 || findServices(`Amazon ${t}`).length > 0) return "service";
	return wordCount(t) <= TERM_WORDS ? "term" : "statement";
}

/**
 * True when `candidate` may stand next to `answer` as a choice: the same type, and for numbers the
 * same unit kind (a duration for a duration, a size for a size).
 */
export function sameType(answer: string, candidate: string): boolean {
	const a = choiceType(answer);
	if (a !== choiceType(candidate)) return false;
	return a !== "number" || termShape(answer) === termShape(candidate);
}
