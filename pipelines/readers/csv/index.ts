export { createChunkDecoder, type ChunkDecoder } from '../../../core/csv/decode-text';
export { detectEncoding } from '../../../core/csv/detect-encoding';
export { CsvParser, delimiterCode, type CsvParserOptions } from '../../../core/csv/parse-csv';
export { readCsvFile, type CsvFile, type ReadCsvFileOptions } from './read-csv-file';
export {
	CSV_DELIMITERS,
	countDelimiters,
	sniffDelimiter,
	type SniffDelimiterOptions
} from '../../../core/csv/sniff-delimiter';
export type {
	CsvEncoding,
	CsvErrorRule,
	CsvHeader,
	CsvMalformedRow,
	CsvRecord,
	CsvRow,
	CsvRowError
} from '../../../core/csv/types';
