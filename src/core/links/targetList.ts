/**
 * The missing-notes list the panel and the CLI read: one `MissingTarget` per link key that needs
 * attention, most referenced first. Entries are built from the key states only when listed, and the
 * sorted list is kept between calls and patched for the keys that changed.
 */

import { isServiceName } from "./catalog";
import type { KeyState, TargetKind, TargetStates } from "./targetState";

export interface Reference {
	/** Vault path of the linking note. */
	path: string;
	/** 1-based line of the link. */
	line: number;
	/** The linking line's text, trimmed (shown in the panel). */
	text: string;
}

export interface MissingTarget {
	/** Grouping key (see `linkKey`). */
	key: string;
	/** The link path as written, first spelling seen. */
	target: string;
	kind: TargetKind;
	/** True when the target names an AWS service (catalog or naming pattern). */
	service: boolean;
	/** For `alias`, `empty` and `same-service`: the existing note the target really means. */
	note: string | null;
	/** Every linking line, ordered by path then line. */
	references: Reference[];
}

const MAX_REF_TEXT = 300;

/** Most referenced first, then by name (code units: localeCompare is far slower), then by key. */
function compareTargets(a: MissingTarget, b: MissingTarget): number {
	const d = b.references.length - a.references.length;
	if (d !== 0) return d;
	if (a.target !== b.target) return a.target < b.target ? -1 : 1;
	return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The listed form of one unresolved key (references sorted by path, then line). */
function build(ks: KeyState, states: TargetStates): MissingTarget {
	const st = ks.status!;
	const references: Reference[] = [];
	let target: string | null = null;
	const sources = [...ks.sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	for (const e of sources) {
		if (target === null) target = e.target;
		references.push({ path: e.path, line: e.line, text: e.text.trim().slice(0, MAX_REF_TEXT) });
		if (e.more !== null) {
			for (let i = 0; i < e.more.lines.length; i++) references.push({ path: e.path, line: e.more.lines[i], text: e.more.texts[i].trim().slice(0, MAX_REF_TEXT) });
		}
	}
	const name = target ?? ks.key;
	const service = states.serviceOf(ks, name) !== null || isServiceName(name);
	return { key: ks.key, target: name, kind: st.kind, service, note: st.note, references };
}

export class TargetList {
	/** The last sorted list; the keys changed since are in `TargetStates.changed`. */
	private sorted: MissingTarget[] | null = null;

	/**
	 * Every target that needs attention, most referenced first, then by name; the states must be
	 * refreshed first. After the first call the sorted list is patched: entries of changed keys are
	 * taken out and re-inserted by binary search, so one edit in a large vault costs O(targets)
	 * copying, not a full sort.
	 */
	list(states: TargetStates): MissingTarget[] {
		if (this.sorted === null) {
			const out: MissingTarget[] = [];
			for (const ks of states.unresolved) out.push((ks.listed ??= build(ks, states)));
			out.sort(compareTargets);
			this.sorted = out;
		} else if (states.changed.size > 0) {
			const keys = new Set<string>();
			for (const ks of states.changed) keys.add(ks.key);
			const kept = this.sorted.filter((t) => !keys.has(t.key));
			for (const ks of states.changed) {
				if (!states.unresolved.has(ks)) continue;
				const t = (ks.listed ??= build(ks, states));
				let lo = 0;
				let hi = kept.length;
				while (lo < hi) {
					const mid = (lo + hi) >> 1;
					if (compareTargets(kept[mid], t) < 0) lo = mid + 1;
					else hi = mid;
				}
				kept.splice(lo, 0, t);
			}
			this.sorted = kept;
		}
		states.changed.clear();
		return this.sorted.slice();
	}
}
