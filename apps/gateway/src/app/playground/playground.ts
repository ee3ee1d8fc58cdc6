import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * Serves the playground page (built from apps/gateway/playground into
 * dist/apps/gateway/playground) at `/`. Plain express.static: a path it does
 * not hold falls through to the API's routes and their 404, so `/api/*`,
 * `/health/*` and `/api/docs` are untouched and no page is served for an unknown path.
 */
export function usePlayground(app: NestExpressApplication, assetsDir: string): void {
  if (!existsSync(join(assetsDir, 'index.html'))) {
    throw new Error(`the playground page is missing from ${assetsDir}: build the gateway with "npx nx run gateway:build"`);
  }
  app.useStaticAssets(assetsDir);
}
