import { generateKeyPairSync } from 'node:crypto';
import type { Page } from '@playwright/test';
import { putRows } from './seed';

// A phone in the middle of things, put straight into its database: a draft, the member's details,
// a stall with signatures and, for the screens that need one, a coordinator's membership with the
// group's key. Stories about large text and the keyboard start here instead of clicking there.

export const DRAFT_ID = '7d0c2a4e-1f0b-4d8e-8a3c-5b9e0f1a2c3d';

export const draft = {
  id: DRAFT_ID,
  caseId: 'ua-105-22',
  targetId: 'president',
  language: 'es',
  channel: null,
  subject: 'Perú: detengan el uso ilegítimo de la fuerza',
  body: Array.from({ length: 12 }, (_, i) => `Párrafo ${i + 1} de la carta.`).join('\n\n'),
  ownParagraph: '',
  sender: { name: 'Ana Pérez', address: '12 High Street', postcode: 'B72 1AA', email: '' },
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
  sentAt: null,
};

export const profile = {
  id: 'me',
  name: 'Ana Pérez',
  address: '12 High Street',
  postcode: 'B72 1AA',
  email: '',
  updatedAt: '2026-11-26T10:00:00.000Z',
};

export const stallSession = {
  id: '5a1f6f0e-2b7a-4a55-9a77-0c1d2e3f4a5b',
  caseId: 'peru-repression-petition',
  place: 'High Street, outside the library',
  startedAt: '2026-11-26T10:00:00.000Z',
  endedAt: null,
  signupCount: 12,
  deliveredCount: 9,
  repeatCount: 1,
  pin: null,
  kioskOpen: false,
};

/**
 * A coordinator's membership of a group whose key the phone has. Its server address answers
 * nothing (port 9 refuses connections), so the phone behaves as at a stall without signal: it
 * never hears that this device is unknown, and nothing it seals leaves it.
 */
export function coordinatorMembership() {
  const { publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 3072,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    id: 'current',
    serverUrl: 'http://127.0.0.1:9',
    deviceId: '3f2a1b0c-0d9e-4f8a-b7c6-d5e4f3a2b1c0',
    token: 'not-a-real-token',
    groupId: 'b0c1d2e3-f4a5-4b6c-8d7e-9f0a1b2c3d4e',
    groupName: 'Juliaca Solidarity Group',
    publicKey: publicKey.toString('base64'),
    publicKeyId: 'key-1',
    role: 'coordinator',
    contact: 'privacy@example.org',
    signupRetentionDays: 90,
    joinedAt: '2026-11-20T10:00:00.000Z',
  };
}

export async function joinAsCoordinator(page: Page): Promise<void> {
  await putRows(page, 'group', [coordinatorMembership()]);
}

/** The phone's default text size as a percentage, as Android's font size setting changes it. */
export async function setTextScale(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const standard = Math.round((16 * percent) / 100);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard, fixed: standard } });
}

/**
 * Opens a screen the way a tapped link does, without reloading the app: quicker than a page load
 * for a walk through many screens, and the route change the heading's focus follows.
 */
export async function openScreen(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}
