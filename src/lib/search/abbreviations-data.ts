/**
 * The abbreviation groups of src/data/abbreviations.yaml, read at build time
 * (bundled with the page as text, so the path holds after Vite moves modules).
 * The browser gets them as JSON embedded in the search page, never this module.
 */
import { parse } from 'yaml';
import abbreviationsYaml from '../../data/abbreviations.yaml?raw';
import { validateAbbreviations, type AbbreviationGroup } from './abbreviations';

let cached: AbbreviationGroup[] | null = null;

export function abbreviationGroups(): AbbreviationGroup[] {
  cached ??= validateAbbreviations(parse(abbreviationsYaml));
  return cached;
}
