export { readCredentialsFile, readCredentialsFiles } from './read-credentials-file';
export { detectFormat, type DetectedKind } from '../../../core/credentials/detect-format';
export { unwrapItem, decodeCompactJws, decodeJwsJson, looksLikeCompactJws } from '../../../core/credentials/unwrap-jws';
export { mapElm } from '../../../core/credentials/map-elm';
export { mapOpenBadge2, mapOpenBadge3 } from '../../../core/credentials/map-open-badges';
export { parseJsonText } from '../../../core/credentials/json-text';
export { ELEMENT_COLUMNS, type Mapped } from '../../../core/credentials/import-builder';
export * from '../../../core/credentials/types';
