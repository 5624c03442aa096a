// @vitest-environment happy-dom
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, test } from "vitest";
import { evaluatePluginBundle, loadAppFromDisk, loadBuiltPlugin } from "../obsidian-double/diskVault";
import { MarkdownView, Notice, testManifest } from "../obsidian-double/obsidian";

const dir = mkdtempSync(join(tmpdir(), "obsidian-double-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeVault(): string {
	const vault = join(dir, "vault");
	mkdirSync(join(vault, "aws"), { recursive: true });
	mkdirSync(join(vault, ".obsidian"), { recursive: true });
	writeFileSync(join(vault, "aws", "EC2.md"), "Compute.\n\nUses [[VPC]] and [[Missing service]].\n");
	writeFileSync(join(vault, "aws", "VPC.md"), "# VPC\n");
	writeFileSync(join(vault, ".obsidian", "app.json"), "{}");
	writeFileSync(join(vault, ".hidden.md"), "skipped");
	writeFileSync(join(vault, "aws", "diagram.png"), Buffer.from([137, 80, 78, 71]));
	return vault;
}

/** Bundles the fixture like esbuild.config.mjs bundles src/main.ts: CommonJS, `obsidian` external. */
async function bundleFixture(): Promise<string> {
	const result = await build({
		entryPoints: [join(import.meta.dirname, "fixtures", "samplePlugin.ts")],
		bundle: true,
		format: "cjs",
		target: "es2020",
		external: ["obsidian"],
		write: false,
		logLevel: "silent",
	});
	return result.outputFiles[0].text;
}

describe("loading a vault from disk", () => {
	test("reads every file but dotfiles and dot-folders, binary files as bytes", async () => {
		const app = loadAppFromDisk(writeVault());
		expect(app.vault.getFiles().map((f) => f.path).sort()).toEqual(["aws/EC2.md", "aws/VPC.md", "aws/diagram.png"]);
		expect(new Uint8Array(await app.vault.readBinary(app.vault.getFileByPath("aws/diagram.png")!))).toEqual(new Uint8Array([137, 80, 78, 71]));
		expect(app.metadataCache.unresolvedLinks["aws/EC2.md"]).toEqual({ "Missing service": 1 });
	});
});

describe("a bundled plugin in the double", () => {
	test("the CommonJS bundle loads, runs its commands and views, and unloads cleanly", async () => {
		Notice.reset();
		const app = loadAppFromDisk(writeVault());
		writeFileSync(join(dir, "main.js"), await bundleFixture());
		writeFileSync(join(dir, "manifest.json"), JSON.stringify(testManifest({ id: "sample", name: "Sample" })));
		const plugin = await loadBuiltPlugin(app, dir);
		await app.triggerLayoutReady();

		await app.commands.runCommandById("sample:open-list");
		const [leaf] = app.workspace.getLeavesOfType("sample-list");
		expect([...leaf.view.containerEl.querySelectorAll(".sample-list li")].map((li) => li.textContent)).toEqual(["Missing service (from aws/EC2.md)"]);

		expect(app.commands.isCommandAvailable("sample:add-heading")).toBe(false);
		await app.workspace.openLinkText("EC2", "", false, { eState: { line: 2 } });
		const view = app.workspace.getActiveViewOfType(MarkdownView)!;
		expect(view.editor.getCursor().line).toBe(2);
		await app.commands.runCommandById("sample:add-heading");
		expect(await app.vault.read(view.file!)).toBe("# EC2\nCompute.\n\nUses [[VPC]] and [[Missing service]].\n");
		expect(Notice.messages).toEqual(["Added a heading to EC2"]);
		view.editor.undo();
		expect(await app.vault.read(view.file!)).toBe("Compute.\n\nUses [[VPC]] and [[Missing service]].\n");

		await app.plugins.disable(plugin);
		expect(app.countLiveRegistrations()).toMatchObject({ vaultHandlers: 0, metadataCacheHandlers: 0, commands: 0, ribbonIcons: 0, viewTypes: 0 });
		expect(app.workspace.getLeavesOfType("sample-list")).toEqual([]);
	});

	test("a bundle that requires something Obsidian does not provide fails clearly", () => {
		expect(() => evaluatePluginBundle('require("fs"); module.exports.default = class {};')).toThrow(/provides only "obsidian", "@codemirror\/state" and "@codemirror\/view"/);
	});
});
