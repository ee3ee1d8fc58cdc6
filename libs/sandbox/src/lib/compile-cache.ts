import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { SandboxFile, SandboxRunSpec, StageOutcome } from './sandbox-runner';

/** What a successful compile left behind, kept outside every sandbox. */
export interface CompiledProgram {
  artifacts: SandboxFile[];
  /** The compile stage as it ran the first time (its messages are shown again). */
  compile: StageOutcome;
}

/**
 * Compiled programs by a hash of the image, the compiler command and every
 * source file. A hit means the very same sources were compiled by the very
 * same toolchain, so no run can see files another run submitted or wrote:
 * only the compiler's output for identical input is reused, and it is copied
 * into the new sandbox, never shared with it.
 */
export class CompileCache {
  private readonly entries: LRUCache<string, CompiledProgram>;

  constructor(maxBytes: number) {
    this.entries = new LRUCache<string, CompiledProgram>({
      maxSize: Math.max(1, maxBytes),
      sizeCalculation: (program) => 1 + program.artifacts.reduce((sum, file) => sum + file.content.length, 0),
    });
  }

  /** The cache key of a compiled spec; imageId pins the exact toolchain build. */
  static keyOf(spec: SandboxRunSpec, imageId: string): string | undefined {
    if (!spec.compile) return undefined;
    const hash = createHash('sha256').update(imageId).update('\0').update(JSON.stringify(spec.compile.argv));
    const files = [...spec.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of files) hash.update('\0').update(file.path).update('\0').update(file.content);
    return hash.digest('hex');
  }

  get(key: string): CompiledProgram | undefined {
    return this.entries.get(key);
  }

  set(key: string, program: CompiledProgram): void {
    this.entries.set(key, program);
  }
}
