import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/helpers/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4319);

export default defineConfig({
	testDir: 'test/e2e',
	timeout: 90_000,
	expect: { timeout: 30_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
	},
	webServer: {
		command: `npx tsx scripts/serve.ts --dir build --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
