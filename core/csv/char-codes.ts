/** Character codes of CSV syntax, shared by the reader and the staging writer. */
export const LF = 10;
export const CR = 13;
export const QUOTE = 34;
export const COMMA = 44;
