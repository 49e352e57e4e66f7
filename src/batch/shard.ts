/**
Sharded runs: `--shard i/n` keeps the inputs whose path relative to their input root hashes to
share i of n. Machines (or Kubernetes pods, or GNU parallel jobs) given the same inputs split the
work with no coordinator and no overlap, and each resumes on its own: the share of an input never
depends on the others.
*/
import {createHash} from 'node:crypto';
import {UsageError} from '../errors.js';

/** Share `index` (1-based) of `count`. */
export type Shard = {index: number; count: number};

/** "2/8" → {index: 2, count: 8}; a usage error otherwise. */
export function parseShard(text: string): Shard {
	const match = /^(\d{1,6})\/(\d{1,6})$/u.exec(text.trim());
	const index = Number(match?.[1]);
	const count = Number(match?.[2]);
	if (!match || count < 1 || index < 1 || index > count) throw new UsageError('error.shard', {value: text});
	return {index, count};
}

/** The share (1-based) a relative path falls in: the first 48 bits of its sha256, modulo the count. */
export function shardOf(relativePath: string, count: number): number {
	const digest = createHash('sha256').update(relativePath.replaceAll('\\', '/')).digest();
	return (digest.readUIntBE(0, 6) % count) + 1;
}

export function inShard(relativePath: string, shard: Shard | undefined): boolean {
	return !shard || shard.count === 1 || shardOf(relativePath, shard.count) === shard.index;
}
