// @vitest-environment happy-dom
/**
 * The services built for the views and features (`buildServices`): the study feature and the host
 * are read at call time, failed study actions end in a notice, and study actions refuse once the
 * plugin is unloaded.
 */
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { StudyFeature } from "../../src/obsidian/features/StudyFeature";
import { buildServices, type ServiceParts } from "../../src/obsidian/services";
import type { StudyStore } from "../../src/obsidian/StudyStore";
import type { VaultIndex } from "../../src/obsidian/VaultIndex";
import { defaultSettings } from "../../src/settings";
import { Notice, createApp } from "../obsidian-double/obsidian";

describe("buildServices", () => {
	let feature: StudyFeature | null;
	let parts: ServiceParts;

	beforeEach(() => {
		Notice.reset();
		feature = { dueCount: () => 3, startSet: () => Promise.reject(new Error("boom")) } as unknown as StudyFeature;
		const settings = defaultSettings();
		parts = {
			app: createApp() as never,
			index: {} as VaultIndex,
			study: {} as StudyStore,
			host: {
				settings,
				saveSettings: vi.fn(() => Promise.resolve()),
				templateSpec: () => ({ sections: settings.sections }),
				createOptions: () => ({ spec: { sections: settings.sections }, templateNotePath: "", folder: "" }),
				useTemplate: vi.fn(() => Promise.resolve()),
			},
			now: () => 42,
			studyFeature: () => feature,
			quizFeature: () => null,
		};
	});

	test("reads the study feature, the host and the clock when called", () => {
		const services = buildServices(parts);
		expect(services.dueCount()).toBe(3);
		expect(services.now()).toBe(42);
		expect(services.settings()).toBe(parts.host.settings);
		expect(services.activeNote()).toBeNull();
	});

	test("a failed study action ends in a notice", async () => {
		await buildServices(parts).startSet({ source: { kind: "all" }, mode: "quiz", count: 10 } as never);
		expect(Notice.messages).toEqual(["Could not start the quiz: boom."]);
	});

	test("study actions refuse once the plugin is unloaded", () => {
		const services = buildServices(parts);
		feature = null;
		expect(() => services.dueCount()).toThrow("The plugin is not loaded.");
	});
});
