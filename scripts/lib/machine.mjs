// What a benchmark ran on, printed and written with its figures: the same build takes twice as long on a loaded
// machine, so a figure without the load at its start cannot be compared with another.
import { cpus, freemem, loadavg, totalmem } from 'node:os';

/** Cores, memory and load average (1, 5 and 15 minutes) now. */
export const describeMachine = () =>
  `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free), load ${loadavg().map((l) => l.toFixed(2)).join(' ')} at start`;
