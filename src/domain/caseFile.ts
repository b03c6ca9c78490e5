import './schemaSettings';
import { z } from 'zod';
import { caseSchema, type Case } from './case';

/** A case file that cannot be used; the message names the file and what is wrong with it. */
export class CaseFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaseFileError';
  }
}

/**
 * One case file's JSON (the exchange format of DESIGN.md) as a Case, or a CaseFileError naming the
 * file. The same check serves the bundled cases, the server's seed folder and a coordinator's import.
 */
export function parseCaseFile(path: string, json: unknown): Case {
  const result = caseSchema.safeParse(json);
  if (!result.success) {
    throw new CaseFileError(
      `Case file ${path} is invalid: it does not match the case schema:\n${z.prettifyError(result.error)}`,
    );
  }
  // Drafts and reports refer to a case by id, and the file name is how an editor finds it: a file
  // named after another id would hide that the slug changed.
  const expectedName = `${result.data.id}.json`;
  if (path.split('/').pop() !== expectedName) {
    throw new CaseFileError(
      `Case file ${path} has id "${result.data.id}" and must be named ${expectedName}.`,
    );
  }
  return result.data;
}
