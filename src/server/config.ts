import { resolve } from 'node:path';
import { z } from 'zod';
import { normalizeJoinCode } from './membership/joinCode';

export interface ServerConfig {
  port: number;
  host: string;
  /** Where PGlite keeps its files; unused when databaseUrl is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  distDir: string;
  /** The folder of case JSON files (src/content/cases) seeded into the store at start. */
  contentDir: string;
  /** The address phones use, when it is not http://HOST:PORT (a TLS proxy in front, say). */
  publicUrl: string | undefined;
  /** Used only when the server creates its group, on the first start with an empty store. */
  groupName: string;
  /** Fixed first codes for tests and scripted set-ups; random ones when unset. */
  joinCode: string | undefined;
  coordinatorCode: string | undefined;
  /** How long the server keeps a sign-up's sealed details after it was made. */
  signUpRetentionDays: number;
  /** Where a signer writes to withdraw (an email or web address); the kiosk quotes it. */
  groupContact: string | undefined;
  /**
   * How many proxies in front of the server append to X-Forwarded-For. 0 (the default): the header
   * is ignored, because any client could write an address into it to dodge a per-address limit.
   */
  trustedProxyHops: number;
  /** Phones that may join with one code in an hour: a leaked code cannot flood the group. */
  joinsPerCodePerHour: number;
}

/** DESIGN.md: sign-ups older than this are deleted unless SIGNUP_RETENTION_DAYS says otherwise. */
export const DEFAULT_SIGNUP_RETENTION_DAYS = 90;

/** A stall day's volunteers join within minutes of each other; a few dozen covers the biggest group. */
export const DEFAULT_JOINS_PER_CODE_PER_HOUR = 30;

const RETENTION_MESSAGE = 'SIGNUP_RETENTION_DAYS must be a whole number of days from 1 to 3650';
const CONTACT_MESSAGE =
  'GROUP_CONTACT must be an email address or a web address such as https://example.org/contact (at most 200 characters)';
const TRUST_PROXY_MESSAGE =
  'TRUST_PROXY must be the number of proxies in front of the server, from 0 to 10 (0: ignore X-Forwarded-For)';
const JOINS_MESSAGE = 'JOINS_PER_CODE_PER_HOUR must be a whole number from 1 to 10000';

function wholeNumberVariable(message: string, min: number, max: number, fallback: number) {
  return z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: message })
      .int(message)
      .min(min, message)
      .max(max, message)
      .default(fallback),
  );
}

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const blankAsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** Dashes and spaces are for reading; what counts is at least 8 letters or digits. */
function joinCodeVariable(name: string) {
  return z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .regex(
        /^(?=(?:[\s-]*[A-Za-z0-9]){8})[A-Za-z0-9\s-]{8,64}$/,
        `${name} must be 8 to 64 letters or digits (dashes and spaces allowed between them)`,
      )
      .optional(),
  );
}

const envSchema = z.object({
  PORT: z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: 'PORT must be a whole number from 1 to 65535' })
      .int('PORT must be a whole number from 1 to 65535')
      .min(1, 'PORT must be a whole number from 1 to 65535')
      .max(65535, 'PORT must be a whole number from 1 to 65535')
      .default(8080),
  ),
  HOST: z.preprocess(blankAsUnset, z.string().trim().default('127.0.0.1')),
  DATA_DIR: z.preprocess(blankAsUnset, z.string().default('./data')),
  DATABASE_URL: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(
        /^postgres(ql)?:\/\/\S+$/,
        'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/carta',
      )
      .optional(),
  ),
  DIST_DIR: z.preprocess(blankAsUnset, z.string().default('./dist')),
  CONTENT_DIR: z.preprocess(blankAsUnset, z.string().default('./src/content/cases')),
  PUBLIC_URL: z.preprocess(
    blankAsUnset,
    z
      .url({
        protocol: /^https?$/,
        error: 'PUBLIC_URL must be an http(s) address such as https://carta.example.org',
      })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  ),
  GROUP_NAME: z.preprocess(
    blankAsUnset,
    z.string().trim().max(80, 'GROUP_NAME must be at most 80 characters').default('Carta group'),
  ),
  JOIN_CODE: joinCodeVariable('JOIN_CODE'),
  COORDINATOR_CODE: joinCodeVariable('COORDINATOR_CODE'),
  SIGNUP_RETENTION_DAYS: z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: RETENTION_MESSAGE })
      .int(RETENTION_MESSAGE)
      .min(1, RETENTION_MESSAGE)
      .max(3650, RETENTION_MESSAGE)
      .default(DEFAULT_SIGNUP_RETENTION_DAYS),
  ),
  GROUP_CONTACT: z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .max(200, CONTACT_MESSAGE)
      .pipe(z.union([z.email(), z.url({ protocol: /^https?$/ })], { error: CONTACT_MESSAGE }))
      .optional(),
  ),
  TRUST_PROXY: wholeNumberVariable(TRUST_PROXY_MESSAGE, 0, 10, 0),
  JOINS_PER_CODE_PER_HOUR: wholeNumberVariable(
    JOINS_MESSAGE,
    1,
    10_000,
    DEFAULT_JOINS_PER_CODE_PER_HOUR,
  ),
});

/** Reads the server's settings from the environment; relative folders are taken from `cwd`. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    // Messages name the variable but never echo its value: DATABASE_URL may hold a password.
    throw new ConfigError(parsed.error.issues.map((issue) => issue.message));
  }
  const {
    PORT,
    HOST,
    DATA_DIR,
    DATABASE_URL,
    DIST_DIR,
    CONTENT_DIR,
    PUBLIC_URL,
    GROUP_NAME,
    JOIN_CODE,
    COORDINATOR_CODE,
    SIGNUP_RETENTION_DAYS,
    GROUP_CONTACT,
    TRUST_PROXY,
    JOINS_PER_CODE_PER_HOUR,
  } = parsed.data;
  if (
    JOIN_CODE &&
    COORDINATOR_CODE &&
    normalizeJoinCode(JOIN_CODE) === normalizeJoinCode(COORDINATOR_CODE)
  ) {
    throw new ConfigError(['JOIN_CODE and COORDINATOR_CODE must be different codes']);
  }
  return {
    port: PORT,
    host: HOST,
    dataDir: resolve(cwd, DATA_DIR),
    databaseUrl: DATABASE_URL,
    distDir: resolve(cwd, DIST_DIR),
    contentDir: resolve(cwd, CONTENT_DIR),
    publicUrl: PUBLIC_URL,
    groupName: GROUP_NAME,
    joinCode: JOIN_CODE,
    coordinatorCode: COORDINATOR_CODE,
    signUpRetentionDays: SIGNUP_RETENTION_DAYS,
    groupContact: GROUP_CONTACT,
    trustedProxyHops: TRUST_PROXY,
    joinsPerCodePerHour: JOINS_PER_CODE_PER_HOUR,
  };
}
