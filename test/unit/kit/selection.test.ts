import { describe, expect, it } from 'vitest';
import {
	filterChips,
	filtersParam,
	removeFilter,
	toggleFilter
} from '../../../src/lib/kit/selection';

const param = filtersParam({
	dimensions: ['provider_type', 'eqf_level'],
	accept: (dimension, value) =>
		dimension === 'eqf_level' ? /^[1-8]$/.test(value) : /^[a-z_]+$/.test(value)
});

describe('the shared selection', () => {
	it('toggles a value on and off, dropping a dimension left empty', () => {
		const a = toggleFilter({}, 'eqf_level', '6');
		expect(a).toEqual({ eqf_level: ['6'] });
		const b = toggleFilter(a, 'eqf_level', '7');
		expect(b).toEqual({ eqf_level: ['6', '7'] });
		expect(toggleFilter(b, 'eqf_level', '6')).toEqual({ eqf_level: ['7'] });
		expect(toggleFilter(a, 'eqf_level', '6')).toEqual({});
	});

	it('lists one chip per value and removes one chip at a time', () => {
		const filters = { provider_type: ['university', 'vet'], eqf_level: ['6'] };
		expect(filterChips(filters)).toEqual([
			{ dimension: 'provider_type', value: 'university' },
			{ dimension: 'provider_type', value: 'vet' },
			{ dimension: 'eqf_level', value: '6' }
		]);
		expect(removeFilter(filters, { dimension: 'eqf_level', value: '6' })).toEqual({
			provider_type: ['university', 'vet']
		});
	});

	it('lives in the URL, in the page order of dimensions, dropping what it does not know', () => {
		const filters = { eqf_level: ['6', '7'], provider_type: ['university'] };
		const text = param.serialise(filters);
		expect(text).toBe('provider_type:university;eqf_level:6|7');
		expect(param.parse(text)).toEqual({ provider_type: ['university'], eqf_level: ['6', '7'] });
		expect(param.parse('eqf_level:9|6|6;colour:red;junk;provider_type:')).toEqual({
			eqf_level: ['6']
		});
		expect(param.equal(param.parse(text)!, filters)).toBe(true);
		expect(param.equal({ eqf_level: ['6'] }, {})).toBe(false);
	});
});
