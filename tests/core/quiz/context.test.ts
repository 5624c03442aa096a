/**
 * The quiz context of a note: its names and its siblings (wrong answers from the same folder,
 * then from the folders beside it, and the notes it links to). `quizContexts` (many notes of one
 * vault) gives exactly what `buildQuizContext` gives for one, checked against the scan it replaced.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { basenameOf, folderOf } from "../../../src/core/links/resolve";
import { parseNote } from "../../../src/core/note/parseNote";
import type { NoteModel } from "../../../src/core/note/types";
import { buildQuizContext, MAX_SIBLINGS, quizContexts } from "../../../src/core/quiz/context";
import type { QuizContext } from "../../../src/core/quiz/types";

/** The one-note scan `buildQuizContext` used before, kept as the oracle. */
function scanContext(path: string, note: NoteModel, awsNotePaths: Iterable<string>): QuizContext {
	const folder = folderOf(path);
	const parent = folderOf(folder);
	const folderPrefix = folder === "" ? "" : `${folder}/`;
	const parentPrefix = `${parent}/`;
	const same: string[] = [];
	const near: string[] = [];
	for (const p of awsNotePaths) {
		if (p === path) continue;
		const slash = p.lastIndexOf("/");
		if (slash === folderPrefix.length - 1 && p.startsWith(folderPrefix)) same.push(p);
		else if (parent !== "" && p.startsWith(parentPrefix) && slash > parentPrefix.length && p.lastIndexOf("/", slash - 1) === parentPrefix.length - 1) near.push(p);
	}
	const spread = (items: string[], n: number): string[] => (items.length <= n ? items : Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]));
	const names = (paths: string[]): string[] => spread(paths.sort(), MAX_SIBLINGS).map(basenameOf);
	const linked: string[] = [];
	for (const l of note.links) if (!l.external && !l.embed && l.target !== "") linked.push(basenameOf(l.target));
	const siblings = [...new Set([...names(same).sort(), ...linked, ...names(near).sort()])];
	return { path, title: basenameOf(path), aliases: note.frontmatter?.aliases ?? [], siblings };
}

const note = parseNote("---\naliases: [Amazon EKS]\n---\n**Overview**\n- Runs [[Kubernetes]] with [[AWS/Compute/Amazon EC2|EC2]] nodes.\n");

describe("siblings", () => {
	const vault = ["AWS/Containers/Amazon EKS.md", "AWS/Containers/Amazon ECS.md", "AWS/Compute/AWS Lambda.md", "AWS/Compute/Deep/AWS Batch.md", "AWS/Amazon S3.md", "Other/Notes/X.md", "Root.md"];

	test("same folder first, then the notes it links to, then the folders beside it", () => {
		expect(buildQuizContext("AWS/Containers/Amazon EKS.md", note, vault)).toEqual({
			path: "AWS/Containers/Amazon EKS.md",
			title: "Amazon EKS",
			aliases: ["Amazon EKS"],
			siblings: ["Amazon ECS", "Kubernetes", "Amazon EC2", "AWS Lambda"],
		});
	});

	test("a note at the root has the root's notes only", () => {
		expect(buildQuizContext("Root.md", parseNote("Text.\n"), [...vault, "Other.md"]).siblings).toEqual(["Other"]);
	});

	test("property: quizContexts gives what the one-note scan gave, for any vault layout", () => {
		const segment = fc.constantFrom("AWS", "Compute", "Comp", "Compute X", "Compute.x", "Storage", "a", "b", "03 Storage");
		const path = fc.tuple(fc.array(segment, { maxLength: 3 }), fc.constantFrom("Amazon S3", "AWS Lambda", "X", "Y", "Amazon EKS")).map(([dirs, name]) => [...dirs, `${name}.md`].join("/"));
		fc.assert(
			fc.property(fc.uniqueArray(path, { maxLength: 40 }), fc.nat(), (paths, pick) => {
				if (paths.length === 0) return;
				const self = paths[pick % paths.length];
				const many = quizContexts(paths);
				expect(many(self, note)).toEqual(scanContext(self, note, paths));
				// A note outside the list (not an AWS note) gets the same answer too.
				expect(many("Elsewhere/Deep/N.md", note)).toEqual(scanContext("Elsewhere/Deep/N.md", note, paths));
			}),
			{ numRuns: 300 },
		);
	});

	test(`at most ${MAX_SIBLINGS} from the folder and as many from beside it, spread over the alphabet`, () => {
		const many = Array.from({ length: 200 }, (_, i) => `AWS/Big/Note ${String(i).padStart(3, "0")}.md`);
		const ctx = buildQuizContext("AWS/Big/Note 000.md", parseNote("Text.\n"), many);
		expect(ctx.siblings).toHaveLength(MAX_SIBLINGS);
		expect(ctx.siblings.at(-1)).toMatch(/^Note 19\d$/);
	});
});
