/*
 * Fault tests: real gateway, worker, Redis and Docker processes that the tests
 * kill, stop and restart. Serial (--runInBand) and in a fixed order (the Docker
 * engine restart last); each file starts and stops its own processes.
 */
export default {
  displayName: 'gateway-faults',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  testSequencer: '<rootDir>/test/faults/support/fault-sequencer.js',
  testTimeout: 180_000,
};
