import type { NormalizeOptions, PresetName } from 'arabic-normalize';
import { presets } from 'arabic-normalize';
import type { OptionInfo } from './data.js';
import { el } from './dom.js';

const STAGE_TITLES: Record<OptionInfo['stage'], string> = {
  unicode: 'المرحلة 1: تنظيف يونيكود',
  letters: 'المرحلة 2: الحروف الفارسية',
  punctuation: 'المرحلة 3: الأرقام وعلامات الترقيم',
  fold: 'طيّ البحث',
};

/** The value of an option's select that means "as the preset says". */
const FROM_PRESET = '';

/** The preset select and one select per option, built from the library's presets and schema. */
export interface OptionsForm {
  /** The options to pass to `normalize`: the preset, and every option the user set apart. */
  read(): NormalizeOptions;
}

function optionName(text: string): HTMLElement {
  return el('code', { dir: 'ltr', class: 'option-name' }, text);
}

export function buildOptionsForm(
  presetSelect: HTMLSelectElement,
  container: HTMLElement,
  resetButton: HTMLButtonElement,
  options: readonly OptionInfo[],
  onChange: () => void,
): OptionsForm {
  const presetNames = Object.keys(presets) as PresetName[];
  for (const name of presetNames) {
    presetSelect.append(el('option', { value: name }, name));
  }
  const selects = new Map<string, { info: OptionInfo; select: HTMLSelectElement }>();

  for (const stage of Object.keys(STAGE_TITLES) as OptionInfo['stage'][]) {
    const fieldset = el('fieldset', {}, el('legend', {}, STAGE_TITLES[stage]));
    for (const info of options.filter((option) => option.stage === stage)) {
      const id = `option-${info.name}`;
      const select = el('select', { id, name: info.name });
      select.append(el('option', { value: FROM_PRESET }, ''));
      for (const value of info.values) select.append(el('option', {}, String(value)));
      fieldset.append(
        el('div', { class: 'field' }, el('label', { for: id }, optionName(info.name)), select),
      );
      selects.set(info.name, { info, select });
    }
    container.append(fieldset);
  }

  /** Shows, in each option's first entry, the value the chosen preset gives it. */
  const showPresetValues = () => {
    const preset = presets[presetSelect.value as PresetName] as unknown as Record<string, unknown>;
    for (const [name, { select }] of selects) {
      select.options[0]!.textContent = `${String(preset[name])} (preset)`;
    }
  };
  showPresetValues();

  presetSelect.addEventListener('change', () => {
    showPresetValues();
    onChange();
  });
  container.addEventListener('change', (event) => {
    const select = event.target as HTMLSelectElement;
    select.classList.toggle('set', select.value !== FROM_PRESET);
    onChange();
  });
  resetButton.addEventListener('click', () => {
    for (const { select } of selects.values()) {
      select.value = FROM_PRESET;
      select.classList.remove('set');
    }
    onChange();
  });

  return {
    read() {
      const chosen: Record<string, string | boolean> = { preset: presetSelect.value };
      for (const [name, { info, select }] of selects) {
        if (select.value === FROM_PRESET) continue;
        const value = info.values.find((allowed) => String(allowed) === select.value);
        if (value !== undefined) chosen[name] = value;
      }
      return chosen as NormalizeOptions;
    },
  };
}
