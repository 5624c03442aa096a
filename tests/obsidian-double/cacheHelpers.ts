/**
 * Obsidian's helpers over `CachedMetadata` and frontmatter objects.
 */
import type { CachedMetadata, Reference, ReferenceCache } from "obsidian";

export function parseFrontMatterEntry(frontmatter: any, key: string | RegExp): any {
	if (!frontmatter || typeof frontmatter !== "object") return null;
	for (const [k, v] of Object.entries(frontmatter as Record<string, unknown>)) {
		if (typeof key === "string" ? k === key : key.test(k)) return v;
	}
	return null;
}

/** A list, or a string split on commas (and, with `nospaces`, on spaces); empty items dropped. */
export function parseFrontMatterStringArray(frontmatter: any, key: string | RegExp, nospaces = false): string[] | null {
	const value: unknown = parseFrontMatterEntry(frontmatter, key);
	if (value === null || value === undefined) return null;
	const split = (s: string): string[] => s.split(nospaces ? /[,\s]+/ : /,/).map((x) => x.trim()).filter((x) => x.length > 0);
	if (Array.isArray(value)) {
		const out = value.flatMap((v: unknown) => (typeof v === "string" ? split(v) : typeof v === "number" || typeof v === "boolean" ? [String(v)] : []));
		return out.length > 0 ? out : null;
	}
	if (typeof value === "string") {
		const out = split(value);
		return out.length > 0 ? out : null;
	}
	return typeof value === "number" || typeof value === "boolean" ? [String(value)] : null;
}

/** `aliases` or `alias`, as a list. */
export function parseFrontMatterAliases(frontmatter: any): string[] | null {
	return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}

/** `tags` or `tag`, each with a leading `#`. */
export function parseFrontMatterTags(frontmatter: any): string[] | null {
	const tags = parseFrontMatterStringArray(frontmatter, /^tags?$/i, true);
	return tags ? tags.map((t) => (t.startsWith("#") ? t : `#${t}`)) : null;
}

/** Frontmatter tags first, then inline tags, each with its `#`, duplicates kept as Obsidian does. */
export function getAllTags(cache: CachedMetadata): string[] | null {
	if (!cache) return null;
	const tags = parseFrontMatterTags(cache.frontmatter) ?? [];
	for (const t of cache.tags ?? []) tags.push(t.tag);
	return tags;
}

export function iterateRefs(refs: Reference[], cb: (ref: Reference) => boolean | void): boolean {
	for (const r of refs) if (cb(r)) return true;
	return false;
}

export function iterateCacheRefs(cache: CachedMetadata, cb: (ref: ReferenceCache) => boolean | void): boolean {
	for (const r of [...(cache.links ?? []), ...(cache.embeds ?? [])]) if (cb(r)) return true;
	return false;
}

/** Heading subpaths only (`#Heading` or `#Parent#Child`); blocks when the id is known. */
export function resolveSubpath(cache: CachedMetadata, subpath: string): any {
	const parts = subpath.split("#").filter((p) => p.length > 0);
	if (parts.length === 0) return null;
	if (parts[0].startsWith("^")) {
		const block = cache.blocks?.[parts[0].slice(1).toLowerCase()];
		return block ? { type: "block", block, start: block.position.start, end: block.position.end } : null;
	}
	const headings = cache.headings ?? [];
	const want = parts[parts.length - 1].toLowerCase();
	const i = headings.findIndex((h) => h.heading.toLowerCase() === want);
	if (i < 0) return null;
	const current = headings[i];
	const next = headings.slice(i + 1).find((h) => h.level <= current.level) ?? null;
	return { type: "heading", current, next, start: current.position.start, end: next ? next.position.start : null };
}
