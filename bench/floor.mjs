#!/usr/bin/env node
/**
 * The floor for the CLI figures: a plain Node script that only reads every `.md` of a vault
 * (same walk rules as the CLI: no dot-folders, no symbolic links) and splits its lines. Whatever the
 * CLI does beyond this is parsing, checking and link analysis. Prints the counts, so the work is done.
 *
 *   node bench/floor.mjs <vault>
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let notes = 0;
let lines = 0;
const walk = (dir) => {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		if (e.name.startsWith(".") || e.isSymbolicLink()) continue;
		const full = join(dir, e.name);
		if (e.isDirectory()) walk(full);
		else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) {
			notes++;
			lines += readFileSync(full, "utf8").split(/\r\n|\r|\n/).length;
		}
	}
};
walk(process.argv[2] ?? ".");
process.stdout.write(`${notes} notes, ${lines} lines\n`);
