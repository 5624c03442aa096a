import { describe, expect, test } from "vitest";
import { App, createApp, TFile, TFolder, type TAbstractFile } from "../obsidian-double/obsidian";

describe("Vault", () => {
	test("new App() has an empty vault with a root folder", () => {
		const app = new App();
		const root = app.vault.getRoot();
		expect(root).toBeInstanceOf(TFolder);
		expect(root.isRoot()).toBe(true);
		expect(root.path).toBe("/");
		expect(app.vault.getFiles()).toEqual([]);
	});

	test("files and folders are real TFile/TFolder instances with Obsidian's fields", () => {
		const app = createApp({ "aws/compute/EC2.md": "# EC2", "aws/diagram.png": "x" });
		const f = app.vault.getAbstractFileByPath("aws/compute/EC2.md");
		if (!(f instanceof TFile)) throw new Error("expected a TFile");
		expect([f.name, f.basename, f.extension, f.parent?.path]).toEqual(["EC2.md", "EC2", "md", "aws/compute"]);
		expect(f.stat.size).toBe(5);
		expect(f.vault).toBe(app.vault);
		expect(app.vault.getFolderByPath("aws")?.children.map((c) => c.name)).toEqual(["compute", "diagram.png"]);
		expect(app.vault.getMarkdownFiles().map((m) => m.path)).toEqual(["aws/compute/EC2.md"]);
		expect(app.vault.getFileByPath("aws")).toBeNull();
	});

	test("create refuses a path that exists, and a missing folder", async () => {
		const app = createApp({ "Note.md": "x" });
		await expect(app.vault.create("Note.md", "y")).rejects.toThrow("File already exists.");
		await expect(app.vault.create("missing/Note.md", "y")).rejects.toThrow(/does not exist/);
		// Only the exact path counts by default, as in Obsidian on a case-sensitive file system.
		await expect(app.vault.create("note.md", "y")).resolves.toBeInstanceOf(TFile);
	});

	test("with caseInsensitive, a path differing only by case is refused too", async () => {
		const app = createApp({ "Note.md": "x" }, { caseInsensitive: true });
		await expect(app.vault.create("NOTE.md", "y")).rejects.toThrow("File already exists.");
	});

	test("paths must be normalized", async () => {
		const app = new App();
		await expect(app.vault.create("/Note.md", "")).rejects.toThrow(/normalizePath/);
		await expect(app.vault.create("a//b.md", "")).rejects.toThrow(/normalizePath/);
	});

	test("writes fire create, modify, rename and delete like Obsidian", async () => {
		const app = new App();
		const log: string[] = [];
		for (const name of ["create", "modify", "delete"]) app.vault.on(name, (f: TAbstractFile) => log.push(`${name} ${f.path}`));
		app.vault.on("rename", (f: TAbstractFile, old: string) => log.push(`rename ${old} -> ${f.path}`));

		const folder = await app.vault.createFolder("aws/compute");
		const file = await app.vault.create("aws/compute/EC2.md", "a");
		await app.vault.modify(file, "b");
		await app.vault.append(file, "c");
		expect(await app.vault.process(file, (t) => t.toUpperCase())).toBe("BC");
		await app.vault.process(file, (t) => t); // unchanged: no write
		await app.vault.rename(folder, "aws/Compute");
		await app.vault.delete(app.vault.getFolderByPath("aws")!);

		expect(log).toEqual([
			"create aws",
			"create aws/compute",
			"create aws/compute/EC2.md",
			"modify aws/compute/EC2.md",
			"modify aws/compute/EC2.md",
			"modify aws/compute/EC2.md",
			"rename aws/compute -> aws/Compute",
			"rename aws/compute/EC2.md -> aws/Compute/EC2.md",
			"delete aws/Compute/EC2.md",
			"delete aws/Compute",
			"delete aws",
		]);
		expect(file.path).toBe("aws/Compute/EC2.md");
		expect(app.vault.getAllLoadedFiles().map((f) => f.path)).toEqual(["/"]);
	});

	test("process reads the current text and writes the callback's result at once", async () => {
		const app = createApp({ "N.md": "one" });
		const file = app.vault.getFileByPath("N.md")!;
		await Promise.all([app.vault.process(file, (t) => `${t} two`), app.vault.process(file, (t) => `${t} three`)]);
		expect(await app.vault.read(file)).toBe("one two three");
		const before = file.stat.mtime;
		await app.vault.modify(file, "four");
		expect(file.stat.mtime).toBeGreaterThan(before);
	});

	test("rename refuses an existing destination; trash records the path", async () => {
		const app = createApp({ "A.md": "", "B.md": "" });
		await expect(app.vault.rename(app.vault.getFileByPath("A.md")!, "B.md")).rejects.toThrow(/already exists/);
		await app.vault.trash(app.vault.getFileByPath("A.md")!, true);
		expect(app.vault.trashed).toEqual(["A.md"]);
	});

	test("the adapter reads vault files and keeps config files apart, without vault events", async () => {
		const app = createApp({ "notes/A.md": "alpha" });
		let events = 0;
		app.vault.on("create", () => events++);
		const { adapter } = app.vault;
		expect(await adapter.read("notes/A.md")).toBe("alpha");
		await adapter.write(`${app.vault.configDir}/plugins/x/data.json`, "{}");
		expect(await adapter.exists(`${app.vault.configDir}/plugins/x/data.json`)).toBe(true);
		expect(await adapter.list(`${app.vault.configDir}/plugins/x`)).toEqual({ files: [`${app.vault.configDir}/plugins/x/data.json`], folders: [] });
		expect(await adapter.list("notes")).toEqual({ files: ["notes/A.md"], folders: [] });
		expect(events).toBe(0);
		expect(app.vault.getFiles().map((f) => f.path)).toEqual(["notes/A.md"]);
	});

	test("startup create events are replayed at layout ready only when asked", async () => {
		const quiet = createApp({ "A.md": "" });
		const loud = createApp({ "A.md": "", "f/B.md": "" }, { startupCreateEvents: true });
		const seen: string[] = [];
		quiet.vault.on("create", (f: TAbstractFile) => seen.push(`quiet ${f.path}`));
		loud.vault.on("create", (f: TAbstractFile) => seen.push(`loud ${f.path}`));
		await quiet.triggerLayoutReady();
		await loud.triggerLayoutReady();
		expect(seen).toEqual(["loud A.md", "loud f", "loud f/B.md"]);
	});
});

describe("FileManager", () => {
	test("processFrontMatter edits the YAML and leaves the body alone", async () => {
		const app = createApp({ "EC2.md": "---\ntags: [aws]\nstatus: draft\n---\n# EC2\nBody\n", "Bare.md": "# Bare\n" });
		await app.fileManager.processFrontMatter(app.vault.getFileByPath("EC2.md")!, (fm) => {
			fm.tags.push("compute");
			delete fm.status;
			fm.reviewed = true;
		});
		expect(await app.vault.read(app.vault.getFileByPath("EC2.md")!)).toBe("---\ntags:\n  - aws\n  - compute\nreviewed: true\n---\n# EC2\nBody\n");
		await app.fileManager.processFrontMatter(app.vault.getFileByPath("Bare.md")!, (fm) => {
			fm.aliases = ["Naked"];
		});
		expect(await app.vault.read(app.vault.getFileByPath("Bare.md")!)).toBe("---\naliases:\n  - Naked\n---\n# Bare\n");
	});

	test("processFrontMatter throws on invalid YAML", async () => {
		const app = createApp({ "Bad.md": "---\ntags: [unclosed\n---\n" });
		await expect(app.fileManager.processFrontMatter(app.vault.getFileByPath("Bad.md")!, () => {})).rejects.toThrow();
	});

	test("renameFile updates wikilinks that pointed to the file", async () => {
		const app = createApp({ "EC2.md": "# EC2", "Index.md": "See [[EC2#Pricing|prices]] and ![[EC2]] and [[Other]]." });
		await app.fileManager.renameFile(app.vault.getFileByPath("EC2.md")!, "Amazon EC2.md");
		expect(await app.vault.read(app.vault.getFileByPath("Index.md")!)).toBe("See [[Amazon EC2#Pricing|prices]] and ![[Amazon EC2]] and [[Other]].");
	});

	test("generateMarkdownLink uses the shortest linktext", () => {
		const app = createApp({ "a/EC2.md": "", "b/EC2.md": "", "VPC.md": "" });
		expect(app.fileManager.generateMarkdownLink(app.vault.getFileByPath("VPC.md")!, "a/EC2.md")).toBe("[[VPC]]");
		expect(app.fileManager.generateMarkdownLink(app.vault.getFileByPath("b/EC2.md")!, "VPC.md", "#Usage", "EC2")).toBe("[[b/EC2#Usage|EC2]]");
	});
});
