// The words a case is classified by, apart from the case schema: the case list filters by kind on
// the first screen, and importing them from case.ts would bring the whole schema library with them.

export const CASE_KINDS = ['urgent-action', 'individual-at-risk', 'petition'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATUSES = ['open', 'closed', 'withdrawn'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const SOCIAL_NETWORKS = ['x', 'instagram', 'facebook', 'bluesky', 'mastodon'] as const;
