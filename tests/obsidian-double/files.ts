/**
 * The vault's file tree. Real classes, so plugin code can use `instanceof TFile` as it must.
 */
import type { Vault } from "./vault";

export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;
}

export interface FileStats {
	ctime: number;
	mtime: number;
	size: number;
}

export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.parent === null && this.path === "/";
	}
}

/** Sets `path`, `name` and (for files) `basename`/`extension` from a vault path, as Obsidian does on create and rename. */
export function setFilePath(file: TAbstractFile, path: string): void {
	file.path = path;
	file.name = path === "/" ? "" : path.slice(path.lastIndexOf("/") + 1);
	if (file instanceof TFile) {
		const dot = file.name.lastIndexOf(".");
		// "notes.md" → basename "notes", extension "md"; ".hidden" and "README" have no extension.
		if (dot > 0) {
			file.basename = file.name.slice(0, dot);
			file.extension = file.name.slice(dot + 1);
		} else {
			file.basename = file.name;
			file.extension = "";
		}
	}
}

export function parentPath(path: string): string {
	const i = path.lastIndexOf("/");
	return i <= 0 ? "/" : path.slice(0, i);
}

export function joinPath(folder: string, name: string): string {
	return folder === "/" || folder === "" ? name : `${folder}/${name}`;
}
