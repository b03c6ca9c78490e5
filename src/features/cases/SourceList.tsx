import { useTranslation } from 'react-i18next';
import type { Source } from '../../domain/case';
import { NewTabLink } from '../../ui/NewTabLink';
import { formatCalendarDate } from '../../domain/calendarDate';
import { useUiLanguage } from '../../ui/useUiLanguage';

export function SourceList({ sources, open }: { sources: readonly Source[]; open: boolean }) {
  const { t } = useTranslation('cases');
  const language = useUiLanguage();
  return (
    <details className="case-section case-more" open={open}>
      <summary>{t('page.sources')}</summary>
      <ul className="sources">
        {sources.map((source) => (
          <li key={`${source.publisher}-${source.title}`}>
            {/* Titles stay in the language they were published in: say which, for the voice. */}
            {source.url ? (
              <NewTabLink href={source.url}>
                <span lang={source.language}>{source.title}</span>
              </NewTabLink>
            ) : (
              <span lang={source.language}>{source.title}</span>
            )}
            <span className="source-meta">
              {source.publisher}
              {source.publishedOn && (
                <>
                  {', '}
                  <time dateTime={source.publishedOn}>
                    {formatCalendarDate(source.publishedOn, language)}
                  </time>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
