// Worker bootstrap used only when jixiao runs from its TypeScript sources (tests): registers tsx in
// the worker thread, then loads the TypeScript module named by workerData.tsEntry. Built code
// starts the compiled .js modules directly (see thread-entry.ts).
import {workerData} from 'node:worker_threads';
import {register} from 'tsx/esm/api';

register();
await import(workerData.tsEntry);
