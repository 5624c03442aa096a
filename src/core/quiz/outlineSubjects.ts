/**
 * Subjects that list items take from a name above them: a bold name alone on its line before a list,
 * or a bullet of an outline that names a thing ("**NLB**" over "1 static IP per AZ").
 */

import { withoutEmoji } from "../emoji";
import type { NoteModel } from "../note/types";
import { namesAThing } from "./headings";
import { partlyOfItsKind } from "./kinds";
import { isSelf, type ServiceNames } from "./names";
import { clean, stripEnd, withoutAsides } from "./text";

/**
 * "**🟩 Network Load Balancer (NLB)** -> layer 4" on a line of its own, then a list: the bullets are
 * the bold name's, not the note's service's ("millions of req/s" is NLB's, not ELB's; blind read 28),
 * down to the next line that is neither a bullet nor blank.
 */
export function paragraphLeadSubjects(note: NoteModel, names: ServiceNames, out: (string | null)[]): void {
	const listLines = new Set(note.listItems.map((i) => i.line));
	// "**Kinesis Data Streams**" alone on its line reads as a heading, and names what the bullets below are about (blind read 51).
	const headingLines = new Set(note.headings.filter((h) => h.kind !== "bold").map((h) => h.line));
	for (let l = 1; l <= note.lines.length; l++) {
		if (listLines.has(l) || headingLines.has(l)) continue;
		const bold = /^\s*\*\*([^*]{2,60})\*\*\s*(?:$|[:(]|->|→|[–—-]\s)/.exec(note.lines[l - 1]);
		if (bold === null) continue;
		const name = withoutAsides(stripEnd(withoutEmoji(clean(bold[1])))).trim();
		if (!namesAThing(name) || isSelf(names, name)) continue;
		let k = l + 1;
		while (k <= note.lines.length && note.lines[k - 1].trim() === "") k++;
		if (!listLines.has(k)) continue;
		for (; k <= note.lines.length && (listLines.has(k) || note.lines[k - 1].trim() === ""); k++) if (listLines.has(k)) out[k - 1] = name;
	}
}

/** "**NAT Gateway**: lets private subnets reach out ...": a bold name, then what it is. */
const BOLD_LEAD = /^\*\*([^*]{2,60})\*\*\s*(?:[:=]|\s[–—-]\s|\()/;

/**
 * In an outline, a bullet that only names a thing ("**Glacier Deep Archive**", "Parameter Store",
 * "Lambda@Edge") is the subject of the bullets below it, however deep: "Bulk → within 48 hrs" three
 * levels under Deep Archive is Deep Archive's, not Glacier's (blind read 15). A topic bullet
 * ("retrieval", "Pricing") is passed over for the named one above it.
 *
 * Sets those subjects in `out`; returns the named bullets side by side (siblings under one parent
 * bullet or one heading: "**ALB**", "**NLB**", "**GWLB**"), things of one kind.
 */
export function outlineSubjects(note: NoteModel, names: ServiceNames, out: (string | null)[]): string[][] {
	const items = note.listItems;
	const nameOf = new Map<number, string | null>();
	const named = (i: number): string | null => {
		let name = nameOf.get(i);
		if (name === undefined) {
			// "Parameter Store", or "**NAT Gateway**: lets private subnets reach out ..." (a bold name, then what it is).
			const lead = BOLD_LEAD.exec(items[i].text)?.[1];
			const text = withoutAsides(stripEnd(clean(lead ?? items[i].plain).replace(/:\s*$/, ""))).trim();
			name = items[i].children.length > 0 && namesAThing(text) && !isSelf(names, text) ? text : null;
			nameOf.set(i, name);
		}
		return name;
	};
	for (const item of items) {
		if (item.line < 1 || item.line > out.length) continue;
		for (let p = item.parent; p !== -1; p = items[p].parent) {
			const name = named(p);
			if (name !== null) {
				out[item.line - 1] = name;
				break;
			}
		}
	}
	// One pass: items and headings both in line order.
	const headings = note.headings.filter((h) => h.kind !== "bold").sort((a, b) => a.line - b.line);
	const groups = new Map<string, { over: string; names: string[] }>();
	let h = -1;
	items.forEach((item, i) => {
		while (h + 1 < headings.length && headings[h + 1].line < item.line) h++;
		const name = named(i);
		if (name === null) return;
		const key = item.parent !== -1 ? `item ${item.parent}` : `heading ${h}`;
		let group = groups.get(key);
		if (group === undefined) groups.set(key, (group = { over: item.parent !== -1 ? items[item.parent].plain : (headings[h]?.plain ?? ""), names: [] }));
		group.names.push(name);
	});
	return [...groups.values()].filter((g) => g.names.length >= 2 && !partlyOfItsKind(stripEnd(clean(g.over)), g.names)).map((g) => g.names);
}
