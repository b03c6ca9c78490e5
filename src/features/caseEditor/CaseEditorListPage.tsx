import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import type { StoredCase } from '../../db/rows';
import { useDatabase } from '../../ui/DatabaseContext';
import { downloadFile } from '../../ui/downloadFile';
import { BackIcon } from '../../ui/icons';
import { formatMoment } from '../../ui/relativeTime';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useUiLanguage } from '../../ui/useUiLanguage';
import {
  caseFileContent,
  duplicateCase,
  editPublishedCase,
  importCase,
  startNewCase,
} from './caseDrafts';
import { CoordinatorOnly } from '../coordinator';
import { ImportCaseFile } from './ImportCaseFile';
import '../../ui/forms.css';
import './caseEditor.css';
import { latestFirst } from '../../domain/codePointOrder';

export function CaseEditorListPage() {
  return (
    <CoordinatorOnly>
      <CaseEditorList />
    </CoordinatorOnly>
  );
}

function CaseEditorList() {
  const { t } = useTranslation('caseEditor');
  const language = useUiLanguage();
  const database = useDatabase();
  const [, navigate] = useLocation();
  useDocumentTitle(t('list.heading'));
  const drafts = useLiveQuery(
    () => database.caseDrafts.orderBy('updatedAt').reverse().toArray(),
    [database],
  );
  // Newest first by issue date; not by an index, which would leave out cases without a deadline.
  const cases = useLiveQuery(
    async () =>
      (await database.cases.toArray()).sort((a, b) => latestFirst(a.issuedOn, b.issuedOn)),
    [database],
  );
  // The editor comes back here after publishing and names the case, so the list can say so.
  const publishedId = new URLSearchParams(useSearch()).get('published');
  const notice = useLiveQuery(
    async () => (publishedId ? ((await database.cases.get(publishedId)) ?? null) : null),
    [database, publishedId],
  );
  const open = (draftId: string) => navigate(`/group/cases/${encodeURIComponent(draftId)}`);
  const titleOf = (item: Pick<StoredCase, 'title'>) => item.title[language] || t('list.untitled');

  return (
    <div className="page case-editor-list">
      <Link href="/group" className="back-link">
        <BackIcon />
        {t('list.back')}
      </Link>
      <h1>{t('list.heading')}</h1>
      <p role="status" className="publish-notice">
        {notice
          ? `${notice.title[language]}: ${t('publish.published', { version: notice.version })}`
          : ''}
      </p>
      <p className="hint">{t('list.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => void startNewCase(database).then(open)}
        >
          {t('list.new')}
        </button>
      </div>
      <ImportCaseFile onImport={(item) => void importCase(database, item).then(open)} />

      <section className="editor-section" aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">{t('list.drafts')}</h2>
        {drafts && drafts.length === 0 && <p>{t('list.noDrafts')}</p>}
        <ul className="editor-list">
          {drafts?.map((draft) => {
            const title = draft.form.title[language] || t('list.untitled');
            return (
              <li key={draft.id} className="editor-list-item">
                <span className="editor-list-title">{title}</span>
                <span className="hint">
                  {t('list.lastSaved', { when: formatMoment(draft.updatedAt, language) })}
                </span>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('list.continueNamed', { title })}
                  onClick={() => open(draft.id)}
                >
                  {t('list.continue')}
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="editor-section" aria-labelledby="published-heading">
        <h2 id="published-heading">{t('list.published')}</h2>
        {cases && cases.length === 0 && <p>{t('list.noPublished')}</p>}
        <ul className="editor-list">
          {cases?.map((item) => {
            const title = titleOf(item);
            return (
              <li key={item.id} className="editor-list-item">
                <span className="editor-list-title">{title}</span>
                <span className="hint">
                  {t(`status.${item.status}`)} · {t('list.version', { version: item.version })}
                </span>
                <span className="button-row">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('list.editNamed', { title })}
                    onClick={() => void editPublishedCase(database, item).then(open)}
                  >
                    {t('list.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('list.duplicateNamed', { title })}
                    onClick={() =>
                      void duplicateCase(database, item, (text, lng) =>
                        t('list.copyOf', { title: text, lng }),
                      ).then(open)
                    }
                  >
                    {t('list.duplicate')}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('list.downloadNamed', { title })}
                    onClick={() =>
                      downloadFile(`${item.id}.json`, caseFileContent(item), 'application/json')
                    }
                  >
                    {t('list.download')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
