import { Body, Controller, Get, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ExecutionThrottlerGuard } from '../../rate-limit/execution-throttler.guard';
import { PistonExecuteRequestDto } from './dto/piston-execute-request.dto';
import { PistonErrorDto, PistonExecuteResponseDto } from './dto/piston-execute-response.dto';
import { PistonRuntimeDto } from './dto/piston-runtime.dto';
import { PistonService } from './piston.service';

/** Where Piston serves its API, and so where its clients look for it. */
export const PISTON_PATH_PREFIX = '/api/v2';

/** Piston's public API (docs/api-v2.md of engineer-man/piston): runtimes and execute. */
@ApiTags('piston')
@Controller(PISTON_PATH_PREFIX)
export class PistonController {
  constructor(private readonly piston: PistonService) {}

  @Get('runtimes')
  @ApiOperation({ operationId: 'pistonRuntimes', summary: 'Piston: languages and their versions' })
  @ApiOkResponse({ type: [PistonRuntimeDto] })
  async runtimes(): Promise<PistonRuntimeDto[]> {
    return (await this.piston.runtimes()).map((runtime) => runtime.info);
  }

  // The same rate limits as our own execute: one count per run, per client address.
  @Post('execute')
  @UseGuards(ExecutionThrottlerGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'pistonExecute',
    summary: 'Piston: run code and wait for the result',
    description: 'A JSON body, also when sent as text/plain (as piston-client does).',
  })
  @ApiBody({ type: PistonExecuteRequestDto })
  @ApiOkResponse({ type: PistonExecuteResponseDto })
  @ApiBadRequestResponse({ type: PistonErrorDto, description: 'Unknown runtime, or a bad request; message names the first problem.' })
  @ApiTooManyRequestsResponse({ type: PistonErrorDto, description: 'Rate limit per client address; see Retry-After.' })
  @ApiServiceUnavailableResponse({ type: PistonErrorDto, description: 'No worker, queue full, or Redis down; see Retry-After.' })
  execute(@Body() body: unknown): Promise<PistonExecuteResponseDto> {
    return this.piston.execute(body);
  }
}
