import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { caseSchema, type Case } from '../../src/domain/case';

export const fixtureCasesDir = fileURLToPath(new URL('./fixtures/cases', import.meta.url));

const urgentAction = caseSchema.parse(
  JSON.parse(readFileSync(`${fixtureCasesDir}/ua-105-22.json`, 'utf8')),
);

/** A valid case with its own id, so tests sharing one store never touch each other's rows. */
export function caseFixture(id: string, version: number, titleEn = `Case ${id}`): Case {
  return caseSchema.parse({
    ...urgentAction,
    id,
    version,
    title: { ...urgentAction.title, en: titleEn },
  });
}
