import { resolve } from 'node:path';
import { z } from 'zod';

export interface ServerConfig {
  port: number;
  host: string;
  /** Where PGlite keeps its files; unused when databaseUrl is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  distDir: string;
  /** The folder of case JSON files (src/content/cases) seeded into the store at start. */
  contentDir: string;
}

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const blankAsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

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
});

/** Reads the server's settings from the environment; relative folders are taken from `cwd`. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    // Messages name the variable but never echo its value: DATABASE_URL may hold a password.
    throw new ConfigError(parsed.error.issues.map((issue) => issue.message));
  }
  const { PORT, HOST, DATA_DIR, DATABASE_URL, DIST_DIR, CONTENT_DIR } = parsed.data;
  return {
    port: PORT,
    host: HOST,
    dataDir: resolve(cwd, DATA_DIR),
    databaseUrl: DATABASE_URL,
    distDir: resolve(cwd, DIST_DIR),
    contentDir: resolve(cwd, CONTENT_DIR),
  };
}
