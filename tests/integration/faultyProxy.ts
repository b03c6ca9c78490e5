import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Chances, from 0 to 1, of each fault for one request. */
export interface FaultPlan {
  /** The request never reaches the server: the connection is cut at once. */
  dropRequest: number;
  /** The server receives it twice, at the same moment. */
  duplicate: number;
  /** The server answers (and so has committed), but the answer is cut before the client gets it. */
  dropResponse: number;
}

export const NO_FAULTS: FaultPlan = { dropRequest: 0, duplicate: 0, dropResponse: 0 };

export interface FaultCounters {
  requests: number;
  droppedRequests: number;
  duplicatedRequests: number;
  droppedResponses: number;
  /** Items the server answered `duplicate` (already stored), over every copy it received. */
  duplicateAnswers: number;
}

export interface FaultyProxy {
  origin: string;
  counters: FaultCounters;
  setPlan(plan: FaultPlan): void;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const FORWARDED_HEADERS = ['content-type', 'authorization'];
const RETURNED_HEADERS = ['content-type', 'retry-after', 'www-authenticate'];

/**
 * A loopback HTTP proxy that misbehaves like a bad mobile network, drawing each request's fate
 * from the given random source.
 */
export async function startFaultyProxy(
  targetOrigin: string,
  random: () => number,
  initialPlan: FaultPlan,
): Promise<FaultyProxy> {
  let plan = initialPlan;
  const counters: FaultCounters = {
    requests: 0,
    droppedRequests: 0,
    duplicatedRequests: 0,
    droppedResponses: 0,
    duplicateAnswers: 0,
  };

  const forward = async (request: IncomingMessage, body: Buffer) => {
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const response = await fetch(`${targetOrigin}${request.url ?? '/'}`, {
      method: request.method,
      headers,
      body:
        request.method === 'GET' || request.method === 'HEAD' ? undefined : new Uint8Array(body),
    });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };

  const server = createServer((request, response) => {
    void (async () => {
      counters.requests += 1;
      // All three draws happen for every request, so the fate of request n depends only on n.
      const [dropRequest, duplicate, dropResponse] = [random(), random(), random()];
      const body = await readBody(request);
      if (dropRequest < plan.dropRequest) {
        counters.droppedRequests += 1;
        request.socket.destroy();
        return;
      }
      const copies = duplicate < plan.duplicate ? 2 : 1;
      if (copies === 2) counters.duplicatedRequests += 1;
      const answers = await Promise.all(
        Array.from({ length: copies }, () => forward(request, body)),
      );
      for (const copy of answers) {
        if (request.url !== '/api/v1/sync' || copy.status !== 200) continue;
        const { results } = JSON.parse(copy.body) as { results: Array<{ status: string }> };
        counters.duplicateAnswers += results.filter((r) => r.status === 'duplicate').length;
      }
      // With two copies, the client gets the answer of the one that finished last.
      const answer = answers[answers.length - 1]!;
      if (dropResponse < plan.dropResponse) {
        counters.droppedResponses += 1;
        request.socket.destroy();
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of RETURNED_HEADERS) {
        const value = answer.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      response.writeHead(answer.status, headers).end(answer.body);
    })().catch(() => request.socket.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    counters,
    setPlan(next) {
      plan = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
