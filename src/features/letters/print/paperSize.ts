export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

// Remembered on the phone: a member's printer takes the same paper every time.
const STORAGE_KEY = 'carta.paperSize';

export function storedPaperSize(): PaperSize {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'letter' ? 'letter' : 'a4';
  } catch {
    return 'a4';
  }
}

export function storePaperSize(size: PaperSize): void {
  try {
    localStorage.setItem(STORAGE_KEY, size);
  } catch {
    // Private browsing may refuse; the choice then lasts for this visit only.
  }
}
