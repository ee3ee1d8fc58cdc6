import { ApiProperty } from '@nestjs/swagger';

/** One entry of Judge0's GET /languages. */
export class Judge0LanguageDto {
  @ApiProperty({ example: 71 })
  id!: number;

  @ApiProperty({ example: 'Python (3.11.2)' })
  name!: string;
}

/** Judge0's GET /languages/{id}. */
export class Judge0LanguageDetailDto extends Judge0LanguageDto {
  @ApiProperty({ example: false })
  is_archived!: boolean;

  @ApiProperty({ example: 'main.py', description: 'Name of the file source_code is written to.' })
  source_file!: string;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'null for interpreted languages.' })
  compile_cmd!: string | null;

  @ApiProperty({ example: 'python3 -u -B main.py' })
  run_cmd!: string;
}

/** One entry of Judge0's GET /statuses. */
export class Judge0StatusDto {
  @ApiProperty({ example: 3 })
  id!: number;

  @ApiProperty({ example: 'Accepted' })
  description!: string;
}

/** Judge0's GET /about; judge0-python picks its table of language ids by version. */
export class Judge0AboutDto {
  @ApiProperty({ example: '1.13.1', description: 'The Judge0 version whose API and language ids this serves.' })
  version!: string;

  @ApiProperty({ type: String, nullable: true, example: null })
  homepage!: string | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  source_code!: string | null;

  @ApiProperty({ example: 'GhostIDE execution service (Judge0 CE-compatible API)' })
  maintainer!: string;
}

/** Judge0's error body for requests it refuses as a whole (400, 404, 429, 503). */
export class Judge0ErrorDto {
  @ApiProperty({ example: 'there should be at least one submission in a batch' })
  error!: string;
}
