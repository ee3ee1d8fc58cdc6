import { Body, ConflictException, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { TaskStatus, ValidationReport } from '@ghostide/contracts';
import type { Request } from 'express';
import { ApiConflictErrorResponse, ApiRateLimitedResponse, ApiRequestBodyErrors, ApiRetryLaterResponse } from '../common/error-responses';
import { ExecutionThrottlerGuard } from '../rate-limit/execution-throttler.guard';
import { ExecuteRequestDto } from './dto/execute-request.dto';
import { ExecutionResultDto } from './dto/execution-result.dto';
import { TaskAcceptedDto, TaskStatusDto } from './dto/task-status.dto';
import { ValidateRequestDto } from './dto/validate-request.dto';
import { ValidationReportDto } from './dto/validation-report.dto';
import { ExecutionRequestValidator } from './execution-request.validator';
import { ExecutionService } from './execution.service';
import { ApiTaskNotFoundResponse, taskNotFound } from './task-not-found';

/** Request examples for Swagger UI's "Try it out" and the generated client's docs. */
const EXECUTE_EXAMPLES = {
  python: { summary: 'Python with stdin', value: { language: 'python', code: 'print(input()[::-1])', stdin: 'olleh' } },
  cppFiles: {
    summary: 'C++, three files',
    value: {
      language: 'cpp',
      files: [
        { name: 'main.cpp', content: '#include "greet.h"\nint main() { greet(); }' },
        { name: 'greet.h', content: 'void greet();' },
        { name: 'greet.cpp', content: '#include <cstdio>\nvoid greet() { std::puts("hello"); }' },
      ],
      timeout: 5,
    },
  },
};

@ApiTags('execution')
@Controller('api/v1/execution')
export class ExecutionController {
  constructor(
    private readonly executions: ExecutionService,
    private readonly requests: ExecutionRequestValidator,
  ) {}

  // Rate limits on the endpoints that run or scan code (validate costs CPU on the event loop too);
  // the reads are not limited.
  @Post('execute')
  @UseGuards(ExecutionThrottlerGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'execute', summary: 'Run code and wait for the result' })
  @ApiBody({ type: ExecuteRequestDto, examples: EXECUTE_EXAMPLES })
  @ApiOkResponse({ type: ExecutionResultDto, description: "The run's result; a program's failure is a status, not an HTTP error." })
  @ApiRequestBodyErrors()
  @ApiRateLimitedResponse()
  @ApiRetryLaterResponse('No worker, language not installed yet, queue full, Redis down, or the run is taking longer than the wait (then with task_id).', [
    'noWorker',
    'notInstalled',
    'queueFull',
    'redisDown',
    'stillRunning',
  ])
  // The body is `unknown` so that the global pipe leaves it to ExecutionRequestValidator, the one check.
  async execute(@Body() body: unknown): Promise<ExecutionResultDto> {
    return this.executions.execute(await this.requests.execution(body));
  }

  @Post('execute/async')
  @UseGuards(ExecutionThrottlerGuard)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ operationId: 'executeAsync', summary: 'Queue a run and return its task id at once' })
  @ApiBody({ type: ExecuteRequestDto, examples: EXECUTE_EXAMPLES })
  @ApiAcceptedResponse({ type: TaskAcceptedDto, description: 'Queued; poll GET /api/v1/execution/task/{task_id}.' })
  @ApiRequestBodyErrors()
  @ApiRateLimitedResponse()
  @ApiRetryLaterResponse('No worker, language not installed yet, queue full, or Redis down.', ['noWorker', 'notInstalled', 'queueFull', 'redisDown'])
  async executeAsync(@Body() body: unknown): Promise<TaskAcceptedDto> {
    return this.executions.executeAsync(await this.requests.execution(body));
  }

  @Get('task/:task_id')
  @ApiOperation({ operationId: 'getTask', summary: 'Status of a queued run: queued, running (with progress), completed or failed' })
  @ApiOkResponse({ type: TaskStatusDto })
  @ApiTaskNotFoundResponse()
  @ApiRetryLaterResponse('Redis down.', ['redisDown'])
  async getTask(@Param('task_id') taskId: string): Promise<TaskStatus> {
    const task = await this.executions.getTask(taskId);
    if (!task) throw taskNotFound(taskId);
    return task;
  }

  @Delete('task/:task_id')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    operationId: 'cancelTask',
    summary: 'Cancel a queued or running task',
    description:
      'A queued task never starts: it is completed at once with status cancelled. A running one is killed within a second (its sandbox is destroyed) and completes with status cancelled; poll it for the result.',
  })
  @ApiAcceptedResponse({ type: TaskStatusDto, description: 'The task after the request: completed (cancelled) when it was queued, still running until its worker has stopped it.' })
  @ApiTaskNotFoundResponse()
  @ApiConflictErrorResponse('The task has ended already.', 'task "5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a" has ended already (completed); nothing to cancel')
  @ApiRetryLaterResponse('Redis down.', ['redisDown'])
  async cancelTask(@Param('task_id') taskId: string): Promise<TaskStatus> {
    const cancelled = await this.executions.cancel(taskId);
    if (cancelled.found === 'unknown') throw taskNotFound(taskId);
    if (cancelled.found === 'ended') throw new ConflictException(`task "${taskId}" has ended already (${cancelled.task.status}); nothing to cancel`);
    return cancelled.task;
  }

  @Post('validate')
  @UseGuards(ExecutionThrottlerGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'validate',
    summary: 'Validate code without running it',
    description: 'JSON body {language, code} or {language, files}; the query form ?language=..&code=.. also works.',
  })
  @ApiBody({
    type: ValidateRequestDto,
    required: false,
    examples: { python: { summary: 'A Python import the sandbox restricts', value: { language: 'python', code: 'import subprocess' } } },
  })
  @ApiQuery({ name: 'language', type: String, required: false, description: 'Query form: language id or alias.' })
  @ApiQuery({ name: 'code', type: String, required: false, description: 'Query form: the source.' })
  @ApiOkResponse({ type: ValidationReportDto, description: 'valid is false when the code would be rejected.' })
  @ApiRequestBodyErrors()
  @ApiRateLimitedResponse()
  async validate(@Req() request: Request, @Query() query: Record<string, unknown>): Promise<ValidationReport> {
    // The body wins; the query form is for quick checks from a browser or curl.
    const body: unknown = request.body;
    const input = body !== undefined && body !== null && Object.keys(body).length > 0 ? body : query;
    const { problems } = await this.requests.source(input);
    return { valid: problems.errors.length === 0, errors: problems.errors, warnings: problems.warnings };
  }
}
