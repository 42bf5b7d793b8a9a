export const EUROSTAT_PUBLISHER = 'Eurostat';
export const EUROSTAT_LICENCE = 'CC BY 4.0 (Commission reuse policy, Decision 2011/833/EU)';
export const EUROSTAT_ATTRIBUTION = 'Source: Eurostat';
