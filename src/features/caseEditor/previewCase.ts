import type { Case } from '../../domain/case';
import { caseInputFromForm, type CaseForm } from '../../domain/caseForm';

/**
 * The case as members would get it, for the preview, even while it is still incomplete: what is
 * missing shows as missing rather than hiding the rest. Only the publish check decides validity.
 */
export function previewCase(form: CaseForm, now: Date): Case {
  const input = caseInputFromForm(form, { version: 1, updatedAt: now.toISOString() });
  return { ...(input as unknown as Case), id: form.id || 'preview' };
}
