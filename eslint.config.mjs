import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

export default defineConfig([
	globalIgnores([
		"node_modules/**",
		"main.js",
		"dist/**",
		"examples/**",
		"preview/dist/**",
		"docs/**",
		"coverage/**",
		".tmp/**",
		"bench/.build/**",
	]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "scripts/*.mjs", "bench/*.mjs", "tests/browser/*.mjs", "preview/*.mjs"],
					// The default of 8 plain .mjs scripts is already reached; each costs little to lint.
					maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 24,
				},
			},
		},
	},
	{
		rules: {
			// "AWS" is an acronym and service names are brands: sentence case keeps them as written.
			"obsidianmd/ui/sentence-case": ["warn", { acronyms: ["AWS", "EKS", "ECR", "YAML", "OK"], brands: ["AWS Notes Coach", "Amazon", "Spaced Repetition"], allowAutoFix: true }],
		},
	},
	{
		// The core must run in Node, tests and the CLI: it may never import Obsidian.
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": ["error", { paths: [{ name: "obsidian", message: "src/core must not depend on Obsidian." }] }],
		},
	},
	{
		// Node-side code: the CLI, tests, benchmarks and build scripts are not plugin code.
		files: ["src/cli/**", "tests/**", "bench/**", "scripts/**", "preview/*.mjs", "*.mjs", "vitest.config.ts"],
		languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", __dirname: "readonly" } },
		rules: {
			"import/no-nodejs-modules": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"no-console": "off",
			"obsidianmd/rule-custom-message": "off",
			"obsidianmd/ui/sentence-case": "off",
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-argument": "off",
			"@typescript-eslint/no-unsafe-return": "off",
			"@typescript-eslint/no-explicit-any": "off",
			"@typescript-eslint/no-floating-promises": "off",
			"@typescript-eslint/unbound-method": "off",
		},
	},
	{
		// The user asked for builtin-modules (the sample plugin's way to mark Node built-ins external).
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { allowed: ["builtin-modules"] }] },
	},
	{
		// The obsidian double implements Obsidian itself: it must touch what plugins may not.
		files: ["tests/obsidian-double/**", "tests/obsidian-double-tests/**"],
		rules: {
			"obsidianmd/no-global-this": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
			"obsidianmd/prefer-create-el": "off",
		},
	},
]);
