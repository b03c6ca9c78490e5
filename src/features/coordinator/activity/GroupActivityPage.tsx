import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../domain/calendarDate';
import { localDate } from '../../../domain/deadline';
import {
  MAX_TOTALS_PERIODS,
  TOTALS_PERIODS,
  type TotalsPeriod,
  type TotalsQuery,
  type TotalsResponse,
} from '../../../domain/groupAdminProtocol';
import {
  actionsPresent,
  defaultRange,
  figuresByCase,
  figuresByPeriod,
  figuresInTotal,
  previousRange,
} from '../../../domain/groupActivity';
import { useUiLanguage } from '../../../ui/useUiLanguage';
import { useMembership } from '../../group';
import { AreaPage } from '../AreaPage';
import { describeCoordinatorFailure } from '../coordinatorFailure';
import { ActivityChart } from './ActivityChart';
import { ActivityTable } from './ActivityTable';
import { PeriodComparison } from './PeriodComparison';
import { SectionOfficeSummary } from './SectionOfficeSummary';
import { useCaseLabels, type CaseLabel } from './useCaseLabels';
import { useGroupTotals } from './useGroupTotals';
import './activity.css';

export function GroupActivityPage() {
  const { t } = useTranslation('coordinator');
  return (
    <AreaPage title={t('activity.heading')}>
      <GroupActivity />
    </AreaPage>
  );
}

type RangeProblem = 'missing' | 'order';

function GroupActivity() {
  const { t } = useTranslation('coordinator');
  const id = useId();
  const groupName = useMembership()?.membership?.groupName ?? '';
  const caseLabel = useCaseLabels();
  const [form, setForm] = useState<TotalsQuery>(() => ({
    ...defaultRange(localDate(new Date()), 'week'),
    by: 'week',
  }));
  const [query, setQuery] = useState<TotalsQuery>(form);
  const [problem, setProblem] = useState<RangeProblem | null>(null);
  const totals = useGroupTotals(query);

  function show(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.from || !form.to) setProblem('missing');
    else if (form.from > form.to) setProblem('order');
    else {
      setProblem(null);
      setQuery(form);
    }
  }

  function chooseBy(by: TotalsPeriod) {
    // A new period length starts from its own sensible range, so months never come out as 3 columns.
    setForm({ ...defaultRange(localDate(new Date()), by), by });
  }

  return (
    <>
      <p className="hint">{t('activity.intro')}</p>
      <form className="activity-range" noValidate onSubmit={show}>
        <fieldset className="choice-group">
          <legend>{t('activity.byLegend')}</legend>
          {TOTALS_PERIODS.map((by) => (
            <label key={by} className="choice">
              <input
                type="radio"
                name={`${id}-by`}
                checked={form.by === by}
                onChange={() => chooseBy(by)}
              />
              <span>{t(`activity.byOption.${by}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="activity-dates">
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('activity.from')}</label>
            <input
              id={`${id}-from`}
              type="date"
              value={form.from}
              aria-invalid={problem !== null || undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => setForm({ ...form, from: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('activity.to')}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={form.to}
              aria-invalid={problem !== null || undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => setForm({ ...form, to: event.target.value })}
            />
          </div>
        </div>
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem ? t(`activity.problem.${problem}`) : ''}
        </p>
        <button type="submit" className="button">
          {t('activity.show')}
        </button>
      </form>

      {totals?.step === 'loading' && <p role="status">{t('activity.loading')}</p>}
      {totals?.step === 'failed' && (
        <p className="form-problem" role="alert">
          {totals.failure.reason === 'refused'
            ? t('activity.tooLong', {
                maximum: MAX_TOTALS_PERIODS,
                message: totals.failure.message,
              })
            : describeCoordinatorFailure(t, totals.failure)}
        </p>
      )}
      {totals?.step === 'ready' && caseLabel && (
        <ActivityResults
          key={`${query.from}/${query.to}/${query.by}`}
          current={totals.current}
          previous={totals.previous}
          query={query}
          groupName={groupName}
          caseLabel={caseLabel}
        />
      )}
    </>
  );
}

/** The figures of one answer; the choice of cases starts again with every new range. */
function ActivityResults({
  current,
  previous,
  query,
  groupName,
  caseLabel,
}: {
  current: TotalsResponse;
  previous: TotalsResponse;
  query: TotalsQuery;
  groupName: string;
  caseLabel: CaseLabel;
}) {
  const { t } = useTranslation('coordinator');
  const language = useUiLanguage();
  const id = useId();
  // null: every case; otherwise the ones left ticked.
  const [caseIds, setCaseIds] = useState<ReadonlySet<string> | null>(null);
  const rangeText = {
    from: formatCalendarDate(query.from, language),
    to: formatCalendarDate(query.to, language),
  };
  const everyCase = figuresByCase(current);
  const periods = figuresByPeriod(current, caseIds);
  const cases = figuresByCase(current, caseIds);
  const inTotal = figuresInTotal(current, caseIds);
  const before = figuresInTotal(previous, caseIds);
  const actions = actionsPresent(cases);

  function toggle(caseId: string, ticked: boolean) {
    const next = new Set(caseIds ?? everyCase.map((figures) => figures.caseId));
    if (ticked) next.add(caseId);
    else next.delete(caseId);
    setCaseIds(next.size === everyCase.length ? null : next);
  }

  return (
    <>
      {everyCase.length > 1 && (
        <fieldset className="choice-group activity-cases">
          <legend>{t('activity.casesLegend')}</legend>
          {everyCase.map(({ caseId }) => (
            <label key={caseId} className="choice choice-target">
              <input
                type="checkbox"
                checked={caseIds === null || caseIds.has(caseId)}
                onChange={(event) => toggle(caseId, event.target.checked)}
              />
              <span>{caseLabel(caseId, language)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {cases.length === 0 ? (
        <p className="coordinator-status">{t('activity.nothing', rangeText)}</p>
      ) : (
        <section className="area-block" aria-labelledby={`${id}-figures`}>
          <h2 id={`${id}-figures`}>{t('activity.figuresHeading', rangeText)}</h2>
          <ActivityChart
            periods={periods}
            actions={actions}
            by={query.by}
            describedBy={`${id}-caption`}
          />
          <ActivityTable
            periods={periods}
            actions={actions}
            inTotal={inTotal}
            by={query.by}
            caption={t(`activity.caption.${query.by}`, rangeText)}
            captionId={`${id}-caption`}
          />
          <PeriodComparison
            current={inTotal}
            previous={before}
            previousRange={previousRange(query)}
            actions={actionsPresent([{ counts: inTotal }, { counts: before }])}
          />
        </section>
      )}
      <SectionOfficeSummary
        groupName={groupName}
        range={query}
        cases={cases}
        totals={current}
        caseIds={caseIds}
        caseLabel={caseLabel}
      />
    </>
  );
}
