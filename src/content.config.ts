import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { circularSchema } from './schema/circular';

/** One entry per generated file in content/circulars/; the id is the file name, which is the slug. */
const circulars = defineCollection({
  loader: glob({ base: './content/circulars', pattern: '*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: circularSchema,
});

export const collections = { circulars };
