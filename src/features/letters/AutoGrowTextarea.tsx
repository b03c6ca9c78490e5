import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
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

  return <textarea ref={ref} {...props} />;
}
