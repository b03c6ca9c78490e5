import { useLayoutEffect, useState, type RefObject } from 'react';

/** Side padding of one tab's link, in em of the nav's font (0.25rem in .bottom-nav-link). */
const LINK_PADDING_EM = 0.25;

let measuringContext: CanvasRenderingContext2D | null | undefined;

function textWidth(text: string, font: string): number {
  measuringContext ??= document.createElement('canvas').getContext('2d');
  if (!measuringContext) return 0;
  measuringContext.font = font;
  return measuringContext.measureText(text).width;
}

/**
 * Whether every tab's label fits its share of the bar, word by word (a two-word label may wrap), at
 * the text size the phone uses right now. With large text ("Actividad" at 130 % on a 320 px phone)
 * they do not, and the bar becomes a Menu button instead of cutting tabs off the screen.
 *
 * Also publishes the bar's real height as --bottom-nav-space, so the page leaves room for it and a
 * focused field is never scrolled underneath it (scroll-padding in styles.css).
 */
export function useBottomNavLayout(
  navRef: RefObject<HTMLElement | null>,
  labels: readonly string[],
): { compact: boolean } {
  const [compact, setCompact] = useState(false);
  const labelKey = labels.join('\n');

  useLayoutEffect(() => {
    const nav = navRef.current;
    if (!nav) return;
    const measure = () => {
      // Nothing to measure without layout (a test's DOM, a hidden tab).
      if (nav.clientWidth === 0) return;
      const style = getComputedStyle(nav);
      const fontSize = parseFloat(style.fontSize) || 16;
      // Labels are drawn at .bottom-nav-link's size, 0.8125em of the nav's font, in weight 600 (800
      // for the current tab, which may spill a little into its padding).
      const font = `700 ${fontSize * 0.8125}px ${style.fontFamily}`;
      const share = nav.clientWidth / Math.max(1, labelKey.split('\n').length);
      const widest = Math.max(...labelKey.split(/\s+/).map((word) => textWidth(word, font)));
      setCompact(widest + 2 * LINK_PADDING_EM * fontSize > share);
      // An open menu covers the page for a moment; the room the page keeps is the closed bar's.
      const openMenu = nav.querySelector<HTMLElement>('.bottom-nav-compact > ul:not([hidden])');
      const height = nav.getBoundingClientRect().height - (openMenu?.offsetHeight ?? 0);
      document.documentElement.style.setProperty('--bottom-nav-space', `${height}px`);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // The bar's size changes with the window and with the phone's text size; either may change
    // what fits.
    const observer = new ResizeObserver(measure);
    observer.observe(nav);
    return () => observer.disconnect();
  }, [navRef, labelKey]);

  return { compact };
}
