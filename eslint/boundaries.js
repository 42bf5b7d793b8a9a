// The project's import boundaries, checked by `npm run lint`:
// - core/ is pure: it imports only itself and packages (no node: modules, no Svelte, no site,
//   no pipelines), so the browser and the pipelines can both run it;
// - the site (src/) and the pipelines share code only through core/: neither imports the other;
// - the synthetic generator (generator/) is an input to the pipelines, not part of them.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NODE_BUILTINS = new Set(builtinModules);

/** The part of the repository a path (relative to the root) belongs to. */
function zoneOfPath(path) {
	const top = path.split(/[\\/]/)[0];
	if (top === 'core') return 'core';
	if (top === 'src') return 'site';
	if (top === 'pipelines') return 'pipelines';
	if (top === 'generator') return 'generator';
	return 'other';
}

function zoneOfImport(specifier, fromFile) {
	if (specifier.startsWith('.')) {
		return zoneOfPath(relative(ROOT, resolve(dirname(fromFile), specifier)));
	}
	if (specifier.startsWith('$core')) return 'core';
	if (
		specifier.startsWith('$lib') ||
		specifier.startsWith('$app') ||
		specifier.startsWith('$env')
	) {
		return 'site';
	}
	if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0])) return 'node';
	if (
		specifier === 'svelte' ||
		specifier.startsWith('svelte/') ||
		specifier.startsWith('@sveltejs/')
	) {
		return 'svelte';
	}
	return 'package';
}

const FORBIDDEN = {
	core: {
		site: 'core/ must not import the site: move the code it needs into core/.',
		pipelines: 'core/ must not import the pipelines: move the code it needs into core/.',
		generator: 'core/ must not import the generator.',
		other: 'core/ imports only core/ and packages.',
		node: 'core/ runs in the browser too: no Node module here (pass what you need in).',
		svelte: 'core/ is framework-free: no Svelte here.'
	},
	site: {
		pipelines: 'The site and the pipelines share code only through core/.',
		generator: 'The site must not import the synthetic generator.'
	},
	pipelines: {
		site: 'The site and the pipelines share code only through core/.',
		generator: 'The pipelines read what the generator writes; they do not import it.'
	},
	generator: {
		site: 'The generator must not import the site; shared code lives in core/.',
		pipelines: 'The generator must not import the pipelines; shared code lives in core/.'
	}
};

const importZones = {
	meta: {
		type: 'problem',
		docs: { description: 'keeps core/ pure and the site and the pipelines apart' },
		schema: []
	},
	create(context) {
		const file = context.filename;
		const zone = zoneOfPath(relative(ROOT, file));
		const rules = FORBIDDEN[zone];
		if (!rules) return {};
		const check = (node, source) => {
			if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
			const message = rules[zoneOfImport(source.value, file)];
			if (message) context.report({ node, message: `${message} (${source.value})` });
		};
		return {
			ImportDeclaration: (node) => check(node, node.source),
			ExportNamedDeclaration: (node) => check(node, node.source),
			ExportAllDeclaration: (node) => check(node, node.source),
			ImportExpression: (node) => check(node, node.source)
		};
	}
};

export const boundaries = { rules: { 'import-zones': importZones } };

/** Globals that do not exist in one of core's two homes (the browser, Node). */
export const CORE_FORBIDDEN_GLOBALS = [
	'process',
	'Buffer',
	'require',
	'module',
	'__dirname',
	'__filename',
	'global',
	'window',
	'document',
	'localStorage',
	'sessionStorage',
	'navigator',
	'location'
].map((name) => ({ name, message: `core/ runs in the browser and in Node: no "${name}" here.` }));
