// @vitest-environment happy-dom
import { describe, expect, test } from "vitest";

describe("Obsidian's DOM helpers", () => {
	test("createEl sets `text` as text: markup in it never becomes an element", () => {
		const parent = createDiv();
		const el = parent.createEl("p", { text: "<img src=x onerror=alert(1)>" });
		expect(el.children).toHaveLength(0);
		expect(el.querySelector("img")).toBeNull();
		expect(el.childNodes).toHaveLength(1);
		expect(el.firstChild?.nodeType).toBe(Node.TEXT_NODE);
		expect(el.textContent).toBe("<img src=x onerror=alert(1)>");
		expect(parent.querySelector("img")).toBeNull();
	});

	test("DomElementInfo: cls as string or list, attr, title, type, value, placeholder, href, prepend", () => {
		const parent = createDiv({ cls: "anc-root" });
		const first = parent.createSpan("anc-a anc-b");
		const input = parent.createEl("input", { cls: ["anc-input", "mod-x"], type: "number", value: "3", placeholder: "Count", attr: { "data-n": 1, disabled: true, hidden: null }, title: "Count" });
		const link = parent.createEl("a", { href: "https://example.com/", text: "docs", prepend: true });
		expect([...first.classList]).toEqual(["anc-a", "anc-b"]);
		expect([...input.classList]).toEqual(["anc-input", "mod-x"]);
		expect([input.type, input.value, input.placeholder, input.title]).toEqual(["number", "3", "Count", "Count"]);
		expect(input.getAttribute("data-n")).toBe("1");
		expect(input.getAttribute("disabled")).toBe("true");
		expect(input.hasAttribute("hidden")).toBe(false);
		expect(parent.firstElementChild).toBe(link);
		expect(link.href).toBe("https://example.com/");
	});

	test("a DocumentFragment given as text is inserted as nodes", () => {
		const frag = createFragment((f) => {
			f.createEl("strong", { text: "EC2" });
			f.appendText(" compute");
		});
		const el = createDiv({ text: frag });
		expect(el.querySelector("strong")?.textContent).toBe("EC2");
		expect(el.textContent).toBe("EC2 compute");
	});

	test("createEl callbacks run with the new element, already in its parent", () => {
		const parent = createDiv();
		let seenParent: Node | null = null;
		parent.createDiv({ cls: "child" }, (el) => {
			seenParent = el.parentNode;
		});
		expect(seenParent).toBe(parent);
	});

	test("empty, setText, classes, attributes, find/findAll, detach", () => {
		const el = createDiv();
		el.createSpan({ text: "a" });
		el.createSpan({ text: "b", cls: "x" });
		expect(el.find(".x")?.getText()).toBe("b");
		expect(el.findAll("span")).toHaveLength(2);
		el.empty();
		expect(el.childNodes).toHaveLength(0);
		el.setText("<b>plain</b>");
		expect(el.children).toHaveLength(0);
		el.addClass("a", "b");
		el.addClasses(["c"]);
		el.removeClass("a");
		el.toggleClass("d", true);
		el.toggleClass(["b"], false);
		expect([...el.classList]).toEqual(["c", "d"]);
		expect(el.hasClass("c")).toBe(true);
		el.setAttr("aria-label", "Label");
		el.setAttrs({ role: "button", tabindex: 0 });
		expect([el.getAttr("aria-label"), el.getAttribute("role"), el.getAttribute("tabindex")]).toEqual(["Label", "button", "0"]);
		const parent = createDiv();
		parent.appendChild(el);
		el.detach();
		expect(parent.childNodes).toHaveLength(0);
	});

	test("show, hide, isShown, toggle, setCssProps", () => {
		const el = activeDocument.body.createDiv();
		expect(el.isShown()).toBe(true);
		el.hide();
		expect(el.isShown()).toBe(false);
		el.show();
		el.toggle(false);
		expect(el.isShown()).toBe(false);
		el.toggle(true);
		el.setCssProps({ "--anc-width": "10px" });
		expect(el.style.getPropertyValue("--anc-width")).toBe("10px");
		el.detach();
		expect(el.isShown()).toBe(false);
	});

	test("createSvg makes SVG-namespace elements; instanceOf checks the type", () => {
		const svg = createDiv().createSvg("svg", { cls: "icon", attr: { viewBox: "0 0 24 24" } });
		expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
		expect(svg.getAttribute("viewBox")).toBe("0 0 24 24");
		expect(createDiv().instanceOf(HTMLDivElement)).toBe(true);
	});

	test("onClickEvent and delegated on()", () => {
		const list = activeDocument.body.createEl("ul");
		const item = list.createEl("li", { cls: "item", text: "one" });
		const clicks: string[] = [];
		list.on("click", ".item", (_evt, target) => clicks.push(target.getText()));
		item.onClickEvent(() => clicks.push("direct"));
		item.click();
		expect(clicks).toEqual(["direct", "one"]);
		list.detach();
	});

	test("activeDocument and activeWindow are the test's document and window", () => {
		expect(activeDocument).toBe(document);
		expect(activeWindow.document).toBe(document);
	});
});
