import { readFileSync } from 'node:fs';
import { caseSchema } from '../../../src/domain/case';

const ua10522 = caseSchema.parse(
  JSON.parse(readFileSync('src/content/cases/ua-105-22.json', 'utf8')) as unknown,
);

/** The Urgent Action every story opens, with its titles taken from the bundled content itself. */
export const urgentAction = {
  reference: 'UA 105.22',
  path: `/cases/${ua10522.id}`,
  title: ua10522.title,
};
