import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Case } from '../../domain/case';

/**
 * The way from a case to its letter; only for cases that have someone to write to and a letter,
 * and never for a withdrawn one. A closed case still lets the member write (the outcome may be
 * partial), but says beside the button that a letter may no longer help.
 */
export function WriteLetterLink({ theCase }: { theCase: Case }) {
  const { t } = useTranslation('cases');
  const warningId = useId();
  if (theCase.targets.length === 0 || !theCase.sampleLetter) return null;
  if (theCase.status === 'withdrawn') return null;
  const closed = theCase.status === 'closed';
  return (
    <div className="write-letter">
      <Link
        href={`/cases/${theCase.id}/write`}
        className="button"
        aria-describedby={closed ? warningId : undefined}
      >
        {t('writeLetter')}
      </Link>
      {closed && (
        <p className="write-letter-warning" id={warningId}>
          {t('writeClosedWarning')}
        </p>
      )}
    </div>
  );
}
