import { describe, expect, it } from 'vitest';
import { bundledCases } from '../../src/content/bundledCases';
import { buildMailto } from '../../src/domain/mailto';
import { newDraft } from '../../src/features/letters/createDrafts';
import { retargetDraft } from '../../src/features/letters/retargetDraft';
import { ana } from './lettersStory';

const ua = bundledCases.find((c) => c.id === 'ua-105-22')!;
const [president, ambassador] = ua.targets;

describe('a letter moved to another person of the case', () => {
  const draft = newDraft(ua, president!, 'es', ana, new Date(2026, 10, 22, 10));

  it('is simply the other rendering while the member has changed nothing', () => {
    const moved = retargetDraft(draft, ua, president!, ambassador!);
    const fresh = newDraft(ua, ambassador!, 'es', ana, new Date(2026, 10, 22, 10));
    expect(moved).toEqual({ targetId: 'ambassador-usa', subject: fresh.subject, body: fresh.body });
  });

  it('keeps the edits and swaps greeting and role, so the ambassador is not called President', () => {
    const edited = {
      ...draft,
      subject: `${draft.subject} — urgente`,
      body: draft.body.replace('\n\nMe dirijo', '\n\nSoy socia de Amnistía. Me dirijo'),
    };
    const moved = retargetDraft(edited, ua, president!, ambassador!);
    expect(moved.subject).toBe(`${draft.subject} — urgente`);
    expect(moved.body.startsWith('Señor Embajador:\n\nSoy socia de Amnistía. Me dirijo')).toBe(
      true,
    );
    expect(moved.body).toContain('como Embajador del Perú en los Estados Unidos,');
    expect(moved.body).not.toMatch(/Presidenta/);
  });
});

describe('the email link', () => {
  it('is still built while half of an emoji is in the text, as a keyboard composes it', () => {
    const half = `✊${'🏽'.charAt(0)}`;
    const link = buildMailto('a@example.org', 'Asunto', `Hola ${half}`);
    expect(link.includesBody).toBe(true);
    expect(decodeURIComponent(link.href.split('&body=')[1]!)).toBe('Hola ✊\uFFFD');
  });
});
