/* Integration tests: real gateway and worker processes, real Redis, real Docker. Serial (--runInBand). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// globalSetup and globalTeardown run in this process, outside Jest's resolver: give them the workspace aliases.
const workspaceRoot = join(__dirname, '../..');
const { compilerOptions } = JSON.parse(readFileSync(join(workspaceRoot, 'tsconfig.base.json'), 'utf8'));
register({ baseUrl: workspaceRoot, paths: compilerOptions.paths });

export default {
  displayName: 'gateway-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
    // piston-client is an ES module and Jest runs CommonJS: its files are compiled on the way in, unchanged on disk.
    '/node_modules/piston-client/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true }, diagnostics: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!piston-client/)'],
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 120_000,
};
