import { and, asc, eq } from 'drizzle-orm';
import type { Language } from '../../domain/language';
import type { StoredSignUp } from '../../domain/syncProtocol';
import { pushedItems, signUps } from './schema';
import type { StoreDatabase } from './storeDatabase';

/**
 * Every sign-up the group's phones delivered, oldest first, still sealed: the server hands the
 * coordinator what it holds and never anything it could read.
 */
export async function listSignUps(db: StoreDatabase, groupId: string): Promise<StoredSignUp[]> {
  const rows = await db
    .select({
      id: pushedItems.id,
      caseId: pushedItems.caseId,
      createdAt: pushedItems.createdAt,
      stallSessionId: signUps.stallSessionId,
      petition: signUps.consentPetition,
      updates: signUps.consentUpdates,
      textVersion: signUps.consentTextVersion,
      language: signUps.consentLanguage,
      sealed: signUps.sealed,
    })
    .from(signUps)
    .innerJoin(
      pushedItems,
      and(eq(pushedItems.groupId, signUps.groupId), eq(pushedItems.id, signUps.itemId)),
    )
    .where(eq(pushedItems.groupId, groupId))
    .orderBy(asc(pushedItems.createdAt), asc(pushedItems.id));
  return rows.map((row) => ({
    id: row.id,
    caseId: row.caseId,
    stallSessionId: row.stallSessionId,
    // The phone sealed the record with this instant in its associated data: it must come back
    // exactly, in the same ISO form, or the coordinator's export could not open it.
    createdAt: row.createdAt.toISOString(),
    consent: {
      petition: row.petition,
      updates: row.updates,
      textVersion: row.textVersion,
      language: row.language as Language,
    },
    sealed: row.sealed,
  }));
}
