import { useTranslation } from 'react-i18next';
import type { PushResult } from '../../../domain/syncProtocol';
import type { UndeliveredItem } from '../../../domain/undeliveredFile';
import type { GroupAdminFailure } from '../../../sync/groupAdminApi';
import { useUiLanguage } from '../../../ui/useUiLanguage';
import { useCaseLabels } from '../activity/useCaseLabels';
import { describeCoordinatorFailure } from '../coordinatorFailure';

/** The refusals this app can explain in the coordinator's language; others keep the server's words. */
const KNOWN_REFUSALS = [
  'invalid',
  'conflict',
  'unknown_case',
  'unknown_key',
  'unstorable',
  'too_large',
] as const;
type KnownRefusal = (typeof KNOWN_REFUSALS)[number];

function isKnownRefusal(code: string): code is KnownRefusal {
  return (KNOWN_REFUSALS as readonly string[]).includes(code);
}

/** What the server did with each record of the file: stored now, had it already, or refused why. */
export function DeliveryResult({
  items,
  results,
  failure,
}: {
  items: readonly UndeliveredItem[];
  results: readonly PushResult[];
  failure: GroupAdminFailure | null;
}) {
  const { t } = useTranslation('coordinator');
  const language = useUiLanguage();
  const caseLabel = useCaseLabels();
  const byId = new Map(items.map((item) => [item.id, item]));
  const count = (status: PushResult['status']) =>
    results.filter((result) => result.status === status).length;
  const refused = results.flatMap((result) => (result.status === 'rejected' ? [result] : []));

  function describe(id: string): string {
    const item = byId.get(id);
    const caseId = (item?.data as { caseId?: unknown } | undefined)?.caseId;
    const label = typeof caseId === 'string' ? (caseLabel?.(caseId, language) ?? caseId) : '';
    return item?.type === 'sign-up'
      ? t('deliver.result.signUp', { case: label })
      : t('deliver.result.report', { case: label });
  }

  return (
    <section className="area-block" aria-labelledby="deliver-result-heading">
      <h2 id="deliver-result-heading">{t('deliver.result.heading')}</h2>
      <div role="status">
        <ul className="delivery-counts">
          <li>{t('deliver.result.stored', { count: count('stored') })}</li>
          <li>{t('deliver.result.duplicate', { count: count('duplicate') })}</li>
          <li>{t('deliver.result.rejected', { count: refused.length })}</li>
        </ul>
      </div>
      {failure && (
        <div className="form-problem" role="alert">
          <p>{describeCoordinatorFailure(t, failure)}</p>
          <p>{t('deliver.result.tryAgain')}</p>
        </div>
      )}
      {refused.length > 0 && (
        <>
          <p>{t('deliver.result.refusedIntro')}</p>
          <ul className="delivery-refused">
            {refused.map((result, index) => (
              <li key={`${index}-${result.id}`}>
                <strong>{describe(result.id)}</strong>
                {': '}
                {isKnownRefusal(result.error.code)
                  ? t(`deliver.refusal.${result.error.code}`)
                  : result.error.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {failure === null && <p>{t('deliver.result.phoneKeeps')}</p>}
    </section>
  );
}
