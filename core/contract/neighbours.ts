// Land borders between the EU Member States (Eurostat geo codes), from the GISCO Countries 2024
// boundaries: two Member States are neighbours when their territories share a land border.
// Cyprus, Ireland and Malta have no land border with another Member State.

const BORDERS: readonly (readonly [string, string])[] = [
	['AT', 'CZ'],
	['AT', 'DE'],
	['AT', 'HU'],
	['AT', 'IT'],
	['AT', 'SI'],
	['AT', 'SK'],
	['BE', 'DE'],
	['BE', 'FR'],
	['BE', 'LU'],
	['BE', 'NL'],
	['BG', 'EL'],
	['BG', 'RO'],
	['CZ', 'DE'],
	['CZ', 'PL'],
	['CZ', 'SK'],
	['DE', 'DK'],
	['DE', 'FR'],
	['DE', 'LU'],
	['DE', 'NL'],
	['DE', 'PL'],
	['EE', 'LV'],
	['ES', 'FR'],
	['ES', 'PT'],
	['FI', 'SE'],
	['FR', 'IT'],
	['FR', 'LU'],
	['HR', 'HU'],
	['HR', 'SI'],
	['HU', 'RO'],
	['HU', 'SI'],
	['HU', 'SK'],
	['IT', 'SI'],
	['LT', 'LV'],
	['LT', 'PL'],
	['PL', 'SK']
];

const byGeo = new Map<string, string[]>();
for (const [a, b] of BORDERS) {
	byGeo.set(a, [...(byGeo.get(a) ?? []), b]);
	byGeo.set(b, [...(byGeo.get(b) ?? []), a]);
}

/** The Member States that share a land border with a Member State, by code. */
export function landNeighbours(geo: string): readonly string[] {
	return [...(byGeo.get(geo) ?? [])].sort();
}
