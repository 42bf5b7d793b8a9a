import { PROVIDER_TYPES, type ProviderType } from '../core/contract/vocabularies';
import type { CountryTraits } from './country-traits';
import { FORMULAS } from './dirty';
import { EXTERNAL_QA_RATE, PROVIDERS_PER_10M } from './distributions';
import { languageOf, providerName, type NameLang } from './names';
import { createRng } from './prng';
import type { DirtMaker } from './table-dirt';

export interface SyntheticProvider {
	readonly id: string;
	readonly name: string;
	readonly country: CountryTraits;
	readonly type: ProviderType;
	readonly deqarId: string;
	readonly externalQa: boolean;
	readonly publishesCatalogue: boolean;
	readonly publishesRecognitionPolicy: boolean;
	/** Relative issuance volume within its type and country. */
	readonly size: number;
	readonly credentialIdStyle: 'uuid' | 'prefixed';
	readonly lang: NameLang;
}

// Synthetic DEQAR ids start at 90001, above the range the real register uses today.
const DEQAR_BASE = 90_000;

export function createProviders(
	seed: string,
	countries: readonly CountryTraits[]
): SyntheticProvider[] {
	const rng = createRng(seed, 'providers');
	const providers: SyntheticProvider[] = [];
	let deqar = DEQAR_BASE;
	for (const country of countries) {
		const scale = Math.sqrt(country.population / 10_000_000);
		const lang = languageOf(country.geo);
		let seq = 0;
		for (const type of PROVIDER_TYPES) {
			const count = Math.max(1, Math.round(PROVIDERS_PER_10M[type] * scale));
			for (let i = 0; i < count; i++) {
				seq++;
				const externalQa = rng.chance(EXTERNAL_QA_RATE[type]);
				const hasDeqar = type === 'hei' ? externalQa && rng.chance(0.9) : false;
				const catalogueRate = type === 'hei' ? 0.7 : type === 'vet' ? 0.55 : 0.35;
				const policyRate = type === 'hei' ? 0.45 : type === 'vet' ? 0.25 : 0.1;
				providers.push({
					id: `PRV-${country.geo}-${String(seq).padStart(4, '0')}`,
					name: providerName(rng, type, lang),
					country,
					type,
					deqarId: hasDeqar ? `DEQARINST${++deqar}` : '',
					externalQa,
					publishesCatalogue: rng.chance(catalogueRate),
					publishesRecognitionPolicy: rng.chance(policyRate),
					size: rng.logNormal(1, 1),
					credentialIdStyle: rng.chance(0.6) ? 'uuid' : 'prefixed',
					lang
				});
			}
		}
	}
	return providers;
}

export function providerRow(p: SyntheticProvider): string[] {
	return [
		p.id,
		p.name,
		p.country.geo,
		p.type,
		p.deqarId,
		String(p.externalQa),
		String(p.publishesCatalogue),
		String(p.publishesRecognitionPolicy)
	];
}

export const PROVIDER_DIRTY_KINDS = [
	'unknown_country',
	'unknown_provider_type',
	'missing_name',
	'duplicate_provider_id',
	'formula_injection',
	'invalid_boolean'
] as const;
export type ProviderDirtyKind = (typeof PROVIDER_DIRTY_KINDS)[number];

export function providerDirt(rows: readonly string[][]): DirtMaker<ProviderDirtyKind> {
	let n = 0;
	return (kind, source, rng) => {
		const fields = [...rows[source]];
		if (kind === 'duplicate_provider_id') {
			fields[1] = `${fields[1]} (old record)`;
			return { fields, column: 'provider_id', afterClean: source };
		}
		fields[0] = `${fields[0]}-D${++n}`;
		switch (kind) {
			case 'unknown_country':
				fields[2] = rng.pick(['XX', 'Atlantis']);
				return { fields, column: 'country' };
			case 'unknown_provider_type':
				fields[3] = rng.pick(['charity_shop', 'university?']);
				return { fields, column: 'provider_type' };
			case 'missing_name':
				fields[1] = '';
				return { fields, column: 'name' };
			case 'formula_injection':
				fields[1] = rng.pick(FORMULAS);
				return { fields, column: 'name' };
			case 'invalid_boolean':
				fields[5] = rng.pick(['maybe', '2']);
				return { fields, column: 'external_qa' };
		}
	};
}
