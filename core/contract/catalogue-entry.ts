// A catalogue entry: one micro-credential on offer by a provider (para 9c, 11a, 18a).

import type { ColumnSpec } from './issuance-record';
import type {
	EqfLevel,
	IscedField,
	ParticipationForm,
	ProviderType,
	QualityAssurance,
	Topic
} from './vocabularies';

export const CATALOGUE_COLUMNS: readonly ColumnSpec[] = [
	{
		name: 'offer_id',
		kind: 'id',
		required: true,
		aliases: ['id', 'offer', 'course id', 'identifiant']
	},
	{ name: 'provider_id', kind: 'id', aliases: ['provider identifier', 'deqar id', 'anbieter id'] },
	{
		name: 'provider_name',
		kind: 'text',
		aliases: ['provider', 'awarding body', 'prestataire', 'organisme', 'anbieter']
	},
	{
		name: 'provider_type',
		kind: 'code',
		vocabulary: 'provider_type',
		aliases: ['type of provider', 'type de prestataire', 'anbietertyp']
	},
	{
		name: 'country',
		kind: 'country',
		required: true,
		aliases: ['geo', 'pays', 'land', 'country code']
	},
	{
		name: 'title',
		kind: 'text',
		required: true,
		aliases: ['name', 'offer title', 'titre', 'titel']
	},
	{ name: 'ects', kind: 'decimal', aliases: ['ects credits', 'credits', 'crédits ects'] },
	{ name: 'workload_hours', kind: 'decimal', aliases: ['workload', 'hours', 'heures', 'stunden'] },
	{ name: 'eqf_level', kind: 'eqf', aliases: ['eqf', 'level', 'niveau', 'niveau cec', 'eqr'] },
	{
		name: 'participation_form',
		kind: 'code',
		vocabulary: 'participation_form',
		aliases: ['form of participation', 'mode', 'delivery mode', 'modalité', 'lernform']
	},
	{
		name: 'quality_assurance',
		kind: 'code',
		vocabulary: 'quality_assurance',
		aliases: ['qa', 'type of quality assurance', 'assurance qualité', 'qualitätssicherung']
	},
	{ name: 'in_nqf', kind: 'boolean', aliases: ['nqf', 'included in nqf'] },
	{
		name: 'in_public_catalogue',
		kind: 'boolean',
		aliases: ['public catalogue', 'listed in public catalogue', 'in europass', 'europass', 'listed']
	},
	{
		name: 'recognition_policy_published',
		kind: 'boolean',
		aliases: ['recognition policy', 'recognition policy published', 'politique de reconnaissance']
	},
	{
		name: 'field',
		kind: 'code',
		vocabulary: 'field',
		aliases: ['isced f', 'isced field', 'domaine']
	},
	{ name: 'topic', kind: 'code_list', vocabulary: 'topic', aliases: ['topics', 'tags', 'thème'] },
	{ name: 'url', kind: 'url', aliases: ['link', 'web page', 'lien'] }
];

export interface CatalogueEntry {
	offer_id: string;
	/** At least one of provider_id and provider_name is given. */
	provider_id: string | null;
	provider_name: string | null;
	provider_type: ProviderType | null;
	country: string;
	title: string;
	ects: number | null;
	workload_hours: number | null;
	eqf_level: EqfLevel | null;
	participation_form: ParticipationForm | null;
	quality_assurance: QualityAssurance | null;
	in_nqf: boolean | null;
	/** Listed in a public catalogue such as Europass (para 11a, 18a). */
	in_public_catalogue: boolean | null;
	recognition_policy_published: boolean | null;
	field: IscedField | null;
	topic: readonly Topic[];
	url: string | null;
}
