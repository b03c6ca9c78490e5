import type { BilingualText, CaseForm } from '../../domain/caseForm';
import type { Language } from '../../domain/language';

/**
 * The paths of texts written in one language and not the other. A text empty in both is not a
 * translation gap (it is optional, or the publish check asks for it).
 */
export function translationGaps(form: CaseForm): Record<Language, string[]> {
  const gaps: Record<Language, string[]> = { en: [], es: [] };
  const check = (path: string, text: BilingualText) => {
    const en = text.en.trim();
    const es = text.es.trim();
    if (en && !es) gaps.es.push(path);
    if (es && !en) gaps.en.push(path);
  };
  for (const key of [
    'reference',
    'title',
    'summary',
    'background',
    'nameAndPronoun',
    'petitionText',
    'callScript',
    'socialPost',
  ] as const) {
    check(key, form[key]);
  }
  form.targets.forEach((target, i) => {
    // Not the other salutations: one language may have a choice (a gendered form) the other lacks.
    for (const key of ['name', 'role', 'salutation', 'paragraph'] as const)
      check(`targets.${i}.${key}`, target[key]);
  });
  for (const part of ['subject', 'body'] as const) {
    check(`sampleLetter.${part}`, {
      en: form.sampleLetter.en[part],
      es: form.sampleLetter.es[part],
    });
  }
  form.updates.forEach((update, i) => {
    check(`updates.${i}.title`, update.title);
    check(`updates.${i}.text`, update.text);
  });
  if (form.status === 'closed') check('outcome', form.outcome);
  return gaps;
}
