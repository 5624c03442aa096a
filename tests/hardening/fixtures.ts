/**
 * A vault of what real vaults contain and parsers choke on, generated into a temporary folder:
 * huge notes, odd bytes, odd names, odd links, non-markdown files, an `AWS` folder inside a
 * client project. Shared by the CLI and plugin tests of `badInput.test.ts`.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const EKS = readFileSync("examples/vault/AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md", "utf8");

export const MB5 = 5 * 1024 * 1024;

/** A real note repeated to 5 MB: frontmatter once, then sections, bullets, links, bold terms. */
export function fiveMegabyteNote(): string {
	const body = EKS.replace(/^---\n[\s\S]*?\n---\n/, "");
	return "---\naliases: [Amazon Huge]\n---\n" + body.repeat(Math.ceil(MB5 / body.length));
}

/** 50,000 short lines: bullets and links under a few headings. */
export function fiftyThousandLines(): string {
	const out: string[] = ["## **Overview**"];
	for (let i = 0; out.length < 50000; i++) {
		if (i % 10000 === 5000) out.push("## **Details**");
		out.push(i % 7 === 0 ? `- item ${i} uses [[Amazon S3]]` : i % 3 === 0 ? `\t- **Term ${i}**: detail` : `- line ${i}`);
	}
	return out.join("\n") + "\n";
}

/** Lines of 10,000 characters, each built from a token that makes naive scanners backtrack. */
export const LONG_LINE_TOKENS = ["[[", "[", "](", "**a ", "*a ", "_a ", "`", "``a", "#", "= ", "~~", "|", "[a](b ", "<b>", "â†’", "a ", "\t- "];

export function longLine(token: string, length = 10000): string {
	return token.repeat(Math.ceil(length / token.length)).slice(0, length);
}

export const ODD_LINKS = [
	"## **Overview**",
	"- [[]] and [[#Heading]] and [[|x]] and [[a|b|c]] and [[Target",
	"- [[[[Nested]]]] and a link to this note itself: [[Odd links]] and [[Odd links#Overview]]",
	"- ![[diagram.png]] and [[diagram.png]] and [missing attachment](nothing.pdf)",
	Array.from({ length: 1000 }, (_, i) => `[[Note ${i}]]`).join(" "),
	"",
].join("\n");

/** Bytes that are not valid UTF-8: a Latin-1 é, a lone continuation byte, 0xFF 0xFE. */
export const INVALID_UTF8 = Buffer.concat([
	Buffer.from("## **Overview**\n- caf"),
	Buffer.from([0xe9]),
	Buffer.from(" costs "),
	Buffer.from([0x80, 0xff, 0xfe]),
	Buffer.from(" dollars\n"),
]);

export const RTL_NAME = "AWS/שירות אחסון 🚀.md";
export const RTL_OVERRIDE_NAME = "AWS/Amazon \u202Edrow\u202C 😀.md";

/** Every fixture file: vault path → content. */
export function fixtureFiles(): Record<string, string | Buffer> {
	return {
		"AWS/Malformed YAML.md": "---\naliases: [unclosed\ntags: aws\n---\n## **Overview**\n- text\n",
		"AWS/Unclosed fence.md": "## **Overview**\n- intro\n```js\nconst a = 1;\n## **Details**\n[[Inside Code]]\n",
		"AWS/Big 5MB.md": fiveMegabyteNote(),
		"AWS/Fifty thousand lines.md": fiftyThousandLines(),
		"AWS/Long lines.md": "## **Overview**\n" + LONG_LINE_TOKENS.map((t) => longLine(t)).join("\n") + "\n",
		"AWS/CRLF.md": "## **Overview**\r\n- a\r\n\r\n## **Details**\r\n- b\r\n",
		"AWS/Mixed endings.md": "## **Overview**\n- a\r\n## **Details**\r- b\n- c",
		"AWS/BOM.md": "\uFEFF---\naliases: [Amazon BOM]\n---\n## **Overview**\n- a\n",
		"AWS/NUL bytes.md": "## **Overview**\n- a\u0000b\n\u0000\n",
		"AWS/Invalid UTF-8.md": INVALID_UTF8,
		[RTL_NAME]: "## **Overview**\n- שירות אחסון של [[Amazon S3]] 🚀\n- links to [[Amazon \u202Edrow\u202C 😀]]\n",
		[RTL_OVERRIDE_NAME]: "## **Overview**\n- text\n",
		"AWS/Mojibake.md": "## **Overview**\n- Amazon S3 â†’ Amazon S3 Glacier for â€œcoldâ€\u009d data\n",
		"AWS/Empty emphasis.md": "## ****\n## **Overview**\n- a\n# ****\n**** \n",
		"AWS/Odd links.md": ODD_LINKS,
		"AWS/Only frontmatter.md": "---\naliases: [Amazon Only]\n---\n",
		"AWS/diagram.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0x00]),
		"AWS/manual.pdf": Buffer.from("%PDF-1.4\n\u0000\u00ff binary [[Not A Link]]\n", "latin1"),
		"AWS/notes.txt": "## Overview\n[[Text File Link]]\n",
		"AWS/data.json": '{"aliases": ["x"]}',
		"AWS/no-extension": "[[No Extension Link]]",
		"AWS/Amazon Backup.md.bak": "[[Backup Link]]",
		"Projects/Client/AWS/Meeting notes.md": "# Meeting with client\n- budget for [[Invoice 2024]]\n",
		"Projects/Client/Budget.md": "# Budget\n- [[Invoice 2024]]\n",
	};
}

/** Write the fixture vault into a new temporary folder; returns its path. */
export function writeFixtureVault(files: Record<string, string | Buffer> = fixtureFiles()): string {
	const root = mkdtempSync(join(tmpdir(), "anc-bad-"));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return root;
}

/** Split bytes (as latin1, so any byte survives) into lines; endings are not part of a line. */
export function byteLines(bytes: Buffer): string[] {
	return bytes.toString("latin1").replace(/^\xEF\xBB\xBF/, "").split(/\r\n|\r|\n/);
}

/** True when `small` occurs in `big` in order (other lines may come between). */
export function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
	let j = 0;
	for (let i = 0; i < big.length && j < small.length; i++) if (big[i] === small[j]) j++;
	return j === small.length;
}
