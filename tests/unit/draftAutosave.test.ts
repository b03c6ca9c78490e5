import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDebouncedSaver } from '../../src/ui/debouncedSaver';
import { composeLetter, retargetBody } from '../../src/domain/composeLetter';

afterEach(() => vi.useRealTimers());

describe('saving a letter while the member types', () => {
  it('writes once after a pause, with the latest text', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const saver = createDebouncedSaver(async (text: string) => void saved.push(text), 400);
    saver.schedule('Señora');
    saver.schedule('Señora Presidenta');
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['Señora Presidenta']);
    await saver.dispose();
  });

  it('writes at once when the page is hidden away, before the timer would', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const saver = createDebouncedSaver(async (text: string) => void saved.push(text), 400);
    saver.schedule('Le escribo');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await Promise.resolve();
    expect(saved).toEqual(['Le escribo']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['Le escribo']);
    await saver.dispose();
  });

  it('writes at once when the tab becomes hidden, and keeps saves in order', async () => {
    const saved: string[] = [];
    let release: () => void = () => {};
    const slowFirst = new Promise<void>((resolve) => (release = resolve));
    const saver = createDebouncedSaver(async (text: string) => {
      if (saved.length === 0) await slowFirst;
      saved.push(text);
    }, 400);
    saver.schedule('first');
    const first = saver.flush();
    saver.schedule('second');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    release();
    await first;
    await saver.flush();
    expect(saved).toEqual(['first', 'second']);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    await saver.dispose();
  });

  it('stops listening once the editor closes', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => {});
    const saver = createDebouncedSaver(save, 400);
    await saver.dispose();
    saver.schedule('late');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
  });
});

describe('the letter as sent', () => {
  it('puts the member’s own paragraph just before the closing', () => {
    const body = 'Señora Presidenta:\n\nLe escribo.\n\nAtentamente,\n\nAna Pérez';
    expect(composeLetter(body, 'My group stands with Juliaca.', 'es')).toBe(
      'Señora Presidenta:\n\nLe escribo.\n\nMy group stands with Juliaca.\n\nAtentamente,\n\nAna Pérez',
    );
    expect(composeLetter(body, '   ', 'es')).toBe(body);
    expect(composeLetter('Hello', 'Own words', 'en')).toBe('Hello\n\nOwn words');
  });

  it('keeps the member’s edits when the letter goes to another target', () => {
    const president = {
      body: 'Señora Presidenta:\n\nTexto.',
      salutation: 'Señora Presidenta:',
      targetName: 'Dina Boluarte',
    };
    const ambassador = {
      body: 'Señor Embajador:\n\nTexto.',
      salutation: 'Señor Embajador:',
      targetName: 'Oswaldo de Rivero',
    };
    expect(retargetBody(president.body, president, ambassador)).toBe(ambassador.body);
    expect(retargetBody('Señora Presidenta:\n\nTexto editado.', president, ambassador)).toBe(
      'Señor Embajador:\n\nTexto editado.',
    );
  });
});
