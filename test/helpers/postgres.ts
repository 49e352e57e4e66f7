/** The throw-away PostgreSQL cluster of scripts/throwaway-postgres.mjs (shared with the benchmark), typed. */
// @ts-expect-error: a plain ESM script shared with the benchmark
import * as cluster from '../../scripts/throwaway-postgres.mjs';

export type Postgres = {url: string; stop: () => Promise<void>; databaseUrl: (name: string) => string};

/** Starts a cluster in a temporary folder, on a Unix socket there; stop() ends it and removes the folder. */
export const startPostgres: () => Promise<Postgres> = cluster.startPostgres;

/** A new empty database in the cluster; returns its URL. */
export const createDatabase: (server: Postgres, name: string) => Promise<string> = cluster.createDatabase;
