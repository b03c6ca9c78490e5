import { describe, expect, it } from 'vitest';
import { OWN_PHONE_SESSION_ID } from '../../src/domain/ownSignature';
import { csvCell, signupsToCsv, type ExportedSignup } from '../../src/domain/signupCsv';

const rosa: ExportedSignup = {
  caseId: 'peru-repression-petition',
  stallSessionId: '1b7c6c52-7f3e-4b8e-9d55-0a4f3c1f2e11',
  signedAt: '2026-11-28T11:02:03.456Z',
  name: 'Rosa Quispe',
  email: 'rosa@example.org',
  postcode: 'B73 6AA',
  consentPetition: true,
  consentUpdates: false,
  consentTextVersion: '2026-11-v1',
  consentLanguage: 'es',
};

describe('the coordinator’s CSV of sign-ups', () => {
  it('has the consent columns and one CRLF-terminated row per sign-up', () => {
    const csv = signupsToCsv([rosa]);

    expect(csv).toBe(
      'case,stall session,signed at,name,email,postcode,petition consent,updates consent,consent text version,consent language\r\n' +
        'peru-repression-petition,1b7c6c52-7f3e-4b8e-9d55-0a4f3c1f2e11,2026-11-28T11:02:03.456Z,Rosa Quispe,rosa@example.org,B73 6AA,yes,no,2026-11-v1,es\r\n',
    );
  });

  it('says "own phone" where a member signed on their own phone rather than at a stall', () => {
    const [, row] = signupsToCsv([{ ...rosa, stallSessionId: OWN_PHONE_SESSION_ID }]).split('\r\n');
    expect(row).toBe(
      'peru-repression-petition,own phone,2026-11-28T11:02:03.456Z,Rosa Quispe,rosa@example.org,B73 6AA,yes,no,2026-11-v1,es',
    );
  });

  it.each([
    [
      '=HYPERLINK("http://evil.example","click")',
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    ],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('turns a cell a spreadsheet would run, %j, into text', (typed, cell) => {
    expect(csvCell(typed)).toBe(cell);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, and leaves plain text alone', () => {
    expect(csvCell('Quispe, Rosa')).toBe('"Quispe, Rosa"');
    expect(csvCell('Rosa "Rosi" Quispe')).toBe('"Rosa ""Rosi"" Quispe"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('María Peñalosa')).toBe('María Peñalosa');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('escapes a signer who typed a formula as their name, in the file itself', () => {
    const csv = signupsToCsv([{ ...rosa, name: '=1+1', email: '@rosa', consentUpdates: true }]);

    expect(csv.split('\r\n')[1]).toContain(",'=1+1,'@rosa,B73 6AA,yes,yes,");
  });
});
