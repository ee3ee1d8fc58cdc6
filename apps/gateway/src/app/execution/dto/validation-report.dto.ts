import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ValidationReport } from '@ghostide/contracts';

@ApiSchema({ name: 'ValidationReport' })
export class ValidationReportDto implements ValidationReport {
  @ApiProperty({ example: true, description: 'False when errors (or, under the block policy, warnings) would reject a run.' })
  valid!: boolean;

  @ApiProperty({ type: [String], example: [] })
  errors!: string[];

  @ApiProperty({ type: [String], example: ['main.py:1: imports "subprocess", which is restricted in the sandbox'] })
  warnings!: string[];
}
