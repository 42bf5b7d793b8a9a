// The JavaScript HMAC-SHA-256 lives in core/, where the browser's pseudonymiser uses it too.
export * from '../../core/methods/hmac-sha256';
