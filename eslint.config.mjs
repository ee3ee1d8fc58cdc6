import nx from '@nx/eslint-plugin';

/**
 * One ESLint config for the workspace (STYLE.md "Boundaries"): Nx's base and
 * TypeScript presets, plus the module boundaries that keep Docker in the
 * worker and the libs layered contract -> util -> domain -> infra -> app.
 * Each project runs it through its `lint` target: `npm run lint`.
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/dist', '**/coverage', '**/node_modules', '**/tmp', '**/out-tsc'],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          depConstraints: [
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: [] },
            // The client is generated from openapi/openapi.json and runs in browsers: it imports no workspace lib.
            { sourceTag: 'type:client', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:contract'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:util'] },
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:util'] },
            // Apps compose the libs; which libs an app may see is settled by scope below.
            // type:tooling: tools/service-processes (starting and stopping the apps), which the apps' integration and fault
            // tests share with the benchmark and the soak run (tools/). Nx tags whole projects, so the rule cannot tell an
            // app's test/ from its src/; scope keeps the gateway's tests away from the tools that import the sandbox.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contract', 'type:util', 'type:domain', 'type:infra', 'type:client', 'type:tooling'] },
            // The benchmark and soak tools drive the whole service, the sandbox included; no lib or app may import them.
            { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:contract', 'type:util', 'type:domain', 'type:infra', 'type:tooling'] },
            { sourceTag: 'scope:gateway', notDependOnLibsWithTags: ['scope:worker'], bannedExternalImports: ['dockerode'] },
            { sourceTag: 'scope:shared', notDependOnLibsWithTags: ['scope:worker', 'scope:gateway'], bannedExternalImports: ['dockerode'] },
          ],
        },
      ],
    },
  },
];
