const formatters = new Map<string, unknown>();

/**
 * The formatter stored under `key`, built once. Building an Intl formatter loads its locale's data,
 * which on a phone costs more than the formatting: the case list built one per card for its
 * country and deadline, and that was most of its first render. `key` names the kind, the locale
 * and the options, since a formatter is fixed to all three.
 */
export function cachedIntlFormatter<Formatter>(key: string, build: () => Formatter): Formatter {
  let formatter = formatters.get(key) as Formatter | undefined;
  if (formatter === undefined) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}
