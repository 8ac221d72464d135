/** Placeholder replaced by the jobs module below. */
export type JobScript = string[];
export type JobRecord = Record<string, never>;
