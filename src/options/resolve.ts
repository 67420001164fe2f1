import { PRESET_NAMES, presets } from './presets.js';
import { OPTION_NAMES, OPTION_SPECS, optionNamesOf, type StageName } from './schema.js';
import type { PresetName, ResolvedOptions } from './types.js';

const hasOwn = (object: object, key: string) => Object.hasOwn(object, key);

/**
 * Unfrozen copies of the presets, never handed out or changed, that an override starts from:
 * spreading a frozen object takes the engine's slow path (about 350 ns a copy on Node 20, against
 * 40 ns for the same properties unfrozen), paid on every call that overrides an option, a good
 * part of a millisecond per hundred 4 KB documents. The copy has the preset's properties in its
 * order, so the options it gives are the same.
 */
const OVERRIDE_BASES: Readonly<Record<PresetName, ResolvedOptions>> = {
  standard: { ...presets.standard },
  search: { ...presets.search },
  minimal: { ...presets.minimal },
};

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** Throws a TypeError naming `argument` unless `text` is a string. */
export function assertText(
  text: unknown,
  caller: string,
  argument = 'text',
): asserts text is string {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : typeof text;
    throw new TypeError(`${caller}: argument "${argument}" must be a string, got ${got}`);
  }
}

/**
 * Checks `options` and fills in what it leaves out from its preset (default `standard`).
 * `stage`, when given, limits the accepted option names to those that stage reads.
 */
export function resolveOptions(
  options: unknown,
  caller: string,
  stage?: StageName,
): Readonly<ResolvedOptions> {
  if (options === undefined) return presets.standard;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${caller}: argument "options" must be an object or undefined`);
  }
  const given = options as Record<string, unknown>;
  let preset: PresetName = 'standard';
  if (hasOwn(given, 'preset') && given.preset !== undefined) {
    const name = given.preset;
    if (typeof name !== 'string' || !PRESET_NAMES.includes(name as PresetName)) {
      const error = typeof name === 'string' ? RangeError : TypeError;
      throw new error(
        `${caller}: option "preset" must be one of ${list(PRESET_NAMES)}, got ${JSON.stringify(name)}`,
      );
    }
    preset = name as PresetName;
  }
  const base = presets[preset];
  let resolved: ResolvedOptions | undefined;
  for (const key of Object.keys(given)) {
    if (key === 'preset') continue;
    const spec = OPTION_SPECS[key as keyof ResolvedOptions];
    if (!hasOwn(OPTION_SPECS, key) || (stage && spec.stage !== stage)) {
      const known = stage ? optionNamesOf(stage) : OPTION_NAMES;
      throw new TypeError(
        `${caller}: unknown option ${JSON.stringify(key)}; known options are "preset", ${list(known)}`,
      );
    }
    const value = given[key];
    if (value === undefined) continue;
    if (!spec.values.includes(value as string | boolean)) {
      const sameType = typeof value === typeof spec.values[0];
      const error = sameType ? RangeError : TypeError;
      throw new error(
        `${caller}: option ${JSON.stringify(key)} must be one of ${list(spec.values)}, got ${
          typeof value === 'string' || typeof value === 'boolean'
            ? JSON.stringify(value)
            : typeof value
        }`,
      );
    }
    if (value !== base[key as keyof ResolvedOptions]) {
      resolved ??= { ...OVERRIDE_BASES[preset] };
      (resolved as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return resolved ?? base;
}
