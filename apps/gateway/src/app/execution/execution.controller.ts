import { Body, Controller, Get, HttpCode, HttpStatus, NotFoundException, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiQuery,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { TaskStatus, ValidationReport } from '@ghostide/contracts';
import type { Request } from 'express';
import { ErrorResponseDto } from '../common/error-response.dto';
import { validateDto } from '../common/validate-dto';
import { ExecutionThrottlerGuard } from '../rate-limit/execution-throttler.guard';
import { ExecuteRequestDto } from './dto/execute-request.dto';
import { ExecutionResultDto } from './dto/execution-result.dto';
import { TaskAcceptedDto, TaskStatusDto } from './dto/task-status.dto';
import { ValidateRequestDto } from './dto/validate-request.dto';
import { ValidationReportDto } from './dto/validation-report.dto';
import { ExecutionService } from './execution.service';

/** 429 of the two run endpoints, which share their rate limits and the per-session bound. */
const TOO_MANY_REQUESTS = {
  type: ErrorResponseDto,
  description:
    'A rate limit (per client address, per session_id) or the bound on jobs a session_id may have waiting or running; ' +
    'message names which. See Retry-After.',
  headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } } },
};

@ApiTags('execution')
@ApiBadRequestResponse({ type: ErrorResponseDto, description: 'Malformed JSON or invalid request; message lists every problem.' })
@Controller('api/v1/execution')
export class ExecutionController {
  constructor(private readonly executions: ExecutionService) {}

  // Rate limits on the two endpoints that run code; validate and the reads run nothing and are not limited.
  @Post('execute')
  @UseGuards(ExecutionThrottlerGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'execute', summary: 'Run code and wait for the result' })
  @ApiOkResponse({ type: ExecutionResultDto, description: "The run's result; a program's failure is a status, not an HTTP error." })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'Request body too large.' })
  @ApiTooManyRequestsResponse(TOO_MANY_REQUESTS)
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'No worker, queue full, or Redis down; see Retry-After.' })
  execute(@Body() request: ExecuteRequestDto): Promise<ExecutionResultDto> {
    return this.executions.execute(request);
  }

  @Post('execute/async')
  @UseGuards(ExecutionThrottlerGuard)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ operationId: 'executeAsync', summary: 'Queue a run and return its task id at once' })
  @ApiAcceptedResponse({ type: TaskAcceptedDto })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'Request body too large.' })
  @ApiTooManyRequestsResponse(TOO_MANY_REQUESTS)
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'No worker, queue full, or Redis down; see Retry-After.' })
  executeAsync(@Body() request: ExecuteRequestDto): Promise<TaskAcceptedDto> {
    return this.executions.executeAsync(request);
  }

  @Get('task/:task_id')
  @ApiOperation({ operationId: 'getTask', summary: 'Status of a queued run: queued, running (with progress), completed or failed' })
  @ApiOkResponse({ type: TaskStatusDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Unknown task, or its result is past retention.' })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'Redis down; see Retry-After.' })
  async getTask(@Param('task_id') taskId: string): Promise<TaskStatus> {
    const task = await this.executions.getTask(taskId);
    if (!task) throw new NotFoundException(`task "${taskId}" not found (unknown, or its result has expired)`);
    return task;
  }

  @Post('validate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'validate',
    summary: 'Validate code without running it',
    description: 'JSON body {language, code} or {language, files}; the query form ?language=..&code=.. also works.',
  })
  @ApiBody({ type: ValidateRequestDto, required: false })
  @ApiQuery({ name: 'language', type: String, required: false, description: 'Query form: language id or alias.' })
  @ApiQuery({ name: 'code', type: String, required: false, description: 'Query form: the source.' })
  @ApiOkResponse({ type: ValidationReportDto, description: 'valid is false when the code would be rejected.' })
  async validate(@Req() request: Request, @Query() query: Record<string, unknown>): Promise<ValidationReport> {
    // The body wins; the query form is for quick checks from a browser or curl.
    const body: unknown = request.body;
    const input = body !== undefined && body !== null && Object.keys(body).length > 0 ? body : query;
    return this.executions.validate(await validateDto(ValidateRequestDto, input));
  }
}
