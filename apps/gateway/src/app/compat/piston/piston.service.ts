import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import { LanguageRegistry } from '@ghostide/languages';
import { ExecutionQueue } from '@ghostide/queue';
import { ExecutionRequestValidator } from '../../execution/execution-request.validator';
import { ExecutionService } from '../../execution/execution.service';
import { toolchainVersions } from '../../languages/toolchain-versions';
import { PistonExecuteResponseDto } from './dto/piston-execute-response.dto';
import { PistonMemoryLimits, toPistonJob } from './piston-request';
import { toPistonResponse } from './piston-response';
import { PistonRuntime, pistonRuntimes } from './piston-runtimes';

/**
 * Piston's API on our service: translates a request, then runs it through our
 * own validation and ExecutionService, the one path every run takes.
 */
@Injectable()
export class PistonService {
  private readonly memory: PistonMemoryLimits;

  constructor(
    private readonly executions: ExecutionService,
    private readonly requests: ExecutionRequestValidator,
    private readonly languages: LanguageRegistry,
    private readonly executionQueue: ExecutionQueue,
    config: ConfigService<AppConfig, true>,
  ) {
    const { maxMemoryMb, compileMemoryMb } = config.get('sandbox', { infer: true });
    this.memory = { maxMemoryMb, compileMemoryMb };
  }

  /** Our languages as Piston runtimes, with the versions the live workers report. */
  async runtimes(): Promise<PistonRuntime[]> {
    return pistonRuntimes(this.languages.languages, await toolchainVersions(this.executionQueue));
  }

  /** Runs a Piston request and waits for its result, in Piston's shape. */
  async execute(body: unknown): Promise<PistonExecuteResponseDto> {
    const { runtime, request } = toPistonJob(body, await this.runtimes(), this.memory);
    const result = await this.executions.execute(await this.requests.execution(request));
    return toPistonResponse(result, runtime);
  }
}
