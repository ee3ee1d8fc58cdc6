import type { ForeignErrorShape } from '../common/http-exception.filter';
import { messagesOf } from './foreign-error.filter';
import { judge0ErrorBody } from './judge0/judge0-error.filter';
import { pistonErrorBody } from './piston/piston-error.filter';
import { PISTON_PATH_PREFIX } from './piston/piston.controller';

/**
 * The compatibility APIs' error shapes for errors that reach the global filter
 * before their controllers (the body parser's), on their paths.
 */
export function foreignErrorShapes(judge0PathPrefix: string): ForeignErrorShape[] {
  return [
    { pathPrefix: PISTON_PATH_PREFIX, errorBody: (exception) => pistonErrorBody(messagesOf(exception)) },
    { pathPrefix: `${judge0PathPrefix}/submissions`, errorBody: (exception) => judge0ErrorBody(messagesOf(exception)) },
  ];
}
