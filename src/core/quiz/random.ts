/**
 * Seeded pseudo-random numbers. The quiz must be reproducible (same note and seed, same quiz:
 * tests, the CLI's `--seed`, and "retry this quiz" in the UI), so nothing here uses `Math.random`.
 */

/** A source of pseudo-random numbers in [0, 1) with the helpers the generators need. */
export interface Rng {
	/** Next number in [0, 1). */
	next(): number;
	/** Integer in [0, n) (0 when n <= 0). */
	int(n: number): number;
	/** A shuffled copy (Fisher–Yates); the input is left alone. */
	shuffle<T>(items: readonly T[]): T[];
}

/**
 * mulberry32: a tiny 32-bit generator, good enough for shuffling choices and far simpler than
 * carrying a library. Any number is accepted as a seed (non-integers and NaN are folded in).
 */
export function createRng(seed: number): Rng {
	let state = (Number.isFinite(seed) ? Math.floor(seed) : 0) >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number): number => (n <= 0 ? 0 : Math.floor(next() * n));
	return {
		next,
		int,
		shuffle<T>(items: readonly T[]): T[] {
			const out = items.slice();
			for (let i = out.length - 1; i > 0; i--) {
				const j = int(i + 1);
				const tmp = out[i];
				out[i] = out[j];
				out[j] = tmp;
			}
			return out;
		},
	};
}

/**
 * Up to `max` items drawn at random without repeats (all of them, in their order, when there are
 * no more than `max`). A sparse Fisher–Yates: the cost is in the items drawn, not the list's
 * length, so drawing a few wrong answers from a long list stays cheap.
 */
export function sample<T>(rng: Rng, items: readonly T[], max: number): T[] {
	if (items.length <= max) return items.slice();
	const out: T[] = [];
	const moved = new Map<number, number>();
	for (let i = 0; i < max; i++) {
		const j = i + rng.int(items.length - i);
		const at = moved.get(j) ?? j;
		moved.set(j, moved.get(i) ?? i);
		out.push(items[at]);
	}
	return out;
}

/** FNV-1a hash of a text, as an unsigned 32-bit number. */
export function hashNumber(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** FNV-1a hash as 8 hex digits: stable question ids without a crypto dependency. */
export function hashString(text: string): string {
	return hashNumber(text).toString(16).padStart(8, "0");
}
