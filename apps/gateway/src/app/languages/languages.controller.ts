import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LanguageInfo } from '@ghostide/contracts';
import { LanguageRegistry, toLanguageInfo } from '@ghostide/languages';
import { ExecutionQueue } from '@ghostide/queue';
import { ApiNotFoundErrorResponse } from '../common/error-responses';
import { LanguageInfoDto } from './language-info.dto';
import { toolchainVersions } from './toolchain-versions';

@ApiTags('languages')
@Controller('api/v1/execution/languages')
export class LanguagesController {
  constructor(
    private readonly languages: LanguageRegistry,
    private readonly executionQueue: ExecutionQueue,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listLanguages', summary: 'Supported languages' })
  @ApiOkResponse({ type: [LanguageInfoDto] })
  async list(): Promise<LanguageInfo[]> {
    const versions = await toolchainVersions(this.executionQueue);
    return this.languages.languages.map((language) => toLanguageInfo(language, versions[language.id]));
  }

  @Get(':language')
  @ApiOperation({ operationId: 'getLanguage', summary: 'One language, by id or alias' })
  @ApiOkResponse({ type: LanguageInfoDto })
  @ApiNotFoundErrorResponse(
    'Unknown language.',
    // The first names only: the document does not change with every language added.
    `language "brainfuck" is not supported; use one of: ${new LanguageRegistry().names().slice(0, 14).join(', ')}, ...`,
  )
  async get(@Param('language') idOrAlias: string): Promise<LanguageInfo> {
    const language = this.languages.find(idOrAlias);
    if (!language) throw new NotFoundException(`language "${idOrAlias}" is not supported; use one of: ${this.languages.names().join(', ')}`);
    const versions = await toolchainVersions(this.executionQueue);
    return toLanguageInfo(language, versions[language.id]);
  }
}
