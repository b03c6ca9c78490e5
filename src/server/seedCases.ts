import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Case } from '../domain/case';
import { CaseFileError, parseCaseFile } from '../domain/caseFile';
import type { Store } from './store/openStore';
import { upsertCases } from './store/caseRepository';

export class CaseContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaseContentError';
  }
}

async function readCaseFile(path: string): Promise<Case> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CaseContentError(`Case file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parseCaseFile(path, json);
  } catch (error) {
    if (error instanceof CaseFileError) throw new CaseContentError(error.message);
    throw error;
  }
}

/**
 * Reads and validates every case file in the folder; one bad file stops the whole load, before
 * anything is written.
 */
export async function readCaseFiles(contentDir: string): Promise<Case[]> {
  let names: string[];
  try {
    names = await readdir(contentDir);
  } catch {
    throw new CaseContentError(`Case content folder ${contentDir} cannot be read (CONTENT_DIR).`);
  }
  const files = names.filter((name) => name.endsWith('.json')).sort();
  const loaded: Case[] = [];
  for (const name of files) loaded.push(await readCaseFile(join(contentDir, name)));
  return loaded;
}

/**
 * Puts the bundled demo cases (as readCaseFiles returned them, all validated) into the group at
 * start; returns the ids written. A copy already in the group with the same or a higher version
 * (for example one a coordinator published) is kept.
 */
export async function seedCases(
  store: Store,
  groupId: string,
  cases: readonly Case[],
): Promise<string[]> {
  return upsertCases(store.db, groupId, cases);
}
