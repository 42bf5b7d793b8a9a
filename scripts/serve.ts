// Serves the production build from this machine only, with sirv (the static server Vite's own
// preview uses): MIME types, the precompressed .br/.gz files of scripts/precompress.ts, ETags
// and caching headers.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'build' },
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		host: { type: 'string', default: '127.0.0.1' }
	}
});
const root = resolve(values.dir!);

/** Types sirv does not know. */
const EXTRA_TYPES: Record<string, string> = {
	'.arrows': 'application/vnd.apache.arrow.stream',
	'.arrow': 'application/vnd.apache.arrow.file'
};

function notFoundPage(): string {
	try {
		return readFileSync(join(root, '404.html'), 'utf8');
	} catch {
		return 'Not found';
	}
}

const serve = sirv(root, {
	brotli: true,
	gzip: true,
	etag: true,
	extensions: ['html'],
	setHeaders(res, pathname) {
		const extra = Object.entries(EXTRA_TYPES).find(([ext]) => pathname.endsWith(ext));
		if (extra) res.setHeader('Content-Type', extra[1]);
		res.setHeader('X-Content-Type-Options', 'nosniff');
		res.setHeader(
			'Cache-Control',
			pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		);
	},
	onNoMatch(_req, res) {
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFoundPage());
	}
});

const server = createServer((req, res) => {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	serve(req, res);
});
server.listen(Number(values.port), values.host, () => {
	console.log(`Uptake is served at http://${values.host}:${values.port}/ (Ctrl+C to stop)`);
});
