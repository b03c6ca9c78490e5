// The coordinator's endpoints for running the group (DESIGN.md, "Running the group"): totals over
// time, devices, join codes and sign-up retention. Shared by the server, which validates requests
// with them, and the coordinator's screens, which check the answers as they arrive.
import { z } from 'zod';
import { ACTION_TYPES, DEVICE_ROLES, joinRequestSchema, storableText } from './syncProtocol';

const isoDate = z.iso.date();

export const TOTALS_PERIODS = ['week', 'month'] as const;
export type TotalsPeriod = (typeof TOTALS_PERIODS)[number];

/** A chart of more columns than this is unreadable on a phone; ask for months instead. */
export const MAX_TOTALS_PERIODS = 160;

/** `GET /api/v1/totals?from=&to=&by=`: both dates inclusive, by the reports' `occurredOn`. */
export const totalsQuerySchema = z
  .strictObject({ from: isoDate, to: isoDate, by: z.enum(TOTALS_PERIODS) })
  .refine((query) => query.from <= query.to, {
    message: 'from must not be after to',
    path: ['to'],
  });
export type TotalsQuery = z.infer<typeof totalsQuerySchema>;

export const TOTALS_ACTIONS = [...ACTION_TYPES, 'signups'] as const;
export type TotalsAction = (typeof TOTALS_ACTIONS)[number];

const countsSchema = z.partialRecord(z.enum(TOTALS_ACTIONS), z.number().int().nonnegative());
export type ActionCounts = z.infer<typeof countsSchema>;

/**
 * Every period from the one holding `from` to the one holding `to`, empty ones included, in
 * order. A week starts on Monday (ISO 8601), a month on its 1st; `start` is that day even when it
 * falls before `from`, but only reports dated from `from` to `to` are counted.
 */
export const totalsResponseSchema = z.object({
  from: isoDate,
  to: isoDate,
  by: z.enum(TOTALS_PERIODS),
  periods: z.array(
    z.object({
      start: isoDate,
      /** Per case id; a case with nothing in the period is left out. */
      cases: z.record(z.string(), countsSchema),
    }),
  ),
});
export type TotalsResponse = z.infer<typeof totalsResponseSchema>;

export const deviceSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(DEVICE_ROLES),
  joinedAt: z.string(),
  /** The last time the phone synced; null if it never has. */
  lastSyncAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** The device asking: it cannot revoke itself. */
  current: z.boolean(),
});
export type DeviceSummary = z.infer<typeof deviceSummarySchema>;

/** `GET /api/v1/devices`: active devices first, each group by when they joined. */
export const devicesResponseSchema = z.object({ devices: z.array(deviceSummarySchema) });
export type DevicesResponse = z.infer<typeof devicesResponseSchema>;

/** `PATCH /api/v1/devices/:id`; the same rules as the name given when joining. */
export const renameDeviceRequestSchema = z.strictObject({
  name: joinRequestSchema.shape.deviceName,
});
export type RenameDeviceRequest = z.infer<typeof renameDeviceRequestSchema>;

/** The answer to a rename and to `POST /api/v1/devices/:id/revoke`. */
export const deviceResponseSchema = z.object({ device: deviceSummarySchema });
export type DeviceResponse = z.infer<typeof deviceResponseSchema>;

/** A group's name is read inside sentences on every phone; longer would not fit a phone's heading. */
export const GROUP_NAME_MAX_CHARS = 80;

/** `PATCH /api/v1/group` (coordinator only): the name members see, 1 to 80 characters once trimmed. */
export const renameGroupRequestSchema = z.strictObject({
  name: storableText.trim().min(1).max(GROUP_NAME_MAX_CHARS),
});
export type RenameGroupRequest = z.infer<typeof renameGroupRequestSchema>;

/** The answer to a rename; every phone learns the new name from its next sync answer. */
export const groupNameResponseSchema = z.object({
  group: z.object({ id: z.string(), name: z.string() }),
});
export type GroupNameResponse = z.infer<typeof groupNameResponseSchema>;

/** `POST /api/v1/codes/:role/rotate`: the new code, in plain text this once only. */
export const rotatedCodeResponseSchema = z.object({
  role: z.enum(DEVICE_ROLES),
  code: z.string(),
});
export type RotatedCodeResponse = z.infer<typeof rotatedCodeResponseSchema>;

/** `GET /api/v1/signups/retention`: what the server holds and when the oldest goes. */
export const signUpRetentionSchema = z.object({
  retentionDays: z.number().int().positive(),
  stored: z.number().int().nonnegative(),
  /** When the oldest stored sign-up was made (signed at the stall), or null when none is stored. */
  oldestSignedAt: z.string().nullable(),
  /** The day the automatic clean-up deletes the oldest one. */
  oldestGoesOn: isoDate.nullable(),
});
export type SignUpRetention = z.infer<typeof signUpRetentionSchema>;

/**
 * `DELETE /api/v1/signups?receivedThrough=<ISO time>`: deletes the group's sign-ups that reached
 * the server at or before that time — the `receivedThrough` of the export the coordinator made,
 * so a sign-up that arrived after the export is never deleted unseen.
 */
export const deleteSignUpsQuerySchema = z.strictObject({ receivedThrough: z.iso.datetime() });
export const deletedSignUpsResponseSchema = z.object({
  deleted: z.number().int().nonnegative(),
});
export type DeletedSignUpsResponse = z.infer<typeof deletedSignUpsResponseSchema>;

/** The error code of a revoked device's token, so the phone can say it was removed. */
export const REVOKED_ERROR_CODE = 'revoked';
