import type { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import type { Express } from 'express';

/**
 * Sets Express's "trust proxy" from TRUST_PROXY: req.ip, which the per-client
 * rate limit counts by, is then the address X-Forwarded-For names behind those
 * proxies, and the socket's peer otherwise (the default: the header is ignored,
 * since any client could send it).
 */
export function useTrustProxy(app: INestApplication): void {
  const { trustProxy } = app.get(ConfigService<AppConfig, true>).get('http', { infer: true });
  (app.getHttpAdapter().getInstance() as Express).set('trust proxy', trustProxy);
}
