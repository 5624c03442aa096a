import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
	resolve: {
		alias: {
			// The `obsidian` package ships only type definitions; tests run against a faithful double.
			obsidian: fileURLToPath(new URL("./tests/obsidian-double/obsidian.ts", import.meta.url)),
		},
	},
	test: {
		include: ["tests/**/*.test.ts"],
		exclude: ["tests/browser/**", "node_modules/**"],
		setupFiles: ["tests/setup-dom.ts"],
		environment: "node",
		testTimeout: 20000,
	},
});
