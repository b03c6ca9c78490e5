import { networkInterfaces } from 'node:os';
import type { ServerConfig } from './config';

/** Where the server listens. */
export function serverUrl({ host, port }: Pick<ServerConfig, 'host' | 'port'>): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * The address for join links. A server listening on every interface is reached by phones at this
 * computer's network address, not at 0.0.0.0; PUBLIC_URL wins when a proxy sits in front.
 */
export function appUrl(config: Pick<ServerConfig, 'host' | 'port' | 'publicUrl'>): string {
  if (config.publicUrl) return config.publicUrl;
  if (config.host === '0.0.0.0' || config.host === '::') {
    const lan = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (lan) return serverUrl({ host: lan.address, port: config.port });
  }
  return serverUrl(config);
}
