export { classifyNames, type Classification } from './classify';
export { runCli } from './main';
export type { CliIo } from './io';
