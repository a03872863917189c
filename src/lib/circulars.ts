/**
 * The circulars collection, read once per build.
 *
 * Every call of Astro's getCollection() walks the data of every entry again (it
 * deep-copies each entry's data to resolve image references), which at 10,000
 * circulars costs seconds per call; pages and shared modules read it through here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Circular = CollectionEntry<'circulars'>;

let cached: Promise<Circular[]> | null = null;

/** Every circular, in the collection's order (file name). */
export function getCirculars(): Promise<Circular[]> {
  cached ??= getCollection('circulars');
  return cached;
}
