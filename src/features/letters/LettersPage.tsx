import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Case } from '../../domain/case';
import type { Draft } from '../../db/rows';
import { useDatabase } from '../../ui/DatabaseContext';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useUiLanguage } from '../../ui/useUiLanguage';
import { LetterListItem } from './LetterListItem';
import { UndoToast } from './UndoToast';
import { useUndoableDelete } from './useUndoableDelete';
import '../../ui/forms.css';
import './letters.css';

interface CaseLetters {
  caseId: string;
  theCase: Case | null;
  drafts: Draft[];
}

/** Drafts grouped by case, the case with the most recent edit first. */
function groupByCase(drafts: readonly Draft[], cases: ReadonlyMap<string, Case>): CaseLetters[] {
  const groups = new Map<string, CaseLetters>();
  for (const draft of drafts) {
    let group = groups.get(draft.caseId);
    if (!group) {
      group = { caseId: draft.caseId, theCase: cases.get(draft.caseId) ?? null, drafts: [] };
      groups.set(draft.caseId, group);
    }
    group.drafts.push(draft);
  }
  return [...groups.values()];
}

/** `/letters`: every draft and sent letter on this phone, per case. */
export function LettersPage() {
  const { t } = useTranslation('letters');
  const uiLanguage = useUiLanguage();
  const database = useDatabase();
  const heading = useRef<HTMLHeadingElement>(null);
  const undoable = useUndoableDelete();
  const focusHeading = useCallback(() => heading.current?.focus(), []);
  useDocumentTitle(t('list.title'));

  const letters = useLiveQuery(async () => {
    const drafts = await database.drafts.orderBy('updatedAt').reverse().toArray();
    const caseIds = [...new Set(drafts.map((draft) => draft.caseId))];
    const cases = await database.cases.bulkGet(caseIds);
    const byId = new Map<string, Case>();
    cases.forEach((found) => found && byId.set(found.id, found));
    return groupByCase(drafts, byId);
  }, [database]);

  return (
    <div className="page letters">
      <h1 ref={heading} tabIndex={-1}>
        {t('list.title')}
      </h1>
      <p className="page-intro">{t('list.intro')}</p>
      {letters === undefined ? (
        <p role="status">{t('list.loading')}</p>
      ) : letters.length === 0 ? (
        <div className="letters-empty">
          <p>{t('list.empty')}</p>
          <Link href="/" className="button">
            {t('list.goToCases')}
          </Link>
        </div>
      ) : (
        letters.map((group) => (
          <section
            key={group.caseId}
            className="letters-case"
            aria-labelledby={`case-${group.caseId}`}
          >
            <h2 id={`case-${group.caseId}`}>
              {group.theCase ? group.theCase.title[uiLanguage] : t('list.unknownCase')}
            </h2>
            <ul className="letter-list">
              {group.drafts.map((draft) => (
                <LetterListItem
                  key={draft.id}
                  draft={draft}
                  theCase={group.theCase}
                  onDelete={undoable.remove}
                />
              ))}
            </ul>
          </section>
        ))
      )}
      <UndoToast state={undoable} onFocusLost={focusHeading} />
    </div>
  );
}
