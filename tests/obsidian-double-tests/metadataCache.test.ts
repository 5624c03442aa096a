import { describe, expect, test } from "vitest";
import { computeMetadata, createApp, getAllTags, TFile } from "../obsidian-double/obsidian";

const NOTE = [
	"---", // 0
	"aliases: [Elastic Compute Cloud]", // 1
	"tags:", // 2
	"  - aws", // 3
	"  - compute", // 4
	"related: \"[[Lambda]]\"", // 5
	"---", // 6
	"# EC2", // 7
	"", // 8
	"Runs on [[VPC|a VPC]] and [[IAM#Roles]]; see [S3 guide](storage/S3%20guide.md) and [docs](https://aws.amazon.com). #aws/compute", // 9
	"", // 10
	"Inline `[[NotALink]]` code and ``double `[[Nope]]` ticks``.", // 11
	"", // 12
	"```yaml", // 13
	"link: [[InsideFence]]", // 14
	"```", // 15
	"", // 16
	"## Pricing ##", // 17
	"- On-demand ![[pricing.png]]", // 18
	"  - [x] Spot", // 19
	"- [ ] Reserved ^res-1", // 20
	"", // 21
	"Setext title", // 22
	"---", // 23
].join("\n");

describe("CachedMetadata extraction", () => {
	const cache = computeMetadata(NOTE);

	test("wikilinks and markdown links outside code, with 0-based positions and Obsidian's display text", () => {
		expect(cache.links?.map((l) => [l.link, l.displayText])).toEqual([
			["VPC", "a VPC"],
			["IAM#Roles", "IAM > Roles"],
			["storage/S3 guide.md", "S3 guide"],
		]);
		const vpc = cache.links![0];
		expect(vpc.original).toBe("[[VPC|a VPC]]");
		expect(vpc.position.start).toEqual({ line: 9, col: 8, offset: NOTE.indexOf("[[VPC") });
		expect(vpc.position.end.col).toBe(8 + "[[VPC|a VPC]]".length);
	});

	test("links in inline code, double-backtick code and fenced blocks are skipped", () => {
		const all = [...(cache.links ?? []), ...(cache.embeds ?? [])].map((l) => l.link);
		expect(all).not.toContain("NotALink");
		expect(all).not.toContain("Nope");
		expect(all).not.toContain("InsideFence");
	});

	test("embeds are kept apart from links", () => {
		expect(cache.embeds?.map((e) => e.link)).toEqual(["pricing.png"]);
		expect(cache.embeds![0].position.start).toMatchObject({ line: 18, col: 12 });
	});

	test("frontmatter is parsed as YAML, with its position and its links", () => {
		expect(cache.frontmatter).toEqual({ aliases: ["Elastic Compute Cloud"], tags: ["aws", "compute"], related: "[[Lambda]]" });
		expect(cache.frontmatterPosition?.start.line).toBe(0);
		expect(cache.frontmatterPosition?.end.line).toBe(6);
		expect(cache.frontmatterLinks).toEqual([{ key: "related", link: "Lambda", original: "[[Lambda]]", displayText: "Lambda" }]);
	});

	test("ATX and setext headings, closing hashes removed", () => {
		expect(cache.headings?.map((h) => [h.heading, h.level, h.position.start.line])).toEqual([
			["EC2", 1, 7],
			["Pricing", 2, 17],
			["Setext title", 2, 22],
		]);
	});

	test("inline tags carry their #, frontmatter tags come first in getAllTags", () => {
		expect(cache.tags?.map((t) => t.tag)).toEqual(["#aws/compute"]);
		expect(getAllTags(cache)).toEqual(["#aws", "#compute", "#aws/compute"]);
	});

	test("list items: parent is the parent item's line, or minus the list's first line; tasks keep their mark", () => {
		expect(cache.listItems?.map((i) => [i.position.start.line, i.parent, i.task])).toEqual([
			[18, -18, undefined],
			[19, 18, "x"],
			[20, -18, " "],
		]);
		expect(cache.blocks?.["res-1"]?.id).toBe("res-1");
	});

	test("sections cover the blocks in order", () => {
		expect(cache.sections?.map((s) => s.type)).toEqual(["yaml", "heading", "paragraph", "paragraph", "code", "heading", "list", "heading"]);
	});

	test("kinds a note does not have are left undefined, as in Obsidian", () => {
		const bare = computeMetadata("Just text.");
		expect(bare.links).toBeUndefined();
		expect(bare.headings).toBeUndefined();
		expect(bare.frontmatter).toBeUndefined();
	});

	test("invalid YAML gives a position but no frontmatter object", () => {
		const broken = computeMetadata("---\ntags: [unclosed\n---\nBody");
		expect(broken.frontmatterPosition).toBeDefined();
		expect(broken.frontmatter).toBeUndefined();
	});

	test("CRLF text: offsets count the \\r", () => {
		const crlf = computeMetadata("# A\r\n[[B]]\r\n");
		expect(crlf.links![0].position.start).toEqual({ line: 1, col: 0, offset: 5 });
	});
});

describe("MetadataCache events", () => {
	test("after vault.process the cache is stale until it fires changed, then resolve and resolved", async () => {
		const app = createApp({ "EC2.md": "# EC2\n[[VPC]]", "VPC.md": "# VPC" });
		const file = app.vault.getFileByPath("EC2.md")!;
		const events: string[] = [];
		app.metadataCache.on("changed", (f: TFile, data: string, cache) => {
			events.push(`changed ${f.path} ${data.length} ${cache.links?.length ?? 0}`);
		});
		app.metadataCache.on("resolve", (f: TFile) => events.push(`resolve ${f.path}`));
		app.metadataCache.on("resolved", () => events.push("resolved"));

		await app.vault.process(file, (text) => `${text}\n[[S3]] [[Lambda]]`);
		expect(await app.vault.read(file)).toContain("[[S3]]");
		expect(app.metadataCache.getFileCache(file)?.links).toHaveLength(1);
		expect(events).toEqual([]);

		await app.metadataCache.settle();
		const text = await app.vault.read(file);
		expect(events).toEqual([`changed EC2.md ${text.length} 3`, "resolve EC2.md", "resolved"]);
		expect(app.metadataCache.getFileCache(file)?.links).toHaveLength(3);
		expect(app.metadataCache.unresolvedLinks["EC2.md"]).toEqual({ S3: 1, Lambda: 1 });
	});

	test("a new note has no cache until indexed; deleting fires deleted with the previous cache", async () => {
		const app = createApp({});
		const created = await app.vault.create("New.md", "# New");
		expect(app.metadataCache.getFileCache(created)).toBeNull();
		await app.metadataCache.settle();
		expect(app.metadataCache.getFileCache(created)?.headings?.[0].heading).toBe("New");

		const deleted: [string, string | undefined][] = [];
		app.metadataCache.on("deleted", (f: TFile, prev) => deleted.push([f.path, prev?.headings?.[0].heading]));
		await app.vault.delete(created);
		await app.metadataCache.settle();
		expect(deleted).toEqual([["New.md", "New"]]);
		expect(app.metadataCache.resolvedLinks["New.md"]).toBeUndefined();
	});

	test("a rename moves the cache at once and re-resolves links", async () => {
		const app = createApp({ "A.md": "[[B]]", "B.md": "# B" });
		await app.vault.rename(app.vault.getFileByPath("B.md")!, "C.md");
		expect(app.metadataCache.getCache("C.md")?.headings?.[0].heading).toBe("B");
		await app.metadataCache.settle();
		expect(app.metadataCache.unresolvedLinks["A.md"]).toEqual({ B: 1 });
	});

	test("triggerLayoutReady runs the layout callbacks, then fires resolved", async () => {
		const app = createApp({ "A.md": "# A" });
		const order: string[] = [];
		app.workspace.onLayoutReady(() => order.push("layout"));
		app.metadataCache.on("resolved", () => order.push("resolved"));
		expect(order).toEqual([]);
		await app.triggerLayoutReady();
		expect(order).toEqual(["layout", "resolved"]);
		app.workspace.onLayoutReady(() => order.push("late"));
		expect(order).toEqual(["layout", "resolved", "late"]);
	});
});
