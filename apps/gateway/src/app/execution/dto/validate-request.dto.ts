import { PickType } from '@nestjs/swagger';
import { ExecuteRequestDto } from './execute-request.dto';

/** Body (or query) of POST /validate: the source part of an execution request. */
export class ValidateRequestDto extends PickType(ExecuteRequestDto, ['language', 'code', 'files'] as const) {}
