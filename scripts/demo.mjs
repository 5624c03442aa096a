// `npm run demo`: after the build, run the command-line tool on the bundled example vault and show
// what the plugin reports: template findings, missing notes, and a quiz from the EKS note.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const vault = "examples/vault";
const cli = "dist/cli.js";
if (!existsSync(cli) || !existsSync("main.js")) {
	console.error("Build first: node esbuild.config.mjs production");
	process.exit(2);
}

function run(title, args) {
	console.log(`\n=== ${title}\n$ node ${cli} ${args.map((a) => (a.includes(" ") ? JSON.stringify(a) : a)).join(" ")}\n`);
	const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
	process.stdout.write(r.stdout);
	process.stderr.write(r.stderr);
	console.log(`(exit code ${r.status})`);
	return r.status;
}

run("Template check", ["check", vault]);
run("Missing notes", ["missing", vault]);
run("Quiz", ["quiz", vault, "AWS/Containers/Amazon Elastic Kubernetes Service (EKS).md", "--count", "5"]);
console.log(`\nPlugin bundle: main.js ${(statSync("main.js").size / 1024).toFixed(1)} KB. Open ${vault} in Obsidian after \`npm run dev\` to try the plugin.`);
