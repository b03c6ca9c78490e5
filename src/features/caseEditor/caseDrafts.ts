import type { CartaDatabase } from '../../db/database';
import type { StoredCase } from '../../db/rows';
import type { Case } from '../../domain/case';
import { emptyCaseForm, formFromCase, type CaseForm } from '../../domain/caseForm';
import { localDate } from '../../domain/deadline';

/** Starts a case from nothing; returns the draft's id. */
export async function startNewCase(database: CartaDatabase, now = new Date()): Promise<string> {
  return saveNewDraft(database, emptyCaseForm(localDate(now)), now);
}

/**
 * Opens a published case for editing: an edit already under way on this device is continued,
 * never replaced by a fresh copy.
 */
export async function editPublishedCase(database: CartaDatabase, item: Case): Promise<string> {
  const existing = await database.caseDrafts.get(item.id);
  if (existing) return existing.id;
  await database.caseDrafts.put({
    id: item.id,
    baseVersion: item.version,
    form: formFromCase(item),
    updatedAt: new Date().toISOString(),
  });
  return item.id;
}

/**
 * A new case that starts as a copy of another (next week's Urgent Action on the same country):
 * a new slug to choose, no updates, open again.
 */
export async function duplicateCase(
  database: CartaDatabase,
  item: Case,
  copyTitle: (title: string, language: 'en' | 'es') => string,
  now = new Date(),
): Promise<string> {
  const form = formFromCase(item);
  const copy: CaseForm = {
    ...form,
    id: '',
    title: { en: copyTitle(form.title.en, 'en'), es: copyTitle(form.title.es, 'es') },
    issuedOn: localDate(now),
    deadline: '',
    updates: [],
    status: 'open',
    closedOn: '',
    outcome: { en: '', es: '' },
  };
  return saveNewDraft(database, copy, now);
}

/**
 * A case file from elsewhere (the section office), already checked: it updates the group's case
 * of the same id if there is one, otherwise it becomes a new case.
 */
export async function importCase(database: CartaDatabase, item: Case): Promise<string> {
  const published = await database.cases.get(item.id);
  const form = formFromCase(item);
  const id = published ? item.id : `new-${crypto.randomUUID()}`;
  await database.caseDrafts.put({
    id,
    baseVersion: published?.version ?? null,
    form,
    updatedAt: new Date().toISOString(),
  });
  return id;
}

/** A draft of a case not yet published, under a random id until its slug is chosen. */
async function saveNewDraft(database: CartaDatabase, form: CaseForm, now: Date): Promise<string> {
  const id = `new-${crypto.randomUUID()}`;
  await database.caseDrafts.put({ id, baseVersion: null, form, updatedAt: now.toISOString() });
  return id;
}

/** The case as its exchange file: exactly the case, without what only this phone knows. */
export function caseFileContent(item: Case & { origin?: StoredCase['origin'] }): string {
  const content = { ...item };
  delete content.origin;
  return `${JSON.stringify(content, null, 2)}\n`;
}
