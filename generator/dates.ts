import { Rng } from './prng';

export type DateStyle = 'iso' | 'dmy-slash' | 'dmy-dot';

/** Days since 1970-01-01 (proleptic Gregorian), Howard Hinnant's algorithm. */
export function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): { year: number; month: number; day: number } {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function parseIsoDate(text: string): number | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return undefined;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const days = daysFromCivil(year, month, day);
	const back = civilFromDays(days);
	return back.year === year && back.month === month && back.day === day ? days : undefined;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function formatYmd(year: number, month: number, day: number, style: DateStyle): string {
	if (style === 'iso') return `${year}-${pad2(month)}-${pad2(day)}`;
	if (style === 'dmy-slash') return `${pad2(day)}/${pad2(month)}/${year}`;
	return `${day}.${month}.${year}`;
}

export function formatDays(days: number, style: DateStyle): string {
	const { year, month, day } = civilFromDays(days);
	return formatYmd(year, month, day, style);
}

// Issuance peaks at the end of terms (June, December) and dips in August.
const MONTH_WEIGHTS = [8, 7, 8, 8, 9, 12, 8, 4, 7, 9, 9, 11];

/** Samples issue dates per year; the last year stops at the as-of date. */
export class DateSampler {
	private readonly perYear = new Map<number, { first: number; cumulative: Float64Array }>();

	constructor(fromYear: number, toYear: number, asOfDays: number) {
		for (let year = fromYear; year <= toYear; year++) {
			const first = daysFromCivil(year, 1, 1);
			const last = Math.min(daysFromCivil(year, 12, 31), asOfDays);
			if (last < first) continue;
			const cumulative = new Float64Array(last - first + 1);
			let sum = 0;
			for (let d = first; d <= last; d++) {
				const { month } = civilFromDays(d);
				sum += MONTH_WEIGHTS[month - 1];
				cumulative[d - first] = sum;
			}
			this.perYear.set(year, { first, cumulative });
		}
	}

	/** Share of a full year's issuance that falls on or before the as-of date. */
	yearFraction(year: number): number {
		const entry = this.perYear.get(year);
		if (!entry) return 0;
		const full = MONTH_WEIGHTS.reduce((s, w, i) => s + w * daysInMonth(year, i + 1), 0);
		return entry.cumulative[entry.cumulative.length - 1] / full;
	}

	sample(rng: Rng, year: number): number {
		const entry = this.perYear.get(year);
		if (!entry) throw new Error(`no dates for ${year}`);
		const c = entry.cumulative;
		const x = rng.float() * c[c.length - 1];
		let lo = 0;
		let hi = c.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (c[mid] > x) hi = mid;
			else lo = mid + 1;
		}
		return entry.first + lo;
	}
}

export function daysInMonth(year: number, month: number): number {
	return (
		daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
		daysFromCivil(year, month, 1)
	);
}
