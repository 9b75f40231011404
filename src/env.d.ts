/** Set by vite.config.ts at build time. */
declare const __BROWSER__: 'chrome' | 'firefox';
/** True only in the benchmark build, which records performance marks. */
declare const __BENCH__: boolean;
