import { cpus, totalmem, platform, release } from 'node:os';

/** One line that says what the figures were measured on. */
export function describeMachine() {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${String(cpu.length)}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}`;
}
