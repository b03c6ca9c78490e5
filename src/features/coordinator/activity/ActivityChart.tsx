import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useTranslation } from 'react-i18next';
import type { TotalsAction, TotalsPeriod } from '../../../domain/groupAdminProtocol';
import type { PeriodFigures } from '../../../domain/groupActivity';
import { intlLocale } from '../../../domain/language';
import { useUiLanguage } from '../../../ui/useUiLanguage';
import { periodLabel } from './periodLabel';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * Okabe and Ito's palette, told apart by people with the common colour-vision deficiencies. The
 * table beside the chart carries the figures for anyone who cannot tell the colours apart at all.
 */
const COLOURS: Record<TotalsAction, string> = {
  letter: '#0072B2',
  email: '#E69F00',
  fax: '#999999',
  call: '#009E73',
  social: '#CC79A7',
  petition: '#56B4E9',
  other: '#000000',
  signups: '#D55E00',
};

/**
 * Stacked columns, one per period, one colour per kind of action. Drawn on a canvas by Chart.js,
 * which sets sizes through the style object rather than style attributes, so the strict CSP holds.
 */
export function ActivityChart({
  periods,
  actions,
  by,
  describedBy,
}: {
  periods: readonly PeriodFigures[];
  actions: readonly TotalsAction[];
  by: TotalsPeriod;
  describedBy: string;
}) {
  const { t } = useTranslation(['coordinator', 'actions']);
  const language = useUiLanguage();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: periods.map((period) => periodLabel(period.start, by, language)),
        datasets: actions.map((action) => ({
          label: actionName(action),
          data: periods.map((period) => period.counts[action] ?? 0),
          backgroundColor: COLOURS[action],
        })),
      },
      options: {
        locale: intlLocale(language),
        animation: reduceMotion ? false : { duration: 300 },
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true, grid: { display: false } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => chart.destroy();

    function actionName(action: TotalsAction): string {
      return action === 'signups' ? t('coordinator:activity.signups') : t(`actions:type.${action}`);
    }
  }, [periods, actions, by, language, t]);

  return (
    <div className="activity-chart">
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('coordinator:activity.chartLabel', {
          period: t(`coordinator:activity.by.${by}`),
        })}
        aria-describedby={describedBy}
      />
    </div>
  );
}
