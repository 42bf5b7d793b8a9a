import { readFileSync } from 'node:fs';

/** The V8 heap cap `npm run pipelines` runs with, read from package.json so the two agree. */
export const PIPELINE_HEAP_FLAG = (() => {
	const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<
		string,
		string
	>;
	const flag = /--max-old-space-size=\d+/.exec(scripts.pipelines)?.[0];
	if (!flag) throw new Error('package.json scripts.pipelines sets no --max-old-space-size');
	return flag;
})();
