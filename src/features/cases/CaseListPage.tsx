import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../ui/DatabaseContext';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CaseBrowser } from './CaseBrowser';
import './cases.css';

export function CaseListPage() {
  const { t } = useTranslation('cases');
  const database = useDatabase();
  // One query, so the list never shows for a moment without its "Updated" badges.
  const stored = useLiveQuery(async () => {
    const cases = await database.cases.toArray();
    const reads = await database.caseReads.toArray();
    return { cases: cases.filter((c) => c.status !== 'withdrawn'), reads };
  }, [database]);
  useDocumentTitle(t('list.title'));

  return (
    <div className="page">
      <h1>{t('list.title')}</h1>
      <p className="page-intro">{t('list.intro')}</p>
      {stored === undefined ? (
        <p role="status">{t('list.loading')}</p>
      ) : stored.cases.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <CaseBrowser cases={stored.cases} reads={stored.reads} />
      )}
    </div>
  );
}
