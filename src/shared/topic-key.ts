/**
 * The storage.local keys of the topics people import (topic-store.ts), on their own so
 * that the content script can watch them without shipping the store or its validator.
 */
export const TOPICS_KEY = 'topics';
/**
 * Written with every change of TOPICS_KEY, in the same `set`: a tiny value the background
 * compares to know whether the topics it validated are still current, without reading
 * (and validating) packs of up to 1 MB for every frame that starts.
 */
export const TOPICS_STAMP_KEY = 'topicsStamp';
