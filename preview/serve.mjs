// A tiny static file server for preview/dist (used by `npm run preview -- --serve` and the browser
// test). Localhost only, GET only, no directory listing, nothing outside the folder.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES = {
	".html": "text/html; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".json": "application/json; charset=utf-8",
	".png": "image/png",
	".svg": "image/svg+xml",
};

/** Serves `root` on 127.0.0.1 (`port` 0 picks a free one); resolves to `{ url, close() }`. */
export function serve(root, port = 0) {
	const base = resolve(root);
	const server = createServer(async (req, res) => {
		try {
			if (req.method !== "GET" && req.method !== "HEAD") {
				res.writeHead(405).end();
				return;
			}
			const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
			const file = normalize(join(base, path.endsWith("/") ? `${path}index.html` : path));
			if (file !== base && !file.startsWith(base + sep)) {
				res.writeHead(403).end();
				return;
			}
			const body = await readFile(file);
			res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
			res.end(req.method === "HEAD" ? undefined : body);
		} catch {
			res.writeHead(404, { "content-type": "text/plain" }).end("not found");
		}
	});
	return new Promise((ok, fail) => {
		server.once("error", fail);
		server.listen(port, "127.0.0.1", () => {
			const { port: actual } = server.address();
			ok({ url: `http://127.0.0.1:${actual}/`, close: () => new Promise((done) => server.close(() => done())) });
		});
	});
}
