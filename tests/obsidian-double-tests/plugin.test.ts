// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
	App,
	Component,
	componentInfo,
	createApp,
	ItemView,
	MarkdownView,
	Notice,
	Plugin,
	PluginSettingTab,
	Setting,
	testManifest,
	type Editor,
	type LiveRegistrations,
	type WorkspaceLeaf,
} from "../obsidian-double/obsidian";

const VIEW_TYPE = "anc-test-view";

class TestView extends ItemView {
	static opened = 0;
	static closed = 0;

	getViewType(): string {
		return VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Test view";
	}

	getIcon(): string {
		return "list";
	}

	protected async onOpen(): Promise<void> {
		TestView.opened++;
		this.contentEl.empty();
		this.contentEl.createEl("h4", { text: "Missing notes" });
		this.registerEvent(this.app.metadataCache.on("resolved", () => {}));
		this.addAction("refresh-cw", "Refresh", () => new Notice("refreshed"));
	}

	protected async onClose(): Promise<void> {
		TestView.closed++;
	}
}

class TestSettingTab extends PluginSettingTab {
	display(): void {
		this.containerEl.empty();
		new Setting(this.containerEl).setName("Notes folder").setDesc("Where <b>AWS</b> notes live.").addText((t) => t.setValue("aws"));
	}
}

class TestPlugin extends Plugin {
	edits: string[] = [];

	async onload(): Promise<void> {
		this.registerView(VIEW_TYPE, (leaf) => new TestView(leaf));
		this.addRibbonIcon("list", "Open test view", () => void this.activateView());
		this.addStatusBarItem().setText("0 findings");
		this.addSettingTab(new TestSettingTab(this.app, this));
		this.addCommand({ id: "open-view", name: "Open view", callback: () => this.activateView() });
		this.addCommand({
			id: "only-with-note",
			name: "Only with a note",
			checkCallback: (checking) => {
				const file = this.app.workspace.getActiveFile();
				if (!file) return false;
				if (!checking) this.edits.push(`checked ${file.path}`);
				return true;
			},
		});
		this.addCommand({
			id: "bold-line",
			name: "Bold first line",
			editorCallback: (editor: Editor, view: MarkdownView) => {
				editor.setLine(0, `**${editor.getLine(0)}**`);
				this.edits.push(`bold ${view.file?.path}`);
			},
		});
		this.registerEvent(this.app.vault.on("modify", () => {}));
		this.registerEvent(this.app.metadataCache.on("changed", () => {}));
		this.registerEvent(this.app.workspace.on("file-open", () => {}));
		this.registerDomEvent(activeDocument, "keydown", () => {});
		this.registerInterval(window.setInterval(() => {}, 60_000));
		this.addChild(new Component()).registerEvent(this.app.workspace.on("layout-change", () => {}));
		this.app.workspace.onLayoutReady(() => this.edits.push("layout ready"));
	}

	async activateView(): Promise<WorkspaceLeaf> {
		const existing = this.app.workspace.getLeavesOfType(VIEW_TYPE)[0];
		const leaf = existing ?? this.app.workspace.getRightLeaf(false)!;
		if (!existing) await leaf.setViewState({ type: VIEW_TYPE, active: true });
		await this.app.workspace.revealLeaf(leaf);
		return leaf;
	}
}

const NOTHING: LiveRegistrations = {
	vaultHandlers: 0,
	metadataCacheHandlers: 0,
	workspaceHandlers: 0,
	domListeners: 0,
	intervals: 0,
	commands: 0,
	ribbonIcons: 0,
	statusBarItems: 0,
	settingTabs: 0,
	viewTypes: 0,
	modals: 0,
};

let app: App;
beforeEach(() => {
	document.body.empty();
	Notice.reset();
	TestView.opened = 0;
	TestView.closed = 0;
	app = createApp({ "aws/EC2.md": "EC2 overview\n\nSee [[VPC]].\n", "aws/VPC.md": "# VPC\n" });
});

afterEach(async () => {
	await app.destroy();
});

describe("Plugin lifecycle", () => {
	test("unload removes every handler, listener, interval, command, ribbon icon, status item, tab and view", async () => {
		const plugin = await app.plugins.enable(TestPlugin, testManifest({ id: "anc", name: "AWS Notes Coach" }));
		await plugin.activateView();
		const live = app.countLiveRegistrations();
		expect(live).toMatchObject({ vaultHandlers: 1, metadataCacheHandlers: 2, workspaceHandlers: 2, domListeners: 1, intervals: 1, commands: 3, ribbonIcons: 1, statusBarItems: 1, settingTabs: 1, viewTypes: 1 });

		await app.plugins.disable(plugin);
		expect(app.countLiveRegistrations()).toEqual(NOTHING);
		expect(componentInfo(plugin)).toEqual({ loaded: false, pendingCleanups: 0, children: 0 });
		expect(TestView.closed).toBe(TestView.opened);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([]);
		expect(document.querySelector(".side-dock-ribbon-action")).toBeNull();
	});

	test("onLayoutReady waits for the layout; loadData/saveData round-trip JSON clones", async () => {
		const plugin = await app.plugins.enable(TestPlugin, testManifest());
		expect(plugin.edits).toEqual([]);
		await app.triggerLayoutReady();
		expect(plugin.edits).toEqual(["layout ready"]);

		expect(await plugin.loadData()).toBeNull();
		const settings = { folder: "aws", when: new Date(0) };
		await plugin.saveData(settings);
		settings.folder = "changed";
		expect(await plugin.loadData()).toEqual({ folder: "aws", when: "1970-01-01T00:00:00.000Z" });
	});
});

describe("Commands", () => {
	test("ids and names get the plugin's prefix; availability follows the callbacks", async () => {
		await app.plugins.enable(TestPlugin, testManifest({ id: "anc", name: "AWS Notes Coach" }));
		expect(app.commands.listCommands().map((c) => [c.id, c.name])).toEqual([
			["anc:open-view", "AWS Notes Coach: Open view"],
			["anc:only-with-note", "AWS Notes Coach: Only with a note"],
			["anc:bold-line", "AWS Notes Coach: Bold first line"],
		]);
		expect(app.commands.isCommandAvailable("anc:only-with-note")).toBe(false);
		expect(app.commands.executeCommandById("anc:only-with-note")).toBe(false);
		expect(app.commands.executeCommandById("anc:bold-line")).toBe(false);
		expect(app.commands.executeCommandById("open-view")).toBe(false);
		await expect(app.commands.runCommandById("anc:bold-line")).rejects.toThrow(/not available/);
	});

	test("an editor command edits the active note through its editor, and the text is saved", async () => {
		const plugin = await app.plugins.enable(TestPlugin, testManifest({ id: "anc" }));
		const changes: string[] = [];
		app.workspace.on("editor-change", (editor: Editor) => changes.push(editor.getLine(0)));
		await app.workspace.openLinkText("EC2", "");
		await app.commands.runCommandById("anc:bold-line");
		expect(await app.vault.read(app.vault.getFileByPath("aws/EC2.md")!)).toBe("**EC2 overview**\n\nSee [[VPC]].\n");
		expect(changes).toEqual(["**EC2 overview**"]);
		await app.commands.runCommandById("anc:only-with-note");
		expect(plugin.edits).toEqual(["bold aws/EC2.md", "checked aws/EC2.md"]);
		expect(app.metadataCache.getCache("aws/EC2.md")?.links?.[0].link).toBe("VPC");
	});

	test("the ribbon icon is an element a test can click", async () => {
		await app.plugins.enable(TestPlugin, testManifest());
		const icon = document.querySelector<HTMLElement>(".side-dock-ribbon-action[aria-label='Open test view']")!;
		expect(icon.querySelector("svg")?.getAttribute("data-icon")).toBe("list");
		icon.click();
		await app.settle();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1);
		expect(document.querySelector(".status-bar .status-bar-item")?.textContent).toBe("0 findings");
	});
});

describe("Views and workspace", () => {
	test("an ItemView's contentEl is containerEl.children[1]; the leaf reveals the right sidebar", async () => {
		const plugin = await app.plugins.enable(TestPlugin, testManifest());
		const leaf = await plugin.activateView();
		const view = leaf.view;
		expect(view).toBeInstanceOf(TestView);
		const item = view as TestView;
		expect(item.containerEl.children[1]).toBe(item.contentEl);
		expect(item.containerEl.children[0].classList.contains("view-header")).toBe(true);
		expect(item.contentEl.querySelector("h4")?.textContent).toBe("Missing notes");
		expect(leaf.getRoot()).toBe(app.workspace.rightSplit);
		expect(app.workspace.rightSplit.collapsed).toBe(false);
		expect(app.workspace.activeLeaf).toBe(leaf);
		expect(leaf.getViewState()).toMatchObject({ type: VIEW_TYPE, active: true });

		(item.containerEl.querySelector(".view-action[aria-label='Refresh']") as HTMLElement).click();
		expect(Notice.messages).toEqual(["refreshed"]);

		leaf.detach();
		await app.settle();
		expect(TestView.closed).toBe(TestView.opened);
		expect(app.workspace.activeLeaf).toBeNull();
	});

	test("openLinkText opens the note in a MarkdownView and records the eState", async () => {
		const events: string[] = [];
		app.workspace.on("file-open", (f) => events.push(`file-open ${f?.path}`));
		app.workspace.on("active-leaf-change", () => events.push("active-leaf-change"));
		await app.workspace.openLinkText("VPC#Peering", "aws/EC2.md", false, { eState: { line: 1 } });

		const view = app.workspace.getActiveViewOfType(MarkdownView)!;
		expect(view.file?.path).toBe("aws/VPC.md");
		expect(view.editor.getCursor()).toEqual({ line: 1, ch: 0 });
		const record = app.workspace.openHistory.at(-1)!;
		expect([record.file.path, record.linktext, record.sourcePath, record.eState]).toEqual(["aws/VPC.md", "VPC#Peering", "aws/EC2.md", { line: 1, subpath: "#Peering" }]);
		expect(view.leaf.lastEState).toEqual({ line: 1, subpath: "#Peering" });
		expect(app.workspace.getActiveFile()?.path).toBe("aws/VPC.md");
		expect(events).toEqual(["active-leaf-change", "file-open aws/VPC.md"]);
	});

	test("a link to a missing note creates it, as a click does in Obsidian", async () => {
		await app.workspace.openLinkText("Route 53", "aws/EC2.md");
		expect(app.vault.getFileByPath("Route 53.md")).not.toBeNull();
	});

	test("the open editor follows writes made through the vault", async () => {
		await app.workspace.openLinkText("EC2", "");
		const view = app.workspace.getActiveViewOfType(MarkdownView)!;
		await app.vault.process(view.file!, (t) => t.replace("overview", "summary"));
		expect(view.editor.getLine(0)).toBe("EC2 summary");
	});

	test("getLeaf(false) reuses the active tab; getLeaf('tab') adds one", async () => {
		const a = app.workspace.getLeaf(false);
		await a.openFile(app.vault.getFileByPath("aws/EC2.md")!, { active: true });
		expect(app.workspace.getLeaf(false)).toBe(a);
		const b = app.workspace.getLeaf("tab");
		expect(b).not.toBe(a);
		const count: string[] = [];
		app.workspace.iterateAllLeaves((l) => count.push(l.view.getViewType()));
		expect(count).toEqual(["markdown", "empty"]);
	});
});

describe("Settings", () => {
	test("the plugin's tab renders Setting rows with text, never HTML", async () => {
		await app.plugins.enable(TestPlugin, testManifest({ id: "anc" }));
		const tab = app.setting.openTabById("anc");
		const row = tab.containerEl.querySelector(".setting-item")!;
		expect(row.querySelector(".setting-item-name")?.textContent).toBe("Notes folder");
		expect(row.querySelector(".setting-item-description")?.textContent).toBe("Where <b>AWS</b> notes live.");
		expect(row.querySelector(".setting-item-description b")).toBeNull();
		expect(row.querySelector<HTMLInputElement>(".setting-item-control input")?.value).toBe("aws");
		app.setting.close();
		expect(tab.containerEl.childElementCount).toBe(0);
	});
});
