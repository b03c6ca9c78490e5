import { describe, expect, it } from 'vitest';
import { bundledCases } from '../../src/content/bundledCases';
import { renderAppeal, senderPlace } from '../../src/domain/appeal';
import { caseInputFromForm, formFromCase } from '../../src/domain/caseForm';
import { caseSchema } from '../../src/domain/case';
import {
  openingSalutation,
  salutationChoices,
  withSalutation,
} from '../../src/domain/composeLetter';
import { newDraft } from '../../src/features/letters/createDrafts';
import { retargetDraft } from '../../src/features/letters/retargetDraft';
import { ana } from './lettersStory';

const ua = bundledCases.find((c) => c.id === 'ua-105-22')!;
const juliaca = bundledCases.find((c) => c.id === 'juliaca-victims-association')!;
const [president, ambassador] = ua.targets;
const mp = juliaca.targets[0]!;
const letter = (target = president!, language: 'en' | 'es' = 'es') =>
  renderAppeal({ theCase: ua, target, language, sender: ana, date: '2026-11-26' }).body;

describe("a target's own paragraph", () => {
  it('asks the ambassador to pass the appeal to his government, just before the closing', () => {
    const body = letter(ambassador, 'es');

    expect(body).toContain(
      'haga cuanto esté en sus manos para que así sea.\n\nLe ruego asimismo que transmita este llamamiento a su Gobierno',
    );
    expect(body).toMatch(/fuera del Perú\.\n\nAtentamente,/);
    expect(letter(ambassador, 'en')).toContain(
      'I also ask you to convey this appeal to your government',
    );
  });

  it('leaves no gap in the letter to the President, who has none', () => {
    const body = letter(president, 'es');

    expect(body).not.toContain('transmita');
    expect(body).not.toContain('{{');
    expect(body).toContain('para que así sea.\n\nAtentamente,');
    expect(body).not.toMatch(/\n{3,}/);
  });

  it('follows an edited letter moved to the ambassador, and leaves it when moved back', () => {
    const draft = newDraft(ua, president!, 'es', ana, new Date(2026, 10, 22, 10));
    const edited = {
      ...draft,
      body: draft.body.replace('Me dirijo', 'Soy socia de Amnistía. Me dirijo'),
    };

    const toAmbassador = { ...edited, ...retargetDraft(edited, ua, president!, ambassador!) };
    expect(toAmbassador.body).toContain('Soy socia de Amnistía.');
    expect(toAmbassador.body).toContain(
      'para que así sea.\n\nLe ruego asimismo que transmita este llamamiento a su Gobierno',
    );

    const back = retargetDraft(toAmbassador, ua, ambassador!, president!);
    expect(back.body).not.toContain('transmita');
    expect(back.body).toContain('para que así sea.\n\nAtentamente,');
    expect(back.body).toContain('Soy socia de Amnistía.');
  });

  it('is refused by the case check when it uses a placeholder nobody knows', () => {
    const input = structuredClone(ua) as Record<string, unknown> & { targets: object[] };
    input.targets[1] = { ...ambassador!, paragraph: { en: 'Hello {{ambassador}}', es: 'Hola' } };

    const result = caseSchema.safeParse(input);

    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['targets', 1, 'paragraph', 'en']);
  });
});

describe('the salutations a writer may choose', () => {
  it("offers the MP's in each language, the case's own first", () => {
    expect(salutationChoices(mp, 'es')).toEqual(['Estimado diputado:', 'Estimada diputada:']);
    expect(salutationChoices(mp, 'en')).toEqual([
      'Dear Member of Parliament,',
      'Dear Sir,',
      'Dear Madam,',
    ]);
    expect(salutationChoices(president!, 'es')).toEqual(['Señora Presidenta:']);
  });

  it('swaps only the salutation, keeping what the writer typed', () => {
    const draft = newDraft(juliaca, mp, 'es', ana, new Date(2026, 10, 22, 10));
    const choices = salutationChoices(mp, 'es');
    const edited = `${draft.body}\n\nPosdata.`;

    const chosen = withSalutation(edited, choices, 'Estimada diputada:');

    expect(chosen).toBe(edited.replace('Estimado diputado:', 'Estimada diputada:'));
    expect(openingSalutation(chosen, choices)).toBe('Estimada diputada:');
    // A writer who wrote their own greeting gets the chosen one put back at the top.
    expect(withSalutation('Hola:\n\nTexto', ['Dear Sir,', 'Dear Sir or Madam,'], 'Dear Sir,')).toBe(
      'Dear Sir,\n\nHola:\n\nTexto',
    );
    expect(
      openingSalutation('Dear Sir or Madam,\n\nText', ['Dear Sir,', 'Dear Sir or Madam,']),
    ).toBe('Dear Sir or Madam,');
  });

  it('are kept by the case editor, one per line, as are the paragraphs', () => {
    const form = formFromCase(juliaca);
    expect(form.targets[0]?.otherSalutations).toEqual({
      en: 'Dear Sir,\nDear Madam,',
      es: 'Estimada diputada:',
    });

    const again = caseSchema.parse(
      caseInputFromForm(form, { version: juliaca.version, updatedAt: juliaca.updatedAt }),
    );
    expect(again.targets).toEqual(juliaca.targets);
    const uaAgain = caseSchema.parse(
      caseInputFromForm(formFromCase(ua), { version: ua.version, updatedAt: ua.updatedAt }),
    );
    expect(uaAgain.targets).toEqual(ua.targets);
  });

  it('still parse from a case file written before there was a choice', () => {
    const older = structuredClone(juliaca) as Record<string, unknown> & { targets: object[] };
    const target: Record<string, unknown> = { ...mp };
    delete target.otherSalutations;
    older.targets = [target];

    expect(salutationChoices(caseSchema.parse(older).targets[0]!, 'es')).toEqual([
      'Estimado diputado:',
    ]);
  });
});

describe('the place a letter is written from', () => {
  it('is the town that ends the address, without the postcode', () => {
    expect(senderPlace(ana)).toBe('Sutton Coldfield');
    expect(senderPlace({ ...ana, address: '12 High Street, Sutton Coldfield B72 1AA' })).toBe(
      'Sutton Coldfield',
    );
    expect(
      senderPlace({ ...ana, postcode: '', address: '12 High Street\nSutton Coldfield\nB72 1AA' }),
    ).toBe('Sutton Coldfield');
    expect(senderPlace({ ...ana, address: '12 High Street\nB72 1AA\n' })).toBe('');
    expect(senderPlace({ ...ana, address: '12 High Street' })).toBe('');
  });
});
