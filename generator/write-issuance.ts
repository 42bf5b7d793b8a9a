import type { Offer } from './catalogue';
import { COL, titleCaseHeader } from './columns';
import { applyGaps, GAP_BIT, GapTally } from './completeness';
import type { CountryTraits } from './country-traits';
import { CsvWriter, type CsvFormat } from './csv-writer';
import { daysFromCivil } from './dates';
import {
	applyIssuanceDirt,
	DirtySchedule,
	ISSUANCE_DIRTY_WEIGHTS,
	type IssuanceDirtyKind
} from './dirty';
import { RecordFormatter } from './format';
import type { GenerateOptions } from './generate';
import { IssuanceModel } from './issuance';
import type { DirtyLedger } from './ledger';
import { csvManifestEntry, type ManifestFile } from './manifest';
import { createRng } from './prng';
import { exportProfile, type ExportProfile } from './profiles';
import type { SyntheticProvider } from './providers';

export interface IssuanceContext {
	readonly options: GenerateOptions;
	readonly countries: readonly CountryTraits[];
	readonly providers: readonly SyntheticProvider[];
	readonly offers: readonly Offer[];
	readonly lastDay: number;
	readonly ledger: DirtyLedger;
	readonly openWriter: (
		relative: string,
		format: CsvFormat,
		header: readonly string[]
	) => Promise<CsvWriter>;
	readonly log: (line: string) => void;
}

interface Channel {
	readonly profile: ExportProfile;
	readonly writer: CsvWriter;
	readonly formatter: RecordFormatter;
	readonly order: readonly number[];
	previous: string[] | undefined;
}

/**
 * Streams the issuance records into one file per country, breaking some on schedule. A dirty row
 * is made from the complete record, so it has exactly its one listed problem; a clean row gets
 * the record's clean gaps (completeness.ts), which the ledger does not list.
 */
export async function writeIssuance(ctx: IssuanceContext) {
	const { options, countries, ledger } = ctx;
	const total = options.records;
	const firstDay = daysFromCivil(options.fromYear, 1, 1);
	const model = new IssuanceModel({
		seed: options.seed,
		records: total,
		countries,
		providers: ctx.providers,
		offers: ctx.offers,
		fromYear: options.fromYear,
		toYear: options.toYear,
		asOfDays: ctx.lastDay
	});
	const channels: Channel[] = [];
	for (const country of countries) {
		const profile = exportProfile(country.geo);
		const header = profile.columns.map((c) =>
			profile.headerStyle === 'title' ? titleCaseHeader(c) : c
		);
		const format: CsvFormat = {
			delimiter: profile.delimiter,
			eol: profile.eol,
			encoding: profile.encoding,
			bom: profile.bom
		};
		channels.push({
			profile,
			writer: await ctx.openWriter(profile.file, format, header),
			formatter: new RecordFormatter(profile, firstDay, ctx.lastDay),
			order: profile.columns.map((c) => COL[c]),
			previous: undefined
		});
	}
	// Clean values come from one stream and breakage from another, so the clean records do not
	// change when only the dirty rate does.
	const rng = createRng(options.seed, 'issuance');
	const dirtRng = createRng(options.seed, 'issuance-dirt');
	const schedule = new DirtySchedule<IssuanceDirtyKind>(
		dirtRng,
		options.dirtyRate,
		ISSUANCE_DIRTY_WEIGHTS
	);
	const poolOffsets: number[] = [];
	let poolTotal = 0;
	for (const c of countries) {
		poolOffsets.push(poolTotal);
		poolTotal += model.learnerPool(c);
	}
	const seen = new Uint8Array(Math.ceil(poolTotal / 8));
	let distinct = 0;
	const gaps = new GapTally();
	const step = Math.max(1, Math.min(500_000, Math.ceil(total / 20)));
	const started = performance.now();

	for (let i = 0; i < total; i++) {
		const rec = model.next(rng, i);
		const ch = channels[rec.country.index];
		let fields = ch.formatter.format(rec, rng);
		let kind: IssuanceDirtyKind | undefined;
		let column = '';
		let delta = 0;
		if (schedule.isDirty(i)) {
			kind = schedule.nextKind();
			if (kind === 'duplicate_credential_id' && !ch.previous) {
				schedule.putBack(kind);
				kind = schedule.nextKind();
				if (kind === 'duplicate_credential_id') kind = 'unknown_country';
			}
			const dirty = applyIssuanceDirt(kind, fields, rec, ch.formatter, dirtRng, ch.previous ?? []);
			fields = dirty.fields;
			column = dirty.column;
			delta = dirty.fieldDelta;
		} else {
			gaps.add(rec.gaps);
			if (rec.gaps === 0) ch.previous = fields;
			else applyGaps(fields, rec.gaps);
			if ((rec.gaps & GAP_BIT.learner_id) === 0) {
				const bit = poolOffsets[rec.country.index] + rec.learnerIndex;
				if ((seen[bit >>> 3] & (1 << (bit & 7))) === 0) {
					seen[bit >>> 3] |= 1 << (bit & 7);
					distinct++;
				}
			}
		}
		const rowNo = ch.writer.rows + 1;
		const line = ch.writer.line;
		let pending: Promise<void> | undefined;
		if (delta === 0) {
			pending = ch.writer.writeRow(fields, ch.order);
		} else {
			const out = ch.order.map((k) => fields[k]);
			if (delta > 0) out.push('extra', 'extra');
			else out.length += delta;
			pending = ch.writer.writeRow(out);
		}
		if (pending) await pending;
		if (kind) {
			const logged = ledger.record('issuance', ch.profile.file, rowNo, line, kind, column);
			if (logged) await logged;
		}
		if ((i + 1) % step === 0 || i + 1 === total) {
			const secs = ((performance.now() - started) / 1000).toFixed(1);
			ctx.log(`issuance ${i + 1}/${total} (${Math.round(((i + 1) / total) * 100)}%) ${secs} s`);
			options.onProgress?.(i + 1, total);
		}
	}

	const files: ManifestFile[] = [];
	for (const ch of channels) {
		const written = await ch.writer.close();
		if (written.unmappable > 0) {
			ctx.log(`warning: ${written.unmappable} characters not encodable in ${ch.profile.file}`);
		}
		ledger.setRows('issuance', ch.profile.file, written.rows);
		files.push(
			csvManifestEntry(ch.profile.file, 'issuance', written, {
				format: ch.writer.format,
				dateStyle: ch.profile.dateStyle,
				decimalComma: ch.profile.decimalComma,
				headerStyle: ch.profile.headerStyle,
				country: ch.profile.geo
			})
		);
	}
	return { files, distinctLearners: distinct, cleanGaps: gaps.toJSON() };
}
