import { AGGREGATES, findCountry, geoName, type Lang } from '$core/contract/countries';

export interface GeoOption {
	readonly geo: string;
	readonly name: string;
	readonly group: 'aggregates' | 'members' | 'others';
}

/** Aggregates first, then the Member States in protocol order, then other countries by name. */
export function buildGeoOptions(geos: readonly string[], lang: Lang): GeoOption[] {
	const aggregateOrder = AGGREGATES.map((a) => a.geo);
	const collator = new Intl.Collator(lang);
	const options = geos.map((geo): GeoOption & { order: number } => {
		const country = findCountry(geo);
		const aggregate = aggregateOrder.indexOf(geo);
		if (aggregate >= 0)
			return { geo, name: geoName(geo, lang), group: 'aggregates', order: aggregate };
		if (country?.group === 'eu') {
			return { geo, name: geoName(geo, lang), group: 'members', order: country.protocolOrder ?? 0 };
		}
		return { geo, name: geoName(geo, lang), group: 'others', order: 0 };
	});
	const rank = { aggregates: 0, members: 1, others: 2 };
	return options
		.sort(
			(a, b) =>
				rank[a.group] - rank[b.group] || a.order - b.order || collator.compare(a.name, b.name)
		)
		.map(({ geo, name, group }) => ({ geo, name, group }));
}
