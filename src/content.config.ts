import { defineCollection } from 'astro:content';
import { circularsLoader } from './lib/circulars-loader';
import { circularSchema } from './schema/circular';

/** One entry per generated file in content/circulars/; the id is the file name, which is the slug. */
const circulars = defineCollection({
  // CIRCULARS_DIR: another content folder, e.g. the benchmark's generated corpus (npm run bench).
  loader: circularsLoader({ base: process.env.CIRCULARS_DIR ?? 'content/circulars' }),
  schema: circularSchema,
});

export const collections = { circulars };
