import { defineConfig } from 'drizzle-kit';

// One schema and one set of migrations serve both PGlite and PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/store/schema.ts',
  out: './src/server/store/migrations',
});
