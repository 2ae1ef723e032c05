// Where the subject of a photo is (`focalPoint: {x, y}`, fractions of its width and height from
// the top-left corner), so a crop to the card's shape keeps it in frame.
import { isObject } from '../json-ld.js';
import type { FocalPoint, ParseError } from '../types.js';

export function readFocalPoint(value: unknown, path: string, warnings: ParseError[]): FocalPoint | undefined {
  const x = isObject(value) ? fraction(value['x']) : undefined;
  const y = isObject(value) ? fraction(value['y']) : undefined;
  if (x !== undefined && y !== undefined) return { x, y };
  warnings.push({ path, message: 'expected {"x": 0–1, "y": 0–1}' });
  return undefined;
}

function fraction(value: unknown): number | undefined {
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : undefined;
}
