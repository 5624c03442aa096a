import { describe, expect, test } from "vitest";
import { createApp } from "../obsidian-double/obsidian";

const vault = {
	"EC2.md": "# EC2",
	"compute/Lambda.md": "# Lambda",
	"compute/EC2.md": "# EC2 (compute copy)",
	"storage/S3.md": "# S3",
	"deep/a/b/S3.md": "# S3 deep",
	"networking/VPC.md": "# VPC",
	"attachments/diagram.png": "png",
	"Notes.v2.md": "dotted basename",
	"guides/Start.md": "[[Lambda]] [[../storage/S3]] [[missing note]] ![[diagram.png]]",
};

describe("getFirstLinkpathDest", () => {
	const app = createApp(vault);
	const dest = (linkpath: string, source: string): string | null => app.metadataCache.getFirstLinkpathDest(linkpath, source)?.path ?? null;

	test("an exact vault path wins, with or without the .md extension", () => {
		expect(dest("compute/Lambda", "guides/Start.md")).toBe("compute/Lambda.md");
		expect(dest("compute/Lambda.md", "guides/Start.md")).toBe("compute/Lambda.md");
		expect(dest("EC2", "networking/VPC.md")).toBe("EC2.md");
	});

	test("a path relative to the source note's folder resolves", () => {
		expect(dest("../storage/S3", "guides/Start.md")).toBe("storage/S3.md");
		expect(dest("./Lambda", "compute/EC2.md")).toBe("compute/Lambda.md");
	});

	test("a bare name matches the basename case-insensitively", () => {
		expect(dest("lambda", "guides/Start.md")).toBe("compute/Lambda.md");
		expect(dest("VPC", "EC2.md")).toBe("networking/VPC.md");
		expect(dest("notes.v2", "EC2.md")).toBe("Notes.v2.md");
	});

	test("among notes with the same name, the one in the source's folder wins, else the shortest path", () => {
		// The exact root path `EC2.md` is tried before the relative one, so a compute/ note linking
		// [[EC2]] still gets the root note; relative resolution wins for names not at the root.
		expect(dest("EC2", "compute/Lambda.md")).toBe("EC2.md");
		expect(dest("S3", "deep/a/b/Other.md")).toBe("deep/a/b/S3.md");
		expect(dest("S3", "guides/Start.md")).toBe("storage/S3.md");
	});

	test("a partial folder path matches the end of the file's path", () => {
		expect(dest("b/S3", "guides/Start.md")).toBe("deep/a/b/S3.md");
		expect(dest("B/s3", "guides/Start.md")).toBe("deep/a/b/S3.md");
	});

	test("attachments resolve by their full name, extension included", () => {
		expect(dest("diagram.png", "guides/Start.md")).toBe("attachments/diagram.png");
		expect(dest("diagram", "guides/Start.md")).toBeNull();
	});

	test("no match gives null", () => {
		expect(dest("Route 53", "guides/Start.md")).toBeNull();
		expect(dest("../../../outside", "guides/Start.md")).toBeNull();
	});

	test("an empty linkpath is the source note itself (a [[#heading]] link)", () => {
		expect(dest("", "guides/Start.md")).toBe("guides/Start.md");
	});
});

describe("resolvedLinks and unresolvedLinks", () => {
	test("count links per source and target, unresolved ones under the text as written", () => {
		const app = createApp(vault);
		expect(app.metadataCache.resolvedLinks["guides/Start.md"]).toEqual({
			"compute/Lambda.md": 1,
			"storage/S3.md": 1,
			"attachments/diagram.png": 1,
		});
		expect(app.metadataCache.unresolvedLinks["guides/Start.md"]).toEqual({ "missing note": 1 });
		expect(app.metadataCache.resolvedLinks["EC2.md"]).toEqual({});
	});

	test("creating the missing note moves its links to resolvedLinks once the cache settles", async () => {
		const app = createApp(vault);
		await app.vault.create("missing note.md", "");
		await app.metadataCache.settle();
		expect(app.metadataCache.unresolvedLinks["guides/Start.md"]).toEqual({});
		expect(app.metadataCache.resolvedLinks["guides/Start.md"]["missing note.md"]).toBe(1);
	});
});

describe("fileToLinktext", () => {
	const app = createApp(vault);

	test("uses the bare name when it resolves back to the file", () => {
		expect(app.metadataCache.fileToLinktext(app.vault.getFileByPath("networking/VPC.md")!, "EC2.md")).toBe("VPC");
		expect(app.metadataCache.fileToLinktext(app.vault.getFileByPath("attachments/diagram.png")!, "EC2.md")).toBe("diagram.png");
	});

	test("falls back to the full path without .md when the name is ambiguous", () => {
		expect(app.metadataCache.fileToLinktext(app.vault.getFileByPath("compute/EC2.md")!, "networking/VPC.md")).toBe("compute/EC2");
		expect(app.metadataCache.fileToLinktext(app.vault.getFileByPath("compute/EC2.md")!, "networking/VPC.md", false)).toBe("compute/EC2.md");
	});
});
