/**
 * Generated from openapi/openapi.json by openapi-typescript: do not edit.
 * Regenerate with `npm run openapi`.
 */

export interface paths {
    "/api/v1/execution/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run code and wait for the result */
        post: operations["execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/execution/execute/async": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a run and return its task id at once */
        post: operations["executeAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/execution/task/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of a queued run: queued, running (with progress), completed or failed */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/execution/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate code without running it
         * @description JSON body {language, code} or {language, files}; the query form ?language=..&code=.. also works.
         */
        post: operations["validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/execution/languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supported languages */
        get: operations["listLanguages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/execution/languages/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One language, by id or alias */
        get: operations["getLanguage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The gateway process is up */
        get: operations["liveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redis reachable, a worker alive, Docker reachable by a worker */
        get: operations["readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SourceFile: {
            /**
             * @description Plain relative path: no "..", no leading "/".
             * @example main.py
             */
            name: string;
            /**
             * @description File content, UTF-8.
             * @example print("hello")
             */
            content: string;
        };
        ExecutionRequest: {
            /**
             * @description Language id or alias (python, py, javascript, js, node, java, cpp, c++, ...), any case.
             * @example python
             */
            language: string;
            /**
             * @description The main source file. Exactly one of code or files.
             * @example print("hello")
             */
            code?: string;
            /** @description Several source files; the first is the entry point. Exactly one of code or files. */
            files?: components["schemas"]["SourceFile"][];
            /**
             * @description Fed to the program's standard input; at most 1048576 bytes.
             * @example world
             */
            stdin?: string;
            /**
             * @description The program's command-line arguments.
             * @example [
             *       "--verbose"
             *     ]
             */
            args?: string[];
            /**
             * @description The caller's session, for per-session limits and tracing.
             * @example editor-tab-42
             */
            session_id?: string;
            /**
             * @description Wall-clock seconds for the run stage.
             * @default 10
             */
            timeout?: number;
            /**
             * @description Memory of the run in MB; at most the deployment's maximum (SANDBOX_MAX_MEMORY_MB, 512 by default).
             * @default 128
             */
            memory_limit_mb?: number;
        };
        /** @enum {string} */
        ExecutionStatus: "success" | "compile_error" | "runtime_error" | "timeout" | "memory_limit_exceeded" | "output_limit_exceeded" | "internal_error";
        ExecutionResult: {
            /**
             * @description Unique id of this run.
             * @example 5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a
             */
            execution_id: string;
            /**
             * @description Canonical id of the language that ran.
             * @example python
             */
            language: string;
            /**
             * @description Toolchain version inside the sandbox image.
             * @example Python 3.11.2
             */
            version: string;
            /** @example success */
            status: components["schemas"]["ExecutionStatus"];
            /**
             * @description Null when the program did not run or was killed.
             * @example 0
             */
            exit_code: number | null;
            /**
             * @description Signal that ended the program, e.g. SIGKILL.
             * @example null
             */
            signal: string | null;
            /**
             * @description UTF-8, cut at the output limit.
             * @example hello
             */
            stdout: string;
            /** @example  */
            stderr: string;
            /**
             * @description True when output was cut at the limit.
             * @example false
             */
            output_truncated: boolean;
            /**
             * @description Compiler messages, for compiled languages.
             * @example null
             */
            compile_output: string | null;
            /**
             * @description Wall-clock time of the run stage.
             * @example 23
             */
            execution_time_ms: number;
            /**
             * @description Peak resident memory of the run.
             * @example 8120
             */
            memory_usage_kb: number | null;
            /**
             * @description Wall-clock time of the compile stage.
             * @example null
             */
            compile_time_ms: number | null;
            /**
             * @description True when the compiled program came from the compile cache; compile_time_ms is then 0.
             * @example false
             */
            compile_cached: boolean;
            /** @description What failed in the service; only with status internal_error. */
            error?: string;
        };
        ErrorResponse: {
            /** @example 400 */
            statusCode: number;
            /**
             * @description Every problem found (400, 413, 415), or one message.
             * @example [
             *       "files[0].name \"../x.py\" may not contain \"..\""
             *     ]
             */
            message: string | string[];
            /** @example Bad Request */
            error: string;
            /** @description With 503 from a sync run that is still going: poll it as a task. */
            task_id?: string;
        };
        TaskAccepted: {
            /**
             * @description Poll GET /api/v1/execution/task/{task_id}.
             * @example 5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a
             */
            task_id: string;
            /**
             * @example queued
             * @enum {string}
             */
            status: "queued";
        };
        /** @enum {string} */
        TaskState: "queued" | "running" | "completed" | "failed";
        /**
         * @description What the worker is doing now.
         * @enum {string}
         */
        ExecutionStage: "queued" | "preparing" | "compiling" | "running" | "finished";
        TaskStatus: {
            /** @example 5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a */
            task_id: string;
            /** @example running */
            status: components["schemas"]["TaskState"];
            /**
             * @description Percent done.
             * @example 50
             */
            progress: number;
            /**
             * @description What the worker is doing now.
             * @example running
             */
            stage: components["schemas"]["ExecutionStage"];
            /** @description Present once completed. */
            result?: components["schemas"]["ExecutionResult"];
            /** @description Present when failed. */
            error?: string;
            /** @example 2026-11-27T12:00:00.000Z */
            created_at: string;
            /** @example 2026-11-27T12:00:01.000Z */
            finished_at?: string;
        };
        ValidateRequest: {
            /**
             * @description Language id or alias (python, py, javascript, js, node, java, cpp, c++, ...), any case.
             * @example python
             */
            language: string;
            /**
             * @description The main source file. Exactly one of code or files.
             * @example print("hello")
             */
            code?: string;
            /** @description Several source files; the first is the entry point. Exactly one of code or files. */
            files?: components["schemas"]["SourceFile"][];
        };
        ValidationReport: {
            /**
             * @description False when errors (or, under the block policy, warnings) would reject a run.
             * @example true
             */
            valid: boolean;
            /** @example [] */
            errors: string[];
            /**
             * @example [
             *       "main.py:1: imports \"subprocess\", which is restricted in the sandbox"
             *     ]
             */
            warnings: string[];
        };
        LanguageInfo: {
            /** @example python */
            id: string;
            /** @example Python */
            name: string;
            /**
             * @description Read from the sandbox image by a worker; "unknown" while no worker is up.
             * @example Python 3.11.2
             */
            version: string;
            /**
             * @example [
             *       "py",
             *       "python3"
             *     ]
             */
            aliases: string[];
            /**
             * @example [
             *       ".py"
             *     ]
             */
            extensions: string[];
            /** @example false */
            compiled: boolean;
            /**
             * @description Seconds.
             * @example 10
             */
            default_timeout: number;
            /**
             * @description Seconds.
             * @example 30
             */
            max_timeout: number;
            /** @example 128 */
            default_memory_limit_mb: number;
        };
        HealthReport: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok" | "error" | "shutting_down";
            /**
             * @description The checks that are up.
             * @example {
             *       "redis": {
             *         "status": "up"
             *       },
             *       "workers": {
             *         "status": "up",
             *         "alive": 1
             *       },
             *       "docker": {
             *         "status": "up",
             *         "workers_with_docker": 1
             *       }
             *     }
             */
            info?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                    /** @description What is down. */
                    message?: string;
                } & {
                    [key: string]: unknown;
                };
            };
            /**
             * @description The checks that are down.
             * @example {}
             */
            error?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                    /** @description What is down. */
                    message?: string;
                } & {
                    [key: string]: unknown;
                };
            };
            /**
             * @description Every check.
             * @example {
             *       "redis": {
             *         "status": "up"
             *       },
             *       "workers": {
             *         "status": "up",
             *         "alive": 1
             *       },
             *       "docker": {
             *         "status": "up",
             *         "workers_with_docker": 1
             *       }
             *     }
             */
            details: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                    /** @description What is down. */
                    message?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    execute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecutionRequest"];
            };
        };
        responses: {
            /** @description The run's result; a program's failure is a status, not an HTTP error. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionResult"];
                };
            };
            /** @description Malformed JSON or an invalid request; message lists every problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over 4194304 bytes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "message": [
                     *         "request body is larger than 4194304 bytes"
                     *       ],
                     *       "error": "Payload Too Large"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A charset or Content-Encoding the body parser does not support. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": [
                     *         "request body could not be read: unsupported content encoding \"compress\""
                     *       ],
                     *       "error": "Unsupported Media Type"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A rate limit (per client address, per session_id) or the bound on jobs a session_id may have waiting or running; message names which. See Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No worker, queue full, Redis down, or the run is taking longer than the wait (then with task_id). See Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    executeAsync: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecutionRequest"];
            };
        };
        responses: {
            /** @description Queued; poll GET /api/v1/execution/task/{task_id}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAccepted"];
                };
            };
            /** @description Malformed JSON or an invalid request; message lists every problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over 4194304 bytes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "message": [
                     *         "request body is larger than 4194304 bytes"
                     *       ],
                     *       "error": "Payload Too Large"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A charset or Content-Encoding the body parser does not support. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": [
                     *         "request body could not be read: unsupported content encoding \"compress\""
                     *       ],
                     *       "error": "Unsupported Media Type"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A rate limit (per client address, per session_id) or the bound on jobs a session_id may have waiting or running; message names which. See Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No worker, queue full, or Redis down. See Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskStatus"];
                };
            };
            /** @description Unknown task, or its result is past retention. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "task \"5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a\" not found (unknown, or its result has expired)",
                     *       "error": "Not Found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Redis down. See Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    validate: {
        parameters: {
            query?: {
                /** @description Query form: the source. */
                code?: string;
                /** @description Query form: language id or alias. */
                language?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ValidateRequest"];
            };
        };
        responses: {
            /** @description valid is false when the code would be rejected. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationReport"];
                };
            };
            /** @description Malformed JSON or an invalid request; message lists every problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over 4194304 bytes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "message": [
                     *         "request body is larger than 4194304 bytes"
                     *       ],
                     *       "error": "Payload Too Large"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A charset or Content-Encoding the body parser does not support. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": [
                     *         "request body could not be read: unsupported content encoding \"compress\""
                     *       ],
                     *       "error": "Unsupported Media Type"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listLanguages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LanguageInfo"][];
                };
            };
        };
    };
    getLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                language: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LanguageInfo"];
                };
            };
            /** @description Unknown language. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "language \"cobol\" is not supported; use one of: python, py, python3, javascript, js, node, nodejs, java, jdk, openjdk, cpp, c++, g++, cxx",
                     *       "error": "Not Found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    liveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "info": {},
                     *       "error": {},
                     *       "details": {}
                     *     }
                     */
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
        };
    };
    readiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            /** @description Names what is down in error. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "info": {
                     *         "redis": {
                     *           "status": "up"
                     *         }
                     *       },
                     *       "error": {
                     *         "workers": {
                     *           "status": "down",
                     *           "message": "no execution worker is alive"
                     *         },
                     *         "docker": {
                     *           "status": "down",
                     *           "message": "no live worker reaches a Docker engine"
                     *         }
                     *       },
                     *       "details": {
                     *         "redis": {
                     *           "status": "up"
                     *         },
                     *         "workers": {
                     *           "status": "down",
                     *           "message": "no execution worker is alive"
                     *         },
                     *         "docker": {
                     *           "status": "down",
                     *           "message": "no live worker reaches a Docker engine"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
        };
    };
}
