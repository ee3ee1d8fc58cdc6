import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { LanguageRegistry } from '@ghostide/languages';
import { SandboxRunner } from '@ghostide/sandbox';
import { randomUUID } from 'node:crypto';

const VERSION_COMMAND_TIMEOUT_MS = 20_000;

/**
 * Reads each language's toolchain version from its image once, at start-up,
 * by running its versionCommand in a sandbox. Also the start-up check that
 * every image exists: a worker without its images refuses to start.
 */
@Injectable()
export class ToolchainVersions implements OnModuleInit {
  private readonly logger = new Logger(ToolchainVersions.name);
  private versions: Record<string, string> = {};

  constructor(
    private readonly sandbox: SandboxRunner,
    private readonly languages: LanguageRegistry,
  ) {}

  async onModuleInit(): Promise<void> {
    const images = this.languages.languages.map((language) => language.image);
    const missing = await this.sandbox.missingImages(images).catch((err: Error) => {
      throw new Error(`the Docker engine cannot be reached (${err.message}): start it, or run "npm run setup"`, { cause: err });
    });
    if (missing.length > 0) {
      throw new Error(`sandbox image(s) missing: ${missing.join(', ')}: build them with "npm run setup"`);
    }
    const entries = await Promise.all(
      this.languages.languages.map(async (language) => [language.id, await this.readVersion(language.image, language.versionCommand)]),
    );
    this.versions = Object.fromEntries(entries);
    this.logger.log(`toolchains: ${entries.map(([id, version]) => `${id} ${version}`).join('; ')}`);
  }

  /** Version of a language's toolchain, "unknown" if it could not be read. */
  of(languageId: string): string {
    return this.versions[languageId] ?? 'unknown';
  }

  /** All versions, by language id. */
  all(): Record<string, string> {
    return { ...this.versions };
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
      const output = `${outcome.run?.stdout.toString() ?? ''}\n${outcome.run?.stderr.toString() ?? ''}`;
      return output.split('\n').map((line) => line.trim()).find((line) => line.length > 0) ?? 'unknown';
    } catch (err) {
      this.logger.error(`could not read the version in ${image}: ${(err as Error).message}`);
      return 'unknown';
    }
  }
}
