import type { TFunction } from 'i18next';
import type { ActionCounts } from '../../../domain/groupAdminProtocol';
import { TOTALS_ACTIONS } from '../../../domain/groupAdminProtocol';
import { formatCalendarDate } from '../../../domain/calendarDate';
import { countTotal, type CaseFigures, type DateRange } from '../../../domain/groupActivity';
import { intlLocale, type Language } from '../../../domain/language';

export interface SectionOfficeSummary {
  subject: string;
  body: string;
}

/**
 * What the section office asks for ("let us know the actions you took"), in its language: one
 * line per case with what the group did on it, then the total. `t` must be fixed to `language`.
 */
export function sectionOfficeSummary({
  t,
  language,
  groupName,
  range,
  cases,
  caseLabel,
}: {
  t: TFunction<['coordinator', 'actions']>;
  language: Language;
  groupName: string;
  range: DateRange;
  cases: readonly CaseFigures[];
  caseLabel: (caseId: string) => string;
}): SectionOfficeSummary {
  const list = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' });
  const dates = {
    group: groupName,
    from: formatCalendarDate(range.from, language),
    to: formatCalendarDate(range.to, language),
  };
  const describe = (counts: ActionCounts) =>
    list.format(
      TOTALS_ACTIONS.filter((action) => (counts[action] ?? 0) > 0).map((action) => {
        const count = counts[action] ?? 0;
        return action === 'signups'
          ? t('coordinator:summary.signups', { count })
          : t(`actions:count.${action}`, { count });
      }),
    );
  const total = cases.reduce((sum, figures) => sum + countTotal(figures.counts), 0);
  const lines =
    cases.length === 0
      ? [t('coordinator:summary.nothing', dates)]
      : [
          t('coordinator:summary.opening', dates),
          '',
          ...cases.map((figures) =>
            t('coordinator:summary.caseLine', {
              case: caseLabel(figures.caseId),
              actions: describe(figures.counts),
            }),
          ),
          '',
          t('coordinator:summary.total', { count: total }),
        ];
  return {
    subject: t('coordinator:summary.subject', dates),
    body: lines.join('\n'),
  };
}
