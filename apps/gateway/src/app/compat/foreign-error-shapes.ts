import type { ForeignErrorShape } from '../common/http-exception.filter';
import { messagesOf } from '../common/exception-messages';
import { judge0ErrorBody } from './judge0/judge0-error.filter';
import { pistonErrorBody } from './piston/piston-error-body';
import { PISTON_PATH_PREFIX } from './piston/piston.controller';

/**
 * The compatibility APIs' error shapes, by path, for the global filter. Piston
 * lives under one prefix, so this is its only error mapping. Judge0 may be
 * served at the root (JUDGE0_PATH_PREFIX=""), where a prefix cannot tell its
 * paths from ours: its controller has a filter of its own, and here only its
 * submissions' paths get its shape for errors raised before the controller
 * (the body parser's).
 */
export function foreignErrorShapes(judge0PathPrefix: string): ForeignErrorShape[] {
  return [
    { pathPrefix: PISTON_PATH_PREFIX, errorBody: (exception) => pistonErrorBody(messagesOf(exception)) },
    { pathPrefix: `${judge0PathPrefix}/submissions`, errorBody: (exception) => judge0ErrorBody(messagesOf(exception)) },
  ];
}
