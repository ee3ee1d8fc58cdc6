/**
 * Writes the gateway's OpenAPI document to openapi/openapi.json, the source of
 * truth of the generated client (`npm run openapi`). With --check it writes
 * nothing and fails when the committed file differs from what the code
 * produces (scripts/test.sh runs it before the unit tests).
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildOpenApiDocument } from './app/openapi';

const WORKSPACE_ROOT = join(__dirname, '../../..');
const DOCUMENT_PATH = join(WORKSPACE_ROOT, 'openapi/openapi.json');

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const document = `${JSON.stringify(await buildOpenApiDocument(), null, 2)}\n`;
  const path = relative(WORKSPACE_ROOT, DOCUMENT_PATH);
  if (!check) {
    writeFileSync(DOCUMENT_PATH, document);
    console.log(`openapi: wrote ${path}`);
    return;
  }
  if (readIfExists(DOCUMENT_PATH) !== document) {
    console.error(`openapi: ${path} is not what the code produces; run \`npm run openapi\` and commit the result`);
    process.exit(1);
  }
  console.log(`openapi: ${path} is up to date`);
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
  console.error(`openapi: failed to build the document: ${err.stack ?? err.message}`);
  process.exit(1);
});
