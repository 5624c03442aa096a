/**
 * Link resolution that mirrors Obsidian's `metadataCache.getFirstLinkpathDest`, for the command
 * line and for tests (the plugin asks Obsidian itself). Rules:
 * - the link path is what comes before `#` and `|` (the note model already splits it);
 * - `.md` is implied when the path has no attachment extension;
 * - a path relative to the source note's folder, then a path from the vault root, then any file
 *   with that name (or path suffix) anywhere, all case-insensitive;
 * - among several files with one name, the one in the source's folder wins, then the shortest path.
 */

import { addTo } from "../collections";

/** Extensions Obsidian treats as attachments rather than notes. */
const ATTACHMENT_EXT = new Set([
	"png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "avif", "ico", "tif", "tiff",
	"mp3", "wav", "m4a", "ogg", "3gp", "flac", "webm", "mp4", "ogv", "mov", "mkv",
	"pdf", "canvas", "base", "zip", "csv", "json", "txt", "xlsx", "docx", "pptx",
]);

/** The attachment extension of a link path or file name (lower case), or null for a note. */
export function attachmentExtension(name: string): string | null {
	const slash = name.lastIndexOf("/");
	const dot = name.lastIndexOf(".");
	if (dot <= slash + 1) return null;
	const ext = name.slice(dot + 1).toLowerCase();
	return ATTACHMENT_EXT.has(ext) ? ext : null;
}

/**
 * A link's identity for grouping: lower case, NFC, no `.md`, single spaces, no leading `/`.
 * `[[Amazon EKS]]`, `[[amazon eks]]` and `[Amazon EKS](Amazon%20EKS.md)` share one key.
 */
export function linkKey(linkpath: string): string {
	// Fast path: plain ASCII without doubled spaces, backslashes or a leading slash (almost every link).
	let k = PLAIN_ASCII.test(linkpath) ? linkpath.trim() : nfc(linkpath).trim().replace(/\\/g, "/").replace(/\s+/g, " ").replace(/^\/+/, "");
	k = k.toLowerCase();
	if (k.endsWith(".md")) k = k.slice(0, -3);
	return k;
}

/** Printable ASCII with no backslash, no doubled space, not starting with `/`: needs no normalisation. */
const PLAIN_ASCII = /^(?!\/)(?:[\x21-\x5b\x5d-\x7e]| (?! ))*$/;

const NON_ASCII = /[\u0080-\uffff]/;

/** NFC-normalise only when the text has non-ASCII characters (normalize() is costly per call). */
function nfc(s: string): string {
	return NON_ASCII.test(s) ? s.normalize("NFC") : s;
}

/** A path's lookup form: NFC, lower case. */
function lowerPath(path: string): string {
	return nfc(path).toLowerCase();
}

/** The link name of a lower-cased path: last segment, without `.md`. */
function nameOfLower(lower: string): string {
	const name = lower.slice(lower.lastIndexOf("/") + 1);
	return name.endsWith(".md") ? name.slice(0, -3) : name;
}

/** Folder of a vault path ("" for the root). */
export function folderOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i === -1 ? "" : path.slice(0, i);
}

/** File name without folder and without `.md`. */
export function basenameOf(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/** Join `rel` (which may hold `./` and `../`) onto `folder`; null when it climbs out of the vault. */
export function joinRelative(folder: string, rel: string): string | null {
	const parts = folder === "" ? [] : folder.split("/");
	for (const seg of rel.split("/")) {
		if (seg === "" || seg === ".") continue;
		if (seg === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else parts.push(seg);
	}
	return parts.join("/");
}

/** The set of files in a vault, indexed for resolution; add and remove are O(1). */
export class FileSet {
	/** lower-case path → real path */
	private byPath = new Map<string, string>();
	/** lower-case link name (basename for notes, name with extension for attachments) → real paths */
	private byName = new Map<string, string[]>();

	constructor(paths: Iterable<string> = []) {
		for (const p of paths) this.add(p);
	}

	get size(): number {
		return this.byPath.size;
	}

	/** The name a link uses for this file: "Folder/Note.md" → "note"; "img/a.png" → "a.png". */
	static nameKey(path: string): string {
		return nameOfLower(lowerPath(path.slice(path.lastIndexOf("/") + 1)));
	}

	/** Add a file (no-op when present); returns its link name (see `nameKey`). */
	add(path: string): string {
		const lower = lowerPath(path);
		const key = nameOfLower(lower);
		if (this.byPath.has(lower)) return key;
		this.byPath.set(lower, path);
		addTo(this.byName, key, path);
		return key;
	}

	remove(path: string): void {
		const lower = lowerPath(path);
		const real = this.byPath.get(lower);
		if (real === undefined) return;
		this.byPath.delete(lower);
		const key = nameOfLower(lower);
		const list = this.byName.get(key);
		if (!list) return;
		const i = list.indexOf(real);
		if (i !== -1) list.splice(i, 1);
		if (list.length === 0) this.byName.delete(key);
	}

	has(path: string): boolean {
		return this.byPath.has(lowerPath(path));
	}

	/** The real path of an existing file, matched case-insensitively. */
	get(path: string): string | null {
		return this.byPath.get(lowerPath(path)) ?? null;
	}

	/** Files a link name could mean ("amazon eks" → ["AWS/Amazon EKS.md"]). */
	byLinkName(nameKey: string): readonly string[] {
		return this.byName.get(nameKey) ?? [];
	}

	paths(): IterableIterator<string> {
		return this.byPath.values();
	}

	/** Resolve a link path from a source note, as Obsidian does; null when nothing matches. */
	resolve(linkpath: string, sourcePath: string): string | null {
		let raw = nfc(linkpath).trim();
		if (raw.indexOf("\\") !== -1) raw = raw.replace(/\\/g, "/");
		if (raw === "") return null;
		if (raw.indexOf("/") === -1) {
			// A bare name (almost every link): only the by-name lookup applies.
			const candidates = this.byLinkName(nameOfLower(raw.toLowerCase()));
			return candidates.length <= 1 ? (candidates[0] ?? null) : this.pick(candidates, null, folderOf(sourcePath));
		}
		const isAttachment = attachmentExtension(raw) !== null;
		const withExt = (p: string) => (isAttachment || p.toLowerCase().endsWith(".md") ? p : p + ".md");
		const folder = folderOf(sourcePath);

		if (raw.startsWith("./") || raw.startsWith("../")) {
			const joined = joinRelative(folder, raw);
			return joined === null ? null : this.get(withExt(joined));
		}
		if (raw.startsWith("/")) return this.get(withExt(raw.replace(/^\/+/, "")));

		// `a/b`: relative to the source's folder, then from the root, then by path suffix.
		if (folder !== "") {
			const rel = this.get(withExt(folder + "/" + raw));
			if (rel !== null) return rel;
		}
		const abs = this.get(withExt(raw));
		if (abs !== null) return abs;
		const lastSeg = raw.slice(raw.lastIndexOf("/") + 1);
		const candidates = this.byLinkName(FileSet.nameKey(withExt(lastSeg)));
		if (candidates.length === 0) return null;
		return this.pick(candidates, "/" + withExt(raw).toLowerCase(), folder);
	}

	/** Among files with the link's name: the one in the source's folder, then the shortest path. */
	private pick(candidates: readonly string[], suffix: string | null, folder: string): string | null {
		let best: string | null = null;
		for (const c of candidates) {
			if (suffix !== null && !("/" + c.toLowerCase()).endsWith(suffix)) continue;
			if (best === null) {
				best = c;
				continue;
			}
			const cSame = folderOf(c) === folder;
			const bSame = folderOf(best) === folder;
			if (cSame !== bSame) {
				if (cSame) best = c;
				continue;
			}
			if (c.length < best.length || (c.length === best.length && c < best)) best = c;
		}
		return best;
	}
}
