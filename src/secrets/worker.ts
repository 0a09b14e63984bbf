/** Entry of the secrets scan's worker threads (dist/secrets-worker.js); see pool.ts. */
import { serveWorker } from './pool.js';

serveWorker();
