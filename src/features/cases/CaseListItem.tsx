import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Case } from '../../domain/case';
import { formatCountryName } from '../../ui/localeFormat';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { DeadlineStatusText } from './DeadlineStatusText';

export function CaseListItem({ item }: { item: Case }) {
  const { t } = useTranslation('cases');
  const language = useUiLanguage();
  return (
    <li className="case-card">
      {/* The link covers the whole card (see .case-card a::after) but is named by the title alone,
          so a screen reader does not read kind, country and deadline as part of the link. */}
      <h2 className="case-card-title">
        <Link href={`/cases/${item.id}`}>{item.title[language]}</Link>
      </h2>
      <p className="case-card-meta">
        <span>{t(`kind.${item.kind}`)}</span>
        {item.reference && <span>{item.reference[language]}</span>}
        <span>{formatCountryName(item.country, language)}</span>
      </p>
      <DeadlineStatusText deadline={item.deadline} />
    </li>
  );
}
