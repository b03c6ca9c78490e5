/** The encodings the server can send: precompressed copies of the build, and large JSON answers. */
export type Encoding = 'br' | 'gzip';

/**
 * The encodings the client accepts, most wanted first, brotli before gzip when it weights them the
 * same. `gzip;q=0` refuses gzip, and `*` stands for every encoding the header does not name.
 */
export function acceptedEncodings(acceptEncoding: string | undefined): Encoding[] {
  if (!acceptEncoding) return [];
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get('*') ?? 0;
  return (['br', 'gzip'] as const)
    .filter((encoding) => weightOf(encoding) > 0)
    .sort((a, b) => weightOf(b) - weightOf(a));
}

/** Appends Accept-Encoding to the Vary header unless it is there already. */
export function varyByAcceptEncoding(headers: Headers): void {
  const vary = headers.get('Vary');
  if (!vary) headers.set('Vary', 'Accept-Encoding');
  else if (!/\baccept-encoding\b/i.test(vary) && vary !== '*') {
    headers.set('Vary', `${vary}, Accept-Encoding`);
  }
}
