import { actionReportDataSchema, type ActionReportData } from '../domain/syncProtocol';

export class InvalidActionReportError extends Error {
  constructor(message: string) {
    super(`Not a valid action report: ${message}`);
    this.name = 'InvalidActionReportError';
  }
}

/** Checks a report with the protocol's own schema, so the server cannot reject it for its shape. */
export function parseActionReport(data: unknown): ActionReportData {
  const parsed = actionReportDataSchema.safeParse(data);
  if (!parsed.success) throw new InvalidActionReportError(parsed.error.issues[0]?.message ?? '');
  return parsed.data;
}
