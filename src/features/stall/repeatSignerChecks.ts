import { createRepeatSignerCheck, type RepeatSignerCheck } from '../../domain/repeatSignerCheck';

/**
 * One check per stall session, for as long as this page lives, so closing the kiosk to check the
 * counts and opening it again still knows who signed. Deliberately never written to IndexedDB:
 * the key living only in this page's memory is what makes any digest identify nobody. A stored
 * key would outlive the stall on a phone lent to strangers, and whoever held the phone (or a
 * backup of it) could digest a neighbour's address and learn whether they signed a human-rights
 * petition.
 */
export class RepeatSignerChecks {
  private readonly bySession = new Map<string, Promise<RepeatSignerCheck>>();

  for(sessionId: string): Promise<RepeatSignerCheck> {
    let check = this.bySession.get(sessionId);
    if (!check) {
      check = createRepeatSignerCheck();
      this.bySession.set(sessionId, check);
    }
    return check;
  }

  /** Drops a stall's key and digests once it has ended: nothing is left to compare against. */
  forget(sessionId: string): void {
    this.bySession.delete(sessionId);
  }
}
