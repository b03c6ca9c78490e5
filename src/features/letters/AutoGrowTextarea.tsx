import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  type FocusEvent,
  type TextareaHTMLAttributes,
} from 'react';

/** A textarea as tall as its text, so a whole letter can be read and edited without a box scroll. */
export function AutoGrowTextarea(
  props: TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string },
) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const fit = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    element.style.height = 'auto';
    // scrollHeight leaves out the borders, which border-box sizing counts in the height.
    const borders = element.offsetHeight - element.clientHeight;
    element.style.height = `${element.scrollHeight + borders}px`;
  }, []);

  useLayoutEffect(fit, [fit, props.value]);
  useEffect(() => {
    // A narrower screen (a phone turned upright) wraps more lines.
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [fit]);

  // Reached with Tab, a letter taller than it looks is shown whole where it fits, clear of the
  // bottom bar (the page's scroll-padding): the browser itself stops once any part is in view. A tap
  // is left alone, so the text does not jump away from under the finger.
  const tapped = useRef(false);
  const { onFocus, onPointerDown } = props;
  return (
    <textarea
      ref={ref}
      {...props}
      onPointerDown={(event) => {
        tapped.current = true;
        onPointerDown?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLTextAreaElement>) => {
        if (!tapped.current) event.currentTarget.scrollIntoView({ block: 'nearest' });
        tapped.current = false;
        onFocus?.(event);
      }}
    />
  );
}
