/**
 * `Vault` over an in-memory map of paths to contents, with Obsidian's events.
 *
 * Writes change the stored content before the returned promise settles, so a test can read
 * the result right after `await`. The metadata cache catches up asynchronously, as in Obsidian.
 */
import { Events } from "./events";
import { joinPath, parentPath, setFilePath, TAbstractFile, TFile, TFolder } from "./files";
import { normalizePath } from "./util";

export interface DataWriteOptions {
	ctime?: number;
	mtime?: number;
}

export interface Stat {
	type: "file" | "folder";
	ctime: number;
	mtime: number;
	size: number;
}

export interface ListedFiles {
	files: string[];
	folders: string[];
}

/** Internal hooks the App wires to the metadata cache and workspace (they are not counted as event listeners). */
export interface VaultObserver {
	created?(file: TAbstractFile): void;
	modified?(file: TFile): void;
	deleted?(file: TAbstractFile): void;
	renamed?(file: TAbstractFile, oldPath: string): void;
}

type Content = string | ArrayBuffer;

const encoder = new TextEncoder();

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
	const out = new ArrayBuffer(bytes.byteLength);
	new Uint8Array(out).set(bytes);
	return out;
}

function sizeOf(content: Content): number {
	return typeof content === "string" ? encoder.encode(content).length : content.byteLength;
}

/** The file, then (for a folder) everything below it. */
function walk(file: TAbstractFile, cb: (f: TAbstractFile) => void): void {
	cb(file);
	if (file instanceof TFolder) for (const c of file.children) walk(c, cb);
}

function assertNormalized(path: string, method: string): void {
	if (path !== normalizePath(path) || path === "/") {
		throw new Error(`Vault.${method}: "${path}" is not a normalized file path; pass it through normalizePath() first.`);
	}
}

export class Vault extends Events {
	adapter: InMemoryAdapter;
	configDir = ".obsidian";
	/** Double-only: also refuse to create a path that differs from an existing one only by case (macOS, Windows). */
	caseInsensitive = false;
	/** Double-only: files given to `trash()`, in order. */
	trashed: string[] = [];
	/** @internal */
	_observers: VaultObserver[] = [];

	private readonly fileMap = new Map<string, TAbstractFile>();
	private readonly contents = new Map<string, Content>();
	private readonly root: TFolder;
	private lastTime = 0;

	constructor(private readonly vaultName = "vault") {
		super();
		this.root = new TFolder();
		this.root.vault = this;
		setFilePath(this.root, "/");
		this.fileMap.set("/", this.root);
		this.adapter = new InMemoryAdapter(this);
	}

	getName(): string {
		return this.vaultName;
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.fileMap.get(path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const f = this.fileMap.get(path);
		return f instanceof TFile ? f : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const f = this.fileMap.get(path);
		return f instanceof TFolder ? f : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.fileMap.values()];
	}

	getAllFolders(includeRoot?: boolean): TFolder[] {
		return [...this.fileMap.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
	}

	getFiles(): TFile[] {
		return [...this.fileMap.values()].filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => any): void {
		const stack: TAbstractFile[] = [root];
		while (stack.length > 0) {
			const f = stack.pop()!;
			cb(f);
			if (f instanceof TFolder) stack.push(...f.children);
		}
	}

	async read(file: TFile): Promise<string> {
		return this.readNow(file);
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.readNow(file);
	}

	async readBinary(file: TFile): Promise<ArrayBuffer> {
		const c = this.contentOf(file);
		return typeof c === "string" ? toArrayBuffer(encoder.encode(c)) : c;
	}

	getResourcePath(file: TFile): string {
		return `app://local/${encodeURI(file.path)}?${file.stat.mtime}`;
	}

	async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
		return this.createFile(path, data, options, "create");
	}

	async createBinary(path: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<TFile> {
		return this.createFile(path, data, options, "createBinary");
	}

	async createFolder(path: string): Promise<TFolder> {
		assertNormalized(path, "createFolder");
		if (this.fileMap.has(path)) throw new Error("Folder already exists.");
		return this.ensureFolder(path, true);
	}

	async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this.write(file, data, options);
	}

	async modifyBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		this.write(file, data, options);
	}

	async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this.write(file, this.readNow(file) + data, options);
	}

	async appendBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		const old = new Uint8Array(await this.readBinary(file));
		const out = new Uint8Array(old.length + data.byteLength);
		out.set(old);
		out.set(new Uint8Array(data), old.length);
		this.write(file, out.buffer, options);
	}

	/** Atomic read-modify-write: `fn` gets the current text, and its result is written at once. */
	async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		const before = this.readNow(file);
		const after = fn(before);
		if (typeof after !== "string") throw new TypeError("Vault.process: the callback must return the new text (a string).");
		if (after !== before) this.write(file, after, options);
		return after;
	}

	async delete(file: TAbstractFile, _force?: boolean): Promise<void> {
		this.remove(file);
	}

	async trash(file: TAbstractFile, _system: boolean): Promise<void> {
		this.trashed.push(file.path);
		this.remove(file);
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		assertNormalized(newPath, "rename");
		if (this.fileMap.get(file.path) !== file) throw new Error(`Vault.rename: "${file.path}" is not in the vault.`);
		if (newPath === file.path) return;
		if (this.fileMap.has(newPath)) throw new Error("Destination file already exists!");
		const newParent = this.getFolderByPath(parentPath(newPath));
		if (!newParent) throw new Error(`Vault.rename: folder "${parentPath(newPath)}" does not exist.`);

		const moved: { f: TAbstractFile; oldPath: string }[] = [];
		walk(file, (f) => moved.push({ f, oldPath: f.path }));
		const oldPrefix = file.path;
		for (const { f, oldPath } of moved) {
			const p = oldPath === oldPrefix ? newPath : newPath + oldPath.slice(oldPrefix.length);
			this.fileMap.delete(oldPath);
			const c = this.contents.get(oldPath);
			this.contents.delete(oldPath);
			setFilePath(f, p);
			this.fileMap.set(p, f);
			if (c !== undefined) this.contents.set(p, c);
		}
		file.parent?.children.splice(file.parent.children.indexOf(file), 1);
		file.parent = newParent;
		newParent.children.push(file);
		for (const { f, oldPath } of moved) {
			for (const o of this._observers) o.renamed?.(f, oldPath);
			this.trigger("rename", f, oldPath);
		}
	}

	async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		if (file instanceof TFile) return this.createFile(newPath, this.contentOf(file), undefined, "copy") as TAbstractFile as T;
		const folder = await this.createFolder(newPath);
		if (file instanceof TFolder) for (const c of file.children.slice()) await this.copy(c, joinPath(newPath, c.name));
		return folder as TAbstractFile as T;
	}

	// ---- double-only helpers ----

	/** Adds a file (and its folders) without events, as if it was there when the vault opened. */
	addFileSync(path: string, data: string | ArrayBuffer, options?: DataWriteOptions): TFile {
		assertNormalized(path, "addFileSync");
		if (this.fileMap.has(path)) throw new Error(`addFileSync: "${path}" already exists.`);
		const parent = this.ensureFolder(parentPath(path), false);
		return this.insertFile(path, data, parent, options);
	}

	/** Double-only: the stored text, synchronously (same as `readNow`). */
	getFileContent(file: TFile): string {
		return this.readNow(file);
	}

	/** The stored text, synchronously. */
	readNow(file: TFile): string {
		const c = this.contentOf(file);
		return typeof c === "string" ? c : new TextDecoder().decode(c);
	}

	/** @internal */
	contentOf(file: TFile): Content {
		const c = this.contents.get(file.path);
		if (c === undefined || this.fileMap.get(file.path) !== file) throw new Error(`File "${file.path}" does not exist in the vault.`);
		return c;
	}

	// ---- internals ----

	private now(): number {
		this.lastTime = Math.max(Date.now(), this.lastTime + 1);
		return this.lastTime;
	}

	private createFile(path: string, data: Content, options: DataWriteOptions | undefined, method: string): TFile {
		assertNormalized(path, method);
		if (this.fileMap.has(path)) throw new Error("File already exists.");
		if (this.caseInsensitive) {
			const lower = path.toLowerCase();
			for (const p of this.fileMap.keys()) if (p.toLowerCase() === lower) throw new Error("File already exists.");
		}
		const parent = this.getFolderByPath(parentPath(path));
		if (!parent) throw new Error(`Vault.${method}: folder "${parentPath(path)}" does not exist; create it with createFolder() first.`);
		const file = this.insertFile(path, data, parent, options);
		for (const o of this._observers) o.created?.(file);
		this.trigger("create", file);
		return file;
	}

	private insertFile(path: string, data: Content, parent: TFolder, options?: DataWriteOptions): TFile {
		const file = new TFile();
		file.vault = this;
		setFilePath(file, path);
		const t = this.now();
		file.stat = { ctime: options?.ctime ?? t, mtime: options?.mtime ?? t, size: sizeOf(data) };
		file.parent = parent;
		parent.children.push(file);
		this.fileMap.set(path, file);
		this.contents.set(path, data);
		return file;
	}

	private ensureFolder(path: string, emit: boolean): TFolder {
		const existing = this.fileMap.get(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error(`"${path}" is a file, not a folder.`);
		const parent = this.ensureFolder(parentPath(path), emit);
		const folder = new TFolder();
		folder.vault = this;
		setFilePath(folder, path);
		folder.parent = parent;
		parent.children.push(folder);
		this.fileMap.set(path, folder);
		if (emit) {
			for (const o of this._observers) o.created?.(folder);
			this.trigger("create", folder);
		}
		return folder;
	}

	private write(file: TFile, data: Content, options?: DataWriteOptions): void {
		this.contentOf(file);
		this.contents.set(file.path, data);
		file.stat = { ctime: options?.ctime ?? file.stat.ctime, mtime: options?.mtime ?? this.now(), size: sizeOf(data) };
		for (const o of this._observers) o.modified?.(file);
		this.trigger("modify", file);
	}

	private remove(file: TAbstractFile): void {
		if (file instanceof TFolder && file.isRoot()) throw new Error("Cannot delete the vault root.");
		if (this.fileMap.get(file.path) !== file) throw new Error(`File "${file.path}" does not exist in the vault.`);
		const all: TAbstractFile[] = [];
		walk(file, (f) => all.push(f));
		file.parent?.children.splice(file.parent.children.indexOf(file), 1);
		// Children first, the folder itself last.
		for (const f of all.reverse()) {
			this.fileMap.delete(f.path);
			this.contents.delete(f.path);
			for (const o of this._observers) o.deleted?.(f);
			this.trigger("delete", f);
		}
	}
}

/** The `DataAdapter` part a plugin may touch: vault paths go through the vault (with its events), the config folder is a separate store. */
export class InMemoryAdapter {
	private readonly hidden = new Map<string, string>();
	private readonly hiddenFolders = new Set<string>();

	constructor(private readonly vault: Vault) {}

	getName(): string {
		return this.vault.getName();
	}

	private isHidden(path: string): boolean {
		return path.split("/").some((part) => part.startsWith("."));
	}

	async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
		if (this.vault.getAbstractFileByPath(normalizedPath) || this.hidden.has(normalizedPath) || this.hiddenFolders.has(normalizedPath)) return true;
		if (sensitive) return false;
		const lower = normalizedPath.toLowerCase();
		return this.vault.getAllLoadedFiles().some((f) => f.path.toLowerCase() === lower) || [...this.hidden.keys()].some((p) => p.toLowerCase() === lower);
	}

	async stat(normalizedPath: string): Promise<Stat | null> {
		const f = this.vault.getAbstractFileByPath(normalizedPath);
		if (f instanceof TFile) return { type: "file", ...f.stat };
		if (f instanceof TFolder || this.hiddenFolders.has(normalizedPath)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		const h = this.hidden.get(normalizedPath);
		return h === undefined ? null : { type: "file", ctime: 0, mtime: 0, size: sizeOf(h) };
	}

	async list(normalizedPath: string): Promise<ListedFiles> {
		const out: ListedFiles = { files: [], folders: [] };
		const folder = this.vault.getFolderByPath(normalizedPath === "" ? "/" : normalizedPath);
		if (folder) {
			for (const c of folder.children) (c instanceof TFolder ? out.folders : out.files).push(c.path);
		}
		const prefix = normalizedPath === "/" || normalizedPath === "" ? "" : `${normalizedPath}/`;
		const direct = (p: string): boolean => p.startsWith(prefix) && !p.slice(prefix.length).includes("/");
		for (const p of this.hidden.keys()) if (direct(p)) out.files.push(p);
		for (const p of this.hiddenFolders) if (direct(p) && p !== normalizedPath) out.folders.push(p);
		return out;
	}

	async read(normalizedPath: string): Promise<string> {
		const f = this.vault.getFileByPath(normalizedPath);
		if (f) return this.vault.readNow(f);
		const h = this.hidden.get(normalizedPath);
		if (h === undefined) throw new Error(`ENOENT: no such file, open '${normalizedPath}'`);
		return h;
	}

	async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
		const f = this.vault.getFileByPath(normalizedPath);
		if (f) return this.vault.readBinary(f);
		return toArrayBuffer(encoder.encode(await this.read(normalizedPath)));
	}

	async write(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		if (this.isHidden(normalizedPath)) {
			this.mkdirHidden(parentPath(normalizedPath));
			this.hidden.set(normalizedPath, data);
			return;
		}
		const f = this.vault.getFileByPath(normalizedPath);
		if (f) await this.vault.modify(f, data, options);
		else {
			const parent = parentPath(normalizedPath);
			if (!this.vault.getFolderByPath(parent)) await this.vault.createFolder(parent);
			await this.vault.create(normalizedPath, data, options);
		}
	}

	async writeBinary(normalizedPath: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		const f = this.vault.getFileByPath(normalizedPath);
		if (f) await this.vault.modifyBinary(f, data, options);
		else await this.vault.createBinary(normalizedPath, data, options);
	}

	async appendBinary(normalizedPath: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		const f = this.vault.getFileByPath(normalizedPath);
		if (f) await this.vault.appendBinary(f, data, options);
		else await this.writeBinary(normalizedPath, data, options);
	}

	async append(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		const old = (await this.exists(normalizedPath, true)) ? await this.read(normalizedPath) : "";
		await this.write(normalizedPath, old + data, options);
	}

	async process(normalizedPath: string, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		const out = fn(await this.read(normalizedPath));
		await this.write(normalizedPath, out, options);
		return out;
	}

	getResourcePath(normalizedPath: string): string {
		return `app://local/${encodeURI(normalizedPath)}`;
	}

	async mkdir(normalizedPath: string): Promise<void> {
		if (this.isHidden(normalizedPath)) this.mkdirHidden(normalizedPath);
		else if (!this.vault.getFolderByPath(normalizedPath)) await this.vault.createFolder(normalizedPath);
	}

	async trashSystem(normalizedPath: string): Promise<boolean> {
		await this.remove(normalizedPath);
		return true;
	}

	async trashLocal(normalizedPath: string): Promise<void> {
		await this.remove(normalizedPath);
	}

	async rmdir(normalizedPath: string, _recursive: boolean): Promise<void> {
		const f = this.vault.getFolderByPath(normalizedPath);
		if (f) await this.vault.delete(f, true);
		for (const p of [...this.hidden.keys()]) if (p.startsWith(`${normalizedPath}/`)) this.hidden.delete(p);
		for (const p of [...this.hiddenFolders]) if (p === normalizedPath || p.startsWith(`${normalizedPath}/`)) this.hiddenFolders.delete(p);
	}

	async remove(normalizedPath: string): Promise<void> {
		const f = this.vault.getAbstractFileByPath(normalizedPath);
		if (f) await this.vault.delete(f, true);
		else this.hidden.delete(normalizedPath);
	}

	async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		const f = this.vault.getAbstractFileByPath(normalizedPath);
		if (f) return this.vault.rename(f, normalizedNewPath);
		const h = this.hidden.get(normalizedPath);
		if (h === undefined) throw new Error(`ENOENT: no such file, rename '${normalizedPath}'`);
		this.hidden.delete(normalizedPath);
		this.hidden.set(normalizedNewPath, h);
	}

	async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		await this.write(normalizedNewPath, await this.read(normalizedPath));
	}

	private mkdirHidden(path: string): void {
		for (let p = path; p !== "/" && p !== ""; p = parentPath(p)) this.hiddenFolders.add(p);
	}
}
