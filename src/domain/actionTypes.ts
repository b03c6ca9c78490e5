// The kinds of action a report counts, apart from the protocol's schemas: the case page shows and
// counts them on the first screen a member opens, which must not wait for the schema library.

export const ACTION_TYPES = [
  'letter',
  'email',
  'fax',
  'call',
  'social',
  'petition',
  'other',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const MAX_ACTION_COUNT = 1000;
