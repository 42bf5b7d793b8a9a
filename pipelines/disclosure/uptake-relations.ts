import type { AuditCell, AuditRelation } from './interval-audit';

// What an outsider can verify on the published `uptake` table, as the interval audit's cells and
// relations. Each row publishes two counts, credentials (records: additive) and learners
// (distinct persons: not additive), both protected.
//
// - A row exists only for a category with at least one credential: a hidden count is at least 1,
//   and a category without a row is 0.
// - Credentials: the categories of a dimension add up to '_T' ('topic' overlaps: digital + green
//   + UNK - both = '_T', where 'both', the credentials tagged digital and green, is itself a count
//   an outsider can work out; it is audited as a hidden cell); the EU row is the sum of the Member
//   States; the '_T' row is the same count in every dimension.
// - Learners: a learner has at least one credential, so learners <= credentials in a cell; the
//   learners of '_T' are at most the sum of the categories' and at least each category's; the EU
//   counts a learner once across Member States, so it is at most their sum and at least each one.
// - A published rate (per 1 000 inhabitants, over a published population) gives the credentials
//   exactly; a published growth rate ties a year's credentials to the year before.

type Row = Readonly<Record<string, unknown>>;

export const UPTAKE_TOTAL = '_T';
export const UPTAKE_EU = 'EU27_2020';
const TOPIC = 'topic';
const OVERLAPS = ['digital', 'green'] as const;

function key(row: Row): string {
	return `${row.geo}|${row.year}|${row.dimension}|${row.category}`;
}

const cellId = (rowKey: string, column: 'credentials' | 'learners') => `uptake|${rowKey}|${column}`;

const term = (cell: string, coefficient = 1) => ({ cell, coefficient });

function count(value: unknown): number | null {
	return typeof value === 'number' ? value : null;
}

export function buildUptakeAudit(options: {
	/** The rows before disclosure control (the auditor knows the truth). */
	truth: readonly Row[];
	/** The rows as published. */
	published: readonly Row[];
}): { cells: AuditCell[]; relations: AuditRelation[] } {
	const published = new Map(options.published.map((row) => [key(row), row]));
	const cells: AuditCell[] = [];
	const relations: AuditRelation[] = [];
	const byGroup = new Map<string, Row[]>();

	for (const row of options.truth) {
		const rowKey = key(row);
		const shown = published.get(rowKey);
		if (!shown) throw new Error(`uptake audit: row ${rowKey} is missing from the published table`);
		const credentials = count(row.credentials) ?? 0;
		const rate = count(shown.credentials_per_1000_inhabitants);
		const shownCredentials = count(shown.credentials) ?? (rate !== null ? credentials : null);
		cells.push(
			{
				id: cellId(rowKey, 'credentials'),
				published: shownCredentials,
				truth: credentials,
				lower: 1
			},
			{
				id: cellId(rowKey, 'learners'),
				published: count(shown.learners),
				truth: count(row.learners) ?? 0,
				lower: 1
			}
		);
		relations.push({
			id: `${rowKey}: learners <= credentials`,
			sense: '<=',
			terms: [term(cellId(rowKey, 'learners')), term(cellId(rowKey, 'credentials'), -1)]
		});
		const group = `${row.geo}|${row.year}|${row.dimension}`;
		const members = byGroup.get(group);
		if (members) members.push(row);
		else byGroup.set(group, [row]);
	}

	const totalKey = (geo: unknown, year: unknown, dimension: unknown) =>
		`${geo}|${year}|${dimension}|${UPTAKE_TOTAL}`;

	for (const [group, rows] of byGroup) {
		const [geo, year, dimension] = group.split('|');
		const total = totalKey(geo, year, dimension);
		const parts = rows.filter((r) => r.category !== UPTAKE_TOTAL).map(key);
		if (!rows.some((r) => r.category === UPTAKE_TOTAL)) continue;
		const partTerms = (column: 'credentials' | 'learners') =>
			parts.map((p) => term(cellId(p, column)));

		if (dimension === TOPIC) {
			// digital + green + UNK - both = _T, with both = the credentials carrying both tags.
			const both = `uptake|${geo}|${year}|${TOPIC}|both|credentials`;
			const truthOf = (category: string) =>
				count(rows.find((r) => r.category === category)?.credentials) ?? 0;
			const overlap =
				[...OVERLAPS, 'UNK'].reduce((sum, c) => sum + truthOf(c), 0) - truthOf(UPTAKE_TOTAL);
			cells.push({ id: both, published: null, truth: overlap });
			relations.push({
				id: `${group}: categories - both = total`,
				terms: [...partTerms('credentials'), term(both, -1), term(cellId(total, 'credentials'), -1)]
			});
			for (const tag of OVERLAPS) {
				const tagged = rows.find((r) => r.category === tag);
				if (!tagged) continue;
				relations.push({
					id: `${group}: both <= ${tag}`,
					sense: '<=',
					terms: [term(both), term(cellId(key(tagged), 'credentials'), -1)]
				});
			}
		} else {
			relations.push({
				id: `${group}: categories = total (credentials)`,
				terms: [...partTerms('credentials'), term(cellId(total, 'credentials'), -1)]
			});
		}
		relations.push({
			id: `${group}: categories cover the total (learners)`,
			sense: '>=',
			terms: [...partTerms('learners'), term(cellId(total, 'learners'), -1)]
		});
		for (const part of parts) {
			relations.push({
				id: `${part}: within the total (learners)`,
				sense: '<=',
				terms: [term(cellId(part, 'learners')), term(cellId(total, 'learners'), -1)]
			});
		}
	}

	// The '_T' row of each dimension is one count under several labels.
	const totalsByGeoYear = new Map<string, string[]>();
	for (const row of options.truth) {
		if (row.category !== UPTAKE_TOTAL) continue;
		const geoYear = `${row.geo}|${row.year}`;
		const list = totalsByGeoYear.get(geoYear) ?? [];
		list.push(key(row));
		totalsByGeoYear.set(geoYear, list);
	}
	for (const [geoYear, keys] of totalsByGeoYear) {
		for (const other of keys.slice(1)) {
			for (const column of ['credentials', 'learners'] as const) {
				relations.push({
					id: `${geoYear}: the total is the same in every dimension (${column})`,
					terms: [term(cellId(keys[0], column)), term(cellId(other, column), -1)]
				});
			}
		}
	}

	// The EU and its Member States.
	const byCell = new Map<string, string[]>();
	for (const row of options.truth) {
		if (row.geo === UPTAKE_EU) continue;
		const cell = `${row.year}|${row.dimension}|${row.category}`;
		const list = byCell.get(cell) ?? [];
		list.push(key(row));
		byCell.set(cell, list);
	}
	for (const row of options.truth) {
		if (row.geo !== UPTAKE_EU) continue;
		const eu = key(row);
		const countries = byCell.get(`${row.year}|${row.dimension}|${row.category}`) ?? [];
		relations.push({
			id: `${eu}: EU = sum of Member States (credentials)`,
			terms: [
				...countries.map((c) => term(cellId(c, 'credentials'))),
				term(cellId(eu, 'credentials'), -1)
			]
		});
		relations.push({
			id: `${eu}: EU learners at most the sum of Member States'`,
			sense: '>=',
			terms: [
				...countries.map((c) => term(cellId(c, 'learners'))),
				term(cellId(eu, 'learners'), -1)
			]
		});
		for (const country of countries) {
			relations.push({
				id: `${country}: within the EU (learners)`,
				sense: '<=',
				terms: [term(cellId(country, 'learners')), term(cellId(eu, 'learners'), -1)]
			});
		}
	}

	// A published growth rate: credentials(y) = (1 + g / 100) * credentials(y - 1).
	for (const row of options.published) {
		const growth = count(row.growth_yoy);
		if (growth === null) continue;
		const before = `${row.geo}|${(row.year as number) - 1}|${row.dimension}|${row.category}`;
		if (!published.has(before)) continue;
		relations.push({
			id: `${key(row)}: growth on the year before`,
			terms: [
				term(cellId(key(row), 'credentials')),
				term(cellId(before, 'credentials'), -(1 + growth / 100))
			]
		});
	}
	return { cells, relations };
}
