/**
 * The AWS certification exams the coach knows, each written from its public exam guide
 * (see the comment at the top of each module for the guide version it follows).
 */

import { AIF } from "./aif";
import { CLF } from "./clf";
import { DVA } from "./dva";
import { SAA } from "./saa";
import { SAP } from "./sap";
import { SOA } from "./soa";
import type { ExamGuide } from "./types";

export type { ExamDomain, ExamGuide } from "./types";

/** Every exam, foundational first, then associate, then professional. */
export const EXAMS: readonly ExamGuide[] = Object.freeze([CLF, SAA, DVA, SOA, AIF, SAP]);

/** The exam with this id ("saa") or code ("SAA-C03"), case-insensitive and trimmed; null when unknown. */
export function findExam(id: string): ExamGuide | null {
	if (typeof id !== "string") return null;
	const key = id.trim().toLowerCase();
	if (!key) return null;
	return EXAMS.find((e) => e.id === key || e.code.toLowerCase() === key) ?? null;
}
