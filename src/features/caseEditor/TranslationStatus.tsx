import { useTranslation } from 'react-i18next';
import type { CaseForm } from '../../domain/caseForm';
import { fieldLabel } from './caseProblemText';
import { translationGaps } from './translationGaps';

/** What is written in one language only, shown before publishing so nothing goes out half-translated. */
export function TranslationStatus({ form }: { form: CaseForm }) {
  const { t } = useTranslation('caseEditor');
  const gaps = translationGaps(form);
  const names = (paths: string[]) => paths.map((path) => fieldLabel(path, t)).join('; ');
  return (
    <section className="translation-status" aria-labelledby="translation-heading">
      <h2 id="translation-heading">{t('translation.heading')}</h2>
      {gaps.en.length === 0 && gaps.es.length === 0 && <p>{t('translation.complete')}</p>}
      {gaps.es.length > 0 && (
        <p>{t('translation.missingEs', { count: gaps.es.length, fields: names(gaps.es) })}</p>
      )}
      {gaps.en.length > 0 && (
        <p>{t('translation.missingEn', { count: gaps.en.length, fields: names(gaps.en) })}</p>
      )}
    </section>
  );
}
