import { type ChoiceOption, type RadioGroupOptions, radioGroup } from './choice.js';
import { type BlockHost, t } from './shared.js';

export type YesNoValue = 'oui' | 'non' | 'nsp' | '';

export interface YesNoOptions extends Omit<RadioGroupOptions, 'options' | 'value' | 'onChange'> {
  value: YesNoValue;
  onChange: (value: Exclude<YesNoValue, ''>) => void;
  /** Adds "Je ne sais pas" as a third answer. */
  dontKnow?: boolean;
}

/** Yes / No (/ I don't know) question as a radio group. */
export function yesNo(host: BlockHost, o: YesNoOptions) {
  const options: ChoiceOption[] = [
    { value: 'oui', label: t(host, 'yes') },
    { value: 'non', label: t(host, 'no') },
    ...(o.dontKnow ? [{ value: 'nsp', label: t(host, 'dontKnow') }] : []),
  ];
  return radioGroup(host, {
    ...o,
    inline: o.inline ?? true,
    options,
    onChange: (v) => o.onChange(v as Exclude<YesNoValue, ''>),
  });
}
