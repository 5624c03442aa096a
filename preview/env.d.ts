/** The example vault's notes (path → text), embedded by preview/build.mjs. */
declare module "virtual:vault" {
	const files: Record<string, string>;
	export default files;
}
