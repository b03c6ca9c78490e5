import type { i18n as I18n } from 'i18next';
import { Suspense, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { renderAppeal, type SenderDetails } from '../../domain/appeal';
import type { Case } from '../../domain/case';
import type { Language } from '../../domain/language';
import { localDate } from '../../domain/deadline';
import { createPreviewI18n } from '../../ui/previewI18n';
import { CaseArticle } from '../cases';

/**
 * The case exactly as a member's phone shows it in `language`, whatever language the editor is
 * in, at a phone's width, followed by the sample letter filled in for the first target.
 */
export function CasePreview({ item, language }: { item: Case; language: Language }) {
  const { t } = useTranslation('caseEditor');
  const [instance, setInstance] = useState<I18n | null>(null);
  useEffect(() => {
    let current = true;
    void createPreviewI18n(language).then((created) => {
      if (current) setInstance(created);
    });
    return () => {
      current = false;
    };
  }, [language]);

  const label = language === 'en' ? t('preview.labelEn') : t('preview.labelEs');
  return (
    <section className="case-preview" aria-label={label}>
      <p className="case-preview-label">{label}</p>
      <div className="case-preview-phone" lang={language}>
        {instance ? (
          <I18nextProvider i18n={instance}>
            <Suspense fallback={null}>
              <CaseArticle item={item} preview />
              <SampleLetterPreview item={item} language={language} />
            </Suspense>
          </I18nextProvider>
        ) : null}
      </div>
    </section>
  );
}

function SampleLetterPreview({ item, language }: { item: Case; language: Language }) {
  const { t } = useTranslation('caseEditor');
  const target = item.targets[0];
  if (!target) return null;
  // Who signs the preview's letter: plainly a sample, from the preview language's own country.
  const sender: SenderDetails = {
    name: t('preview.sender.name'),
    address: t('preview.sender.address'),
    postcode: t('preview.sender.postcode'),
    email: '',
  };
  let letter: { subject: string; body: string } | null = null;
  let problem: string | null = null;
  const sample = item.sampleLetter?.[language];
  if (sample?.subject || sample?.body) {
    try {
      letter = renderAppeal({
        theCase: item,
        target,
        language,
        sender,
        date: localDate(new Date()),
      });
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
  }
  return (
    <section className="page case-section">
      <h2>{t('preview.letterHeading')}</h2>
      <p className="hint">{t('preview.sampleSender', { name: sender.name })}</p>
      {problem && <p className="field-error">{t('preview.letterProblem', { message: problem })}</p>}
      {!letter && !problem && <p>{t('preview.noLetter')}</p>}
      {letter && (
        <div className="preview-letter">
          <p>
            <strong>{letter.subject}</strong>
          </p>
          {letter.body.split(/\n\s*\n/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      )}
    </section>
  );
}
