/**
 * `examGuide`: an exam's compact data (`ExamGuideData`, from `data/<id>.json`) as an `ExamGuide`, its services named by
 * the catalog's official names. The list is resolved on first read, so loading the plugin does not load
 * the service catalog.
 */

import { findService } from "../links/catalog";
import type { ExamGuide, ExamGuideData } from "./types";

/** `"EC2|2,3"` as `["Amazon Elastic Compute Cloud", [2, 3]]`. A name the catalog does not know is kept as written (the tests list it). */
export function parseServiceLine(line: string): [string, number[]] {
	const bar = line.lastIndexOf("|");
	const name = (bar === -1 ? line : line.slice(0, bar)).trim();
	const domains = bar === -1 ? [] : line.slice(bar + 1).split(",").map(Number);
	return [findService(name)?.name ?? name, domains];
}

export function examGuide(data: ExamGuideData): ExamGuide {
	let services: ExamGuide["services"] | null = null;
	return {
		id: data.id,
		name: data.name,
		code: data.code,
		domains: data.domains,
		get services() {
			services ??= Object.values(data.services).flat().map(parseServiceLine);
			return services;
		},
	};
}
