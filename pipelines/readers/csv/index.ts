export { createChunkDecoder, type ChunkDecoder } from './decode-text';
export { detectEncoding } from './detect-encoding';
export { CsvParser, delimiterCode, type CsvParserOptions } from './parse-csv';
export { readCsvFile, type CsvFile, type ReadCsvFileOptions } from './read-csv-file';
export {
	CSV_DELIMITERS,
	countDelimiters,
	sniffDelimiter,
	type SniffDelimiterOptions
} from './sniff-delimiter';
export type {
	CsvEncoding,
	CsvErrorRule,
	CsvHeader,
	CsvMalformedRow,
	CsvRecord,
	CsvRow,
	CsvRowError
} from './types';
