/** GitHub Action entry: only calls runAction(). */
import { runAction } from './action/run-action.js';

await runAction();
