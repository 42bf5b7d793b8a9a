import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './../helpers/shared-data';

describe('dependency tree', () => {
	const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8'));
	const versions = (name: string) =>
		new Set(
			Object.entries(lock.packages as Record<string, { version: string }>)
				.filter(([path]) => path.endsWith(`node_modules/${name}`))
				.map(([, p]) => p.version)
		);

	it('holds exactly one apache-arrow, the major that DuckDB-WASM declares', () => {
		expect([...versions('apache-arrow')]).toHaveLength(1);
		const declared = lock.packages['node_modules/@duckdb/duckdb-wasm'].dependencies['apache-arrow'];
		const major = declared.replace(/^\D*/, '').split('.')[0];
		expect([...versions('apache-arrow')][0].split('.')[0]).toBe(major);
	});

	it('records no download address outside the npm registry', () => {
		const resolved = Object.values(lock.packages as Record<string, { resolved?: string }>)
			.map((p) => p.resolved)
			.filter((r): r is string => !!r && !r.startsWith('https://registry.npmjs.org/'));
		expect(resolved).toEqual([]);
	});
});
