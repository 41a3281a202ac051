/**
 * The leadpipe API's types, generated from its OpenAPI document (GET /docs/json) by openapi-typescript.
 * Do not edit: run `npm run gen:api-types`. A test fails when this file and the API differ.
 */
export interface paths {
  '/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Name, version and links */
    get: operations['index'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Leads, paginated, sorted and filtered
     * @description Offset or cursor pagination; sort by any column; filters by grade, score range, outcome, free text, and any column of leads_final with `filter.<column>=value` (exact value, compared as text, `true`/`false` for yes/no columns; several filters all apply; `GET /schema` lists the columns and the levels of categorical ones; an unknown column is a 400 `E_UNKNOWN_COLUMN` naming it).
     */
    get: operations['listLeads'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leads/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One lead with its score, grade, reasons and score history */
    get: operations['getLead'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/lead-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many leads (final), or raw rows and files (source=raw) */
    get: operations['countLeads'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leads/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download the filtered leads, every column
     * @description Every column of the scored leads (leads_final but its row hash), ordered by key, as a file. Any query parameter other than format filters on the leads_final column of that name (equality, compared as the column type; an empty value matches NULL), e.g. ?format=csv&grade=A&lead_source=Google.
     */
    get: operations['exportLeads'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Aggregates for the dashboard
     * @description Totals, score histogram (10 bins), conversion by probability decile and by grade, and `breakdowns`: conversion by the active model's most important categorical features (or, for a model without any, the data's categorical columns). Conversion reads the home's label column (`label`; null without one). Score parts are null until leads are scored.
     */
    get: operations['getStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/schema': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The home's lead columns, label column and the active model's features
     * @description What forms, filters and charts are built from: leads_final's columns (type, categorical or not, top levels, labels) and the active model's input columns, most important first.
     */
    get: operations['getSchema'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/score-lead': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Score a lead (or an array of up to 1000) without storing it
     * @description Returns probability, score 0-100, grade, the top 3 positive and negative reasons and the model version. Values are typed as file rows are (null tokens, Yes/No booleans, numeric text).
     */
    post: operations['scoreLead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/model': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The active model card and its held-out metrics
     * @description Version, features used and excluded, training data, calibration, grade thresholds, metrics, inputs for forms, top weights.
     */
    get: operations['getModel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/upload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stage a lead file (multipart, field "file") without loading it
     * @description CSV, JSON array or NDJSON, gzipped or not. Streams into the stage; at most LEADPIPE_MAX_UPLOAD_BYTES (413 beyond). Needs x-api-key. A running server loads, merges and scores it in the background within seconds (`GET /pipeline/status` shows it); `POST /pipeline/refresh` does it at once.
     */
    post: operations['uploadFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/upload-and-load': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stage, load, merge and score a lead file, synchronously (multipart, field "file")
     * @description Loads staged files still pending first, then the upload; runs the task (merge into leads_final, then scoring). Rejected rows are not an error: they come back in the result. Needs x-api-key.
     */
    post: operations['uploadAndLoad'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Validate a lead file without loading it (multipart, field "file")
     * @description Format, rows, columns, missing required columns, undeclared columns and the first rejected rows. Stores nothing. Needs x-api-key (it parses up to LEADPIPE_MAX_UPLOAD_BYTES).
     */
    post: operations['validateFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pipeline/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pipe status, load history, stream lag, task state and runs */
    get: operations['getPipelineStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pipeline/quarantine/{file}/{action}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Retry (load again and merge) or drop (forget) a quarantined file
     * @description retry: the staged copy is loaded again and the task runs; `quarantined` says whether it failed again (then it stays listed). drop: its held rows leave leads_raw and the load history says DROPPED. 404 when the file is not quarantined.
     */
    post: operations['resolveQuarantine'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/loads/{file}/errors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rejected rows of a loaded file: line, column, reason, raw text */
    get: operations['getLoadErrors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/healthcheck': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Warehouse and stage reachable, pipe and task state (503 when unhealthy)
     * @description status is "ok", "degraded" (HTTP 200: the task is suspended, its last run failed, files are quarantined, or the warehouse is busy with a write) or "unhealthy" (503: the warehouse or the stage cannot be reached). Degraded answers 200 so a load balancer keeps the instance: it still serves and loads; a person has work to do (see `quarantine list`).
     */
    get: operations['healthcheck'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pipeline/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Load the staged files not loaded yet, then run the task (merge and scoring)
     * @description What `leadpipe serve` also does by itself after each upload, every LEADPIPE_PIPE_POLL_SECONDS and on LEADPIPE_TASK_SCHEDULE_MINUTES. The task runs only when the stream has data. Needs x-api-key.
     */
    post: operations['refreshPipeline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  index: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The index */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name?: string;
            version?: string;
            description?: string;
            links?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Too many requests from this client: more than 600 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listLeads: {
    parameters: {
      query?: {
        /** @description Leads per page (1-1000). */
        limit?: number;
        /** @description Leads to skip (or use cursor). */
        offset?: number;
        /** @description nextCursor of the previous page (keyset pagination; same sort and order). */
        cursor?: string;
        /** @description Column to sort by; a leading "-" sorts descending. Default: score descending once leads are scored, else the key. */
        sort?: string;
        /** @description Sort direction (default asc; desc with "-column"). */
        order?: 'asc' | 'desc';
        /** @description Comma-separated columns to return (the key always comes back), or "all". Default: a compact set for tables. */
        columns?: string;
        /** @description Grades, comma-separated, e.g. A,B. */
        grade?: string;
        min_score?: number;
        max_score?: number;
        /** @description Outcome: the home's label column is true (or false). Matches nothing without a label column. */
        converted?: boolean;
        /** @description Free text, case-insensitive, in the key or the first text columns of the lead. */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of leads */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items?: ({
              probability?: number | null;
              score?: number | null;
              /** @enum {string|null} */
              grade?: 'A' | 'B' | 'C' | 'D' | null;
              /** @description The top 3 reasons each way (`positive`, `negative`), and, when the lead also carries score, probability and model_version and was scored by the active model, the breakdown in score points: `baseline`, each reason's `scorePoints`, `other`, `override` (see docs/MODEL.md). */
              reasons?:
                | ({
                    /** @description The score of a lead at the model's baseline: 100 * sigmoid(bias) for trained models, the score at 0 points for rules. */
                    baseline?: number;
                    /** @description Score points of everything not among the reasons shown, plus rounding. */
                    other?: number;
                    /** @description A manual override's change to the model's score; 0 when there is none. */
                    override?: number;
                    positive?: {
                      feature?: string;
                      label?: string;
                      value?: string;
                      /** @description The feature's contribution to the lead's log-odds. */
                      logOdds?: number;
                      /** @description Trained models: the log-odds in points where +10 doubles the odds of converting. Rules: the rule's points. */
                      points?: number;
                      /** @description What the reason adds to the 0-100 score (negative: takes away); with `baseline`, the other reasons' scorePoints, `other` and `override` it adds up to the score. See docs/MODEL.md. */
                      scorePoints?: number;
                      /** @description e.g. "Lead Origin = Lead Add Form: +18" */
                      text?: string;
                    }[];
                    negative?: {
                      feature?: string;
                      label?: string;
                      value?: string;
                      /** @description The feature's contribution to the lead's log-odds. */
                      logOdds?: number;
                      /** @description Trained models: the log-odds in points where +10 doubles the odds of converting. Rules: the rule's points. */
                      points?: number;
                      /** @description What the reason adds to the 0-100 score (negative: takes away); with `baseline`, the other reasons' scorePoints, `other` and `override` it adds up to the score. See docs/MODEL.md. */
                      scorePoints?: number;
                      /** @description e.g. "Lead Origin = Lead Add Form: +18" */
                      text?: string;
                    }[];
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              model_version?: string | null;
              scored_at?: string | null;
            } & {
              [key: string]: unknown;
            })[];
            /** @description Leads matching the filters. */
            total?: number;
            limit?: number;
            offset?: number;
            sort?: string;
            /** @enum {string} */
            order?: 'asc' | 'desc';
            nextCursor?: string | null;
          };
        };
      };
      /** @description Too many requests from this client: more than 600 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getLead: {
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
      /** @description The lead */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A lead: the columns of leads_final by snake_case name (integers as numbers, timestamps as ISO-8601); `GET /schema` lists them. */
            lead?: {
              probability?: number | null;
              score?: number | null;
              /** @enum {string|null} */
              grade?: 'A' | 'B' | 'C' | 'D' | null;
              /** @description The top 3 reasons each way (`positive`, `negative`), and, when the lead also carries score, probability and model_version and was scored by the active model, the breakdown in score points: `baseline`, each reason's `scorePoints`, `other`, `override` (see docs/MODEL.md). */
              reasons?:
                | ({
                    /** @description The score of a lead at the model's baseline: 100 * sigmoid(bias) for trained models, the score at 0 points for rules. */
                    baseline?: number;
                    /** @description Score points of everything not among the reasons shown, plus rounding. */
                    other?: number;
                    /** @description A manual override's change to the model's score; 0 when there is none. */
                    override?: number;
                    positive?: {
                      feature?: string;
                      label?: string;
                      value?: string;
                      /** @description The feature's contribution to the lead's log-odds. */
                      logOdds?: number;
                      /** @description Trained models: the log-odds in points where +10 doubles the odds of converting. Rules: the rule's points. */
                      points?: number;
                      /** @description What the reason adds to the 0-100 score (negative: takes away); with `baseline`, the other reasons' scorePoints, `other` and `override` it adds up to the score. See docs/MODEL.md. */
                      scorePoints?: number;
                      /** @description e.g. "Lead Origin = Lead Add Form: +18" */
                      text?: string;
                    }[];
                    negative?: {
                      feature?: string;
                      label?: string;
                      value?: string;
                      /** @description The feature's contribution to the lead's log-odds. */
                      logOdds?: number;
                      /** @description Trained models: the log-odds in points where +10 doubles the odds of converting. Rules: the rule's points. */
                      points?: number;
                      /** @description What the reason adds to the 0-100 score (negative: takes away); with `baseline`, the other reasons' scorePoints, `other` and `override` it adds up to the score. See docs/MODEL.md. */
                      scorePoints?: number;
                      /** @description e.g. "Lead Origin = Lead Add Form: +18" */
                      text?: string;
                    }[];
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              model_version?: string | null;
              scored_at?: string | null;
            } & {
              [key: string]: unknown;
            };
            /** @description Every score change, newest first (model runs and manual overrides). */
            scoreHistory?: {
              leadKey?: string;
              modelVersion?: string | null;
              probability?: number | null;
              score?: number | null;
              grade?: string | null;
              /** @enum {string} */
              source?: 'model' | 'override';
              reason?: string | null;
              scoredAt?: string;
            }[];
          };
        };
      };
      /** @description Too many requests from this client: more than 600 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  countLeads: {
    parameters: {
      query?: {
        source?: 'final' | 'raw';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The count */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            source?: 'final' | 'raw';
            /** @description Leads in leads_final, or rows in leads_raw. */
            count?: number;
            /** @description source=raw: files the raw rows came from. */
            files?: number;
          };
        };
      };
      /** @description Too many requests from this client: more than 600 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  exportLeads: {
    parameters: {
      query?: {
        format?: 'csv' | 'parquet' | 'ndjson';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment), with X-Leadpipe-Rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.apache.parquet': string;
          'application/x-ndjson': string;
        };
      };
      /** @description Too many requests from this client: more than 600 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getStats: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The aggregates */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            scored?: boolean;
            totals?: {
              [key: string]: unknown;
            };
            scoreHistogram?:
              | {
                  [key: string]: unknown;
                }[]
              | null;
            deciles?:
              | {
                  [key: string]: unknown;
                }[]
              | null;
            /** @description The label column conversion is read from. */
            label?: string | null;
            breakdowns?: {
              column?: string;
              label?: {
                en?: string;
                es?: string;
              };
              buckets?: {
                value?: string | null;
                leads?: number;
                converted?: number | null;
                conversionRate?: number | null;
              }[];
            }[];
            byGrade?:
              | {
                  value?: string | null;
                  leads?: number;
                  converted?: number | null;
                  conversionRate?: number | null;
                }[]
              | null;
          };
        };
      };
      /** @description Too many requests from this client: more than 600 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getSchema: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The key column. */
            key?: string;
            /** @description The label (outcome) column, if any. */
            label?: string | null;
            modelVersion?: string;
            columns?: {
              name?: string;
              /** @enum {string} */
              type?: 'boolean' | 'integer' | 'double' | 'timestamp' | 'string' | 'json';
              /** @enum {string} */
              origin?: 'lead' | 'meta' | 'score';
              /** @description Few distinct values (text, yes/no, or an integer code): offered as a filter with its levels. */
              categorical?: boolean;
              /** @description Distinct non-null values (lead columns of text, yes/no or integers). */
              distinct?: number;
              /** @description Most frequent values first (categorical columns). */
              levels?: {
                value?: string;
                leads?: number;
              }[];
              /** @description Human label per language: the home's labels.json, else words from the snake_case name. */
              label?: {
                en?: string;
                es?: string;
              };
            }[];
            features?: {
              column?: string;
              /** @description Human label per language: the home's labels.json, else words from the snake_case name. */
              label?: {
                en?: string;
                es?: string;
              };
              /** @enum {string} */
              kind?: 'categorical' | 'numeric' | 'boolean';
              /** @description Known levels, most frequent first. */
              levels?: string[];
              /** @description Numeric: the training range [low, high]. */
              range?: number[];
              /** @description A typical value: the training median, the most frequent level, or the usual yes/no. */
              typical?: string | number | boolean;
              /** @description Share of the model's reliance on the column (all add up to 1). */
              importance?: number;
            }[];
            /** @description The active model's columns leads_final lacks (scored as missing), as recorded at its activation or latest task run; null when none is missing. */
            modelWarning?: {
              modelVersion: string;
              /** @description Heaviest first. */
              missing: string[];
              /** @description Their share of the model's weight (0–1). */
              missingWeight: number;
              message: string;
            } | null;
          };
        };
      };
      /** @description Too many requests from this client: more than 600 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  scoreLead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @description "Prospect ID": string. Unique id of the prospect (the default key). */
              prospect_id?: string | number | boolean | (never | null);
              /** @description "Lead Number": integer. Lead number assigned to each lead procured. */
              lead_number?: string | number | boolean | (never | null);
              /** @description "Lead Origin": string. Origin identifier (API, Landing Page Submission, ...). */
              lead_origin?: string | number | boolean | (never | null);
              /** @description "Lead Source": string. Source of the lead (Google, Organic Search, Olark Chat, ...). */
              lead_source?: string | number | boolean | (never | null);
              /** @description "Do Not Email": boolean. The lead asked not to be emailed. */
              do_not_email?: string | number | boolean | (never | null);
              /** @description "Do Not Call": boolean. The lead asked not to be called. */
              do_not_call?: string | number | boolean | (never | null);
              /** @description "Converted": boolean. Outcome label: the lead converted. */
              converted?: string | number | boolean | (never | null);
              /** @description "TotalVisits": integer. Total number of website visits. */
              total_visits?: string | number | boolean | (never | null);
              /** @description "Total Time Spent on Website": integer. Total time spent on the website. */
              total_time_spent_on_website?: string | number | boolean | (never | null);
              /** @description "Page Views Per Visit": double. Average page views per visit. */
              page_views_per_visit?: string | number | boolean | (never | null);
              /** @description "Last Activity": string. Last activity performed by the lead. */
              last_activity?: string | number | boolean | (never | null);
              /** @description "Country": string. Country of the lead. */
              country?: string | number | boolean | (never | null);
              /** @description "Specialization": string. Industry domain the lead worked in. */
              specialization?: string | number | boolean | (never | null);
              /** @description "How did you hear about X Education": string. How the lead heard about the company. */
              how_did_you_hear_about_x_education?: string | number | boolean | (never | null);
              /** @description "What is your current occupation": string. Current occupation. */
              what_is_your_current_occupation?: string | number | boolean | (never | null);
              /** @description "What matters most to you in choosing a course": string. Main motivation. */
              what_matters_most_to_you_in_choosing_a_course?: string | number | boolean | (never | null);
              /** @description "Search": boolean. Saw the ad in search. */
              search?: string | number | boolean | (never | null);
              /** @description "Magazine": boolean. Saw the ad in a magazine. */
              magazine?: string | number | boolean | (never | null);
              /** @description "Newspaper Article": boolean. Saw the ad in a newspaper article. */
              newspaper_article?: string | number | boolean | (never | null);
              /** @description "X Education Forums": boolean. Saw the ad in forums. */
              x_education_forums?: string | number | boolean | (never | null);
              /** @description "Newspaper": boolean. Saw the ad in a newspaper. */
              newspaper?: string | number | boolean | (never | null);
              /** @description "Digital Advertisement": boolean. Saw a digital advertisement. */
              digital_advertisement?: string | number | boolean | (never | null);
              /** @description "Through Recommendations": boolean. Came through recommendations. */
              through_recommendations?: string | number | boolean | (never | null);
              /** @description "Receive More Updates About Our Courses": boolean. Opted in to course updates. */
              receive_more_updates_about_our_courses?: string | number | boolean | (never | null);
              /** @description "Tags": string. Status tags set by sales after contact (leaks the outcome). */
              tags?: string | number | boolean | (never | null);
              /** @description "Lead Quality": string. Quality judged by sales after contact (leaks the outcome). */
              lead_quality?: string | number | boolean | (never | null);
              /** @description "Update me on Supply Chain Content": boolean. Opted in to supply-chain content. */
              update_me_on_supply_chain_content?: string | number | boolean | (never | null);
              /** @description "Get updates on DM Content": boolean. Opted in to DM content. */
              get_updates_on_dm_content?: string | number | boolean | (never | null);
              /** @description "Lead Profile": string. Profile level assigned during the sales process. */
              lead_profile?: string | number | boolean | (never | null);
              /** @description "City": string. City of the lead. */
              city?: string | number | boolean | (never | null);
              /** @description "Asymmetrique Activity Index": string. Activity index assigned by sales (01.High .. 03.Low). */
              asymmetrique_activity_index?: string | number | boolean | (never | null);
              /** @description "Asymmetrique Profile Index": string. Profile index assigned by sales (01.High .. 03.Low). */
              asymmetrique_profile_index?: string | number | boolean | (never | null);
              /** @description "Asymmetrique Activity Score": integer. Activity score assigned by sales. */
              asymmetrique_activity_score?: string | number | boolean | (never | null);
              /** @description "Asymmetrique Profile Score": integer. Profile score assigned by sales. */
              asymmetrique_profile_score?: string | number | boolean | (never | null);
              /** @description "I agree to pay the amount through cheque": boolean. Agreed to pay by cheque. */
              i_agree_to_pay_the_amount_through_cheque?: string | number | boolean | (never | null);
              /** @description "A free copy of Mastering The Interview": boolean. Wants a free copy of Mastering the Interview. */
              a_free_copy_of_mastering_the_interview?: string | number | boolean | (never | null);
              /** @description "Last Notable Activity": string. Last notable activity (updated during the sales process). */
              last_notable_activity?: string | number | boolean | (never | null);
            }
          | {
              /** @description "Prospect ID": string. Unique id of the prospect (the default key). */
              prospect_id?: string | number | boolean | (never | null);
              /** @description "Lead Number": integer. Lead number assigned to each lead procured. */
              lead_number?: string | number | boolean | (never | null);
              /** @description "Lead Origin": string. Origin identifier (API, Landing Page Submission, ...). */
              lead_origin?: string | number | boolean | (never | null);
              /** @description "Lead Source": string. Source of the lead (Google, Organic Search, Olark Chat, ...). */
              lead_source?: string | number | boolean | (never | null);
              /** @description "Do Not Email": boolean. The lead asked not to be emailed. */
              do_not_email?: string | number | boolean | (never | null);
              /** @description "Do Not Call": boolean. The lead asked not to be called. */
              do_not_call?: string | number | boolean | (never | null);
              /** @description "Converted": boolean. Outcome label: the lead converted. */
              converted?: string | number | boolean | (never | null);
              /** @description "TotalVisits": integer. Total number of website visits. */
              total_visits?: string | number | boolean | (never | null);
              /** @description "Total Time Spent on Website": integer. Total time spent on the website. */
              total_time_spent_on_website?: string | number | boolean | (never | null);
              /** @description "Page Views Per Visit": double. Average page views per visit. */
              page_views_per_visit?: string | number | boolean | (never | null);
              /** @description "Last Activity": string. Last activity performed by the lead. */
              last_activity?: string | number | boolean | (never | null);
              /** @description "Country": string. Country of the lead. */
              country?: string | number | boolean | (never | null);
              /** @description "Specialization": string. Industry domain the lead worked in. */
              specialization?: string | number | boolean | (never | null);
              /** @description "How did you hear about X Education": string. How the lead heard about the company. */
              how_did_you_hear_about_x_education?: string | number | boolean | (never | null);
              /** @description "What is your current occupation": string. Current occupation. */
              what_is_your_current_occupation?: string | number | boolean | (never | null);
              /** @description "What matters most to you in choosing a course": string. Main motivation. */
              what_matters_most_to_you_in_choosing_a_course?: string | number | boolean | (never | null);
              /** @description "Search": boolean. Saw the ad in search. */
              search?: string | number | boolean | (never | null);
              /** @description "Magazine": boolean. Saw the ad in a magazine. */
              magazine?: string | number | boolean | (never | null);
              /** @description "Newspaper Article": boolean. Saw the ad in a newspaper article. */
              newspaper_article?: string | number | boolean | (never | null);
              /** @description "X Education Forums": boolean. Saw the ad in forums. */
              x_education_forums?: string | number | boolean | (never | null);
              /** @description "Newspaper": boolean. Saw the ad in a newspaper. */
              newspaper?: string | number | boolean | (never | null);
              /** @description "Digital Advertisement": boolean. Saw a digital advertisement. */
              digital_advertisement?: string | number | boolean | (never | null);
              /** @description "Through Recommendations": boolean. Came through recommendations. */
              through_recommendations?: string | number | boolean | (never | null);
              /** @description "Receive More Updates About Our Courses": boolean. Opted in to course updates. */
              receive_more_updates_about_our_courses?: string | number | boolean | (never | null);
              /** @description "Tags": string. Status tags set by sales after contact (leaks the outcome). */
              tags?: string | number | boolean | (never | null);
              /** @description "Lead Quality": string. Quality judged by sales after contact (leaks the outcome). */
              lead_quality?: string | number | boolean | (never | null);
              /** @description "Update me on Supply Chain Content": boolean. Opted in to supply-chain content. */
              update_me_on_supply_chain_content?: string | number | boolean | (never | null);
              /** @description "Get updates on DM Content": boolean. Opted in to DM content. */
              get_updates_on_dm_content?: string | number | boolean | (never | null);
              /** @description "Lead Profile": string. Profile level assigned during the sales process. */
              lead_profile?: string | number | boolean | (never | null);
              /** @description "City": string. City of the lead. */
              city?: string | number | boolean | (never | null);
              /** @description "Asymmetrique Activity Index": string. Activity index assigned by sales (01.High .. 03.Low). */
              asymmetrique_activity_index?: string | number | boolean | (never | null);
              /** @description "Asymmetrique Profile Index": string. Profile index assigned by sales (01.High .. 03.Low). */
              asymmetrique_profile_index?: string | number | boolean | (never | null);
              /** @description "Asymmetrique Activity Score": integer. Activity score assigned by sales. */
              asymmetrique_activity_score?: string | number | boolean | (never | null);
              /** @description "Asymmetrique Profile Score": integer. Profile score assigned by sales. */
              asymmetrique_profile_score?: string | number | boolean | (never | null);
              /** @description "I agree to pay the amount through cheque": boolean. Agreed to pay by cheque. */
              i_agree_to_pay_the_amount_through_cheque?: string | number | boolean | (never | null);
              /** @description "A free copy of Mastering The Interview": boolean. Wants a free copy of Mastering the Interview. */
              a_free_copy_of_mastering_the_interview?: string | number | boolean | (never | null);
              /** @description "Last Notable Activity": string. Last notable activity (updated during the sales process). */
              last_notable_activity?: string | number | boolean | (never | null);
            }[];
      };
    };
    responses: {
      /** @description The score, or an array of scores in input order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                /** @description The key of the posted lead, if it had one. */
                id?: string | null;
                probability?: number;
                score?: number;
                /** @enum {string} */
                grade?: 'A' | 'B' | 'C' | 'D';
                reasons?: {
                  /** @description The score of a lead at the model's baseline: 100 * sigmoid(bias) for trained models, the score at 0 points for rules. */
                  baseline?: number;
                  /** @description Score points of everything not among the reasons shown, plus rounding. */
                  other?: number;
                  /** @description A manual override's change to the model's score; 0 when there is none. */
                  override?: number;
                  positive?: {
                    feature?: string;
                    label?: string;
                    value?: string;
                    /** @description The feature's contribution to the lead's log-odds. */
                    logOdds?: number;
                    /** @description Trained models: the log-odds in points where +10 doubles the odds of converting. Rules: the rule's points. */
                    points?: number;
                    /** @description What the reason adds to the 0-100 score (negative: takes away); with `baseline`, the other reasons' scorePoints, `other` and `override` it adds up to the score. See docs/MODEL.md. */
                    scorePoints?: number;
                    /** @description e.g. "Lead Origin = Lead Add Form: +18" */
                    text?: string;
                  }[];
                  negative?: {
                    feature?: string;
                    label?: string;
                    value?: string;
                    /** @description The feature's contribution to the lead's log-odds. */
                    logOdds?: number;
                    /** @description Trained models: the log-odds in points where +10 doubles the odds of converting. Rules: the rule's points. */
                    points?: number;
                    /** @description What the reason adds to the 0-100 score (negative: takes away); with `baseline`, the other reasons' scorePoints, `other` and `override` it adds up to the score. See docs/MODEL.md. */
                    scorePoints?: number;
                    /** @description e.g. "Lead Origin = Lead Add Form: +18" */
                    text?: string;
                  }[];
                };
                modelVersion?: string;
              }
            | {
                /** @description The key of the posted lead, if it had one. */
                id?: string | null;
                probability?: number;
                score?: number;
                /** @enum {string} */
                grade?: 'A' | 'B' | 'C' | 'D';
                reasons?: {
                  /** @description The score of a lead at the model's baseline: 100 * sigmoid(bias) for trained models, the score at 0 points for rules. */
                  baseline?: number;
                  /** @description Score points of everything not among the reasons shown, plus rounding. */
                  other?: number;
                  /** @description A manual override's change to the model's score; 0 when there is none. */
                  override?: number;
                  positive?: {
                    feature?: string;
                    label?: string;
                    value?: string;
                    /** @description The feature's contribution to the lead's log-odds. */
                    logOdds?: number;
                    /** @description Trained models: the log-odds in points where +10 doubles the odds of converting. Rules: the rule's points. */
                    points?: number;
                    /** @description What the reason adds to the 0-100 score (negative: takes away); with `baseline`, the other reasons' scorePoints, `other` and `override` it adds up to the score. See docs/MODEL.md. */
                    scorePoints?: number;
                    /** @description e.g. "Lead Origin = Lead Add Form: +18" */
                    text?: string;
                  }[];
                  negative?: {
                    feature?: string;
                    label?: string;
                    value?: string;
                    /** @description The feature's contribution to the lead's log-odds. */
                    logOdds?: number;
                    /** @description Trained models: the log-odds in points where +10 doubles the odds of converting. Rules: the rule's points. */
                    points?: number;
                    /** @description What the reason adds to the 0-100 score (negative: takes away); with `baseline`, the other reasons' scorePoints, `other` and `override` it adds up to the score. See docs/MODEL.md. */
                    scorePoints?: number;
                    /** @description e.g. "Lead Origin = Lead Add Form: +18" */
                    text?: string;
                  }[];
                };
                modelVersion?: string;
              }[];
        };
      };
      /** @description Too many requests from this client: more than 600 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getModel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The model card */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version?: string;
            /** @enum {string} */
            kind?: 'logistic' | 'gbt' | 'rules';
            metrics?: {
              [key: string]: unknown;
            };
            inputs?: {
              [key: string]: unknown;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests from this client: more than 600 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  uploadFile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description A CSV, JSON-array or NDJSON lead file, gzipped or not (detected from the bytes).
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The staged file */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status?: 'STAGED';
            file?: {
              /** @description The file name as given (sanitised), as the load history shows it. */
              name?: string;
              /** @description The staged file (uploads: name.checksum prefix), unique per content: two uploads with one name both stay staged until loaded. */
              key?: string;
              checksum?: string;
              size?: number;
              /** @enum {string} */
              sourceFormat?: 'csv' | 'json' | 'ndjson';
              compressed?: boolean;
              rowsParsed?: number;
              rowsAccepted?: number;
              rowsRejected?: number;
              columns?: string[];
              stagedAt?: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Too many requests from this client: more than 60 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  uploadAndLoad: {
    parameters: {
      query?: {
        /** @description Reload even if this file (name and checksum) was loaded before. */
        force?: boolean;
        /** @description What rejected rows do to the file (default: LEADPIPE_ON_ERROR). */
        on_error?: 'CONTINUE' | 'SKIP_FILE' | 'ABORT_STATEMENT';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description A CSV, JSON-array or NDJSON lead file, gzipped or not (detected from the bytes).
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The load result */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            file?: {
              file?: string;
              checksum?: string;
              /** @enum {string} */
              status?: 'LOADED' | 'PARTIALLY_LOADED' | 'LOAD_FAILED' | 'SKIPPED' | 'LOAD_IN_PROGRESS';
              reason?: string;
              rowsParsed?: number;
              rowsLoaded?: number;
              rowsRejected?: number;
              errorCount?: number;
              firstError?: {
                [key: string]: unknown;
              };
              loadId?: string;
            } & {
              [key: string]: unknown;
            };
            /** @description The first 20 rejected rows. */
            errors?: {
              loadId?: string;
              fileName?: string;
              line?: number;
              columnName?: string | null;
              error?: string;
              rawText?: string;
            }[];
            task?: {
              runId?: string;
              /** @enum {string} */
              state?: 'SUCCEEDED' | 'FAILED' | 'SKIPPED' | 'FAILED_AND_AUTO_SUSPENDED';
              inserted?: number;
              updated?: number;
              unchanged?: number;
              scored?: number;
              rowsConsumed?: number;
              error?: string;
              reason?: string;
            } & {
              [key: string]: unknown;
            };
            /** @description Files staged earlier and loaded first. */
            pending?: ({
              file?: string;
              checksum?: string;
              /** @enum {string} */
              status?: 'LOADED' | 'PARTIALLY_LOADED' | 'LOAD_FAILED' | 'SKIPPED' | 'LOAD_IN_PROGRESS';
              reason?: string;
              rowsParsed?: number;
              rowsLoaded?: number;
              rowsRejected?: number;
              errorCount?: number;
              firstError?: {
                [key: string]: unknown;
              };
              loadId?: string;
            } & {
              [key: string]: unknown;
            })[];
            totals?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Too many requests from this client: more than 60 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  validateFile: {
    parameters: {
      query?: {
        max_errors?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description A CSV, JSON-array or NDJSON lead file, gzipped or not (detected from the bytes).
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The validation report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            file?: string;
            valid?: boolean;
            error?: string;
            summary?: {
              [key: string]: unknown;
            };
            undeclaredColumns?: string[];
            errors?: {
              [key: string]: unknown;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests from this client: more than 60 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getPipelineStatus: {
    parameters: {
      query?: {
        /** @description Rows of load history (task runs: half). */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            warehouse?: string;
            /** @description The kind of stage: `local` or `s3` (never its place). */
            stage?: string;
            pipe?: {
              [key: string]: unknown;
            };
            stream?: {
              [key: string]: unknown;
            };
            task?: {
              [key: string]: unknown;
            };
            driver?: {
              [key: string]: unknown;
            };
            /** @description Quarantined files, newest first: file, loadId, phase (`copy` or `task`), quarantinedAt, rows held, reason. */
            quarantine?: {
              [key: string]: unknown;
            }[];
            loadHistory?: {
              [key: string]: unknown;
            }[];
            taskHistory?: {
              [key: string]: unknown;
            }[];
          };
        };
      };
      /** @description Too many requests from this client: more than 600 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  resolveQuarantine: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
        action: 'retry' | 'drop';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What the retry or the drop did */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            file?: string;
            action?: string;
            quarantined?: boolean;
            status?: string;
            rowsRemoved?: number;
            reason?: string;
          };
        };
      };
      /** @description Too many requests from this client: more than 60 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getLoadErrors: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rejected rows, in file order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            file?: string;
            total?: number;
            limit?: number;
            offset?: number;
            errors?: {
              loadId?: string;
              fileName?: string;
              line?: number;
              columnName?: string | null;
              error?: string;
              rawText?: string;
            }[];
          };
        };
      };
      /** @description Too many requests from this client: more than 600 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  healthcheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Healthy or degraded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests from this client: more than 600 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Unhealthy */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  refreshPipeline: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What was loaded and merged */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            files?: ({
              file?: string;
              checksum?: string;
              /** @enum {string} */
              status?: 'LOADED' | 'PARTIALLY_LOADED' | 'LOAD_FAILED' | 'SKIPPED' | 'LOAD_IN_PROGRESS';
              reason?: string;
              rowsParsed?: number;
              rowsLoaded?: number;
              rowsRejected?: number;
              errorCount?: number;
              firstError?: {
                [key: string]: unknown;
              };
              loadId?: string;
            } & {
              [key: string]: unknown;
            })[];
            task?:
              | ({
                  runId?: string;
                  /** @enum {string} */
                  state?: 'SUCCEEDED' | 'FAILED' | 'SKIPPED' | 'FAILED_AND_AUTO_SUSPENDED';
                  inserted?: number;
                  updated?: number;
                  unchanged?: number;
                  scored?: number;
                  rowsConsumed?: number;
                  error?: string;
                  reason?: string;
                } & {
                  [key: string]: unknown;
                })
              | null;
          };
        };
      };
      /** @description Too many requests from this client: more than 60 per minute (code E_RATE_LIMITED) */
      429: {
        headers: {
          /** @description Seconds until the client may send again. */
          'retry-after'?: number;
          /** @description Requests allowed per minute. */
          'x-ratelimit-limit'?: number;
          /** @description Requests left in this minute. */
          'x-ratelimit-remaining'?: number;
          /** @description Seconds until the minute ends. */
          'x-ratelimit-reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem with the request */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description A problem on the server side */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description urn:leadpipe:problem:<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            code: string;
            requestId?: string;
            errors?: {
              in?: string;
              path?: string;
              message?: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
}
