import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: the device's bearer token, handed out once at join and never stored as is. */
export function generateDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;

/** The token from an `Authorization: Bearer …` header, or null when there is none in that form. */
export function bearerToken(header: string | undefined): string | null {
  return header ? (BEARER.exec(header.trim())?.[1] ?? null) : null;
}
