// Worker bootstrap used only when jixiao runs from its TypeScript sources (tests): registers tsx
// in the worker thread, then loads the real worker. Built code uses dist/batch/file-worker.js.
import {register} from 'tsx/esm/api';

register();
await import('./file-worker.ts');
