import { ForeignApiBodies } from '../common/body-parser';
import { judge0ErrorBody } from './judge0/judge0-error.filter';
import { pistonErrorBody } from './piston/piston-error.filter';
import { PISTON_PATH_PREFIX } from './piston/piston.controller';

/**
 * How the body parser treats the compatibility APIs: their error shapes for
 * bodies it refuses, and Piston's JSON sent as text/plain (piston-client sets
 * no Content-Type, so node-fetch sends text/plain).
 */
export function foreignApiBodies(judge0PathPrefix: string): ForeignApiBodies[] {
  return [
    { pathPrefix: PISTON_PATH_PREFIX, textPlainIsJson: true, errorBody: (_status, message) => pistonErrorBody([message]) },
    { pathPrefix: `${judge0PathPrefix}/submissions`, errorBody: (_status, message) => judge0ErrorBody([message]) },
  ];
}
