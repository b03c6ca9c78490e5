import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { createI18n } from '../../src/app/i18n';

function BrokenPage(): never {
  throw new Error('a case with a shape nobody expected');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('when a screen crashes', () => {
  it('offers a translated way to reload instead of a blank page', async () => {
    // React reports the caught error on the console; the test only cares about what the member sees.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const i18n = await createI18n({ language: 'es' });

    render(
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <BrokenPage />
        </ErrorBoundary>
      </I18nextProvider>,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Algo ha fallado' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Volver a cargar' })).toBeTruthy();
  });
});
