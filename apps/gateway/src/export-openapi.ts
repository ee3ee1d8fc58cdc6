/**
 * Writes the gateway's OpenAPI document to openapi/openapi.json, the source of
 * truth for clients, and the types of libs/client generated from it by
 * openapi-typescript (`npm run openapi`). With --check it writes nothing and
 * fails when either committed file differs from what the code produces
 * (scripts/test.sh runs it before the unit tests).
 */
import 'reflect-metadata';
import openapiTS, { astToString, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildOpenApiDocument } from './app/openapi';

const WORKSPACE_ROOT = join(__dirname, '../../..');
const DOCUMENT_PATH = join(WORKSPACE_ROOT, 'openapi/openapi.json');
const CLIENT_TYPES_PATH = join(WORKSPACE_ROOT, 'libs/client/src/lib/generated/openapi.ts');

const CLIENT_TYPES_HEADER = `/**
 * Generated from openapi/openapi.json by openapi-typescript: do not edit.
 * Regenerate with \`npm run openapi\`.
 */

`;

const CLIENT_TYPES_OPTIONS: OpenAPITSOptions = {
  // A request field with a default (timeout, memory_limit_mb) stays optional: the server fills it in.
  defaultNonNullable: false,
};

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const document = await buildOpenApiDocument();
  const outputs = [
    { path: DOCUMENT_PATH, content: `${JSON.stringify(document, null, 2)}\n` },
    { path: CLIENT_TYPES_PATH, content: CLIENT_TYPES_HEADER + astToString(await openapiTS(document as OpenAPI3, CLIENT_TYPES_OPTIONS)) },
  ];
  for (const { path, content } of outputs) {
    const name = relative(WORKSPACE_ROOT, path);
    if (!check) {
      writeFileSync(path, content);
      console.log(`openapi: wrote ${name}`);
    } else if (readIfExists(path) !== content) {
      console.error(`openapi: ${name} is not what the code produces; run \`npm run openapi\` and commit the result`);
      process.exitCode = 1;
    } else {
      console.log(`openapi: ${name} is up to date`);
    }
  }
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

main().catch((err: Error) => {
  console.error(`openapi: failed to generate: ${err.stack ?? err.message}`);
  process.exit(1);
});
