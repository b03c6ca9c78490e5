import { createContext, useContext, type ReactNode } from 'react';
import type { CartaDatabase } from '../db/database';

// A context rather than importing `db` directly: tests render the app against their own database.
const DatabaseContext = createContext<CartaDatabase | null>(null);

export function DatabaseProvider({
  database,
  children,
}: {
  database: CartaDatabase;
  children: ReactNode;
}) {
  return <DatabaseContext value={database}>{children}</DatabaseContext>;
}

export function useDatabase(): CartaDatabase {
  const database = useContext(DatabaseContext);
  if (!database) throw new Error('useDatabase() needs a <DatabaseProvider> above it');
  return database;
}
