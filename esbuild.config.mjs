// Builds two bundles from one source tree:
//  - main.js      the Obsidian plugin (CommonJS, Obsidian/Electron/CodeMirror and Node built-ins external)
//  - dist/cli.js  the command-line tool for Node (same core, no Obsidian)
// `node esbuild.config.mjs dev` watches both and copies the plugin into the example vault.
import esbuild from "esbuild";
import builtins from "builtin-modules";
import { copyFileSync, mkdirSync, existsSync, chmodSync } from "node:fs";
import process from "node:process";

const prod = process.argv[2] === "production";
const devVaultPlugin = "examples/vault/.obsidian/plugins/aws-notes-coach";

const banner = "/* AWS Notes Coach: bundled by esbuild. Source: src/ */";

const copyToVault = {
	name: "copy-to-example-vault",
	setup(build) {
		build.onEnd((result) => {
			if (result.errors.length > 0) return;
			mkdirSync(devVaultPlugin, { recursive: true });
			for (const f of ["main.js", "manifest.json", "styles.css"]) {
				if (existsSync(f)) copyFileSync(f, `${devVaultPlugin}/${f}`);
			}
			console.log(`[dev] plugin copied to ${devVaultPlugin}`);
		});
	},
};

const pluginOptions = {
	banner: { js: banner },
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/*",
		"@lezer/*",
		...builtins,
		...builtins.map((m) => `node:${m}`),
	],
	format: "cjs",
	target: "es2020",
	logLevel: "info",
	sourcemap: prod ? false : "inline",
	treeShaking: true,
	minify: prod,
	outfile: "main.js",
	plugins: prod ? [] : [copyToVault],
};

const cliOptions = {
	// The `yaml` package is CommonJS and requires Node built-ins: give the ES module bundle a `require`.
	banner: { js: '#!/usr/bin/env node\nimport { createRequire as __ancCreateRequire } from "node:module";\nconst require = __ancCreateRequire(import.meta.url);' },
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	logLevel: "info",
	sourcemap: false,
	outfile: "dist/cli.js",
};

if (prod) {
	await esbuild.build(pluginOptions);
	await esbuild.build(cliOptions);
	chmodSync("dist/cli.js", 0o755);
} else {
	const a = await esbuild.context(pluginOptions);
	const b = await esbuild.context(cliOptions);
	await Promise.all([a.watch(), b.watch()]);
}
