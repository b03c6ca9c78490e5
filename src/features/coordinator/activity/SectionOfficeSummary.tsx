import { useEffect, useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TotalsResponse } from '../../../domain/groupAdminProtocol';
import { activityCsv, type CaseFigures, type DateRange } from '../../../domain/groupActivity';
import { LANGUAGES, type Language } from '../../../domain/language';
import { copyToClipboard } from '../../../ui/copyToClipboard';
import { downloadFile } from '../../../ui/downloadFile';
import { createPreviewI18n } from '../../../ui/previewI18n';
import { useUiLanguage } from '../../../ui/useUiLanguage';
import { sectionOfficeSummary } from './summaryText';
import type { CaseLabel } from './useCaseLabels';

type SummaryT = TFunction<['coordinator', 'actions']>;

/** The translations of the office's language, which need not be the one the coordinator reads. */
function useFixedT(language: Language): SummaryT | null {
  const [fixed, setFixed] = useState<{ language: Language; t: SummaryT } | null>(null);
  useEffect(() => {
    let current = true;
    void createPreviewI18n(language, ['actions', 'coordinator']).then((instance) => {
      if (current) setFixed({ language, t: instance.getFixedT(language) as SummaryT });
    });
    return () => {
      current = false;
    };
  }, [language]);
  return fixed?.language === language ? fixed.t : null;
}

/** The summary a section office asks for: to copy, to send from the email app, or as CSV. */
export function SectionOfficeSummary({
  groupName,
  range,
  cases,
  totals,
  caseIds,
  caseLabel,
}: {
  groupName: string;
  range: DateRange;
  cases: readonly CaseFigures[];
  totals: TotalsResponse;
  caseIds: ReadonlySet<string> | null;
  caseLabel: CaseLabel;
}) {
  const { t } = useTranslation('coordinator');
  const uiLanguage = useUiLanguage();
  const id = useId();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const fixedT = useFixedT(language);
  // What the coordinator typed, kept only while the figures it was written over stay the same.
  const [edited, setEdited] = useState<{ over: string; text: string } | null>(null);
  const [copied, setCopied] = useState<{ of: string; result: 'copied' | 'failed' } | null>(null);

  const summary = fixedT
    ? sectionOfficeSummary({
        t: fixedT,
        language,
        groupName,
        range,
        cases,
        caseLabel: (caseId) => caseLabel(caseId, language),
      })
    : null;
  const generated = summary?.body ?? '';
  const text = edited?.over === generated ? edited.text : generated;
  const setText = (value: string) => setEdited({ over: generated, text: value });

  async function copy() {
    setCopied({ of: text, result: (await copyToClipboard(text)) ? 'copied' : 'failed' });
  }

  function downloadCsv() {
    downloadFile(
      `carta-actions-${range.from}-to-${range.to}.csv`,
      activityCsv(totals, caseIds, (caseId) => caseLabel(caseId, language)),
      'text/csv;charset=utf-8',
    );
  }

  const mailto = summary
    ? `mailto:?subject=${encodeURIComponent(summary.subject)}&body=${encodeURIComponent(text)}`
    : undefined;

  return (
    <section className="area-block" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('summary.heading')}</h2>
      <p className="hint">{t('summary.intro')}</p>
      <fieldset className="choice-group">
        <legend>{t('summary.language')}</legend>
        {LANGUAGES.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={`${id}-language`}
              checked={option === language}
              onChange={() => setLanguage(option)}
            />
            <span lang={option}>{t(`summary.languageName.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('summary.text')}</label>
        <textarea
          id={`${id}-text`}
          lang={language}
          rows={Math.max(8, Math.min(16, text.split('\n').length + 2))}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()} disabled={!summary}>
          {t('summary.copy')}
        </button>
        {mailto && (
          <a className="button button-secondary" href={mailto}>
            {t('summary.email')}
          </a>
        )}
        <button type="button" className="button button-secondary" onClick={downloadCsv}>
          {t('summary.csv')}
        </button>
      </div>
      <p className="area-result" role="status">
        {copied?.of === text ? t(`summary.${copied.result}`) : ''}
      </p>
    </section>
  );
}
