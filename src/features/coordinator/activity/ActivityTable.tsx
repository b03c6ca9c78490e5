import { useTranslation } from 'react-i18next';
import type { ActionCounts, TotalsAction, TotalsPeriod } from '../../../domain/groupAdminProtocol';
import { countTotal, type PeriodFigures } from '../../../domain/groupActivity';
import { intlLocale } from '../../../domain/language';
import { useUiLanguage } from '../../../ui/useUiLanguage';
import { periodLabel } from './periodLabel';

/** The chart's figures as a table: what a screen reader reads, and what anyone can copy. */
export function ActivityTable({
  periods,
  actions,
  inTotal,
  by,
  caption,
  captionId,
}: {
  periods: readonly PeriodFigures[];
  actions: readonly TotalsAction[];
  inTotal: ActionCounts;
  by: TotalsPeriod;
  caption: string;
  captionId: string;
}) {
  const { t } = useTranslation(['coordinator', 'actions']);
  const language = useUiLanguage();
  const number = new Intl.NumberFormat(intlLocale(language));
  const actionName = (action: TotalsAction) =>
    action === 'signups' ? t('coordinator:activity.signups') : t(`actions:type.${action}`);

  return (
    // Scrolls sideways on a narrow phone; focusable, so a keyboard can scroll it too.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="figures-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`coordinator:activity.column.${by}`)}</th>
            {actions.map((action) => (
              <th key={action} scope="col">
                {actionName(action)}
              </th>
            ))}
            <th scope="col">{t('coordinator:activity.column.total')}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={period.start}>
              <th scope="row">{periodLabel(period.start, by, language)}</th>
              {actions.map((action) => (
                <td key={action}>{number.format(period.counts[action] ?? 0)}</td>
              ))}
              <td>{number.format(period.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('coordinator:activity.column.total')}</th>
            {actions.map((action) => (
              <td key={action}>{number.format(inTotal[action] ?? 0)}</td>
            ))}
            <td>{number.format(countTotal(inTotal))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
