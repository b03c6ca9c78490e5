import type { GroupMembership } from '../../src/db/rows';

/**
 * This phone as joining leaves it: a member of the Sutton Coldfield group on the test server,
 * with no group key yet. A story changes only what it is about (the role, the key, the name).
 */
export function joinedGroup(overrides: Partial<Omit<GroupMembership, 'id'>> = {}): GroupMembership {
  return {
    id: 'current',
    serverUrl: 'http://127.0.0.1:8787',
    deviceId: 'd1',
    token: 'token-1',
    groupId: 'g1',
    groupName: 'Sutton Coldfield group',
    publicKey: null,
    joinedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}
