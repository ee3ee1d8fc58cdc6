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
        /**
         * Cancel a queued or running task
         * @description A queued task never starts: it is completed at once with status cancelled. A running one is killed within a second (its sandbox is destroyed) and completes with status cancelled; poll it for the result.
         */
        delete: operations["cancelTask"];
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
    "/api/v1/execution/task/{task_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A task's output as it comes, then its result (text/event-stream)
         * @description Server-Sent Events, in order: `status` `{status}` (queued, then running), `stage` `{stage: "compile" | "run"}`, `stdout` and `stderr` `{data}` as the program writes (UTF-8), and last `result`: the final TaskStatus; then the stream ends. A client that joins late first gets what was already written. A `: heartbeat` comment comes at least every 10 s.
         */
        get: operations["streamTaskEvents"];
        put?: never;
        post?: never;
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
        /** Redis reachable, a worker alive, Docker reachable by a worker, the queue not full */
        get: operations["readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/runtimes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Piston: languages and their versions */
        get: operations["pistonRuntimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Piston: run code and wait for the result
         * @description A JSON body, also when sent as text/plain (as piston-client does).
         */
        post: operations["pistonExecute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judge0/languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Judge0: languages and their ids */
        get: operations["judge0Languages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judge0/languages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Judge0: one language */
        get: operations["judge0Language"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judge0/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Judge0: submission statuses */
        get: operations["judge0Statuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judge0/about": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Judge0: the version served */
        get: operations["judge0About"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judge0/config_info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Judge0: this deployment's limits and features */
        get: operations["judge0ConfigInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judge0/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Judge0: create a submission
         * @description Answers {token}; with wait=true, runs it and answers the submission (fields as asked).
         */
        post: operations["judge0CreateSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judge0/submissions/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Judge0: several submissions */
        get: operations["judge0GetSubmissionBatch"];
        put?: never;
        /**
         * Judge0: create several submissions
         * @description At most 20. Each gets {token}, or its problems in its place; 422 when none is valid.
         */
        post: operations["judge0CreateSubmissionBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judge0/submissions/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Judge0: a submission */
        get: operations["judge0GetSubmission"];
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
            /** @description Wall-clock seconds for the compile stage (compiled languages); at most, and by default, the language's compile limit (30 s for C++). */
            compile_timeout?: number;
            /** @description Memory of the compile stage in MB (compiled languages); at most, and by default, the deployment's (SANDBOX_COMPILE_MEMORY_MB, 512 by default). */
            compile_memory_limit_mb?: number;
        };
        /** @enum {string} */
        ExecutionStatus: "success" | "compile_error" | "runtime_error" | "timeout" | "memory_limit_exceeded" | "output_limit_exceeded" | "cancelled" | "internal_error";
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
             * @description CPU time (user + system) of the run stage; null when it did not run.
             * @example 19
             */
            cpu_time_ms: number | null;
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
            /** @description What failed in the service (status internal_error), or when the run was cancelled (status cancelled). */
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
            /**
             * @description A live worker has this language's sandbox image. Images beyond the first few are built in the background after start-up; a run of a language not installed yet is answered 503 with Retry-After.
             * @example true
             */
            installed: boolean;
            /**
             * @description A program that prints "Hello, world!": what the playground starts with.
             * @example print("Hello, world!")
             */
            sample: string;
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
        PistonRuntimeDto: {
            /**
             * @description Piston's name of the language (c++ for our cpp).
             * @example python
             */
            language: string;
            /**
             * @description SemVer of the toolchain a worker read from its image; 0.0.0 while no worker has reported it.
             * @example 3.11.2
             */
            version: string;
            /**
             * @description Other names the language answers to.
             * @example [
             *       "py",
             *       "python3"
             *     ]
             */
            aliases: string[];
            /**
             * @description Where Piston names one: the runtime behind the language (node, gcc).
             * @example gcc
             */
            runtime?: string;
        };
        PistonFileDto: {
            /**
             * @description File name; without one, the entry file gets the language's default name (main.py, Main.java, ...), others file<i>.code.
             * @example main.py
             */
            name?: string;
            /** @example print(input()) */
            content: string;
            /**
             * @description base64 and hex contents must decode to UTF-8 text. The first utf8 file is the one that runs.
             * @default utf8
             * @enum {string}
             */
            encoding?: "utf8" | "base64" | "hex";
        };
        PistonExecuteRequestDto: {
            /**
             * @description A language name or alias of GET /api/v2/runtimes.
             * @example python
             */
            language: string;
            /**
             * @description SemVer selector of the version: "3.11.2", "3.x" or "*".
             * @example *
             */
            version: string;
            files: components["schemas"]["PistonFileDto"][];
            /**
             * @description Standard input; a final newline is added when missing, as Piston does.
             * @example world
             */
            stdin?: string;
            /**
             * @example [
             *       "1",
             *       "2",
             *       "3"
             *     ]
             */
            args?: string[];
            /**
             * @description Milliseconds of the run stage, at most the language's maximum (30000); below 1000 runs with 1000.
             * @example 3000
             */
            run_timeout?: number;
            /**
             * @description Milliseconds; checked against the language's compile limit, which always applies.
             * @example 10000
             */
            compile_timeout?: number;
            /**
             * @description Bytes for the run; -1, 0 or absent: the language's default; at most the deployment's maximum.
             * @example -1
             */
            run_memory_limit?: number;
            /**
             * @description Bytes; checked against the maximum; the compile stage shares the run's memory.
             * @example -1
             */
            compile_memory_limit?: number;
            /**
             * @description Milliseconds of CPU time; the run stage gets the smaller of this and run_timeout.
             * @example 3000
             */
            run_cpu_time?: number;
            /**
             * @description Milliseconds; checked like compile_timeout.
             * @example 10000
             */
            compile_cpu_time?: number;
        };
        PistonStageDto: {
            /** @example hello */
            stdout: string;
            /** @example  */
            stderr: string;
            /**
             * @description stdout followed by stderr (Piston interleaves them; here they are kept apart).
             * @example hello
             */
            output: string;
            /**
             * @description Exit code; null when ended by a signal. A failed compile reports 1.
             * @example 0
             */
            code: number | null;
            /**
             * @description e.g. SIGKILL for a timeout.
             * @example null
             */
            signal: string | null;
            /**
             * @description isolate-style status: TO (timeout), OL (output limit), SG (signal), RE (non-zero exit), XX (internal error).
             * @example null
             */
            status: string | null;
            /**
             * @description Why the stage ended, in words, when it failed.
             * @example null
             */
            message: string | null;
            /**
             * @description Peak memory in bytes, where measured.
             * @example 8314880
             */
            memory: number | null;
            /**
             * @description Wall-clock milliseconds.
             * @example 21
             */
            wall_time: number | null;
        };
        PistonExecuteResponseDto: {
            /** @example python */
            language: string;
            /** @example 3.11.2 */
            version: string;
            /** @description The run stage; when compilation failed, the compile stage, as Piston answers. */
            run: components["schemas"]["PistonStageDto"];
            /** @description Compiled languages only. */
            compile?: components["schemas"]["PistonStageDto"];
        };
        PistonErrorDto: {
            /** @example brainfuck-* runtime is unknown */
            message: string;
        };
        Judge0ValidationErrorDto: {
            /**
             * @example [
             *       "language with id 150000 doesn't exist"
             *     ]
             */
            language_id?: string[];
            /**
             * @example [
             *       "can't be blank"
             *     ]
             */
            source_code?: string[];
        };
        Judge0LanguageDto: {
            /** @example 71 */
            id: number;
            /** @example Python (3.11.2) */
            name: string;
        };
        Judge0LanguageDetailDto: {
            /** @example 71 */
            id: number;
            /** @example Python (3.11.2) */
            name: string;
            /** @example false */
            is_archived: boolean;
            /**
             * @description Name of the file source_code is written to.
             * @example main.py
             */
            source_file: string;
            /**
             * @description null for interpreted languages.
             * @example null
             */
            compile_cmd: string | null;
            /** @example python3 -u -B main.py */
            run_cmd: string;
        };
        Judge0ErrorDto: {
            /** @example there should be at least one submission in a batch */
            error: string;
        };
        Judge0StatusDto: {
            /** @example 3 */
            id: number;
            /** @example Accepted */
            description: string;
        };
        Judge0AboutDto: {
            /**
             * @description The Judge0 version whose API and language ids this serves.
             * @example 1.13.1
             */
            version: string;
            /** @example null */
            homepage: string | null;
            /** @example null */
            source_code: string | null;
            /** @example GhostIDE execution service (Judge0 CE-compatible API) */
            maintainer: string;
        };
        Judge0ConfigInfoDto: {
            /** @example false */
            maintenance_mode: boolean;
            /** @example true */
            enable_wait_result: boolean;
            /**
             * @description compiler_options is not supported.
             * @example false
             */
            enable_compiler_options: boolean;
            /** @example [] */
            allowed_languages_for_compile_options: string[];
            /** @example true */
            enable_command_line_arguments: boolean;
            /** @example false */
            enable_submission_delete: boolean;
            /**
             * @description callback_url is not supported.
             * @example false
             */
            enable_callbacks: boolean;
            /** @example 0 */
            callbacks_max_tries: number;
            /** @example 0 */
            callbacks_timeout: number;
            /**
             * @description additional_files is not supported.
             * @example false
             */
            enable_additional_files: boolean;
            /**
             * @description QUEUE_MAX_WAITING_JOBS.
             * @example 200
             */
            max_queue_size: number;
            /**
             * @description Seconds; the language default applies when a submission gives none.
             * @example 10
             */
            cpu_time_limit: number;
            /** @example 30 */
            max_cpu_time_limit: number;
            /** @example 0 */
            cpu_extra_time: number;
            /** @example 5 */
            max_cpu_extra_time: number;
            /** @example 10 */
            wall_time_limit: number;
            /** @example 30 */
            max_wall_time_limit: number;
            /**
             * @description Kilobytes; the language default applies when a submission gives none.
             * @example 131072
             */
            memory_limit: number;
            /**
             * @description SANDBOX_MAX_MEMORY_MB in kilobytes.
             * @example 524288
             */
            max_memory_limit: number;
            /**
             * @description The stack of a program; bounded by its memory, not lowered per submission.
             * @example 8192
             */
            stack_limit: number;
            /** @example 524288 */
            max_stack_limit: number;
            /**
             * @description SANDBOX_PIDS_LIMIT, for every submission.
             * @example 64
             */
            max_processes_and_or_threads: number;
            /** @example 64 */
            max_max_processes_and_or_threads: number;
            /** @example false */
            enable_per_process_and_thread_time_limit: boolean;
            /** @example false */
            allow_enable_per_process_and_thread_time_limit: boolean;
            /** @example false */
            enable_per_process_and_thread_memory_limit: boolean;
            /** @example false */
            allow_enable_per_process_and_thread_memory_limit: boolean;
            /**
             * @description Kilobytes: the largest file a program may write, for every submission.
             * @example 16384
             */
            max_file_size: number;
            /** @example 16384 */
            max_max_file_size: number;
            /** @example 1 */
            number_of_runs: number;
            /** @example 1 */
            max_number_of_runs: number;
            /** @example false */
            redirect_stderr_to_stdout: boolean;
            /** @example 0 */
            max_extract_size: number;
            /** @example true */
            enable_batched_submissions: boolean;
            /** @example 20 */
            max_submission_batch_size: number;
            /** @example 0 */
            submission_cache_duration: number;
            /** @example false */
            use_docs_as_homepage: boolean;
            /** @example false */
            allow_enable_network: boolean;
            /** @example false */
            enable_network: boolean;
        };
        Judge0TokenDto: {
            /**
             * @description The task id of the run.
             * @example 5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a
             */
            token: string;
        };
        Judge0SubmissionDto: {
            /**
             * @description Base64 of the text with base64_encoded=true.
             * @example print(input())
             */
            source_code?: string;
            /** @example 71 */
            language_id?: number | null;
            /**
             * @description Base64 of the text with base64_encoded=true.
             * @example world
             */
            stdin?: string | null;
            /**
             * @description Base64 of the text with base64_encoded=true.
             * @example world
             */
            expected_output?: string | null;
            /**
             * @description null when empty. Base64 of the text with base64_encoded=true.
             * @example hello
             */
            stdout?: string | null;
            /** @example 3 */
            status_id?: number;
            /** @example 2026-11-27T12:00:00.000Z */
            created_at?: string;
            /** @example 2026-11-27T12:00:01.000Z */
            finished_at?: string | null;
            /**
             * @description Seconds: the run's wall-clock time.
             * @example 0.021
             */
            time?: string | null;
            /**
             * @description Kilobytes: peak memory of the run.
             * @example 8120
             */
            memory?: number | null;
            /**
             * @description null when empty. Base64 of the text with base64_encoded=true.
             * @example null
             */
            stderr?: string | null;
            /** @example 5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a */
            token?: string;
            /** @example 1 */
            number_of_runs?: number;
            /** @example 10.0 */
            cpu_time_limit?: string | null;
            /** @example 0.0 */
            cpu_extra_time?: string | null;
            /** @example 10.0 */
            wall_time_limit?: string | null;
            /** @example 131072 */
            memory_limit?: number;
            /** @example 8192 */
            stack_limit?: number;
            /** @example 64 */
            max_processes_and_or_threads?: number;
            /** @example false */
            enable_per_process_and_thread_time_limit?: boolean;
            /** @example false */
            enable_per_process_and_thread_memory_limit?: boolean;
            /** @example 16384 */
            max_file_size?: number;
            /**
             * @description Base64 of the text with base64_encoded=true.
             * @example null
             */
            compile_output?: string | null;
            /** @example 0 */
            exit_code?: number | null;
            /** @example null */
            exit_signal?: number | null;
            /**
             * @description Why the run ended, as isolate words it. Base64 of the text with base64_encoded=true.
             * @example null
             */
            message?: string | null;
            /** @example 0.021 */
            wall_time?: string | null;
            /** @example null */
            compiler_options?: string | null;
            /** @example null */
            command_line_arguments?: string | null;
            /** @example false */
            redirect_stderr_to_stdout?: boolean;
            /** @example null */
            callback_url?: string | null;
            /** @example null */
            additional_files?: string | null;
            /** @example false */
            enable_network?: boolean;
            status?: components["schemas"]["Judge0StatusDto"];
            language?: components["schemas"]["Judge0LanguageDto"] | null;
        };
        Judge0SubmissionRequestDto: {
            /**
             * @description Required. Base64 of the text with base64_encoded=true.
             * @example print(input())
             */
            source_code: string;
            /**
             * @description Required: an id of GET /languages.
             * @example 71
             */
            language_id: number;
            /**
             * @description Base64 of the text with base64_encoded=true.
             * @example world
             */
            stdin?: string;
            /**
             * @description Compared with stdout: Accepted or Wrong Answer. Base64 of the text with base64_encoded=true.
             * @example world
             */
            expected_output?: string;
            /**
             * @description Split into words as bash splits them; at most 512 characters.
             * @example a 'b c'
             */
            command_line_arguments?: string;
            /**
             * @description Seconds; with wall_time_limit, the smaller one is the run's limit.
             * @example 2
             */
            cpu_time_limit?: number;
            /**
             * @description Seconds the run may go on past its limit (still Time Limit Exceeded).
             * @example 0.5
             */
            cpu_extra_time?: number;
            /**
             * @description Seconds.
             * @example 5
             */
            wall_time_limit?: number;
            /**
             * @description Kilobytes.
             * @example 128000
             */
            memory_limit?: number;
            /**
             * @description Kilobytes; accepted, not applied (the memory limit bounds the stack).
             * @example 64000
             */
            stack_limit?: number;
            /**
             * @description Accepted up to the sandbox's limit, which applies.
             * @example 60
             */
            max_processes_and_or_threads?: number;
            /**
             * @description Kilobytes; accepted up to the sandbox's limit, which applies.
             * @example 1024
             */
            max_file_size?: number;
            /**
             * @description Only 1.
             * @example 1
             */
            number_of_runs?: number;
            /**
             * @description Only false.
             * @example false
             */
            enable_per_process_and_thread_time_limit?: boolean;
            /**
             * @description Only false.
             * @example false
             */
            enable_per_process_and_thread_memory_limit?: boolean;
            /**
             * @description Only false.
             * @example false
             */
            redirect_stderr_to_stdout?: boolean;
            /**
             * @description Only false: sandboxes have no network.
             * @example false
             */
            enable_network?: boolean;
            /** @description Not supported: only blank. */
            compiler_options?: string;
            /** @description Not supported: only blank. */
            callback_url?: string;
            /** @description Not supported: only blank. */
            additional_files?: string;
        };
        Judge0BatchRequestDto: {
            /** @description At most 20. */
            submissions: components["schemas"]["Judge0SubmissionRequestDto"][];
        };
        Judge0BatchDto: {
            /** @description null for a token that is unknown or expired. */
            submissions: components["schemas"]["Judge0SubmissionDto"][];
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
            /** @description No worker, language not installed yet, queue full, Redis down, or the run is taking longer than the wait (then with task_id). See Retry-After. */
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
            /** @description No worker, language not installed yet, queue full, or Redis down. See Retry-After. */
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
    cancelTask: {
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
            /** @description The task after the request: completed (cancelled) when it was queued, still running until its worker has stopped it. */
            202: {
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
            /** @description The task has ended already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "task \"5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a\" has ended already (completed); nothing to cancel",
                     *       "error": "Conflict"
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
        };
    };
    streamTaskEvents: {
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
            /** @description Server-Sent Events, in order: `status` `{status}` (queued, then running), `stage` `{stage: "compile" | "run"}`, `stdout` and `stderr` `{data}` as the program writes (UTF-8), and last `result`: the final TaskStatus; then the stream ends. A client that joins late first gets what was already written. A `: heartbeat` comment comes at least every 10 s. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example event: status
                     *     data: {"status":"queued"}
                     *
                     *     event: stdout
                     *     data: {"data":"hello\n"}
                     */
                    "text/event-stream": string;
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
                    "text/event-stream": components["schemas"]["ErrorResponse"];
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
                    "text/event-stream": components["schemas"]["ErrorResponse"];
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
                     *       "message": "language \"brainfuck\" is not supported; use one of: python, py, python3, javascript, js, node, nodejs, java, jdk, openjdk, cpp, c++, g++, cxx, ...",
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
    pistonRuntimes: {
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
                    "application/json": components["schemas"]["PistonRuntimeDto"][];
                };
            };
        };
    };
    pistonExecute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PistonExecuteRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PistonExecuteResponseDto"];
                };
            };
            /** @description Unknown runtime, or a bad request; message names the first problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PistonErrorDto"];
                };
            };
            /** @description Rate limit per client address; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PistonErrorDto"];
                };
            };
            /** @description No worker, queue full, or Redis down; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PistonErrorDto"];
                };
            };
        };
    };
    judge0Languages: {
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
                    "application/json": components["schemas"]["Judge0LanguageDto"][];
                };
            };
        };
    };
    judge0Language: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
                    "application/json": components["schemas"]["Judge0LanguageDetailDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ErrorDto"];
                };
            };
        };
    };
    judge0Statuses: {
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
                    "application/json": components["schemas"]["Judge0StatusDto"][];
                };
            };
        };
    };
    judge0About: {
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
                    "application/json": components["schemas"]["Judge0AboutDto"];
                };
            };
        };
    };
    judge0ConfigInfo: {
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
                    "application/json": components["schemas"]["Judge0ConfigInfoDto"];
                };
            };
        };
    };
    judge0CreateSubmission: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes, or * for all. */
                fields?: string;
                wait?: "true" | "false";
                /** @description Text attributes in Base64. */
                base64_encoded?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Judge0SubmissionRequestDto"];
            };
        };
        responses: {
            /** @description wait=false (the default): the token to poll; wait=true: the finished submission. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0TokenDto"] | components["schemas"]["Judge0SubmissionDto"];
                };
            };
            /** @description Malformed JSON or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ErrorDto"];
                };
            };
            /** @description The problems of each attribute. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ValidationErrorDto"];
                };
            };
            /** @description Rate limit per client address, each submission counted; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ErrorDto"];
                };
            };
            /** @description No worker, queue full, or Redis down; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ErrorDto"];
                };
            };
        };
    };
    judge0GetSubmissionBatch: {
        parameters: {
            query: {
                /** @description Comma-separated attributes, or * for all. */
                fields?: string;
                /** @description Text attributes in Base64. */
                base64_encoded?: "true" | "false";
                /** @description Comma-separated, at most 20. */
                tokens: string;
            };
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
                    "application/json": components["schemas"]["Judge0BatchDto"];
                };
            };
            /** @description No tokens, too many, or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ErrorDto"];
                };
            };
            /** @description No worker, queue full, or Redis down; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ErrorDto"];
                };
            };
        };
    };
    judge0CreateSubmissionBatch: {
        parameters: {
            query?: {
                /** @description Text attributes in Base64. */
                base64_encoded?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Judge0BatchRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0TokenDto"][];
                };
            };
            /** @description No submissions, or too many. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ErrorDto"];
                };
            };
            /** @description No submission is valid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ValidationErrorDto"][];
                };
            };
            /** @description Rate limit per client address, each submission counted; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ErrorDto"];
                };
            };
            /** @description No worker, queue full, or Redis down; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ErrorDto"];
                };
            };
        };
    };
    judge0GetSubmission: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes, or * for all. */
                fields?: string;
                /** @description Text attributes in Base64. */
                base64_encoded?: "true" | "false";
            };
            header?: never;
            path: {
                token: string;
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
                    "application/json": components["schemas"]["Judge0SubmissionDto"];
                };
            };
            /** @description Unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ErrorDto"];
                };
            };
            /** @description Unknown token, or its result has expired. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ErrorDto"];
                };
            };
            /** @description No worker, queue full, or Redis down; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Judge0ErrorDto"];
                };
            };
        };
    };
}
