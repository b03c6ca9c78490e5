import { useEffect, type RefObject } from 'react';

/**
 * Keeps what the keyboard focuses clear of the fixed bottom bar (WCAG 2.2 "focus not obscured").
 * The page's scroll-padding-bottom makes room for the bar whenever the browser scrolls to a focused
 * element, but Chrome does not scroll at all when the element is already inside the window, even
 * with its lower part under the bar (a three-line address box at 130 % text, say). This scrolls
 * such an element up just enough, padding included. A tap is left alone: the element is where the
 * finger is, and moving it would make the text jump away from under it.
 */
export function useFocusClearOfBottomBar(navRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    let pointerFocus = false;
    const onPointerDown = () => {
      pointerFocus = true;
    };
    // A tap on plain text focuses nothing; the next key press is the keyboard's again.
    const onKeyDown = () => {
      pointerFocus = false;
    };
    const onFocusIn = (event: FocusEvent) => {
      const tapped = pointerFocus;
      pointerFocus = false;
      const nav = navRef.current;
      const target = event.target;
      if (tapped || !nav || !(target instanceof HTMLElement) || nav.contains(target)) return;
      const box = target.getBoundingClientRect();
      const barTop = nav.getBoundingClientRect().top;
      // Taller than the room above the bar, it cannot be seen whole anyway; its own code decides
      // (the letter box shows its top, where typing starts).
      if (box.bottom <= barTop || box.height >= barTop) return;
      target.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [navRef]);
}
