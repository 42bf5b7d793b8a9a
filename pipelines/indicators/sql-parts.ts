// The indicator SQL fragments live in core/, where the browser's local analysis reads them too.
export * from '../../core/indicators/sql-parts';
