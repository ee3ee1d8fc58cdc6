import { LanguageDefinition, LanguageRegistry } from '@ghostide/languages';
import { SandboxOutcome, SandboxRunner, SandboxRunSpec } from '@ghostide/sandbox';
import { ToolchainVersions } from './toolchain-versions';

const REGISTRY = new LanguageRegistry();
function language(id: string): LanguageDefinition {
  const found = REGISTRY.find(id);
  if (!found) throw new Error(`no language ${id}`);
  return found;
}
const PYTHON = language('python');
const JAVA = language('java');

/** An engine holding the images in `present`; a version command prints "<image> 1.0". */
class FakeEngine implements Pick<SandboxRunner, 'missingImages' | 'run'> {
  present = new Set<string>();
  runs: SandboxRunSpec[] = [];
  reachable = true;

  async missingImages(images: string[]): Promise<string[]> {
    if (!this.reachable) throw new Error('connect ENOENT /var/run/docker.sock');
    return images.filter((image) => !this.present.has(image));
  }

  async run(spec: SandboxRunSpec): Promise<SandboxOutcome> {
    this.runs.push(spec);
    const stage = { exitCode: 0, signal: 0, wallMs: 1, cpuMs: 1, timedOut: false, outputExceeded: false, oomKilled: false, maxRssKb: 1 };
    return { run: { ...stage, stdout: Buffer.from(`\n  ${spec.image} 1.0\n`), stderr: Buffer.alloc(0) } };
  }
}

describe('ToolchainVersions', () => {
  let engine: FakeEngine;
  let versions: ToolchainVersions;

  beforeEach(() => {
    engine = new FakeEngine();
    versions = new ToolchainVersions(engine as unknown as SandboxRunner, REGISTRY);
  });

  afterEach(() => versions.onModuleDestroy());

  it('reads the version of every language whose image is present, once, from its first non-empty line', async () => {
    engine.present.add(PYTHON.image);

    await versions.onModuleInit();

    expect(versions.of('python')).toBe(`${PYTHON.image} 1.0`);
    expect(versions.all()).toEqual({ python: `${PYTHON.image} 1.0` });
    expect(engine.runs.map((spec) => spec.run.argv)).toEqual([PYTHON.versionCommand]);
  });

  it('starts without the missing images, then installs a language when its image appears and tells the listeners', async () => {
    engine.present.add(PYTHON.image);
    await versions.onModuleInit();
    const installed: LanguageDefinition[][] = [];
    versions.onInstalled((languages) => installed.push(languages));

    expect(versions.of('java')).toBeUndefined();
    expect(await versions.installed(JAVA)).toBe(false);

    engine.present.add(JAVA.image);
    expect(await versions.installed(JAVA)).toBe(true);
    expect(versions.of('java')).toBe(`${JAVA.image} 1.0`);
    expect(installed).toEqual([[JAVA]]);
    // python's version is not read again.
    expect(engine.runs.filter((spec) => spec.image === PYTHON.image)).toHaveLength(1);
  });

  it('refuses to start without the Docker engine, saying how to start it', async () => {
    engine.reachable = false;

    await expect(versions.onModuleInit()).rejects.toThrow(/the Docker engine cannot be reached \(connect ENOENT.*npm run setup/);
  });
});
