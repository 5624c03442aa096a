/**
 * A small memo for pure string functions called again and again on the same strings (service names
 * compared with every candidate answer, link targets repeated across a vault). Cleared when full, so
 * memory stays bounded on a vault of unique names.
 */
export function memo<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
	const cache = new Map<string, T>();
	return (s: string): T => {
		let v = cache.get(s);
		if (v === undefined) {
			v = fn(s);
			if (cache.size >= limit) cache.clear();
			cache.set(s, v);
		}
		return v;
	};
}
