// Building blocks: Lit templates and controllers rendered inside the widget's own shadow root. One module
// per group of blocks that widgets use together: the embed build splits chunks by module, so a widget only
// downloads the modules it imports.
export {
  type ChoiceOption,
  type CheckboxGroupOptions,
  checkboxGroup,
  type RadioGroupOptions,
  radioGroup,
} from './choice.js';
export { type CardOptions, card, type DisclosureOptions, disclosure } from './card.js';
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
  dateField,
  EMPTY_DATE,
} from './date.js';
export { type ConfirmDialogOptions, ConfirmDialogController } from './dialog.js';
export {
  ERROR_SUMMARY_ID,
  type ErrorSummaryItem,
  type ErrorSummaryOptions,
  errorSummary,
  focusErrorSummary,
  requiredNotice,
} from './error-summary.js';
export { type AlertOptions, type AlertTone, alert } from './feedback.js';
export {
  type FieldsetOptions,
  fieldset,
  hint,
  inlineError,
  type TextFieldOptions,
  textField,
} from './field.js';
export { type ButtonOptions, type ButtonVariant, button } from './layout.js';
export { formatMoneyInput, type MoneyFieldOptions, moneyField } from './money.js';
export { type DateResult, type MoneyResult, parseDateParts, parseMoney } from './parse.js';
export { type ProgressOptions, progress } from './progress.js';
export {
  type BlockHost,
  deepActiveElement,
  describedBy,
  errorId,
  type FieldOptions,
  focusById,
  hintId,
} from './shared.js';
export { statusRegion } from './status.js';
export { blockStyles } from './styles.js';
export { actionStyles, coreStyles, fieldStyles } from './styles-core.js';
export { type YesNoOptions, type YesNoValue, yesNo } from './yes-no.js';
