import { z } from 'zod';
import { caseSchema, type Case } from '../domain/case';

/**
 * One case file's JSON as a Case; throws naming the file. The content test runs every bundled
 * file through this, which is what lets the app itself skip validation (and zod) at start-up.
 */
export function parseCaseFile(path: string, json: unknown): Case {
  const result = caseSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Bundled case ${path} is invalid:\n${z.prettifyError(result.error)}`);
  }
  // Drafts and server totals refer to a case by id; a file named after another id would hide that
  // the slug changed.
  const expectedPath = `./cases/${result.data.id}.json`;
  if (path !== expectedPath) {
    throw new Error(
      `Bundled case ${path} has id "${result.data.id}"; rename it to ${expectedPath}`,
    );
  }
  return result.data;
}
