/**
 * Which notes are "AWS notes": the ones the template check, the missing-notes analysis and the
 * status bar look at. The user's vault keeps them under `AWS/<Category>/...`, but notes elsewhere
 * count too when they carry the `aws` tag or are named like a service ("Amazon ...", "AWS ...").
 */

export interface ScopeSettings {
	/** Folder names (any depth) or folder paths from the vault root (containing `/`, or starting with it: `/AWS`) whose notes are in scope. */
	includeFolders: string[];
	/** Same forms; an excluded folder wins over an included one. */
	excludeFolders: string[];
	/** Tags (without `#`) that put a note in scope; nested tags (`aws/storage`) count for their parent. */
	tags: string[];
	/** File name or alias prefixes that put a note in scope (case-insensitive). */
	namePrefixes: string[];
}

export const DEFAULT_SCOPE: ScopeSettings = {
	includeFolders: ["AWS"],
	excludeFolders: ["Templates"],
	tags: ["aws"],
	namePrefixes: ["Amazon ", "AWS "],
};

/** What scope needs to know about a note besides its path. */
export interface ScopeFacts {
	aliases: readonly string[];
	/** Tags without `#`, any case. */
	tags: readonly string[];
}

/** A scope with its lists normalised once, so that matching 10,000 paths stays cheap. */
export interface CompiledScope {
	inScope(path: string, facts: ScopeFacts): boolean;
	isExcluded(path: string): boolean;
}

function cleanFolder(f: string): string {
	return f.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "").toLowerCase();
}

/** Compile scope settings; `extraExcludedPaths` (e.g. the template note) are never in scope. */
export function compileScope(settings: ScopeSettings, extraExcludedPaths: readonly string[] = []): CompiledScope {
	// "AWS" is a folder name at any depth; "Study/AWS" or "/AWS" (leading slash) a path from the vault root.
	const split = (folders: string[]): [Set<string>, string[]] => {
		const names = new Set<string>();
		const paths: string[] = [];
		for (const raw of folders) {
			const f = cleanFolder(raw);
			if (f === "") continue;
			if (f.includes("/") || /^\s*[\\/]/.test(raw)) paths.push(f + "/");
			else names.add(f);
		}
		return [names, paths];
	};
	const [includeNames, includePaths] = split(settings.includeFolders);
	const [excludeNames, excludePaths] = split(settings.excludeFolders);
	const tags = settings.tags.map((t) => t.trim().replace(/^#/, "").toLowerCase()).filter(Boolean);
	const prefixes = settings.namePrefixes.map((p) => p.toLowerCase()).filter((p) => p.trim() !== "");
	const excludedFiles = new Set(extraExcludedPaths.map((p) => p.toLowerCase()));

	// A folder name matches as the first segment ("aws/...") or a later one (".../aws/..."); the
	// strings are built once here, not per path.
	const segments = (names: Set<string>): { first: string[]; inner: string[] } => ({
		first: [...names].map((n) => n + "/"),
		inner: [...names].map((n) => "/" + n + "/"),
	});
	const includeSegments = segments(includeNames);
	const excludeSegments = segments(excludeNames);
	const folderMatch = (lowerPath: string, names: { first: string[]; inner: string[] }, paths: string[]): boolean => {
		for (let i = 0; i < names.first.length; i++) {
			if (lowerPath.startsWith(names.first[i]) || lowerPath.includes(names.inner[i])) return true;
		}
		for (const p of paths) if (lowerPath.startsWith(p)) return true;
		return false;
	};

	const excludedLower = (lower: string): boolean => excludedFiles.has(lower) || folderMatch(lower, excludeSegments, excludePaths);
	const isExcluded = (path: string): boolean => excludedLower(path.toLowerCase());

	return {
		isExcluded,
		inScope(path: string, facts: ScopeFacts): boolean {
			const lower = path.toLowerCase();
			if (excludedLower(lower)) return false;
			if (folderMatch(lower, includeSegments, includePaths)) return true;
			for (const t of facts.tags) {
				const tag = t.replace(/^#/, "").toLowerCase();
				for (const want of tags) if (tag === want || tag.startsWith(want + "/")) return true;
			}
			if (prefixes.length > 0) {
				const slash = lower.lastIndexOf("/");
				const base = lower.slice(slash + 1).replace(/\.md$/, "");
				for (const p of prefixes) if (base.startsWith(p)) return true;
				for (const a of facts.aliases) {
					const al = a.toLowerCase();
					for (const p of prefixes) if (al.startsWith(p)) return true;
				}
			}
			return false;
		},
	};
}
