// The page's console session: one per base path, its engine (a DuckDB-WASM worker of its own)
// loaded on first use, so the page's first paint carries none of it.
import type { PublishedFiles } from '$lib/db/published-database';
import { ConsoleSession } from './console-session';

/** A statement running longer than this is stopped. */
export const CONSOLE_TIME_LIMIT_MS = 30_000;
/** How long DuckDB has to stop a cancelled statement before its worker is replaced. */
export const CONSOLE_GRACE_MS = 3_000;
/**
 * The most rows a result keeps: the table stays smooth at any count, but a browser caps the
 * height of an element (about 17.9 million pixels in Firefox), which 500 000 rows stay under.
 */
export const CONSOLE_MAX_ROWS = 500_000;

const loadClient = () => import('$lib/db/console-client');
const sessions = new Map<string, ConsoleSession>();

function lazyFiles(base: string): PublishedFiles {
	let files: Promise<PublishedFiles> | undefined;
	const open = () => (files ??= loadClient().then(({ httpFiles }) => httpFiles(base)));
	return {
		manifest: async () => (await open()).manifest(),
		read: async (file) => (await open()).read(file)
	};
}

export function browserConsole(options: {
	base: string;
	tables: readonly string[];
}): ConsoleSession {
	let session = sessions.get(options.base);
	if (!session) {
		session = new ConsoleSession({
			tables: options.tables,
			files: lazyFiles(options.base),
			open: async () => (await loadClient()).startConsoleEngine(),
			timeLimitMs: CONSOLE_TIME_LIMIT_MS,
			graceMs: CONSOLE_GRACE_MS,
			maxRows: CONSOLE_MAX_ROWS
		});
		sessions.set(options.base, session);
	}
	return session;
}
