// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from "vitest";
import { App, FuzzySuggestModal, Menu, Modal, Notice, openModals, Setting, setIcon, setTooltip } from "../obsidian-double/obsidian";

class QuizModal extends Modal {
	answers: string[] = [];
	closed = 0;

	onOpen(): void {
		this.setTitle("Quiz: <EC2>");
		this.contentEl.createEl("p", { text: "Which service runs containers?" });
		for (const choice of ["ECS", "S3"]) {
			this.contentEl.createEl("button", { text: choice }).addEventListener("click", () => this.answers.push(choice));
		}
		this.scope.register([], "1", () => {
			this.answers.push("key 1");
			return false;
		});
		this.scope.register(["Mod"], "Enter", () => {
			this.answers.push("submit");
			return false;
		});
	}

	onClose(): void {
		this.closed++;
		this.contentEl.empty();
	}
}

class NotePicker extends FuzzySuggestModal<string> {
	chosen: string | null = null;

	getItems(): string[] {
		return ["Amazon EC2", "Amazon S3", "AWS Lambda"];
	}

	getItemText(item: string): string {
		return item;
	}

	onChooseItem(item: string): void {
		this.chosen = item;
	}
}

let app: App;
beforeEach(() => {
	document.body.empty();
	Notice.reset();
	app = new App();
});

describe("Modal", () => {
	test("open attaches it with title and content; keys go to its scope; Escape closes it", () => {
		const modal = new QuizModal(app);
		modal.open();
		expect(openModals).toEqual([modal]);
		expect(document.body.contains(modal.containerEl)).toBe(true);
		expect(modal.modalEl.querySelector(".modal-title")?.textContent).toBe("Quiz: <EC2>");
		expect(modal.contentEl.querySelector("p")?.textContent).toBe("Which service runs containers?");

		modal.contentEl.querySelectorAll("button")[0].click();
		expect(app.keymap.pressKey("1")).toBe(true);
		expect(app.keymap.pressKey("Enter", ["Mod"])).toBe(true);
		expect(app.keymap.pressKey("Enter")).toBe(false);
		expect(modal.answers).toEqual(["ECS", "key 1", "submit"]);

		expect(app.keymap.pressKey("Escape")).toBe(true);
		expect(modal.closed).toBe(1);
		expect(openModals).toEqual([]);
		expect(document.body.contains(modal.containerEl)).toBe(false);
		expect(app.keymap.pressKey("1")).toBe(false);
	});

	test("close runs once and calls the close callback", () => {
		let callbacks = 0;
		const modal = new QuizModal(app).setCloseCallback(() => callbacks++);
		modal.open();
		modal.close();
		modal.close();
		expect([modal.closed, callbacks]).toEqual([1, 1]);
	});

	test("a fuzzy suggest modal lists matches and chooses with Enter or a click", async () => {
		const picker = new NotePicker(app);
		picker.open();
		await picker.updateSuggestions();
		expect([...picker.resultContainerEl.querySelectorAll(".suggestion-item")].map((e) => e.textContent)).toEqual(["Amazon EC2", "Amazon S3", "AWS Lambda"]);
		picker.inputEl.value = "lmb";
		picker.inputEl.dispatchEvent(new Event("input"));
		await picker.updateSuggestions();
		expect(picker.suggestions.map((s) => s.item)).toEqual(["AWS Lambda"]);
		app.keymap.pressKey("Enter");
		expect(picker.chosen).toBe("AWS Lambda");
		expect(openModals).toEqual([]);
	});
});

describe("Setting", () => {
	test("rows have Obsidian's structure; name and description are text", () => {
		const container = createDiv();
		const setting = new Setting(container).setName("Folder <i>x</i>").setDesc("Where notes are").setClass("anc-folder");
		expect(setting.settingEl.classList.contains("setting-item")).toBe(true);
		expect(setting.settingEl.classList.contains("anc-folder")).toBe(true);
		expect(setting.nameEl.textContent).toBe("Folder <i>x</i>");
		expect(setting.nameEl.querySelector("i")).toBeNull();
		expect(setting.descEl.textContent).toBe("Where notes are");
		expect(container.querySelector(".setting-item-info .setting-item-name")).toBe(setting.nameEl);
		new Setting(container).setName("Quiz").setHeading();
		expect(container.querySelectorAll(".setting-item-heading")).toHaveLength(1);
	});

	test("components: user input calls onChange; setValue does not", () => {
		const changes: unknown[] = [];
		const setting = new Setting(createDiv())
			.addText((t) => t.setPlaceholder("aws").setValue("notes").onChange((v) => changes.push(`text ${v}`)))
			.addTextArea((t) => t.setValue("a\nb").onChange((v) => changes.push(`area ${v}`)))
			.addToggle((t) => t.setValue(true).onChange((v) => changes.push(`toggle ${v}`)))
			.addDropdown((d) => d.addOptions({ easy: "Easy", hard: "Hard" }).setValue("hard").onChange((v) => changes.push(`dropdown ${v}`)))
			.addSearch((s) => s.onChange((v) => changes.push(`search ${v}`)))
			.addSlider((s) => s.setLimits(1, 20, 1).setValue(5).onChange((v) => changes.push(`slider ${v}`)));
		const [text, area, toggle, dropdown, search, slider] = setting.components as unknown as [
			{ inputEl: HTMLInputElement; getValue(): string },
			{ inputEl: HTMLTextAreaElement },
			{ toggleEl: HTMLElement; getValue(): boolean },
			{ selectEl: HTMLSelectElement; getValue(): string },
			{ inputEl: HTMLInputElement; clearButtonEl: HTMLElement },
			{ sliderEl: HTMLInputElement; getValue(): number },
		];
		expect(changes).toEqual([]);
		expect([text.getValue(), text.inputEl.placeholder, toggle.getValue(), dropdown.getValue(), slider.getValue()]).toEqual(["notes", "aws", true, "hard", 5]);

		text.inputEl.value = "aws/notes";
		text.inputEl.dispatchEvent(new Event("input"));
		area.inputEl.value = "c";
		area.inputEl.dispatchEvent(new Event("input"));
		toggle.toggleEl.click();
		dropdown.selectEl.value = "easy";
		dropdown.selectEl.dispatchEvent(new Event("change"));
		search.inputEl.value = "ec2";
		search.inputEl.dispatchEvent(new Event("input"));
		search.clearButtonEl.click();
		slider.sliderEl.value = "7";
		slider.sliderEl.dispatchEvent(new Event("input"));
		expect(changes).toEqual(["text aws/notes", "area c", "toggle false", "dropdown easy", "search ec2", "search ", "slider 7"]);
		expect(toggle.toggleEl.classList.contains("is-enabled")).toBe(false);
	});

	test("buttons: text, cta, click; setDisabled disables every component", () => {
		let clicks = 0;
		const setting = new Setting(createDiv())
			.addButton((b) => b.setButtonText("Generate quiz").setCta().onClick(() => clicks++))
			.addExtraButton((b) => b.setIcon("trash").setTooltip("Delete").onClick(() => clicks++));
		const button = setting.controlEl.querySelector("button")!;
		expect(button.textContent).toBe("Generate quiz");
		expect(button.classList.contains("mod-cta")).toBe(true);
		button.click();
		(setting.controlEl.querySelector(".extra-setting-button") as HTMLElement).click();
		expect(clicks).toBe(2);
		setting.setDisabled(true);
		button.click();
		(setting.controlEl.querySelector(".extra-setting-button") as HTMLElement).click();
		expect(clicks).toBe(2);
		expect(button.disabled).toBe(true);
	});
});

describe("Notice, Menu, icons", () => {
	test("Notice records every message, including updates", () => {
		const n = new Notice("Indexing…", 0);
		n.setMessage("Indexed 12 notes");
		expect(Notice.messages).toEqual(["Indexing…", "Indexed 12 notes"]);
		expect(document.querySelector(".notice")?.textContent).toBe("Indexed 12 notes");
		n.hide();
		expect(document.querySelector(".notice")).toBeNull();
	});

	test("Menu keeps its items as data and clicks them by title", () => {
		const picked: string[] = [];
		const menu = new Menu()
			.addItem((i) => i.setTitle("Open note").setIcon("file").onClick(() => picked.push("open")))
			.addSeparator()
			.addItem((i) => i.setTitle("Ignore").onClick(() => picked.push("ignore")));
		menu.showAtMouseEvent(new MouseEvent("contextmenu"));
		expect(Menu.lastShown).toBe(menu);
		menu.clickItem("Ignore");
		expect(picked).toEqual(["ignore"]);
		expect(menu.shown).toBe(false);
		expect(() => menu.clickItem("Nope")).toThrow(/Open note/);
	});

	test("setIcon replaces the content with an svg tagged with the icon id; setTooltip sets aria-label", () => {
		const el = createDiv({ text: "old" });
		setIcon(el, "book-open");
		expect(el.textContent).toBe("");
		expect(el.querySelector("svg")?.getAttribute("data-icon")).toBe("book-open");
		setTooltip(el, "Open the list");
		expect(el.getAttribute("aria-label")).toBe("Open the list");
	});
});
