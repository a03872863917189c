import { defineCollection } from 'astro:content';
import { circularsLoader } from './lib/circulars-loader';
import { circularSchema } from './schema/circular';

/** One entry per generated file in content/circulars/; the id is the file name, which is the slug. */
const circulars = defineCollection({
  loader: circularsLoader({ base: 'content/circulars' }),
  schema: circularSchema,
});

export const collections = { circulars };
