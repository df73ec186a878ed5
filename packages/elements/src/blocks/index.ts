// Building blocks: Lit templates and controllers rendered inside the widget's own shadow root.
export {
  type ChoiceOption,
  type CheckboxGroupOptions,
  checkboxGroup,
  type RadioGroupOptions,
  radioGroup,
  type YesNoOptions,
  type YesNoValue,
  yesNo,
} from './choice.js';
export {
  type ComboboxConfig,
  ComboboxController,
  type ComboboxOption,
  type ComboboxRenderOptions,
  type ComboboxSearch,
} from './combobox.js';
export {
  type DateFieldOptions,
  type DatePart,
  type DateParts,
  type DateResult,
  dateField,
  EMPTY_DATE,
  parseDateParts,
} from './date.js';
export { type ConfirmDialogOptions, ConfirmDialogController } from './dialog.js';
export {
  type AlertOptions,
  type AlertTone,
  alert,
  ERROR_SUMMARY_ID,
  type ErrorSummaryItem,
  type ErrorSummaryOptions,
  errorSummary,
  focusErrorSummary,
  type ProgressOptions,
  progress,
  requiredNotice,
  statusRegion,
} from './feedback.js';
export {
  type FieldsetOptions,
  fieldset,
  hint,
  inlineError,
  type TextFieldOptions,
  textField,
} from './field.js';
export {
  type ButtonOptions,
  type ButtonVariant,
  button,
  type CardOptions,
  card,
  type DisclosureOptions,
  disclosure,
} from './layout.js';
export {
  formatMoneyInput,
  type MoneyFieldOptions,
  type MoneyResult,
  moneyField,
  parseMoney,
} from './money.js';
export {
  type BlockHost,
  deepActiveElement,
  describedBy,
  errorId,
  type FieldOptions,
  focusById,
  hintId,
} from './shared.js';
export { blockStyles } from './styles.js';
