// Precompresses the production build: a .br (brotli, best quality) and a .gz beside every
// compressible file, which the server sends as they are. The DuckDB wasm (34 MB) goes out at
// about 5.2 MB instead of 7.7 MB gzipped on the fly. Brotli's best quality takes about a minute
// for each wasm file, so results are cached by content under node_modules/.cache: a rebuild
// with the same wasm costs nothing.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.svg',
	'.wasm',
	'.arrows',
	'.csv',
	'.txt',
	'.xml'
]);
const MIN_BYTES = 1024;
const CACHE = resolve('node_modules/.cache/uptake-precompress');
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function* files(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (entry.isFile() && COMPRESSIBLE.has(extname(entry.name))) yield path;
	}
}

/** Entries being made in this run: two files with the same content share one. */
const making = new Map<string, Promise<Uint8Array>>();

function cached(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
	const entry = making.get(key) ?? readOrMake(key, make);
	making.set(key, entry);
	return entry;
}

async function readOrMake(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
	const path = join(CACHE, key);
	const hit = await readFile(path).catch(() => undefined);
	if (hit) return hit;
	const made = await make();
	// Written aside, then renamed: an interrupted run never leaves a truncated entry to be served.
	const partial = `${path}.${process.pid}.partial`;
	await writeFile(partial, made);
	await rename(partial, path);
	return made;
}

async function precompress(path: string): Promise<{ raw: number; br: number; gz: number }> {
	const body = await readFile(path);
	const hash = createHash('sha256').update(body).digest('hex');
	const [br, gz] = await Promise.all([
		cached(`${hash}.br`, () =>
			brotli(body, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
					[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
				}
			})
		),
		cached(`${hash}.gz`, () => gzipAsync(body, { level: 9 }))
	]);
	// A compressed copy that is not smaller is left out: the server then sends the file itself.
	if (br.byteLength < body.byteLength) await writeFile(`${path}.br`, br);
	if (gz.byteLength < body.byteLength) await writeFile(`${path}.gz`, gz);
	return { raw: body.byteLength, br: br.byteLength, gz: gz.byteLength };
}

async function main(): Promise<void> {
	const dir = resolve(process.argv[2] ?? 'build');
	await stat(dir).catch(() => {
		throw new Error(`${dir} does not exist: build the site first (vite build)`);
	});
	await mkdir(CACHE, { recursive: true });
	const started = performance.now();
	const bytes = new Map<string, number>();
	for await (const path of files(dir)) {
		const size = (await stat(path)).size;
		if (size >= MIN_BYTES) bytes.set(path, size);
	}
	// Largest first, two at a time: the two wasm files compress on both cores at once.
	const paths = [...bytes.keys()].sort((a, b) => bytes.get(b)! - bytes.get(a)!);
	let raw = 0;
	let br = 0;
	let gz = 0;
	const queue = [...paths];
	await Promise.all(
		[0, 1].map(async () => {
			for (let path = queue.shift(); path; path = queue.shift()) {
				const sizes = await precompress(path);
				raw += sizes.raw;
				br += sizes.br;
				gz += sizes.gz;
			}
		})
	);
	const mb = (n: number) => (n / 1e6).toFixed(1);
	console.error(
		`precompressed ${paths.length} files: ${mb(raw)} MB -> brotli ${mb(br)} MB, gzip ${mb(gz)} MB` +
			` (${Math.round(performance.now() - started)} ms)`
	);
}

await main();
