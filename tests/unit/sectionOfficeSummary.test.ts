import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { sectionOfficeSummary } from '../../src/features/coordinator/activity/summaryText';
import { createPreviewI18n } from '../../src/ui/previewI18n';
import type { Language } from '../../src/domain/language';

async function summaryIn(
  language: Language,
  cases: Parameters<typeof sectionOfficeSummary>[0]['cases'],
) {
  const i18n = await createPreviewI18n(language, ['actions', 'coordinator']);
  return sectionOfficeSummary({
    t: i18n.getFixedT(language) as TFunction<['coordinator', 'actions']>,
    language,
    groupName: 'Sutton Coldfield',
    range: { from: '2026-11-01', to: '2026-11-30' },
    cases,
    caseLabel: (caseId) =>
      caseId === 'ua-105-22' ? (language === 'es' ? 'AU 105/22' : 'UA 105.22') : caseId,
  });
}

const november = [
  { caseId: 'ua-105-22', counts: { letter: 34, email: 12, call: 1 }, total: 47 },
  { caseId: 'peru-repression-petition', counts: { signups: 1 }, total: 1 },
];

describe("the section office's report", () => {
  it('gives each case its actions in words, then the total, in English', async () => {
    const { subject, body } = await summaryIn('en', november);
    expect(subject).toBe('Actions by Sutton Coldfield, 1 November 2026 to 30 November 2026');
    expect(body.split('\n')).toEqual([
      'Between 1 November 2026 and 30 November 2026, Sutton Coldfield took these actions:',
      '',
      '- UA 105.22: 34 letters, 12 emails and 1 call',
      '- peru-repression-petition: 1 sign-up at a stall',
      '',
      '48 actions in all.',
    ]);
  });

  it('reads as Spanish, with Spanish plurals and the Spanish reference', async () => {
    const { body } = await summaryIn('es', november);
    expect(body).toContain(
      'Entre el 1 de noviembre de 2026 y el 30 de noviembre de 2026, el grupo «Sutton Coldfield» realizó estas acciones:',
    );
    expect(body).toContain('- AU 105/22: 34 cartas, 12 correos electrónicos y 1 llamada');
    expect(body).toContain('1 inscripción en un puesto de firmas');
    expect(body).toContain('48 acciones en total.');
  });

  it('says plainly when nothing was reported', async () => {
    const { body } = await summaryIn('es', []);
    expect(body).toBe(
      'El grupo «Sutton Coldfield» no comunicó ninguna acción entre el 1 de noviembre de 2026 y el 30 de noviembre de 2026.',
    );
  });
});
