import { useTranslation } from 'react-i18next';
import type { Case } from '../../domain/case';
import { formatCountryName } from '../../ui/localeFormat';
import { formatCalendarDate } from '../../domain/calendarDate';
import { useUiLanguage } from '../../ui/useUiLanguage';

export function CaseFacts({ item }: { item: Case }) {
  const { t } = useTranslation('cases');
  const language = useUiLanguage();
  return (
    <dl className="fact-list" aria-label={t('facts.label')}>
      {item.reference && (
        <div>
          <dt>{t('facts.reference')}</dt>
          <dd>{item.reference[language]}</dd>
        </div>
      )}
      <div>
        <dt>{t('facts.kind')}</dt>
        <dd>{t(`kind.${item.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('facts.country')}</dt>
        <dd>{formatCountryName(item.country, language)}</dd>
      </div>
      <div>
        <dt>{t('facts.issuedOn')}</dt>
        <dd>
          <time dateTime={item.issuedOn}>{formatCalendarDate(item.issuedOn, language)}</time>
        </dd>
      </div>
      {item.deadline && (
        <div>
          <dt>{t('facts.deadline')}</dt>
          <dd>
            <time dateTime={item.deadline}>{formatCalendarDate(item.deadline, language)}</time>
          </dd>
        </div>
      )}
      {item.nameAndPronoun && (
        <div>
          <dt>{t('facts.nameAndPronoun')}</dt>
          <dd>{item.nameAndPronoun[language]}</dd>
        </div>
      )}
    </dl>
  );
}
