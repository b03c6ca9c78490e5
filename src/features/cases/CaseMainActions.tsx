import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../domain/case';
import { SignPetitionLink } from '../stall';
import { WriteLetterLink } from './WriteLetterLink';

/** Where the case page's report form starts; the first screen's "Report" jumps to it. */
export const REPORT_FORM_ID = 'report';

/**
 * What a member opens a case to do, on its first screen: write (or sign, for a petition), and
 * report what they did. Everything else on the page (background, targets, sources) is reading.
 */
export function CaseMainActions({ item }: { item: Case }) {
  const { t } = useTranslation('cases');
  const canReport = item.status !== 'withdrawn';
  return (
    <div className="case-main-actions">
      <WriteLetterLink theCase={item} />
      <SignPetitionLink theCase={item} />
      {canReport && (
        <a
          href={`#${REPORT_FORM_ID}`}
          className="button button-secondary"
          onClick={focusReportForm}
        >
          {t('page.reportAction')}
        </a>
      )}
    </div>
  );
}

// A jump to an anchor scrolls but leaves keyboard and screen-reader focus where it was.
function focusReportForm(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(REPORT_FORM_ID);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
}
