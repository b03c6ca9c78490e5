/**
 * A cursor is the last change number a client has seen, sent back as an opaque string so the
 * server may change its form later without breaking phones.
 */
export class InvalidCursorError extends Error {
  constructor() {
    super('cursor must be a value returned by an earlier sync');
    this.name = 'InvalidCursorError';
  }
}

const CURSOR_PATTERN = /^(0|[1-9][0-9]{0,15})$/;

export function parseCaseCursor(cursor: string | null): number {
  if (cursor === null) return 0;
  if (!CURSOR_PATTERN.test(cursor)) throw new InvalidCursorError();
  const value = Number(cursor);
  if (!Number.isSafeInteger(value)) throw new InvalidCursorError();
  return value;
}

export function formatCaseCursor(seq: number): string {
  return String(seq);
}
