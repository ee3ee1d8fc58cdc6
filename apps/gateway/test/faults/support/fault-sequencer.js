// CommonJS, not TypeScript: jest loads a testSequencer with a plain require().
const { basename } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

/**
 * Fault test files run in name order, except the Docker engine restart
 * (docker-*.fault-spec.ts), which runs last: it kills every container on the
 * machine, so nothing else may run after it starts.
 */
class FaultSequencer extends Sequencer {
  sort(tests) {
    const runsLast = (test) => (basename(test.path).startsWith('docker-') ? 1 : 0);
    return [...tests].sort((a, b) => runsLast(a) - runsLast(b) || a.path.localeCompare(b.path));
  }
}

module.exports = FaultSequencer;
