import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Case } from '../../domain/case';
import { formatCountryName } from '../../ui/localeFormat';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { CaseStatusText } from './CaseStatusText';

export function CaseListItem({ item, updated }: { item: Case; updated: boolean }) {
  const { t } = useTranslation('cases');
  const language = useUiLanguage();
  return (
    <li className="case-card">
      {/* Words, not only a coloured dot: read out before the title, and seen without colour. */}
      {updated && <p className="case-card-updated">{t('list.updated')}</p>}
      {/* The link covers the whole card (see .case-card a::after) but is named by the title alone,
          so a screen reader does not read kind, country and deadline as part of the link. */}
      <h3 className="case-card-title">
        <Link href={`/cases/${item.id}`}>{item.title[language]}</Link>
      </h3>
      <p className="case-card-meta">
        <span>{t(`kind.${item.kind}`)}</span>
        {item.reference && <span>{item.reference[language]}</span>}
        <span>{formatCountryName(item.country, language)}</span>
      </p>
      <CaseStatusText item={item} />
      {item.status === 'closed' && item.outcome && (
        <p className="case-card-outcome">{item.outcome[language]}</p>
      )}
    </li>
  );
}
