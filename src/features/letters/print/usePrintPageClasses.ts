import { useEffect } from 'react';
import type { PaperSize } from './paperSize';

/**
 * Marks <html> while the print view is open. Print rules are scoped to it, so printing any other
 * screen is left alone; and @page rules cannot be scoped to a class, so the paper size picks a
 * named page through the class instead (see print.css).
 */
export function usePrintPageClasses(paperSize: PaperSize): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('print-view', `paper-${paperSize}`);
    return () => root.classList.remove('print-view', `paper-${paperSize}`);
  }, [paperSize]);
}
