import { vi } from 'vitest';
import {
  actionReportDataSchema,
  signUpDataSchema,
  type GroupTotals,
  type SignUpData,
} from '../../src/domain/syncProtocol';
import type { FetchLike } from '../../src/sync/groupApi';

interface PushedItem {
  id: string;
  type: string;
  data: { caseId: string; actions: Record<string, number> };
}

/**
 * A stand-in for the group's server, speaking the sync contract: it stores each id once, rejects
 * what its rule refuses with a reason, and answers every sync with the group's totals.
 */
export function groupServerStandIn(
  options: {
    /** A reason to refuse an item for, or null to store it. */
    refuse?: (item: PushedItem) => string | null;
    joinCode?: string;
    groupName?: string;
  } = {},
) {
  const stored = new Map<string, PushedItem>();
  const signUps = new Map<string, SignUpData>();
  let answerWith: ((url: string) => Response | Promise<Response>) | null = null;
  // Set once the coordinator renames the group: from then on every sync answer carries the name.
  let renamedTo: string | null = null;

  function totals(): GroupTotals {
    const sums: GroupTotals = {};
    for (const item of stored.values()) {
      const forCase = (sums[item.data.caseId] ??= {});
      for (const [type, count] of Object.entries(item.data.actions)) {
        const key = type as keyof typeof forCase;
        forCase[key] = (forCase[key] ?? 0) + count;
      }
    }
    return sums;
  }

  const fetch: FetchLike = async (url, init) => {
    if (answerWith) return answerWith(url);
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    if (url.endsWith('/api/v1/join')) {
      if (body.code !== (options.joinCode ?? 'TEST-JOIN-CODE')) {
        return Response.json(
          { error: { code: 'invalid_code', message: 'This join code is not valid.' } },
          { status: 401 },
        );
      }
      return Response.json(
        {
          deviceId: crypto.randomUUID(),
          token: `token-${crypto.randomUUID()}`,
          group: { id: 'g1', name: options.groupName ?? 'Sutton Coldfield group', publicKey: null },
          role: 'member',
        },
        { status: 201 },
      );
    }
    const push = body.push as PushedItem[];
    const results = push.map((item) => {
      if (item.type === 'sign-up') {
        const signUp = signUpDataSchema.safeParse(item.data);
        if (!signUp.success) {
          return {
            id: item.id,
            status: 'rejected',
            error: { code: 'invalid', message: 'invalid sign-up' },
          };
        }
        const status = signUps.has(item.id) ? 'duplicate' : 'stored';
        signUps.set(item.id, signUp.data);
        return { id: item.id, status };
      }
      const valid = actionReportDataSchema.safeParse(item.data);
      const reason = valid.success ? (options.refuse?.(item) ?? null) : 'invalid report';
      if (reason) {
        return { id: item.id, status: 'rejected', error: { code: 'invalid', message: reason } };
      }
      const status = stored.has(item.id) ? 'duplicate' : 'stored';
      stored.set(item.id, item);
      return { id: item.id, status };
    });
    return Response.json({
      results,
      cases: [],
      totals: totals(),
      cursor: String(stored.size),
      ...(renamedTo === null ? {} : { group: { publicKey: null, keyId: null, name: renamedTo } }),
    });
  };

  return {
    fetch: vi.fn(fetch),
    stored,
    /** Sign-ups as the server would keep them, sealed. */
    signUps,
    totals,
    /** Every request answers this way until `answerNormally`; e.g. a thrown TypeError is "offline". */
    answerWith(answer: (url: string) => Response | Promise<Response>) {
      answerWith = answer;
    },
    answerNormally() {
      answerWith = null;
    },
    /** The coordinator renamed the group on another device. */
    renameGroup(name: string) {
      renamedTo = name;
    },
  };
}

export const offline = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch'));
