// A petition signature a member makes on their own phone, from the case page, rather than at a stall.

/**
 * The stall session of a signature a member made on their own phone, from the case page: there
 * was no stall. The nil UUID is a UUID, so every server version stores it as it stores a stall's
 * session, and the coordinator's export can still tell the two apart.
 */
export const OWN_PHONE_SESSION_ID = '00000000-0000-0000-0000-000000000000';

/** Whether a sign-up's readable record (or the outbox payload holding it) is a member's own signature. */
export function isOwnSignature(record: unknown): boolean {
  return (record as { stallSessionId?: unknown } | null)?.stallSessionId === OWN_PHONE_SESSION_ID;
}
