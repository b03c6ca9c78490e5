import { useTranslation } from 'react-i18next';
import type { ActionCounts, TotalsAction } from '../../../domain/groupAdminProtocol';
import { countTotal, type DateRange } from '../../../domain/groupActivity';
import { formatCalendarDate } from '../../../domain/calendarDate';
import { intlLocale } from '../../../domain/language';
import { useUiLanguage } from '../../../ui/useUiLanguage';

/** This range against the one just before it, per kind of action and in all. */
export function PeriodComparison({
  current,
  previous,
  previousRange,
  actions,
}: {
  current: ActionCounts;
  previous: ActionCounts;
  previousRange: DateRange;
  actions: readonly TotalsAction[];
}) {
  const { t } = useTranslation(['coordinator', 'actions']);
  const language = useUiLanguage();
  const number = new Intl.NumberFormat(intlLocale(language), { signDisplay: 'exceptZero' });
  const plain = new Intl.NumberFormat(intlLocale(language));
  const rows: { key: string; name: string; now: number; before: number }[] = [
    ...actions.map((action) => ({
      key: action,
      name: action === 'signups' ? t('coordinator:activity.signups') : t(`actions:type.${action}`),
      now: current[action] ?? 0,
      before: previous[action] ?? 0,
    })),
    {
      key: 'total',
      name: t('coordinator:activity.column.total'),
      now: countTotal(current),
      before: countTotal(previous),
    },
  ];

  return (
    <div className="table-scroll" role="region" aria-labelledby="comparison-caption" tabIndex={0}>
      <table className="figures-table">
        <caption id="comparison-caption">
          {t('coordinator:activity.comparison.caption', {
            from: formatCalendarDate(previousRange.from, language),
            to: formatCalendarDate(previousRange.to, language),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('coordinator:activity.comparison.action')}</th>
            <th scope="col">{t('coordinator:activity.comparison.now')}</th>
            <th scope="col">{t('coordinator:activity.comparison.before')}</th>
            <th scope="col">{t('coordinator:activity.comparison.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td>{plain.format(row.now)}</td>
              <td>{plain.format(row.before)}</td>
              <td>{number.format(row.now - row.before)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
