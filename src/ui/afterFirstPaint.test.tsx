import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module remembers the page's first paint, as a page does: each story gets a fresh one.
async function freshModule() {
  vi.resetModules();
  return import('./afterFirstPaint');
}

describe('work the first screen does not show waits until that screen is painted', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'requestIdleCallback'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not count a frame painted before the app has rendered its first screen', async () => {
    const { afterFirstPaint, FirstPaintWatch, holdFirstPaintWatchUntilCommit } =
      await freshModule();
    const sync = vi.fn();
    holdFirstPaintWatchUntilCommit();
    afterFirstPaint(sync);
    // index.html's own frame is painted while React has not rendered yet.
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(sync).not.toHaveBeenCalled();

    render(<FirstPaintWatch />);
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(sync).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1_500));
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('shows the lower part of a screen once the first screen is painted, at once on later screens', async () => {
    const { useAfterFirstPaint } = await freshModule();
    function CasePageLowerHalf() {
      return useAfterFirstPaint() ? <p>Targets and sources</p> : null;
    }
    const first = render(<CasePageLowerHalf />);
    expect(screen.queryByText('Targets and sources')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(screen.getByText('Targets and sources')).toBeTruthy();
    first.unmount();

    render(<CasePageLowerHalf />);
    expect(screen.getByText('Targets and sources')).toBeTruthy();
  });
});
