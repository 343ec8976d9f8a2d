/**
 * The compiled-knowledge-base cache. {@link dev.heavylegs.kbase.cache.KbaseCache} is the one door:
 * it answers from an entry when one holds exactly this content and otherwise loads as usual,
 * leaving the entry to a background build. Behind it: the key, the store on disk, the background
 * build and the codec of what the loader worked out.
 */
package dev.heavylegs.kbase.cache;
