import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '@ghostide/service-processes';

/** Tracked TypeScript files, relative to the workspace root. */
function trackedTypeScript(): string[] {
  return execFileSync('git', ['ls-files', '*.ts', '*.mjs'], { cwd: WORKSPACE_ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
}

describe('the workspace rules of STYLE.md', () => {
  it('npm test lints (module boundaries included) before the unit tests, and fails when lint fails', () => {
    const script = readFileSync(join(WORKSPACE_ROOT, 'scripts/test.sh'), 'utf8');
    const lint = script.indexOf('npx nx run-many -t lint || lint=FAILED');
    expect(lint).toBeGreaterThan(0);
    expect(lint).toBeLessThan(script.indexOf('npx nx run-many -t test'));
    expect(script).toMatch(/if \[\[ \$lint == passed &&/);
  });

  it('switches the module-boundary rule off nowhere', () => {
    const disabling = trackedTypeScript().filter((file) =>
      /eslint-disable[^\n]*@nx\/enforce-module-boundaries/.test(readFileSync(join(WORKSPACE_ROOT, file), 'utf8')),
    );
    expect(disabling).toEqual([]);
  });

  it.each(['tools', 'tools/service-processes'])('makes %s an Nx project tagged type:tooling, so the boundaries apply to it', (folder) => {
    const project = JSON.parse(readFileSync(join(WORKSPACE_ROOT, folder, 'project.json'), 'utf8'));
    expect(project.tags).toContain('type:tooling');
    expect(Object.keys(project.targets)).toContain('lint');
  });

  it('gives every Redis the set-up and the compose file start a memory ceiling with noeviction', () => {
    const setup = readFileSync(join(WORKSPACE_ROOT, 'scripts/setup.sh'), 'utf8');
    expect(setup).toContain('--maxmemory "${maxmemory_mb}mb" --maxmemory-policy noeviction');
    expect(setup).toContain('config set maxmemory-policy noeviction');
    const compose = readFileSync(join(WORKSPACE_ROOT, 'docker-compose.yml'), 'utf8');
    expect(compose).toMatch(/- --maxmemory\n\s+- \$\{COMPOSE_REDIS_MAXMEMORY:-512mb\}\n\s+- --maxmemory-policy\n\s+- noeviction/);
  });
});
