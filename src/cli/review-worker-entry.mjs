// The file a worker thread of `review` starts from. Worker threads do not inherit tsx's loader on
// Node 20, so it is registered here before the TypeScript task is loaded (review-worker.ts).
import { register } from "tsx/esm/api";

register();
const { default: runTask } = await import("./review-worker.ts");
export default runTask;
