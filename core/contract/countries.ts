// Country reference list (a public code list, written into the project with its source).
// Codes, ISO codes and names: Eurostat GISCO "Countries 2024" attributes (CNTR_ID = Eurostat geo
// code, so Greece is EL and the United Kingdom UK); EU protocol order: Interinstitutional Style
// Guide, section 7.1. Generated once from ../shared/data/eurostat/countries_europe.csv.

export type CountryGroup = 'eu' | 'efta' | 'candidate' | 'other';

export interface Country {
	/** Eurostat geo code (EL, UK), the key used across the product. */
	readonly geo: string;
	readonly iso2: string;
	readonly iso3: string;
	readonly names: { readonly en: string; readonly fr: string; readonly de: string };
	readonly group: CountryGroup;
	/** 1-27 for EU Member States in the official protocol order, otherwise undefined. */
	readonly protocolOrder?: number;
}

export const COUNTRIES: readonly Country[] = [
	{
		geo: 'BE',
		iso2: 'BE',
		iso3: 'BEL',
		names: { en: 'Belgium', fr: 'Belgique', de: 'Belgien' },
		group: 'eu',
		protocolOrder: 1
	},
	{
		geo: 'BG',
		iso2: 'BG',
		iso3: 'BGR',
		names: { en: 'Bulgaria', fr: 'Bulgarie', de: 'Bulgarien' },
		group: 'eu',
		protocolOrder: 2
	},
	{
		geo: 'CZ',
		iso2: 'CZ',
		iso3: 'CZE',
		names: { en: 'Czechia', fr: 'Tchéquie', de: 'Tschechien' },
		group: 'eu',
		protocolOrder: 3
	},
	{
		geo: 'DK',
		iso2: 'DK',
		iso3: 'DNK',
		names: { en: 'Denmark', fr: 'Danemark', de: 'Dänemark' },
		group: 'eu',
		protocolOrder: 4
	},
	{
		geo: 'DE',
		iso2: 'DE',
		iso3: 'DEU',
		names: { en: 'Germany', fr: 'Allemagne', de: 'Deutschland' },
		group: 'eu',
		protocolOrder: 5
	},
	{
		geo: 'EE',
		iso2: 'EE',
		iso3: 'EST',
		names: { en: 'Estonia', fr: 'Estonie', de: 'Estland' },
		group: 'eu',
		protocolOrder: 6
	},
	{
		geo: 'IE',
		iso2: 'IE',
		iso3: 'IRL',
		names: { en: 'Ireland', fr: 'Irlande', de: 'Irland' },
		group: 'eu',
		protocolOrder: 7
	},
	{
		geo: 'EL',
		iso2: 'GR',
		iso3: 'GRC',
		names: { en: 'Greece', fr: 'Grèce', de: 'Griechenland' },
		group: 'eu',
		protocolOrder: 8
	},
	{
		geo: 'ES',
		iso2: 'ES',
		iso3: 'ESP',
		names: { en: 'Spain', fr: 'Espagne', de: 'Spanien' },
		group: 'eu',
		protocolOrder: 9
	},
	{
		geo: 'FR',
		iso2: 'FR',
		iso3: 'FRA',
		names: { en: 'France', fr: 'France', de: 'Frankreich' },
		group: 'eu',
		protocolOrder: 10
	},
	{
		geo: 'HR',
		iso2: 'HR',
		iso3: 'HRV',
		names: { en: 'Croatia', fr: 'Croatie', de: 'Kroatien' },
		group: 'eu',
		protocolOrder: 11
	},
	{
		geo: 'IT',
		iso2: 'IT',
		iso3: 'ITA',
		names: { en: 'Italy', fr: 'Italie', de: 'Italien' },
		group: 'eu',
		protocolOrder: 12
	},
	{
		geo: 'CY',
		iso2: 'CY',
		iso3: 'CYP',
		names: { en: 'Cyprus', fr: 'Chypre', de: 'Zypern' },
		group: 'eu',
		protocolOrder: 13
	},
	{
		geo: 'LV',
		iso2: 'LV',
		iso3: 'LVA',
		names: { en: 'Latvia', fr: 'Lettonie', de: 'Lettland' },
		group: 'eu',
		protocolOrder: 14
	},
	{
		geo: 'LT',
		iso2: 'LT',
		iso3: 'LTU',
		names: { en: 'Lithuania', fr: 'Lituanie', de: 'Litauen' },
		group: 'eu',
		protocolOrder: 15
	},
	{
		geo: 'LU',
		iso2: 'LU',
		iso3: 'LUX',
		names: { en: 'Luxembourg', fr: 'Luxembourg', de: 'Luxemburg' },
		group: 'eu',
		protocolOrder: 16
	},
	{
		geo: 'HU',
		iso2: 'HU',
		iso3: 'HUN',
		names: { en: 'Hungary', fr: 'Hongrie', de: 'Ungarn' },
		group: 'eu',
		protocolOrder: 17
	},
	{
		geo: 'MT',
		iso2: 'MT',
		iso3: 'MLT',
		names: { en: 'Malta', fr: 'Malte', de: 'Malta' },
		group: 'eu',
		protocolOrder: 18
	},
	{
		geo: 'NL',
		iso2: 'NL',
		iso3: 'NLD',
		names: { en: 'Netherlands', fr: 'Pays-Bas', de: 'Niederlande' },
		group: 'eu',
		protocolOrder: 19
	},
	{
		geo: 'AT',
		iso2: 'AT',
		iso3: 'AUT',
		names: { en: 'Austria', fr: 'Autriche', de: 'Österreich' },
		group: 'eu',
		protocolOrder: 20
	},
	{
		geo: 'PL',
		iso2: 'PL',
		iso3: 'POL',
		names: { en: 'Poland', fr: 'Pologne', de: 'Polen' },
		group: 'eu',
		protocolOrder: 21
	},
	{
		geo: 'PT',
		iso2: 'PT',
		iso3: 'PRT',
		names: { en: 'Portugal', fr: 'Portugal', de: 'Portugal' },
		group: 'eu',
		protocolOrder: 22
	},
	{
		geo: 'RO',
		iso2: 'RO',
		iso3: 'ROU',
		names: { en: 'Romania', fr: 'Roumanie', de: 'Rumänien' },
		group: 'eu',
		protocolOrder: 23
	},
	{
		geo: 'SI',
		iso2: 'SI',
		iso3: 'SVN',
		names: { en: 'Slovenia', fr: 'Slovénie', de: 'Slowenien' },
		group: 'eu',
		protocolOrder: 24
	},
	{
		geo: 'SK',
		iso2: 'SK',
		iso3: 'SVK',
		names: { en: 'Slovakia', fr: 'Slovaquie', de: 'Slowakei' },
		group: 'eu',
		protocolOrder: 25
	},
	{
		geo: 'FI',
		iso2: 'FI',
		iso3: 'FIN',
		names: { en: 'Finland', fr: 'Finlande', de: 'Finnland' },
		group: 'eu',
		protocolOrder: 26
	},
	{
		geo: 'SE',
		iso2: 'SE',
		iso3: 'SWE',
		names: { en: 'Sweden', fr: 'Suède', de: 'Schweden' },
		group: 'eu',
		protocolOrder: 27
	},
	{
		geo: 'AD',
		iso2: 'AD',
		iso3: 'AND',
		names: { en: 'Andorra', fr: 'Andorre', de: 'Andorra' },
		group: 'other'
	},
	{
		geo: 'AL',
		iso2: 'AL',
		iso3: 'ALB',
		names: { en: 'Albania', fr: 'Albanie', de: 'Albanien' },
		group: 'candidate'
	},
	{
		geo: 'BA',
		iso2: 'BA',
		iso3: 'BIH',
		names: {
			en: 'Bosnia and Herzegovina',
			fr: 'Bosnie-et-Herzégovine',
			de: 'Bosnien und Herzegowina'
		},
		group: 'candidate'
	},
	{
		geo: 'BY',
		iso2: 'BY',
		iso3: 'BLR',
		names: { en: 'Belarus', fr: 'Biélorussie', de: 'Belarus' },
		group: 'other'
	},
	{
		geo: 'CH',
		iso2: 'CH',
		iso3: 'CHE',
		names: { en: 'Switzerland', fr: 'Suisse', de: 'Schweiz' },
		group: 'efta'
	},
	{
		geo: 'FO',
		iso2: 'FO',
		iso3: 'FRO',
		names: { en: 'Faroes', fr: 'Îles Féroé', de: 'Färöer' },
		group: 'other'
	},
	{
		geo: 'GE',
		iso2: 'GE',
		iso3: 'GEO',
		names: { en: 'Georgia', fr: 'Géorgie', de: 'Georgien' },
		group: 'candidate'
	},
	{
		geo: 'GG',
		iso2: 'GG',
		iso3: 'GGY',
		names: { en: 'Guernsey', fr: 'Guernesey', de: 'Guernsey' },
		group: 'other'
	},
	{
		geo: 'GI',
		iso2: 'GI',
		iso3: 'GIB',
		names: { en: 'Gibraltar', fr: 'Gibraltar', de: 'Gibraltar' },
		group: 'other'
	},
	{
		geo: 'IM',
		iso2: 'IM',
		iso3: 'IMN',
		names: { en: 'Isle of Man', fr: 'Île de Man', de: 'Insel Man' },
		group: 'other'
	},
	{
		geo: 'IS',
		iso2: 'IS',
		iso3: 'ISL',
		names: { en: 'Iceland', fr: 'Islande', de: 'Island' },
		group: 'efta'
	},
	{
		geo: 'JE',
		iso2: 'JE',
		iso3: 'JEY',
		names: { en: 'Jersey', fr: 'Jersey', de: 'Jersey' },
		group: 'other'
	},
	{
		geo: 'LI',
		iso2: 'LI',
		iso3: 'LIE',
		names: { en: 'Liechtenstein', fr: 'Liechtenstein', de: 'Liechtenstein' },
		group: 'efta'
	},
	{
		geo: 'MC',
		iso2: 'MC',
		iso3: 'MCO',
		names: { en: 'Monaco', fr: 'Monaco', de: 'Monaco' },
		group: 'other'
	},
	{
		geo: 'MD',
		iso2: 'MD',
		iso3: 'MDA',
		names: { en: 'Moldova', fr: 'Moldavie', de: 'Moldau' },
		group: 'candidate'
	},
	{
		geo: 'ME',
		iso2: 'ME',
		iso3: 'MNE',
		names: { en: 'Montenegro', fr: 'Monténégro', de: 'Montenegro' },
		group: 'candidate'
	},
	{
		geo: 'MK',
		iso2: 'MK',
		iso3: 'MKD',
		names: { en: 'North Macedonia', fr: 'Macédoine du Nord', de: 'Nordmazedonien' },
		group: 'candidate'
	},
	{
		geo: 'NO',
		iso2: 'NO',
		iso3: 'NOR',
		names: { en: 'Norway', fr: 'Norvège', de: 'Norwegen' },
		group: 'efta'
	},
	{
		geo: 'RS',
		iso2: 'RS',
		iso3: 'SRB',
		names: { en: 'Serbia', fr: 'Serbie', de: 'Serbien' },
		group: 'candidate'
	},
	{
		geo: 'RU',
		iso2: 'RU',
		iso3: 'RUS',
		names: { en: 'Russian Federation', fr: 'Fédération de Russie', de: 'Russische Föderation' },
		group: 'other'
	},
	{
		geo: 'SJ',
		iso2: 'SJ',
		iso3: 'SJM',
		names: {
			en: 'Svalbard and Jan Mayen',
			fr: 'Svalbard et Jan Mayen',
			de: 'Svalbard und Jan Mayen'
		},
		group: 'efta'
	},
	{
		geo: 'SM',
		iso2: 'SM',
		iso3: 'SMR',
		names: { en: 'San Marino', fr: 'Saint-Marin', de: 'San Marino' },
		group: 'other'
	},
	{
		geo: 'TR',
		iso2: 'TR',
		iso3: 'TUR',
		names: { en: 'Türkiye', fr: 'Turquie', de: 'Türkei' },
		group: 'candidate'
	},
	{
		geo: 'UA',
		iso2: 'UA',
		iso3: 'UKR',
		names: { en: 'Ukraine', fr: 'Ukraine', de: 'Ukraine' },
		group: 'candidate'
	},
	{
		geo: 'UK',
		iso2: 'GB',
		iso3: 'GBR',
		names: { en: 'United Kingdom', fr: 'Royaume-Uni', de: 'Vereinigtes Königreich' },
		group: 'other'
	},
	{
		geo: 'VA',
		iso2: 'VA',
		iso3: 'VAT',
		names: { en: 'Vatican City', fr: 'Cité du Vatican', de: 'Vatikanstadt' },
		group: 'other'
	}
];
export interface Aggregate {
	readonly geo: string;
	readonly names: { readonly en: string; readonly fr: string; readonly de: string };
}

/** Eurostat aggregates that appear in the published tables. */
export const AGGREGATES: readonly Aggregate[] = [
	{
		geo: 'EU27_2020',
		names: { en: 'European Union (27)', fr: 'Union européenne (27)', de: 'Europäische Union (27)' }
	},
	{ geo: 'EA20', names: { en: 'Euro area (20)', fr: 'Zone euro (20)', de: 'Euroraum (20)' } }
];

export const EU_AGGREGATE = 'EU27_2020';

const byGeo = new Map<string, Country>(COUNTRIES.map((c) => [c.geo, c]));
const aggregateByGeo = new Map<string, Aggregate>(AGGREGATES.map((a) => [a.geo, a]));

/** The 27 Member States, in protocol order. */
export const MEMBER_STATES: readonly Country[] = COUNTRIES.filter((c) => c.group === 'eu').sort(
	(a, b) => (a.protocolOrder ?? 0) - (b.protocolOrder ?? 0)
);

export function findCountry(geo: string): Country | undefined {
	return byGeo.get(geo);
}

export function isMemberState(geo: string): boolean {
	return byGeo.get(geo)?.group === 'eu';
}

export type Lang = 'en' | 'fr' | 'de';

/** Display name of a country or aggregate; the code itself when unknown. */
export function geoName(geo: string, lang: Lang): string {
	return (byGeo.get(geo) ?? aggregateByGeo.get(geo))?.names[lang] ?? geo;
}
