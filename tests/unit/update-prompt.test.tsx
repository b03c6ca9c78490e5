import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import enCommon from '../../locales/en/common.json';
import type { ServiceWorkerUpdates } from '../../src/app/update/appWorkbox';
import { UpdatePrompt } from '../../src/app/update/UpdatePrompt';

type WorkboxEventName = 'waiting' | 'controlling';

/** Stands in for workbox-window: the test decides when the browser reports each event. */
class FakeWorkbox implements ServiceWorkerUpdates {
  readonly register = vi.fn(async () => undefined);
  readonly update = vi.fn(async () => undefined);
  readonly messageSkipWaiting = vi.fn();
  private readonly listeners = new Map<WorkboxEventName, Set<() => void>>();

  addEventListener(type: WorkboxEventName, listener: () => void) {
    const forType = this.listeners.get(type) ?? new Set();
    forType.add(listener);
    this.listeners.set(type, forType);
  }

  removeEventListener(type: WorkboxEventName, listener: () => void) {
    this.listeners.get(type)?.delete(listener);
  }

  browserReports(type: WorkboxEventName) {
    act(() => {
      for (const listener of this.listeners.get(type) ?? []) listener();
    });
  }
}

async function renderPrompt() {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: 'en',
    ns: ['common'],
    defaultNS: 'common',
    resources: { en: { common: enCommon } },
    interpolation: { escapeValue: false },
  });
  const workbox = new FakeWorkbox();
  const reloadPage = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <UpdatePrompt workbox={workbox} reloadPage={reloadPage} />
    </I18nextProvider>,
  );
  return { workbox, reloadPage };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('update prompt', () => {
  it('stays quiet until a new version is waiting, then says so politely', async () => {
    const { workbox } = await renderPrompt();
    expect(workbox.register).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('A new version is ready')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();

    workbox.browserReports('waiting');

    expect(screen.getByRole('status')).toHaveProperty('textContent', 'A new version is ready');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Later' })).toBeTruthy();
  });

  it('never reloads the page while the member has not clicked Reload', async () => {
    const { workbox, reloadPage } = await renderPrompt();
    workbox.browserReports('waiting');
    // The first install claims the page, which also reports 'controlling'.
    workbox.browserReports('controlling');

    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reloadPage).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'A new version is ready');
  });

  it('on Reload, lets the new version take over and reloads once it controls the page', async () => {
    const { workbox, reloadPage } = await renderPrompt();
    workbox.browserReports('waiting');

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(workbox.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reloadPage).not.toHaveBeenCalled();

    workbox.browserReports('controlling');
    workbox.browserReports('controlling');
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it('on Later, hides the prompt and keeps the running version', async () => {
    const { workbox, reloadPage } = await renderPrompt();
    workbox.browserReports('waiting');

    await userEvent.click(screen.getByRole('button', { name: 'Later' }));

    expect(screen.queryByText('A new version is ready')).toBeNull();
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it('looks for a new version when the member returns to the tab and every hour', async () => {
    vi.useFakeTimers();
    const { workbox } = await renderPrompt();
    expect(workbox.update).not.toHaveBeenCalled();

    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(document.visibilityState).toBe('visible');
    expect(workbox.update).toHaveBeenCalledTimes(1);

    act(() => {
      vi.advanceTimersByTime(60 * 60 * 1000);
    });
    expect(workbox.update).toHaveBeenCalledTimes(2);
  });
});
