// The worker thread's entry point. Node 20 does not pass the TypeScript loader of the main
// thread (tsx, or none under a test runner) on to a worker's own entry, so this plain module
// registers tsx in the worker first, then loads the TypeScript worker itself.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./documentWorker.ts');
export default worker.default;
