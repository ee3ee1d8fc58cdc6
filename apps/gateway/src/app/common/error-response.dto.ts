import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/** Body of every 4xx/5xx response; the shape Nest's ValidationPipe uses. */
@ApiSchema({ name: 'ErrorResponse' })
export class ErrorResponseDto {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    example: ['files[0].name "../x.py" may not contain ".."'],
    description: 'Every problem found (400, 413, 415), or one message.',
  })
  message!: string | string[];

  @ApiProperty({ example: 'Bad Request' })
  error!: string;

  @ApiPropertyOptional({ description: 'With 503 from a sync run that is still going: poll it as a task.' })
  task_id?: string;
}
