/** Prints the plain closing line CI reads ("tests: N passed, N failed, N skipped") from Vitest's JSON report. */
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'tests/.results.json', 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
};
console.log(
  `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
);
process.exitCode = report.numFailedTests > 0 || report.numPassedTests === 0 ? 1 : 0;
