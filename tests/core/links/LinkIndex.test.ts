import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { LinkIndex } from "../../../src/core/links/LinkIndex";
import { FileSet, linkKey, attachmentExtension, joinRelative } from "../../../src/core/links/resolve";
import { parseNote } from "../../../src/core/note/parseNote";
import { CoachIndex, isEmptyNote } from "../../../src/core/CoachIndex";
import { DEFAULT_SCOPE } from "../../../src/core/scope";
import { DEFAULT_TEMPLATE } from "../../../src/core/template/spec";

function facts(text: string, inScope = true) {
	const n = parseNote(text);
	return { inScope, links: n.links, lineText: (l: number) => n.lines[l - 1] ?? "", aliases: n.frontmatter?.aliases ?? [], empty: isEmptyNote(n) };
}

describe("FileSet.resolve mirrors Obsidian's rules", () => {
	const files = new FileSet([
		"AWS/Compute/Amazon EC2.md",
		"AWS/Storage/Amazon S3.md",
		"Archive/Amazon S3.md",
		"AWS/Storage/Notes/Glacier.md",
		"Attachments/diagram.png",
		"Top.md",
	]);
	test.each([
		["Amazon EC2", "Study.md", "AWS/Compute/Amazon EC2.md"],
		["amazon ec2", "Study.md", "AWS/Compute/Amazon EC2.md"],
		["Amazon EC2.md", "Study.md", "AWS/Compute/Amazon EC2.md"],
		["Amazon S3", "AWS/Storage/Amazon EBS.md", "AWS/Storage/Amazon S3.md"],
		["Amazon S3", "Archive/x.md", "Archive/Amazon S3.md"],
		["Amazon S3", "Other/x.md", "Archive/Amazon S3.md"], // no same-folder match: the shortest path
		["Archive/Amazon S3", "AWS/x.md", "Archive/Amazon S3.md"],
		["Notes/Glacier", "AWS/Storage/x.md", "AWS/Storage/Notes/Glacier.md"],
		["./Glacier", "AWS/Storage/Notes/x.md", "AWS/Storage/Notes/Glacier.md"],
		["../Amazon S3", "AWS/Storage/Notes/x.md", "AWS/Storage/Amazon S3.md"],
		["../../../../Top", "AWS/x.md", null],
		["diagram.png", "AWS/x.md", "Attachments/diagram.png"],
		["diagram", "AWS/x.md", null],
		["Missing", "AWS/x.md", null],
		["", "AWS/x.md", null],
	])("%j from %j", (link, source, want) => {
		expect(files.resolve(link, source)).toBe(want);
	});

	test("linkKey groups spellings", () => {
		expect(linkKey(" Amazon  EKS.md")).toBe("amazon eks");
		expect(linkKey("/AWS\\x")).toBe("aws/x");
		expect(attachmentExtension("a/b.PNG")).toBe("png");
		expect(attachmentExtension("Node.js")).toBeNull();
		expect(joinRelative("a/b", "../c")).toBe("a/c");
	});

	test("add and remove keep lookups consistent", () => {
		const f = new FileSet(["A/x.md"]);
		f.add("B/X.md");
		expect(f.byLinkName("x").length).toBe(2);
		f.remove("a/X.MD");
		expect(f.byLinkName("x")).toEqual(["B/X.md"]);
		expect(f.size).toBe(1);
	});
});

describe("LinkIndex kinds", () => {
	function build() {
		const idx = new LinkIndex();
		idx.setNote("AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md", facts("---\naliases:\n  - Amazon EKS\n---\n**Overview**\ntext [[Amazon EBS]]"));
		idx.setNote("AWS/Storage/Amazon Elastic Block Store (EBS).md", facts("## **Details**\n- disks"));
		idx.setNote("AWS/Security/AWS Key Management Service (KMS).md", facts(""));
		idx.setNote(
			"AWS/Containers/Amazon ECS.md",
			facts("- [[Amazon EKS]] and [[Amazon EKS|eks]]\n- [[AWS WAF]]\n- [[Kubernetes]]\n- [[AWS Key Management Service (KMS)]]\n- ![[diagram.png]]\n- `[[In Code]]`\n- [[#Local]]"),
		);
		idx.setNote("Personal/Journal.md", facts("[[Not scoped]]", false));
		return idx;
	}

	test("missing, alias, empty and same-service targets, with references", () => {
		const idx = build();
		const t = Object.fromEntries(idx.targets().map((x) => [x.target, x]));
		expect(Object.keys(t).sort()).toEqual(["AWS Key Management Service (KMS)", "AWS WAF", "Amazon EBS", "Amazon EKS", "Kubernetes"]);
		expect(t["Amazon EKS"].kind).toBe("alias");
		expect(t["Amazon EKS"].note).toBe("AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md");
		expect(t["Amazon EKS"].references).toEqual([{ path: "AWS/Containers/Amazon ECS.md", line: 1, text: "- [[Amazon EKS]] and [[Amazon EKS|eks]]" }]);
		expect(t["Amazon EBS"].kind).toBe("same-service");
		expect(t["Amazon EBS"].note).toBe("AWS/Storage/Amazon Elastic Block Store (EBS).md");
		expect(t["AWS Key Management Service (KMS)"].kind).toBe("empty");
		expect(t["AWS WAF"]).toMatchObject({ kind: "missing", service: true });
		expect(t.Kubernetes).toMatchObject({ kind: "missing", service: false });
	});

	test("creating the missing note resolves the target; deleting brings it back", () => {
		const idx = build();
		idx.addFile("AWS/Security/AWS WAF.md");
		expect(idx.targets().some((t) => t.target === "AWS WAF")).toBe(false);
		idx.removeFile("AWS/Security/AWS WAF.md");
		expect(idx.targets().find((t) => t.target === "AWS WAF")?.kind).toBe("missing");
	});

	test("filling the empty note removes the empty target", () => {
		const idx = build();
		idx.setNote("AWS/Security/AWS Key Management Service (KMS).md", facts("**Overview**\nKeys."));
		expect(idx.targets().some((t) => t.kind === "empty")).toBe(false);
	});

	test("removing the alias turns alias-only into same-service (the file name still names EKS)", () => {
		const idx = build();
		idx.setNote("AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md", facts("**Overview**\ntext [[Amazon EBS]]"));
		expect(idx.targets().find((t) => t.target === "Amazon EKS")?.kind).toBe("same-service");
		idx.removeFile("AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md");
		expect(idx.targets().find((t) => t.target === "Amazon EKS")?.kind).toBe("missing");
	});

	test("editing the linking note drops its references", () => {
		const idx = build();
		idx.setNote("AWS/Containers/Amazon ECS.md", facts("- nothing linked"));
		expect(idx.targets().map((t) => t.target)).toEqual(["Amazon EBS"]);
		expect(idx.sourcesOf("amazon ebs")).toEqual(["AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md"]);
	});

	test("rename keeps aliases and emptiness with the file", () => {
		const idx = build();
		idx.renameFile("AWS/Security/AWS Key Management Service (KMS).md", "AWS/Security/KMS.md");
		expect(idx.targets().find((t) => t.target === "AWS Key Management Service (KMS)")?.kind).toBe("missing");
		idx.renameFile("AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md", "AWS/Containers/EKS.md");
		expect(idx.targets().find((t) => t.target === "Amazon EKS")?.note).toBe("AWS/Containers/EKS.md");
	});

	test("a same-service note that becomes empty no longer counts (regression)", () => {
		const idx = new LinkIndex();
		idx.setNote("AWS/Amazon A.md", facts("- [[Amazon Elastic Block Store (EBS)]]"));
		expect(idx.targets()[0].kind).toBe("missing");
		idx.setNote("AWS/Amazon EBS.md", facts("text"));
		expect(idx.targets()[0]).toMatchObject({ kind: "same-service", note: "AWS/Amazon EBS.md" });
		idx.setNote("AWS/Amazon EBS.md", facts(""));
		expect(idx.targets()[0]).toMatchObject({ kind: "missing", note: null });
	});

	test("an external resolver is used when given (the plugin passes Obsidian's)", () => {
		const calls: string[] = [];
		const idx = new LinkIndex((l) => {
			calls.push(l);
			return l === "Known" ? "Known.md" : null;
		});
		idx.setNote("AWS/a.md", facts("[[Known]] [[Unknown]]"));
		expect(idx.targets().map((t) => t.target)).toEqual(["Unknown"]);
		expect(calls.sort()).toEqual(["Known", "Unknown"]);
	});

	test("the service flag follows the spelling listed, as in a rebuild (regression)", () => {
		const live = new LinkIndex();
		live.setNote("AWS/b.md", facts("[[Amazon Nova Act]]"));
		expect(live.targets().map((t) => [t.target, t.service])).toEqual([["Amazon Nova Act", true]]);
		live.setNote("AWS/a.md", facts("[[amazon nova act]]"));
		const fresh = new LinkIndex();
		fresh.setNote("AWS/b.md", facts("[[Amazon Nova Act]]"));
		fresh.setNote("AWS/a.md", facts("[[amazon nova act]]"));
		expect(live.targets().map((t) => [t.target, t.service])).toEqual([["amazon nova act", false]]);
		expect(fresh.targets().map((t) => [t.target, t.service])).toEqual([["amazon nova act", false]]);
	});

	test("property: incremental updates equal a rebuild from scratch", () => {
		const names = ["Amazon A", "Amazon B", "AWS C", "D", "Amazon Elastic Block Store (EBS)", "Amazon EBS"];
		const noteArb = fc.record({
			path: fc.constantFrom(...names.map((n) => `AWS/${n}.md`), "Other/x.md"),
			links: fc.array(fc.constantFrom(...names), { maxLength: 4 }),
			alias: fc.option(fc.constantFrom(...names), { nil: undefined }),
			empty: fc.boolean(),
		});
		fc.assert(
			fc.property(fc.array(fc.oneof(noteArb, fc.record({ remove: fc.constantFrom(...names.map((n) => `AWS/${n}.md`)) })), { maxLength: 25 }), (ops) => {
				const live = new LinkIndex();
				const state = new Map<string, string>();
				for (const op of ops) {
					if ("remove" in op) {
						live.removeFile(op.remove);
						state.delete(op.remove);
						live.targets();
						continue;
					}
					const text = op.empty
						? op.alias
							? `---\naliases: [${op.alias}]\n---\n`
							: ""
						: `${op.alias ? `---\naliases: [${op.alias}]\n---\n` : ""}${op.links.map((l) => `- [[${l}]]`).join("\n")}\ntext`;
					live.setNote(op.path, facts(text));
					state.set(op.path, text);
					// Ask for the list between edits, so the patched (not re-sorted) list is what gets compared.
					if (op.links.length % 2 === 0) live.targets();
				}
				const fresh = new LinkIndex();
				for (const [p, t] of state) fresh.setNote(p, facts(t));
				const strip = (i: LinkIndex) => i.targets().map((t) => [t.key, t.kind, t.note, t.references]);
				expect(strip(live)).toEqual(strip(fresh));
			}),
			{ numRuns: 300 },
		);
	});
});

describe("CoachIndex", () => {
	const config = { scope: DEFAULT_SCOPE, template: DEFAULT_TEMPLATE, disabledRules: [] };
	const full = "**Overview**\nx\n## Details\n- a\n## Use Cases\n- b\n## Exam Tips\n- c\n## References\n- d\n";

	test("only AWS notes are checked; totals follow updates and removals", () => {
		const idx = new CoachIndex(config);
		idx.updateNote("AWS/Amazon A.md", full);
		idx.updateNote("AWS/Amazon B.md", "## Details\n- only");
		idx.updateNote("Journal/today.md", "## Details\n- not aws");
		expect(idx.summary()).toEqual({ checked: 2, conforming: 1, errors: 4, warnings: 0 });
		idx.updateNote("AWS/Amazon B.md", full);
		expect(idx.summary()).toEqual({ checked: 2, conforming: 2, errors: 0, warnings: 0 });
		idx.removeNote("AWS/Amazon A.md");
		expect(idx.summary().checked).toBe(1);
		expect(idx.isAwsNote("Journal/today.md")).toBe(false);
	});

	test("rename re-evaluates scope with the new folder", () => {
		const idx = new CoachIndex(config);
		idx.updateNote("AWS/x.md", full);
		idx.renameNote("AWS/x.md", "Journal/x.md", full);
		expect(idx.summary().checked).toBe(0);
	});

	test("the template note is never an AWS note", () => {
		const idx = new CoachIndex({ ...config, scope: { ...DEFAULT_SCOPE, excludeFolders: [] }, templateNotePath: "Tpl/AWS service.md" });
		idx.updateNote("Tpl/AWS service.md", full);
		expect(idx.summary().checked).toBe(0);
	});

	test("empty notes: only frontmatter and blank lines", () => {
		expect(isEmptyNote(parseNote(""))).toBe(true);
		expect(isEmptyNote(parseNote("---\na: 1\n---\n\n  \n"))).toBe(true);
		expect(isEmptyNote(parseNote("---\na: 1\n---\nx"))).toBe(false);
	});
});
