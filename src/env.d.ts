/* Set by vite.config.ts (`define`) at build time. */
/** True only in the benchmark build, which records performance marks. */
declare const __BENCH__: boolean;
/** True only in the accessibility-audit build, whose card shadow root is open to axe-core. */
declare const __AUDIT__: boolean;
