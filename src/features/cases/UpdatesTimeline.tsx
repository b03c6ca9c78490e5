import { useTranslation } from 'react-i18next';
import type { CaseUpdate } from '../../domain/case';
import { formatCalendarDate } from '../../domain/calendarDate';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { latestFirst } from '../../domain/codePointOrder';

/** What has happened since the case was issued, newest first. */
export function UpdatesTimeline({ updates }: { updates: readonly CaseUpdate[] }) {
  const { t } = useTranslation('cases');
  const language = useUiLanguage();
  const newestFirst = [...updates].sort((a, b) => latestFirst(a.date, b.date));
  return (
    <section className="case-section">
      <h2>{t('page.updates')}</h2>
      <ul className="timeline">
        {newestFirst.map((update) => (
          <li key={`${update.date}-${update.title.en}`}>
            <time dateTime={update.date}>{formatCalendarDate(update.date, language)}</time>
            <h3>{update.title[language]}</h3>
            <p>{update.text[language]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
