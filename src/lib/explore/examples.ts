// Example queries for common questions, over the published tables. Each is checked by the
// console's own rules in the tests; a page shows only those whose tables this build published.

export interface ExampleQuery {
	/** Message key suffix: explore.example.<id>. */
	readonly id: string;
	readonly sql: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
	{
		id: 'uptake_per_country',
		sql: `-- Credentials and learners per Member State in the latest year, per 1 000 adults aged 25-64
SELECT geo, year, credentials, learners, credentials_per_1000_adults, flags
FROM uptake
WHERE dimension = 'provider_type' AND category = '_T'
  AND year = (SELECT max(year) FROM uptake)
ORDER BY credentials_per_1000_adults DESC NULLS LAST`
	},
	{
		id: 'uptake_trend',
		sql: `-- Credentials issued in the EU, year by year
SELECT year, credentials, learners, growth_yoy, flags
FROM uptake
WHERE geo = 'EU27_2020' AND dimension = 'provider_type' AND category = '_T'
ORDER BY year`
	},
	{
		id: 'completeness',
		sql: `-- Share of records carrying all eleven Annex I elements, per country, latest year
SELECT geo, year, records, records_with_element, share, flags
FROM annex1_completeness
WHERE element = 'all' AND year = (SELECT max(year) FROM annex1_completeness)
ORDER BY share DESC NULLS LAST`
	},
	{
		id: 'inclusion_ratios',
		sql: `-- Representation ratio of each group among learners in the EU (1 = parity with the population)
SELECT "group", share_of_learners, population_share, representation_ratio, aes_rate_ratio, flags
FROM inclusion
WHERE geo = 'EU27_2020' AND year = (SELECT max(year) FROM inclusion)
ORDER BY representation_ratio NULLS LAST`
	},
	{
		id: 'participation_targets',
		sql: `-- Adult participation in learning against each national 2030 target
SELECT geo, latest_year, latest_value, target_value, gap_pp, progress_status, scoreboard_category
FROM participation_targets
ORDER BY gap_pp DESC NULLS LAST`
	},
	{
		id: 'principles',
		sql: `-- How the EU meets the Annex II principles, latest year
SELECT principle, basis, units, units_meeting, share, flags
FROM annex2_principles
WHERE geo = 'EU27_2020' AND year = (SELECT max(year) FROM annex2_principles)
ORDER BY share DESC NULLS LAST`
	},
	{
		id: 'hidden_cells',
		sql: `-- Cells hidden to protect persons (flag c), per breakdown of the uptake table
SELECT dimension,
  count(*) FILTER (WHERE flags LIKE '%c%') AS hidden_cells,
  count(*) AS cells
FROM uptake
GROUP BY dimension
ORDER BY hidden_cells DESC`
	}
];
