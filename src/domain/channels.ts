/** Ways a member can deliver an appeal; each maps to an action type when reported. */
export const CHANNELS = ['email', 'post', 'fax', 'phone', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];
