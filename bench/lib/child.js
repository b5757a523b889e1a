// Helpers for benchmark child processes.
'use strict';

/**
 * Writes the result of a child as one JSON line on stdout, with the peak resident set size of
 * the process so far in MiB (`process.resourceUsage().maxRSS` is in KiB) and the CPU time of all
 * its threads so far in milliseconds.
 */
function writeResult(result) {
  const usage = process.resourceUsage();
  const maxRssMiB = usage.maxRSS / 1024;
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stdout.write(`${JSON.stringify({ ...result, maxRssMiB, cpuMs })}\n`);
}

module.exports = { writeResult };
