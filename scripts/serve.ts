// Serves the production build from this machine only. Static files, compressed on the fly
// (once per file) because the DuckDB wasm shrinks from ~34 MB to ~8 MB.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.arrows': 'application/vnd.apache.arrow.stream',
	'.arrow': 'application/vnd.apache.arrow.file',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8'
};
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.css',
	'.json',
	'.svg',
	'.wasm',
	'.arrows',
	'.csv',
	'.txt'
]);

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'build' },
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		host: { type: 'string', default: '127.0.0.1' }
	}
});
const root = resolve(values.dir!);
const gzipCache = new Map<string, { mtime: number; body: Buffer }>();

async function findFile(urlPath: string): Promise<string | undefined> {
	const decoded = decodeURIComponent(urlPath);
	if (decoded.includes('\0')) return undefined;
	const base = normalize(join(root, decoded));
	if (base !== root && !base.startsWith(root + sep)) return undefined;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		const info = await stat(candidate).catch(() => undefined);
		if (info?.isFile()) return candidate;
	}
	return undefined;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	const url = new URL(req.url ?? '/', 'http://localhost');
	const file = await findFile(url.pathname);
	if (!file) {
		const notFound = await findFile('/404');
		res.writeHead(404, { 'Content-Type': TYPES['.html'] });
		res.end(notFound ? await readFile(notFound) : 'Not found');
		return;
	}
	const ext = extname(file);
	const headers: Record<string, string> = {
		'Content-Type': TYPES[ext] ?? 'application/octet-stream',
		'X-Content-Type-Options': 'nosniff',
		'Cache-Control': url.pathname.startsWith('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache'
	};
	let body: Uint8Array = await readFile(file);
	if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
		const mtime = (await stat(file)).mtimeMs;
		let cached = gzipCache.get(file);
		if (!cached || cached.mtime !== mtime) {
			cached = { mtime, body: gzipSync(body, { level: 6 }) };
			gzipCache.set(file, cached);
		}
		body = cached.body;
		headers['Content-Encoding'] = 'gzip';
		headers['Vary'] = 'Accept-Encoding';
	}
	headers['Content-Length'] = String(body.byteLength);
	res.writeHead(200, headers);
	res.end(req.method === 'HEAD' ? undefined : body);
}

const server = createServer((req, res) => {
	handle(req, res).catch((error) => {
		console.error(error);
		if (!res.headersSent) res.writeHead(500);
		res.end();
	});
});
server.listen(Number(values.port), values.host, () => {
	console.log(`Uptake is served at http://${values.host}:${values.port}/ (Ctrl+C to stop)`);
});
