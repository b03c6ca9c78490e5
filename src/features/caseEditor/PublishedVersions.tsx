import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseVersionsAnswer } from '../../domain/syncProtocol';
import { fetchCaseVersions } from '../../sync/coordinatorApi';
import { useDatabase } from '../../ui/DatabaseContext';
import { formatMoment } from '../../ui/relativeTime';
import { useUiLanguage } from '../../ui/useUiLanguage';

/** Who published which version when: the audit the server keeps, read when online. */
export function PublishedVersions({ caseId }: { caseId: string }) {
  const { t } = useTranslation('caseEditor');
  const language = useUiLanguage();
  const database = useDatabase();
  const [versions, setVersions] = useState<CaseVersionsAnswer['versions'] | null | undefined>();
  useEffect(() => {
    let current = true;
    void fetchCaseVersions(database, caseId).then((outcome) => {
      if (current) setVersions(outcome.ok ? outcome.versions : null);
    });
    return () => {
      current = false;
    };
  }, [database, caseId]);
  if (versions === undefined) return null;
  return (
    <section className="editor-section" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('versions.heading')}</h2>
      {versions === null ? (
        <p className="hint">{t('versions.unavailable')}</p>
      ) : (
        <ul className="version-list">
          {versions.map((entry) => (
            <li key={entry.version}>
              {entry.publishedBy === null
                ? t('versions.entryBundled', {
                    version: entry.version,
                    when: formatMoment(entry.publishedAt, language),
                  })
                : t('versions.entry', {
                    version: entry.version,
                    when: formatMoment(entry.publishedAt, language),
                    who: entry.publishedBy,
                  })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
