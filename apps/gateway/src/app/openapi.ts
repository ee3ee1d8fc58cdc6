import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document of the gateway, built from its decorators. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('GhostIDE execution service')
    .setDescription('Runs code in locked-down, single-use sandboxes. Contract: shared/API.md.')
    .setVersion('1.0')
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Swagger UI at /api/docs, the document at /api/docs-json. */
export function setUpSwagger(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}
