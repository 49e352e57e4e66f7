/**
A throw-away PostgreSQL cluster for the tests and `npm run bench`, from Debian's postgresql package: initdb into a temporary
folder, the server listening on a Unix socket in that folder only (no TCP port to collide with), no
fsync. PostgreSQL refuses to run as root, so under root the folder is handed to the package's
postgres user and the programs run as that user. stop() ends the server and removes the folder.
*/
import {execFileSync, spawn} from 'node:child_process';
import {chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import pg from 'pg';

/** The newest installed server's bin folder (Debian keeps them under /usr/lib/postgresql/<major>/bin). */
function serverBin() {
	const root = '/usr/lib/postgresql';
	const majors = existsSync(root)
		? readdirSync(root)
				.filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (majors.length === 0)
		throw new Error('PostgreSQL server not found: apt-get install postgresql (the tests start their own cluster)');
	return join(root, majors[0], 'bin');
}

/** Runs as the postgres user when this process is root. */
function asServerUser(command, args) {
	return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

/** @returns {Promise<{url: string, databaseUrl: (name: string) => string, stop: () => Promise<void>}>} */
export async function startPostgres() {
	const bin = serverBin();
	const dir = mkdtempSync(join(tmpdir(), 'jixiao-pg-'));
	if (process.getuid?.() === 0) {
		const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
		chownSync(dir, uid, gid);
	}
	const data = join(dir, 'data');
	const [initdb, initArgs] = asServerUser(join(bin, 'initdb'), [
		'-D',
		data,
		'-U',
		'jixiao',
		'--auth=trust',
		'-E',
		'UTF8',
		'--locale=C.UTF-8',
	]);
	execFileSync(initdb, initArgs, {stdio: 'pipe'});
	const [postgres, serverArgs] = asServerUser(join(bin, 'postgres'), [
		'-D',
		data,
		'-k',
		dir,
		'-c',
		'listen_addresses=',
		'-c',
		'fsync=off',
		'-c',
		'full_page_writes=off',
		'-c',
		'max_connections=40',
	]);
	const server = spawn(postgres, serverArgs, {stdio: 'ignore'});
	const databaseUrl = (name) => `postgres://jixiao@${encodeURIComponent(dir)}/${name}`;
	const url = databaseUrl('postgres');
	await waitUntilReady(url, server);
	return {
		url,
		databaseUrl,
		stop: async () => {
			const exited = new Promise((resolve) => server.once('exit', resolve));
			// runuser does not pass signals on: the postmaster's own pid (first line of postmaster.pid) gets SIGINT, a fast shutdown.
			process.kill(Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]), 'SIGINT');
			await exited;
			rmSync(dir, {recursive: true, force: true});
		},
	};
}

async function waitUntilReady(url, server) {
	let exitCode = null;
	server.once('exit', (code) => {
		exitCode = code ?? -1;
	});
	for (let attempt = 0; attempt < 200; attempt++) {
		if (exitCode !== null) throw new Error(`PostgreSQL exited with code ${exitCode} while starting`);
		const client = new pg.Client({connectionString: url});
		try {
			await client.connect();
			await client.end();
			return;
		} catch {
			await client.end().catch(() => {});
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	throw new Error('PostgreSQL did not accept connections within 20 s');
}

/** A new empty database in the cluster, for one test's runs. */
export async function createDatabase(server, name) {
	const client = new pg.Client({connectionString: server.url});
	await client.connect();
	try {
		await client.query(`CREATE DATABASE ${name}`);
	} finally {
		await client.end();
	}
	return server.databaseUrl(name);
}
