import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Case } from '../../domain/case';

/** The way from a case to its letter; only for cases that have someone to write to and a letter. */
export function WriteLetterLink({ theCase }: { theCase: Case }) {
  const { t } = useTranslation('cases');
  if (theCase.targets.length === 0 || !theCase.sampleLetter) return null;
  return (
    <p className="write-letter">
      <Link href={`/cases/${theCase.id}/write`} className="button">
        {t('writeLetter')}
      </Link>
    </p>
  );
}
