// The provider register: one row per provider of micro-credentials.

import type { ColumnSpec } from './issuance-record';
import type { ProviderType } from './vocabularies';

export const PROVIDER_COLUMNS: readonly ColumnSpec[] = [
	{
		name: 'provider_id',
		kind: 'id',
		required: true,
		aliases: ['id', 'provider identifier', 'identifiant', 'anbieter id']
	},
	{
		name: 'name',
		kind: 'text',
		required: true,
		aliases: ['provider', 'provider name', 'legal name', 'nom', 'raison sociale', 'anbieter']
	},
	{
		name: 'country',
		kind: 'country',
		required: true,
		aliases: ['geo', 'pays', 'land', 'country code']
	},
	{
		name: 'provider_type',
		kind: 'code',
		vocabulary: 'provider_type',
		aliases: ['type', 'type of provider', 'type de prestataire', 'anbietertyp']
	},
	{
		name: 'deqar_id',
		kind: 'id',
		aliases: ['deqar', 'deqar institution id', 'institution deqar id']
	},
	{ name: 'eter_id', kind: 'id', aliases: ['eter', 'institution eter id'] },
	{
		name: 'external_qa',
		kind: 'boolean',
		aliases: [
			'external quality assurance',
			'externally quality assured',
			'assurance qualité externe'
		]
	},
	{
		name: 'publishes_catalogue',
		kind: 'boolean',
		aliases: ['catalogue', 'catalogue published', 'publishes a catalogue', 'publie un catalogue']
	},
	{
		name: 'recognition_policy_published',
		kind: 'boolean',
		aliases: ['recognition policy', 'publishes recognition policy', 'politique de reconnaissance']
	}
];

export interface Provider {
	provider_id: string;
	name: string;
	country: string;
	provider_type: ProviderType | null;
	deqar_id: string | null;
	eter_id: string | null;
	external_qa: boolean | null;
	publishes_catalogue: boolean | null;
	recognition_policy_published: boolean | null;
}
