/**
 * The SQLSTATE of a database error, looked for along the `cause` chain: Drizzle wraps the driver's
 * error in one whose message carries the whole statement and its parameters, so only the code
 * may travel further (into an answer or a log line).
 */
export function databaseErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Class 22 is "data exception" (a number out of range, text the column cannot hold): the fault of
 * one row's values, not of the database, so storing the other rows on their own can still work.
 */
export function isDataException(error: unknown): boolean {
  return databaseErrorCode(error)?.startsWith('22') ?? false;
}
