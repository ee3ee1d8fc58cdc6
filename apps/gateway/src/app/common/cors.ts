import type { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';

/**
 * CORS from CORS_ORIGINS, so frontends on their own origin can use the client:
 * none by default (the playground is same-origin). No credentials: the API has
 * no cookies. Retry-After (429, 503) and X-Request-Id are exposed to pages.
 */
export function useCors(app: INestApplication): void {
  const { corsOrigins } = app.get(ConfigService<AppConfig, true>).get('http', { infer: true });
  if (corsOrigins !== '*' && corsOrigins.length === 0) return;
  app.enableCors({ origin: corsOrigins, exposedHeaders: ['Retry-After', 'X-Request-Id'], maxAge: 600 });
}
