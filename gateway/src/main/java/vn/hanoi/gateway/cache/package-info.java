/**
 * The production lookup cache: a near cache in each instance in front of one Redis shared by all of
 * them, values read and written through a breaker so that a dead Redis costs next to nothing per request.
 * Keys are keyed hashes ({@code CacheKeys}); values leave the JVM through one seam,
 * {@link vn.hanoi.gateway.cache.SharedCacheConfiguration#sharedLookupStore}, where they are to be encrypted.
 */
package vn.hanoi.gateway.cache;
