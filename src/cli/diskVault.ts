/**
 * A vault folder on disk, for the command line. Walks the folder once, never follows symbolic
 * links (a link could lead out of the vault), skips dot-folders (`.obsidian`, `.git`, `.trash`),
 * and writes only inside the vault, atomically (temporary file in the same folder, then rename).
 */

import { chmodSync, chownSync, lstatSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync, unlinkSync } from "node:fs";
import { join, relative, resolve, sep, dirname, basename } from "node:path";
import type { VaultSettings } from "./vaultSettings";

export class UsageError extends Error {}

/** A note `--fix` must not write: the user made it read-only. */
export class ReadOnlyNoteError extends Error {}

/**
 * A note `--fix` must not write: it has other hard links. Replacing it would break the links (the
 * other names would keep the old text), and writing through it could change a file outside the vault.
 */
export class HardLinkedNoteError extends Error {}

/**
 * A note `--fix` must not write: it belongs to another user, and the CLI is not root. The new file
 * would be the caller's, so the note would change owner; it is left as it is instead.
 */
export class ForeignOwnerNoteError extends Error {}

export interface DiskVault {
	root: string;
	/** Every file, vault-relative with `/`. */
	files: string[];
	/** Markdown files only. */
	notes: string[];
	/** The vault folder with symbolic links resolved, once (every read and write is checked against it). */
	realRoot?: string;
	/** The plugin's settings for this vault with the command line's overrides (see `vaultSettings`). */
	settings?: VaultSettings;
	/** Notes that could not be read (permission denied, vanished during the run): reported, skipped. */
	unreadable?: { path: string; error: string }[];
	/**
	 * The files found by the walk. Their folders were checked while walking (no symbolic link was
	 * followed, each folder resolved once), so reading one needs no further check per file.
	 */
	walked?: ReadonlySet<string>;
}

/** Open a vault folder; throws `UsageError` when it is missing or not a folder. */
export function openVault(folder: string | undefined): DiskVault {
	if (!folder) throw new UsageError("Missing <vault>: give the path of a vault folder.");
	const root = resolve(folder);
	let st;
	try {
		st = statSync(root);
	} catch {
		throw new UsageError(`Vault folder not found: ${folder}`);
	}
	if (!st.isDirectory()) throw new UsageError(`Not a folder: ${folder}`);
	const files: string[] = [];
	const realRoot = realpathSync(root);
	const walk = (dir: string, rel: string) => {
		// Each folder is checked once, here: it must really be inside the vault.
		try {
			const real = realpathSync(dir);
			if (real !== realRoot && !real.startsWith(realRoot + sep)) return;
		} catch {
			return;
		}
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			return; // unreadable folder: skip, as Obsidian would not show it either
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const e of entries) {
			if (e.name.startsWith(".")) continue;
			const relPath = rel === "" ? e.name : `${rel}/${e.name}`;
			if (e.isSymbolicLink()) continue;
			if (e.isDirectory()) walk(join(dir, e.name), relPath);
			else if (e.isFile()) files.push(relPath);
		}
	};
	walk(root, "");
	return { root, files, notes: files.filter((f) => f.toLowerCase().endsWith(".md")), realRoot, walked: new Set(files) };
}

/**
 * A note's text as UTF-8, invalid sequences replaced rather than failing (for reading only: see
 * `readNoteBytes` before writing). A file the walk found is read directly, other paths (a note
 * named on the command line) are checked first.
 */
export function readNote(vault: DiskVault, path: string): string {
	if (vault.walked?.has(path)) return readFileSync(join(vault.root, path), "utf8");
	return readNoteBytes(vault, path).text;
}

/**
 * A note's text and whether its bytes are valid UTF-8. Invalid bytes read as U+FFFD, so writing
 * such a text back would replace them for good: `check --fix` leaves these notes alone.
 */
export function readNoteBytes(vault: DiskVault, path: string): { text: string; validUtf8: boolean } {
	const bytes = readFileSync(safePath(vault, path));
	try {
		return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), validUtf8: true };
	} catch {
		return { text: new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes), validUtf8: false };
	}
}

/**
 * The absolute path for a vault-relative path, refusing anything that would land outside the
 * vault (`..`, absolute paths, or a folder that is a symbolic link pointing elsewhere).
 */
export function safePath(vault: DiskVault, path: string): string {
	const abs = resolve(vault.root, path);
	const rel = relative(vault.root, abs);
	if (rel === "" || rel.startsWith("..") || rel.split(sep).includes("..") || resolve(rel) === rel) {
		throw new Error(`Refusing a path outside the vault: ${path}`);
	}
	// The folder that will hold the file must really be inside the vault (no symlink escape).
	let parent = dirname(abs);
	const realRoot = vault.realRoot ?? realpathSync(vault.root);
	for (;;) {
		try {
			const real = realpathSync(parent);
			if (real !== realRoot && !real.startsWith(realRoot + sep)) throw new Error(`Refusing a path outside the vault: ${path}`);
			break;
		} catch (e) {
			if (e instanceof Error && e.message.startsWith("Refusing")) throw e;
			parent = dirname(parent); // does not exist yet: check its parent
		}
	}
	try {
		if (lstatSync(abs).isSymbolicLink()) throw new Error(`Refusing to write through a symbolic link: ${path}`);
	} catch (e) {
		if (e instanceof Error && e.message.startsWith("Refusing")) throw e;
	}
	return abs;
}

/**
 * Replace a note's content atomically: a crash leaves either the old or the new note, never half.
 * The new file gets the note's permissions (a 0600 note stays 0600) and, when run as root, its
 * owner; a read-only note is refused (`ReadOnlyNoteError`) rather than replaced, and so are a note with
 * other hard links (`HardLinkedNoteError`: the links stay as they are) and, when not run as root, a
 * note of another user (`ForeignOwnerNoteError`: it would become the caller's).
 */
export function writeNoteAtomic(vault: DiskVault, path: string, text: string): void {
	const abs = safePath(vault, path);
	let before: ReturnType<typeof statSync> | null = null;
	try {
		before = statSync(abs);
	} catch {
		before = null; // a new file
	}
	if (before && (before.mode & 0o222) === 0) throw new ReadOnlyNoteError(`${path} is read-only`);
	if (before && before.nlink > 1) throw new HardLinkedNoteError(`${path} has ${before.nlink - 1} other hard link${before.nlink > 2 ? "s" : ""}`);
	const uid = typeof process.getuid === "function" ? process.getuid() : null;
	if (before && uid !== null && uid !== 0 && before.uid !== uid) throw new ForeignOwnerNoteError(`${path} belongs to user ${before.uid}`);
	const tmp = join(dirname(abs), `.${basename(abs)}.${process.pid}.${Date.now()}.tmp`);
	try {
		writeFileSync(tmp, text, { encoding: "utf8", flag: "wx" });
		if (before) {
			chmodSync(tmp, before.mode & 0o7777);
			if (uid === 0) chownSync(tmp, before.uid, before.gid);
		}
		renameSync(tmp, abs);
	} catch (e) {
		try {
			unlinkSync(tmp);
		} catch {
			/* the temporary file was not created */
		}
		throw e;
	}
}
