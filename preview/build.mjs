// `npm run preview`: builds preview/dist/, a static page that runs the REAL plugin (src/main.ts) in
// the obsidian test double over the example vault, styled with styles.css and a stylesheet that
// stands in for Obsidian's default theme (light, or dark with `?theme=dark`).
// `npm run preview -- --serve [--port N]` then serves it on localhost to look at in a browser.
import esbuild from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { serve } from "./serve.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "preview", "dist");
const vaultDir = join(root, "examples", "vault");

/** The example vault as path → text, skipping dotfiles and dot-folders like the double's disk loader. */
function readVault(dir = vaultDir, files = {}) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const full = join(dir, entry.name);
		if (entry.isDirectory()) readVault(full, files);
		else if (entry.isFile() && /\.(md|txt|json|canvas|css|csv|ya?ml)$/i.test(entry.name)) {
			files[relative(vaultDir, full).split(sep).join("/")] = readFileSync(full, "utf8");
		}
	}
	return files;
}

/** `import vault from "virtual:vault"`: the notes, embedded at build time. */
const vaultModule = {
	name: "example-vault",
	setup(build) {
		build.onResolve({ filter: /^virtual:vault$/ }, () => ({ path: "vault", namespace: "example-vault" }));
		build.onLoad({ filter: /.*/, namespace: "example-vault" }, () => ({ contents: JSON.stringify(readVault()), loader: "json" }));
	},
};

export async function buildPreview() {
	mkdirSync(out, { recursive: true });
	await esbuild.build({
		absWorkingDir: root,
		entryPoints: ["preview/main.ts"],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2020",
		alias: { obsidian: "./tests/obsidian-double/obsidian.ts" },
		plugins: [vaultModule],
		outfile: join(out, "preview.js"),
		sourcemap: "inline",
		logLevel: "warning",
	});
	copyFileSync(join(root, "styles.css"), join(out, "styles.css"));
	copyFileSync(join(root, "preview", "obsidian-theme.css"), join(out, "obsidian-theme.css"));
	copyFileSync(join(root, "preview", "index.html"), join(out, "index.html"));
	return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	await buildPreview();
	console.log(`preview built in ${relative(process.cwd(), out) || "."}/`);
	if (process.argv.includes("--serve")) {
		const i = process.argv.indexOf("--port");
		const { url } = await serve(out, i > 0 ? Number(process.argv[i + 1]) : 5173);
		console.log(`serving on ${url}  (dark theme: ${url}?theme=dark; Ctrl+C to stop)`);
	} else {
		console.log("open it with: npm run preview -- --serve");
	}
}
