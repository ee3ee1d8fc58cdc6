import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { LanguageDefinition, LanguageRegistry, toolchainVersionFrom } from '@ghostide/languages';
import { SandboxRunner } from '@ghostide/sandbox';
import { randomUUID } from 'node:crypto';

const VERSION_COMMAND_TIMEOUT_MS = 20_000;
/** How often images still missing are looked for again (set-up builds them in the background). */
const MISSING_IMAGE_POLL_MS = 15_000;
const VERSION_READS_AT_ONCE = 4;

/**
 * Which languages this worker can run, and their toolchain versions: a language
 * is installed once its sandbox image exists; its version is read then, once,
 * by running its versionCommand in a sandbox. Images built after start-up (set-up
 * builds all but the first few in the background) are picked up by polling.
 * A worker starts with any images at all; one without the engine refuses to.
 */
@Injectable()
export class ToolchainVersions implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ToolchainVersions.name);
  private readonly versions = new Map<string, string>();
  private readonly listeners: ((languages: LanguageDefinition[]) => void)[] = [];
  private poll?: NodeJS.Timeout;
  private looking?: Promise<void>;

  constructor(
    private readonly sandbox: SandboxRunner,
    private readonly languages: LanguageRegistry,
  ) {}

  async onModuleInit(): Promise<void> {
    const missing = await this.sandbox.missingImages(this.images()).catch((err: Error) => {
      throw new Error(`the Docker engine cannot be reached (${err.message}): start it, or run "npm run setup"`, { cause: err });
    });
    await this.install(missing);
    const notInstalled = this.notInstalled();
    if (notInstalled.length > 0) {
      this.logger.warn(
        `not installed yet (sandbox image missing; "npm run setup -- --languages all" builds them): ${notInstalled.map((language) => language.id).join(', ')}`,
      );
    }
    this.poll = setInterval(() => void this.lookForNewImages(), MISSING_IMAGE_POLL_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.poll);
  }

  /** Called with the languages that became installed, after start-up. */
  onInstalled(listener: (languages: LanguageDefinition[]) => void): void {
    this.listeners.push(listener);
  }

  /** Version of a language's toolchain; undefined while its image is missing. */
  of(languageId: string): string | undefined {
    return this.versions.get(languageId);
  }

  /** The versions of the installed languages, by id. */
  all(): Record<string, string> {
    return Object.fromEntries(this.versions);
  }

  /** Whether the language's image is here, looking again now if it was not (a job for it may be first to know). */
  async installed(language: LanguageDefinition): Promise<boolean> {
    if (!this.versions.has(language.id)) await this.lookForNewImages();
    return this.versions.has(language.id);
  }

  /** One look at a time: the poll and a job may both ask. */
  private lookForNewImages(): Promise<void> {
    this.looking ??= this.sandbox
      .missingImages(this.images())
      .then(async (missing) => {
        const before = new Set(this.versions.keys());
        await this.install(missing);
        const added = this.languages.languages.filter((language) => this.versions.has(language.id) && !before.has(language.id));
        if (added.length > 0) for (const listener of this.listeners) listener(added);
      })
      .catch((err: Error) => this.logger.warn(`could not look for new sandbox images: ${err.message}`))
      .finally(() => (this.looking = undefined));
    return this.looking;
  }

  /** Reads the versions of the languages whose images are not in `missing` and are not installed yet. */
  private async install(missing: string[]): Promise<void> {
    const arrived = this.notInstalled().filter((language) => !missing.includes(language.image));
    const entries: (readonly [LanguageDefinition, string])[] = [];
    // A few sandboxes at a time: forty at once would hold up start-up on a small machine.
    for (let i = 0; i < arrived.length; i += VERSION_READS_AT_ONCE) {
      const batch = arrived.slice(i, i + VERSION_READS_AT_ONCE);
      entries.push(...(await Promise.all(batch.map(async (language) => [language, await this.readVersion(language.image, language.versionCommand)] as const))));
    }
    for (const [language, version] of entries) this.versions.set(language.id, version);
    if (entries.length > 0) this.logger.log(`toolchains: ${entries.map(([language, version]) => `${language.id} ${version}`).join('; ')}`);
  }

  private notInstalled(): LanguageDefinition[] {
    return this.languages.languages.filter((language) => !this.versions.has(language.id));
  }

  private images(): string[] {
    return [...new Set(this.languages.languages.map((language) => language.image))];
  }

  private async readVersion(image: string, versionCommand: string[]): Promise<string> {
    try {
      const outcome = await this.sandbox.run({
        executionId: `version-${randomUUID()}`,
        image,
        files: [],
        stdin: '',
        run: { argv: versionCommand, timeoutMs: VERSION_COMMAND_TIMEOUT_MS },
        memoryMb: 256,
        // The image's own version command, not user code: runc is enough.
        runtime: 'runc',
        outputLimitBytes: 64 * 1024,
      });
      return toolchainVersionFrom(outcome.run?.stdout.toString() ?? '', outcome.run?.stderr.toString() ?? '');
    } catch (err) {
      this.logger.error(`could not read the version in ${image}: ${(err as Error).message}`);
      return 'unknown';
    }
  }
}
