// A national measure (para 21): what a Member State did about one paragraph of the
// Recommendation.

import type { ColumnSpec } from './issuance-record';
import type { MeasureStatus, Paragraph } from './vocabularies';

export const MEASURE_COLUMNS: readonly ColumnSpec[] = [
	{ name: 'measure_id', kind: 'id', aliases: ['id', 'identifier', 'identifiant'] },
	{
		name: 'country',
		kind: 'country',
		required: true,
		aliases: ['geo', 'member state', 'pays', 'land']
	},
	{
		name: 'paragraph',
		kind: 'code',
		vocabulary: 'paragraph',
		required: true,
		aliases: ['para', 'paragraph of the recommendation', 'paragraphe', 'absatz', 'point']
	},
	{
		name: 'status',
		kind: 'code',
		vocabulary: 'measure_status',
		required: true,
		aliases: ['measure status', 'state', 'statut', 'état', 'stand']
	},
	{ name: 'title', kind: 'text', required: true, aliases: ['measure', 'name', 'titre', 'titel'] },
	{ name: 'description', kind: 'text', aliases: ['details', 'summary', 'résumé', 'beschreibung'] },
	{
		name: 'start_date',
		kind: 'date',
		aliases: ['start', 'date', 'since', 'date de début', 'beginn']
	},
	{
		name: 'budget',
		kind: 'decimal',
		aliases: ['budget eur', 'budget in eur', 'amount', 'montant', 'betrag']
	},
	{ name: 'link', kind: 'url', aliases: ['url', 'source', 'web page', 'lien'] }
];

export interface NationalMeasure {
	measure_id: string | null;
	country: string;
	paragraph: Paragraph;
	status: MeasureStatus;
	title: string;
	description: string | null;
	/** YYYY-MM-DD; may lie in the future for a planned measure. */
	start_date: string | null;
	/** Euro. */
	budget: number | null;
	/** An http(s) address. */
	link: string | null;
}
