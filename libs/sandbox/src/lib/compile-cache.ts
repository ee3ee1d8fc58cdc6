import { LRUCache } from 'lru-cache';
import { createHash, Hash } from 'node:crypto';
import { SandboxFile, SandboxRunSpec, StageOutcome } from './sandbox-runner';

/** What a successful compile left behind, kept outside every sandbox. */
export interface CompiledProgram {
  artifacts: SandboxFile[];
  /** The compile stage as it ran the first time (its messages are shown again). */
  compile: StageOutcome;
}

/**
 * Entries kept at most, whatever their size: many tiny programs must not grow
 * the cache's own bookkeeping (keys, maps, outcome objects) without bound.
 */
export const MAX_COMPILE_CACHE_ENTRIES = 1024;

/** Bytes counted for an entry besides its contents: its key, its outcome's fields, the LRU's node. */
const ENTRY_OVERHEAD_BYTES = 512;

/**
 * Compiled programs by a hash of the image, the compiler command and every
 * source file. A hit means the very same sources were compiled by the very
 * same toolchain, so no run can see files another run submitted or wrote:
 * only the compiler's output for identical input is reused, and it is copied
 * into the new sandbox, never shared with it.
 */
export class CompileCache {
  private readonly entries: LRUCache<string, CompiledProgram>;

  /** maxBytes bounds everything the entries hold: artifacts, their paths and the compile stage's output. */
  constructor(maxBytes: number, maxEntries = MAX_COMPILE_CACHE_ENTRIES) {
    this.entries = new LRUCache<string, CompiledProgram>({
      max: maxEntries,
      maxSize: Math.max(1, maxBytes),
      sizeCalculation: sizeOf,
    });
  }

  /**
   * The cache key of a compiled spec; imageId pins the exact toolchain build.
   * Every field is hashed with its length before it, so no two different
   * (command, files) sets can be written as the same byte stream.
   */
  static keyOf(spec: SandboxRunSpec, imageId: string): string | undefined {
    if (!spec.compile) return undefined;
    const hash = createHash('sha256');
    updateField(hash, imageId);
    updateField(hash, JSON.stringify(spec.compile.argv));
    const files = [...spec.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of files) {
      updateField(hash, file.path);
      updateField(hash, file.content);
    }
    return hash.digest('hex');
  }

  get(key: string): CompiledProgram | undefined {
    return this.entries.get(key);
  }

  /** Keeps a program, evicting the least recently used; one larger than the whole cache is not kept. */
  set(key: string, program: CompiledProgram): void {
    this.entries.set(key, program);
  }
}

function updateField(hash: Hash, value: string | Buffer): void {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value;
  const length = Buffer.alloc(8);
  length.writeBigUInt64BE(BigInt(bytes.length));
  hash.update(length).update(bytes);
}

function sizeOf(program: CompiledProgram): number {
  const artifactBytes = program.artifacts.reduce(
    (sum, file) => sum + Buffer.byteLength(file.path) + (typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.length),
    0,
  );
  return ENTRY_OVERHEAD_BYTES + artifactBytes + program.compile.stdout.length + program.compile.stderr.length;
}
