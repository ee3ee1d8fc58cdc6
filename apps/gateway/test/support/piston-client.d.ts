/** Types of piston-client 1.0.2, which ships none: what its index.js takes and returns. */
declare module 'piston-client' {
  export interface PistonFile {
    name?: string;
    content: string;
    encoding?: string;
  }

  /** execute's config: Piston's fields, in camelCase where the client renames them. */
  export interface PistonExecuteConfig {
    language?: string;
    version?: string;
    files?: PistonFile[];
    stdin?: string;
    args?: string[];
    compileTimeout?: number;
    runTimeout?: number;
    compileMemoryLimit?: number;
    runMemoryLimit?: number;
  }

  export interface PistonClient {
    /** The server's JSON, or {success: false, error} when the request failed. */
    runtimes(): Promise<unknown>;
    /** execute(language, code, config?) or execute(config); the server's JSON, or {success: false, error}. */
    execute(languageOrConfig: string | PistonExecuteConfig, code?: string, config?: PistonExecuteConfig): Promise<unknown>;
  }

  export function piston(options?: { server?: string }): PistonClient;
  export default piston;
}
