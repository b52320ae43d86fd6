/**
 * The balance lives in lib/billing (one balance function for the whole product); this module keeps
 * the Pulpit's import path.
 */
export { balanceOf, describeBalance, type BalanceView } from "@/lib/billing/balance";
