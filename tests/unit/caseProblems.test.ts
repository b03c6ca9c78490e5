import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/app/i18n';
import { bundledCases } from '../../src/content/bundledCases';
import { caseSchema } from '../../src/domain/case';
import { caseInputFromForm, emptyCaseForm, formFromCase } from '../../src/domain/caseForm';
import { checkCaseForPublishing } from '../../src/domain/caseProblems';
import { caseFileContent } from '../../src/features/caseEditor/caseDrafts';
import { fieldLabel, problemMessage } from '../../src/features/caseEditor/caseProblemText';

const today = '2026-12-06';
const ua = bundledCases.find((c) => c.id === 'ua-105-22')!;

async function describeProblems(input: unknown, language: 'en' | 'es', base = null) {
  const i18n = await createI18n({ language });
  await i18n.loadNamespaces('caseEditor');
  const t = i18n.getFixedT(language, 'caseEditor');
  const check = checkCaseForPublishing(input, { base, today });
  if (check.ok) return [];
  return check.problems.map(
    (problem) => `${fieldLabel(problem.path, t)}: ${problemMessage(problem, t)}`,
  );
}

describe('checking a case before it is published', () => {
  const broken = {
    ...structuredClone(ua),
    deadline: '2026-11-30',
    targets: [{ ...structuredClone(ua.targets[0]!), email: 'not-an-address' }],
    sampleLetter: {
      en: { subject: 'Free them', body: 'Dear {{salutaton}}' },
      es: { subject: '', body: '{{salutation}}' },
    },
  };

  it('names each field and what is wrong with it, in English', async () => {
    expect(await describeProblems(broken, 'en')).toEqual([
      'Target 1 · Email: Enter an email address like name@example.org.',
      'Sample letter · English · Letter: Carta does not know the placeholder {{salutaton}}.',
      'Sample letter · Spanish · Subject: Fill this in.',
      'Deadline: This deadline has already passed.',
    ]);
  });

  it('names each field and what is wrong with it, in Spanish', async () => {
    expect(await describeProblems(broken, 'es')).toEqual([
      'Destinatario 1 · Correo electrónico: Escriba una dirección de correo como nombre@ejemplo.org.',
      'Modelo de carta · Inglés · Carta: La aplicación no conoce el marcador {{salutaton}}.',
      'Modelo de carta · Español · Asunto: Rellene este campo.',
      'Fecha límite: Esta fecha límite ya ha pasado.',
    ]);
  });

  it('refuses a target nobody could reach, and a closed case without its outcome', async () => {
    const unreachable = {
      ...structuredClone(ua),
      deadline: '2027-01-15',
      status: 'closed',
      closedOn: '2026-12-01',
      targets: [
        {
          id: 'nobody',
          name: { en: 'A', es: 'A' },
          role: { en: 'B', es: 'B' },
          salutation: { en: 'Dear B', es: 'Estimado B:' },
        },
      ],
    };
    expect(await describeProblems(unreachable, 'en')).toEqual([
      'Target 1: Give at least one way to reach this target: an address, email, phone, fax, social media or a web form.',
      'Outcome: A closed case needs its date and its outcome.',
    ]);
  });

  it('lets an old case with a passed deadline be closed, since the deadline did not change', () => {
    const closing = {
      ...ua,
      status: 'closed',
      closedOn: today,
      outcome: { en: 'Ended', es: 'Terminado' },
    };
    expect(checkCaseForPublishing(closing, { base: ua, today }).ok).toBe(true);
    expect(
      checkCaseForPublishing({ ...closing, id: 'ua-105-22-b' }, { base: ua, today }),
    ).toMatchObject({
      ok: false,
      problems: [{ path: 'id', problem: 'idChanged' }],
    });
  });

  it('finds nothing wrong with a blank form except what must be filled in', async () => {
    const blank = caseInputFromForm(emptyCaseForm(today), {
      version: 1,
      updatedAt: `${today}T10:00:00Z`,
    });
    const problems = await describeProblems(blank, 'en');
    expect(problems).toContain('Title · English: Fill this in.');
    expect(problems).toContain('Title · Spanish: Fill this in.');
    expect(problems).toContain('Country: Enter the two-letter country code, e.g. PE.');
    expect(problems.every((line) => !line.includes('undefined'))).toBe(true);
  });
});

describe('the exchange format', () => {
  it('gives back the same case after a download and an import', () => {
    for (const item of bundledCases) {
      const file = caseFileContent({ ...item, origin: 'server' } as never);
      expect(file).not.toContain('"origin"');
      const imported = caseSchema.parse(JSON.parse(file));
      expect(imported).toEqual(item);
      // And through the editor's form, unchanged.
      expect(caseSchema.parse(caseInputFromForm(formFromCase(imported), imported))).toEqual(item);
    }
  });
});
