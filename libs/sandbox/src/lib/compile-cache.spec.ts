import { CompileCache, CompiledProgram, MAX_COMPILE_CACHE_ENTRIES } from './compile-cache';
import { SandboxFile, SandboxRunSpec } from './sandbox-runner';

const MB = 1024 * 1024;

function program(options: { artifactBytes?: number; compileOutputBytes?: number } = {}): CompiledProgram {
  return {
    artifacts: [{ path: 'main', content: Buffer.alloc(options.artifactBytes ?? 16), executable: true }],
    compile: {
      exitCode: 0,
      signal: 0,
      wallMs: 1,
      cpuMs: 1,
      timedOut: false,
      outputExceeded: false,
      oomKilled: false,
      maxRssKb: 1,
      stdout: Buffer.alloc(0),
      stderr: Buffer.alloc(options.compileOutputBytes ?? 0),
    },
  };
}

function spec(files: SandboxFile[]): SandboxRunSpec {
  return {
    executionId: 'e',
    image: 'ghostide-sandbox-cpp',
    memoryMb: 128,
    runtime: 'runc',
    files,
    stdin: '',
    compile: { argv: ['g++', 'main.cpp'], timeoutMs: 1000, memoryMb: 512 },
    run: { argv: ['./main'], timeoutMs: 1000 },
    outputLimitBytes: MB,
  };
}

describe('CompileCache', () => {
  it("counts a compile stage's output against the size bound, not only the artifacts", () => {
    const cache = new CompileCache(2 * MB);
    cache.set('a', program({ compileOutputBytes: MB }));
    cache.set('b', program({ compileOutputBytes: MB }));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBeDefined();
  });

  it('counts artifacts against the size bound, and keeps nothing larger than the whole cache', () => {
    const cache = new CompileCache(MB);
    cache.set('big', program({ artifactBytes: MB }));
    expect(cache.get('big')).toBeUndefined();
  });

  it(`keeps at most ${MAX_COMPILE_CACHE_ENTRIES} entries, however small, evicting the least recently used`, () => {
    const cache = new CompileCache(1024 * MB);
    for (let index = 0; index <= MAX_COMPILE_CACHE_ENTRIES; index++) cache.set(`k${index}`, program());
    expect(cache.get('k0')).toBeUndefined();
    expect(cache.get(`k${MAX_COMPILE_CACHE_ENTRIES}`)).toBeDefined();
  });

  describe('keyOf', () => {
    it('gives different keys to file sets that only the lengths of their fields tell apart', () => {
      const one = spec([{ path: 'a', content: 'x\0b\0y' }]);
      const two = spec([
        { path: 'a', content: 'x' },
        { path: 'b', content: 'y' },
      ]);
      expect(CompileCache.keyOf(one, 'sha256:1')).not.toBe(CompileCache.keyOf(two, 'sha256:1'));
    });

    it('gives the same key to the same files in any order, and a string and its bytes alike', () => {
      const files = [
        { path: 'b.cpp', content: 'int b;' },
        { path: 'main.cpp', content: 'int main() {}' },
      ];
      const reordered = [{ path: 'main.cpp', content: Buffer.from('int main() {}') }, files[0]];
      expect(CompileCache.keyOf(spec(files), 'sha256:1')).toBe(CompileCache.keyOf(spec(reordered), 'sha256:1'));
    });

    it('depends on the image and the command', () => {
      const base = spec([{ path: 'main.cpp', content: 'int main() {}' }]);
      const key = CompileCache.keyOf(base, 'sha256:1');
      expect(CompileCache.keyOf(base, 'sha256:2')).not.toBe(key);
      expect(CompileCache.keyOf({ ...base, compile: { argv: ['g++', '-O0', 'main.cpp'], timeoutMs: 1000, memoryMb: 512 } }, 'sha256:1')).not.toBe(key);
    });

    it('has no key without a compile stage', () => {
      expect(CompileCache.keyOf({ ...spec([]), compile: undefined }, 'sha256:1')).toBeUndefined();
    });
  });
});
