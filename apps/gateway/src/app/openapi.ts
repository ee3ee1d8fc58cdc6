import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { GatewayModule } from './gateway.module';

/** The OpenAPI document of the gateway, built from its decorators. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('GhostIDE execution service')
    .setDescription('Runs code in locked-down, single-use sandboxes. Contract: shared/API.md.')
    .setVersion('1.0')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    // Relative: the gateway that serves the document (a client takes its own baseUrl).
    .addServer('/')
    .build();
  return SwaggerModule.createDocument(app, config);
}

/**
 * The document of the real GatewayModule without Redis, Docker or a port:
 * preview mode builds the module graph but instantiates no provider, so Bull
 * opens no connection. What `npm run openapi` writes to openapi/openapi.json.
 */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(GatewayModule, { preview: true, logger: false, abortOnError: false });
  try {
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

/** Swagger UI at /api/docs, the document at /api/docs-json. */
export function setUpSwagger(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}
