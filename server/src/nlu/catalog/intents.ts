/**
 * The broker intent catalog shipped with Parley: ids, and how the policy stage treats each.
 * Utterances live in `utterances/<lang>.json`, answers in `answers/<lang>.json` (i18next resources).
 */
export interface IntentDefinition {
  id: string;
  /** Never answered with content beyond a compliant reply; a licensed person is offered. */
  compliance?: boolean;
  /** The customer asks for a person (or to complain): hand off. */
  handoff?: boolean;
  /** Conversation glue (greetings, thanks): answered, never counted as a question. */
  smalltalk?: boolean;
}

export const CATALOG_INTENTS: readonly IntentDefinition[] = [
  { id: 'account_opening' },
  { id: 'kyc_status' },
  { id: 'documents_upload' },
  { id: 'deposit_bank_transfer' },
  { id: 'deposit_local_rails' },
  { id: 'deposit_not_credited' },
  { id: 'withdrawal_how' },
  { id: 'withdrawal_delayed' },
  { id: 'fees_commissions' },
  { id: 'fx_conversion' },
  { id: 'inactivity_fee' },
  { id: 'margin_info' },
  { id: 'margin_call' },
  { id: 'options_approval' },
  { id: 'order_pending' },
  { id: 'order_rejected' },
  { id: 'order_partially_filled' },
  { id: 'trading_hours' },
  { id: 'market_holidays' },
  { id: 'dividends' },
  { id: 'withholding_tax' },
  { id: 'tax_forms' },
  { id: 'corporate_actions' },
  { id: 'transfer_in' },
  { id: 'transfer_out' },
  { id: 'statements' },
  { id: 'trade_confirmations' },
  { id: 'login_problem' },
  { id: 'password_reset' },
  { id: 'two_factor' },
  { id: 'account_locked' },
  { id: 'app_problem' },
  { id: 'quotes_problem' },
  { id: 'market_data_subscription' },
  { id: 'close_account' },
  { id: 'change_personal_details' },
  { id: 'short_selling' },
  { id: 'interest_on_cash' },
  { id: 'complaint', handoff: true },
  { id: 'talk_to_person', handoff: true },
  { id: 'investment_advice', compliance: true },
  { id: 'greeting', smalltalk: true },
  { id: 'thanks', smalltalk: true },
  { id: 'goodbye', smalltalk: true },
];
