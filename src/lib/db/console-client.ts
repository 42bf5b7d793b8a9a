// The browser's start of the console's engine: a DuckDB-WASM worker of its own, locked.
import { startDuckDB } from './client';
import { openConsoleEngine, type ConsoleEngine } from './console-engine';

export { httpFiles } from './client';
export { CancelledRun } from './console-engine';

export function startConsoleEngine(): Promise<ConsoleEngine> {
	return startDuckDB(openConsoleEngine);
}
