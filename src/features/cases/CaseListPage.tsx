import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../domain/deadline';
import { useDatabase } from '../../ui/DatabaseContext';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CaseListItem } from './CaseListItem';
import { sortCasesForList } from './sortCasesForList';
import './cases.css';

export function CaseListPage() {
  const { t } = useTranslation('cases');
  const database = useDatabase();
  const cases = useLiveQuery(() => database.cases.toArray(), [database]);
  useDocumentTitle(t('list.title'));

  return (
    <div className="page">
      <h1>{t('list.title')}</h1>
      <p className="page-intro">{t('list.intro')}</p>
      {cases === undefined ? (
        <p role="status">{t('list.loading')}</p>
      ) : cases.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul className="case-list">
          {sortCasesForList(cases, localDate(new Date())).map((item) => (
            <CaseListItem key={item.id} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}
