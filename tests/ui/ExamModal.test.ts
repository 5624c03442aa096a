// @vitest-environment happy-dom
/**
 * The practice exam modal: answers and flags go into the session (and are persisted) with no
 * feedback, keys and buttons move between questions, the review screen groups the questions and
 * jumps to them, unanswered questions are confirmed before submitting, the clock submits when the
 * time is up, and the result shows the score, the areas and every question with both answers.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { ExamSession } from "../../src/core/study/data";
import { type ExamResult, startExam } from "../../src/core/study/exam";
import type { SetQuestion } from "../../src/core/study/setQuiz";
import { ExamModal, type ExamModalOptions } from "../../src/ui/ExamModal";
import { App, openModals } from "../obsidian-double/obsidian";

function question(over: Partial<SetQuestion> & Pick<SetQuestion, "id" | "prompt" | "answers">): SetQuestion {
	return {
		kind: "which-service",
		choices: [],
		type: "service",
		multi: false,
		typed: false,
		explanation: "From the note.",
		source: { line: 3, text: "A line." },
		note: "AWS/Other.md",
		category: null,
		seed: 7,
		domains: [],
		...over,
	};
}

const single = question({
	id: "q-single",
	kind: "which-service",
	prompt: "Which service runs containers <b>without</b> managing servers?",
	choices: ["Amazon S3", "AWS Fargate", "Amazon RDS", "AWS Lambda"],
	answers: ["AWS Fargate"],
	note: "AWS/Compute/AWS Fargate.md",
	category: "Compute",
	source: { line: 4, text: "Fargate runs containers without servers." },
	domains: ["domain/resilient"],
	explanation: "Fargate runs containers without managing servers.",
});

const selectAll = question({
	id: "q-multi",
	kind: "select-all",
	prompt: "Which of these store files or objects?",
	choices: ["Amazon S3", "Amazon SQS", "Amazon EFS", "Amazon SNS"],
	answers: ["Amazon S3", "Amazon EFS"],
	multi: true,
	type: "service",
	note: "AWS/Storage/Amazon S3.md",
	category: "Storage",
	source: { line: 9, text: "S3 stores objects." },
	domains: ["domain/resilient", "domain/cost"],
});

const typed = question({
	id: "q-typed",
	kind: "fill-blank",
	prompt: "RDS ____ keeps a standby in another zone.",
	choices: [],
	answers: ["Multi-AZ"],
	typed: true,
	type: "term",
	note: "AWS/Database/Amazon RDS.md",
	category: "Database",
	source: { line: 12, text: "RDS Multi-AZ keeps a standby." },
});

const trueFalse = question({
	id: "q-tf",
	kind: "true-false",
	prompt: "S3 is a block store.",
	choices: ["True", "False"],
	answers: ["False"],
	type: "boolean",
	note: "AWS/Storage/Amazon S3.md",
	category: "Storage",
	source: { line: 2, text: "S3 is an object store." },
});

const QUESTIONS = [single, selectAll, typed, trueFalse];
const START = 1_000_000;
const LIMIT_MINUTES = 10;

let app: App;
let clock: number;
let session: ExamSession;
let persisted: number;
let submitted: ExamResult[];
let opened: [string, number][];
let missed: SetQuestion[][];

beforeEach(() => {
	document.body.empty();
	app = new App();
	clock = START;
	session = startExam(structuredClone(QUESTIONS), { kind: "folder", folder: "AWS" }, 1, LIMIT_MINUTES, START);
	persisted = 0;
	submitted = [];
	opened = [];
	missed = [];
});

afterEach(() => {
	for (const m of [...openModals]) m.close();
	vi.useRealTimers();
});

function options(over: Partial<ExamModalOptions> = {}): ExamModalOptions {
	return {
		session,
		passPercent: 72,
		now: () => clock,
		persist: () => persisted++,
		onSubmit: (r) => submitted.push(r),
		openAt: (path, line) => opened.push([path, line]),
		reviewMissed: (qs) => missed.push(qs),
		...over,
	};
}

function open(over: Partial<ExamModalOptions> = {}): ExamModal {
	const modal = new ExamModal(app as never, options(over));
	modal.open();
	return modal;
}

function text(modal: ExamModal, selector: string): string {
	return modal.contentEl.querySelector(selector)?.textContent ?? "";
}

function buttons(modal: ExamModal): HTMLButtonElement[] {
	return [...modal.contentEl.querySelectorAll("button")];
}

function button(modal: ExamModal, label: string): HTMLButtonElement {
	const b = buttons(modal).find((el) => el.textContent === label);
	if (!b) throw new Error(`No button "${label}"; there are: ${buttons(modal).map((el) => el.textContent).join(", ")}`);
	return b;
}

function choiceButtons(modal: ExamModal): HTMLButtonElement[] {
	return [...modal.contentEl.querySelectorAll<HTMLButtonElement>(".anc-exam-choice")];
}

function selectedChoices(modal: ExamModal): string[] {
	return choiceButtons(modal)
		.filter((b) => b.classList.contains("is-selected"))
		.map((b) => b.querySelector(".anc-exam-choice-text")!.textContent);
}

function input(modal: ExamModal): HTMLInputElement {
	const el = modal.contentEl.querySelector<HTMLInputElement>("input.anc-exam-input");
	if (!el) throw new Error("No answer input");
	return el;
}

function typeInto(modal: ExamModal, value: string): void {
	const el = input(modal);
	el.value = value;
	el.dispatchEvent(new Event("input"));
}

/** Right: single, select-all, typed; wrong: true/false. */
function answerThreeOfFour(modal: ExamModal): void {
	modal.pick(1); // AWS Fargate
	modal.next();
	modal.pick(0); // Amazon S3
	modal.pick(2); // Amazon EFS
	modal.next();
	modal.type("multi az");
	modal.next();
	modal.pick(0); // True (wrong)
}

describe("question screen", () => {
	test("title, position, clock and answered count; the prompt is shown as text", () => {
		const modal = open();
		expect(modal.titleEl.textContent).toBe("Practice exam");
		expect(modal.phase).toBe("question");
		expect(text(modal, ".anc-exam-position")).toBe("Question 1 of 4");
		expect(text(modal, ".anc-exam-clock")).toBe("10:00");
		expect(text(modal, ".anc-exam-count")).toBe("0 answered");
		expect(text(modal, ".anc-exam-prompt")).toBe("Which service runs containers <b>without</b> managing servers?");
		expect(modal.contentEl.querySelector("b")).toBeNull();
		expect(choiceButtons(modal).map((b) => b.textContent)).toEqual(["1Amazon S3", "2AWS Fargate", "3Amazon RDS", "4AWS Lambda"]);
		expect(buttons(modal).map((b) => b.textContent)).toEqual(expect.arrayContaining(["Previous", "Next", "Flag for review", "Review answers"]));
		expect(button(modal, "Previous").disabled).toBe(true);
	});

	test("choices and notes with markup are inserted literally", () => {
		session.questions[0].choices[0] = "<img src=x onerror=alert(1)>";
		const modal = open();
		expect(modal.contentEl.querySelector("img")).toBeNull();
		expect(choiceButtons(modal)[0].textContent).toBe("1<img src=x onerror=alert(1)>");
	});

	test("no clock for an exam without a time limit", () => {
		session.limitMs = 0;
		const modal = open();
		expect(modal.contentEl.querySelector(".anc-exam-clock")).toBeNull();
		clock += 10 * 3_600_000;
		modal.tick();
		expect(modal.phase).toBe("question");
		expect(submitted).toHaveLength(0);
	});

	test("single choice: picking selects one, the selection can change; answers are persisted", () => {
		const modal = open();
		modal.pick(0);
		expect(session.answers[0]).toEqual(["Amazon S3"]);
		expect(persisted).toBe(1);
		choiceButtons(modal)[1].click();
		expect(session.answers[0]).toEqual(["AWS Fargate"]);
		expect(persisted).toBe(2);
		expect(selectedChoices(modal)).toEqual(["AWS Fargate"]);
		expect(choiceButtons(modal)[1].getAttribute("aria-pressed")).toBe("true");
		expect(choiceButtons(modal)[0].getAttribute("aria-pressed")).toBe("false");
		expect(text(modal, ".anc-exam-count")).toBe("1 answered");
		app.keymap.pressKey("3");
		expect(session.answers[0]).toEqual(["Amazon RDS"]);
		expect(persisted).toBe(3);
		modal.pick(9);
		expect(session.answers[0]).toEqual(["Amazon RDS"]);
	});

	test("select-all: choices toggle, kept in display order; none left means unanswered", () => {
		session.index = 1;
		const modal = open();
		expect(text(modal, ".anc-exam-hint")).toBe("Select all that apply.");
		modal.pick(2);
		app.keymap.pressKey("1");
		expect(session.answers[1]).toEqual(["Amazon S3", "Amazon EFS"]);
		expect(selectedChoices(modal)).toEqual(["Amazon S3", "Amazon EFS"]);
		modal.pick(0);
		expect(session.answers[1]).toEqual(["Amazon EFS"]);
		modal.pick(2);
		expect(session.answers[1]).toBeNull();
		expect(persisted).toBe(4);
	});

	test("typed: the input records the text as the answer", () => {
		session.index = 2;
		const modal = open();
		expect(choiceButtons(modal)).toHaveLength(0);
		typeInto(modal, "Multi-AZ");
		expect(session.answers[2]).toEqual(["Multi-AZ"]);
		expect(persisted).toBe(1);
		expect(text(modal, ".anc-exam-count")).toBe("1 answered");
		typeInto(modal, "   ");
		expect(session.answers[2]).toBeNull();
		modal.type("multi az");
		expect(input(modal).value).toBe("multi az");
		expect(session.answers[2]).toEqual(["multi az"]);
	});

	test("a typed question that also has choices shows the choices", () => {
		session.questions[2] = { ...typed, choices: ["Multi-AZ", "Read replica"] };
		session.index = 2;
		const modal = open();
		expect(modal.contentEl.querySelector("input")).toBeNull();
		modal.pick(0);
		expect(session.answers[2]).toEqual(["Multi-AZ"]);
	});

	test("flag for review toggles with aria-pressed and is persisted", () => {
		const modal = open();
		const flag = (): HTMLButtonElement => button(modal, "Flag for review");
		expect(flag().getAttribute("aria-pressed")).toBe("false");
		flag().click();
		expect(session.flagged).toEqual([true, false, false, false]);
		expect(persisted).toBe(1);
		expect(flag().getAttribute("aria-pressed")).toBe("true");
		modal.toggleFlag();
		expect(session.flagged[0]).toBe(false);
		expect(flag().getAttribute("aria-pressed")).toBe("false");
		expect(persisted).toBe(2);
	});

	test("no right or wrong feedback before submitting", () => {
		const modal = open();
		answerThreeOfFour(modal);
		for (let i = 0; i < 4; i++) {
			modal.goTo(i);
			expect(modal.contentEl.querySelector(".is-correct, .is-wrong")).toBeNull();
			expect(modal.contentEl.textContent).not.toMatch(/Correct|Right answer|Wrong/);
		}
		modal.review();
		expect(modal.contentEl.querySelector(".is-correct, .is-wrong")).toBeNull();
		expect(submitted).toHaveLength(0);
	});
});

describe("moving", () => {
	test("arrow keys, Enter and the buttons move; the index is persisted", () => {
		const modal = open();
		app.keymap.pressKey("ArrowRight");
		expect(session.index).toBe(1);
		expect(text(modal, ".anc-exam-position")).toBe("Question 2 of 4");
		expect(persisted).toBe(1);
		app.keymap.pressKey("Enter");
		expect(session.index).toBe(2);
		app.keymap.pressKey("ArrowLeft");
		expect(session.index).toBe(1);
		button(modal, "Next").click();
		expect(session.index).toBe(2);
		button(modal, "Previous").click();
		expect(session.index).toBe(1);
		expect(persisted).toBe(5);
		modal.previous();
		modal.previous();
		expect(session.index).toBe(0);
		expect(persisted).toBe(6);
	});

	test("arrows and digits typed in the answer box stay in it", () => {
		session.index = 2;
		const modal = open();
		input(modal).focus();
		app.keymap.pressKey("ArrowLeft");
		app.keymap.pressKey("ArrowRight");
		app.keymap.pressKey("1");
		expect(session.index).toBe(2);
		expect(persisted).toBe(0);
	});

	test("on the last question Next reads Review answers and opens the review", () => {
		session.index = 3;
		const modal = open();
		expect(buttons(modal).filter((b) => b.textContent === "Next")).toHaveLength(0);
		expect(buttons(modal).filter((b) => b.textContent === "Review answers")).toHaveLength(1);
		app.keymap.pressKey("Enter");
		expect(modal.phase).toBe("review");
	});
});

describe("review screen", () => {
	test("answered, flagged and unanswered groups; a number jumps to its question", () => {
		const modal = open();
		modal.pick(1);
		modal.toggleFlag();
		modal.next();
		modal.next();
		modal.type("Multi-AZ");
		modal.toggleFlag();
		button(modal, "Review answers").click();
		expect(modal.phase).toBe("review");
		const groups = [...modal.contentEl.querySelectorAll(".anc-exam-group")].map((g) => [
			g.querySelector(".anc-exam-group-title")!.textContent,
			[...g.querySelectorAll("button")].map((b) => b.textContent),
		]);
		expect(groups).toEqual([
			["Answered (2)", ["1", "3"]],
			["Flagged (2)", ["1", "3"]],
			["Unanswered (2)", ["2", "4"]],
		]);
		const persistedBefore = persisted;
		modal.contentEl.querySelector<HTMLButtonElement>(".anc-exam-group-unanswered button:last-child")!.click();
		expect(modal.phase).toBe("question");
		expect(session.index).toBe(3);
		expect(persisted).toBe(persistedBefore + 1);
		expect(text(modal, ".anc-exam-position")).toBe("Question 4 of 4");
		modal.review();
		button(modal, "Back to questions").click();
		expect(modal.phase).toBe("question");
		expect(session.index).toBe(3);
	});

	test("submitting with unanswered questions asks first, in the modal", () => {
		const modal = open();
		modal.pick(1);
		modal.review();
		button(modal, "Submit exam").click();
		expect(submitted).toHaveLength(0);
		expect(openModals).toEqual([modal]);
		expect(text(modal, ".anc-exam-confirm-text")).toBe("3 questions are unanswered and count as wrong. Submit anyway?");
		button(modal, "Keep answering").click();
		expect(modal.contentEl.querySelector(".anc-exam-confirm")).toBeNull();
		expect(modal.phase).toBe("review");
		modal.goTo(1);
		modal.pick(0);
		modal.goTo(2);
		modal.type("x");
		modal.submit();
		expect(modal.phase).toBe("review");
		expect(text(modal, ".anc-exam-confirm-text")).toBe("1 question is unanswered and counts as wrong. Submit anyway?");
		button(modal, "Submit").click();
		expect(modal.phase).toBe("result");
		expect(submitted).toHaveLength(1);
		expect(submitted[0].correct).toBe(1);
	});
});

describe("submitting", () => {
	test("onSubmit is called once with the score and the figures per category and domain", () => {
		const modal = open();
		answerThreeOfFour(modal);
		modal.review();
		expect(modal.contentEl.querySelector(".anc-exam-confirm")).toBeNull();
		button(modal, "Submit exam").click();
		expect(modal.phase).toBe("result");
		expect(submitted).toHaveLength(1);
		const r = submitted[0];
		expect([r.correct, r.total, r.percent, r.passPercent, r.passed]).toEqual([3, 4, 75, 72, true]);
		expect(r.categories.map((c) => [c.area, c.correct, c.total])).toEqual([
			["Storage", 1, 2],
			["Compute", 1, 1],
			["Database", 1, 1],
		]);
		expect(r.domains.map((d) => [d.area, d.correct, d.total])).toEqual([
			["cost", 1, 1],
			["resilient", 2, 2],
		]);
		modal.submit(true);
		modal.tick();
		clock += 3_600_000;
		modal.tick();
		expect(submitted).toHaveLength(1);

		expect(text(modal, ".anc-exam-headline")).toBe("Passed: 75% (3 of 4), pass mark 72%");
		expect(modal.contentEl.querySelector(".anc-exam-time-up")).toBeNull();
		const categoryRows = [...modal.contentEl.querySelectorAll(".anc-exam-categories .anc-chart-row")];
		expect(categoryRows.map((row) => row.querySelector(".anc-chart-label")!.textContent)).toEqual(["Storage", "Compute", "Database"]);
		expect(categoryRows[0].querySelector(".anc-chart-figure")!.textContent).toBe("50%");
		expect(categoryRows[0].querySelector(".anc-chart-detail")!.textContent).toBe("1 of 2 right");
		const domainRows = [...modal.contentEl.querySelectorAll(".anc-exam-domains .anc-chart-row")];
		expect(domainRows.map((row) => row.querySelector(".anc-chart-label")!.textContent)).toEqual(["cost", "resilient"]);
	});

	test("a failed exam says Not passed; no domain chart without domain tags", () => {
		session.questions.forEach((q) => (q.domains = []));
		const modal = open();
		modal.pick(0);
		modal.submit(true);
		expect(text(modal, ".anc-exam-headline")).toBe("Not passed: 0% (0 of 4), pass mark 72%");
		expect(modal.contentEl.querySelector(".anc-exam-domains")).toBeNull();
		expect(modal.contentEl.querySelector(".anc-exam-categories .anc-chart-row")).not.toBeNull();
	});

	test("the clock counts down each tick and submits by itself when the time is up", () => {
		const modal = open();
		modal.pick(1);
		clock += 61_000;
		modal.tick();
		expect(text(modal, ".anc-exam-clock")).toBe("8:59");
		expect(modal.phase).toBe("question");
		clock = START + LIMIT_MINUTES * 60_000;
		modal.tick();
		expect(modal.phase).toBe("result");
		expect(modal.timeUp).toBe(true);
		expect(submitted).toHaveLength(1);
		expect(submitted[0].correct).toBe(1);
		expect(text(modal, ".anc-exam-time-up")).toBe("Time is up.");
		modal.tick();
		expect(submitted).toHaveLength(1);
	});

	test("the interval drives the clock and is cleared on close", () => {
		vi.useFakeTimers();
		const modal = open();
		expect(vi.getTimerCount()).toBeGreaterThan(0);
		clock += 5_000;
		vi.advanceTimersByTime(1000);
		expect(text(modal, ".anc-exam-clock")).toBe("9:55");
		modal.close();
		vi.runOnlyPendingTimers();
		expect(vi.getTimerCount()).toBe(0);
		expect(submitted).toHaveLength(0);
	});

	test("a session whose time ran out while closed is submitted on open", () => {
		clock = START + LIMIT_MINUTES * 60_000 + 1;
		const modal = open();
		expect(modal.phase).toBe("result");
		expect(submitted).toHaveLength(1);
		expect(text(modal, ".anc-exam-time-up")).toBe("Time is up.");
	});
});

describe("result screen", () => {
	test("every question with the answer given, the right answer and a link to the note line", () => {
		const modal = open();
		answerThreeOfFour(modal);
		modal.goTo(2);
		modal.type("");
		modal.submit(true);
		const items = [...modal.contentEl.querySelectorAll<HTMLElement>(".anc-exam-item")];
		expect(items).toHaveLength(4);
		expect(items.map((it) => (it.classList.contains("is-correct") ? "right" : it.classList.contains("is-wrong") ? "wrong" : "?"))).toEqual([
			"right",
			"right",
			"wrong",
			"wrong",
		]);
		const line = (it: HTMLElement, cls: string): string => it.querySelector(cls)?.textContent ?? "";
		expect(line(items[0], ".anc-exam-item-number")).toBe("1.");
		expect(line(items[0], ".anc-exam-item-prompt")).toBe("Which service runs containers <b>without</b> managing servers?");
		expect(line(items[0], ".anc-exam-item-given")).toBe("Your answer: AWS Fargate");
		expect(line(items[0], ".anc-exam-item-right")).toBe("Right answer: AWS Fargate");
		expect(line(items[1], ".anc-exam-item-given")).toBe("Your answer: Amazon S3; Amazon EFS");
		expect(line(items[1], ".anc-exam-item-right")).toBe("Right answer: Amazon S3; Amazon EFS");
		expect(line(items[2], ".anc-exam-item-given")).toBe("No answer");
		expect(line(items[2], ".anc-exam-item-right")).toBe("Right answer: Multi-AZ");
		expect(line(items[3], ".anc-exam-item-given")).toBe("Your answer: True");
		expect(line(items[3], ".anc-exam-item-right")).toBe("Right answer: False");
		expect(modal.contentEl.querySelector("b")).toBeNull();

		const link = items[2].querySelector<HTMLAnchorElement>("a.anc-exam-item-source")!;
		expect(link.textContent).toBe("Amazon RDS, line 12");
		link.click();
		expect(opened).toEqual([["AWS/Database/Amazon RDS.md", 12]]);
	});

	test("Review the missed ones now passes exactly the wrong questions and closes", () => {
		const modal = open();
		answerThreeOfFour(modal);
		modal.submit(true);
		button(modal, "Review the missed ones now").click();
		expect(missed).toHaveLength(1);
		expect(missed[0].map((q) => q.id)).toEqual(["q-tf"]);
		expect(openModals).toEqual([]);
	});

	test("no review button when nothing was missed; Close closes", () => {
		const modal = open();
		answerThreeOfFour(modal);
		modal.pick(1); // False
		modal.submit();
		expect(submitted[0].correct).toBe(4);
		expect(buttons(modal).map((b) => b.textContent)).not.toContain("Review the missed ones now");
		button(modal, "Close").click();
		expect(openModals).toEqual([]);
		expect(missed).toEqual([]);
	});
});

describe("closing and resuming", () => {
	test("a new modal on the same session resumes at the same question with its answers and flags", () => {
		const first = open();
		first.pick(0);
		first.pick(2);
		first.toggleFlag();
		first.next();
		first.pick(1);
		first.next();
		first.type("Multi-AZ");
		first.previous();
		expect(session.index).toBe(1);
		first.close();
		expect(submitted).toHaveLength(0);
		expect(session.answers).toEqual([["Amazon RDS"], ["Amazon SQS"], ["Multi-AZ"], null]);

		const second = open();
		expect(second.phase).toBe("question");
		expect(text(second, ".anc-exam-position")).toBe("Question 2 of 4");
		expect(text(second, ".anc-exam-count")).toBe("3 answered");
		expect(selectedChoices(second)).toEqual(["Amazon SQS"]);
		second.previous();
		expect(selectedChoices(second)).toEqual(["Amazon RDS"]);
		expect(button(second, "Flag for review").getAttribute("aria-pressed")).toBe("true");
		second.goTo(2);
		expect(input(second).value).toBe("Multi-AZ");
	});

	test("an index out of range is clamped", () => {
		session.index = 99;
		const modal = open();
		expect(text(modal, ".anc-exam-position")).toBe("Question 4 of 4");
	});
});
