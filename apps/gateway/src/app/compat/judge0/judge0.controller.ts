import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Type, UseFilters, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { ExecutionThrottlerGuard, RunsPerRequest } from '../../rate-limit/execution-throttler.guard';
import { Judge0ConfigInfoDto } from './dto/judge0-config-info.dto';
import { Judge0AboutDto, Judge0ErrorDto, Judge0LanguageDetailDto, Judge0LanguageDto, Judge0StatusDto } from './dto/judge0-info.dto';
import {
  Judge0BatchDto,
  Judge0BatchRequestDto,
  Judge0SubmissionDto,
  Judge0SubmissionRequestDto,
  Judge0TokenDto,
  Judge0ValidationErrorDto,
} from './dto/judge0-submission.dto';
import { JUDGE0_MAX_BATCH_SIZE } from './judge0-config';
import { Judge0ErrorFilter } from './judge0-error.filter';
import { JUDGE0_VERSION } from './judge0-languages';
import { Judge0Errors } from './judge0-request';
import { JUDGE0_STATUSES } from './judge0-status';
import { Judge0Query, Judge0Service } from './judge0.service';

const BASE64_ENCODED = { name: 'base64_encoded', required: false, enum: ['true', 'false'], description: 'Text attributes in Base64.' };
const FIELDS = { name: 'fields', required: false, type: String, description: 'Comma-separated attributes, or * for all.' };
const TOO_MANY_REQUESTS = { type: Judge0ErrorDto, description: 'Rate limit per client address, each submission counted; see Retry-After.' };
const UNAVAILABLE = { type: Judge0ErrorDto, description: 'No worker, queue full, or Redis down; see Retry-After.' };

/** A batch counts one run per submission against the rate limits. */
const runsOfBatch = (body: unknown): number => {
  const submissions = (body as { submissions?: unknown } | null)?.submissions;
  return Array.isArray(submissions) ? Math.min(submissions.length, JUDGE0_MAX_BATCH_SIZE) : 1;
};

/**
 * The parts of Judge0 CE's API (docs/api of judge0/judge0, v1.13.1) its clients
 * use. Served under JUDGE0_PATH_PREFIX by judge0Controller().
 */
@ApiTags('judge0')
@ApiExtraModels(Judge0ValidationErrorDto)
@UseFilters(Judge0ErrorFilter)
export class Judge0Controller {
  constructor(private readonly judge0: Judge0Service) {}

  @Get('languages')
  @ApiOperation({ operationId: 'judge0Languages', summary: 'Judge0: languages and their ids' })
  @ApiOkResponse({ type: [Judge0LanguageDto] })
  async languages(): Promise<Judge0LanguageDto[]> {
    return (await this.judge0.languages()).map(({ id, name }) => ({ id, name }));
  }

  @Get('languages/:id')
  @ApiOperation({ operationId: 'judge0Language', summary: 'Judge0: one language' })
  @ApiOkResponse({ type: Judge0LanguageDetailDto })
  @ApiNotFoundResponse({ type: Judge0ErrorDto })
  language(@Param('id') id: string): Promise<Judge0LanguageDetailDto> {
    return this.judge0.language(id);
  }

  @Get('statuses')
  @ApiOperation({ operationId: 'judge0Statuses', summary: 'Judge0: submission statuses' })
  @ApiOkResponse({ type: [Judge0StatusDto] })
  statuses(): readonly Judge0StatusDto[] {
    return JUDGE0_STATUSES;
  }

  @Get('about')
  @ApiOperation({ operationId: 'judge0About', summary: 'Judge0: the version served' })
  @ApiOkResponse({ type: Judge0AboutDto })
  about(): Judge0AboutDto {
    return { version: JUDGE0_VERSION, homepage: null, source_code: null, maintainer: 'GhostIDE execution service (Judge0 CE-compatible API)' };
  }

  @Get('config_info')
  @ApiOperation({ operationId: 'judge0ConfigInfo', summary: "Judge0: this deployment's limits and features" })
  @ApiOkResponse({ type: Judge0ConfigInfoDto })
  configInfo(): Judge0ConfigInfoDto {
    return this.judge0.configInfo;
  }

  @Post('submissions')
  @UseGuards(ExecutionThrottlerGuard)
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({
    operationId: 'judge0CreateSubmission',
    summary: 'Judge0: create a submission',
    description: 'Answers {token}; with wait=true, runs it and answers the submission (fields as asked).',
  })
  @ApiBody({ type: Judge0SubmissionRequestDto })
  @ApiQuery(BASE64_ENCODED)
  @ApiQuery({ name: 'wait', required: false, enum: ['true', 'false'] })
  @ApiQuery(FIELDS)
  @ApiCreatedResponse({
    description: 'wait=false (the default): the token to poll; wait=true: the finished submission.',
    schema: { oneOf: [{ $ref: getSchemaPath(Judge0TokenDto) }, { $ref: getSchemaPath(Judge0SubmissionDto) }] },
  })
  @ApiExtraModels(Judge0TokenDto, Judge0SubmissionDto)
  @ApiBadRequestResponse({ type: Judge0ErrorDto, description: 'Malformed JSON or unknown fields.' })
  @ApiUnprocessableEntityResponse({ type: Judge0ValidationErrorDto, description: 'The problems of each attribute.' })
  @ApiTooManyRequestsResponse(TOO_MANY_REQUESTS)
  @ApiServiceUnavailableResponse(UNAVAILABLE)
  create(@Body() body: unknown, @Query() query: Judge0Query): Promise<Judge0SubmissionDto | Judge0TokenDto> {
    return this.judge0.create(body, query);
  }

  @Post('submissions/batch')
  @RunsPerRequest(runsOfBatch)
  @UseGuards(ExecutionThrottlerGuard)
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({
    operationId: 'judge0CreateSubmissionBatch',
    summary: 'Judge0: create several submissions',
    description: `At most ${JUDGE0_MAX_BATCH_SIZE}. Each gets {token}, or its problems in its place; 422 when none is valid.`,
  })
  @ApiBody({ type: Judge0BatchRequestDto })
  @ApiQuery(BASE64_ENCODED)
  @ApiCreatedResponse({ type: [Judge0TokenDto] })
  @ApiBadRequestResponse({ type: Judge0ErrorDto, description: 'No submissions, or too many.' })
  @ApiUnprocessableEntityResponse({ type: [Judge0ValidationErrorDto], description: 'No submission is valid.' })
  @ApiTooManyRequestsResponse(TOO_MANY_REQUESTS)
  @ApiServiceUnavailableResponse(UNAVAILABLE)
  createBatch(@Body() body: unknown, @Query() query: Judge0Query): Promise<(Judge0TokenDto | Judge0Errors | Judge0ErrorDto)[]> {
    return this.judge0.createBatch(body, query);
  }

  // Before submissions/:token, which would take "batch" for a token.
  @Get('submissions/batch')
  @ApiOperation({ operationId: 'judge0GetSubmissionBatch', summary: 'Judge0: several submissions' })
  @ApiQuery({ name: 'tokens', required: true, type: String, description: `Comma-separated, at most ${JUDGE0_MAX_BATCH_SIZE}.` })
  @ApiQuery(BASE64_ENCODED)
  @ApiQuery(FIELDS)
  @ApiOkResponse({ type: Judge0BatchDto })
  @ApiBadRequestResponse({ type: Judge0ErrorDto, description: 'No tokens, too many, or unknown fields.' })
  @ApiServiceUnavailableResponse(UNAVAILABLE)
  getBatch(@Query() query: Judge0Query): Promise<Judge0BatchDto> {
    return this.judge0.getBatch(query);
  }

  @Get('submissions/:token')
  @ApiOperation({ operationId: 'judge0GetSubmission', summary: 'Judge0: a submission' })
  @ApiQuery(BASE64_ENCODED)
  @ApiQuery(FIELDS)
  @ApiOkResponse({ type: Judge0SubmissionDto })
  @ApiBadRequestResponse({ type: Judge0ErrorDto, description: 'Unknown fields.' })
  @ApiNotFoundResponse({ type: Judge0ErrorDto, description: 'Unknown token, or its result has expired.' })
  @ApiServiceUnavailableResponse(UNAVAILABLE)
  get(@Param('token') token: string, @Query() query: Judge0Query): Promise<Judge0SubmissionDto> {
    return this.judge0.get(token, query);
  }
}

/**
 * Judge0Controller served under pathPrefix (JUDGE0_PATH_PREFIX, "" for the root).
 * Nest reads a controller's path from its class decorator, so a subclass per
 * prefix makes it a setting. (RouterModule could prefix a module, but it does so
 * only when instantiated, which the OpenAPI export's preview mode never does.)
 */
export function judge0Controller(pathPrefix: string): Type<Judge0Controller> {
  @Controller(pathPrefix)
  class PrefixedJudge0Controller extends Judge0Controller {}
  return PrefixedJudge0Controller;
}
