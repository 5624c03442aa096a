/**
 * Any AWS vault, not just ours: over fixture vaults in four styles, the notes in scope are the
 * service notes and only they (each with the rule that put it there), and links match exactly
 * (a hub never stands in for a service, a combined note answers for every service it names,
 * escaped pipes in tables and escaped brackets read as Obsidian reads them).
 */
import { describe, expect, test } from "vitest";
import { rewriteLinks } from "../../src/core/links/edits";
import { linkKey } from "../../src/core/links/resolve";
import { parseNote } from "../../src/core/note/parseNote";
import { describeScopeReason } from "../../src/core/scope";
import { indexVault, readVault, type VaultStyle } from "../fixtures/vaults/load";

function inScope(style: VaultStyle): string[] {
	const index = indexVault(style);
	return [...index.awsPaths()].sort();
}

describe("the notes in scope are the service notes, in every style", () => {
	test("our template: AWS folder, without the hub, the README and the template", () => {
		expect(inScope("template")).toEqual([
			"AWS/Compute/AWS Lambda.md",
			"AWS/Containers/Amazon ECS & EKS.md",
			"AWS/Exam prep/Service links.md",
			"AWS/Security/AWS Key Management Service (KMS).md",
			"AWS/Storage/Amazon S3.md",
		]);
	});

	test("#AWS on every note, numbered folders: the tagged service notes, not the index or the overview hub", () => {
		expect(inScope("features")).toEqual([
			"02 Compute/EC2.md",
			"03 Storage/Elastic File System.md",
			"03 Storage/Glacier.md",
			"05 Databases/Aurora.md",
			"05 Databases/DynamoDB.md",
		]);
	});

	test("bare service names: in scope by the catalog, other notes left alone", () => {
		expect(inScope("bare")).toEqual(["DynamoDB.md", "Elastic File System.md", "Kinesis.md", "Lambda.md", "SQS.md"]);
	});

	test("a hub-heavy vault: README, index, MOC and overview notes are left out", () => {
		expect(inScope("hub")).toEqual(["AWS/AWS Direct Connect.md", "AWS/Amazon Route 53.md", "AWS/Amazon VPC.md"]);
	});

	test("each note says which rule made it an AWS note, or why it was left out", () => {
		const reasons = (style: VaultStyle) => Object.fromEntries(indexVault(style).scopeReasons().map((r) => [r.path, describeScopeReason(r.reason)]));
		expect(reasons("template")).toMatchObject({
			"AWS/Compute/AWS Lambda.md": "in the folder AWS",
			"AWS/Security/AWS KMS & Encryption.md": "left out: mostly links to other notes (a hub note)",
			// The root README would not count anyway; the hub vault has one under AWS/ (below).
			"README.md": "not an AWS note",
			"Templates/AWS service.md": "left out: in the excluded folder Templates",
		});
		expect(reasons("features")["02 Compute/EC2.md"]).toBe("tagged #aws");
		expect(reasons("features")["00 Index.md"]).toBe("left out: a README or index note");
		expect(reasons("bare")["SQS.md"]).toBe("named after the service Amazon Simple Queue Service");
		expect(reasons("bare")["Shopping list.md"]).toBe("not an AWS note");
		expect(reasons("hub")["AWS/AWS Networking Overview.md"]).toBe("left out: mostly links to other notes (a hub note)");
		expect(reasons("hub")["AWS/Networking MOC.md"]).toBe("left out: a README or index note");
	});

	test("the service-name rule can be turned off", () => {
		const index = indexVault("bare", { scope: { includeFolders: ["AWS"], excludeFolders: [], tags: ["aws"], namePrefixes: ["Amazon ", "AWS "], serviceNames: false } });
		expect([...index.awsPaths()]).toEqual([]);
	});
});

describe("exact matches", () => {
	const targets = () => indexVault("template").links.targets();
	const find = (target: string) => targets().find((t) => t.target === target);

	test("[[AWS KMS]] is the service note, never the hub that names KMS", () => {
		expect(find("AWS KMS")).toMatchObject({ kind: "same-service", note: "AWS/Security/AWS Key Management Service (KMS).md" });
	});

	test("a combined note answers for every service it names", () => {
		expect(find("Amazon EKS")).toMatchObject({ kind: "same-service", note: "AWS/Containers/Amazon ECS & EKS.md" });
		expect(find("Amazon ECS")).toMatchObject({ kind: "same-service", note: "AWS/Containers/Amazon ECS & EKS.md" });
	});

	test("a hub note is never a same-service match, even when it is the only note naming the service", () => {
		const index = indexVault("template");
		index.removeNote("AWS/Security/AWS Key Management Service (KMS).md");
		index.links.removeFile("AWS/Security/AWS Key Management Service (KMS).md");
		expect(index.links.targets().find((t) => t.target === "AWS KMS")).toMatchObject({ kind: "missing", note: null });
	});

	test("[[Amazon S3\\|S3]] in a table is the link Amazon S3 shown as S3; \\[[x]] is not a link", () => {
		const vault = readVault("template");
		const links = parseNote(vault["AWS/Exam prep/Service links.md"]).links;
		expect(links.find((l) => l.raw.includes("S3"))).toMatchObject({ target: "Amazon S3", display: "S3" });
		expect(parseNote(vault["AWS/Storage/Amazon S3.md"]).links.map((l) => l.target)).not.toContain("Not a link");
		expect(find("Amazon S3\\")).toBeUndefined();
		expect(targets().map((t) => t.target)).not.toContain("Not a link");
	});

	test("Fix links inside a table keeps the table: the separator is written \\|", () => {
		const text = "| Service | Note |\n|---|---|\n| Keys | [[AWS KMS]] |\n\n- Outside: [[AWS KMS]]\n";
		const out = rewriteLinks(text, linkKey("AWS KMS"), "AWS Key Management Service (KMS)");
		expect(out.text).toBe("| Service | Note |\n|---|---|\n| Keys | [[AWS Key Management Service (KMS)\\|AWS KMS]] |\n\n- Outside: [[AWS Key Management Service (KMS)|AWS KMS]]\n");
		const again = rewriteLinks("| a | [[Amazon S3\\|S3]] |\n", linkKey("Amazon S3"), "Amazon Simple Storage Service");
		expect(again.text).toBe("| a | [[Amazon Simple Storage Service\\|S3]] |\n");
	});

	test("a link whose shown text ends in ']' is left as it is: rewritten, it would close early", () => {
		// Found by the property test: "[[- [ ] ]]" would become "[[X|- [ ]]]", read as display "- [ ".
		expect(rewriteLinks("[[- [ ] ]][[Amazon S3]]\n", linkKey("- [ ]"), "Untitled")).toEqual({ text: "[[- [ ] ]][[Amazon S3]]\n", count: 0, kept: 1, refused: null });
	});
});
