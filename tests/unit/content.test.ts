import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE_VERSION, bundledCases } from '../../src/content/bundledCases';
import { parseCaseFile } from '../../src/domain/caseFile';
import { renderAppeal } from '../../src/domain/appeal';
import { caseSchema, type Case, type CaseInput } from '../../src/domain/case';
import { LANGUAGES } from '../../src/domain/language';
import { findPlaceholders, findUnknownPlaceholders } from '../../src/domain/letterPlaceholders';

// Read straight from disk rather than through the bundle, so a file the bundle failed to pick up
// is still checked.
const casesDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/content/cases');
const caseFileNames = readdirSync(casesDir).filter((name) => name.endsWith('.json'));

function readCaseFile(name: string): unknown {
  return JSON.parse(readFileSync(join(casesDir, name), 'utf8'));
}

function bundled(id: string): Case {
  const found = bundledCases.find((c) => c.id === id);
  if (!found) throw new Error(`no bundled case ${id}`);
  return found;
}

/** Every `{ en, es }` object in a case, with where it is, so a failure names the field. */
function localizedFields(value: unknown, path = ''): { path: string; en: unknown; es: unknown }[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => localizedFields(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  if (keys.join() === 'en,es') return [{ path, en: record.en, es: record.es }];
  return keys.flatMap((key) => localizedFields(record[key], path ? `${path}.${key}` : key));
}

function isFilledText(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

describe('bundled demo cases', () => {
  it('ships the three Peru cases, one file per case id', () => {
    expect(caseFileNames.sort()).toEqual([
      'juliaca-victims-association.json',
      'peru-repression-petition.json',
      'ua-105-22.json',
    ]);
    expect(bundledCases.map((c) => c.id)).toEqual([
      'juliaca-victims-association',
      'peru-repression-petition',
      'ua-105-22',
    ]);
    expect(BUNDLE_VERSION).toBe(
      'juliaca-victims-association@3,peru-repression-petition@1,ua-105-22@3',
    );
  });

  it.each(caseFileNames)(
    '%s is already in the exact shape the schema returns, so the app may use it unvalidated',
    (name) => {
      const json = readCaseFile(name);
      expect(parseCaseFile(`./cases/${name}`, json)).toEqual(json);
    },
  );

  it.each(caseFileNames)('%s is a valid case named after its id', (name) => {
    const result = caseSchema.safeParse(readCaseFile(name));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(`${result.data?.id}.json`).toBe(name);
  });

  it.each(caseFileNames)('%s has every text in both English and Spanish', (name) => {
    const fields = localizedFields(readCaseFile(name));
    expect(fields.length).toBeGreaterThan(0);
    for (const { path, en, es } of fields) {
      if (Array.isArray(en) || Array.isArray(es)) {
        // Paragraph lists: the Spanish reader must not miss a paragraph the English reader gets.
        expect(Array.isArray(en) && Array.isArray(es), path).toBe(true);
        // Other salutations are choices, not a translation: "Estimada diputada:" has no English twin.
        if (!path.endsWith('.otherSalutations')) {
          expect((es as unknown[]).length, `${path} paragraph count`).toBe(
            (en as unknown[]).length,
          );
        }
        for (const paragraph of [...(en as unknown[]), ...(es as unknown[])]) {
          expect(isFilledText(paragraph), path).toBe(true);
        }
      } else if (typeof en === 'string' || typeof es === 'string') {
        expect(isFilledText(en), `${path}.en`).toBe(true);
        expect(isFilledText(es), `${path}.es`).toBe(true);
        // A person's name is the same in both languages; every other text must be translated.
        if (!/^targets\[\d+\]\.name$/.test(path)) {
          expect(es, `${path}.es is a copy of the English`).not.toBe(en);
        }
      } else {
        // Sample letters: `{ en: { subject, body }, es: { … } }`.
        for (const letter of [en, es] as Record<string, unknown>[]) {
          expect(isFilledText(letter.subject), `${path}.subject`).toBe(true);
          expect(isFilledText(letter.body), `${path}.body`).toBe(true);
        }
      }
    }
  });

  describe.each(bundledCases.filter((c) => c.sampleLetter).map((c) => [c.id, c] as const))(
    'the sample letter of %s',
    (_id, theCase) => {
      it.each(LANGUAGES)(
        'in %s uses only known placeholders and is signed by the member',
        (lang) => {
          const letter = theCase.sampleLetter?.[lang];
          expect(letter).toBeDefined();
          if (!letter) return;
          expect(findUnknownPlaceholders(letter.subject)).toEqual([]);
          expect(findUnknownPlaceholders(letter.body)).toEqual([]);
          const used = findPlaceholders(letter.body);
          expect(used).toContain('salutation');
          expect(used).toContain('closing');
          expect(used).toContain('senderName');
          const paragraphs = letter.body.split('\n\n');
          expect(paragraphs[0]).toBe('{{salutation}}');
          expect(paragraphs.slice(-2)).toEqual([
            '{{closing}}',
            '{{senderName}}\n{{senderAddress}}',
          ]);
        },
      );
    },
  );

  it('renders every sample letter for every target without a placeholder left over', () => {
    const sender = {
      name: 'Ana Pérez',
      address: '12 High Street\nSutton Coldfield',
      postcode: 'B72 1AA',
      email: 'ana@example.org',
    };
    for (const theCase of bundledCases) {
      for (const target of theCase.targets) {
        for (const language of LANGUAGES) {
          const { subject, body } = renderAppeal({
            theCase,
            target,
            language,
            sender,
            date: '2023-02-01',
          });
          const where = `${theCase.id} → ${target.id} (${language})`;
          expect(`${subject}\n${body}`, where).not.toMatch(/\{\{|\}\}/);
          expect(body.startsWith(`${target.salutation[language]}\n\n`), where).toBe(true);
          expect(body.endsWith('Ana Pérez\n12 High Street\nSutton Coldfield\nB72 1AA'), where).toBe(
            true,
          );
        }
      }
    }
  });

  it('refuses to bundle a broken or misnamed case file, naming the file', () => {
    const ua = readCaseFile('ua-105-22.json') as Record<string, unknown>;
    expect(() =>
      parseCaseFile('./cases/ua-105-22.json', { ...ua, deadline: '7 March 2023' }),
    ).toThrow(/\.\/cases\/ua-105-22\.json is invalid[\s\S]*deadline/);
    expect(() => parseCaseFile('./cases/ua-105-23.json', ua)).toThrow(
      /\.\/cases\/ua-105-23\.json has id "ua-105-22"/,
    );
  });

  it('gives every target of a case its own id', () => {
    for (const theCase of bundledCases) {
      const ids = theCase.targets.map((t) => t.id);
      expect(new Set(ids).size, theCase.id).toBe(ids.length);
    }
  });
});

describe('UA 105.22', () => {
  const ua = bundled('ua-105-22');

  it('is the urgent action about the 18 people killed in Juliaca on 9 January 2023', () => {
    expect(ua.kind).toBe('urgent-action');
    // Spanish-speaking sections write Amnesty's references their own way.
    expect(ua.reference).toEqual({ en: 'UA 105.22', es: 'AU 105/22' });
    expect(ua.country).toBe('PE');
    expect(ua.summary.en).toMatch(/\b18 people\b/);
    expect(ua.summary.en).toContain('9 January 2023');
    expect(ua.summary.en).toContain('Juliaca');
    expect(ua.summary.es).toMatch(/\b18 personas\b/);
    expect(ua.summary.es).toContain('9 de enero de 2023');
    expect(ua.summary.es).toContain('Juliaca');
    expect(ua.sampleLetter?.en.body).toMatch(/\b18 people\b/);
    expect(ua.sampleLetter?.es.body).toMatch(/\b18 personas\b/);
  });

  it('asks for action in Spanish until 7 March 2023', () => {
    expect(ua.preferredLanguage).toBe('es');
    expect(ua.deadline).toBe('2023-03-07');
    expect(ua.nameAndPronoun?.en).toBe('Protesters in Peru (they/them)');
  });

  it('targets President Boluarte by post and email', () => {
    const president = ua.targets.find((t) => t.id === 'president');
    expect(president?.name.en).toBe('Dina Ercilia Boluarte Zegarra');
    expect(president?.salutation).toEqual({
      en: 'Dear Madam President,',
      es: 'Señora Presidenta:',
    });
    expect(president?.postalAddress?.join('\n')).toContain('Lima 15001');
    expect(president?.email).toBe('dboluarte@presidencia.gob.pe');
  });

  it('targets the Peruvian ambassador to the USA on every channel the UA lists', () => {
    const ambassador = ua.targets.find((t) => t.id === 'ambassador-usa');
    expect(ambassador?.name.en).toBe('Oswaldo de Rivero');
    expect(ambassador?.salutation).toEqual({ en: 'Dear Ambassador,', es: 'Señor Embajador:' });
    expect(ambassador?.postalAddress).toEqual([
      'Embassy of Peru',
      '1700 Massachusetts Ave. NW',
      'Washington, DC 20036',
      'United States',
    ]);
    expect(ambassador?.phone).toBe('+1 202 833 9860');
    expect(ambassador?.fax).toBe('+1 202 659 8124');
    expect(ambassador?.email).toBe('digitaldiplomacy@embassyofperu.us');
    expect(ambassador?.social.map((s) => [s.network, s.handle])).toEqual([
      ['x', '@PeruInTheUSA'],
      ['instagram', '@peruintheusa'],
    ]);
    expect(ambassador?.contactFormUrl).toMatch(/^https:\/\//);
  });

  it('rejects a copy whose letter misspells a placeholder, naming the misspelling', () => {
    const input = structuredClone(readCaseFile('ua-105-22.json')) as CaseInput;
    if (!input.sampleLetter) throw new Error('UA 105.22 has no sample letter');
    input.sampleLetter.es.body = input.sampleLetter.es.body.replace(
      '{{senderName}}',
      '{{sendrName}}',
    );

    const result = caseSchema.safeParse(input);

    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.message.includes('sendrName'));
    expect(issue?.path).toEqual(['sampleLetter', 'es', 'body']);
  });
});

describe('the Juliaca victims’ association', () => {
  const association = bundled('juliaca-victims-association');

  it('asks members to write to their own MP, in English, with no deadline', () => {
    expect(association.kind).toBe('individual-at-risk');
    expect(association.preferredLanguage).toBe('en');
    expect(association.deadline).toBeUndefined();
    expect(association.targets).toHaveLength(1);
    const mp = association.targets[0];
    expect(mp?.lookupUrl).toBe('https://members.parliament.uk/FindYourMP');
    expect(mp?.role.en).toBe('Member of Parliament, House of Commons');
    expect(association.sources.map((s) => s.publisher)).toEqual(['Sutton Coldfield Amnesty Group']);
  });

  it('tells the MP the writer’s name and address are given, in both languages', () => {
    expect(association.sampleLetter?.en.body).toMatch(/my name and address/);
    expect(association.sampleLetter?.es.body).toMatch(/mi nombre y mi dirección/);
    expect(association.sampleLetter?.en.body).toContain('UK Government');
    expect(association.sampleLetter?.es.body).toContain('Gobierno del Reino Unido');
  });
});

describe('the petition', () => {
  const petition = bundled('peru-repression-petition');

  it('has no one to write to, because signing is the action', () => {
    expect(petition.kind).toBe('petition');
    expect(petition.targets).toEqual([]);
    expect(petition.sampleLetter).toBeUndefined();
    expect(petition.deadline).toBeUndefined();
    expect(petition.summary.en).toMatch(/\b49 people\b/);
    expect(petition.summary.es).toMatch(/\b49 personas\b/);
  });

  it('keeps the 2024 newsletter news as dated updates', () => {
    expect(petition.updates.map((u) => u.date)).toEqual(['2024-07-01', '2024-06-01', '2024-02-01']);
  });
});
