import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** Side padding of one tab's link, in em of the nav's font (0.25rem in .bottom-nav-link). */
const LINK_PADDING_EM = 0.25;
/** The tabs' icons are drawn at a fixed 24 px (ui/icons.tsx). */
const ICON_PX = 24;
/**
 * A tab's height in two rows, beyond its icon, in em of the nav's font: padding (0.5), the gap
 * (0.125) and one line of its label (0.8125 × the line height).
 */
const ROW_TEXT_EM = 0.5 + 0.125 + 0.8125 * 1.5;
/** Two rows of tabs may take this share of the screen's height; taller, and a Menu takes less. */
const TWO_ROWS_MAX_SHARE = 0.25;

/**
 * - `row`: every tab side by side, the usual bar;
 * - `rows`: the tabs in two rows (3 + 2), still all in sight and one tap away, for large text;
 * - `menu`: a Menu button that opens the tabs as a list, when even two rows would not fit.
 */
export type BottomNavLayout = 'row' | 'rows' | 'menu';

let measuringContext: CanvasRenderingContext2D | null | undefined;

function textWidth(text: string, font: string): number {
  measuringContext ??= document.createElement('canvas').getContext('2d');
  if (!measuringContext) return 0;
  measuringContext.font = font;
  return measuringContext.measureText(text).width;
}

/**
 * Whether every tab's label fits its share of the bar, word by word (a two-word label may wrap), at
 * the text size the phone uses right now. With Android's large text ("Actividad" at 115 % on a
 * 320 px phone) five do not fit side by side, so the tabs take two rows, each still visible and one
 * tap away. At 200 % not even three fit a row (or two rows would take a quarter of a short
 * screen), and the bar becomes a Menu button instead of cutting tabs off the screen.
 *
 * Also publishes the bar's real height as --bottom-nav-space, so the page leaves room for it and a
 * focused field is never scrolled underneath it (scroll-padding in styles.css).
 */
export function useBottomNavLayout(
  navRef: RefObject<HTMLElement | null>,
  labels: readonly string[],
): BottomNavLayout {
  const [layout, setLayout] = useState<BottomNavLayout>('row');
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
      const tabCount = Math.max(1, labelKey.split('\n').length);
      const widest = Math.max(...labelKey.split(/\s+/).map((word) => textWidth(word, font)));
      const fits = (columns: number) =>
        widest + 2 * LINK_PADDING_EM * fontSize <= nav.clientWidth / columns;
      const twoRowsHeight = 2 * (ICON_PX + ROW_TEXT_EM * fontSize);
      setLayout(
        fits(tabCount)
          ? 'row'
          : fits(Math.ceil(tabCount / 2)) &&
              twoRowsHeight <= TWO_ROWS_MAX_SHARE * window.innerHeight
            ? 'rows'
            : 'menu',
      );
      // An open menu covers the page for a moment; the room the page keeps is the closed bar's.
      const openMenu = nav.querySelector<HTMLElement>('.bottom-nav-compact > ul:not([hidden])');
      const height = nav.getBoundingClientRect().height - (openMenu?.offsetHeight ?? 0);
      // Every page's bottom room reads this property, so writing it restyles the whole page: it
      // is written only when the height has changed, not on each of the observer's callbacks.
      const space = `${height}px`;
      const rootStyle = document.documentElement.style;
      if (rootStyle.getPropertyValue('--bottom-nav-space') !== space) {
        rootStyle.setProperty('--bottom-nav-space', space);
      }
    };
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    // The bar's size changes with the window and with the phone's text size, either of which may
    // change what fits; its height changes with the layout, which the page's room must follow.
    // The first measure is the observer's first report too, which comes after the frame's own
    // layout and before its paint. Measured here in the commit, the bar forced that layout inside
    // React's task, one long task of render and layout on a first visit. flushSync renders a
    // changed layout before that paint, so a bar that does not fit is never on screen.
    const observer = new ResizeObserver(() => flushSync(measure));
    observer.observe(nav);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [navRef, labelKey]);

  return layout;
}
