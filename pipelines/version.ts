/** Bumped whenever a change alters what the pipelines publish for the same input. */
export const PIPELINE_VERSION = '0.1.0';
