export { readCredentialsFile, readCredentialsFiles } from './read-credentials-file';
export { detectFormat, type DetectedKind } from './detect-format';
export { unwrapItem, decodeCompactJws, decodeJwsJson, looksLikeCompactJws } from './unwrap-jws';
export { mapElm } from './map-elm';
export { mapOpenBadge2, mapOpenBadge3 } from './map-open-badges';
export { parseJsonText } from './json-text';
export { ELEMENT_COLUMNS, type Mapped } from './import-builder';
export * from './types';
